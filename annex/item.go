package annex

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Item is one entry of a list in a processing description: a known value
// of an enumeration, or the enumeration's "other" value with the
// agreement's own text ("Annet (vennligst spesifiser): …").
//
// Text holds the agreement's own words. It is required for an "other"
// item and optional for a known one, where it keeps what the agreement
// says under that heading (a security measure's description, the examples
// a category lists). Clause cites where the item comes from when that is
// not the list's own clause. Items are small comparable values; pass them
// by value.
//
// In JSON an item without text or clause is its identifier as a string,
// "health"; otherwise it is an object {"kind": "other", "text": "…",
// "clause": "…"}. Decoding accepts both and rejects anything else.
type Item[K Kind] struct {
	Kind   K
	Text   string
	Clause string
}

// The item types of a [Description]'s lists.
type (
	// Purpose is a purpose of the processing.
	Purpose = Item[PurposeKind]
	// DataSubject is a category of data subjects.
	DataSubject = Item[SubjectKind]
	// DataCategory is a category of personal data.
	DataCategory = Item[DataKind]
	// SpecialCategory is a special category of personal data (Art. 9 or 10).
	SpecialCategory = Item[SpecialKind]
	// Operation is a processing operation (Art. 4(2)).
	Operation = Item[OperationKind]
	// SecurityNeed is a special security need.
	SecurityNeed = Item[NeedKind]
	// Measure is a security measure under its Annex III heading, with the
	// agreement's own description of it in Text.
	Measure = Item[MeasureKind]
)

// IsOther reports whether the item is its enumeration's "other (please
// specify)" value.
func (it Item[K]) IsOther() bool {
	t := it.Kind.table()
	return t.other != 0 && uint8(it.Kind) == t.other
}

// Label returns how the item reads in Norwegian Bokmål or English: the
// agreement's text for an "other" item that has one, the kind's label
// otherwise.
func (it Item[K]) Label(tag language.Tag) string {
	if it.IsOther() && strings.TrimSpace(it.Text) != "" {
		return it.Text
	}
	return it.Kind.Label(tag)
}

// String returns the kind's identifier, followed by ": " and the text when
// there is one.
func (it Item[K]) String() string {
	if it.Text == "" {
		return it.Kind.String()
	}
	return it.Kind.String() + ": " + it.Text
}

// itemObject is an item's JSON object form.
type itemObject[K Kind] struct {
	Kind   itemKind[K] `json:"kind"`
	Text   string      `json:"text,omitzero"`
	Clause string      `json:"clause,omitzero"`
}

// itemKind is the "kind" member of an item object: the kind's identifier,
// and whether the object gave one.
type itemKind[K Kind] struct {
	v   K
	set bool
}

func (k itemKind[K]) MarshalText() ([]byte, error) { return k.v.table().marshal(uint8(k.v)) }

func (k *itemKind[K]) UnmarshalText(text []byte) error {
	v, err := k.v.table().unmarshal(text)
	if err != nil {
		return err
	}
	*k = itemKind[K]{v: K(v), set: true}
	return nil
}

// MarshalJSONTo encodes the item as its identifier, or as an object when
// it has text or a clause. An unspecified or unknown kind is an error.
func (it Item[K]) MarshalJSONTo(enc *jsontext.Encoder) error {
	t := it.Kind.table()
	if !t.valid(uint8(it.Kind)) {
		_, err := t.marshal(uint8(it.Kind))
		return err
	}
	if it.Text == "" && it.Clause == "" {
		return enc.WriteToken(jsontext.String(t.entries[it.Kind].id))
	}
	return json.MarshalEncode(enc, itemObject[K]{Kind: itemKind[K]{v: it.Kind, set: true}, Text: it.Text, Clause: it.Clause})
}

