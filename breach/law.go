package breach

import (
	"time"

	"github.com/personvern/dpa/obligation"
)

// oslo is Europe/Oslo, the location dates in notices are shown in: the
// location of the Norwegian calendar ([obligation.Norway]), which loads it
// from the time zone database embedded in package obligation.
var oslo = norway.Location()

// Oslo returns the Europe/Oslo location, the same one
// [obligation.Norway] counts days in.
func Oslo() *time.Location { return oslo }

// AuthorityRule is the controller's deadline for notifying the supervisory
// authority, as in force from a date. The deadline is kept as data because
// it may change: the Digital Omnibus proposal COM(2025) 837 of 19.11.2025
// would make it 96 hours; as of the sources it was not adopted, so no rule
// for it is listed.
type AuthorityRule struct {
	// From is the first day (Oslo date) on which the rule applies.
	From obligation.Date
	// Hours is the deadline in elapsed hours from the controller's
	// awareness; it never moves to a working day.
	Hours int
	// Article cites the rule.
	Article string
}

// authorityRules lists the rules in force, oldest first. The GDPR has
// applied in Norway since 20 July 2018 (EEA Joint Committee decision of 6
// July 2018; regjeringen.no, "Ny personopplysningslov"); its Art. 33(1)
// gives "without undue delay and, where feasible, not later than 72 hours
// after having become aware" [aptible 33-notification-to-authority.md].
var authorityRules = [...]AuthorityRule{
	{From: obligation.NewDate(2018, time.July, 20), Hours: 72, Article: "GDPR art. 33(1)"},
}

// AuthorityRules returns the versioned authority-notification rules,
// oldest first, as a fresh copy.
func AuthorityRules() []AuthorityRule {
	out := authorityRules
	return out[:]
}

// AuthorityRuleAt returns the rule in force on t's date in Oslo, and false
// before the GDPR applied in Norway.
func AuthorityRuleAt(t time.Time) (AuthorityRule, bool) {
	for i := len(authorityRules) - 1; i >= 0; i-- {
		if !t.Before(ruleStarts[i]) {
			return authorityRules[i], true
		}
	}
	return AuthorityRule{}, false
}

// ruleStarts holds the first instant of each rule's From day in Oslo, so
// that AuthorityRuleAt compares instants without converting zones.
var ruleStarts = func() (s [len(authorityRules)]time.Time) {
	for i, r := range authorityRules {
		s[i] = r.From.In(oslo)
	}
	return s
}()

// ProcessorRule is the law's limit on the processor's notice to the
// controller, as in force from a date: what «the statutory maximum for
// notification» ([StatutoryMaximum]) means for a processor.
type ProcessorRule struct {
	// From is the first day (Oslo date) on which the rule applies.
	From obligation.Date
	// Hours is the most elapsed hours the law allows from the processor's
	// awareness; zero means the law sets no number of hours.
	Hours int
	// Article cites the rule.
	Article string
}

// processorRules lists the processor's rules in force, oldest first. GDPR
// Art. 33(2): the processor notifies the controller «without undue delay
// after becoming aware»; it sets no number of hours (FACTS §1.3). The 72
// hours of Art. 33(1) are the controller's, towards the supervisory
// authority, counted from the controller's own awareness; they are not a
// maximum for the processor's notice.
var processorRules = [...]ProcessorRule{
	{From: obligation.NewDate(2018, time.July, 20), Article: "GDPR art. 33(2)"},
}

// ProcessorRules returns the versioned processor-notification rules,
// oldest first, as a fresh copy.
func ProcessorRules() []ProcessorRule {
	out := processorRules
	return out[:]
}

// ProcessorRuleAt returns the processor's rule in force on t's date in
// Oslo (the latest rule for the zero time), and false before the GDPR
// applied in Norway.
func ProcessorRuleAt(t time.Time) (ProcessorRule, bool) {
	if t.IsZero() {
		return processorRules[len(processorRules)-1], true
	}
	for i := len(processorRules) - 1; i >= 0; i-- {
		if !t.Before(processorStarts[i]) {
			return processorRules[i], true
		}
	}
	return ProcessorRule{}, false
}

var processorStarts = func() (s [len(processorRules)]time.Time) {
	for i, r := range processorRules {
		s[i] = r.From.In(oslo)
	}
	return s
}()
