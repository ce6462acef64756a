package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

// Frequent words of each language that the other language does not use
// as words of its own. The Norwegian list leaves out "for", "at", "by",
// "to", "under" and "om", which are English words too, and the English one
// "for", "at" and "under", which are Norwegian.
var (
	englishWords   = []string{"the", "and", "of", "is", "are", "not", "with", "which", "that", "must", "shall", "this", "be", "has", "have", "from", "or", "its", "their", "any", "only", "within", "after", "before", "may"}
	norwegianWords = []string{"og", "ikke", "er", "det", "som", "på", "av", "til", "med", "eller", "skal", "etter", "fra", "har", "ved", "ingen", "avtalen", "kan", "må", "bare", "eller", "før", "hver"}
)

// quoted matches a quotation: «…» and “…”, which may hold the other
// language (the agreement's own words, titles, names).
var quoted = regexp.MustCompile(`«[^«»]*»|“[^“”]*”`)

// foreignWords returns the lines of out that use a word of words outside
// quotations, with the word.
func foreignWords(out string, words []string) []string {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	var bad []string
	for i, line := range strings.Split(out, "\n") {
		bare := quoted.ReplaceAllString(line, "")
		for _, w := range strings.FieldsFunc(bare, func(r rune) bool {
			return !(r == '-' || r == '\'' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f)
		}) {
			if set[strings.ToLower(w)] {
				bad = append(bad, strings.TrimSpace(line)+"  ["+w+"]")
				_ = i
				break
			}
		}
	}
	return bad
}

// names are the agreement's names and titles, which stay in its own
// language: parties, titles, documents and subprocessors.
func names(a agreement.Agreement) []string {
	out := []string{a.Title, a.GoverningLaw.InDocument, a.Service.Name}
	for _, p := range a.Parties {
		out = append(out, p.Name)
	}
	for _, d := range a.Documents {
		out = append(out, d.Title)
	}
	for _, e := range a.Subprocessors.Entries {
		out = append(out, e.Name, e.Service)
	}
	return out
}

// section prints a's part of the tour, its review included, without the
// agreement's names and titles.
func section(a agreement.Agreement, tag language.Tag) string {
	var buf bytes.Buffer
	printAgreement(&buf, a, tag)
	out := buf.String()
	for _, n := range names(a) {
		if n != "" {
			out = strings.ReplaceAll(out, n, "")
		}
	}
	return out
}

// TestTourOneLanguageOnly scans each agreement's part of the Norwegian
// tour, seeds and corpus, review included, for English words and of the
// English tour for Norwegian ones, outside quotations, titles and names.
func TestTourOneLanguageOnly(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		words []string
	}{{"nb", englishWords}, {"en", norwegianWords}} {
		tag := language.MustParse(tc.lang)
		for _, a := range append(examples.All(), examples.Corpus()...) {
			for _, b := range foreignWords(section(a, tag), tc.words) {
				t.Errorf("%s tour, %s: %s", tc.lang, a.ID, b)
			}
		}
	}
}

// TestLanguageCheckFails makes sure the scan finds a planted sentence of
// the other language and leaves quotations alone.
func TestLanguageCheckFails(t *testing.T) {
	if bad := foreignWords("    ikke ansvar for: the controller's acts and omissions (pkt. 11.2)\n", englishWords); len(bad) != 1 {
		t.Errorf("an English sentence in the Norwegian tour: found %v", bad)
	}
	if bad := foreignWords("    deadline: deletion when the agreement ends og slettingen ikke bryter loven\n", norwegianWords); len(bad) != 1 {
		t.Errorf("a Norwegian sentence in the English tour: found %v", bad)
	}
	if bad := foreignWords("    purpose: «the controller's acts and omissions» (pkt. 11.2)\n", englishWords); len(bad) != 0 {
		t.Errorf("a quotation counted as the tour's own words: %v", bad)
	}
}
