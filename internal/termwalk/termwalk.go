// Package termwalk finds every term a value holds: each
// [obligation.Provision] and each list whose provenance reads as one
// (an [annex.Provenance]), with its JSON path, by a plan built once from
// the value's type. A term added to a model type is found without
// changing the walk.
package termwalk

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
)

// node is the walk's plan for one type: which of its parts can hold a
// term. The plan for [Agreement] is built once, from the types alone, so
// that a walk touches only the fields that can hold terms.
type node struct {
	kind   nodeKind
	fields []planField // a struct's fields that hold terms
	// flat lists what a struct holds through its fields and theirs, down
	// to the provisions, lists, slices and pointers, each with its offset
	// and path from the struct: the walk reads a struct's terms in one
	// loop.
	flat []planField
	elem *node // a slice's or pointer's element
	// size is the size of a slice's element.
	size uintptr
	// source holds the offsets of a list's Status, Clause, Document and
	// Reason fields.
	source [4]uintptr
}

type planField struct {
	offset uintptr
	name   string // JSON name; empty for an embedded provision
	node   *node
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
)

// Plan is the walk's plan for one root type, built once by [For]; it is
// read-only, so one plan serves any number of concurrent walks.
type Plan struct{ root *node }

// plans holds the plan of each type [For] has planned, so that every
// package that walks a type shares one plan.
var plans sync.Map // reflect.Type -> *Plan

// For returns the plan of the terms a value of type t holds, building it
// the first time t is asked for.
func For(t reflect.Type) *Plan {
	if pl, ok := plans.Load(t); ok {
		return pl.(*Plan)
	}
	pl, _ := plans.LoadOrStore(t, &Plan{root: planFor(t, map[reflect.Type]*node{})})
	return pl.(*Plan)
}

// Tally counts terms by their status: Tally[s] is how many terms have
// status s, for each status up to [obligation.Inferred]; the last element
// counts the terms whose status is none of these.
type Tally [obligation.Inferred + 2]int

// Total returns how many terms were counted.
func (t *Tally) Total() int {
	n := 0
	for _, c := range t {
		n += c
	}
	return n
}

// Count counts the terms of the value at v, which must point to a value
// of the type the plan was built for, by status: what [Plan.Walk] would
// visit, without calling a function for each term. A list's status counts
// as the provision status of the same identifier.
func (pl *Plan) Count(v unsafe.Pointer) Tally {
	var t Tally
	if pl.root != nil {
		count(v, pl.root, &t)
	}
	return t
}

// count adds the terms of the value at p, by its plan n, to t. It reads
// as [walk] does: only at offsets of the very types the plan was built
// from.
func count(p unsafe.Pointer, n *node, t *Tally) {
	switch n.kind {
	case nodeProvision:
		t[tallyIndex((*obligation.Provision)(p).Status)]++
	case nodeList:
		t[tallyIndex(listStatus(*(*annex.ListStatus)(unsafe.Add(p, n.source[0]))))]++
	case nodePointer:
		if q := *(*unsafe.Pointer)(p); q != nil {
			count(q, n.elem, t)
		}
	case nodeSlice:
		h := (*sliceHeader)(p)
		for i := range h.len {
			count(unsafe.Add(h.data, uintptr(i)*n.size), n.elem, t)
		}
	case nodeStruct:
		for _, f := range n.flat {
			q := unsafe.Add(p, f.offset)
			if f.node.kind == nodeProvision {
				t[tallyIndex((*obligation.Provision)(q).Status)]++
			} else {
				count(q, f.node, t)
			}
		}
	}
}

// tallyIndex is the element of a [Tally] that counts status s.
func tallyIndex(s obligation.Status) int {
	if s > obligation.Inferred {
		return len(Tally{}) - 1
	}
	return int(s)
}

// Walk visits the value at v, which must point to a value of the type the
// plan was built for. It calls yield with each term's path in two parts,
// the prefix in *buf and the rest, rel (join them with [AppendPath]); with
// a nil buf it builds no path at all. It returns false once yield has.
func (pl *Plan) Walk(v unsafe.Pointer, buf *[]byte, yield func(prefix []byte, rel string, p obligation.Provision) bool) bool {
	if pl.root == nil {
		return true
	}
	return walk(v, pl.root, "", buf, yield)
}

// WalkPaths is [Plan.Walk] with each term's whole path, valid only during
// the call to yield.
func (pl *Plan) WalkPaths(v unsafe.Pointer, buf *[]byte, yield func(path []byte, p obligation.Provision) bool) bool {
	return pl.Walk(v, buf, func(prefix []byte, rel string, p obligation.Provision) bool {
		return yield(AppendPath(prefix, rel), p)
	})
}

// planFor returns the plan for t, or nil when t cannot hold a term.
func planFor(t reflect.Type, seen map[reflect.Type]*node) *node {
	if t == provisionType {
		return &node{kind: nodeProvision}
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
	case reflect.Pointer, reflect.Slice:
		if e := planFor(t.Elem(), seen); e != nil {
			k := nodeSlice
			if t.Kind() == reflect.Pointer {
				k = nodePointer
			}
			n = &node{kind: k, elem: e, size: t.Elem().Size()}
		}
	case reflect.Struct:
		var fs []planField
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if fn := planFor(f.Type, seen); fn != nil {
				name := JSONName(f)
				if f.Anonymous && fn.kind == nodeProvision {
					name = ""
				}
				fs = append(fs, planField{offset: f.Offset, name: name, node: fn})
			}
		}
		if fs != nil {
			n = &node{kind: nodeStruct, fields: fs}
			n.flat = flatten(n, 0, "", nil)
		}
	}
	seen[t] = n
	return n
}

