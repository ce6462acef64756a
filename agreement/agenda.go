package agreement

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/personvern/dpa/internal/cite"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// Rules returns the duty rules a's terms derive, in a stable order: the
// renewal, the instructions, requests, audit, delivery and support terms,
// the subprocessor policy's notice, objection and remedy
// ([subprocessor.Policy.Rules]), the steps at the end, the retention
// schedule's deletions and the confidentiality that survives the end,
// then the rules of the breach terms (their Rules method). The
// termination notice itself is handled by [Agreement.Agenda], which needs
// the calendar to find the end.
func (a Agreement) Rules() []obligation.Rule { return a.AppendRules(nil) }

// AppendRules appends [Agreement.Rules] to dst. Where the agreement's
// documents give a term differently, the rules come from the reading that
// prevails ([Agreement.Governing]).
func (a Agreement) AppendRules(dst []obligation.Rule) []obligation.Rule {
	if len(a.Readings) > 0 {
		a = a.Governing()
	}
	return a.appendRules(dst, ^kinds(0))
}

// kinds is a set of event kinds, one bit per kind.
type kinds uint64

func (s kinds) has(k obligation.EventKind) bool { return s&(1<<k) != 0 }

func kindsOf(ks ...obligation.EventKind) kinds {
	var s kinds
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// appendRules appends the rules of a, leaving out the terms whose rules
// answer none of the events in want, so an agenda for one event does not
// build the notes of the others.
func (a Agreement) appendRules(dst []obligation.Rule, want kinds) []obligation.Rule {
	P, C := obligation.Processor, obligation.Controller

	// Renewal: notice received by the expiry date stops an automatic
	// renewal (Assistert Selvhjelp, "Fornyelse"); other price changes are
	// announced at least a month before it ("Priser").
	if r := a.Term.Renewal; r.IsStated() && r.Automatic {
		dst = append(dst, obligation.Rule{On: obligation.RenewalApproaching, Debtor: C, Creditor: P,
			Action: obligation.Terminate, Anchor: obligation.AtEffective, Clause: r.Clause,
			Note:   "written notice received by the expiry date stops the automatic renewal",
			NoteNB: "skriftlig oppsigelse mottatt innen utløpsdatoen stanser den automatiske fornyelsen"})
	}
	if adj := a.Fees.Adjustment; adj.IsStated() && !adj.OtherChangesNotice.IsZero() {
		dst = append(dst, obligation.Rule{On: obligation.RenewalApproaching, Debtor: P, Creditor: C,
			Action: obligation.AnnouncePriceChange, Due: adj.OtherChangesNotice, Anchor: obligation.BeforeEffective,
			Clause: adj.Clause, Note: "price changes beyond the index adjustment, by e-mail to the customer's contact address",
			NoteNB: "prisendringer utover indeksreguleringen, per e-post til kundens kontaktadresse"})
	}

	if u := a.Duties.Unable; u.IsStated() && want.has(obligation.CannotComply) {
		dst = append(dst, obligation.Rule{On: obligation.CannotComply, Debtor: P, Creditor: C,
			Action: obligation.Notify, Due: u.Notify, Clause: u.Clause})
	}
	// A transfer mechanism found invalid: the processor puts another in
	// its place (Aptible 6.2).
	if t := a.SubprocessorPolicy.Transfers; t.IsStated() && !t.Replace.IsZero() && want.has(obligation.MechanismInvalidated) {
		dst = append(dst, obligation.Rule{On: obligation.MechanismInvalidated, Debtor: P, Creditor: C,
			Action: obligation.AdoptMechanism, Due: t.Replace, Clause: t.Clause})
	}
	// A change to the terms: the processor's notice, counted back from
	// when the change takes effect (Sporløs 11).
	if ch := a.Changes; ch.IsStated() && !ch.Notice.IsZero() && want.has(obligation.TermsChange) {
		r := obligation.Rule{On: obligation.TermsChange, Debtor: P, Creditor: C, Action: obligation.Notify,
			Due: ch.Notice, Anchor: obligation.BeforeEffective, Clause: ch.Clause}
		if ch.OnlyWeakening {
			r.If = obligation.Condition{When: obligation.Weakens}
		}
		dst = append(dst, r)
	}

	if in := a.Instructions.Infringing; in.IsStated() {
		note := ""
		if in.MayRefuse {
			note = "the processor may refuse to carry out the instruction"
		}
		dst = append(dst, obligation.Rule{On: obligation.InfringingInstruction, Debtor: P, Creditor: C,
			Action: obligation.Notify, Due: in.Notify, Clause: in.Clause, Note: note})
	}

	dst = a.Requests.DataSubjects.appendRules(dst, obligation.DataSubjectRequest)
	dst = a.Requests.Authorities.appendRules(dst, obligation.AuthorityRequest)
	if want.has(obligation.AuditRequested) || want.has(obligation.DocumentAccessRequested) {
		dst = a.Audit.appendRules(dst)
	}

	if d := a.Delivery; d.IsStated() {
		dst = append(dst, obligation.Rule{On: obligation.OrderPlaced, Debtor: P, Creditor: C,
			Action: obligation.Deliver, Due: d.Within, Clause: d.Clause})
		if d.NotifyDelivered {
			dst = append(dst, obligation.Rule{On: obligation.OrderPlaced, Debtor: P, Creditor: C,
				Action: obligation.Notify, Clause: d.Clause, Note: "by e-mail when the service is delivered",
				NoteNB: "per e-post når tjenesten er levert"})
		}
	}
	if s := a.Delivery.Support; s.IsStated() {
		note := ""
		if s.Normal {
			note = "the normal response time, not a guarantee; no guarantee of a fix within it"
		}
		dst = append(dst, obligation.Rule{On: obligation.SupportRequest, Debtor: P, Creditor: C,
			Action: obligation.Respond, Due: s.Response, OnWorkingDays: true, Hours: s.Hours, Clause: s.Clause, Note: note})
	}

	if want.has(obligation.SubprocessorChangeAnnounced) || want.has(obligation.ObjectionReceived) {
		dst = a.SubprocessorPolicy.AppendRules(dst)
	}
	dst = append(dst, a.End.Steps...)
	dst = a.Retention.appendRules(dst, want)
	if s := a.Confidentiality.Survives; s.IsStated() {
		dst = append(dst, obligation.Rule{On: obligation.AgreementEnds, Debtor: P, Creditor: C,
			Action: obligation.KeepConfidential, Survives: true, Clause: s.Clause})
	}
	if want.has(obligation.BreachDiscovered) {
		dst = append(dst, a.Breach.Rules()...)
	}
	return dst
}

func (r RequestTerm) appendRules(dst []obligation.Rule, on obligation.EventKind) []obligation.Rule {
	if !r.IsStated() {
		return dst
	}
	P, C := obligation.Processor, obligation.Controller
	if !r.Notify.IsZero() {
		dst = append(dst, obligation.Rule{On: on, Debtor: P, Creditor: C, Action: obligation.Notify, Due: r.Notify, Clause: r.Clause})
	}
	if r.ApprovalBeforeAnswer {
		dst = append(dst, obligation.Rule{On: on, Debtor: P, Creditor: C, Action: obligation.SeekApproval, Clause: r.Clause,
			Note:   "no answer without the controller's written prior approval, unless the law requires one",
			NoteNB: "ikke svar uten behandlingsansvarliges skriftlige forhåndsgodkjenning, med mindre loven krever et svar"})
	}
	if r.Assist {
		dst = append(dst, obligation.Rule{On: on, Debtor: P, Creditor: C, Action: obligation.Assist, Due: r.AssistWithin,
			Cost: r.Cost, If: r.AssistIf, Clause: r.Clause})
	}
	return dst
}

func (au Audit) appendRules(dst []obligation.Rule) []obligation.Rule {
	P, C := obligation.Processor, obligation.Controller
	if n := au.Inspection; n.IsStated() {
		dst = append(dst, obligation.Rule{On: obligation.AuditRequested, Debtor: C, Creditor: P,
			Action: obligation.GiveAuditNotice, Due: n.Period, Anchor: obligation.BeforeEffective, Clause: n.Clause, Note: usual(n), NoteNB: usualNB(n),
			If: obligation.Condition{Unless: n.Unless}})
	}
	if n := au.Plan; n.IsStated() {
		dst = append(dst, obligation.Rule{On: obligation.AuditRequested, Debtor: C, Creditor: P,
			Action: obligation.SubmitAuditPlan, Due: n.Period, Anchor: obligation.BeforeEffective, Clause: n.Clause,
			Note:   "expected scope, duration and start date; the parties then agree a final plan",
			NoteNB: "forventet omfang, varighet og startdato; partene blir så enige om en endelig plan"})
	}
	if au.IsStated() {
		r := obligation.Rule{On: obligation.AuditRequested, Debtor: P, Creditor: C, Action: obligation.AllowAudit,
			Anchor: obligation.AtEffective, Cost: au.Cost.Cost, Clause: au.Clause}
		if au.Discretionary {
			// A favourable hearing, not a right: no instant falls due.
			r.Anchor = obligation.FromEvent
		}
		if rp := au.Reports; rp.IsStated() && rp.InsteadOfAudit {
			// The report replaces the audit of the areas it covers: the
			// audit arises only where no report was accepted for them.
			r.If = obligation.Condition{Unless: obligation.ReportsAccepted}
		}
		if au.Limit.IsStated() {
			r.Limit = au.Limit.Limit
			if au.Limit.IsCount() {
				r.Clause = au.Limit.Clause
			}
		}
		// Both notes are written into one buffer, the English first, and
		// cut apart: one allocation for the two.
		var b strings.Builder
		au.writeNote(&b, false)
		k := b.Len()
		au.writeNote(&b, true)
		// The cost's own clause, where it differs from the audit's, is
		// the audit cost term's (Audit.Cost.Clause); the agenda's reader
		// cites it with the cost.
		note := b.String()
		r.Note, r.NoteNB = note[:k], note[k:]
		dst = append(dst, r)
	}
	if n := au.Documents; n.IsStated() {
		dst = append(dst, obligation.Rule{On: obligation.DocumentAccessRequested, Debtor: C, Creditor: P,
			Action: obligation.GiveAuditNotice, Due: n.Period, Anchor: obligation.BeforeEffective, Clause: n.Clause, Note: usual(n), NoteNB: usualNB(n)})
	}
	if au.Information.IsStated() {
		r := obligation.Rule{On: obligation.DocumentAccessRequested, Debtor: P, Creditor: C,
			Action: obligation.GiveDocumentAccess, Clause: au.Information.Clause}
		if au.Documents.IsStated() {
			// With a notice period the access takes place on the day
			// asked for, and the processor may charge as for audits.
			r.Anchor, r.Cost = obligation.AtEffective, au.Cost.Cost
		}
		dst = append(dst, r)
	}
	return dst
}

// writeNote writes the audit duty's note in English or, for nb, in
// Norwegian Bokmål: the text's qualifications of the audit, each citing
// its clause, joined by "; ". Nothing is written for an audit without
// any.
func (au Audit) writeNote(b *strings.Builder, nb bool) {
	start := b.Len()
	// part writes one qualification: its words, then its clause in
	// parentheses.
	part := func(words ...string) {
		if b.Len() > start {
			b.WriteString("; ")
		} else if b.Len() == 0 {
			// Room for both languages' notes.
			b.Grow(640)
		}
		for _, w := range words {
			b.WriteString(w)
		}
	}
	cited := func(c obligation.Clause) {
		b.WriteString(" (")
		cite.WriteClause(b, c, nb, true)
		b.WriteByte(')')
	}
	if au.Discretionary {
		part(pick(nb, "teksten lover bare å imøtekomme slike ønsker positivt; den gir ingen rett til revisjon til en fastsatt tid",
			"the text undertakes only to meet such requests favourably; it grants no right to audit at a set time"))
	}
	if au.BusinessHours.IsStated() {
		part(pick(nb, "innenfor normal arbeidstid", "within normal business hours"))
		cited(au.BusinessHours.Clause)
	}
	if t := au.ThirdParty; t.IsStated() && t.ConfidentialityAgreement {
		part(pick(nb, "en tredjepartsrevisor trenger en skriftlig konfidensialitetsavtale som databehandleren godkjenner",
			"a third-party auditor needs a written confidentiality agreement approved by the processor"))
		cited(t.Clause)
	} else if t.IsStated() && t.Required {
		part(pick(nb, "av en uavhengig tredjepart", "by an independent third party"))
		cited(t.Clause)
	}
	if rp := au.Reports; rp.IsStated() && rp.InsteadOfAudit {
		switch {
		case rp.MaxAge.IsZero() && nb:
			part("en godkjent revisjonsrapport erstatter revisjonen av områdene den dekker")
		case rp.MaxAge.IsZero():
			part("a qualifying audit report replaces the audit of the areas it covers")
		case nb:
			part("en godkjent revisjonsrapport fra de siste ", rp.MaxAge.Label(language.Norwegian), " erstatter revisjonen av områdene den dekker")
		default:
			part("a qualifying audit report from the last ", rp.MaxAge.Label(language.English), " replaces the audit of the areas it covers")
		}
		cited(rp.Clause)
	}
	if rp := au.Reports; rp.IsStated() && rp.WrittenAnswers {
		part(pick(nb, "databehandleren kan også oppfylle plikten ved å svare på behandlingsansvarliges skriftlige spørsmål",
			"the processor may also meet the duty by answering the controller's written questions"))
		cited(rp.Clause)
	}
	if sc := au.Scope; sc.IsStated() {
		if sc.ConfidentialityAgreement {
			part(pick(nb, "etter at behandlingsansvarlig har signert databehandlerens konfidensialitetsavtale",
				"after the controller signs the processor's confidentiality agreement"))
			cited(sc.Clause)
		}
		if sc.Agreed {
			part(pick(nb, "omfang, tidspunkt og varighet avtales på forhånd", "scope, timing and duration agreed in advance"))
			cited(sc.Clause)
		}
		if len(sc.Excludes) > 0 {
			part(pick(nb, "revisjonen omfatter ikke ", "the audit excludes "))
			for i, x := range sc.Excludes {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(x)
			}
			cited(sc.Clause)
		}
	}
}

func usualNB(n AdvanceNotice) string {
	if n.Usual {
		return "den vanlige varslingstiden, ikke et strengt minimum"
	}
	return ""
}

func usual(n AdvanceNotice) string {
	if n.Usual {
		return "the usual notice, not a strict minimum"
	}
	return ""
}

// EndAfterNotice returns the last instant of the agreement when notice of
// termination is given at notice: the notice period counted in cal
// ([obligation.Calendar.Deadline]). Assistert Selvhjelp terminated on
// 15 January 2026 ends at the end of 15 July 2026. An agreement without a
// quantified notice period of its own (one that follows the main
// agreement, or ends with a fixed period) gives an error wrapping
// [ErrNoTerm].
func (a Agreement) EndAfterNotice(notice time.Time, cal obligation.Calendar) (time.Time, error) {
	if len(a.Readings) > 0 {
		a = a.Governing()
	}
	n := a.Termination
	if !n.IsStated() || !n.Notice.IsQuantified() {
		return time.Time{}, fmt.Errorf("%w: a notice period for termination", ErrNoTerm)
	}
	return cal.Deadline(notice, n.Notice)
}

// Agenda returns the duties event ev creates under a, each with its due
// instant counted in cal and its clause, sorted by due time
// ([obligation.SortDuties]). Conditional duties are decided from
// ev.Facts; with facts missing each branch is given, labelled with the
// facts that select it ([obligation.Duty.Assumes]).
//
// A termination notice also gives the duties of the agreement's end: the
// end is ev.Effective when the caller knows it (the main agreement's
// end, the end of the final period), and otherwise the end the notice
// period gives ([Agreement.EndAfterNotice]); the processor must cease
// processing then, and the rules for [obligation.AgreementEnds] are
// applied at that instant. An agreement that does not fix its own end
// (it follows its main agreement) gives those duties without a due
// instant, each saying that the end date is needed
// ([obligation.AwaitingEnd]).
//
// The end of the agreement, by notice or as an [obligation.AgreementEnds]
// event, also shows the steps of the end that run from a later event (the
// last use, the confirmed return, a request for a copy or for deletion):
// each is given with its event and condition and no due instant yet
// ([obligation.AwaitingEvent]).
//
// Where the agreement's documents give a term differently, the agenda
// reads the reading that prevails ([Agreement.Governing]).
func (a Agreement) Agenda(ev obligation.Event, cal obligation.Calendar) ([]obligation.Duty, error) {
	ending := ev.Kind == obligation.AgreementEnds || ev.Kind == obligation.TerminationNotice
	want := kindsOf(ev.Kind)
	if ending {
		want |= kindsOf(obligation.AgreementEnds)
	}
	if a.readsOther(want) {
		a = a.Governing()
	}
	var buf [32]obligation.Rule
	rules := a.appendRules(buf[:0], want)
	// Size the result once: at most one duty per rule for the events the
	// agenda applies, and the cessation.
	n := 0
	for i := range rules {
		if rules[i].On == ev.Kind || (ending && rules[i].On == obligation.AgreementEnds) {
			n++
		}
	}
	if ending {
		n++
		for _, s := range a.End.Steps {
			if s.On != ev.Kind && slices.Contains(laterEvents[:], s.On) {
				n++
			}
		}
	}
	duties, err := obligation.Rules(rules).AppendDuties(make([]obligation.Duty, 0, n), ev, cal)
	if err != nil {
		return nil, err
	}
	if ev.Kind == obligation.TerminationNotice {
		end, by := ev.Effective, a.Termination.Notice
		clause := a.Termination.Clause
		var assumes obligation.Assumption
		var cond obligation.Condition
		note, noteNB := "the agreement ends", "avtalen opphører"
		if ev.Clause != "" {
			// A right on a ground: its own notice or immediate effect
			// decides the end, and its extent what ends.
			r, err := a.Termination.Exercised(ev.By, ev.Clause)
			if err != nil {
				return nil, err
			}
			// A right that exists only under a condition: none where the
			// facts settle it as false, the assumption named where they
			// leave it open.
			var holds bool
			if holds, assumes = r.If.Decide(ev.Facts); !holds {
				return nil, fmt.Errorf("%w: the right under %q does not apply when %s", ErrRightDoesNotApply, ev.Clause, ifNot(r.If))
			}
			cond = r.If
			clause, by = r.Clause, r.Notice
			switch {
			case !end.IsZero():
				by = obligation.Period{}
			case !r.Cure.IsZero():
				// The notice gives the deadline to remedy; the agreement
				// ends when it passes without a remedy.
				by = r.Cure
				if r.Cure.IsQuantified() {
					if end, err = cal.Deadline(ev.At, r.Cure); err != nil {
						return nil, err
					}
				}
			case r.Immediate:
				end, by = ev.At, obligation.Unquantified(obligation.Immediately)
			case r.Notice.IsQuantified():
				if end, err = cal.Deadline(ev.At, r.Notice); err != nil {
					return nil, err
				}
			}
			note, noteNB = r.endNote()
		} else if end.IsZero() {
			switch end, err = a.EndAfterNotice(ev.At, cal); {
			case errors.Is(err, ErrNoTerm):
				end = time.Time{} // the agreement does not fix its end
			case err != nil:
				return nil, err
			}
		} else {
			by = obligation.Period{}
		}
		if clause == "" {
			clause = a.Term.Clause // the DPA ends with what its term follows
		}
		cease := obligation.Duty{Event: ev.Kind, Since: ev.At, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.CeaseProcessing, Due: obligation.Due{At: end, Period: by}, Clause: clause,
			If: cond, Assumes: assumes, Note: note, NoteNB: noteNB}
		if end.IsZero() {
			cease.Pending = obligation.AwaitingEnd
		}
		duties = append(duties, cease)
		n := len(duties)
		ends := obligation.Event{Kind: obligation.AgreementEnds, At: end, Ref: ev.Ref, Facts: ev.Facts}
		if duties, err = obligation.Rules(rules).AppendDuties(duties, ends, cal); err != nil {
			return nil, err
		}
		if end.IsZero() {
			for i := n; i < len(duties); i++ {
				if duties[i].Pending == obligation.AwaitingEvent {
					duties[i].Pending = obligation.AwaitingEnd
				}
			}
		}
	}
	if ending {
		// The steps that follow from a later event, shown waiting for it.
		for _, k := range laterEvents {
			if k == ev.Kind || (k == obligation.CopyRequested && ev.Facts.False.Has(obligation.CopyWanted)) {
				continue // no copy was asked for: its steps will not come
			}
			later := obligation.Event{Kind: k, Ref: ev.Ref, Facts: ev.Facts}
			if duties, err = obligation.Rules(a.End.Steps).AppendDuties(duties, later, cal); err != nil {
				return nil, err
			}
		}
	}
	obligation.SortDuties(duties)
	return duties, nil
}

// Exercised returns the right a notice of termination given by by under
// clause exercises: the agreement's right with that clause that belongs
// to by (a right of [EitherParty] belongs to both; a zero by matches any
// party). Several rights that match must end the agreement alike (the
// same notice, immediacy and extent), or the notice is ambiguous; none
// gives an error wrapping [ErrNoTerm].
func (t Termination) Exercised(by obligation.Party, clause obligation.Clause) (TerminationRight, error) {
	var found TerminationRight
	n := 0
	for _, r := range t.Rights {
		if r.Clause != clause || !r.HasValue() || !r.belongsTo(by) {
			continue
		}
		if n > 0 && (r.Notice != found.Notice || r.Immediate != found.Immediate || r.Extent != found.Extent || r.If != found.If) {
			return TerminationRight{}, fmt.Errorf("agreement: termination notice under %q by %s: the rights on %s and on %s end the agreement differently",
				clause, partyName(by), found.Ground, r.Ground)
		}
		if n == 0 {
			found = r
		}
		n++
	}
	if n == 0 {
		return TerminationRight{}, fmt.Errorf("%w: a right for %s to terminate under %q", ErrNoTerm, partyName(by), clause)
	}
	return found, nil
}

// ErrRightDoesNotApply is returned for a termination notice under a
// right whose condition ([TerminationRight.If]) the event's facts settle
// as false: the customer has a purchase order, and the right to end at
// will exists only without one.
var ErrRightDoesNotApply = errors.New("agreement: the right to terminate does not apply on the facts given")

// ifNot names what makes condition c false, in English: the facts it
// needs or those it excludes.
func ifNot(c obligation.Condition) string {
	switch {
	case c.Unless != 0:
		return c.Unless.Label(language.English)
	case c.When != 0:
		return "it is not so that " + c.When.Label(language.English)
	}
	return "the text's condition fails"
}

func partyName(p obligation.Party) string {
	if p == 0 {
		return "either party"
	}
	return "the " + p.String()
}

// belongsTo reports whether p may exercise r; a zero p matches any.
func (r TerminationRight) belongsTo(p obligation.Party) bool {
	switch {
	case p == 0 || r.By == EitherParty:
		return true
	case p == obligation.Controller:
		return r.By == ControllerOnly
	case p == obligation.Processor:
		return r.By == ProcessorOnly
	}
	return false
}

// endNote says, in English and Norwegian, what the exercise of r ends.
func (r TerminationRight) endNote() (string, string) {
	if !r.Cure.IsZero() {
		en, nb := r.extentNote()
		return en + " once the deadline to remedy the breach has passed without a remedy",
			nb + " når fristen for å rette bruddet har løpt ut uten at det er rettet"
	}
	return r.extentNote()
}

// extentNote says what the right ends.
func (r TerminationRight) extentNote() (string, string) {
	switch r.Extent {
	case EndsAffectedPart:
		return "the part of the agreement the ground concerns ends; the rest continues",
			"den delen av avtalen grunnen gjelder, opphører; resten løper videre"
	case EndsWholeOrPart:
		return "the agreement ends, in whole or in part as the terminating party chooses",
			"avtalen opphører helt eller delvis, etter valget til parten som sier den opp"
	}
	return "the agreement ends", "avtalen opphører"
}

// readsOther reports whether one of a's readings concerns a term the
// rules for the events in want read, so that the agenda must find the
// governing reading first; a reading of the breach terms does not change
// the agenda of an audit. Terms the agenda may read for any event count.
func (a Agreement) readsOther(want kinds) bool {
	for _, r := range a.Readings {
		top, _, _ := strings.Cut(r.Term, ".")
		switch top {
		case "breach":
			if want.has(obligation.BreachDiscovered) {
				return true
			}
		case "subprocessorPolicy", "subprocessors":
			if want.has(obligation.SubprocessorChangeAnnounced) || want.has(obligation.ObjectionReceived) {
				return true
			}
		case "audit":
			if want.has(obligation.AuditRequested) || want.has(obligation.DocumentAccessRequested) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// laterEvents are the events after the end of an agreement from which
// steps of the end may run, in the order they usually come.
var laterEvents = [...]obligation.EventKind{
	obligation.CopyRequested, obligation.ReturnConfirmed, obligation.DeletionRequested,
	obligation.SubscriptionEnds, obligation.LastUse, obligation.AccountClosed, obligation.ConfirmationRequested,
}
