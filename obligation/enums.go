package obligation

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// enum is the shared machinery of this package's enumerations: a table of
// wire identifiers and Norwegian Bokmål and English labels indexed by
// value, index 0 (unspecified) unused.
type enum struct {
	typ string
	ids []string
	nb  []string
	en  []string
}

func (e *enum) valid(v uint8) bool { return v != 0 && int(v) < len(e.ids) }

func (e *enum) str(v uint8) string {
	if e.valid(v) {
		return e.ids[v]
	}
	return fallback(e.typ, uint64(v))
}

func (e *enum) label(v uint8, tag language.Tag) string {
	if v == 0 && len(e.nb) > 0 && e.nb[0] != "" {
		// the zero value's own label, where the table gives one
		if isNorwegian(tag) {
			return e.nb[0]
		}
		return e.en[0]
	}
	if !e.valid(v) {
		return e.str(v)
	}
	if isNorwegian(tag) {
		return e.nb[v]
	}
	return e.en[v]
}

func (e *enum) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, fmt.Errorf("obligation: invalid %s %d", e.typ, v)
	}
	return []byte(e.ids[v]), nil
}

func (e *enum) unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(e.ids); i++ {
		if string(text) == e.ids[i] {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("obligation: unknown %s %s (want one of %s)", e.typ, quote(string(text)), strings.Join(e.ids[1:], ", "))
}

// isNorwegian reports whether tag asks for Norwegian: nb, nn and no all get
// the Bokmål texts; everything else gets English.
func isNorwegian(tag language.Tag) bool {
	base, _ := tag.Base()
	switch base.String() {
	case "nb", "no", "nn":
		return true
	}
	return false
}
