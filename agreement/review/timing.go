package review

import (
	"slices"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// This file holds the checks that count an agreement's periods with a
// calendar (Europe/Oslo and Norwegian public holidays) rather than compare
// their lengths.

// reviewCalendar is the calendar the timing checks count with: the
// agreements are Norwegian and default to Europe/Oslo.
var reviewCalendar = obligation.Norway()

// checkStartBeforeObjection: a notice period and an objection window that
// look alike (30 days and 30 days) still let the new subprocessor start
// before the window closes whenever the window's last day falls on a
// weekend or public holiday and moves to the next working day, while a
// waiting period does not move. The check counts both from every working
// day of the year from on as the notice day, and reports the first that
// lets the subprocessor start first. Windows that
// certainly last longer than the notice are reported by
// ObjectionOutlastsNotice instead; a window the notice's own clause sets
// with the notice's own period is read as the notice itself and not
// checked; a zero on skips the check.
func checkStartBeforeObjection(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	p := a.SubprocessorPolicy
	o, n := p.Objection, p.Notice
	if on.IsZero() || o.Status != obligation.Stated || n.Status != obligation.Stated ||
		o.Anchor == subprocessor.FromStart || !o.Period.IsQuantified() || !n.Period.IsQuantified() ||
		longer(o.Period, n.Period) || (o.Clause != "" && o.Clause == n.Clause && o.Period == n.Period) {
		// One clause giving one period for both reads as a window that
		// is the notice itself, closing at the start (2021/915 Clause
		// 7.7(a): "sufficient time to be able to object … prior to the
		// engagement").
		return fs
	}
	if clearlyLonger(n.Period, o.Period) {
		return fs // no roll of the window's last day can reach the start
	}
	loc := reviewCalendar.Location()
	day := on.In(loc)
	for i := 0; i < 366; i++ {
		t := time.Date(day.Year(), day.Month(), day.Day()+i, 12, 0, 0, 0, loc)
		if !reviewCalendar.IsWorkingDay(obligation.DateOf(t)) {
			continue // a notice is given on a working day
		}
		as, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: t}, t, reviewCalendar)
		if err != nil {
			return fs
		}
		if as.StartsBeforeObjectionCloses {
			return append(fs, Finding{Code: StartBeforeObjection, Clause: o.Clause, Absent: o.Clause == "", Args: []Arg{
				{Date: obligation.DateOf(t)}, {Date: as.EarliestStart}, {Date: obligation.DateOf(as.ObjectionBy.In(loc))},
				{Period: n.Period}, {Period: o.Period}}})
		}
	}
	return fs
}

// maxRoll is more than the longest run of days that are not working days
// in the Norwegian calendar (five: Maundy Thursday to Easter Monday), so a
// last day that rolls forward never moves further than this.
const maxRoll = 7 * 24 // hours

// clearlyLonger reports whether quantified period p certainly lasts longer
// than quantified period q even when q's last day rolls past a run of
// holidays: then a window of q from a notice of p closes before the end
// of p, whatever the notice day, and the day-by-day count is not needed.
func clearlyLonger(p, q obligation.Period) bool {
	pb, ok1 := p.Bound()
	qb, ok2 := q.Bound()
	if !ok1 || !ok2 || pb.N <= 0 || qb.N <= 0 {
		return false
	}
	pmin, pmonths, okp := span(pb, true)
	qmax, qmonths, okq := span(qb, false)
	switch {
	case !okp || !okq:
		return false
	case pmonths && qmonths:
		// A month more is at least 28 days more.
		return pb.N*monthsPer(pb.Unit) > qb.N*monthsPer(qb.Unit)
	}
	return pmin > qmax+maxRoll
}

// phase orders the actions of the end of processing: the data are made
// available (export, return, copy) before they are deleted, deletion comes
// before the deletion of backups, and the confirmation last. Zero means
// the action takes no part in the order.
func phase(a obligation.Action) int {
	switch a {
	case obligation.ProvideExport, obligation.ReturnData, obligation.ExportData:
		return 1
	case obligation.DeleteData:
		return 2
	case obligation.DeleteBackups:
		return 3
	case obligation.ConfirmDeletion:
		return 4
	}
	return 0
}

// exclusive reports whether two conditions can never hold together: their
// choices are disjoint, or one needs a fact the other excludes.
func exclusive(c, d obligation.Condition) bool {
	if c.Choice != 0 && d.Choice != 0 && c.Choice&d.Choice == 0 {
		return true
	}
	only := func(x obligation.Condition) (when, unless obligation.Fact) {
		// A condition on one fact alone decides it.
		if x.When != 0 && x.Unless == 0 && x.When&(x.When-1) == 0 {
			return x.When, 0
		}
		if x.Unless != 0 && x.When == 0 && x.Unless&(x.Unless-1) == 0 {
			return 0, x.Unless
		}
		return 0, 0
	}
	cw, cu := only(c)
	dw, du := only(d)
	return (cw != 0 && cw == du) || (cu != 0 && cu == dw)
}

