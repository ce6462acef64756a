package subprocessor

import (
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
	idx := make([]int, len(d.out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := strings.Compare(d.keys[a], d.keys[b]); c != 0 {
			return c
		}
		return int(d.out[a].Kind) - int(d.out[b].Kind)
	})
	out := make([]Difference, len(idx))
	for i, j := range idx {
		out[i] = d.out[j]
	}
	return out
}

type differ struct {
	out  []Difference
	keys []string
	buf  []byte
}

func (d *differ) add(key string, x Difference) {
	d.out = append(d.out, x)
	d.keys = append(d.keys, key)
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
	oldKeys := make([]string, len(old))
	for i := range old {
		oldKeys[i] = d.key(old[i].Name)
	}
	byKey := make(map[string][]int, len(new))
	newKeys := make([]string, len(new))
	for j := range new {
		k := d.key(new[j].Name)
		newKeys[j] = k
		byKey[k] = append(byKey[k], j)
	}
	matched := make([]bool, len(new))
	var removed []int
	for i := range old {
		q := byKey[oldKeys[i]]
		if len(q) == 0 {
			removed = append(removed, i)
			continue
		}
		j := q[0]
		byKey[oldKeys[i]] = q[1:]
		matched[j] = true
		d.compare(path, keyPath, oldKeys[i], old[i], new[j], depth)
	}
	var added []int
	for j := range new {
		if !matched[j] {
			added = append(added, j)
		}
	}
	// Pair leavers and arrivals doing the same job as replacements, in
	// order.
	taken := make([]bool, len(added))
	for _, i := range removed {
		role := d.role(old[i])
		r := -1
		if role != "" {
			for n, j := range added {
				if !taken[n] && d.role(new[j]) == role {
					r = n
					break
				}
			}
		}
		if r < 0 {
			d.add(joinKey(keyPath, oldKeys[i]), Difference{Kind: Remove, Path: join(path, old[i].Name), Old: shallow(old[i])})
			continue
		}
		taken[r] = true
		j := added[r]
		d.add(joinKey(keyPath, newKeys[j]), Difference{Kind: Replace, Path: join(path, new[j].Name), Old: shallow(old[i]), New: shallow(new[j])})
	}
	for n, j := range added {
		if !taken[n] {
			d.add(joinKey(keyPath, newKeys[j]), Difference{Kind: Add, Path: join(path, new[j].Name), New: shallow(new[j])})
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

func (d *differ) compare(path, keyPath, key string, o, n Entry, depth int) {
	p := join(path, n.Name)
	k := joinKey(keyPath, key)
	so, sn := shallow(o), shallow(n)
	if !sameSet(o.Processing, n.Processing) {
		d.add(k, Difference{Kind: Relocate, Path: p, Old: so, New: sn})
	}
	if !sameSet(o.Access, n.Access) {
		d.add(k, Difference{Kind: MoveAccess, Path: p, Old: so, New: sn})
	}
	widen := o.Reach == AnonymousStatistics && n.Reach == PersonalData
	if widen {
		d.add(k, Difference{Kind: Widen, Path: p, Old: so, New: sn})
	}
	if o.Service != n.Service || o.Purpose != n.Purpose || (o.Reach != n.Reach && !widen) ||
		!slices.Equal(o.Categories, n.Categories) || o.Safeguard != n.Safeguard || o.Clause != n.Clause {
		d.add(k, Difference{Kind: Amend, Path: p, Old: so, New: sn})
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

// legalForms are the trailing words dropped from names before matching:
// company-form suffixes, written as the normaliser leaves them (lower
// case, punctuation gone, so "Inc." is "inc" and "A/S" is "a s").
var legalForms = []string{
	"inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd", "limited", "plc",
	"gmbh", "ag", "kg", "se", "as", "asa", "a s", "ab", "publ", "aps", "oy", "oyj", "sa", "s a", "sas", "sarl",
	"bv", "b v", "nv", "n v", "srl", "spa", "pty", "pte", "kk", "ehf", "hf", "da", "ans",
}

// NormalName returns the form [Diff] matches names by: NFKC-normalised,
// case-folded, with punctuation and spacing reduced to single spaces and
// trailing legal-form suffixes removed. "Amazon Web Services, Inc."
// gives "amazon web services"; a name that is only a legal form keeps it.
func NormalName(s string) string {
	var d differ
	return d.key(s)
}

func (d *differ) key(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = cases.Fold().String(norm.NFKC.String(s))
	}
	b := d.buf[:0]
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
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	for {
		cut := false
		for _, f := range legalForms {
			if len(b) > len(f)+1 && b[len(b)-len(f)-1] == ' ' && string(b[len(b)-len(f):]) == f {
				b = b[:len(b)-len(f)-1]
				cut = true
				break
			}
		}
		for len(b) > 2 && (b[len(b)-1] == '&' || b[len(b)-1] == '+') && b[len(b)-2] == ' ' {
			b = b[:len(b)-2]
			cut = true
		}
		if !cut {
			break
		}
	}
	d.buf = b
	return string(b)
}
