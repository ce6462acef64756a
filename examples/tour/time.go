package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func init() { sections = append(sections, printAgendas) }

// The tour's fixed events, so that it prints the same on every run: notice
// of termination on 15 January 2026, and an audit asked for on 10 January
// 2026 to start on 3 March 2026.
var (
	tourNotice      = time.Date(2026, 1, 15, 10, 0, 0, 0, tourCal.Location())
	tourAuditAsked  = time.Date(2026, 1, 10, 10, 0, 0, 0, tourCal.Location())
	tourAuditStarts = time.Date(2026, 3, 3, 9, 0, 0, 0, tourCal.Location())
	// tourEnd is the end used where the agreement itself does not fix
	// one (it follows the main agreement or a final period).
	tourEnd = time.Date(2026, 6, 30, 23, 59, 59, 999999999, tourCal.Location())
)

// printAgendas prints the duties a termination notice and an audit request
// create under a.
func printAgendas(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Frister: oppsigelse 15.01.2026", "Deadlines: notice of termination on 2026-01-15"))
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: tourNotice}
	if _, err := a.EndAfterNotice(tourNotice, tourCal); err != nil {
		fmt.Fprintf(w, "    %s\n", tr(tag,
			"avtalen fastsetter ikke selv når den opphører; eksempel: opphør 30.06.2026",
			"the agreement does not fix its own end; example: it ends on 2026-06-30"))
		ev.Effective = tourEnd
	}
	printAgenda(w, a, ev, tag)

	heading(w, tr(tag, "Frister: revisjon bedt om 10.01.2026, start 03.03.2026", "Deadlines: audit asked for on 2026-01-10, starting 2026-03-03"))
	printAgenda(w, a, obligation.Event{Kind: obligation.AuditRequested, At: tourAuditAsked, Effective: tourAuditStarts}, tag)
}

func printAgenda(w io.Writer, a agreement.Agreement, ev obligation.Event, tag language.Tag) {
	duties, err := a.Agenda(ev, tourCal)
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	if len(duties) == 0 {
		fmt.Fprintf(w, "    %s\n", tr(tag, "ingen plikter etter avtalen", "no duties under the agreement"))
		return
	}
	for _, d := range duties {
		fmt.Fprintf(w, "    %s\n", dutyText(d, tag))
	}
}

func dutyText(d obligation.Duty, tag language.Tag) string {
	var when string
	switch {
	case d.Refused:
		when = tr(tag, "avslått", "refused")
	case d.Due.IsFixed():
		when = d.Due.At.In(tourCal.Location()).Format("2006-01-02 15:04")
	case !d.Due.Period.IsZero():
		when = d.Due.Period.Label(tag)
	default:
		when = tr(tag, "ingen frist", "no deadline")
	}
	parts := []string{fmt.Sprintf("%-16s %s: %s", when, d.Debtor.Label(tag), d.Action.Label(tag))}
	if d.Due.IsFixed() && !d.Due.Period.IsZero() {
		before := ""
		if d.Due.Before {
			before = tr(tag, " før", " before")
		}
		parts = append(parts, d.Due.Period.Label(tag)+before)
	}
	if d.Cost.Kind != 0 {
		parts = append(parts, d.Cost.Kind.Label(tag))
	}
	if d.OnRequest {
		parts = append(parts, tr(tag, "på forespørsel", "on request"))
	}
	if d.Survives {
		parts = append(parts, tr(tag, "gjelder etter opphør", "survives the end"))
	}
	s := strings.Join(parts, ", ") + clauseText(d.Clause, tag)
	if d.Note != "" && !enum.Norwegian(tag) {
		s += ": " + d.Note // the notes are in English only
	}
	return s
}
