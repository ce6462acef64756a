package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/internal/seedtext"
	"golang.org/x/text/language"
)

// quotation matches a quotation as the tour prints it: in «» (the
// Norwegian tour, and the library's messages in both languages) or in “”
// (the English tour). A quotation is always verbatim from the text.
var quotation = regexp.MustCompile(`«([^«»]*)»|“([^“”]*)”`)

// checkTourQuotations reports every quotation in out, the tour's section
// of one seed, that is not verbatim in that seed's text, and returns how
// many it checked.
func checkTourQuotations(t *testing.T, lang, id, out, text string) (n int) {
	t.Helper()
	for _, m := range quotation.FindAllStringSubmatch(out, -1) {
		q := m[1] + m[2]
		if strings.TrimSpace(strings.ReplaceAll(q, "…", "")) == "" {
			continue
		}
		n++
		if !seedtext.QuotedIn(q, text) {
			t.Errorf("%s, %s: %q is not in the text", lang, id, q)
		}
	}
	return n
}

// TestTourQuotationsAreVerbatim prints each seed's section of the tour in
// both languages and checks every quotation in it against that seed's
// text. The corpus agreements' sections are left out: their full texts
// are not beside the repository.
func TestTourQuotationsAreVerbatim(t *testing.T) {
	for _, lang := range []string{"nb", "en"} {
		total := 0
		for _, a := range examples.All() {
			text, err := seedtext.Text(a.ID)
			if err != nil {
				t.Fatalf("reading the seed text of %s (../shared/seeds beside the repository): %v", a.ID, err)
			}
			var buf bytes.Buffer
			printAgreement(&buf, a, language.MustParse(lang))
			total += checkTourQuotations(t, lang, a.ID, buf.String(), text)
		}
		if total == 0 {
			t.Errorf("%s: no quotation found: the test checks nothing", lang)
		}
	}
}

// TestTourQuotationCheckFails makes sure the check reports a quotation
// the text does not have.
func TestTourQuotationCheckFails(t *testing.T) {
	text, err := seedtext.Text("nortelecom")
	if err != nil {
		t.Fatal(err)
	}
	out := "  frist: «innen tre (3) måneder etter utløpet av avtalen» og «innen fire (4) måneder»\n" +
		"  deadline: “Databehandleren må slette alle personopplysningene så snart som mulig”\n"
	var bad []string
	for _, m := range quotation.FindAllStringSubmatch(out, -1) {
		if q := m[1] + m[2]; !seedtext.QuotedIn(q, text) {
			bad = append(bad, q)
		}
	}
	if len(bad) != 2 || bad[0] != "innen fire (4) måneder" {
		t.Errorf("check reported %q, want only the quotation the text does not have", bad)
	}
}
