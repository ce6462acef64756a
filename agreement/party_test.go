package agreement_test

import (
	"strings"
	"testing"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// A template leaves the parties' names and numbers blank: Validate
// accepts a blank name the placeholders list, and the party still goes by
// the term the text calls it.
func TestBlankPartyName(t *testing.T) {
	a := examples.Stimma()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"den Personuppgiftsansvarige", "Personuppgiftsbiträdet"} {
		if p := a.Parties[i]; p.Name != "" || p.OrgNumber != "" || p.DisplayName() != want {
			t.Errorf("party %d: name %q, number %q, shown as %q; want blank, blank, %q", i, p.Name, p.OrgNumber, p.DisplayName(), want)
		}
	}
	// Without the placeholder the blank name is missing.
	a.Placeholders = slicesWithout(a.Placeholders, "parties[0].name")
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "parties[0].name: missing") {
		t.Errorf("Validate: %v; want parties[0].name missing", err)
	}
}

func slicesWithout(ps []obligation.Placeholder, field string) []obligation.Placeholder {
	var out []obligation.Placeholder
	for _, p := range ps {
		if p.Field != field {
			out = append(out, p)
		}
	}
	return out
}
