// Package seedtext reads the texts of the five seed agreements and tells
// whether a quotation is verbatim in one of them. Tests use it to hold
// the models and the tour to the texts they quote.
//
// The seed texts live beside the repository, in ../shared/seeds relative
// to its root, both in a checkout and in CI. Tests run from their
// package's directory, so the root is found by walking up to go.mod.
package seedtext

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// Files are the seed texts' file name prefixes, by agreement ID.
var Files = map[string]string{
	"we-are-media":        "000_",
	"assistert-selvhjelp": "001_",
	"nortelecom":          "002_",
	"mailmojo":            "003_",
	"we4you":              "004_",
}

var (
	once  sync.Once
	texts map[string]string // by agreement ID, raw
	err   error
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

func load() {
	root, e := repoRoot()
	if e != nil {
		err = e
		return
	}
	dir := filepath.Join(root, "..", "shared", "seeds")
	texts = map[string]string{}
	for id, prefix := range Files {
		matches, e := filepath.Glob(filepath.Join(dir, prefix+"*.txt"))
		if e != nil || len(matches) != 1 {
			err = &os.PathError{Op: "glob", Path: filepath.Join(dir, prefix+"*.txt"), Err: os.ErrNotExist}
			return
		}
		b, e := os.ReadFile(matches[0])
		if e != nil {
			err = e
			return
		}
		texts[id] = string(b)
	}
}

// Text returns the raw text of the seed with the agreement ID id, or an
// error when the seeds cannot be read or id names none of them.
func Text(id string) (string, error) {
	once.Do(load)
	if err != nil {
		return "", err
	}
	s, ok := texts[id]
	if !ok {
		return "", &os.PathError{Op: "seed", Path: id, Err: os.ErrNotExist}
	}
	return s, nil
}

var spaces = regexp.MustCompile(`\s+`)

// Normalise collapses every run of white space (line breaks, no-break
// spaces and tabs included) to one space and trims the ends, so that a
// quotation may join lines the text breaks.
func Normalise(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// QuotedIn reports whether quote is verbatim in text, white space
// normalised; "…" in the quotation marks an omission, so its parts must
// appear in the text in order.
func QuotedIn(quote, text string) bool {
	text = Normalise(text)
	at := 0
	for _, part := range strings.Split(quote, "…") {
		part = Normalise(part)
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
