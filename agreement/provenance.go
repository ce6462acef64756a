package agreement

import (
	"reflect"
	"slices"
	"unsafe"

	"github.com/personvern/dpa/internal/termwalk"
	"github.com/personvern/dpa/obligation"
)

// agreementPlan is the plan of the terms an [Agreement] holds, read-only
// after initialisation.
var agreementPlan = termwalk.For(reflect.TypeFor[Agreement]())

var provisionType = reflect.TypeFor[obligation.Provision]()

// TermAt is one term of an agreement as [Agreement.Provisions] finds it: the JSON
// path of its field ("subprocessorPolicy.notice",
// "processing.description.purposes") and its provision.
type TermAt struct {
	Path      string               `json:"path"`
	Provision obligation.Provision `json:"provision"`
}

// Provisions calls yield for every term of a that carries a provision
// (every [obligation.Provision] and every list of the processing
// description, whose status reads as the provision status of the same
// identifier), in field order, with the JSON path of each, until yield
// returns false. Absent terms are included: the walk lists the terms the
// model can hold, not only those the agreement addresses.
//
// It is the one walk behind [Agreement.Coverage]; use it to ask any
// question of provenance across the whole agreement. A term added to the
// model is found without changing the walk.
func (a Agreement) Provisions(yield func(TermAt) bool) {
	var buf []byte
	agreementPlan.WalkPaths(unsafe.Pointer(&a), &buf, func(path []byte, p obligation.Provision) bool {
		return yield(TermAt{Path: string(path), Provision: p})
	})
}

// Coverage says how much of an agreement a review can judge from the text
// at hand, and what is left open. [Agreement.Coverage] builds it.
type Coverage struct {
	// Terms counts the terms the model holds for the agreement (every
	// provision and list, absent ones included).
	Terms int `json:"terms"`
	// NotSeen are the terms in a part of the text missing from a partial
	// copy; Elsewhere those in a document not reproduced. A review judges
	// neither and does not report them as missing.
	NotSeen   []TermAt `json:"notSeen,omitzero"`
	Elsewhere []TermAt `json:"elsewhere,omitzero"`
	// Documents names, once each in order of first mention, the documents
	// the Elsewhere terms are in: what to ask the other party for.
	Documents []string `json:"documents,omitzero"`
	// Inferred are the terms read from the text rather than stated by it,
	// each with its reason in the provision.
	Inferred []TermAt `json:"inferred,omitzero"`
	// Blanks is what a template leaves to fill in: the blank terms and
	// lists, then the agreement's [obligation.Placeholder] fields.
	Blanks []obligation.Placeholder `json:"blanks,omitzero"`
}

// Unreviewed returns how many terms a review cannot judge from the text
// at hand: the not-seen and elsewhere ones.
func (c Coverage) Unreviewed() int { return len(c.NotSeen) + len(c.Elsewhere) }

// Unreviewed returns how many terms of a a review cannot judge from the
// text at hand (not seen, or in a document not reproduced) and how many
// terms the walk found in all. It does what [Agreement.Coverage] does
// without listing anything, so it does not allocate.
func (a Agreement) Unreviewed() (n, of int) {
	t := agreementPlan.Count(unsafe.Pointer(&a))
	return t[obligation.NotSeen] + t[obligation.Elsewhere], t.Total()
}

// Coverage walks every term of a ([Agreement.Provisions]) and sorts out the
// ones a review cannot judge, the inferred ones and the blanks.
func (a Agreement) Coverage() Coverage {
	var c Coverage
	t := agreementPlan.Count(unsafe.Pointer(&a))
	c.Terms = t.Total()
	listed := t[obligation.NotSeen] + t[obligation.Elsewhere] + t[obligation.Inferred] + t[obligation.Blank]
	if listed == 0 {
		// Nothing to list: most agreements state their terms or leave
		// them out, and counting them builds no path.
		if len(a.Placeholders) > 0 {
			c.Blanks = append(c.Blanks, a.Placeholders...)
		}
		return c
	}
	// The counts size each list, and the paths of the listed terms share
	// one string: paths holds them one after another, ends where each
	// ends, in the order of the walk.
	c.NotSeen = sized[TermAt](t[obligation.NotSeen])
	c.Elsewhere = sized[TermAt](t[obligation.Elsewhere])
	c.Inferred = sized[TermAt](t[obligation.Inferred])
	c.Blanks = sized[obligation.Placeholder](t[obligation.Blank] + len(a.Placeholders))
	type listedTerm struct {
		status obligation.Status
		end    int
	}
	var buf []byte
	paths := make([]byte, 0, 32*listed)
	order := make([]listedTerm, 0, listed)
	agreementPlan.Walk(unsafe.Pointer(&a), &buf, func(prefix []byte, rel string, p obligation.Provision) bool {
		switch p.Status {
		case obligation.NotSeen, obligation.Elsewhere, obligation.Inferred, obligation.Blank:
		default: // absent, stated, none: nothing to list
			return true
		}
		start := len(paths)
		paths = append(paths, prefix...)
		if rel != "" {
			if len(paths) > start {
				paths = append(paths, '.')
			}
			paths = append(paths, rel...)
		}
		order = append(order, listedTerm{p.Status, len(paths)})
		switch p.Status {
		case obligation.NotSeen:
			c.NotSeen = append(c.NotSeen, TermAt{Provision: p})
		case obligation.Elsewhere:
			c.Elsewhere = append(c.Elsewhere, TermAt{Provision: p})
			if !slices.Contains(c.Documents, p.Document) {
				c.Documents = append(c.Documents, p.Document)
			}
		case obligation.Inferred:
			c.Inferred = append(c.Inferred, TermAt{Provision: p})
		case obligation.Blank:
			c.Blanks = append(c.Blanks, obligation.Placeholder{Clause: p.Clause})
		}
		return true
	})
	all := string(paths)
	var next [obligation.Inferred + 1]int
	from := 0
	for _, o := range order {
		path := all[from:o.end]
		from = o.end
		i := next[o.status]
		next[o.status]++
		switch o.status {
		case obligation.NotSeen:
			c.NotSeen[i].Path = path
		case obligation.Elsewhere:
			c.Elsewhere[i].Path = path
		case obligation.Inferred:
			c.Inferred[i].Path = path
		case obligation.Blank:
			c.Blanks[i].Field = path
		}
	}
	if len(a.Placeholders) > 0 {
		c.Blanks = append(c.Blanks, a.Placeholders...)
	}
	return c
}

// sized returns an empty slice with room for n elements, nil for none.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}
