package breach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// statutoryTerms holds a bound by reference to the law, as Aptible 3.6:
// «without undue delay (and in no case later than the statutory maximum
// for notification under Applicable Data Protection Law)».
var statutoryTerms = breach.Terms{
	Provision: obligation.At("3.6"),
	Deadline: breach.Deadline{Provision: obligation.At("3.6"),
		Period: obligation.Unquantified(obligation.WithoutUndueDelay), Clock: breach.Suspicion,
		Bound: breach.StatutoryMaximum},
}

// TestStatutoryMaximum: the GDPR's maximum for the processor's notice is
// Art. 33(2) «without undue delay», with no hours (FACTS §1.3), so the
// bound gives no due instant; the controller's 72 hours (Art. 33(1)) run
// towards the authority from its own awareness, here the processor's
// notice.
func TestStatutoryMaximum(t *testing.T) {
	suspected := at(2026, time.March, 6, 10, 0)
	notified := at(2026, time.March, 7, 9, 0)
	a := statutoryTerms.Assess(breach.Incident{Suspected: suspected, Notified: notified}, notified)
	p := a.Processor
	if p.Bound != breach.StatutoryMaximum || p.Statutory.Article != "GDPR art. 33(2)" || p.Statutory.Hours != 0 {
		t.Errorf("bound %v resolved to %+v, want GDPR art. 33(2) with no hours", p.Bound, p.Statutory)
	}
	if !p.Due.IsZero() || p.Check(notified) != breach.Judgement {
		t.Errorf("due %v, verdict %v; want no due instant and a judgement", p.Due, p.Check(notified))
	}
	if want := notified.Add(72 * time.Hour); !a.Authority.Due.Equal(want) {
		t.Errorf("authority due %v, want %v (72 hours from the controller's awareness)", a.Authority.Due, want)
	}
	for _, tag := range []language.Tag{language.English, language.Norwegian} {
		s := p.BoundText(tag)
		if !strings.Contains(s, "GDPR art. 33(2)") || !strings.Contains(s, "72") {
			t.Errorf("%v: %q does not name Art. 33(2) and say whose the 72 hours are", tag, s)
		}
	}
	if s := nortelecom10.Assess(breach.Incident{Aware: suspected}, suspected).Processor.BoundText(language.English); s != "" {
		t.Errorf("terms without a bound explain %q", s)
	}
	if n := testing.AllocsPerRun(100, func() { _ = statutoryTerms.Assess(breach.Incident{Suspected: suspected}, notified) }); n != 0 {
		t.Errorf("Assess with a statutory bound allocates %v times, want 0", n)
	}
}
