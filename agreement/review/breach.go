package review

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
)

// This file holds the checks on breach notification: Art. 28(3)(f), Art.
// 33(2) and the contents of Art. 33(3).

// checkBreachTerms: Art. 28(3)(f) requires the contract to stipulate that
// the processor assists with Arts. 32–36, breach notification included.
// An agreement silent on breaches is unmet, although Art. 33(2) binds the
// processor anyway.
func checkBreachTerms(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	b := a.Breach
	if b.Status != obligation.Absent || b.Deadline.Status != obligation.Absent || b.Contents.Status != obligation.Absent {
		return fs
	}
	return append(fs, Finding{Code: BreachTermsMissing, Severity: Unmet, Absent: true, Basis: Art("28", 3, "f")})
}

// checkBreachDeadline: Art. 33(2), the processor notifies the controller
// "without undue delay after becoming aware". An agreement that only
// repeats that, or sets no period, is information: it is the law, and the
// 2021/915 clauses (Clause 9.2) use the same words, but the EDPB
// (Guidelines 07/2020) recommends agreeing a number of hours. A looser
// standard ("within a reasonable time") or a period that uses up the
// controller's 72 hours (Art. 33(1)) is weak.
func checkBreachDeadline(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	b := a.Breach
	if b.Status == obligation.Absent && b.Deadline.Status == obligation.Absent {
		return fs // checkBreachTerms reports it
	}
	d := b.Deadline
	if !d.Reviewable() || (d.Status == obligation.Absent && !b.Reviewable()) {
		return fs
	}
	clause := firstClause(d.Clause, b.Clause)
	p := d.Period
	if bound, ok := p.Bound(); ok && !p.IsQuantified() {
		if tooLong(bound) {
			return append(fs, Finding{Code: BreachDeadlineLoose, Severity: Weak, Basis: Art("33", 2, ""), Clause: clause})
		}
		return fs
	}
	switch {
	case d.Status != obligation.Stated || p.IsZero() || p.Kind == obligation.WithoutUndueDelay || p.Kind == obligation.AsSoonAsPossible:
		return append(fs, Finding{Code: BreachDeadlineUnquantified, Severity: Info, Basis: Art("33", 2, ""), Clause: clause, Absent: clause == ""})
	case p.Kind == obligation.ReasonableTime || p.Kind == obligation.InGoodTime || p.Kind == obligation.InTime || (p.IsQuantified() && tooLong(p)):
		return append(fs, Finding{Code: BreachDeadlineLoose, Severity: Weak, Basis: Art("33", 2, ""), Clause: clause})
	}
	return fs
}

// tooLong reports whether a quantified period leaves the controller none
// of its 72 hours: 72 hours or more, or any period in days or longer
// units (a day can end 24 hours after it begins, but three days cannot be
// told from 72 hours without a calendar, and one day already halves the
// controller's time, so any day-based period is flagged).
func tooLong(p obligation.Period) bool {
	if !p.IsQuantified() {
		return false
	}
	return p.Unit != obligation.Hour || p.N >= 72
}

// lawItems are the items of Art. 33(3)(a)–(d).
func lawItems() breach.Items {
	var s breach.Items
	for _, r := range breach.LawRequirements() {
		s |= r.Items
	}
	return s
}

// checkBreachContents: the contents the agreement requires of the
// processor's notice, against Art. 33(3). The controller must give the
// authority those contents (Art. 33(3)) and can only give what the
// processor tells it, so a list that leaves some out is weak (the law's
// "where possible" for categories and numbers makes this a warning, not a
// breach); no list at all is information, as the law applies anyway.
func checkBreachContents(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	b := a.Breach
	if b.Status == obligation.Absent && b.Deadline.Status == obligation.Absent && b.Contents.Status == obligation.Absent {
		return fs
	}
	c := b.Contents
	if !c.Reviewable() || (c.Status == obligation.Absent && !b.Reviewable()) {
		return fs
	}
	if c.Status != obligation.Stated {
		clause := firstClause(c.Clause, b.Clause)
		return append(fs, Finding{Code: BreachContentsNotListed, Severity: Info, Basis: Art("33", 3, ""), Clause: clause, Absent: clause == ""})
	}
	law := lawItems()
	missing := law &^ c.Items()
	if missing == 0 {
		return fs
	}
	return append(fs, Finding{Code: BreachContentsIncomplete, Severity: Weak, Basis: Art("33", 3, ""), Clause: c.Clause,
		Args: []Arg{{Items: missing}}})
}