// flatten appends to out what struct node n holds, at offset off and path
// prefix, descending through nested structs.
func flatten(n *node, off uintptr, prefix string, out []planField) []planField {
	for _, f := range n.fields {
		p := prefix
		if f.name != "" {
			p = joinPath(prefix, f.name)
		}
		if f.node.kind == nodeStruct {
			out = flatten(f.node, off+f.offset, p, out)
			continue
		}
		out = append(out, planField{offset: off + f.offset, name: p, node: f.node})
	}
	return out
}

func joinPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// sourceFields returns the offsets of a list type's Status, Clause,
// Document and Reason fields, checking their types: the walk reads them
// by offset.
func sourceFields(t reflect.Type) [4]uintptr {
	var off [4]uintptr
	for i, name := range [4]string{"Status", "Clause", "Document", "Reason"} {
		f, ok := t.FieldByName(name)
		want := reflect.TypeFor[string]()
		if i == 0 {
			want = reflect.TypeFor[annex.ListStatus]()
		}
		if !ok || len(f.Index) != 1 || f.Type != want {
			// A defect of the model, found when the package loads.
			panic("termwalk: the list type " + t.String() + " has no field " + name + " of type " + want.String())
		}
		off[i] = f.Offset
	}
	return off
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// prefix returns the path prefix in buf, nil when no paths are wanted.
func prefix(buf *[]byte) []byte {
	if buf == nil {
		return nil
	}
	return *buf
}

// AppendPath appends rel to the path prefix.
func AppendPath(prefix []byte, rel string) []byte {
	if rel == "" {
		return prefix
	}
	if len(prefix) > 0 {
		prefix = append(prefix, '.')
	}
	return append(prefix, rel...)
}

// walk visits the value at p by its plan n. It calls yield with the path
// in two parts, the prefix in *buf and the rest, rel, so that a caller
// that does not need the path of a term pays nothing for it; with a nil
// buf it builds no path at all.
//
// The walk reads the value through the offsets and sizes the plan took
// from the types' reflection data, so that it costs a few nanoseconds a
// term and does not copy the value to the heap, as walking a
// [reflect.Value] would. It only reads, and only at offsets of the very
// types the plan was built from.
func walk(p unsafe.Pointer, n *node, rel string, buf *[]byte, yield func(prefix []byte, rel string, p obligation.Provision) bool) bool {
	switch n.kind {
	case nodeProvision:
		return yield(prefix(buf), rel, *(*obligation.Provision)(p))
	case nodeList:
		return yield(prefix(buf), rel, listProvision(annex.Provenance{
			Status:   *(*annex.ListStatus)(unsafe.Add(p, n.source[0])),
			Clause:   *(*string)(unsafe.Add(p, n.source[1])),
			Document: *(*string)(unsafe.Add(p, n.source[2])),
			Reason:   *(*string)(unsafe.Add(p, n.source[3])),
		}))
	case nodePointer:
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			return true
		}
		return walk(q, n.elem, rel, buf, yield)
	case nodeSlice:
		h := (*sliceHeader)(p)
		if buf == nil { // no paths wanted
			for i := range h.len {
				if !walk(unsafe.Add(h.data, uintptr(i)*n.size), n.elem, "", nil, yield) {
					return false
				}
			}
			return true
		}
		mark := len(*buf)
		for i := range h.len {
			*buf = AppendPath(*buf, rel)
			*buf = append(*buf, '[')
			*buf = strconv.AppendInt(*buf, int64(i), 10)
			*buf = append(*buf, ']')
			ok := walk(unsafe.Add(h.data, uintptr(i)*n.size), n.elem, "", buf, yield)
			*buf = (*buf)[:mark]
			if !ok {
				return false
			}
		}
	case nodeStruct:
		if buf == nil { // no paths wanted
			for _, f := range n.flat {
				q := unsafe.Add(p, f.offset)
				var ok bool
				if f.node.kind == nodeProvision {
					ok = yield(nil, "", *(*obligation.Provision)(q))
				} else {
					ok = walk(q, f.node, "", nil, yield)
				}
				if !ok {
					return false
				}
			}
			return true
		}
		mark := len(*buf)
		if rel != "" {
			*buf = AppendPath(*buf, rel)
		}
		for _, f := range n.flat {
			q := unsafe.Add(p, f.offset)
			var ok bool
			if f.node.kind == nodeProvision {
				ok = yield(*buf, f.name, *(*obligation.Provision)(q))
			} else {
				ok = walk(q, f.node, f.name, buf, yield)
			}
			if !ok {
				*buf = (*buf)[:mark]
				return false
			}
		}
		*buf = (*buf)[:mark]
	}
	return true
}

// JSONName is the member name encoding/json gives field f.
func JSONName(f reflect.StructField) string {
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
	return obligation.Provision{Status: listStatus(p.Status), Clause: obligation.Clause(p.Clause), Document: p.Document, Reason: p.Reason}
}

// listStatus returns the provision status of list status s; an invalid
// list status stays invalid.
func listStatus(s annex.ListStatus) obligation.Status {
	if int(s) < len(statusOfList) {
		return statusOfList[s]
	}
	return obligation.Status(255)
}
