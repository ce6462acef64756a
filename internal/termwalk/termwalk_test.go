package termwalk_test

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/internal/termwalk"
	"github.com/personvern/dpa/obligation"
)

type step struct {
	obligation.Provision
	Note string `json:"note"`
}

type terms struct {
	Notice   obligation.Provision          `json:"notice"`
	Purposes annex.List[annex.PurposeKind] `json:"purposes"`
	Steps    []step                        `json:"steps"`
	Audit    *struct {
		Period obligation.Provision `json:"period"`
	} `json:"audit"`
	Unnamed  obligation.Provision
	untagged obligation.Provision
	Text     string `json:"text"`
}

// The walk finds each provision and list by its JSON path, through
// slices, pointers and embedded provisions, and skips what holds no term.
func TestWalkPaths(t *testing.T) {
	v := terms{
		Notice:   obligation.At("2"),
		Purposes: annex.List[annex.PurposeKind]{Status: annex.ListNotSeen},
		Steps:    []step{{Provision: obligation.At("5.1")}, {Provision: obligation.At("5.2")}},
		Audit: &struct {
			Period obligation.Provision `json:"period"`
		}{Period: obligation.At("9")},
		untagged: obligation.At("x"),
	}
	_ = v.untagged
	plan := termwalk.For(reflect.TypeFor[terms]())
	type term struct {
		Path   string
		Status string
		Clause string
	}
	var got []term
	var buf []byte
	plan.WalkPaths(unsafe.Pointer(&v), &buf, func(path []byte, p obligation.Provision) bool {
		got = append(got, term{string(path), p.Status.String(), string(p.Clause)})
		return true
	})
	want := []term{
		{"notice", obligation.Stated.String(), "2"},
		{"purposes", obligation.NotSeen.String(), ""},
		{"steps[0]", obligation.Stated.String(), "5.1"},
		{"steps[1]", obligation.Stated.String(), "5.2"},
		{"audit.period", obligation.Stated.String(), "9"},
		{"Unnamed", obligation.Absent.String(), ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("walk mismatch (-want +got):\n%s", d)
	}

	// Without a buffer the walk builds no path, and it stops when yield
	// says so.
	n := 0
	plan.Walk(unsafe.Pointer(&v), nil, func(prefix []byte, rel string, _ obligation.Provision) bool {
		if prefix != nil {
			t.Errorf("a path prefix %q without a buffer", prefix)
		}
		n++
		return n < 3
	})
	if n != 3 {
		t.Errorf("the walk went on after yield returned false: %d terms", n)
	}
}

// A type that holds no term has an empty plan, which walks nothing.
func TestWalkNoTerms(t *testing.T) {
	s := struct{ A, B string }{"a", "b"}
	termwalk.For(reflect.TypeOf(s)).Walk(unsafe.Pointer(&s), nil, func([]byte, string, obligation.Provision) bool {
		t.Error("a term in a type without one")
		return true
	})
}

// Count counts what Walk visits, by status, through slices, pointers,
// lists and embedded provisions, and counts a status it does not know
// apart.
func TestCountAgreesWithWalk(t *testing.T) {
	plan := termwalk.For(reflect.TypeFor[terms]())
	if termwalk.For(reflect.TypeFor[terms]()) != plan {
		t.Error("a second plan for the same type")
	}
	values := []terms{
		{},
		{
			Notice:   obligation.In("Appendix 1", "4"),
			Purposes: annex.List[annex.PurposeKind]{Status: annex.ListNotSeen},
			Steps:    []step{{Provision: obligation.At("5.1")}, {Provision: obligation.BlankAt("5.2")}, {Provision: obligation.Unseen()}},
			Audit: &struct {
				Period obligation.Provision `json:"period"`
			}{Period: obligation.InferredAt("9", "read from the list")},
		},
		{
			Notice:   obligation.Provision{Status: 200},
			Purposes: annex.List[annex.PurposeKind]{Status: 99},
			Steps:    []step{{Provision: obligation.NoneAt("3")}},
		},
	}
	for i, v := range values {
		var want termwalk.Tally
		plan.Walk(unsafe.Pointer(&v), nil, func(_ []byte, _ string, p obligation.Provision) bool {
			if p.Status > obligation.Inferred {
				want[len(want)-1]++
			} else {
				want[p.Status]++
			}
			return true
		})
		got := plan.Count(unsafe.Pointer(&v))
		if got != want {
			t.Errorf("value %d: Count = %v, Walk counts %v", i, got, want)
		}
		if got.Total() == 0 {
			t.Errorf("value %d: no term counted", i)
		}
	}
	if got := plan.Count(unsafe.Pointer(&values[1])); got[obligation.Elsewhere] != 1 || got[obligation.NotSeen] != 2 ||
		got[obligation.Blank] != 1 || got[obligation.Inferred] != 1 || got[obligation.Stated] != 1 || got.Total() != 7 {
		t.Errorf("Count = %v, want 1 elsewhere, 2 not seen, 1 blank, 1 inferred, 1 stated and the absent Unnamed: 7 in all", got)
	}
	if got := plan.Count(unsafe.Pointer(&values[2])); got[len(got)-1] != 2 {
		t.Errorf("Count = %v, want the two unknown statuses counted apart", got)
	}
}
