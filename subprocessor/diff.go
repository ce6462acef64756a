package subprocessor

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Difference is one typed change between two registers, as [Diff] returns
// it.
type Difference struct {
	// Kind is what changed.
	Kind ChangeKind `json:"kind"`
	// Path names the entry through its chain, by the new register's name
	// where there is one: "SendGrid, Inc.", or "A AS > B Ltd" for a
	// subprocessor's own subprocessor.
	Path string `json:"path"`
	// Old is the entry before, zero for [Add]. For [Replace] it is the
	// entry that leaves. Its own subprocessors are not compared here; they
	// get differences of their own.
	Old Entry `json:"old,omitzero"`
	// New is the entry after, zero for [Remove].
	New Entry `json:"new,omitzero"`
}

// Diff returns the typed differences from register old to register new,
// at every level of the chain.
//
// Entries are matched by name, robustly: Unicode normalisation (NFKC) and
// case folding, punctuation and spacing ignored, and trailing legal-form
// suffixes dropped (Inc., AS, ASA, GmbH, Ltd, LLC, …), so "SendGrid, Inc."
// matches "Sendgrid Inc" and "Zisson AS" matches "Zisson". An entry that
// leaves and one that arrives with the same purpose (or, without a
// purpose, the same service) are a [Replace]; others are [Remove] and
// [Add]. A matched entry gives [Relocate] when its processing locations
// change, [MoveAccess] when its access locations change, [Widen] when it
// goes from anonymous statistics to personal data, and [Amend] when
// anything else except the spelling of its name changes. Locations
// compare as sets.
//
// The result is sorted by the matched names along the path, then by kind,
// so it does not depend on the order of the entries. Diff(r, r) is empty.
func Diff(old, new Register) []Difference {
	var d differ
	d.level("", "", old.Entries, new.Entries, 1)
	slices.SortStableFunc(d.recs, func(a, b rec) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return int(a.kind) - int(b.kind)
	})
	out := make([]Difference, len(d.recs))
	for i, r := range d.recs {
		out[i] = Difference{Kind: r.kind, Path: r.path}
		if r.old != nil {
			out[i].Old = shallow(*r.old)
		}
		if r.new != nil {
			out[i].New = shallow(*r.new)
		}
	}
	return out
}

// rec is a difference found, pointing into the registers compared; Diff
// copies the entries out once, in order.
type rec struct {
	key, path string
	kind      ChangeKind
	old, new  *Entry
}

type differ struct {
	recs []rec
	buf  []byte
}

func (d *differ) add(key string, kind ChangeKind, path string, old, new *Entry) {
	d.recs = append(d.recs, rec{key: key, path: path, kind: kind, old: old, new: new})
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + " > " + name
}

func (d *differ) level(path, keyPath string, old, new []Entry, depth int) {
	if depth > maxDepth || (len(old) == 0 && len(new) == 0) {
		return
	}
	// The normal names of both levels, built in one buffer and one string.
	offs := make([]int, len(old)+len(new)+1)
	arena := d.buf[:0]
	for i := range old {
		arena = d.appendKey(arena, old[i].Name)
		offs[i+1] = len(arena)
	}
	for j := range new {
		arena = d.appendKey(arena, new[j].Name)
		offs[len(old)+j+1] = len(arena)
	}
	all := string(arena)
	d.buf = arena
	keys := make([]string, len(old)+len(new))
	for i := range keys {
		keys[i] = all[offs[i]:offs[i+1]]
	}
	oldKeys, newKeys := keys[:len(old)], keys[len(old):]
	// byKey holds, per name, the first unmatched new entry; next chains
	// entries with the same name in order.
	byKey := make(map[string]int, len(new))
	next := make([]int, len(new))
	for j := len(new) - 1; j >= 0; j-- {
		k := newKeys[j]
		next[j] = -1
		if f, ok := byKey[k]; ok {
			next[j] = f
		}
		byKey[k] = j
	}
	matched := make([]bool, len(new))
	var removed []int
	for i := range old {
		j, ok := byKey[oldKeys[i]]
		if !ok || j < 0 {
			removed = append(removed, i)
			continue
		}
		byKey[oldKeys[i]] = next[j]
		matched[j] = true
		d.compare(path, keyPath, oldKeys[i], &old[i], &new[j], depth)
	}
	var added []int
	for j := range new {
		if !matched[j] {
			added = append(added, j)
		}
	}
	// Pair leavers and arrivals doing the same job as replacements, in
	// order: each leaver takes the first arrival not yet taken with its
	// role. byRole queues the arrivals per role, so pairing is linear in
	// the entries, not their product.
	taken := make([]bool, len(added))
	var byRole map[string][]int
	if len(removed) > 0 && len(added) > 0 {
		byRole = make(map[string][]int, len(added))
		for n, j := range added {
			if role := d.role(new[j]); role != "" {
				byRole[role] = append(byRole[role], n)
			}
		}
	}
	for _, i := range removed {
		r := -1
		if byRole != nil {
			if role := d.role(old[i]); role != "" {
				if q := byRole[role]; len(q) > 0 {
					r, byRole[role] = q[0], q[1:]
				}
			}
		}
		if r < 0 {
			d.add(joinKey(keyPath, oldKeys[i]), Remove, join(path, old[i].Name), &old[i], nil)
			continue
		}
		taken[r] = true
		j := added[r]
		d.add(joinKey(keyPath, newKeys[j]), Replace, join(path, new[j].Name), &old[i], &new[j])
	}
	for n, j := range added {
		if !taken[n] {
			d.add(joinKey(keyPath, newKeys[j]), Add, join(path, new[j].Name), nil, &new[j])
		}
	}
}

