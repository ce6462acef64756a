package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/internal/enum"
)

func init() { sections = append(sections, printBreach) }

// tourIncident is the tour's breach: discovered on Saturday 16 May 2026 at
// 22:40 Oslo time, the evening before 17 May (a Sunday and a public
// holiday), with only the first facts known.
func tourIncident() breach.Incident {
	return breach.Incident{
		ID:                "INC-2026-0516",
		Class:             breach.PersonalDataBreach,
		Discovered:        time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo()),
		Effects:           breach.Confidentiality,
		Description:       breach.Is("Uautorisert tilgang til en eksportfil"),
		SubjectCategories: breach.Is([]string{"sluttbrukere"}),
		Contact:           breach.Is(breach.Contact{Name: "personvernombudet", Email: "personvern@example.no"}),
	}
}

func printBreach(w io.Writer, a agreement.Agreement, tag language.Tag) {
	inc := tourIncident()
	heading(w, tr(tag, "Avvik oppdaget lørdag 16. mai 2026 kl. 22:40", "Breach discovered Saturday 16 May 2026 at 22:40"))
	as := a.Breach.Assess(inc, inc.Discovered)
	p := as.Processor
	line := breach.PeriodLabel(p.Period, p.BoundWherePossible, tag)
	if p.Text != "" {
		line += " («" + p.Text + "»)"
	}
	line += tr(tag, ", fra ", ", from ") + p.StartedBy.Label(tag) + " " + tourTime(p.Start, tag)
	if !p.Due.IsZero() {
		line += tr(tag, "; senest ", "; at the latest ") + tourTime(p.Due, tag)
	}
	fmt.Fprintf(w, "    %s: %s%s\n", tr(tag, "databehandlers frist", "processor's deadline"), line, clauseText(p.Clause, tag))

	d := as.Authority
	if d.Owed {
		s := fmt.Sprintf("%s%s, %d %s: ", tr(tag, "", "the "), d.By.Label(tag), d.Rule.Hours, tr(tag, "timer fra behandlingsansvarlig blir kjent med avviket", "hours from when the controller becomes aware"))
		s += tr(tag, "tidligst ", "at the earliest ") + tourTime(d.Due, tag)
		if !d.Latest.IsZero() {
			s += tr(tag, ", senest ", ", at the latest ") + tourTime(d.Latest, tag)
		}
		s += " (" + d.Rule.Article + ")"
		if d.ProcessorMayReport == breach.Forbidden {
			s += tr(tag, "; databehandler skal ikke melde selv", "; the processor must not report it itself")
		}
		fmt.Fprintf(w, "    %s: %s\n", "Datatilsynet", s)
	}
	missing := as.MissingContents()
	if len(missing) == 0 {
		fmt.Fprintf(w, "    %s\n", tr(tag, "varselet mangler ingenting", "the notice lacks nothing"))
		return
	}
	fmt.Fprintf(w, "    %s:\n", tr(tag, "varselet mangler", "the notice lacks"))
	for _, m := range missing {
		cites := make([]string, len(m.Sources))
		for i, s := range m.Sources {
			cites[i] = s.Cite(tag)
		}
		fmt.Fprintf(w, "      %s (%s)\n", m.Item.Label(tag), strings.Join(cites, "; "))
	}
}

var tourMonths = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// tourTime shows an instant in Oslo time.
func tourTime(t time.Time, tag language.Tag) string {
	t = t.In(breach.Oslo())
	if !enum.Norwegian(tag) {
		return t.Format("Mon 2 January 15:04 MST")
	}
	days := [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}
	return fmt.Sprintf("%s %d. %s kl. %s", days[t.Weekday()], t.Day(), tourMonths[t.Month()-1], t.Format("15:04 MST"))
}
