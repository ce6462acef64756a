package examples_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// guillemets matches a quotation in «», which in this project is always
// verbatim from the text it quotes.
var guillemets = regexp.MustCompile(`«([^«»]*)»`)

// modelFiles are the Go files of the five seed models, each with the seed
// it models; the files that fill one concern of every seed quote any of
// them ("").
var modelFiles = map[string]string{
	"wearemedia.go":         "we-are-media",
	"assistertselvhjelp.go": "assistert-selvhjelp",
	"nortelecom.go":         "nortelecom",
	"mailmojo.go":           "mailmojo",
	"we4you.go":             "we4you",
	"seeds.go":              "",
	"processing.go":         "",
	"subprocessors.go":      "",
	"breach.go":             "",
	"money.go":              "",
	"time.go":               "",
	"controller.go":         "",
}

// checkQuotations reports every «» quotation in src that is not verbatim
// in the seed text of id, or in any seed text when id is "". The
// comparison normalises white space, and "…" in a quotation marks an
// omission.
func checkQuotations(t *testing.T, name, src, id string) (n int) {
	t.Helper()
	ids := []string{id}
	if id == "" {
		ids = ids[:0]
		for id := range seedFiles {
			ids = append(ids, id)
		}
	}
	for _, m := range guillemets.FindAllStringSubmatch(src, -1) {
		q := m[1]
		if strings.TrimSpace(strings.ReplaceAll(q, "…", "")) == "" {
			continue
		}
		n++
		found := false
		for _, id := range ids {
			if quotedIn(q, seedText(t, id)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: «%s» is not in the text of %v", name, q, ids)
		}
	}
	return n
}

// TestQuotationsAreVerbatim checks every quotation in «» in the five seed
// models and in their JSON files against the seed texts in
// ../shared/seeds.
func TestQuotationsAreVerbatim(t *testing.T) {
	total := 0
	for file, id := range modelFiles {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		total += checkQuotations(t, file, string(b), id)
	}
	for id := range seedFiles {
		path := filepath.Join("testdata", id+".json")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		total += checkQuotations(t, path, string(b), id)
	}
	if total == 0 {
		t.Error("no quotation found: the test checks nothing")
	}
}

// TestQuotationCheckFails makes sure the check can fail: a quotation the
// text does not have, and one that only differs by a word, are reported,
// and one that joins lines the text breaks is not.
func TestQuotationCheckFails(t *testing.T) {
	text := seedText(t, "nortelecom")
	for _, tt := range []struct {
		quote string
		want  bool
	}{
		{"Databehandleren må slette alle personopplysningene så snart en av følgende hendelser inntreffer", true},
		{"Databehandleren må slette alle personopplysningene så snart som mulig", false},
		{"må databehandleren på anmodning lage en kopi … innen tre (3) måneder etter utløpet av avtalen", true},
		{"innen tre (3) måneder etter utløpet av avtalen … på anmodning lage en kopi", false},
		{"3 måneder etter utløpet", false},
	} {
		if got := quotedIn(tt.quote, text); got != tt.want {
			t.Errorf("quotedIn(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

// textFields matches the JSON fields that hold the text's own words: the
// items of the processing description, the controller's duties, the
// breach terms' quotations and the statements.
var textFields = regexp.MustCompile(`"(text|quote)": "((?:[^"\\]|\\.)*)"`)

// TestTextFieldsAreVerbatim checks that every "text" and "quote" field of
// the seeds' JSON is the seed's own words, as the models' doc comments
// promise.
func TestTextFieldsAreVerbatim(t *testing.T) {
	total := 0
	for id := range seedFiles {
		path := filepath.Join("testdata", id+".json")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := seedText(t, id)
		for _, m := range textFields.FindAllStringSubmatch(string(b), -1) {
			var s string
			if err := json.Unmarshal([]byte(`"`+m[2]+`"`), &s); err != nil {
				t.Fatal(err)
			}
			total++
			if !quotedIn(s, text) {
				t.Errorf("%s: %s %q is not in the text", path, m[1], s)
			}
		}
	}
	if total == 0 {
		t.Error("no text field found: the test checks nothing")
	}
}