func joinKey(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "\x00" + key
}

// shallow returns e without its own subprocessors.
func shallow(e Entry) Entry {
	e.Subprocessors = nil
	return e
}

func (d *differ) role(e Entry) string {
	if e.Purpose != "" {
		return "p:" + d.key(e.Purpose)
	}
	if e.Service != "" {
		return "s:" + d.key(e.Service)
	}
	return ""
}

func (d *differ) compare(path, keyPath, key string, o, n *Entry, depth int) {
	p := join(path, n.Name)
	k := joinKey(keyPath, key)
	if !sameSet(o.Processing, n.Processing) {
		d.add(k, Relocate, p, o, n)
	}
	if !sameSet(o.Access, n.Access) {
		d.add(k, MoveAccess, p, o, n)
	}
	widen := o.Reach == AnonymousStatistics && n.Reach == PersonalData
	if widen {
		d.add(k, Widen, p, o, n)
	}
	if o.Service != n.Service || o.Purpose != n.Purpose || (o.Reach != n.Reach && !widen) ||
		!slices.Equal(o.Categories, n.Categories) || !slices.Equal(o.Bases, n.Bases) || o.Assessment != n.Assessment || !slices.Equal(o.Measures, n.Measures) || o.Clause != n.Clause {
		d.add(k, Amend, p, o, n)
	}
	d.level(p, k, o.Subprocessors, n.Subprocessors, depth+1)
}

// sameSet reports whether a and b hold the same locations, ignoring order
// and repetition.
func sameSet(a, b []Location) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// isLegalForm reports whether w, a word or two one-letter words of a
// normalised name, is a company-form suffix (lower case, punctuation gone,
// so "Inc." is "inc" and "A/S" is "a s"). A switch on the string does not
// allocate or hash.
func isLegalForm(w []byte) bool {
	switch string(w) {
	case "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd",
		"limited", "plc", "gmbh", "ag", "kg", "se", "as", "asa", "a s", "ab", "publ", "aps", "oy", "oyj",
		"sa", "s a", "sas", "sarl", "bv", "b v", "nv", "n v", "srl", "spa", "pty", "pte", "kk", "ehf",
		"hf", "da", "ans":
		return true
	}
	return false
}

// NormalName returns the form [Diff] matches names by: NFKC-normalised,
// case-folded, with punctuation and spacing reduced to single spaces and
// trailing legal-form suffixes removed. "Amazon Web Services, Inc."
// gives "amazon web services"; a name that is only a legal form keeps it.
func NormalName(s string) string {
	var d differ
	return d.key(s)
}

// simpleLatin reports whether r is a precomposed Latin letter from Latin-1
// Supplement or Latin Extended-A that NFKC leaves alone and that folds to
// one rune by unicode.ToLower. The exceptions are ß (folds to "ss"), İ and
// ı (Turkish dotted and dotless i) and the compatibility letters Ĳ, ĳ, Ŀ,
// ŀ, ŉ and ſ; × and ÷ are not letters but pass through as punctuation.
func simpleLatin(r rune) bool {
	if r < 0xC0 || r > 0x17F {
		return false
	}
	switch r {
	case 'ß', 'İ', 'ı', 'Ĳ', 'ĳ', 'Ŀ', 'ŀ', 'ŉ', 'ſ':
		return false
	}
	return true
}

func (d *differ) key(s string) string {
	d.buf = d.appendKey(d.buf[:0], s)
	return string(d.buf)
}

// appendKey appends the normal form of name s to dst.
func (d *differ) appendKey(dst []byte, s string) []byte {
	// Names in Latin script up to Latin Extended-B that are already in
	// NFKC fold rune by rune; others (ß, other scripts, decomposed or
	// compatibility characters) take the full NFKC and case-folding path.
	simple := true
	for _, r := range s {
		if r >= utf8.RuneSelf && !simpleLatin(r) {
			simple = false
			break
		}
	}
	if !simple {
		s = cases.Fold().String(norm.NFKC.String(s))
	}
	b := dst
	start := len(dst)
	space := true
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			b = append(b, byte(r))
			space = false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
			space = false
		case r == '&' || r == '+':
			if !space {
				b = append(b, ' ')
			}
			b = append(b, byte(r))
			b = append(b, ' ')
			space = true
		case r == '\'' || r == '\u2019':
			// "McDonald's" and "McDonalds" match.
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			b = utf8.AppendRune(b, unicode.ToLower(r))
			space = false
		default:
			if !space {
				b = append(b, ' ')
				space = true
			}
		}
	}
	for len(b) > start && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	for {
		body := b[start:]
		sp := bytes.LastIndexByte(body, ' ')
		if sp < 0 {
			break
		}
		if isLegalForm(body[sp+1:]) || body[sp+1] == '&' || body[sp+1] == '+' {
			b = b[:start+sp]
			continue
		}
		// Forms of two one-letter words, such as "a s" from "A/S".
		if sp2 := bytes.LastIndexByte(body[:sp], ' '); sp2 >= 0 && isLegalForm(body[sp2+1:]) {
			b = b[:start+sp2]
			continue
		}
		break
	}
	return b
}
