package subprocessor_test

import (
	"encoding"
	"fmt"
	"testing"
	"time"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

type enum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Label(language.Tag) string
}

// TestEveryEnumRoundTrips walks each enumeration from 1 until String
// reports an invalid value, and checks the text form, both labels and the
// rejection of unknown text.
func TestEveryEnumRoundTrips(t *testing.T) {
	nb := language.MustParse("nb")
	types := []struct {
		name  string
		value func(uint8) enum
		back  func([]byte) (enum, error)
		count int
	}{
		{"Source", func(i uint8) enum { return subprocessor.Source(i) }, func(b []byte) (enum, error) { var v subprocessor.Source; err := v.UnmarshalText(b); return v, err }, 3},
		{"Reach", func(i uint8) enum { return subprocessor.Reach(i) }, func(b []byte) (enum, error) { var v subprocessor.Reach; err := v.UnmarshalText(b); return v, err }, 2},
		{"Mechanism", func(i uint8) enum { return subprocessor.Mechanism(i) }, func(b []byte) (enum, error) { var v subprocessor.Mechanism; err := v.UnmarshalText(b); return v, err }, 11},
		{"Sector", func(i uint8) enum { return subprocessor.Sector(i) }, func(b []byte) (enum, error) { var v subprocessor.Sector; err := v.UnmarshalText(b); return v, err }, 2},
		{"Authorisation", func(i uint8) enum { return subprocessor.Authorisation(i) }, func(b []byte) (enum, error) {
			var v subprocessor.Authorisation
			err := v.UnmarshalText(b)
			return v, err
		}, 2},
		{"Channel", func(i uint8) enum { return subprocessor.Channel(i) }, func(b []byte) (enum, error) { var v subprocessor.Channel; err := v.UnmarshalText(b); return v, err }, 8},
		{"Effect", func(i uint8) enum { return subprocessor.Effect(i) }, func(b []byte) (enum, error) { var v subprocessor.Effect; err := v.UnmarshalText(b); return v, err }, 4},
		{"Option", func(i uint8) enum { return subprocessor.Option(i) }, func(b []byte) (enum, error) { var v subprocessor.Option; err := v.UnmarshalText(b); return v, err }, 3},
		{"Scope", func(i uint8) enum { return subprocessor.Scope(i) }, func(b []byte) (enum, error) { var v subprocessor.Scope; err := v.UnmarshalText(b); return v, err }, 2},
		{"RefundKind", func(i uint8) enum { return subprocessor.RefundKind(i) }, func(b []byte) (enum, error) {
			var v subprocessor.RefundKind
			err := v.UnmarshalText(b)
			return v, err
		}, 4},
		{"ChangeKind", func(i uint8) enum { return subprocessor.ChangeKind(i) }, func(b []byte) (enum, error) {
			var v subprocessor.ChangeKind
			err := v.UnmarshalText(b)
			return v, err
		}, 7},
		{"Outcome", func(i uint8) enum { return subprocessor.Outcome(i) }, func(b []byte) (enum, error) { var v subprocessor.Outcome; err := v.UnmarshalText(b); return v, err }, 5},
	}
	for _, ty := range types {
		for i := 1; i <= ty.count; i++ {
			v := ty.value(uint8(i))
			b, err := v.MarshalText()
			if err != nil || string(b) != v.String() {
				t.Errorf("%s(%d): MarshalText %q, %v; String %q", ty.name, i, b, err, v.String())
				continue
			}
			back, err := ty.back(b)
			if err != nil || back != v {
				t.Errorf("%s(%d): UnmarshalText(%q) = %v, %v", ty.name, i, b, back, err)
			}
			if v.Label(nb) == "" || v.Label(language.English) == "" {
				t.Errorf("%s(%d): empty label", ty.name, i)
			}
		}
		bad := ty.value(uint8(ty.count + 1))
		if want := fmt.Sprintf("%s(%d)", ty.name, ty.count+1); bad.String() != want {
			t.Errorf("%s(%d).String() = %q, want %q", ty.name, ty.count+1, bad.String(), want)
		}
		if _, err := bad.MarshalText(); err == nil {
			t.Errorf("%s(%d): MarshalText accepted an invalid value", ty.name, ty.count+1)
		}
		if _, err := ty.back([]byte("no-such-value")); err == nil {
			t.Errorf("%s: UnmarshalText accepted unknown text", ty.name)
		}
		if got := ty.value(0).Label(nb); got != "ikke angitt" {
			t.Errorf("%s(0) nb label %q", ty.name, got)
		}
	}
}

