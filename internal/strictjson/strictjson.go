// Package strictjson is the one place the library's documents are decoded
// and encoded: [Decode] is encoding/json/v2 with every strictness the format
// needs, [Encode] its stable, indented form, and [PathError] names the JSON
// path of the first problem in the library's own form
// ("parties[1].role"), not a JSON Pointer.
//
// # What the standard library checks
//
// encoding/json/v2 and encoding/json/jsontext already reject, at any depth:
// an object with the same member twice (the duplicate's path is reported);
// a member name that matches a field only in another letter case (names are
// matched exactly, so "CAPS" is an unknown member, never a second "caps");
// invalid UTF-8 and lone surrogates in strings and names; and anything but
// whitespace after the top-level value. Decode asks it, in addition, to
// reject unknown members. What it adds itself:
//
//   - null is not a value of the format: [Encode] never writes it, so a null
//     anywhere (a member, a list element, the whole document) is an error
//     instead of a silent zero value that Encode would then refuse.
//   - decimal.Decimal values are strings in plain notation ("2.5", never
//     "1e3") of at most [MaxDecimalDigits] digits, on the way in and on the
//     way out, so that no input makes decoding, encoding or printing a
//     number take more than linear time.
//   - nesting is limited by jsontext (10 000 levels); an error there, as
//     everywhere, names the real path, and the cost stays linear.
//   - errors quote at most a short excerpt of a bad value or name
//     ([Excerpt]), list the valid member names of an object with an unknown
//     member, and suggest the nearest by spelling.
//
// # Writing JSON code in this module
//
// New types follow these rules, so that decoding stays strict, fast and
// lossless:
//
//   - Decode and encode only through this package (Decode, Encode), never
//     through encoding/json (v1) or a bare json.Unmarshal: the options above
//     are what make the format strict.
//   - Tag every optional member with omitzero, not omitempty. omitzero
//     leaves out only the zero value (a nil slice, an IsZero value), so a
//     list written [] stays a present, empty list after a round trip, and a
//     struct whose every member is empty is not silently dropped. Use
//     omitempty only where "" and absent mean the same thing.
//   - An enumeration is a named integer with MarshalText and UnmarshalText
//     (the tables in internal/enum and their copies in annex and
//     obligation); its errors read `<package>: unknown <noun> "<value>"
//     (want one of a, b, c)` with the value cut by [Excerpt].
//   - A type that needs its own JSON form implements
//     json.MarshalerTo and json.UnmarshalerFrom (MarshalJSONTo,
//     UnmarshalJSONFrom) and decodes what it contains with
//     json.UnmarshalDecode on the decoder it is given. The decoder carries
//     the options and the position, so errors inside name their full path
//     and the strictness above holds inside the type too. Never decode a
//     nested value from raw bytes with a fresh decoder.
//   - Every string a decoder accepts must be one Encode writes back: a
//     parser rejects what its formatter cannot produce (year 0, exponents,
//     leading zeros).
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/personvern/dpa/internal/enum"
)

// PathError reports a decoding failure at a JSON path such as
// "subprocessors[2].country". The path is "" for the document itself.
type PathError struct {
	Path string
	Err  error
}

