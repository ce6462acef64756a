package examples_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/personvern/dpa/internal/seedtext"
)

// The seed texts and the quotation check are shared with the tour's
// tests, in internal/seedtext.

// seedFiles are the seed texts' file name prefixes, by agreement ID.
var seedFiles = seedtext.Files

// dateStamp matches a line that only dates the text ("Sist oppdatert:
// 03.03.2021").
var dateStamp = regexp.MustCompile(`^[^.]{1,40}:\s*\d{1,2}\.\d{1,2}\.\d{4}$`)

// seedText returns the raw text of the seed with the agreement ID id. It
// fails the test when the seeds cannot be read.
func seedText(t testing.TB, id string) string {
	t.Helper()
	s, err := seedtext.Text(id)
	if err != nil {
		t.Fatalf("reading the seed texts (../shared/seeds beside the repository): %v", err)
	}
	return s
}

// quotedIn is [seedtext.QuotedIn].
func quotedIn(quote, text string) bool { return seedtext.QuotedIn(quote, text) }

// paragraph returns the n-th paragraph (from 1) after the line that is
// exactly heading, in the seed with the agreement ID id. Paragraphs are
// separated by blank lines; a paragraph ending with a colon takes the
// list that follows it, and a line that only dates the text is not a
// paragraph, as a reader counts them. It fails the
// test when the heading or the paragraph is missing.
func paragraph(t testing.TB, id, heading string, n int) string {
	t.Helper()
	lines := strings.Split(seedText(t, id), "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == heading {
			start = i + 1
			break
		}
	}
	if start < 0 {
		t.Fatalf("%s: no heading %q", id, heading)
	}
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) == 1 && dateStamp.MatchString(strings.TrimSpace(cur[0])) {
			cur = nil // a line that only dates the text is not a paragraph
		}
		if len(cur) > 0 {
			p := strings.Join(cur, "\n")
			if k := len(paras); k > 0 && strings.HasSuffix(strings.TrimSpace(paras[k-1]), ":") {
				paras[k-1] += "\n" + p
			} else {
				paras = append(paras, p)
			}
			cur = nil
		}
	}
	for _, l := range lines[start:] {
		if strings.TrimSpace(l) == "" {
			flush()
			if len(paras) > n {
				break
			}
			continue
		}
		cur = append(cur, l)
	}
	flush()
	if n < 1 || n > len(paras) {
		t.Fatalf("%s: %q has no paragraph %d", id, heading, n)
	}
	return paras[n-1]
}

// bulletOf returns the k-th bullet ("•", from 1) of a paragraph.
func bulletOf(t testing.TB, para string, k int) string {
	t.Helper()
	parts := strings.Split(para, "•")
	if k < 1 || k >= len(parts) {
		t.Fatalf("no bullet %d in %q", k, para)
	}
	return strings.TrimSpace(parts[k])
}

// clauseText returns the text of a numbered clause ("4.2", "9.12") in the
// seed with the agreement ID id: from the line that starts with the number
// up to the next line that starts with a clause number.
func clauseText(t testing.TB, id, number string) string {
	t.Helper()
	return clauseTextAfter(t, id, "", number)
}

// clauseTextAfter is [clauseText] for a clause of an annex that numbers
// its clauses anew: it looks only after the line that is exactly heading
// ("Vedlegg 3.3").
func clauseTextAfter(t testing.TB, id, heading, number string) string {
	t.Helper()
	lines := strings.Split(seedText(t, id), "\n")
	if heading != "" {
		found := false
		for i, l := range lines {
			if strings.TrimSpace(l) == heading {
				lines, found = lines[i+1:], true
				break
			}
		}
		if !found {
			t.Fatalf("%s: no heading %q", id, heading)
		}
	}
	numbered := regexp.MustCompile(`^\s*\d+(\.\d+)+\s`)
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), number+" ") {
			out := []string{l}
			for _, m := range lines[i+1:] {
				if numbered.MatchString(m) {
					break
				}
				out = append(out, m)
			}
			return strings.Join(out, "\n")
		}
	}
	t.Fatalf("%s: no clause %s after %q", id, number, heading)
	return ""
}
