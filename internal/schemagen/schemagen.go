// Package schemagen derives, from the Go types the library decodes, the
// JSON Schemas (draft 2020-12) in schema/ and the format reference in
// docs/. Everything comes from the types: the JSON names and options from
// struct tags, the shapes from reflection, the descriptions from the doc
// comments (read with go/parser), and every enumeration's identifiers and
// labels from its own methods (MarshalText, Label). After a JSON type
// changes, `go generate ./...` regenerates both, and a test fails while
// the checked-in files differ from what the types give.
//
// The few types that encode themselves with MarshalJSON (sets written as
// arrays, facts that may be unknown, items written as a string or an
// object) are described by [customs]; a new such type is an error until
// it is added there, rather than a silent gap in the schema.
package schemagen

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// Module is the module path; a type's package directory is its path
// below it.
const Module = "github.com/personvern/dpa"

// BaseURI is where the schemas are published: the repository's schema
// directory. Each schema's $id is BaseURI + its file name.
const BaseURI = "https://raw.githubusercontent.com/personvern/dpa/main/schema/"

// Document is one kind of JSON document the library decodes.
type Document struct {
	// Name is the schema's file stem: schema/<Name>.schema.json.
	Name string
	// Title is the schema's title.
	Title string
	// Decoder is the Go function that decodes the document.
	Decoder string
	// Type is the Go type it decodes into.
	Type reflect.Type
}

// Documents are the documents the library decodes, in the order the
// reference lists them.
func Documents() []Document {
	return []Document{
		{"agreement", "Processor agreement (databehandleravtale)", "agreement.Decode", reflect.TypeFor[agreement.Agreement]()},
		{"register", "Register of subprocessors", "subprocessor.DecodeRegister", reflect.TypeFor[subprocessor.Register]()},
		{"policy", "Subprocessor change policy", "subprocessor.DecodePolicy", reflect.TypeFor[subprocessor.Policy]()},
		{"breach-terms", "Breach notification terms", "breach.DecodeTerms", reflect.TypeFor[breach.Terms]()},
		{"incident", "Personal data breach incident", "breach.DecodeIncident", reflect.TypeFor[breach.Incident]()},
	}
}

// Schema is a JSON Schema, with its keywords in a fixed order so that the
// generated files are stable.
type Schema struct {
	Schema      string             `json:"$schema,omitempty"`
	ID          string             `json:"$id,omitempty"`
	Ref         string             `json:"$ref,omitempty"`
	Title       string             `json:"title,omitempty"`
	Description string             `json:"description,omitempty"`
	Type        any                `json:"type,omitempty"`
	Const       *string            `json:"const,omitempty"`
	Format      string             `json:"format,omitempty"`
	Pattern     string             `json:"pattern,omitempty"`
	Minimum     *float64           `json:"minimum,omitempty"`
	Maximum     *float64           `json:"maximum,omitempty"`
	Properties  *Properties        `json:"properties,omitempty"`
	Required    []string           `json:"required,omitempty"`
	Additional  *bool              `json:"additionalProperties,omitempty"`
	AddSchema   *Schema            `json:"-"`
	Items       *Schema            `json:"items,omitempty"`
	UniqueItems bool               `json:"uniqueItems,omitempty"`
	OneOf       []*Schema          `json:"oneOf,omitempty"`
	AnyOf       []*Schema          `json:"anyOf,omitempty"`
	Defs        map[string]*Schema `json:"$defs,omitempty"`

	// The model the reference is written from; not part of the schema.
	enum   []EnumValue // an enumeration's values
	set    bool        // the enumeration is a set of flags joined by "|"
	goType string      // the Go type, "agreement.Party"
}

// MarshalJSON writes additionalProperties as false or as a schema.
func (s *Schema) MarshalJSON() ([]byte, error) {
	type plain Schema
	b, err := json.Marshal((*plain)(s))
	if err != nil || s.AddSchema == nil {
		return b, err
	}
	add, err := json.Marshal(s.AddSchema)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimSuffix(b, []byte("}"))
	return append(append(append(b, `,"additionalProperties":`...), add...), '}'), nil
}

// Property is one property of an object schema.
type Property struct {
	Name   string
	Schema *Schema
	// GoField is the Go field, "Agreement.Parties", for the reference.
	GoField string
	// OmitEmpty and OmitZero are the field's tag options.
	OmitEmpty, OmitZero bool
}

