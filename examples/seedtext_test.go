package examples_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// The seed texts live beside the repository, in ../shared/seeds relative
// to its root, both here and in CI. Tests run from the package directory,
// so the root is found by walking up to go.mod.

// seedFiles are the seed texts' file name prefixes, by agreement ID.
var seedFiles = map[string]string{
	"we-are-media":        "000_",
	"assistert-selvhjelp": "001_",
	"nortelecom":          "002_",
	"mailmojo":            "003_",
	"we4you":              "004_",
}

var (
	seedOnce  sync.Once
	seedTexts map[string]string // by agreement ID, raw
	seedErr   error
)

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

func loadSeeds() {
	root, err := repoRoot()
	if err != nil {
		seedErr = err
		return
	}
	dir := filepath.Join(root, "..", "shared", "seeds")
	seedTexts = map[string]string{}
	for id, prefix := range seedFiles {
		matches, err := filepath.Glob(filepath.Join(dir, prefix+"*.txt"))
		if err != nil || len(matches) != 1 {
			seedErr = &os.PathError{Op: "glob", Path: filepath.Join(dir, prefix+"*.txt"), Err: os.ErrNotExist}
			return
		}
		b, err := os.ReadFile(matches[0])
		if err != nil {
			seedErr = err
			return
		}
		seedTexts[id] = string(b)
	}
}

// seedText returns the raw text of the seed with the agreement ID id. It
// fails the test when the seeds cannot be read.
func seedText(t testing.TB, id string) string {
	t.Helper()
	seedOnce.Do(loadSeeds)
	if seedErr != nil {
		t.Fatalf("reading the seed texts (../shared/seeds beside the repository): %v", seedErr)
	}
	s, ok := seedTexts[id]
	if !ok {
		t.Fatalf("no seed text for %q", id)
	}
	return s
}

var spaces = regexp.MustCompile(`\s+`)

// dateStamp matches a line that only dates the text ("Sist oppdatert:
// 03.03.2021").
var dateStamp = regexp.MustCompile(`^[^.]{1,40}:\s*\d{1,2}\.\d{1,2}\.\d{4}$`)

// normalise collapses every run of white space (line breaks, no-break
// spaces and tabs included) to one space and trims the ends, so that a
// quotation may join lines the text breaks.
func normalise(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// quotedIn reports whether quote is verbatim in text after normalising
// white space in both. An ellipsis "…" in the quote marks an omission: the
// parts around it must occur in the text in that order.
func quotedIn(quote, text string) bool {
	text = normalise(text)
	at := 0
	for _, part := range strings.Split(quote, "…") {
		part = normalise(part)
		if part == "" {
			continue
		}
		i := strings.Index(text[at:], part)
		if i < 0 {
			return false
		}
		at += i + len(part)
	}
	return true
}

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
