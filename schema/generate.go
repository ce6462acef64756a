//go:build ignore

// Generate writes the JSON Schemas in this directory and the format
// reference in ../docs from the Go types (see internal/schemagen).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/personvern/dpa/internal/schemagen"
)

func main() {
	files, err := schemagen.Generate("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join("..", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