// Properties are an object's properties in the order of the Go fields.
type Properties []Property

// MarshalJSON writes the properties as an object in their order.
func (p *Properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, prop := range *p {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(prop.Name)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(prop.Schema)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// EnumValue is one value of an enumeration: its identifier and labels,
// and, for an annex value, its DPV and fideslang identifiers.
type EnumValue struct {
	ID, NB, EN string
	DPV, Fides string
}

// Generator builds schemas from Go types. One Generator holds the
// definitions of one schema; Docs caches the packages' doc comments.
type Generator struct {
	docs *Docs
	defs map[string]*Schema
	errs []string
}

// Docs are the doc comments of the module's packages, read from source.
type Docs struct {
	root  string
	fset  *token.FileSet
	pkgs  map[string]*pkgDocs
	print comment.Printer
}

type pkgDocs struct {
	types  map[string]string            // type name → doc
	fields map[string]map[string]string // type name → field name → doc
}

// NewDocs reads doc comments from the module rooted at root.
func NewDocs(root string) *Docs {
	return &Docs{root: root, fset: token.NewFileSet(), pkgs: map[string]*pkgDocs{},
		print: comment.Printer{TextWidth: -1}}
}

func (d *Docs) pkg(path string) (*pkgDocs, error) {
	if p, ok := d.pkgs[path]; ok {
		return p, nil
	}
	p := &pkgDocs{types: map[string]string{}, fields: map[string]map[string]string{}}
	d.pkgs[path] = p
	if path != Module && !strings.HasPrefix(path, Module+"/") {
		return p, nil // not ours: no docs
	}
	dir := filepath.Join(d.root, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(path, Module), "/")))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(d.fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				p.types[ts.Name.Name] = d.text(doc)
				if st, ok := ts.Type.(*ast.StructType); ok {
					p.fields[ts.Name.Name] = d.fieldDocs(st)
				}
			}
		}
	}
	return p, nil
}

// fieldDocs maps each field to its doc comment. A field without one that
// directly follows a documented field (no blank line between) shares its
// doc, as in "// Signed, Updated and ValidFrom are the dates …".
func (d *Docs) fieldDocs(st *ast.StructType) map[string]string {
	out := map[string]string{}
	prevDoc, prevEnd := "", -10
	for _, f := range st.Fields.List {
		doc := d.text(f.Doc)
		if doc == "" {
			doc = d.text(f.Comment)
		}
		line := d.fset.Position(f.Pos()).Line
		names := f.Names
		if len(names) == 0 { // embedded
			names = []*ast.Ident{{Name: embeddedName(f.Type)}}
		}
		inherited := doc == "" && line == prevEnd+1
		if doc != "" || !inherited {
			prevDoc = doc
		}
		for _, n := range names {
			if doc != "" {
				out[n.Name] = doc
			} else if inherited && mentions(prevDoc, n.Name) {
				out[n.Name] = prevDoc
			}
		}
		prevEnd = d.fset.Position(f.End()).Line
	}
	return out
}