// Error returns "json: <path>: <cause>".
func (e *PathError) Error() string {
	if e.Path == "" {
		return "json: " + e.Err.Error()
	}
	return "json: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *PathError) Unwrap() error { return e.Err }

// MaxDecimalDigits is the most digits a decimal.Decimal may have in JSON,
// integer and fraction together.
const MaxDecimalDigits = 40

// ExcerptBytes is the most bytes of a bad value an error quotes.
const ExcerptBytes = enum.ExcerptBytes

var null = []byte("null")

var (
	errNull = errors.New("null")
	// decodeOption is what Decode asks of encoding/json/v2.
	decodeOption = json.JoinOptions(
		json.RejectUnknownMembers(true),
		json.WithUnmarshalers(json.UnmarshalFromFunc(unmarshalDecimal)),
	)
	// nullOption adds the check for null. It runs before every value,
	// which costs a third more time, so Decode uses it only when the
	// input has the bytes "null" somewhere (in a string, mostly).
	nullOption = json.JoinOptions(
		json.RejectUnknownMembers(true),
		json.WithUnmarshalers(json.JoinUnmarshalers(
			json.UnmarshalFromFunc(rejectNull),
			json.UnmarshalFromFunc(unmarshalDecimal),
		)),
	)
	encodeOption = json.JoinOptions(
		json.Deterministic(true),
		jsontext.WithIndent("  "),
		json.WithMarshalers(json.MarshalToFunc(marshalDecimal)),
	)
)

// rejectNull runs before every value is decoded: it rejects null and
// leaves every other value to the decoder.
func rejectNull(dec *jsontext.Decoder, _ any) error {
	if dec.PeekKind() == 'n' {
		return errNull
	}
	return errors.ErrUnsupported
}

// Decode decodes data into v, which must be a non-nil pointer, strictly
// (see the package documentation). The error is a *PathError naming where.
func Decode(data []byte, v any) error {
	opts := decodeOption
	if bytes.Contains(data, null) {
		opts = nullOption
	}
	if err := json.Unmarshal(data, v, opts); err != nil {
		return pathError(err, reflect.TypeOf(v))
	}
	return nil
}

// Encode returns v's JSON form indented with two spaces: members in the
// order of the Go fields, map keys sorted, nothing escaped that JSON does
// not require (so "<", ">" and "&" stay as they are). Encoding fails on a
// value Decode would reject, such as an invalid enumeration value.
func Encode(v any) ([]byte, error) {
	out, err := json.Marshal(v, encodeOption)
	if err != nil {
		return nil, marshalError(err, reflect.TypeOf(v))
	}
	return out, nil
}

// marshalError names the path of a value Encode refused, as Decode would.
func marshalError(err error, t reflect.Type) error {
	var se *json.SemanticError
	if errors.As(err, &se) {
		cause := se.Err
		if cause == nil {
			cause = errors.New("cannot encode " + typeName(se.GoType))
		}
		return &PathError{Path: pathOf(se.JSONPointer, t), Err: cause}
	}
	return &PathError{Err: err}
}

// pathError turns an error of encoding/json/v2 into a *PathError.
func pathError(err error, t reflect.Type) error {
	var sy *jsontext.SyntacticError
	if errors.As(err, &sy) {
		path := pathOf(sy.JSONPointer, t)
		switch {
		case errors.Is(sy.Err, jsontext.ErrDuplicateName):
			return &PathError{Path: path, Err: errors.New("member given twice in one object")}
		}
		msg := cut(sy.Err.Error())
		if strings.Contains(msg, "invalid UTF-8") {
			return &PathError{Path: path, Err: errors.New("invalid UTF-8 in a string")}
		}
		if strings.Contains(msg, "after top-level value") {
			return &PathError{Err: errors.New("unexpected data after the top-level value")}
		}
		return &PathError{Path: path, Err: errors.New("malformed JSON at byte " + strconv.FormatInt(sy.ByteOffset, 10) + ": " + msg)}
	}
	var se *json.SemanticError
	if !errors.As(err, &se) {
		return &PathError{Err: err}
	}
	if t == nil || t.Kind() != reflect.Pointer {
		return &PathError{Err: errors.New("cannot decode into " + typeName(t) + ": want a non-nil pointer")}
	}
	path := pathOf(se.JSONPointer, t)
	target := typeAt(se.JSONPointer, t.Elem())
	switch {
	case errors.Is(se.Err, errNull):
		return &PathError{Path: path, Err: errors.New("want " + describe(target) + ", got null (leave the member out instead)")}
	case errors.Is(se.Err, json.ErrUnknownName):
		name := se.JSONPointer.LastToken()
		return &PathError{Path: path, Err: unknownField(name, se.GoType)}
	case se.Err == nil || wrongKind(se):
		want := se.GoType
		if want == nil || want.Kind() == reflect.Interface {
			want = target
		}
		return &PathError{Path: path, Err: errors.New("want " + describe(want) + ", got " + kindName(se.JSONKind))}
	}
	return &PathError{Path: path, Err: limit(se.Err)}
}

// wrongKind reports whether se is the decoder's own complaint that a JSON
// value has the wrong kind for its Go type (a number for a text type, say),
// as opposed to an error the type's own method returned.
func wrongKind(se *json.SemanticError) bool {
	if se.GoType == nil || se.JSONKind == 0 {
		return false
	}
	if se.JSONKind != '"' && reflect.PointerTo(se.GoType).Implements(textUnmarshalerType) &&
		!reflect.PointerTo(se.GoType).Implements(unmarshalerFromType) {
		return true
	}
	return errors.Is(se.Err, strconv.ErrSyntax) || errors.Is(se.Err, strconv.ErrRange)
}

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	unmarshalerFromType = reflect.TypeFor[json.UnmarshalerFrom]()
)

// limitedError keeps the chain of an error whose text is too long to show
// whole.
type limitedError struct {
	text string
	err  error
}

func (e *limitedError) Error() string { return e.text }
func (e *limitedError) Unwrap() error { return e.err }

