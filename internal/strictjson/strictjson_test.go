package strictjson

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

type color uint8

func (c *color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 1
	case "blue":
		*c = 2
	default:
		return fmt.Errorf("unknown color %q", b)
	}
	return nil
}

type base struct {
	Status string `json:"status,omitempty"`
}

type item struct {
	base
	Name  string         `json:"name"`
	Color color          `json:"color"`
	Tags  map[string]int `json:"tags,omitempty"`
	Skip  string         `json:"-"`
	Flag  bool           `json:"flag,omitempty"`
	Ratio float64        `json:"ratio,omitempty"`
	ByNum map[int]string `json:"byNum,omitempty"`
}

type doc struct {
	Items []item `json:"items"`
	Inner *struct {
		Count int `json:"count"`
	} `json:"inner,omitempty"`
	Grid [2][]color `json:"grid"`
}

func TestDecodePaths(t *testing.T) {
	tests := []struct {
		in       string
		wantPath string
		wantErr  string
	}{
		{`{"items":[{"name":"a","color":"red"},{"name":"b","colour":"red"}]}`, "items[1].colour", "unknown field"},
		{`{"items":[{"name":"a","color":"green"}]}`, "items[0].color", `unknown color "green"`},
		{`{"items":[{"name":"a","status":7}]}`, "items[0].status", "want a string, got a number"},
		{`{"items":[{"name":"a","tags":{"x":"y"}}]}`, "items[0].tags.x", "want an integer, got a string"},
		{`{"items":[{"Skip":"x"}]}`, "items[0].Skip", "unknown field"},
		{`{"inner":{"count":1.5}}`, "inner.count", "want an integer, got a number"},
		{`{"grid":[[],["red","pink"]]}`, "grid[1][1]", `unknown color "pink"`},
		{`{"items":{}}`, "items", "want an array, got an object"},
		{`{"items":[]} {}`, "", "unexpected data after the top-level value"},
		{`{"items":[}`, "items[0]", "malformed JSON at byte 10"},
		{`{"items":[{"flag":"yes"}]}`, "items[0].flag", "want true or false, got a string"},
		{`{"items":[{"ratio":"x"}]}`, "items[0].ratio", "want a number, got a string"},
		{`{"items":[{"byNum":{"x":"y"}}]}`, "items[0].byNum.x", "want an integer"},
		{`{"inner":{"count":1e400}}`, "inner.count", "want an integer, got a number"},
		{`{"inner":{"count":123456789012345678901234567890}}`, "inner.count", "want an integer, got a number"},
		{`{"items":[{"tags":[]}]}`, "items[0].tags", "want an object, got an array"},
		{`{"items":[1]}`, "items[0]", "want an object, got a number"},
		{`{"items":["a"]}`, "items[0]", "want an object, got a string"},
		{`{"items":[true]}`, "items[0]", "want an object, got a boolean"},
		{`{"items":[[]]}`, "items[0]", "want an object, got an array"},
		{`{"grid":{}}`, "grid", "want an array, got an object"},
		// Names match exactly: another letter case is an unknown member,
		// never a second value for the field.
		{`{"ITEMS":[{"Name":"a","COLOR":"pink"}]}`, "ITEMS", `unknown field "ITEMS" (nearest "items"; want one of items, inner, grid)`},
		{`{"items":[{"name":"a","Name":"b"}]}`, "items[0].Name", `unknown field "Name" (nearest "name"; want one of status, name, color, tags, flag, ratio, byNum)`},
		{`{"items":[{"name":"a","xyzzy":"b"}]}`, "items[0].xyzzy", `unknown field "xyzzy" (want one of status, name`},
		{`{"items":[{"name":"a","name":"b"}]}`, "items[0].name", "member given twice in one object"},
		{`{"items":[],"items":[]}`, "items", "member given twice in one object"},
		{`{"items":[{"tags":{"x":1,"x":2}}]}`, "items[0].tags.x", "member given twice in one object"},
		{"{\"items\":[{\"name\":\"a\xffb\"}]}", "items[0].name", "invalid UTF-8 in a string"},
		{`{"items":[{"name":"a\ud800b"}]}`, "items[0].name", "malformed JSON"},
		{`{"items":[{"name":null}]}`, "items[0].name", "want a string, got null"},
		{`{"items":[{"color":null}]}`, "items[0].color", "want a string, got null"},
		{`{"items":[null]}`, "items[0]", "want an object, got null"},
		{`{"items":null}`, "items", "want an array, got null"},
		{`null`, "", "want an object, got null"},
		{`{"items":[{"color":7}]}`, "items[0].color", "want a string, got a number"},
	}
	for _, tt := range tests {
		var d doc
		err := Decode([]byte(tt.in), &d)
		var pe *PathError
		if !errors.As(err, &pe) {
			t.Errorf("Decode(%s) = %v, want a *PathError", tt.in, err)
			continue
		}
		if pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), tt.wantErr) {
			t.Errorf("Decode(%s) = %v; want path %q and %q", tt.in, err, tt.wantPath, tt.wantErr)
		}
	}
}

func TestDecodeTrailingData(t *testing.T) {
	for _, in := range []string{`{"items":[]} {}`, `{"items":[]} x`, `{"items":[]} ]`, `{"items":[]}}`, `{"items":[]} , `} {
		var d doc
		err := Decode([]byte(in), &d)
		var pe *PathError
		if !errors.As(err, &pe) || pe.Path != "" || pe.Err.Error() != "unexpected data after the top-level value" {
			t.Errorf("Decode(%s) = %v, want unexpected data after the top-level value", in, err)
		}
	}
	var d doc
	if err := Decode([]byte(" {\"items\":[]} \t\r\n"), &d); err != nil {
		t.Errorf("whitespace around the value: %v", err)
	}
}

