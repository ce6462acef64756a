package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/internal/schemagen"
	"github.com/personvern/dpa/schema"
	"github.com/personvern/dpa/subprocessor"
)

// TestGenerated fails while a checked-in schema or the format reference
// differs from what the Go types give: run `go generate ./...`.
func TestGenerated(t *testing.T) {
	files, err := schemagen.Generate("..")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%v: run go generate ./...", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the Go types give (%s): run go generate ./... and commit the result", name, firstDifference(got, want))
		}
	}
	entries, err := fs.Glob(schema.Files, "*.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := files["schema/"+e]; !ok {
			t.Errorf("schema/%s is no longer generated: remove it", e)
		}
	}
}

func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d is %q, want %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// decoders are the library's decoders, by the document they decode.
var decoders = map[string]func([]byte) error{
	"agreement": func(b []byte) error { _, err := agreement.Decode(b); return err },
	"register":  func(b []byte) error { _, err := subprocessor.DecodeRegister(b); return err },
	"policy":    func(b []byte) error { _, err := subprocessor.DecodePolicy(b); return err },
	"breach-terms": func(b []byte) error {
		_, err := breach.DecodeTerms(b)
		return err
	},
	"incident": func(b []byte) error { _, err := breach.DecodeIncident(b); return err },
}

var compiled = map[string]*jsonschema.Schema{}

