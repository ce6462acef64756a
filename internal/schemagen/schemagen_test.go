package schemagen

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/obligation"
)

// selfEncoded encodes itself as JSON, so the generator cannot see its
// form.
type selfEncoded struct{}

func (selfEncoded) MarshalJSON() ([]byte, error) { return []byte(`1`), nil }

type withSelfEncoded struct {
	A selfEncoded `json:"a"`
}

func TestUnknownSelfEncodingIsAnError(t *testing.T) {
	g := NewGenerator(NewDocs("../.."))
	_, err := g.Document(Document{Name: "x", Type: reflect.TypeFor[withSelfEncoded]()})
	if err == nil || !strings.Contains(err.Error(), "schemagen.selfEncoded encodes itself as JSON") {
		t.Errorf("err = %v, want one naming schemagen.selfEncoded", err)
	}
}

// colour is a small enumeration in the library's manner.
type colour uint8

var colourIDs = []string{"", "red", "green"}

func (c colour) MarshalText() ([]byte, error) {
	if c == 0 || int(c) >= len(colourIDs) {
		return nil, errInvalid
	}
	return []byte(colourIDs[c]), nil
}

func (c *colour) UnmarshalText(b []byte) error {
	for i, id := range colourIDs {
		if i > 0 && id == string(b) {
			*c = colour(i)
			return nil
		}
	}
	return errInvalid
}

func (c colour) Label(tag language.Tag) string {
	if tag == language.Norwegian {
		return [...]string{"", "rød", "grønn"}[c]
	}
	return [...]string{"", "red", "green"}[c]
}

var errInvalid = errors.New("invalid colour")

func TestEnumValues(t *testing.T) {
	want := []EnumValue{{ID: "red", NB: "rød", EN: "red"}, {ID: "green", NB: "grønn", EN: "green"}}
	if diff := cmp.Diff(want, enumValues(reflect.TypeFor[colour]())); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

type inner struct {
	X string `json:"x"`
}

type outer struct {
	inner
	Y    int               `json:"y,omitempty"`
	Z    []colour          `json:"z"`
	Skip string            `json:"-"`
	M    map[string]string `json:"m"`
}

func TestObjectShape(t *testing.T) {
	g := NewGenerator(NewDocs("../.."))
	s := g.build(reflect.TypeFor[outer]())
	var names []string
	for _, p := range *s.Properties {
		names = append(names, p.Name)
	}
	if diff := cmp.Diff([]string{"x", "y", "z", "m"}, names); diff != "" {
		t.Errorf("properties (-want +got):\n%s", diff)
	}
	if s.Additional == nil || *s.Additional {
		t.Error("the object is not closed: decoding rejects unknown properties")
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"additionalProperties":false`, `"items":{"$ref":"#/$defs/schemagen.colour"}`, `"m":{"type":["object","null"],"additionalProperties":{"type":"string"}}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("schema lacks %s:\n%s", want, b)
		}
	}
}

func TestMentions(t *testing.T) {
	doc := "Signed, Updated and ValidFrom are the dates the text gives."
	for field, want := range map[string]bool{"Signed": true, "ValidFrom": true, "Valid": false, "Date": false} {
		if got := mentions(doc, field); got != want {
			t.Errorf("mentions(%q) = %v, want %v", field, got, want)
		}
	}
}

func TestFieldDocsFromSource(t *testing.T) {
	d := NewDocs("../..")
	p, err := d.pkg(Module + "/agreement")
	if err != nil {
		t.Fatal(err)
	}
	f := p.fields["Agreement"]
	if !strings.HasPrefix(f["ID"], "ID is a stable identifier") {
		t.Errorf("Agreement.ID's doc = %q", f["ID"])
	}
	if f["Updated"] == "" || f["Updated"] != f["Signed"] {
		t.Errorf("Updated does not share the doc of the group it belongs to: %q vs %q", f["Updated"], f["Signed"])
	}
}

// A property without a doc of its own shows its type's first sentence,
// which an abbreviation or an article number does not cut short.
func TestFirstSentence(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"A cap. Then more.", "A cap."},
		{"Notice under GDPR Art. 33(2). The rest.", "Notice under GDPR Art. 33(2)."},
		{"Costs, e.g. an audit. More.", "Costs, e.g. an audit."},
		{"Clause 7.7 of 2021/915.", "Clause 7.7 of 2021/915."},
		{"No period at all", "No period at all"},
		{"One paragraph.\n\nAnother. Sentence.", "One paragraph."},
		{"Line one ends. Next\nline.", "Line one ends."},
	} {
		if got := firstSentence(c.doc); got != c.want {
			t.Errorf("firstSentence(%q) = %q, want %q", c.doc, got, c.want)
		}
	}
}

// TestSetOfFlags checks that a set of flags, such as obligation.Fact, is
// described by its members and a pattern for their combinations, not by
// every combination (2 048 for eleven facts).
func TestSetOfFlags(t *testing.T) {
	g := NewGenerator(NewDocs("../.."))
	s := g.text(reflect.TypeFor[obligation.Fact]())
	if !s.set || len(s.enum) < 9 || s.enum[0].ID != "requested" || s.enum[8].ID != "committed" {
		t.Fatalf("members %v (set %v), want the facts one by one", s.enum, s.set)
	}
	for _, v := range s.enum {
		if strings.Contains(v.ID, "|") {
			t.Errorf("a combination listed as a member: %q", v.ID)
		}
	}
	re := regexp.MustCompile(s.Pattern)
	for text, want := range map[string]bool{
		"": true, "committed": true, "copy-wanted|committed": true, "requested|copy-wanted|non-compliance": true,
		"committed|": false, "copy-wanted|nonsense": false, "|": false,
	} {
		if got := re.MatchString(text); got != want {
			t.Errorf("pattern on %q: %v, want %v", text, got, want)
		}
	}
}