// limit returns err, or, when its text is long, err with the text cut
// short: a last guard against a message that quotes a whole bad value.
func limit(err error) error {
	s := err.Error()
	if len(s) <= 4*ExcerptBytes+200 {
		return err
	}
	return &limitedError{text: cut(s), err: err}
}

func cut(s string) string {
	const max = 4*ExcerptBytes + 200
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Excerpt returns s quoted, as %q would, or, when s is longer than
// ExcerptBytes, its start quoted and followed by its length, so an error
// never copies a large bad value (it is [enum.Quote]).
func Excerpt(s string) string { return enum.Quote(s) }

// unknownField describes an unknown member of an object decoded into t:
// the member, the nearest valid name by spelling, and all valid names.
func unknownField(name string, t reflect.Type) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var names []string
	if t != nil && t.Kind() == reflect.Struct {
		names = fieldNames(t)
	}
	return &UnknownFieldError{Name: name, Valid: names}
}

// UnknownFieldError is the cause of a [PathError] for a member the object
// does not have.
type UnknownFieldError struct {
	// Name is the member as the input spells it.
	Name string
	// Valid are the object's member names in the order of its fields.
	Valid []string
}

// Error returns `unknown field "capz" (nearest "caps"; want one of
// status, clause, caps)`.
func (e *UnknownFieldError) Error() string {
	var b strings.Builder
	b.WriteString("unknown field ")
	b.WriteString(Excerpt(e.Name))
	if len(e.Valid) > 0 {
		b.WriteString(" (")
		if n := Nearest(e.Name, e.Valid); n != "" {
			b.WriteString("nearest ")
			b.WriteString(strconv.Quote(n))
			b.WriteString("; ")
		}
		b.WriteString("want one of ")
		b.WriteString(strings.Join(e.Valid, ", "))
		b.WriteByte(')')
	}
	return b.String()
}

// Nearest returns the candidate closest to s by spelling, or "" when none
// is close enough to be a likely misspelling. Letter case does not count
// (so "CAPS" is nearest "caps"); ties go to the candidate closer in case.
// A candidate is close enough when at most a third of the longer name
// differs.
func Nearest(s string, candidates []string) string {
	if len(s) > 4*ExcerptBytes {
		return ""
	}
	best, bestFold, bestExact := "", -1, 0
	for _, c := range candidates {
		fold, exact := distance(s, c, true), distance(s, c, false)
		if bestFold < 0 || fold < bestFold || (fold == bestFold && exact < bestExact) {
			best, bestFold, bestExact = c, fold, exact
		}
	}
	if bestFold < 0 || bestFold*3 > max(len(s), len(best)) {
		return ""
	}
	return best
}