// mentions reports whether doc names the field as a word.
func mentions(doc, field string) bool {
	for i := 0; ; {
		j := strings.Index(doc[i:], field)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(field)
		if (j == 0 || !isWordByte(doc[j-1])) && (end == len(doc) || !isWordByte(doc[end])) {
			return true
		}
		i = end
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func embeddedName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return embeddedName(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Name
	case *ast.IndexExpr:
		return embeddedName(t.X)
	}
	return ""
}

// text renders a doc comment as plain text: paragraphs joined by a blank
// line, doc links as their names.
func (d *Docs) text(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	p := comment.Parser{LookupSym: func(recv, name string) bool { return true }}
	doc := p.Parse(g.Text())
	return strings.TrimSpace(string(d.print.Text(doc)))
}

// typeDoc and fieldDoc look a doc comment up; "" when there is none.
func (d *Docs) typeDoc(t reflect.Type) string {
	p, err := d.pkg(t.PkgPath())
	if err != nil {
		return ""
	}
	return p.types[baseName(t)]
}

func (d *Docs) fieldDoc(t reflect.Type, field string) string {
	p, err := d.pkg(t.PkgPath())
	if err != nil {
		return ""
	}
	return p.fields[baseName(t)][field]
}

// baseName is a type's name without type arguments: "Item" for
// Item[PurposeKind].
func baseName(t reflect.Type) string {
	name, _, _ := strings.Cut(t.Name(), "[")
	return name
}

var pkgPathInName = regexp.MustCompile(`[\w./-]+/(\w+\.)`)

// goName is a type as Go code outside its package names it:
// "annex.Item[annex.PurposeKind]".
func goName(t reflect.Type) string {
	if t.PkgPath() == "" {
		return t.String()
	}
	pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	return pkg + "." + pkgPathInName.ReplaceAllString(t.Name(), "$1")
}

// defName is a type's key in $defs: goName with the brackets of type
// arguments replaced, so that it reads well in a URI fragment.
func defName(t reflect.Type) string {
	r := strings.NewReplacer("[", "-", "]", "", ",", "-", " ", "")
	return r.Replace(goName(t))
}

// NewGenerator returns a generator that reads docs from d.
func NewGenerator(d *Docs) *Generator {
	return &Generator{docs: d, defs: map[string]*Schema{}}
}

// Document builds the whole schema of one document.
func (g *Generator) Document(doc Document) (*Schema, error) {
	root := g.schemaFor(doc.Type)
	if len(g.errs) > 0 {
		return nil, fmt.Errorf("schemagen: %s", strings.Join(g.errs, "; "))
	}
	s := &Schema{
		Schema: "https://json-schema.org/draft/2020-12/schema",
		ID:     BaseURI + doc.Name + ".schema.json",
		Title:  doc.Title,
		Description: "Generated from the Go type " + goName(doc.Type) + " of " + Module + " (decoded by " + doc.Decoder +
			"); do not edit, run `go generate ./...`.\n\n" + g.docs.typeDoc(doc.Type),
		Ref:  root.Ref,
		Defs: g.defs,
	}
	return s, nil
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	tagType         = reflect.TypeFor[language.Tag]()
)

// hasMethod reports whether t or *t has the method name.
func hasMethod(t reflect.Type, name string) bool {
	if _, ok := t.MethodByName(name); ok {
		return true
	}
	_, ok := reflect.PointerTo(t).MethodByName(name)
	return ok
}

// schemaFor returns the schema of a value of type t: a $ref to its
// definition for a named type of ours, the schema itself otherwise.
func (g *Generator) schemaFor(t reflect.Type) *Schema {
	if t.Kind() == reflect.Pointer {
		s := g.schemaFor(t.Elem())
		return &Schema{AnyOf: []*Schema{s, {Type: "null"}}}
	}
	if c, ok := customs[customKey(t)]; ok {
		return c(g, t)
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return g.named(t)
	}
	return g.build(t)
}

// named returns a $ref to t's definition, building it once.
func (g *Generator) named(t reflect.Type) *Schema {
	name := defName(t)
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = &Schema{} // placeholder against recursion
		s := g.build(t)
		s.goType = goName(t)
		if doc := g.docs.typeDoc(t); doc != "" {
			s.Description = doc
		}
		g.defs[name] = s
	}
	return &Schema{Ref: "#/$defs/" + name}
}

