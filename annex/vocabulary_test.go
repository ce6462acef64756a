package annex_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/personvern/dpa/annex"
)

// readTerms reads a vocabulary term list kept in testdata/vocabulary (see
// its header for the source and version): the first column, or, with
// taxonomy set, the second column of the rows whose first column is it.
func readTerms(t *testing.T, file, taxonomy string) map[string]bool {
	t.Helper()
	f, err := os.Open("testdata/vocabulary/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	terms := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		switch {
		case taxonomy == "":
			terms[cols[0]] = true
		case cols[0] == taxonomy:
			terms[cols[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(terms) < 10 {
		t.Fatalf("%s %s: only %d terms", file, taxonomy, len(terms))
	}
	return terms
}

// kind is what the test needs of an annex enumeration.
type kind struct {
	name string
	// ids gives the identifiers of value v, and ok whether v is valid.
	ids func(v uint8) (id string, ids annex.Identifiers, ok bool)
	// fides is the fideslang taxonomy its Fides keys belong to, or ""
	// when it has none.
	fides string
}

func kinds() []kind {
	return []kind{
		{"PurposeKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.PurposeKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, "data_use"},
		{"SubjectKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.SubjectKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, "data_subject"},
		{"DataKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.DataKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, "data_category"},
		{"SpecialKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.SpecialKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, "data_category"},
		{"OperationKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.OperationKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, ""},
		{"MeasureKind", func(v uint8) (string, annex.Identifiers, bool) {
			k := annex.MeasureKind(v)
			return k.String(), k.Identifiers(), k.IsValid()
		}, ""},
	}
}

// TestIdentifiersInVocabularies checks every mapped identifier against the
// vocabulary's own published term list: DPV release 2.3 (core and
// personal data extension) and the fideslang 3.1.2 default taxonomy, in
// the taxonomy the annex list belongs to (a purpose is a data use, a
// category of personal data a data category).
func TestIdentifiersInVocabularies(t *testing.T) {
	dpv := readTerms(t, "dpv-2.3.tsv", "")
	fides := map[string]map[string]bool{}
	for _, tax := range []string{"data_use", "data_subject", "data_category"} {
		fides[tax] = readTerms(t, "fideslang-3.1.2.tsv", tax)
	}
	mapped := 0
	for _, k := range kinds() {
		for v := 0; v < 256; v++ {
			id, ids, ok := k.ids(uint8(v))
			if !ok {
				if !ids.IsZero() {
					t.Errorf("%s(%d) is not a valid value but has identifiers %+v", k.name, v, ids)
				}
				continue
			}
			if ids.DPV != "" {
				mapped++
				if !dpv[ids.DPV] {
					t.Errorf("%s %q: %s is not a DPV 2.3 concept", k.name, id, ids.DPV)
				}
			}
			if ids.Fides != "" {
				mapped++
				switch {
				case k.fides == "":
					t.Errorf("%s %q: fideslang has no taxonomy for it, yet it maps to %q", k.name, id, ids.Fides)
				case !fides[k.fides][ids.Fides]:
					t.Errorf("%s %q: %q is not a fideslang 3.1.2 %s", k.name, id, ids.Fides, k.fides)
				}
			}
			if id == "other" && !ids.IsZero() {
				t.Errorf("%s %q maps to %+v: \"other\" means different things in different agreements", k.name, id, ids)
			}
		}
	}
	if mapped == 0 {
		t.Fatal("no identifiers mapped: nothing was checked")
	}
}

func ExamplePurposeKind_Identifiers() {
	ids := annex.PurposeNewsletterSending.Identifiers()
	fmt.Println(ids.DPV)
	fmt.Println(ids.Fides)
	// Output:
	// https://w3id.org/dpv#DirectMarketing
	// marketing.communications.email
}
