package review

import (
	"reflect"
	"testing"
)

// TestLawFamilies: a Pass runs the families at famTransfers and
// famInvalidMechanisms against its own tables, so those indexes must name
// the transfer functions.
func TestLawFamilies(t *testing.T) {
	for _, c := range []struct {
		fam  int
		want checkFunc
		name string
	}{{famTransfers, checkTransfers, "checkTransfers"}, {famInvalidMechanisms, checkInvalidMechanisms, "checkInvalidMechanisms"}} {
		if reflect.ValueOf(families[c.fam]).Pointer() != reflect.ValueOf(c.want).Pointer() {
			t.Errorf("families[%d] is not %s", c.fam, c.name)
		}
	}
}
