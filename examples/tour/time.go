package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/personvern/dpa/agreement"
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
	heading(w, tr(tag, "Frister ved oppsigelse ", "Deadlines after notice of termination on ")+proseDate(obligation.DateOf(tourNotice), tag))
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: tourNotice}
	if _, err := a.EndAfterNotice(tourNotice, tourCal); err != nil {
		fmt.Fprintf(w, "    %s\n", tr(tag,
			"avtalen fastsetter ikke selv når den opphører; eksempelet bruker opphør ",
			"the agreement does not fix its own end; the example uses an end on ")+proseDate(obligation.DateOf(tourEnd), tag))
		ev.Effective = tourEnd
	}
	printAgenda(w, a, ev, tag)

	heading(w, tr(tag, "Frister ved revisjon bedt om ", "Deadlines for an audit asked for on ")+proseDate(obligation.DateOf(tourAuditAsked), tag)+
		tr(tag, " med start ", " to start on ")+proseDate(obligation.DateOf(tourAuditStarts), tag))
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
		fmt.Fprintf(w, "    %s\n", dutyText(d, a, tag))
	}
}

// dateColumn is the width of the agenda's date column: a date and a time
// in the table format of either language.
const dateColumn = len("02.01.2006 15:04")

// dutyText writes one duty: its due instant in the date column ("—"
// without one), the debtor and the action, then when it falls due if
// that is not an instant, its condition, cost and clause, and its note.
func dutyText(d obligation.Duty, a agreement.Agreement, tag language.Tag) string {
	when := "—"
	if d.Due.IsFixed() {
		when = tableTime(d.Due.At, tag)
	}
	var parts []string
	switch {
	case d.Refused && d.Lifts != 0:
		parts = append(parts, tr(tag, "kan avslås med mindre ", "may be refused unless ")+d.Lifts.Label(tag))
	case d.Refused:
		parts = append(parts, tr(tag, "kan avslås", "may be refused"))
	case d.Pending == obligation.AwaitingEvent && !d.Due.Period.IsZero():
		parts = append(parts, d.Due.Period.Label(tag)+tr(tag, " etter hendelsen: ", " after the event: ")+d.Event.Label(tag))
	case d.Pending == obligation.AwaitingEvent:
		parts = append(parts, tr(tag, "ved hendelsen: ", "on the event: ")+d.Event.Label(tag))
	case d.Pending != 0:
		if !d.Due.Period.IsZero() {
			parts = append(parts, d.Due.Period.Label(tag))
		}
		parts = append(parts, d.Pending.Label(tag))
	case d.Due.IsFixed() && !d.Due.Period.IsZero():
		if d.Due.Before {
			parts = append(parts, d.Due.Period.Label(tag)+tr(tag, " før", " before"))
		} else {
			parts = append(parts, d.Due.Period.Label(tag))
		}
	case !d.Due.Period.IsZero():
		parts = append(parts, d.Due.Period.Label(tag))
	case !d.Due.IsFixed():
		parts = append(parts, tr(tag, "ingen frist", "no deadline"))
	}
	if !d.If.IsZero() {
		parts = append(parts, d.If.Label(tag))
	}
	if d.Qualifier != 0 {
		parts = append(parts, d.Qualifier.Label(tag))
	}
	cost := costText(d, tag)
	costClause := auditCostClause(d, a)
	if cost != "" && costClause == "" {
		parts = append(parts, cost)
	}
	if d.OnRequest && d.If.When&obligation.Requested == 0 {
		parts = append(parts, tr(tag, "på forespørsel", "on request"))
	}
	if d.Survives {
		parts = append(parts, tr(tag, "gjelder etter opphør", "survives the end"))
	}
	s := fmt.Sprintf("%-*s  %s: %s", dateColumn, when, d.Debtor.Label(tag), d.Action.Label(tag))
	if len(parts) > 0 {
		s += "; " + strings.Join(parts, ", ")
	}
	s += paren(citeClause(d.Clause, tag, a.Language))
	if cost != "" && costClause != "" {
		s += "; " + cost + paren(citeClause(costClause, tag, a.Language))
	}
	if n := d.NoteText(tag); n != "" {
		s += "; " + n
	}
	return s
}

// auditCostClause is the clause that sets the cost of an audit or of
// access to documents, when the agreement sets it apart from the duty's
// own clause (Nortelecom: the audit in 9.7, «Enhver revisjon utføres for
// den databehandlingsansvarliges regning» in 9.12); "" otherwise.
func auditCostClause(d obligation.Duty, a agreement.Agreement) obligation.Clause {
	c := a.Audit.Cost
	if d.Cost.Kind == 0 || (d.Action != obligation.AllowAudit && d.Action != obligation.GiveDocumentAccess) ||
		!c.IsStated() || c.Clause == "" || c.Clause == d.Clause {
		return ""
	}
	return c.Clause
}

// costText says who pays for a duty: "for behandlingsansvarliges regning"
// when the party that asks pays (the creditor, for a duty owed on request
// or on its event), "særskilt godtgjørelse" for a fee without a rate,
// "faktureres per time" for a fee by the hour without a figure.
func costText(d obligation.Duty, tag language.Tag) string {
	c := d.Cost
	switch c.Kind {
	case 0:
		return ""
	case obligation.RequesterPays:
		switch d.Creditor {
		case obligation.Controller:
			return tr(tag, "for behandlingsansvarliges regning", "at the controller's cost")
		case obligation.Processor:
			return tr(tag, "for databehandlerens regning", "at the processor's cost")
		}
	case obligation.Billed:
		switch {
		case !c.Rate.IsZero() && c.Per != 0:
			return c.Rate.Display(tag, obligation.DisplayCompact) + tr(tag, " per ", " per ") + unitName(c.Per, tag)
		case c.Per != 0:
			return tr(tag, "faktureres per ", "billed by the ") + unitName(c.Per, tag)
		default:
			return tr(tag, "særskilt godtgjørelse", "a separate fee")
		}
	}
	return c.Kind.Label(tag)
}

func unitName(u obligation.Unit, tag language.Tag) string {
	return strings.TrimPrefix(obligation.Period{Kind: obligation.Within, N: 1, Unit: u}.Label(tag), "1 ")
}
