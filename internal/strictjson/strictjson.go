// Package strictjson decodes JSON strictly (unknown fields, trailing data and
// malformed values are errors) and names the JSON path of the first problem.
//
// Decoding runs once through encoding/json; only when it fails is the input
// walked again, field by field against the target type, to find where.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
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

// Decode decodes data into v, which must be a non-nil pointer. Unknown
// fields, a second value after the first, and values the target type
// rejects are errors; the error is a *PathError naming where.
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		// Only JSON whitespace may follow the value. (dec.More reports
		// false for a stray ']' or '}', so it cannot tell.)
		if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) != 0 {
			return &PathError{Err: errors.New("unexpected data after the top-level value")}
		}
		return nil
	}
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return &PathError{Err: err}
	}
	if !json.Valid(data) {
		return &PathError{Err: cleanSyntax(err)}
	}
	if path, cause := locate(json.RawMessage(bytes.TrimSpace(data)), t.Elem(), "", 0); cause != nil {
		return &PathError{Path: path, Err: cause}
	}
	return &PathError{Err: err}
}

func cleanSyntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed JSON at byte %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	}
	return err
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func custom(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(unmarshalerType) || p.Implements(textUnmarshalerType)
}

// maxDepth stops the walk on pathological nesting; encoding/json has its
// own limit well above what agreements need.
const maxDepth = 200

// locate finds the first place below path where raw does not decode into t.
func locate(raw json.RawMessage, t reflect.Type, path string, depth int) (string, error) {
	if depth > maxDepth {
		return path, errors.New("nested too deeply")
	}
	if bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	for t.Kind() == reflect.Pointer && !custom(t) {
		t = t.Elem()
	}
	if custom(t) {
		return leaf(raw, t, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return path, fmt.Errorf("want an object, got %s", kindOf(raw))
		}
		fields := fieldsOf(t)
		for _, key := range sortedKeys(raw, obj) {
			f, ok := fields[key]
			if !ok {
				f, ok = fold(fields, key)
			}
			if !ok {
				return join(path, key), errors.New("unknown field")
			}
			if p, err := locate(obj[key], f, join(path, key), depth+1); err != nil {
				return p, err
			}
		}
		return "", nil
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && !custom(t.Elem()) {
			return leaf(raw, t, path)
		}
		var arr []json.RawMessage
		if err := json.Unmarshal(raw, &arr); err != nil {
			return path, fmt.Errorf("want an array, got %s", kindOf(raw))
		}
		for i, el := range arr {
			if p, err := locate(el, t.Elem(), path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
				return p, err
			}
		}
		if t.Kind() == reflect.Array && len(arr) > t.Len() {
			return path, fmt.Errorf("at most %d elements", t.Len())
		}
		return "", nil
	case reflect.Map:
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return path, fmt.Errorf("want an object, got %s", kindOf(raw))
		}
		for _, key := range sortedKeys(raw, obj) {
			if p, err := leaf(json.RawMessage(strconv.Quote(key)), t.Key(), join(path, key)); err != nil && t.Key().Kind() != reflect.String {
				return p, err
			}
			if p, err := locate(obj[key], t.Elem(), join(path, key), depth+1); err != nil {
				return p, err
			}
		}
		return "", nil
	default:
		return leaf(raw, t, path)
	}
}

func leaf(raw json.RawMessage, t reflect.Type, path string) (string, error) {
	v := reflect.New(t)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v.Interface()); err != nil {
		var pe *PathError
		if errors.As(err, &pe) {
			return joinPath(path, pe.Path), pe.Err
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return path, fmt.Errorf("want %s, got %s", describe(t), te.Value)
		}
		return path, err
	}
	return "", nil
}

func describe(t reflect.Type) string {
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
	}
	return t.String()
}

func kindOf(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
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
	}
	return "a number"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func joinPath(a, b string) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	case strings.HasPrefix(b, "["):
		return a + b
	}
	return a + "." + b
}

// fieldsOf maps the JSON names of t's fields, embedded structs flattened
// as encoding/json does, to their types.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	out := make(map[string]reflect.Type)
	collect(t, out, 0)
	return out
}

func collect(t reflect.Type, out map[string]reflect.Type, depth int) {
	if depth > 10 {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			et := ft
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !custom(et) {
				collect(et, out, depth+1)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := out[name]; !dup || depth == 0 {
			out[name] = ft
		}
	}
}

func fold(fields map[string]reflect.Type, key string) (reflect.Type, bool) {
	for name, t := range fields {
		if strings.EqualFold(name, key) {
			return t, true
		}
	}
	return nil, false
}

// sortedKeys returns obj's keys in the order they appear in raw, so the
// first problem reported is the first in the document.
func sortedKeys(raw json.RawMessage, obj map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(obj))
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return keys
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		key, _ := tok.(string)
		keys = append(keys, key)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			break
		}
	}
	return keys
}
