package obligation_test

import (
	"encoding/json"
	"testing"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func TestChannelRoundTrip(t *testing.T) {
	nb := language.MustParse("nb")
	seen := map[string]bool{}
	for c := obligation.Written; c.IsValid(); c++ {
		b, err := c.MarshalText()
		if err != nil || seen[string(b)] || string(b) != c.String() {
			t.Errorf("%d: MarshalText %q, %v", c, b, err)
			continue
		}
		seen[string(b)] = true
		var back obligation.Channel
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("%q decodes to %v, %v", b, back, err)
		}
		if c.Label(nb) == c.Label(language.English) {
			t.Errorf("%s: the same label in both languages", c)
		}
	}
	if len(seen) != 8 {
		t.Errorf("%d channels, want 8", len(seen))
	}
	if got := obligation.Channel(0).Label(nb); got != "ikke angitt" {
		t.Errorf("zero label %q", got)
	}
}

// The seeds' JSON named a subprocessor announcement in writing
// "written-notice"; it still decodes, as [obligation.Written].
func TestChannelEarlierName(t *testing.T) {
	var cs []obligation.Channel
	if err := json.Unmarshal([]byte(`["written-notice","email","updated-list","post","web-page"]`), &cs); err != nil {
		t.Fatal(err)
	}
	want := []obligation.Channel{obligation.Written, obligation.Email, obligation.UpdatedList, obligation.Letter, obligation.Portal}
	for i := range want {
		if cs[i] != want[i] {
			t.Errorf("cs[%d] = %v, want %v", i, cs[i], want[i])
		}
	}
	var c obligation.Channel
	if err := c.UnmarshalText([]byte("fax")); err == nil {
		t.Error("an unknown channel decoded")
	}
}

func TestChannelReaches(t *testing.T) {
	for c, want := range map[obligation.Channel]bool{
		obligation.Email: true, obligation.Letter: true, obligation.Written: true, obligation.Subscription: true,
		obligation.UpdatedList: false, obligation.Portal: false, 0: false, obligation.RegisteredLetter: true,
	} {
		if got := c.Reaches(); got != want {
			t.Errorf("%v.Reaches() = %v, want %v", c, got, want)
		}
	}
}

// A registered letter is a letter: a term for letters covers it, not the
// other way round, and "in writing" covers only itself.
func TestChannelCovers(t *testing.T) {
	tests := []struct {
		term, sent obligation.Channel
		want       bool
	}{
		{obligation.Letter, obligation.RegisteredLetter, true},
		{obligation.RegisteredLetter, obligation.Letter, false},
		{obligation.RegisteredLetter, obligation.RegisteredLetter, true},
		{obligation.Written, obligation.Email, false},
		{obligation.Written, obligation.RegisteredLetter, false},
		{obligation.Email, obligation.Email, true},
	}
	for _, tt := range tests {
		if got := tt.term.Covers(tt.sent); got != tt.want {
			t.Errorf("%v.Covers(%v) = %v, want %v", tt.term, tt.sent, got, tt.want)
		}
	}
	if got := obligation.RegisteredLetter.String(); got != "registered-letter" {
		t.Errorf("identifier %q", got)
	}
	if got := obligation.RegisteredLetter.Label(language.Norwegian); got != "rekommandert brev" {
		t.Errorf("Norwegian label %q", got)
	}
}

// The agreement package wrote its assistance prices with names of its own
// before costs had one vocabulary; they still decode.
func TestCostKindEarlierNames(t *testing.T) {
	for name, want := range map[string]obligation.CostKind{
		"hourly-rate": obligation.Billed, "documented-costs": obligation.DocumentedExtraCosts, "special-fee": obligation.AgreedPrice,
		"usual-rates": obligation.ProcessorRates, "controllers-cost": obligation.ControllerPays, "in-other-document": obligation.InOtherDocument,
		"free": obligation.Free, "included": obligation.Included, "own-costs": obligation.OwnCosts, "requester-pays": obligation.RequesterPays,
	} {
		var k obligation.CostKind
		if err := k.UnmarshalText([]byte(name)); err != nil || k != want {
			t.Errorf("%q decodes to %v, %v; want %v", name, k, err, want)
		}
	}
	for k := obligation.Free; k <= obligation.InOtherDocument; k++ {
		if k.Label(language.MustParse("nb")) == k.Label(language.English) {
			t.Errorf("%s: the same label in both languages", k)
		}
	}
}

func TestRefundKindEarlierNames(t *testing.T) {
	for name, want := range map[string]obligation.RefundKind{
		"paid-for-current-period": obligation.CurrentPeriod, "unused-time": obligation.ProRata,
		"current-period": obligation.CurrentPeriod, "pro-rata": obligation.ProRata, "none": obligation.NoRefund,
	} {
		var k obligation.RefundKind
		if err := k.UnmarshalText([]byte(name)); err != nil || k != want {
			t.Errorf("%q decodes to %v, %v; want %v", name, k, err, want)
		}
	}
}
