package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
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
	heading(w, tr(tag, "Avvik oppdaget ", "Breach discovered on ")+proseTime(inc.Discovered, tag))
	as := a.Governing().Breach.Assess(inc, inc.Discovered)
	p := as.Processor
	line := breach.PeriodLabel(p.Period, p.BoundWherePossible, tag)
	line += tr(tag, ", regnet fra ", ", counted from ") + p.StartedBy.Label(tag) + " " + proseTime(p.Start, tag)
	if !p.Due.IsZero() {
		line += tr(tag, "; utløper ", "; runs out ") + proseTime(p.Due, tag)
	}
	line += paren(citeClause(p.Clause, tag, a.Language))
	if p.Text != "" {
		line += tr(tag, "; avtalens ord: ", "; the agreement's words: ") + quote(p.Text, tag)
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "databehandlerens varsel til behandlingsansvarlig", "the processor's notice to the controller"), line)

	d := as.Authority
	if d.Owed {
		s := tr(tag, "senest ", "at the latest ") + fmt.Sprint(d.Rule.Hours) + tr(tag, " timer etter at behandlingsansvarlig fikk kjennskap til bruddet", " hours after the controller became aware of the breach")
		if d.Latest.IsZero() {
			s += tr(tag, "; utløper tidligst ", "; runs out at the earliest ") + proseTime(d.Due, tag)
		} else {
			s += tr(tag, "; utløper tidligst ", "; runs out at the earliest ") + proseTime(d.Due, tag) +
				tr(tag, " og senest ", " and at the latest ") + proseTime(d.Latest, tag)
		}
		s += paren(article(d.Rule.Article, tag))
		if d.ProcessorMayReport == breach.Forbidden {
			s += tr(tag, "; databehandleren skal ikke melde selv", "; the processor must not report it itself")
		}
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "melding til Datatilsynet fra behandlingsansvarlig", "notification of Datatilsynet by the controller"), s)
	}
	missing := as.MissingContents()
	known := tr(tag, "beskrivelse, kategorier av registrerte og kontaktpunkt", "description, categories of data subjects and contact point")
	if len(missing) == 0 {
		fmt.Fprintf(w, "    %s\n", tr(tag, "det første varselet i eksempelet, med ", "the example's first notice, with ")+known+tr(tag, ", mangler ingenting", ", lacks nothing"))
		return
	}
	fmt.Fprintf(w, "    %s:\n", tr(tag, "det første varselet i eksempelet, med ", "the example's first notice, with ")+known+tr(tag, ", mangler", ", lacks"))
	for _, m := range missing {
		cites := make([]string, len(m.Sources))
		for i, s := range m.Sources {
			if s.Source == breach.Law {
				// Art. 33(3) governs the controller's notification, not the
				// processor's notice: it is cited as a comparison.
				cites[i] = tr(tag, "jf. ", "cf. ") + article(string(s.Clause), tag)
			} else {
				cites[i] = tr(tag, "avtalens ", "the agreement's ") + citeClause(s.Clause, tag, a.Language)
			}
		}
		fmt.Fprintf(w, "      %s%s\n", m.Item.Label(tag), paren(strings.Join(cites, tr(tag, " og ", " and "))))
	}
	fmt.Fprintf(w, "      %s\n", tr(tag,
		"art. 33 nr. 3 gjelder behandlingsansvarliges melding; art. 33 nr. 2 stiller ingen innholdskrav til databehandlerens varsel, men klausul 9.2 i standardavtalevilkårene (EU) 2021/915 stiller de samme",
		"Art. 33(3) governs the controller's notification; Art. 33(2) sets no contents for the processor's notice, but Clause 9.2 of the 2021/915 standard contractual clauses asks for the same"))
}