// build describes t itself.
func (g *Generator) build(t reflect.Type) *Schema {
	p := reflect.PointerTo(t)
	switch {
	case p.Implements(textUnmarshaler) && (t.Implements(textMarshaler) || p.Implements(textMarshaler)):
		return g.text(t)
	case hasMethod(t, "MarshalJSON") || hasMethod(t, "UnmarshalJSON") || hasMethod(t, "MarshalJSONTo") || hasMethod(t, "UnmarshalJSONFrom"):
		g.errs = append(g.errs, fmt.Sprintf("%s encodes itself as JSON: describe its form in schemagen's customs", goName(t)))
		return &Schema{}
	}
	switch t.Kind() {
	case reflect.Struct:
		return g.object(t)
	case reflect.Slice, reflect.Array:
		if e := t.Elem(); t.Kind() == reflect.Slice && e.Kind() == reflect.Uint8 && !e.Implements(textMarshaler) && !reflect.PointerTo(e).Implements(textMarshaler) {
			return &Schema{Type: "string", Description: "base64"}
		}
		return &Schema{Type: []string{"array", "null"}, Items: g.schemaFor(t.Elem())}
	case reflect.Map:
		return &Schema{Type: []string{"object", "null"}, AddSchema: g.schemaFor(t.Elem())}
	case reflect.String:
		return &Schema{Type: "string"}
	case reflect.Bool:
		return &Schema{Type: "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &Schema{Type: "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		zero := 0.0
		return &Schema{Type: "integer", Minimum: &zero}
	case reflect.Float32, reflect.Float64:
		return &Schema{Type: "number"}
	case reflect.Interface:
		return &Schema{}
	}
	g.errs = append(g.errs, fmt.Sprintf("%s: no JSON form for kind %s", goName(t), t.Kind()))
	return &Schema{}
}

// object describes a struct as a closed object: decoding is strict, so
// a property the type does not have is an error.
func (g *Generator) object(t reflect.Type) *Schema {
	s := &Schema{Type: "object", Properties: &Properties{}, Additional: new(bool)}
	g.fields(t, s)
	return s
}

// fields adds t's fields to s, those of embedded structs in place.
func (g *Generator) fields(t reflect.Type, s *Schema) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" && opts == "" {
			continue
		}
		if ft := f.Type; f.Anonymous && !hasTag || slices.Contains(strings.Split(opts, ","), "inline") {
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			_, custom := customs[customKey(ft)]
			if ft.Kind() == reflect.Struct && !custom && !reflect.PointerTo(ft).Implements(textUnmarshaler) {
				g.fields(ft, s)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		prop := g.schemaFor(f.Type)
		if doc := g.docs.fieldDoc(t, f.Name); doc != "" {
			prop = withDescription(prop, doc)
		}
		optList := strings.Split(opts, ",")
		*s.Properties = append(*s.Properties, Property{Name: name, Schema: prop, GoField: goName(t) + "." + f.Name,
			OmitEmpty: slices.Contains(optList, "omitempty"), OmitZero: slices.Contains(optList, "omitzero")})
	}
}

// withDescription returns s with a description: a $ref keeps its target
// and gains the description beside it (allowed in draft 2020-12).
func withDescription(s *Schema, doc string) *Schema {
	c := *s
	c.Description = doc
	return &c
}

// text describes a type that encodes as a JSON string through
// MarshalText: an enumeration when it is a small integer with labels,
// otherwise a string whose form the type's doc comment describes.
func (g *Generator) text(t reflect.Type) *Schema {
	if values := enumValues(t); len(values) > 0 {
		if members := setMembers(values); members != nil {
			// A set of flags written as its members joined by "|"
			// ("copy-wanted|reports-accepted"): its members are listed,
			// and a pattern admits their combinations.
			ids := make([]string, len(members))
			for i, m := range members {
				ids[i] = regexp.QuoteMeta(m.ID)
			}
			alt := "(" + strings.Join(ids, "|") + ")"
			return &Schema{Type: "string", Pattern: `^(|` + alt + `(\|` + alt + `)*)$`, enum: members, set: true}
		}
		s := &Schema{Type: "string", enum: values}
		for _, v := range values {
			id := v.ID
			c := &Schema{Const: &id, Title: v.EN}
			if v.ID == "" {
				c.Description = "unspecified: the same as leaving the property out"
			} else if v.NB != "" {
				c.Description = v.EN + " (nb: " + v.NB + ")"
			}
			s.OneOf = append(s.OneOf, c)
		}
		return s
	}
	s := &Schema{Type: "string"}
	if p, ok := patterns[goName(t)]; ok {
		s.Pattern = p()
	}
	return s
}

// patterns are the forms of text types whose syntax is simple enough to
// state as a pattern; the others are strings their doc comments describe.
var patterns = map[string]func() string{
	"obligation.Date": func() string { return `^([0-9]{4}-[0-9]{2}-[0-9]{2})?$` },
	// A period (see obligation.Period.String): an ISO 8601 duration of
	// one unit, an unquantified kind, or a kind with a bound. The kinds
	// are obligation.Kind's names; the count's upper limit,
	// obligation.MaxN, is left to the decoder.
	"obligation.Period": func() string {
		var kinds []string
		for k := obligation.Kind(1); k != 0; k++ {
			name := k.String()
			if strings.HasSuffix(name, ")") { // the fallback of an undefined value, Kind(8)
				break
			}
			if k != obligation.Within {
				kinds = append(kinds, regexp.QuoteMeta(name))
			}
		}
		iso := `P(T[1-9][0-9]{0,5}H|[1-9][0-9]{0,5}(D|BD|W|M|Y))`
		return `^(|` + iso + `|(` + strings.Join(kinds, "|") + `)(/` + iso + `)?)$`
	},
}