// wrapper decodes itself with json.UnmarshalDecode on the decoder it is
// given, as the public packages' types with their own UnmarshalJSONFrom do,
// so paths and strictness reach inside it.
type wrapper struct{ items []item }

var errSentinel = errors.New("sentinel")

func (w *wrapper) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == '"' {
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if string(v) == `"sentinel"` {
			return errSentinel
		}
		return errors.New("want an array")
	}
	return json.UnmarshalDecode(dec, &w.items)
}

type outer struct {
	W    wrapper   `json:"w"`
	List []wrapper `json:"list"`
}

// nest is a recursive type for the depth limit.
type nest struct {
	N *nest `json:"n,omitempty"`
}

func TestDecodeNestedPaths(t *testing.T) {
	tests := []struct {
		in, wantPath, wantErr string
	}{
		{`{"w":[{"name":"a","colour":"red"}]}`, "w[0].colour", "unknown field"},
		{`{"list":[[],[{"color":"pink"}]]}`, "list[1][0].color", `unknown color "pink"`},
		{`{"list":[[],[{"name":"a","name":"b"}]]}`, "list[1][0].name", "member given twice"},
		{`{"list":[[],[null]]}`, "list[1][0]", "got null"},
		{`{"w":[] ]}`, "", "malformed JSON at byte 8"},
		{`{"w":"sentinel"}`, "w", "sentinel"},
	}
	for _, tt := range tests {
		var o outer
		err := Decode([]byte(tt.in), &o)
		var pe *PathError
		if !errors.As(err, &pe) || pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), tt.wantErr) {
			t.Errorf("Decode(%s) = %v; want path %q and %q", tt.in, err, tt.wantPath, tt.wantErr)
		}
	}
	var w wrapper
	err := Decode([]byte(`[{"colour":"red"}]`), &w)
	var pe *PathError
	if !errors.As(err, &pe) || pe.Path != "[0].colour" {
		t.Errorf("top-level wrapper: %v, want path [0].colour", err)
	}
}

func TestPathErrorText(t *testing.T) {
	var o outer
	err := Decode([]byte(`{"w":"sentinel"}`), &o)
	if err == nil || err.Error() != "json: w: sentinel" || !errors.Is(err, errSentinel) {
		t.Errorf("err = %v; want \"json: w: sentinel\" wrapping the cause", err)
	}
	err = Decode([]byte(`{} x`), &o)
	if err == nil || err.Error() != "json: unexpected data after the top-level value" {
		t.Errorf("err = %v; want the document-level text without a path", err)
	}
}

func TestDecodeNotAPointer(t *testing.T) {
	for _, v := range []any{nil, doc{}} {
		err := Decode([]byte(`{"items":[]}`), v)
		var pe *PathError
		if !errors.As(err, &pe) || pe.Path != "" {
			t.Errorf("Decode into %T = %v, want a *PathError for the document", v, err)
		}
	}
}

func TestDecodeTooDeep(t *testing.T) {
	// jsontext limits nesting to 10 000 levels; the error names the real
	// path, and finding it costs time linear in the input.
	const levels = 10001
	in := strings.Repeat(`{"n":`, levels) + `{}` + strings.Repeat(`}`, levels)
	var n nest
	start := time.Now()
	err := Decode([]byte(in), &n)
	var pe *PathError
	if !errors.As(err, &pe) || !strings.Contains(pe.Err.Error(), "exceeded max depth") || strings.Count(pe.Path, "n") < levels-2 {
		t.Errorf("Decode(deep) = %.80v; want exceeded max depth at the real path", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("rejecting %d levels took %v", levels, d)
	}
	in = strings.Repeat(`{"n":`, 1000) + `{}` + strings.Repeat(`}`, 1000)
	if err := Decode([]byte(in), &n); err != nil {
		t.Errorf("Decode(1000 levels) = %.200v", err)
	}
}

// TestDecodeNullInText: the bytes "null" inside a string are text, and
// Decode takes the path that checks every value for null without
// rejecting them.
func TestDecodeNullInText(t *testing.T) {
	var d doc
	if err := Decode([]byte(`{"items":[{"name":"null and void"}]}`), &d); err != nil || d.Items[0].Name != "null and void" {
		t.Errorf("Decode = %v, %+v", err, d)
	}
	err := Decode([]byte(`{"items":[{"name":"null and void"},{"name":null}]}`), &d)
	var pe *PathError
	if !errors.As(err, &pe) || pe.Path != "items[1].name" {
		t.Errorf("Decode = %v, want null rejected at items[1].name", err)
	}
}

func TestDecodeAcceptsValid(t *testing.T) {
	var d doc
	in := `{"items":[{"name":"a","color":"blue","status":"ok","tags":{"x":1}}],"inner":{"count":2},"grid":[["red"],[]]}`
	if err := Decode([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	if d.Items[0].Color != 2 || d.Items[0].Status != "ok" || d.Inner.Count != 2 || d.Grid[0][0] != 1 {
		t.Errorf("decoded %+v", d)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"items":[{"name":"a","color":"red"}]}`))
	f.Add([]byte(`{"grid":[[],["red","pink"]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := Decode(data, &d)
		var pe *PathError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("error %v is not a *PathError", err)
		}
	})
}
