package agreement

import (
	"reflect"
	"slices"
	"strings"

	"github.com/personvern/dpa/internal/termwalk"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// DocumentKind says what a [Document] is to the agreement. The zero value
// means the agreement does not say.
type DocumentKind uint8

const (
	// ProcessorAgreement: the data processing agreement itself.
	ProcessorAgreement DocumentKind = iota + 1
	// AnnexDocument: an annex, appendix, exhibit or schedule of it.
	AnnexDocument
	// MainAgreementDocument: the main (service) agreement or terms of
	// service the processor agreement serves.
	MainAgreementDocument
	// IncorporatedClauses: standard clauses the agreement incorporates,
	// such as the 2021/914 or 2021/915 clauses.
	IncorporatedClauses
	// LanguageVersion: the agreement in another language.
	LanguageVersion
	// ReferencedDocument: a policy, web page or list the agreement refers
	// to (a privacy policy, a security page, a subprocessor list).
	ReferencedDocument
)

var documentKindLabels = []label{{},
	{"processor-agreement", "databehandleravtalen", "the processor agreement"},
	{"annex", "vedlegg", "annex"},
	{"main-agreement", "hovedavtalen", "the main agreement"},
	{"incorporated-clauses", "innlemmede standardvilkår", "incorporated standard clauses"},
	{"language-version", "språkversjon", "language version"},
	{"referenced-document", "dokument avtalen viser til", "document the agreement refers to"},
}

// String returns the identifier, such as "incorporated-clauses".
func (k DocumentKind) String() string { return enumString(k, documentKindLabels, "DocumentKind") }

// Label returns the name in Norwegian Bokmål or English.
func (k DocumentKind) Label(tag language.Tag) string {
	return enumLabel(k, documentKindLabels, tag, "DocumentKind")
}

// MarshalText encodes the identifier.
func (k DocumentKind) MarshalText() ([]byte, error) {
	return enumMarshal(k, documentKindLabels, "document kind")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (k *DocumentKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, documentKindLabels, "document kind")
}

// Reading is one document's reading of one term, where the agreement's
// documents give the term differently: the DPA announces new
// subprocessors by updating a list while the standard clauses it
// incorporates ask for 10 days' notice; the DPA says "delete" where the
// clauses say "delete or return". The term as the agreement value holds it
// is one reading (its provision's Document names its source, the main text
// when empty); each Reading is another.
//
// Value holds the reading as an agreement in which only the term at Term
// is set, so that any term can have readings, written as the term is
// written:
//
//	agreement.Reading{Term: "subprocessorPolicy.notice", Document: "Standard Contractual Clauses", Clause: "9(a)",
//		Value: &agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
//			Notice: subprocessor.Notice{Provision: obligation.At("9(a)"), Period: obligation.Days(10)}}}}
type Reading struct {
	// Term is the JSON path of the term, through fields only:
	// "subprocessorPolicy.notice", "end", "breach.deadline".
	Term string `json:"term"`
	// Document is the title of the document that gives this reading, as
	// [Document] and [Precedence].Order name it; Clause is where.
	Document string            `json:"document"`
	Clause   obligation.Clause `json:"clause"`
	// Value is an agreement holding the reading at Term and nothing that
	// matters elsewhere.
	Value *Agreement `json:"value"`
}

// Conflict is a term the agreement's documents give differently, found by
// [Agreement.Conflicts].
type Conflict struct {
	// Term is the JSON path of the term.
	Term string `json:"term"`
	// Sources are the readings' documents and clauses, the agreement
	// value's own first.
	Sources []Source `json:"sources"`
	// Governing is the index in Sources of the reading that precedence
	// puts first, or -1 when the agreement's order of precedence does not
	// rank the documents.
	Governing int `json:"governing"`
	// Rule is where the rule of precedence that decides is stated, where
	// a [PrecedenceRule] decides rather than the Order.
	Rule obligation.Clause `json:"rule,omitzero"`
	// ToTheExtent reports that the governing reading prevails only to the
	// extent of an inconsistency: the parts of the term it leaves
	// unstated keep the other reading ([PrecedenceRule].ToTheExtent).
	ToTheExtent bool `json:"toTheExtent,omitzero"`
}

// Source is where one reading of a term comes from.
type Source struct {
	Document string            `json:"document"`
	Clause   obligation.Clause `json:"clause,omitzero"`
}

// mainText returns the name the order of precedence gives the agreement's
// own text: the title of its processor-agreement document, or its title.
func (a Agreement) mainText() string {
	for _, d := range a.Documents {
		if d.Kind == ProcessorAgreement {
			return d.Title
		}
	}
	return a.Title
}

// rank returns doc's place in the order of precedence, 0 first, and
// whether the order names it.
func (a Agreement) rank(doc string) (int, bool) {
	if doc == "" {
		doc = a.mainText()
	}
	i := slices.Index(a.Precedence.Order, doc)
	return i, i >= 0
}

// Conflicts returns, for every term a [Reading] gives differently from
// the agreement value, the sources of both readings and which of them
// governs. Readings that agree with the value are no conflict: the
// documents then only repeat each other. Readings whose Term names no
// term are left out; [Agreement.Validate] reports them.
func (a Agreement) Conflicts() []Conflict {
	if len(a.Readings) == 0 {
		return nil
	}
	var cs []Conflict
	base := reflect.ValueOf(a)
	for _, r := range a.Readings {
		if r.Value == nil {
			continue
		}
		bv, ok := termAt(base, r.Term)
		if !ok {
			continue
		}
		rv, _ := termAt(reflect.ValueOf(*r.Value), r.Term)
		if sameReading(bv, rv) {
			continue
		}
		own := sourceOf(bv)
		i := slices.IndexFunc(cs, func(c Conflict) bool { return c.Term == r.Term })
		if i < 0 {
			cs = append(cs, Conflict{Term: r.Term, Sources: []Source{own}})
			i = len(cs) - 1
		}
		cs[i].Sources = append(cs[i].Sources, Source{Document: r.Document, Clause: r.Clause})
	}
	for i := range cs {
		a.governing(&cs[i])
	}
	return cs
}

// governing sets c.Governing to the index of the source that precedence
// puts before every other one, or -1 when there is none: the rules and
// the order of precedence ([Precedence]) do not settle every pair. Where
// a rule that prevails only to the extent of an inconsistency decides
// a pair, the conflict says so.
func (a Agreement) governing(c *Conflict) {
	c.Governing = -1
	for i, s := range c.Sources {
		wins, rule, extent := true, obligation.Clause(""), false
		for j, o := range c.Sources {
			if j == i {
				continue
			}
			d := a.decide(c.Term, s, o)
			if !d.decided || !d.first {
				wins = false
				break
			}
			if d.rule >= 0 && rule == "" {
				rule = a.Precedence.Rules[d.rule].Clause
			}
			extent = extent || d.extent
		}
		if wins {
			c.Governing, c.Rule, c.ToTheExtent = i, rule, extent
			return
		}
	}
}

// Governing returns a with every term that the documents give differently
// set to the reading that precedence puts first ([Precedence]: its rules,
// then its order); where the rule prevails only to the extent of an
// inconsistency, the parts of the term the prevailing reading leaves
// unstated keep the displaced reading. The reading it displaces becomes one of the
// returned agreement's Readings, so that the conflict stays on record and
// Governing applied twice changes nothing more. A term whose readings the
// order does not rank keeps the agreement value's reading. An agreement
// without readings is returned as it is.
//
// The evaluators that take a whole agreement apply it themselves: the
// review, [Agreement.Agenda], [Agreement.Rules] and
// [Agreement.EndAfterNotice]. The evaluators of a part take the part
// alone and cannot: take the part from the governed agreement,
//
//	g := a.Governing()
//	as := g.Breach.Assess(incident, at)
//	change, err := g.SubprocessorPolicy.Assess(c, at, cal)
//	capped, err := g.Liability.CapFor(2026, facts)
func (a Agreement) Governing() Agreement {
	if len(a.Readings) == 0 {
		return a
	}
	cs := a.Conflicts()
	b := a
	copied := false
	bv := reflect.ValueOf(&b).Elem()
	for _, c := range cs {
		if c.Governing <= 0 {
			continue // the value's own reading governs, or none is ranked
		}
		g := c.Sources[c.Governing]
		i := slices.IndexFunc(b.Readings, func(r Reading) bool {
			return r.Term == c.Term && r.Document == g.Document && r.Clause == g.Clause && r.Value != nil
		})
		if i < 0 {
			continue
		}
		if !copied {
			b.Readings = slices.Clone(a.Readings)
			copied = true
		}
		r := b.Readings[i]
		dst, _ := termAt(bv, r.Term)
		src, _ := termAt(reflect.ValueOf(*r.Value), r.Term)
		// The displaced reading keeps its place among the readings.
		own := c.Sources[0]
		if own.Document == "" {
			own.Document = a.mainText()
		}
		displaced := &Agreement{}
		old, _ := termAt(reflect.ValueOf(displaced).Elem(), r.Term)
		old.Set(dst)
		b.Readings[i] = Reading{Term: r.Term, Document: own.Document, Clause: own.Clause, Value: displaced}
		if c.ToTheExtent {
			src = overlay(src, dst)
		}
		dst.Set(src)
		setDocument(dst, r.Document)
	}
	return b
}

// overlay returns the prevailing reading over with every field it leaves
// zero taken from the displaced reading under: what prevails only to the
// extent of an inconsistency leaves standing what it does not speak to.
// It works on the term's own fields, one level deep; a term that is not a
// struct is over itself.
func overlay(over, under reflect.Value) reflect.Value {
	if over.Kind() != reflect.Struct || over.Type() == provisionType {
		return over
	}
	c := reflect.New(over.Type()).Elem()
	c.Set(over)
	for i := range c.NumField() {
		f := c.Type().Field(i)
		if !f.IsExported() || f.Type == provisionType {
			continue
		}
		if c.Field(i).IsZero() {
			c.Field(i).Set(under.Field(i))
		}
	}
	return c
}

// termAt returns the field at the JSON path through struct fields, and
// whether there is one.
func termAt(v reflect.Value, path string) (reflect.Value, bool) {
	if path == "" {
		return reflect.Value{}, false
	}
	for name := range strings.SplitSeq(path, ".") {
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		i, ok := termField(v.Type(), name)
		if !ok {
			return reflect.Value{}, false
		}
		v = v.Field(i)
	}
	return v, true
}

// isTerm reports whether path is the JSON path of a field of an
// [Agreement], as [termAt] finds it: it reads the types alone, so that it
// neither copies nor walks an agreement.
func isTerm(path string) bool {
	if path == "" {
		return false
	}
	t := agreementType
	for name := range strings.SplitSeq(path, ".") {
		if t.Kind() != reflect.Struct {
			return false
		}
		i, ok := termField(t, name)
		if !ok {
			return false
		}
		t = t.Field(i).Type
	}
	return true
}

var agreementType = reflect.TypeFor[Agreement]()

// termField returns the index of the exported, not embedded field of
// struct type t whose JSON name is name.
func termField(t reflect.Type, name string) (int, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && !f.Anonymous && termwalk.JSONName(f) == name {
			return i, true
		}
	}
	return 0, false
}