func TestEarliestStartUnits(t *testing.T) {
	// Notice on Monday 5 January 2026 at 10:00; the start may come the day
	// after the waiting period's last day (clear days, no roll).
	notice := at(2026, 1, 5, 10, 0)
	for _, tt := range []struct {
		p    obligation.Period
		want obligation.Date
		why  string
	}{
		{obligation.Weeks(2), obligation.NewDate(2026, 1, 20), "2 weeks end on Monday 19 January"},
		{obligation.Years(1), obligation.NewDate(2027, 1, 6), "1 year ends on 5 January 2027"},
		{obligation.BusinessDays(5), obligation.NewDate(2026, 1, 13), "5 working days after Monday end on Monday 12 January"},
		{obligation.Hours(48), obligation.NewDate(2026, 1, 7), "48 hours end on 7 January at 10:00"},
		{obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Days(10)), obligation.NewDate(2026, 1, 16), "the bound counts: 10 days end on 15 January"},
	} {
		p := subprocessor.Policy{Notice: subprocessor.Notice{Provision: obligation.At("1"), Period: tt.p}}
		a, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: notice}, notice, cal)
		if err != nil {
			t.Fatal(err)
		}
		if a.EarliestStart != tt.want {
			t.Errorf("%s: earliest start %s, want %s (%s)", tt.p, a.EarliestStart, tt.want, tt.why)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	r := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "A", Subprocessors: []subprocessor.Entry{{Name: "B"}, {Name: "C"}}}, {Name: "D"}}}
	if r.Len() != 4 {
		t.Errorf("Len = %d, want 4", r.Len())
	}
	if l := subprocessor.MustParseLocation("SE"); !l.InEEA() || !l.IsKnown() {
		t.Errorf("SE: %+v", l)
	}
	f := subprocessor.Transfer(subprocessor.In("NO"), subprocessor.Basis{}, obligation.NewDate(2026, 1, 1))
	if f.Explain(language.MustParse("nb")) != "Norge er i EØS per 1. januar 2026" || f.Explain(language.English) != "Norway is in the EEA on 1 January 2026" {
		t.Errorf("Explain: %q / %q", f.Explain(language.MustParse("nb")), f.Explain(language.English))
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseLocation(\"UK\") did not panic")
		}
	}()
	subprocessor.MustParseLocation("UK")
}

func TestLimitString(t *testing.T) {
	for l, want := range map[subprocessor.Limit]string{subprocessor.Whole: "whole", subprocessor.PrivateSectorOnly: "private-sector-only",
		subprocessor.CertifiedOnly: "certified-only", 7: "Limit(7)"} {
		if got := l.String(); got != want {
			t.Errorf("Limit(%d) = %q, want %q", uint8(l), got, want)
		}
	}
}

func TestEarliestStartAcrossMonthAndYearEnds(t *testing.T) {
	for _, tt := range []struct {
		notice time.Time
		p      obligation.Period
		want   obligation.Date
	}{
		{at(2026, 1, 31, 12, 0), obligation.Months(1), obligation.NewDate(2026, 3, 1)},  // 31 Jan + 1 month ends on 28 Feb (clamped)
		{at(2027, 12, 1, 12, 0), obligation.Days(30), obligation.NewDate(2028, 1, 1)},   // ends on 31 Dec
		{at(2028, 1, 29, 12, 0), obligation.Months(1), obligation.NewDate(2028, 3, 1)},  // 29 Feb 2028 exists (leap year)
		{at(2026, 10, 31, 12, 0), obligation.Months(4), obligation.NewDate(2027, 3, 1)}, // 28 Feb 2027 (clamped)
	} {
		p := subprocessor.Policy{Notice: subprocessor.Notice{Provision: obligation.At("1"), Period: tt.p}}
		a, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: tt.notice}, tt.notice, cal)
		if err != nil {
			t.Fatal(err)
		}
		if a.EarliestStart != tt.want {
			t.Errorf("%s from %s: %s, want %s", tt.p, tt.notice.Format(time.DateOnly), a.EarliestStart, tt.want)
		}
	}
}

// An objection window's anchor is the one vocabulary's: the notice is the
// change event's instant, the start its effective instant. The names the
// package wrote before still decode.
func TestObjectionAnchors(t *testing.T) {
	for text, want := range map[string]subprocessor.Anchor{
		"notice": subprocessor.FromNotice, "start": subprocessor.FromStart,
		"from-event": subprocessor.FromNotice, "from-effective": subprocessor.FromStart,
	} {
		var a subprocessor.Anchor
		if err := a.UnmarshalText([]byte(text)); err != nil || a != want {
			t.Errorf("%q decodes to %v, %v; want %v", text, a, err, want)
		}
	}
	p := subprocessor.Policy{Objection: subprocessor.Objection{Anchor: obligation.AfterPrevious}}
	if err := p.Validate(); err == nil {
		t.Error("an objection window anchored after a previous step validated")
	}
}
