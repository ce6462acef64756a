package annex

import (
	"strconv"
	"unicode/utf8"
)

// fallback is how an enumeration value without an identifier prints:
// "unset" for zero, the value unspecified, and "Type(n)" for a value the
// type does not define (internal/enum's Fallback, which this package does
// not import).
func fallback(typ string, v uint64) string {
	if v == 0 {
		return "unset"
	}
	return typ + "(" + strconv.FormatUint(v, 10) + ")"
}

// excerptBytes is the most bytes of a bad value an error shows.
const excerptBytes = 48

// quote returns s quoted as %q would, or, when s is longer than
// excerptBytes, its start quoted and followed by its length, so that an
// error never copies a large bad value. It is the rule of the whole module
// (internal/enum's Quote, which this package does not import).
func quote(s string) string {
	if len(s) <= excerptBytes {
		return strconv.Quote(s)
	}
	i := excerptBytes
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strconv.Quote(s[:i]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}
