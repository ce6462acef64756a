package agreement

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
)

// TermAt is one term of an agreement as [Agreement.Provisions] finds it: the JSON
// path of its field ("subprocessorPolicy.notice",
// "processing.description.purposes") and its provision.
type TermAt struct {
	Path      string               `json:"path"`
	Provision obligation.Provision `json:"provision"`
}

// Provisions calls yield for every term of a that carries a provision (every
// [obligation.Provision] and every list of the processing description,
// whose status reads as the provision status of the same identifier), in
// field order, with the JSON path of each, until yield returns false.
// Absent terms are included: the walk lists the terms the model can hold,
// not only those the agreement addresses.
//
// It is the one walk behind [Agreement.Coverage]; use it to ask any
// question of provenance across the whole agreement.
func (a Agreement) Provisions(yield func(TermAt) bool) {
	walkTerms(reflect.ValueOf(a), "", yield)
}

var (
	provisionType = reflect.TypeFor[obligation.Provision]()
	listType      = reflect.TypeFor[interface{ Provenance() annex.Provenance }]()
)

// walkTerms visits v at path; it returns false once yield has.
func walkTerms(v reflect.Value, path string, yield func(TermAt) bool) bool {
	t := v.Type()
	switch {
	case t == provisionType:
		return yield(TermAt{Path: path, Provision: v.Interface().(obligation.Provision)})
	case t.Kind() == reflect.Struct && t.Implements(listType):
		return yield(TermAt{Path: path, Provision: listProvision(v.Interface().(interface{ Provenance() annex.Provenance }).Provenance())})
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return true
		}
		return walkTerms(v.Elem(), path, yield)
	case reflect.Slice, reflect.Array:
		if !holdsTerms(t.Elem()) {
			return true
		}
		for i := range v.Len() {
			if !walkTerms(v.Index(i), path+"["+strconv.Itoa(i)+"]", yield) {
				return false
			}
		}
	case reflect.Struct:
		if !holdsTerms(t) {
			return true
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			p := path
			if !f.Anonymous {
				p = joinPath(path, jsonName(f))
			}
			if !walkTerms(v.Field(i), p, yield) {
				return false
			}
		}
	}
	return true
}

// holdsTerms reports whether a value of type t can hold a provision or a
// list, so that the walk skips decimals, times and the like.
func holdsTerms(t reflect.Type) bool {
	return holds(t, map[reflect.Type]bool{})
}

func holds(t reflect.Type, seen map[reflect.Type]bool) bool {
	if t == provisionType || (t.Kind() == reflect.Struct && t.Implements(listType)) {
		return true
	}
	if r, ok := seen[t]; ok {
		return r
	}
	seen[t] = false
	r := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		r = holds(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && holds(f.Type, seen) {
				r = true
				break
			}
		}
	}
	seen[t] = r
	return r
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
		return name
	}
	return f.Name
}

func joinPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// listProvision reads a list's provenance as a provision: the two status
// types share their identifiers.
func listProvision(p annex.Provenance) obligation.Provision {
	var s obligation.Status
	if err := s.UnmarshalText([]byte(p.Status.String())); err != nil {
		s = obligation.Status(255) // an invalid list status stays invalid
	}
	return obligation.Provision{Status: s, Clause: obligation.Clause(p.Clause), Document: p.Document, Reason: p.Reason}
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
	NotSeen   []TermAt `json:"notSeen,omitempty"`
	Elsewhere []TermAt `json:"elsewhere,omitempty"`
	// Documents names, once each in order of first mention, the documents
	// the Elsewhere terms are in: what to ask the other party for.
	Documents []string `json:"documents,omitempty"`
	// Inferred are the terms read from the text rather than stated by it,
	// each with its reason in the provision.
	Inferred []TermAt `json:"inferred,omitempty"`
	// Blanks is what a template leaves to fill in: the blank terms and
	// lists, then the agreement's [obligation.Placeholder] fields.
	Blanks []obligation.Placeholder `json:"blanks,omitempty"`
}

// Unreviewed returns how many terms a review cannot judge from the text
// at hand: the not-seen and elsewhere ones.
func (c Coverage) Unreviewed() int { return len(c.NotSeen) + len(c.Elsewhere) }

// Coverage walks every term of a ([Agreement.Provisions]) and sorts out the
// ones a review cannot judge, the inferred ones and the blanks.
func (a Agreement) Coverage() Coverage {
	var c Coverage
	a.Provisions(func(t TermAt) bool {
		c.Terms++
		switch t.Provision.Status {
		case obligation.NotSeen:
			c.NotSeen = append(c.NotSeen, t)
		case obligation.Elsewhere:
			c.Elsewhere = append(c.Elsewhere, t)
			if d := t.Provision.Document; !slices.Contains(c.Documents, d) {
				c.Documents = append(c.Documents, d)
			}
		case obligation.Inferred:
			c.Inferred = append(c.Inferred, t)
		case obligation.Blank:
			c.Blanks = append(c.Blanks, obligation.Placeholder{Field: t.Path, Clause: t.Provision.Clause})
		}
		return true
	})
	c.Blanks = append(c.Blanks, a.Placeholders...)
	return c
}