// sourceOf returns where the term held in v says it comes from: its
// provision's document and clause.
func sourceOf(v reflect.Value) Source {
	p, ok := provenanceOf(v)
	if !ok {
		return Source{}
	}
	return Source{Document: p.Document, Clause: p.Clause}
}

func provenanceOf(v reflect.Value) (obligation.Provision, bool) {
	if v.Type() == provisionType {
		return v.Interface().(obligation.Provision), true
	}
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Provision"); f.IsValid() && f.Type() == provisionType {
			return f.Interface().(obligation.Provision), true
		}
		if st, cl, doc := v.FieldByName("Status"), v.FieldByName("Clause"), v.FieldByName("Document"); st.IsValid() && cl.IsValid() && doc.IsValid() &&
			cl.Kind() == reflect.String && doc.Kind() == reflect.String {
			return obligation.Provision{Clause: obligation.Clause(cl.String()), Document: doc.String()}, true
		}
	}
	return obligation.Provision{}, false
}

// sameReading reports whether two readings of a term say the same thing,
// whatever their sources: they are compared with their provenance
// cleared, by the type's Equal method where it has one.
func sameReading(x, y reflect.Value) bool {
	x, y = withoutProvenance(x), withoutProvenance(y)
	if m := x.MethodByName("Equal"); m.IsValid() && m.Type().NumIn() == 1 && m.Type().In(0) == x.Type() &&
		m.Type().NumOut() == 1 && m.Type().Out(0).Kind() == reflect.Bool {
		return m.Call([]reflect.Value{y})[0].Bool()
	}
	return reflect.DeepEqual(x.Interface(), y.Interface())
}

// withoutProvenance returns a copy of v with its provision, or a list's
// status, clause, document and reason, set to zero.
func withoutProvenance(v reflect.Value) reflect.Value {
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	if c.Type() == provisionType {
		c.Set(reflect.Zero(provisionType))
		return c
	}
	if c.Kind() == reflect.Struct {
		for _, name := range [...]string{"Provision", "Status", "Clause", "Document", "Reason"} {
			if f := c.FieldByName(name); f.IsValid() && f.CanSet() {
				f.Set(reflect.Zero(f.Type()))
			}
		}
	}
	return c
}

// setDocument names doc as the source of the term held in v where its
// provision names none, so that the term, moved into the agreement value,
// still says which document it comes from.
func setDocument(v reflect.Value, doc string) {
	f := v
	if v.Type() != provisionType {
		if v.Kind() != reflect.Struct {
			return
		}
		f = v.FieldByName("Provision")
		if !f.IsValid() || f.Type() != provisionType {
			return
		}
	}
	if d := f.FieldByName("Document"); d.String() == "" {
		d.SetString(doc)
	}
}
