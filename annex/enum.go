package annex

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// entry is one enumeration value: its stable identifier and its Norwegian
// Bokmål and English labels.
type entry struct{ id, nb, en string }

// table describes one enumeration. Entry 0 is the zero value, whose
// identifier is empty for the kinds (zero means unspecified) and meaningful
// for [ListStatus] and [Answer] (zero means absent or unstated).
type table struct {
	typ     string  // Go type name, for errors and String fallbacks
	entries []entry // indexed by value
	other   uint8   // the "other (please specify)" value, or 0 if none
}

func (t *table) valid(v uint8) bool {
	return int(v) < len(t.entries) && t.entries[v].id != ""
}

func (t *table) str(v uint8) string {
	if t.valid(v) {
		return t.entries[v].id
	}
	return fallback(t.typ, uint64(v))
}

func (t *table) marshal(v uint8) ([]byte, error) {
	if !t.valid(v) {
		if v == 0 {
			return nil, fmt.Errorf("annex: %s is unspecified", t.typ)
		}
		return nil, fmt.Errorf("annex: invalid %s %d", t.typ, v)
	}
	return []byte(t.entries[v].id), nil
}

func (t *table) unmarshal(text []byte) (uint8, error) {
	if len(text) > 0 {
		for i := range t.entries {
			if t.entries[i].id == string(text) {
				return uint8(i), nil
			}
		}
	}
	var b strings.Builder
	for i := range t.entries {
		if t.entries[i].id == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(t.entries[i].id)
	}
	return 0, fmt.Errorf("annex: unknown %s %s (want one of %s)", t.typ, quote(string(text)), b.String())
}

func (t *table) label(v uint8, tag language.Tag) string {
	if v == 0 && t.entries[0].id == "" {
		if norwegian(tag) {
			return "Ikke angitt"
		}
		return "Unspecified"
	}
	if !t.valid(v) {
		return t.str(v)
	}
	if norwegian(tag) {
		return t.entries[v].nb
	}
	return t.entries[v].en
}

var (
	bokmal  = language.MustParseBase("nb")
	nynorsk = language.MustParseBase("nn")
	norsk   = language.MustParseBase("no")
)

// norwegian reports whether tag asks for Norwegian: Bokmål serves nb, nn and
// no alike, and every other language gets English. This is the rule of the
// whole library (the other packages share it through internal/enum, which
// this package does not import), so a form or summary rendered here reads
// in the same language as the review around it.
func norwegian(tag language.Tag) bool {
	b, _ := tag.Base()
	return b == bokmal || b == nynorsk || b == norsk
}
