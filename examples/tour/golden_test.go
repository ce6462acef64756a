package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestTourGolden compares each tour with its golden file, so that every
// change of the output is seen in review. Run go test ./examples/tour
// -update to rewrite them, and read the diff.
func TestTourGolden(t *testing.T) {
	for _, lang := range []string{"nb", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tour(&buf, language.MustParse(lang)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "tour."+lang+".txt")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples/tour -update to write it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("%s is out of date (run go test ./examples/tour -update and review the diff)", path)
			}
		})
	}
}