// UnmarshalJSONFrom decodes an identifier string or an object with "kind"
// and optional "text" and "clause". Unknown identifiers, unknown members,
// a missing kind and any other JSON value are errors; errors inside the
// object name the member (items[2].kind).
func (it *Item[K]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	t := it.Kind.table()
	switch k := dec.PeekKind(); k {
	case '"':
		tok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		v, err := t.unmarshal([]byte(tok.String()))
		if err != nil {
			return err
		}
		*it = Item[K]{Kind: K(v)}
		return nil
	case '{':
		var o itemObject[K]
		if err := json.UnmarshalDecode(dec, &o, json.RejectUnknownMembers(true)); err != nil {
			return err
		}
		if !o.Kind.set {
			return fmt.Errorf("annex: %s item: missing \"kind\"", t.typ)
		}
		*it = Item[K]{Kind: o.Kind.v, Text: o.Text, Clause: o.Clause}
		return nil
	default:
		if _, err := dec.ReadValue(); err != nil {
			return err
		}
		return fmt.Errorf("annex: a %s item is an identifier string or an object with \"kind\", \"text\" and \"clause\", not %s", t.typ, jsonKind(k))
	}
}

func jsonKind(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	case '[':
		return "an array"
	}
	return "a number"
}

// List is one list of a processing description: whether and where the
// agreement gives it, and its items in the agreement's order.
//
// The zero List is [ListAbsent]: the agreement has no such list. A list
// the text introduces and leaves empty is [ListBlank]; a list the text
// says has nothing in it is [ListNone]; only a [ListStated] or
// [ListInferred] list has items, and an inferred one says in Reason how
// they were read from the text. A list in a document that is not
// reproduced is [ListElsewhere], with Document naming it; a list in a part
// of the text missing from a partial copy is [ListNotSeen]. Document may
// also name the document of Clause when that is not the agreement's main
// text. Build lists with [ListAt], [NoneAt], [BlankAt], [InferredAt] and
// [ElsewhereIn] or as struct literals.
type List[K Kind] struct {
	Status ListStatus `json:"status,omitzero"`
	// Clause is where the agreement gives the list, or for a
	// [ListElsewhere] list where it refers to it, written as the agreement
	// numbers it.
	Clause string `json:"clause,omitzero"`
	// Document is the title of the document that holds the list: the one
	// not reproduced for a [ListElsewhere] list, otherwise the document of
	// Clause where that is not the agreement's main text.
	Document string `json:"document,omitzero"`
	// Reason says how the items of a [ListInferred] list were read from
	// the text.
	Reason string `json:"reason,omitzero"`
	// Items are the entries of a [ListStated] or [ListInferred] list, in
	// the agreement's order.
	Items []Item[K] `json:"items,omitzero"`
}

// InferredAt returns a [ListInferred] list citing clause: its items are
// read from the text for the given reason rather than listed by it.
func InferredAt[K Kind](clause, reason string, items ...Item[K]) List[K] {
	return List[K]{Status: ListInferred, Clause: clause, Reason: reason, Items: items}
}

// ElsewhereIn returns a [ListElsewhere] list: it is in document, which is
// not reproduced; clause, which may be empty, is where the agreement
// refers to it.
func ElsewhereIn[K Kind](document, clause string) List[K] {
	return List[K]{Status: ListElsewhere, Clause: clause, Document: document}
}

// Reviewable reports whether a review can judge the list from the text at
// hand: false for a [ListNotSeen] or [ListElsewhere] list.
func (l List[K]) Reviewable() bool { return l.Status != ListNotSeen && l.Status != ListElsewhere }

// HasItems reports whether the list holds items the text gives, listed
// ([ListStated]) or inferred ([ListInferred]).
func (l List[K]) HasItems() bool {
	return (l.Status == ListStated || l.Status == ListInferred) && len(l.Items) > 0
}

// ListAt returns a [ListStated] list citing clause with the given items.
func ListAt[K Kind](clause string, items ...Item[K]) List[K] {
	return List[K]{Status: ListStated, Clause: clause, Items: items}
}

