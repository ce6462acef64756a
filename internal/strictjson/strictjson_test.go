package strictjson

import (
	"errors"
	"fmt"
	"testing"
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
		{`{"items":[{"name":"a","status":7}]}`, "items[0].status", "want a string, got number"},
		{`{"items":[{"name":"a","tags":{"x":"y"}}]}`, "items[0].tags.x", "want an integer, got string"},
		{`{"items":[{"Skip":"x"}]}`, "items[0].Skip", "unknown field"},
		{`{"inner":{"count":1.5}}`, "inner.count", "want an integer, got number"},
		{`{"grid":[[],["red","pink"]]}`, "grid[1][1]", `unknown color "pink"`},
		{`{"items":{}}`, "items", "want an array, got an object"},
		{`{"items":[]} {}`, "", "unexpected data after the top-level value"},
		{`{"items":[}`, "", "malformed JSON"},
	}
	for _, tt := range tests {
		var d doc
		err := Decode([]byte(tt.in), &d)
		var pe *PathError
		if !errors.As(err, &pe) {
			t.Errorf("Decode(%s) = %v, want a *PathError", tt.in, err)
			continue
		}
		if pe.Path != tt.wantPath || !contains(pe.Err.Error(), tt.wantErr) {
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

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
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