// checkChainOverlap: the steps of the end run in an order (the data are
// made available, then deleted, then the backups, then the deletion is
// confirmed). Two steps from the same event, in the same branch, whose
// periods put a later step's deadline certainly before an earlier step's
// ("export within 30 days", "delete within 14 days") overlap: the data
// would have to be deleted while they may still be exported. Steps
// chained with [obligation.AfterPrevious] cannot overlap and are not
// compared; neither are steps in exclusive branches.
func checkChainOverlap(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	steps := a.End.Steps
	for i := range steps {
		for j := range steps {
			s, t := steps[i], steps[j]
			ps, pt := phase(s.Action), phase(t.Action)
			if i == j || ps == 0 || pt == 0 || ps >= pt || s.On != t.On ||
				s.Anchor == obligation.AfterPrevious || t.Anchor == obligation.AfterPrevious ||
				s.Anchor == obligation.BeforeEffective || t.Anchor == obligation.BeforeEffective ||
				exclusive(s.If, t.If) {
				continue
			}
			if longer(s.Due, t.Due) {
				fs = append(fs, Finding{Code: StepsOverlap, Clause: t.Clause, Absent: t.Clause == "", Args: []Arg{
					{Key: phaseKey(pt)}, {Period: t.Due}, {Key: phaseKey(ps)}, {Period: s.Due}}})
			}
		}
	}
	return fs
}

func phaseKey(p int) string { return "phase." + string(rune('0'+p)) }

// checkDeletionRetention: a deletion the end requires within a period,
// and a retention term that keeps data from the same event certainly
// longer, contradict each other, unless they are exclusive branches (a
// deletion "unless the law requires retention" beside a retention "only
// where the law requires it").
func checkDeletionRetention(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	for _, s := range a.End.Steps {
		if s.Action != obligation.DeleteData && s.Action != obligation.DeleteBackups {
			continue
		}
		for _, r := range a.Retention.Schedule {
			if r.From != s.On || exclusive(s.If, r.If) || !longer(r.Keep, s.Due) {
				continue
			}
			fs = append(fs, Finding{Code: DeletionContradictsRetention, Clause: r.Clause, Absent: r.Clause == "", Args: []Arg{
				{Text: r.Category}, {Period: r.Keep}, {Clause: s.Clause}, {Period: s.Due}}})
		}
	}
	return fs
}

// checkRetentionPastEnd: a retention term counted from an event that
// happens during the term (a record created, the last use, an account
// closed, the end of a relationship, the purpose ceasing) runs past the
// end for data from just before it. Where its period certainly outlasts
// the deletion the end requires (one with no period of its own, one due
// at once or at the end, or a shorter quantified one), the two terms
// contradict for those data (Cradl: documents «stored for up to 5 years»
// after processing, beside «permanently erase all Personal Data» at the
// end). Terms that end with the agreement («… eller avtal upphör»), terms
// kept until their event, and exclusive branches are not reported. An
// unconditional deletion is compared before one that belongs to a choice;
// each retention term is reported once.
func checkRetentionPastEnd(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	for _, r := range a.Retention.Schedule {
		if !duringTerm(r.From) || r.Until || slices.Contains(r.Or, obligation.AgreementEnds) {
			continue
		}
		if !r.Keep.IsQuantified() {
			continue
		}
		// The deletion to compare with: an unconditional one first, then
		// one in a branch that deletes, then any other.
		best, rank := -1, 3
		for i, st := range a.End.Steps {
			if st.Action != obligation.DeleteData || st.On != obligation.AgreementEnds || exclusive(st.If, r.If) || !atEnd(st, r.Keep) {
				continue
			}
			k := 2
			switch {
			case st.If.Choice == 0:
				k = 0
			case st.If.Choice&obligation.Delete != 0:
				k = 1
			}
			if k < rank {
				best, rank = i, k
			}
		}
		if best >= 0 {
			fs = append(fs, Finding{Code: RetentionOutlastsEnd, Clause: r.Clause, Absent: r.Clause == "", Args: []Arg{
				{Text: r.Category}, {Period: r.Keep}, {Clause: a.End.Steps[best].Clause}}})
		}
	}
	return fs
}

// duringTerm reports whether events of kind k happen while the agreement
// runs, so that a period from one may run past its end.
func duringTerm(k obligation.EventKind) bool {
	switch k {
	case obligation.RecordCreated, obligation.LastUse, obligation.AccountClosed, obligation.RelationshipEnds, obligation.PurposeEnds:
		return true
	}
	return false
}

// atEnd reports whether deletion step s certainly falls due before keep
// has run from the end: it gives no period (deletion upon the end), is due
// at once or at the end, or its quantified period is certainly shorter.
func atEnd(s obligation.Rule, keep obligation.Period) bool {
	switch {
	case s.Due.IsZero(), s.Anchor == obligation.AtEffective, s.Due.Kind == obligation.Immediately:
		return true
	case s.Due.IsQuantified():
		return longer(keep, s.Due)
	}
	_, ok := s.Due.Bound() // "without undue delay, at the latest …"
	return ok && longer(keep, s.Due)
}

// checkObjectionWithoutEffect: a right to object that the text says
// changes nothing (the processor may proceed and no right to terminate
// follows) gives the controller no say. Art. 28(2) requires the
// opportunity to object, and Clause 7.7(a) of the 2021/915 clauses makes
// the objection count before the engagement; an objection without effect
// is a warning.
func checkObjectionWithoutEffect(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	p := a.SubprocessorPolicy
	if p.Objection.Status != obligation.Stated || p.Remedy.Status != obligation.Stated || p.Remedy.Effect != subprocessor.NoConsequence {
		return fs
	}
	return append(fs, Finding{Code: ObjectionWithoutEffect, Clause: p.Remedy.Clause, Absent: p.Remedy.Clause == ""})
}
