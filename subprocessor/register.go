package subprocessor

import (
	"slices"

	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// Register is the list of subprocessors an agreement names or refers to.
// It is a plain value; the zero Register means the agreement says nothing
// about a list.
//
// Source tells an empty list apart from no subprocessors: a register whose
// list is kept in a privacy policy or on a web page ([Referenced]) has no
// entries, and still the processor uses subprocessors; [NoneUsed] says
// there are none.
type Register struct {
	// Provision is where the agreement lists or refers to the
	// subprocessors ("Bilag 1", "7.1").
	obligation.Provision
	// Source says where the list is kept.
	Source Source `json:"source,omitzero"`
	// Reference names the document or page that holds a [Referenced] list
	// ("Personvernerklæringen", "databehandlerens nettsted").
	Reference string `json:"reference,omitzero"`
	// Entries are the subprocessors, in the text's order.
	Entries []Entry `json:"entries,omitzero"`
}

// Entry is one subprocessor: who it is, what it does, what data it reaches,
// where (processing and access places kept apart), and on what transfer
// bases. Entries may hold the subprocessor's
// own subprocessors, one level down.
type Entry struct {
	// Name is the legal name as the text gives it ("SendGrid, Inc.").
	Name string `json:"name"`
	// Service is the product or system used ("SendGrid", "Amazon S3").
	Service string `json:"service,omitzero"`
	// Purpose is what it is used for, in the text's words.
	Purpose string `json:"purpose,omitzero"`
	// Reach says whether it reaches personal data or anonymous statistics
	// only.
	Reach Reach `json:"reach,omitzero"`
	// Categories are the categories of personal data it reaches, in the
	// text's words ("navn", "telefonnummer").
	Categories []string `json:"categories,omitzero"`
	// Processing lists where it processes the data. An empty list means
	// the text does not say (unknown), as does an unknown [Location].
	Processing []Location `json:"processing,omitzero"`
	// Access lists where its staff reach the data from, where that differs
	// from Processing. Remote access from a third country is a transfer.
	Access []Location `json:"access,omitzero"`
	// Bases are the transfer bases the text names for this entry, in its
	// order, each with the facts it needs; empty when it names none (the
	// agreement's general transfer terms may still name some).
	Bases []Basis `json:"bases,omitzero"`
	// Assessment is the transfer impact assessment the text states for
	// this entry.
	Assessment ImpactAssessment `json:"assessment,omitzero"`
	// Measures are the supplementary measures the text states for this
	// entry's transfers.
	Measures []Measure `json:"measures,omitzero"`
	// Clause is the clause or annex that lists this entry ("Bilag 1").
	Clause obligation.Clause `json:"clause,omitzero"`
	// OptIn reports that the entry processes data only once the controller
	// enables the feature it serves, by its own choice (Cradl 5: «If the
	// Data Controller chooses to enable third-party LLMs … the selected
	// third party will be used as a Sub-processor»). Its findings hold
	// from that choice on.
	OptIn bool `json:"optIn,omitzero"`
	// Subprocessors are this subprocessor's own subprocessors.
	Subprocessors []Entry `json:"subprocessors,omitzero"`
}

// ValidationError is the error Validate methods and the Decode functions
// return for well-formed JSON that breaks a rule: every problem with its
// field path, such as "entries[2].processing[0]".
type ValidationError = valid.Error

// maxDepth bounds how many levels of subprocessors a register may nest.
const maxDepth = 16

// Validate reports every problem in r at once, as a *[ValidationError].
func (r Register) Validate() error {
	var l valid.List
	r.check("", &l)
	return l.Err()
}

func (r Register) check(path string, l *valid.List) {
	checkProvision(path, r.Provision, l)
	if r.Source != 0 && !sourceEnum.Valid(uint8(r.Source)) {
		l.Addf(valid.Join(path, "source"), "invalid source %d", r.Source)
	}
	if r.Source == NoneUsed && len(r.Entries) > 0 {
		l.Add(valid.Join(path, "entries"), "a register that states no subprocessors has entries")
	}
	if r.Source == Referenced && r.Reference == "" {
		l.Add(valid.Join(path, "reference"), "a list kept elsewhere needs the name of the document or page")
	}
	for i, e := range r.Entries {
		e.check(valid.Index(valid.Join(path, "entries"), i), 1, l)
	}
}

func (e Entry) check(path string, depth int, l *valid.List) {
	if e.Name == "" {
		l.Add(valid.Join(path, "name"), "missing the subprocessor's name")
	}
	if e.Reach != 0 && !reachEnum.Valid(uint8(e.Reach)) {
		l.Addf(valid.Join(path, "reach"), "invalid reach %d", e.Reach)
	}
	if e.Reach == AnonymousStatistics && len(e.Categories) > 0 {
		l.Add(valid.Join(path, "categories"), "a subprocessor with anonymous statistics only has personal data categories")
	}
	for i, c := range e.Categories {
		if c == "" {
			l.Add(valid.Index(valid.Join(path, "categories"), i), "empty category")
		}
	}
	for i, loc := range e.Processing {
		if err := loc.Validate(); err != nil {
			l.Add(valid.Index(valid.Join(path, "processing"), i), err.Error())
		}
	}
	for i, loc := range e.Access {
		if err := loc.Validate(); err != nil {
			l.Add(valid.Index(valid.Join(path, "access"), i), err.Error())
		}
	}
	for i, b := range e.Bases {
		b.check(valid.Index(valid.Join(path, "bases"), i), l)
	}
	e.Assessment.check(valid.Join(path, "assessment"), l)
	for i, m := range e.Measures {
		if !measureEnum.Valid(uint8(m)) {
			l.Addf(valid.Index(valid.Join(path, "measures"), i), "invalid measure %d", m)
		}
	}
	if len(e.Subprocessors) > 0 && depth >= maxDepth {
		l.Addf(valid.Join(path, "subprocessors"), "more than %d levels of subprocessors", maxDepth)
		return
	}
	for i, s := range e.Subprocessors {
		s.check(valid.Index(valid.Join(path, "subprocessors"), i), depth+1, l)
	}
}

// DecodeRegister decodes a register from JSON strictly (unknown fields,
// unknown enumeration names and invalid country codes are errors, as a
// *strictjson.PathError naming the JSON path) and validates it.
func DecodeRegister(data []byte) (Register, error) {
	var r Register
	if err := strictjson.Decode(data, &r); err != nil {
		return Register{}, err
	}
	if err := r.Validate(); err != nil {
		return Register{}, err
	}
	return r, nil
}

// Equal reports whether r and s hold the same terms and entries.
func (r Register) Equal(s Register) bool {
	return r.Provision == s.Provision && r.Source == s.Source && r.Reference == s.Reference &&
		slices.EqualFunc(r.Entries, s.Entries, Entry.Equal)
}

// Equal reports whether e and f are the same in every field, their own
// subprocessors included.
func (e Entry) Equal(f Entry) bool {
	return e.sameOwn(f) && slices.EqualFunc(e.Subprocessors, f.Subprocessors, Entry.Equal)
}

// sameOwn compares e and f without their subprocessors.
func (e Entry) sameOwn(f Entry) bool {
	return e.Name == f.Name && e.Service == f.Service && e.Purpose == f.Purpose && e.Reach == f.Reach &&
		slices.Equal(e.Categories, f.Categories) && slices.Equal(e.Processing, f.Processing) &&
		slices.Equal(e.Access, f.Access) && slices.Equal(e.Bases, f.Bases) && e.Assessment == f.Assessment &&
		slices.Equal(e.Measures, f.Measures) && e.Clause == f.Clause
}

// Len returns the number of entries at every level.
func (r Register) Len() int {
	n := 0
	var walk func([]Entry)
	walk = func(es []Entry) {
		for _, e := range es {
			n++
			walk(e.Subprocessors)
		}
	}
	walk(r.Entries)
	return n
}