// enumValues lists the values of an enumeration: a named unsigned integer
// with MarshalText and Label(language.Tag). Each value from 1 up that
// marshals is one; the empty identifier is listed first when decoding
// accepts it.
func enumValues(t reflect.Type) []EnumValue {
	label, ok := t.MethodByName("Label")
	if !ok || label.Type.NumIn() != 2 || label.Type.In(1) != tagType || label.Type.NumOut() != 1 ||
		label.Type.Out(0).Kind() != reflect.String {
		return nil
	}
	switch t.Kind() {
	case reflect.Uint8, reflect.Uint16:
	default:
		return nil
	}
	var out []EnumValue
	zero := reflect.New(t)
	if zero.Interface().(encoding.TextUnmarshaler).UnmarshalText(nil) == nil {
		out = append(out, EnumValue{})
	}
	limit := uint64(1) << (8 * t.Size())
	set := false // a value was written as members joined by "|"
	for n := uint64(0); n < limit; n++ {
		if set && n&(n-1) != 0 {
			continue // a combination of a set's members, which the pattern admits
		}
		v := reflect.New(t).Elem()
		v.SetUint(n)
		m, ok := v.Interface().(encoding.TextMarshaler)
		if !ok {
			m = v.Addr().Interface().(encoding.TextMarshaler)
		}
		id, err := m.MarshalText()
		if err != nil || len(id) == 0 {
			continue
		}
		back := reflect.New(t)
		if back.Interface().(encoding.TextUnmarshaler).UnmarshalText(id) != nil || back.Elem().Uint() != n {
			continue
		}
		lab := func(tag language.Tag) string {
			return v.MethodByName("Label").Call([]reflect.Value{reflect.ValueOf(tag)})[0].String()
		}
		set = set || strings.Contains(string(id), "|")
		ev := EnumValue{ID: string(id), NB: lab(language.Norwegian), EN: lab(language.English)}
		if m := v.MethodByName("Identifiers"); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() == 1 && m.Type().Out(0).Kind() == reflect.Struct {
			ids := m.Call(nil)[0]
			if f := ids.FieldByName("DPV"); f.IsValid() && f.Kind() == reflect.String {
				ev.DPV = f.String()
			}
			if f := ids.FieldByName("Fides"); f.IsValid() && f.Kind() == reflect.String {
				ev.Fides = f.String()
			}
		}
		out = append(out, ev)
	}
	if len(out) == 0 || len(out) == 1 && out[0].ID == "" {
		return nil
	}
	return out
}

// isSet reports whether values are those of a set of flags: a value
// is written as members joined by "|".
func isSet(values []EnumValue) bool {
	return slices.ContainsFunc(values, func(v EnumValue) bool { return strings.Contains(v.ID, "|") })
}

// setMembers returns, for the values of a set of flags, its members (the
// values written without "|", the empty set aside), and nil for the
// values of any other enumeration.
func setMembers(values []EnumValue) []EnumValue {
	if !isSet(values) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(values), func(v EnumValue) bool { return v.ID == "" || strings.Contains(v.ID, "|") })
}

// customKey names a type for customs: its package path and name without
// type arguments.
func customKey(t reflect.Type) string { return t.PkgPath() + "." + baseName(t) }

// customs describe the types that encode themselves with MarshalJSON, and
// the standard types with a JSON form of their own.
var customs map[string]func(*Generator, reflect.Type) *Schema