// NoneAt returns a [ListNone] list: the agreement says at clause that there
// is nothing to list.
func NoneAt[K Kind](clause string) List[K] {
	return List[K]{Status: ListNone, Clause: clause}
}

// BlankAt returns a [ListBlank] list: the agreement introduces the list at
// clause and leaves it empty.
func BlankAt[K Kind](clause string) List[K] {
	return List[K]{Status: ListBlank, Clause: clause}
}

// Has reports whether the list holds an item of kind k.
func (l List[K]) Has(k K) bool {
	for _, it := range l.Items {
		if it.Kind == k {
			return true
		}
	}
	return false
}

// IsZero reports whether the list is the zero List: absent, with no clause
// and no items.
func (l List[K]) IsZero() bool {
	return l.Status == ListAbsent && l.Clause == "" && l.Document == "" && l.Reason == "" && len(l.Items) == 0
}

// Equal reports whether l and o hold the same status, clause and items in
// the same order; a nil and an empty item slice are equal.
func (l List[K]) Equal(o List[K]) bool {
	if l.Status != o.Status || l.Clause != o.Clause || l.Document != o.Document || l.Reason != o.Reason || len(l.Items) != len(o.Items) {
		return false
	}
	for i := range l.Items {
		if l.Items[i] != o.Items[i] {
			return false
		}
	}
	return true
}

// check reports the list's problems under path.
func (l List[K]) check(path string, report func(path, message string)) {
	t := (*new(K)).table()
	switch {
	case !l.Status.IsValid():
		report(path+".status", fmt.Sprintf("unknown list status %d", uint8(l.Status)))
	case (l.Status == ListStated || l.Status == ListInferred) && len(l.Items) == 0:
		report(path+".items", "a "+l.Status.String()+" list needs at least one item (use status none or blank for a list without items)")
	case l.Status != ListStated && l.Status != ListInferred && len(l.Items) > 0:
		report(path+".items", "a list with status "+l.Status.String()+" cannot hold items")
	case l.Status == ListAbsent && l.Clause != "":
		report(path+".clause", "an absent list cites no clause")
	}
	switch {
	case l.Status == ListInferred && strings.TrimSpace(l.Reason) == "":
		report(path+".reason", "an inferred list needs the reason its items are read from the text")
	case l.Status != ListInferred && l.Reason != "":
		report(path+".reason", "a reason goes with an inferred list, not a "+l.Status.String()+" one")
	case l.Status == ListElsewhere && strings.TrimSpace(l.Document) == "":
		report(path+".document", "an elsewhere list needs the name of the document that holds it")
	}
	for i, it := range l.Items {
		if !t.valid(uint8(it.Kind)) {
			if it.Kind == 0 {
				report(itemPath(path, i, ".kind"), "the kind is unspecified")
			} else {
				report(itemPath(path, i, ".kind"), fmt.Sprintf("unknown %s %d", t.typ, uint8(it.Kind)))
			}
			continue
		}
		if it.IsOther() && strings.TrimSpace(it.Text) == "" {
			report(itemPath(path, i, ".text"), "an \"other\" item needs its text")
		}
		for j := range i {
			if l.Items[j].Kind == it.Kind && l.Items[j].Text == it.Text {
				report(itemPath(path, i, ""), "duplicates items["+itoaPath(j)+"]")
				break
			}
		}
	}
}

// itemPath returns "path.items[i]" followed by field.
func itemPath(path string, i int, field string) string {
	return path + ".items[" + itoaPath(i) + "]" + field
}

func itoaPath(i int) string { return strconv.Itoa(i) }

// Provenance is where a [List] comes from and how we know: its status,
// clause, document and reason, without its items. It lets a caller that
// walks an agreement treat every list alike, whatever its kind.
type Provenance struct {
	Status   ListStatus
	Clause   string
	Document string
	Reason   string
}

// Provenance returns the list's status, clause, document and reason.
func (l List[K]) Provenance() Provenance {
	return Provenance{Status: l.Status, Clause: l.Clause, Document: l.Document, Reason: l.Reason}
}