// distance is the Levenshtein distance between a and b in bytes, letter
// case ignored when fold is set.
func distance(a, b string, fold bool) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			ca, cb := a[i-1], b[j-1]
			if fold {
				ca, cb = lower(ca), lower(cb)
			}
			sub := prev[j-1]
			if ca != cb {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// pathOf turns a JSON Pointer into the library's path form,
// "parties[1].role", walking t (the pointer passed to Decode) so that an
// object member named "1" is told apart from an array index.
func pathOf(p jsontext.Pointer, t reflect.Type) string {
	if t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var b strings.Builder
	for tok := range p.Tokens() {
		var index bool
		t, index = step(t, tok)
		if index {
			b.WriteByte('[')
			b.WriteString(tok)
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		if len(tok) > ExcerptBytes {
			b.WriteString(Excerpt(tok))
		} else {
			b.WriteString(tok)
		}
	}
	return b.String()
}

// typeAt returns the Go type the value at p decodes into, or nil where a
// type's own decoding hides it.
func typeAt(p jsontext.Pointer, t reflect.Type) reflect.Type {
	for tok := range p.Tokens() {
		t, _ = step(t, tok)
	}
	return t
}

// step returns the type of member or element tok of a value of type t,
// and whether tok is an array index. Below a type with its own JSON
// methods the type is unknown (nil), and a token of digits is taken for an
// index.
func step(t reflect.Type, tok string) (reflect.Type, bool) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	digits := tok != "" && strings.Trim(tok, "0123456789") == ""
	if t == nil || custom(t) {
		return nil, digits
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return t.Elem(), true
	case reflect.Map:
		return t.Elem(), false
	case reflect.Struct:
		if f, ok := fieldType(t, tok, 0); ok {
			return f, false
		}
		return nil, false
	}
	return nil, digits
}

func custom(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(unmarshalerFromType) || p.Implements(textUnmarshalerType) ||
		p.Implements(reflect.TypeFor[json.Unmarshaler]())
}

// fieldType finds the field of struct t whose JSON name is name, looking
// into embedded structs as encoding/json/v2 does.
func fieldType(t reflect.Type, name string, depth int) (reflect.Type, bool) {
	var found reflect.Type
	ok := false
	eachField(t, depth, func(n string, ft reflect.Type) bool {
		if n == name {
			found, ok = ft, true
			return false
		}
		return true
	})
	return found, ok
}

// fieldNames returns the JSON names of struct t's fields in field order.
func fieldNames(t reflect.Type) []string {
	var names []string
	eachField(t, 0, func(n string, _ reflect.Type) bool {
		names = append(names, n)
		return true
	})
	return names
}

// eachField calls fn with the JSON name and type of each field of struct
// t, embedded structs flattened, until fn returns false.
func eachField(t reflect.Type, depth int, fn func(name string, t reflect.Type) bool) bool {
	if depth > 10 {
		return true
	}
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := f.Type
		if (f.Anonymous && name == "") || hasOption(opts, "inline") {
			et := ft
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !custom(et) {
				if !eachField(et, depth+1, fn) {
					return false
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if !fn(name, ft) {
			return false
		}
	}
	return true
}

func hasOption(opts, want string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == want {
			return true
		}
	}
	return false
}

// describe names what a value of type t is written as in JSON.
func describe(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[decimal.Decimal]() {
		return "a decimal number as a string"
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) && !reflect.PointerTo(t).Implements(unmarshalerFromType) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Struct, reflect.Map:
		if !custom(t) {
			return "an object"
		}
	case reflect.Slice, reflect.Array:
		if !custom(t) {
			return "an array"
		}
	}
	return "a value"
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return t.String()
}

func kindName(k jsontext.Kind) string {
	switch k {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '0':
		return "a number"
	}
	return "something else"
}

// ErrDecimal is the cause of a PathError for a decimal number that is not
// written as the format writes one.
var ErrDecimal = errors.New("invalid decimal")

// unmarshalDecimal decodes a decimal.Decimal from a string in plain
// notation with at most MaxDecimalDigits digits. decimal's own
// UnmarshalJSON takes exponents and any number of digits, and a long input
// there costs quadratic time; the limit keeps decoding linear and makes
// every value one Encode can write back.
func unmarshalDecimal(dec *jsontext.Decoder, d *decimal.Decimal) error {
	if k := dec.PeekKind(); k != '"' {
		if _, err := dec.ReadValue(); err != nil {
			return err
		}
		return errors.New("want a decimal number as a string, such as \"2.5\", got " + kindName(k))
	}
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	s := tok.String()
	if err := plainDecimal(s); err != nil {
		return err
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return errors.New("invalid decimal " + Excerpt(s))
	}
	*d = v
	return nil
}

// plainDecimal checks that s is -?digits(.digits)? with at most
// MaxDecimalDigits digits.
func plainDecimal(s string) error {
	bad := func(why string) error {
		return &decimalError{s: s, why: why}
	}
	body := strings.TrimPrefix(s, "-")
	intPart, frac, dot := strings.Cut(body, ".")
	if intPart == "" || (dot && frac == "") {
		return bad("want digits with an optional \".\" and fraction, such as \"2.5\"")
	}
	n := 0
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return bad("want digits with an optional \".\" and fraction, such as \"2.5\"")
			}
			n++
		}
	}
	if n > MaxDecimalDigits {
		return bad("more than " + strconv.Itoa(MaxDecimalDigits) + " digits")
	}
	return nil
}

type decimalError struct{ s, why string }

func (e *decimalError) Error() string { return "invalid decimal " + Excerpt(e.s) + ": " + e.why }
func (e *decimalError) Unwrap() error { return ErrDecimal }

// marshalDecimal writes a decimal.Decimal as a string in plain notation,
// refusing one with more than MaxDecimalDigits digits (its exponent
// bounded by them), which decimal would print in time and space
// proportional to the exponent.
func marshalDecimal(enc *jsontext.Encoder, d decimal.Decimal) error {
	e := d.Exponent()
	if e > MaxDecimalDigits || e < -MaxDecimalDigits || len(d.Coefficient().String()) > MaxDecimalDigits+1 {
		return errors.New("decimal with exponent " + strconv.Itoa(int(e)) + " has more than " + strconv.Itoa(MaxDecimalDigits) + " digits")
	}
	s := d.String()
	if err := plainDecimal(s); err != nil {
		return err
	}
	return enc.WriteToken(jsontext.String(s))
}