func init() {
	customs = map[string]func(*Generator, reflect.Type) *Schema{
		"time.Time": func(*Generator, reflect.Type) *Schema {
			return &Schema{Type: "string", Format: "date-time", Description: "An instant in RFC 3339 form with its offset, 2026-05-16T22:40:00+02:00."}
		},
		"time.Duration": func(*Generator, reflect.Type) *Schema {
			return &Schema{Type: "integer", Description: "A duration in nanoseconds."}
		},
		customKey(reflect.TypeFor[decimal.Decimal]()): func(*Generator, reflect.Type) *Schema {
			return &Schema{Type: []string{"string", "number"}, Pattern: `^-?[0-9]+(\.[0-9]+)?$`,
				Description: "An exact decimal number, best written as a string (\"1100.00\")."}
		},
		Module + "/breach.Known": func(g *Generator, t reflect.Type) *Schema {
			f, _ := t.FieldByName("Value")
			s := g.schemaFor(f.Type)
			return &Schema{AnyOf: []*Schema{s},
				Description: "A fact that may not be known yet: left out while unknown (null is not accepted); a known empty value is written as such (\"\" or [])."}
		},
		Module + "/breach.Items": func(g *Generator, t reflect.Type) *Schema {
			return g.namedCustom(t, func() *Schema {
				m, _ := t.MethodByName("List")
				return &Schema{Type: "array", UniqueItems: true, Items: g.schemaFor(m.Type.Out(0).Elem())}
			})
		},
		Module + "/breach.Effects": func(g *Generator, t reflect.Type) *Schema {
			return g.namedCustom(t, func() *Schema {
				item := &Schema{Type: "string"}
				for bit := uint(0); bit < uint(t.Bits()); bit++ {
					v := reflect.New(t).Elem()
					v.SetUint(1 << bit)
					id := v.MethodByName("String").Call(nil)[0].String()
					if id == "" || strings.Contains(id, "+") || strings.HasSuffix(id, ")") {
						continue
					}
					lab := func(tag language.Tag) string {
						return v.MethodByName("Label").Call([]reflect.Value{reflect.ValueOf(tag)})[0].String()
					}
					ev := EnumValue{ID: id, NB: lab(language.Norwegian), EN: lab(language.English)}
					item.enum = append(item.enum, ev)
					item.OneOf = append(item.OneOf, &Schema{Const: &ev.ID, Title: ev.EN, Description: ev.EN + " (nb: " + ev.NB + ")"})
				}
				return &Schema{Type: "array", UniqueItems: true, Items: item}
			})
		},
		// A Cost is an ordinary object whose fields are laid out for size;
		// its MarshalJSONTo writes the members in the order below.
		Module + "/obligation.Cost": func(g *Generator, t reflect.Type) *Schema {
			return g.namedCustom(t, func() *Schema {
				s := g.object(t)
				order := []string{"kind", "rate", "per"}
				slices.SortStableFunc(*s.Properties, func(a, b Property) int {
					return slices.Index(order, a.Name) - slices.Index(order, b.Name)
				})
				return s
			})
		},
		Module + "/annex.Item": func(g *Generator, t reflect.Type) *Schema {
			return g.namedCustom(t, func() *Schema {
				f, _ := t.FieldByName("Kind")
				kind := g.schemaFor(f.Type)
				str := &Schema{Type: "string"}
				obj := &Schema{Type: "object", Additional: new(bool), Required: []string{"kind"}, Properties: &Properties{
					{Name: "kind", Schema: kind, GoField: goName(t) + ".Kind"},
					{Name: "text", Schema: withDescription(str, g.docs.fieldDoc(t, "Text")), GoField: goName(t) + ".Text", OmitEmpty: true},
					{Name: "clause", Schema: withDescription(str, g.docs.fieldDoc(t, "Clause")), GoField: goName(t) + ".Clause", OmitEmpty: true},
				}}
				return &Schema{OneOf: []*Schema{kind, obj}}
			})
		},
	}
}

// namedCustom is named for a type whose definition build cannot derive.
func (g *Generator) namedCustom(t reflect.Type, build func() *Schema) *Schema {
	name := defName(t)
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = &Schema{}
		s := build()
		s.goType = goName(t)
		if doc := g.docs.typeDoc(t); doc != "" {
			s.Description = doc
		}
		g.defs[name] = s
	}
	return &Schema{Ref: "#/$defs/" + name}
}

// Generate returns the contents of every generated file, keyed by its
// path relative to the module root: the schemas and the reference.
func Generate(root string) (map[string][]byte, error) {
	docs := NewDocs(root)
	out := map[string][]byte{}
	var all []docSchema
	for _, doc := range Documents() {
		g := NewGenerator(docs)
		s, err := g.Document(doc)
		if err != nil {
			return nil, err
		}
		b, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return nil, err
		}
		out["schema/"+doc.Name+".schema.json"] = append(b, '\n')
		all = append(all, docSchema{doc, s})
	}
	out["docs/format.md"] = reference(all)
	return out, nil
}

type docSchema struct {
	doc    Document
	schema *Schema
}

// sortedDefs returns the names of s's definitions in order.
func sortedDefs(s *Schema) []string {
	names := make([]string, 0, len(s.Defs))
	for n := range s.Defs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