// compile compiles the checked-in schema of a document, once.
func compile(t *testing.T, doc string) *jsonschema.Schema {
	t.Helper()
	if s, ok := compiled[doc]; ok {
		return s
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	for _, d := range schemagen.Documents() {
		f, err := schema.Files.Open(d.Name + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(schemagen.BaseURI+d.Name+".schema.json", v); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.Compile(schemagen.BaseURI + doc + ".schema.json")
	if err != nil {
		t.Fatalf("%s: %v", doc, err)
	}
	compiled[doc] = s
	return s
}

// parse decodes JSON as the validator takes it: numbers as json.Number.
func parse(t *testing.T, data []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// mutate sets the value at path in v, validates and decodes the result,
// and restores v.
func mutate(t *testing.T, s *jsonschema.Schema, doc string, v any, path []any, nv any) (schemaErr, decodeErr error) {
	t.Helper()
	parent, key := v, path[len(path)-1]
	for _, p := range path[:len(path)-1] {
		parent = step(parent, p)
	}
	var old any
	switch k := key.(type) {
	case string:
		o := parent.(map[string]any)
		old = o[k]
		o[k] = nv
		defer func() { o[k] = old }()
	case int:
		a := parent.([]any)
		old = a[k]
		a[k] = nv
		defer func() { a[k] = old }()
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(v), decoders[doc](out)
}

func step(v any, p any) any {
	switch k := p.(type) {
	case string:
		return v.(map[string]any)[k]
	case int:
		return v.([]any)[k]
	}
	return nil
}

func validate(s *jsonschema.Schema, data []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// exampleFiles are every JSON file under examples/: agreements, all of
// them.
func exampleFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../examples", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 6 {
		t.Fatalf("examples: %d JSON files, %v", len(files), err)
	}
	return files
}

func TestExamplesValidate(t *testing.T) {
	s := compile(t, "agreement")
	for _, f := range exampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := decoders["agreement"](data); err != nil {
			t.Errorf("%s: Decode: %v", f, err)
		}
		if err := validate(s, data); err != nil {
			t.Errorf("%s does not validate against the schema: %v", f, err)
		}
	}
}

// TestEveryDocumentValidates validates the part of each seed that is a
// document of its own (register, policy, breach terms) against that
// document's schema, so that every schema is exercised with real data.
func TestEveryDocumentValidates(t *testing.T) {
	parts := map[string]string{"register": "subprocessors", "policy": "subprocessorPolicy", "breach-terms": "breach"}
	for doc, key := range parts {
		s := compile(t, doc)
		n := 0
		for _, f := range exampleFiles(t) {
			var whole map[string]json.RawMessage
			data, _ := os.ReadFile(f)
			if err := json.Unmarshal(data, &whole); err != nil {
				t.Fatal(err)
			}
			part, ok := whole[key]
			if !ok {
				continue
			}
			n++
			if err := validate(s, part); err != nil {
				t.Errorf("%s %s: %v", f, key, err)
			}
		}
		if n == 0 {
			t.Errorf("no example has %q: the %s schema is untested", key, doc)
		}
	}
	incident := []byte(`{"id": "INC-1", "class": "personal-data-breach", "discovered": "2026-05-16T22:40:00+02:00",
		"effects": ["confidentiality"], "description": "Uautorisert tilgang", "subjectCategories": ["sluttbrukere"]}`)
	if err := decoders["incident"](incident); err != nil {
		t.Fatalf("incident: Decode: %v", err)
	}
	if err := validate(compile(t, "incident"), incident); err != nil {
		t.Errorf("incident: %v", err)
	}
}

// mutation is one change to a valid document that makes it invalid.
type mutation struct {
	name string
	doc  string // the document kind
	file string // the valid document, under the repository root
	// path is where to change, as keys and indexes; value is the new
	// value (JSON), or the added property's value when add is set.
	path  []any
	add   string
	value string
}

// TestMutationsRejected: each mutated document is rejected both by the
// schema and by the library's decoder.
func TestMutationsRejected(t *testing.T) {
	mailmojo, we4you, standard := "../examples/testdata/mailmojo.json", "../examples/testdata/we4you.json", "../examples/testdata/standard/standard-clauses.json"
	muts := []mutation{
		{name: "unknown field at the top", doc: "agreement", file: mailmojo, add: "signedBy", value: `"Kari"`},
		{name: "unknown field in a party", doc: "agreement", file: mailmojo, path: []any{"parties", 0}, add: "organisation", value: `"MailMojo AS"`},
		{name: "field name in the wrong case", doc: "agreement", file: standard, path: []any{"term"}, add: "Basis", value: `"while-processing"`},
		{name: "misspelt field in the term", doc: "agreement", file: standard, path: []any{"term"}, add: "bassis", value: `"while-processing"`},
		{name: "unknown role", doc: "agreement", file: mailmojo, path: []any{"parties", 0, "role"}, value: `"owner"`},
		{name: "unknown term basis", doc: "agreement", file: standard, path: []any{"term", "basis"}, value: `"forever"`},
		{name: "unknown purpose", doc: "agreement", file: standard, path: []any{"processing", "description", "purposes", "items", 0}, value: `"world-domination"`},
		{name: "unknown status", doc: "agreement", file: standard, path: []any{"term", "status"}, value: `"maybe"`},
		{name: "date of the wrong form", doc: "agreement", file: mailmojo, path: []any{"versionDate"}, value: `"16.05.2026"`},
		{name: "number for a string", doc: "agreement", file: mailmojo, path: []any{"id"}, value: `42`},
		{name: "object for an array", doc: "agreement", file: mailmojo, path: []any{"parties"}, value: `{}`},
		{name: "string for an object", doc: "agreement", file: mailmojo, path: []any{"term"}, value: `"3 years"`},
		{name: "string for a boolean", doc: "agreement", file: mailmojo, path: []any{"breach", "scope", "wide"}, value: `"yes"`},
		{name: "register: unknown field", doc: "register", file: we4you, path: []any{"subprocessors"}, add: "vendors", value: `[]`},
		{name: "policy: unknown enum", doc: "policy", file: mailmojo, path: []any{"subprocessorPolicy", "authorisation", "kind"}, value: `"implicit"`},
		{name: "breach terms: unknown period", doc: "breach-terms", file: mailmojo, path: []any{"breach", "deadline", "period"}, value: `"soonish"`},
		{name: "breach terms: unknown reporter", doc: "breach-terms", file: mailmojo, path: []any{"breach", "reporting", "authority"}, value: `"processor-or-controller"`},
		{name: "breach terms: wrong type", doc: "breach-terms", file: mailmojo, path: []any{"breach", "scope"}, value: `true`},
	}
	subDoc := map[string]string{"register": "subprocessors", "policy": "subprocessorPolicy", "breach-terms": "breach"}
	for _, m := range muts {
		t.Run(m.name, func(t *testing.T) {
			data, err := os.ReadFile(m.file)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			var nv any
			if err := json.Unmarshal([]byte(m.value), &nv); err != nil {
				t.Fatal(err)
			}
			v, err = apply(v, m.path, m.add, nv)
			if err != nil {
				t.Fatalf("the mutation does not fit %s: %v", m.file, err)
			}
			if key, ok := subDoc[m.doc]; ok {
				v = v.(map[string]any)[key]
			}
			out, _ := json.Marshal(v)
			if err := validate(compile(t, m.doc), out); err == nil {
				t.Error("the schema accepts it")
			}
			if err := decoders[m.doc](out); err == nil {
				t.Error("Decode accepts it")
			}
		})
	}
}

// apply changes v at path: sets the value there, or, with add, adds the
// property add to the object there. The path must exist, and a set must
// replace a value of another JSON type or another string.
func apply(v any, path []any, add string, nv any) (any, error) {
	if len(path) == 0 {
		if add == "" {
			return nv, nil
		}
		o, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("not an object")
		}
		if _, ok := o[add]; ok {
			return nil, fmt.Errorf("%q is there already", add)
		}
		o[add] = nv
		return o, nil
	}
	switch k := path[0].(type) {
	case string:
		o, ok := v.(map[string]any)
		if !ok || o[k] == nil {
			return nil, fmt.Errorf("no property %q", k)
		}
		w, err := apply(o[k], path[1:], add, nv)
		o[k] = w
		return o, err
	case int:
		a, ok := v.([]any)
		if !ok || k >= len(a) {
			return nil, fmt.Errorf("no element %d", k)
		}
		w, err := apply(a[k], path[1:], add, nv)
		a[k] = w
		return a, err
	}
	return nil, fmt.Errorf("bad path element %v", path[0])
}

// TestEveryObjectClosed adds an unknown property to every object of every
// example, one at a time, and checks that the schema and Decode both
// reject each: decoding is strict everywhere, and so is the schema. Each
// place is tried once: "parties[0]" and "parties[1]" are the same place
// (see pattern).
func TestEveryObjectClosed(t *testing.T) {
	s := compile(t, "agreement")
	seen := map[string]bool{}
	for _, f := range exampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v := parse(t, data)
		for _, p := range objectPaths(v, nil) {
			if seen[pattern(p)] {
				continue
			}
			seen[pattern(p)] = true
			schemaErr, decodeErr := mutate(t, s, "agreement", v, append(p, "unknownProperty"), "x")
			if schemaErr == nil || decodeErr == nil {
				t.Errorf("%s at %v: an unknown property: schema error %v, Decode error %v; want both to reject it", f, p, schemaErr, decodeErr)
			}
		}
	}
}

// TestEveryLeafTyped replaces every string, number and boolean of every
// example, one at a time, by a value of another JSON type, and checks
// that the schema and Decode agree on every case; each place and JSON
// type once.
func TestEveryLeafTyped(t *testing.T) {
	s := compile(t, "agreement")
	seen := map[string]bool{}
	cases := 0
	for _, f := range exampleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v := parse(t, data)
		for _, p := range leafPaths(v, nil) {
			old := at(v, p)
			key := fmt.Sprintf("%s %T", pattern(p), old)
			if seen[key] {
				continue
			}
			seen[key] = true
			var nv any
			switch old.(type) {
			case string:
				nv = true
			case bool:
				nv = "true"
			case json.Number:
				nv = []any{}
			}
			schemaErr, decodeErr := mutate(t, s, "agreement", v, p, nv)
			cases++
			if (schemaErr == nil) != (decodeErr == nil) {
				t.Errorf("%s at %v: %v replaced by %v: schema error %v, Decode error %v; want them to agree", f, p, old, nv, schemaErr, decodeErr)
			}
		}
	}
	if cases < 100 {
		t.Errorf("only %d cases", cases)
	}
}

func objectPaths(v any, prefix []any) [][]any {
	var out [][]any
	switch x := v.(type) {
	case map[string]any:
		out = append(out, slices.Clone(prefix))
		for _, k := range sortedKeys(x) {
			out = append(out, objectPaths(x[k], append(slices.Clone(prefix), k))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, objectPaths(e, append(slices.Clone(prefix), i))...)
		}
	}
	return out
}

func leafPaths(v any, prefix []any) [][]any {
	var out [][]any
	switch x := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(x) {
			out = append(out, leafPaths(x[k], append(slices.Clone(prefix), k))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, leafPaths(e, append(slices.Clone(prefix), i))...)
		}
	case string, bool, json.Number:
		out = append(out, slices.Clone(prefix))
	}
	return out
}

func at(v any, path []any) any {
	for _, p := range path {
		v = step(v, p)
	}
	return v
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// pattern is a path with its array indexes dropped: the place in the
// document's type that a value occupies.
func pattern(path []any) string {
	var b strings.Builder
	for _, p := range path {
		switch k := p.(type) {
		case string:
			b.WriteString("/" + k)
		case int:
			b.WriteString("/*")
		}
	}
	return b.String()
}
