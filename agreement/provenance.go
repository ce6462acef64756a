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
	walkTerms(reflect.ValueOf(&a).Elem(), agreementPlan, &buf, func(path []byte, p obligation.Provision) bool {
		return yield(TermAt{Path: string(path), Provision: p})
	})
}

// node is the walk's plan for one type: which of its parts can hold a
// term. The plan for [Agreement] is built once, from the types alone, so
// that a walk touches only the fields that can hold terms.
type node struct {
	kind   nodeKind
	fields []planField // a struct's fields that hold terms
	elem   *node       // a slice's or pointer's element
	// source holds the indices of a provision's or a list's Status,
	// Clause, Document and Reason fields.
	source [4]int
}

type planField struct {
	index int
	name  string // JSON name; empty for an embedded provision
	node  *node
}

type nodeKind uint8

const (
	nodeProvision nodeKind = iota + 1
	nodeList
	nodeStruct
	nodeSlice
	nodePointer
)

type provenancer interface{ Provenance() annex.Provenance }

var (
	provisionType   = reflect.TypeFor[obligation.Provision]()
	provenancerType = reflect.TypeFor[provenancer]()
	// agreementPlan is read-only after initialisation.
	agreementPlan = planFor(reflect.TypeFor[Agreement](), map[reflect.Type]*node{})
)

// planFor returns the plan for t, or nil when t cannot hold a term.
func planFor(t reflect.Type, seen map[reflect.Type]*node) *node {
	if t == provisionType {
		return &node{kind: nodeProvision, source: sourceFields(t)}
	}
	if t.Kind() == reflect.Struct && t.Implements(provenancerType) {
		return &node{kind: nodeList, source: sourceFields(t)}
	}
	if n, ok := seen[t]; ok {
		return n // nil while t is being planned: a cycle holds no new terms
	}
	seen[t] = nil
	var n *node
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		if e := planFor(t.Elem(), seen); e != nil {
			k := nodeSlice
			if t.Kind() == reflect.Pointer {
				k = nodePointer
			}
			n = &node{kind: k, elem: e}
		}
	case reflect.Struct:
		var fs []planField
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if fn := planFor(f.Type, seen); fn != nil {
				name := jsonName(f)
				if f.Anonymous && fn.kind == nodeProvision {
					name = ""
				}
				fs = append(fs, planField{index: i, name: name, node: fn})
			}
		}
		if fs != nil {
			n = &node{kind: nodeStruct, fields: fs}
		}
	}
	seen[t] = n
	return n
}

// sourceFields returns the indices of t's Status, Clause, Document and
// Reason fields, which a provision and every list have.
func sourceFields(t reflect.Type) [4]int {
	var idx [4]int
	for i, name := range [4]string{"Status", "Clause", "Document", "Reason"} {
		f, ok := t.FieldByName(name)
		if !ok || len(f.Index) != 1 {
			panic("agreement: " + t.String() + " has no field " + name) // a defect of the model, found at initialisation
		}
		idx[i] = f.Index[0]
	}
	return idx
}

// walkTerms visits the addressable value v by its plan n, with path in
// *buf; it returns false once yield has. The path is valid only during
// the call to yield.
func walkTerms(v reflect.Value, n *node, buf *[]byte, yield func(path []byte, p obligation.Provision) bool) bool {
	switch n.kind {
	case nodeProvision:
		return yield(*buf, obligation.Provision{
			Status: obligation.Status(v.Field(n.source[0]).Uint()), Clause: obligation.Clause(v.Field(n.source[1]).String()),
			Document: v.Field(n.source[2]).String(), Reason: v.Field(n.source[3]).String()})
	case nodeList:
		return yield(*buf, listProvision(annex.Provenance{
			Status: annex.ListStatus(v.Field(n.source[0]).Uint()), Clause: v.Field(n.source[1]).String(),
			Document: v.Field(n.source[2]).String(), Reason: v.Field(n.source[3]).String()}))
	case nodePointer:
		if v.IsNil() {
			return true
		}
		return walkTerms(v.Elem(), n.elem, buf, yield)
	case nodeSlice:
		mark := len(*buf)
		for i := range v.Len() {
			*buf = append(*buf, '[')
			*buf = strconv.AppendInt(*buf, int64(i), 10)
			*buf = append(*buf, ']')
			ok := walkTerms(v.Index(i), n.elem, buf, yield)
			*buf = (*buf)[:mark]
			if !ok {
				return false
			}
		}
	case nodeStruct:
		mark := len(*buf)
		for _, f := range n.fields {
			if f.name != "" {
				if len(*buf) > 0 {
					*buf = append(*buf, '.')
				}
				*buf = append(*buf, f.name...)
			}
			ok := walkTerms(v.Field(f.index), f.node, buf, yield)
			*buf = (*buf)[:mark]
			if !ok {
				return false
			}
		}
	}
	return true
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
		return name
	}
	return f.Name
}

// statusOfList gives, for each list status, the provision status of the
// same identifier; a test holds the two tables together.
var statusOfList = [...]obligation.Status{
	annex.ListAbsent: obligation.Absent, annex.ListStated: obligation.Stated, annex.ListNone: obligation.StatedNone,
	annex.ListBlank: obligation.Blank, annex.ListNotSeen: obligation.NotSeen, annex.ListElsewhere: obligation.Elsewhere,
	annex.ListInferred: obligation.Inferred,
}

// listProvision reads a list's provenance as a provision: the two status
// types share their identifiers.
func listProvision(p annex.Provenance) obligation.Provision {
	s := obligation.Status(255) // an invalid list status stays invalid
	if int(p.Status) < len(statusOfList) {
		s = statusOfList[p.Status]
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
	buf := make([]byte, 0, 64)
	walkTerms(reflect.ValueOf(&a).Elem(), agreementPlan, &buf, func(path []byte, p obligation.Provision) bool {
		c.Terms++
		switch p.Status {
		case obligation.NotSeen:
			c.NotSeen = append(c.NotSeen, TermAt{Path: string(path), Provision: p})
		case obligation.Elsewhere:
			c.Elsewhere = append(c.Elsewhere, TermAt{Path: string(path), Provision: p})
			if !slices.Contains(c.Documents, p.Document) {
				c.Documents = append(c.Documents, p.Document)
			}
		case obligation.Inferred:
			c.Inferred = append(c.Inferred, TermAt{Path: string(path), Provision: p})
		case obligation.Blank:
			c.Blanks = append(c.Blanks, obligation.Placeholder{Field: string(path), Clause: p.Clause})
		}
		return true
	})
	if len(a.Placeholders) > 0 {
		c.Blanks = append(c.Blanks, a.Placeholders...)
	}
	return c
}
