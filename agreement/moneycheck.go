package agreement

import (
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// Validate checks that l is well formed and returns every problem as a
// *[ValidationError], or nil. Paths are relative to the terms
// ("caps[0].amount"). It does not allocate when l is well formed.
func (l Liability) Validate() error {
	var list valid.List
	l.check(&list, "")
	return list.Err()
}

// Validate checks that f is well formed and returns every problem as a
// *[ValidationError], or nil.
func (f Fees) Validate() error {
	var list valid.List
	f.check(&list, "")
	return list.Err()
}

// Validate checks that a is well formed and returns every problem as a
// *[ValidationError], or nil.
func (a Assistance) Validate() error {
	var list valid.List
	a.check(&list, "")
	return list.Err()
}

// The checks below build a field's path only when it has a problem, so
// that validating well-formed terms (as every assessment does) costs no
// allocation.

type pathFn func() string

func field(parent string, name string) pathFn {
	return func() string { return valid.Join(parent, name) }
}

func item(parent string, name string, i int, sub string) pathFn {
	return func() string {
		p := valid.Index(valid.Join(parent, name), i)
		if sub == "" {
			return p
		}
		return valid.Join(p, sub)
	}
}

func provisionOK(p obligation.Provision) bool {
	return p.IsValid()
}

func lazyProvision(l *valid.List, path pathFn, p obligation.Provision) {
	if !provisionOK(p) {
		checkProvision(l, path(), p)
	}
}

func lazyPeriod(l *valid.List, path pathFn, p obligation.Period) {
	if p.IsZero() {
		return
	}
	if p.Validate() != nil || (p.IsQuantified() && p.N <= 0) {
		checkPeriod(l, path(), p)
	}
}

func checkEnum(l *valid.List, path pathFn, m interface{ MarshalText() ([]byte, error) }, required, zero bool) {
	if zero {
		if required {
			l.Add(path(), "missing")
		}
		return
	}
	if _, err := m.MarshalText(); err != nil {
		l.Add(path(), err.Error())
	}
}

func checkMoneyField(l *valid.List, path pathFn, m obligation.Money, required bool) {
	switch {
	case m.IsZero():
		if required {
			l.Add(path(), "missing")
		}
	case checkAmount(m) != nil:
		l.Add(path(), checkAmount(m).Error())
	case m.Sign() < 0:
		l.Addf(path(), "%s is negative", m)
	}
}

func (lb *Liability) check(l *valid.List, path string) {
	lazyProvision(l, func() string { return path }, lb.Provision)
	r := &lb.Recoverable
	lazyProvision(l, field(path, "recoverable"), r.Provision)
	for i, k := range r.Losses {
		if k == 0 || int(k) >= len(lossKindLabels) {
			checkEnum(l, item(path, "recoverable.losses", i, ""), k, true, k == 0)
		}
	}
	if r.MinCulpability != 0 && int(r.MinCulpability) >= len(culpabilityLabels) {
		checkEnum(l, field(path, "recoverable.minCulpability"), r.MinCulpability, false, false)
	}
	if r.Only && len(r.Losses) == 0 {
		l.Add(valid.Join(path, "recoverable.losses"), "\"only\" needs the recoverable kinds of loss")
	}
	e := &lb.Excluded
	lazyProvision(l, field(path, "excluded"), e.Provision)
	for i, k := range e.Kinds {
		if k == 0 || int(k) >= len(lossKindLabels) {
			checkEnum(l, item(path, "excluded.kinds", i, ""), k, true, k == 0)
		}
	}
	for i, k := range e.Deemed {
		if k == 0 || int(k) >= len(lossKindLabels) {
			checkEnum(l, item(path, "excluded.deemedIndirect", i, ""), k, true, k == 0)
		}
	}
	for i := range lb.Caps {
		lb.checkCap(l, path, i)
	}
	checkLift(l, field(path, "lift"), &lb.Lift)
	for i, u := range lb.Undertakings {
		at := func(sub string) pathFn { return item(path, "undertakings", i, sub) }
		lazyProvision(l, at(""), u.Provision)
		if u.Kind == 0 || int(u.Kind) >= len(undertakingKindLabels) {
			checkEnum(l, at("kind"), u.Kind, true, u.Kind == 0)
		}
		if u.By != 0 && u.By != Controller && u.By != Processor {
			checkEnum(l, at("by"), u.By, false, false)
		}
		for j, k := range u.Against {
			if k == 0 || int(k) >= len(lossKindLabels) {
				checkEnum(l, item(at("")(), "against", j, ""), k, true, k == 0)
			}
		}
		if u.Kind != Indemnify && len(u.Against) > 0 {
			l.Add(at("against")(), "only an indemnity covers claims of others")
		}
	}
	for i, d := range lb.Disclaimers {
		lazyProvision(l, item(path, "disclaimers", i, ""), d.Provision)
		if d.By != 0 && d.By != Controller && d.By != Processor {
			checkEnum(l, item(path, "disclaimers", i, "by"), d.By, false, false)
		}
		if d.About == "" {
			l.Add(item(path, "disclaimers", i, "about")(), "missing: say what is disclaimed")
		}
	}
}

func (lb *Liability) checkCap(l *valid.List, path string, i int) {
	c := &lb.Caps[i]
	at := func(sub string) pathFn { return item(path, "caps", i, sub) }
	lazyProvision(l, at(""), c.Provision)
	if (c.Kind == 0 && c.HasValue()) || int(c.Kind) >= len(capKindLabels) {
		checkEnum(l, at("kind"), c.Kind, true, c.Kind == 0)
	}
	if (c.Basis == 0 && c.Kind == FeeBased) || int(c.Basis) >= len(feeBasisLabels) {
		checkEnum(l, at("basis"), c.Basis, true, c.Basis == 0)
	}
	if c.Basis != 0 && c.Kind != FeeBased {
		l.Addf(at("basis")(), "only a fee-based cap has a basis, not a %s cap", c.Kind)
	}
	if int(c.Period) >= len(capPeriodLabels) {
		checkEnum(l, at("period"), c.Period, false, false)
	}
	if c.Period == Rolling && (c.Window < 1 || c.Window > 1200) {
		l.Addf(at("window")(), "%d is not a number of months from 1 to 1200", c.Window)
	}
	if c.Period != Rolling && c.Window != 0 {
		l.Add(at("window")(), "only a cap on any period of some months has a window")
	}
	checkMoneyField(l, at("amount"), c.Amount, c.Kind == FixedAmount && c.HasValue())
	if c.Kind != FixedAmount && !c.Amount.IsZero() {
		l.Addf(at("amount")(), "only a fixed-amount cap has an amount, not a %s cap", c.Kind)
	}
	if !c.Multiple.IsZero() {
		if err := checkDecimal(c.Multiple); err != nil {
			l.Add(at("multiple")(), err.Error())
		} else if c.Multiple.Sign() < 0 {
			l.Add(at("multiple")(), "must not be negative")
		}
	}
	if c.Basis == FeesPaidBefore && (c.Months < 1 || c.Months > 1200) {
		l.Addf(at("months")(), "%d is not a number of months from 1 to 1200", c.Months)
	}
	if c.Basis != FeesPaidBefore && c.Months != 0 {
		l.Add(at("months")(), "only a cap on fees paid before the claim has months")
	}
	if c.Kind == OtherDocument && c.Document == "" {
		l.Add(at("document")(), "missing: name the document that sets the cap")
	}
	if c.Refers != "" {
		switch j := lb.source(i); {
		case c.Kind != OtherDocument:
			l.Addf(at("refers")(), "only a cap set by another document refers to a cap, not a %s cap", c.Kind)
		case j == i:
			l.Addf(at("refers")(), "no other cap has the clause %q", c.Refers)
		case lb.Caps[j].Refers != "":
			l.Addf(at("refers")(), "the cap of %q refers to another cap in turn", c.Refers)
		}
	}
	if c.Lift != nil {
		checkLift(l, at("lift"), c.Lift)
	}
	if c.Lift != nil && c.Lift.Exclusions {
		l.Add(at("lift.exclusions")(), "a cap's own carve-out lifts only the cap; lift the exclusions in the liability's lift")
	}
}

func checkLift(l *valid.List, path pathFn, t *CapLift) {
	lazyProvision(l, path, t.Provision)
	for i, c := range t.By {
		if c == 0 || int(c) >= len(culpabilityLabels) {
			checkEnum(l, item(path(), "by", i, ""), c, true, c == 0)
		}
	}
	for i, c := range t.Causes {
		if c == 0 || c == OtherCause || int(c) >= len(causeLabels) {
			if c == OtherCause {
				l.Add(item(path(), "causes", i, "")(), "\"other\" is not a cause a carve-out can name")
				continue
			}
			checkEnum(l, item(path(), "causes", i, ""), c, true, c == 0)
		}
	}
}

func (f Fees) check(l *valid.List, path string) {
	lazyProvision(l, func() string { return path }, f.Provision)
	checkMoneyField(l, field(path, "annualFee"), f.AnnualFee, false)
	lazyPeriod(l, field(path, "period"), f.Period)
	in := f.Invoicing
	lazyProvision(l, field(path, "invoicing"), in.Provision)
	lazyPeriod(l, field(path, "invoicing.due"), in.Due)
	lazyPeriod(l, field(path, "invoicing.earliestBefore"), in.EarliestBefore)
	ad := f.Adjustment
	lazyProvision(l, field(path, "adjustment"), ad.Provision)
	checkEnum(l, field(path, "adjustment.index"), ad.Index, false, ad.Index == 0)
	lazyPeriod(l, field(path, "adjustment.otherChangesNotice"), ad.OtherChangesNotice)
	for i, r := range f.Refunds {
		at := func(sub string) pathFn { return item(path, "refunds", i, sub) }
		lazyProvision(l, at(""), r.Provision)
		checkEnum(l, at("on"), r.On, true, r.On == 0)
		checkEnum(l, at("basis"), r.Basis, r.HasValue(), r.Basis == 0)
	}
}

func (a Assistance) check(l *valid.List, path string) {
	for i, c := range a.Costs {
		at := func(sub string) pathFn { return item(path, "costs", i, sub) }
		lazyProvision(l, at(""), c.Provision)
		checkEnum(l, at("for"), c.For, true, c.For == 0)
		checkEnum(l, at("basis"), c.Basis, c.HasValue(), c.Basis == 0)
		checkMoneyField(l, at("rate"), c.Rate, c.Basis == HourlyRate && c.HasValue())
		if c.Basis != HourlyRate && !c.Rate.IsZero() {
			l.Addf(at("rate")(), "only an hourly-rate term has a rate, not a %s term", c.Basis)
		}
		lazyPeriod(l, at("payment"), c.Payment)
		if c.Basis == InOtherDocument && c.Document == "" {
			l.Add(at("document")(), "missing: name the document that sets the price")
		}
	}
}
