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
	if len(seen) != 7 {
		t.Errorf("%d channels, want 7", len(seen))
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
		obligation.UpdatedList: false, obligation.Portal: false, 0: false,
	} {
		if got := c.Reaches(); got != want {
			t.Errorf("%v.Reaches() = %v, want %v", c, got, want)
		}
	}
}
