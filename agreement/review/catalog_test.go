package review_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// TestCodesGolden pins every code of the default set with its severity
// and basis. Programs and suppression lists key on the codes, so a rename
// or a change of severity must show here as a deliberate change to
// testdata/codes.golden.
func TestCodesGolden(t *testing.T) {
	var b strings.Builder
	for _, c := range review.Default() {
		b.WriteString(string(c.Code) + " " + c.Severity.String() + " " + c.Basis.String() + "\n")
	}
	path := filepath.Join("testdata", "codes.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./agreement/review -run TestCodesGolden -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("the codes changed (-want +got):\n%s", diff)
	}
}

// TestCodeNamingRule checks the rule [review.Code] documents: the
// instrument first, then the provision the check's basis names, then a
// kebab-case topic.
func TestCodeNamingRule(t *testing.T) {
	for _, c := range review.Default() {
		code := string(c.Code)
		var prefix string
		switch b := c.Basis; b.Instrument {
		case review.GDPR:
			prefix = "gdpr-" + b.Article
			if b.Paragraph > 0 {
				prefix += "-" + strconv.Itoa(b.Paragraph)
			}
			if b.Point != "" {
				prefix += "-" + b.Point
			}
		case review.StandardClauses:
			prefix = "scc915-" + strings.ReplaceAll(b.Article, ".", "-")
			if b.Point != "" {
				prefix += "-" + b.Point
			}
		case "":
			prefix = "no"
		default:
			t.Errorf("%s: basis %v has no prefix in the naming rule", code, b)
			continue
		}
		topic, ok := strings.CutPrefix(code, prefix+"-")
		if !ok || topic == "" {
			t.Errorf("%s: want the prefix %q of its basis %v", code, prefix+"-", c.Basis)
			continue
		}
		if topic[0] >= '0' && topic[0] <= '9' || len(topic) == 1 {
			t.Errorf("%s: the topic %q reads as part of the provision", code, topic)
		}
	}
}

// TestCatalogueDocs checks that each check has its title and
// documentation in both languages, and that the documentation go doc
// shows for each code constant is the check's English Doc: the catalogue
// a reader browses and the one a program reads are the same.
func TestCatalogueDocs(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "catalog.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			docs[v.Names[0].Name] = strings.Join(strings.Fields(v.Doc.Text()), " ")
		}
	}
	if len(docs) != len(review.Default()) {
		t.Errorf("catalog.go documents %d codes, the default set has %d", len(docs), len(review.Default()))
	}
	pkgDoc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range review.Default() {
		if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(string(pkgDoc), "//", "")), " "),
			string(c.Code)+" ("+c.Severity.String()+"): "+c.Title.EN) {
			t.Errorf("the package doc's catalogue lacks %s (%s): %s", c.Code, c.Severity, c.Title.EN)
		}
	}
	byCode := map[review.Code]string{}
	for name, doc := range docs {
		byCode[review.Code(strings.Trim(constValue(f, name), `"`))] = doc
	}
	for _, c := range review.Default() {
		for _, s := range []string{c.Title.NB, c.Title.EN, c.Doc.NB, c.Doc.EN} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: a title or doc is empty", c.Code)
			}
		}
		if c.Title.NB == c.Title.EN || c.Doc.NB == c.Doc.EN {
			t.Errorf("%s: the same text in both languages", c.Code)
		}
		doc := byCode[c.Code]
		if !strings.HasSuffix(doc, c.Doc.EN) || !strings.Contains(doc, "("+c.Severity.String()+")") {
			t.Errorf("%s: go doc says %q;\nwant it to give the severity %s and end with the check's Doc %q", c.Code, doc, c.Severity, c.Doc.EN)
		}
		for _, tag := range []language.Tag{language.Norwegian, language.English} {
			m := (review.Finding{Code: c.Code}).Message(tag)
			if m == string(c.Code) || m == "" {
				t.Errorf("code %q has no %v message", c.Code, tag)
			}
		}
	}
}

func constValue(f *ast.File, name string) string {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				if v.Names[0].Name == name && len(v.Values) == 1 {
					if lit, ok := v.Values[0].(*ast.BasicLit); ok {
						return lit.Value
					}
				}
			}
		}
	}
	return ""
}

// TestUserCheckAndDisabledDefault runs the default set with one check
// switched off, one severity changed and a user's own check added: "we
// never accept a cap below twelve months' fees", as a firm might.
func TestUserCheckAndDisabledDefault(t *testing.T) {
	capBelowFees := review.Check{
		Code:  "firm-cap-below-annual-fee",
		Title: review.Text{NB: "ansvarsgrense under ett års vederlag", EN: "liability cap below a year's fees"},
		Doc: review.Text{NB: "En ansvarsgrense lik mindre enn tolv måneders vederlag.",
			EN: "A liability cap of less than twelve months' fees."},
		Basis:    review.Art("28", 4, ""),
		Severity: review.Unmet,
		Run: func(p *review.Pass) {
			for _, c := range p.Agreement.Liability.Caps {
				if c.Kind == agreement.FeeBased && c.Basis == agreement.FeesPaidBefore && c.Months < 12 {
					p.Report(review.Finding{Clause: c.Clause,
						Args: []review.Arg{{Text: "Grensen er under ett års vederlag."}, {Text: "The cap is below a year's fees."}}})
				}
			}
		},
	}
	a := reviewComplete()
	a.GoverningLaw = agreement.GoverningLaw{}
	a.Liability.Caps = []agreement.Cap{{Provision: obligation.At("9.1"), Kind: agreement.FeeBased, Basis: agreement.FeesPaidBefore, Months: 6}}
	set := review.Default().Without(review.GoverningLawMissing).With(capBelowFees).WithSeverity(review.VenueMissing, review.Weak)
	r, err := set.Review(a, reviewDay)
	if err != nil {
		t.Fatal(err)
	}
	want := []review.Finding{{Code: "firm-cap-below-annual-fee", Severity: review.Unmet, Clause: "9.1", Basis: review.Art("28", 4, ""),
		Args: []review.Arg{{Text: "Grensen er under ett års vederlag."}, {Text: "The cap is below a year's fees."}}}}
	if diff := cmp.Diff(want, r.Findings); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if got := r.Findings[0].Message(language.English); got != "The cap is below a year's fees." {
		t.Errorf("message = %q", got)
	}
	// The default set still reports the governing law; the changed set
	// did not touch it.
	if !mustReview(t, a, reviewDay).Has(review.GoverningLawMissing) {
		t.Error("Default() was changed by Without")
	}
	if _, ok := set.Lookup(review.GoverningLawMissing); ok {
		t.Error("Without left the check in")
	}
	if c, _ := set.Lookup(review.VenueMissing); c.Severity != review.Weak {
		t.Errorf("WithSeverity: %v", c.Severity)
	}
}

func TestInvalidChecks(t *testing.T) {
	run := func(*review.Pass) {}
	tests := []struct {
		name string
		set  review.Set
	}{
		{"no run", review.Set{{Code: "x-y", Severity: review.Weak}}},
		{"malformed code", review.Set{{Code: "X Y", Severity: review.Weak, Run: run}}},
		{"no severity", review.Set{{Code: "x-y", Run: run}}},
		{"a default code twice", review.Default().With(review.Check{Code: review.VenueMissing, Severity: review.Info, Run: run})},
	}
	for _, tt := range tests {
		if _, err := tt.set.Review(reviewComplete(), reviewDay); !errors.Is(err, review.ErrInvalidCheck) {
			t.Errorf("%s: error %v, want ErrInvalidCheck", tt.name, err)
		}
	}
}

// TestInvalidReviewDate: a day that does not exist is an error, not a
// report (the zero Date, 30 February, month 13).
func TestInvalidReviewDate(t *testing.T) {
	for _, d := range []obligation.Date{{}, {Year: 2026, Month: 2, Day: 30}, {Year: -5, Month: 13, Day: 40}, {Year: 10000, Month: 1, Day: 1}} {
		r, err := review.Agreement(reviewComplete(), d)
		if !errors.Is(err, review.ErrInvalidDate) || len(r.Findings) != 0 {
			t.Errorf("%v: %v, %d findings; want ErrInvalidDate and none", d, err, len(r.Findings))
		}
	}
}

// TestDefaultSetIsValid: Agreement runs the default set without checking
// it, so this test does.
func TestDefaultSetIsValid(t *testing.T) {
	d := review.Default()
	for i, c := range d {
		if _, err := c.Severity.MarshalText(); c.Run == nil || err != nil {
			t.Errorf("%s: no Run or no severity", c.Code)
		}
		if !slices.Contains(review.Codes(), c.Code) || slices.Index(review.Codes(), c.Code) != i {
			t.Errorf("%s: out of order", c.Code)
		}
	}
	if _, err := d.Review(reviewComplete(), reviewDay); err != nil {
		t.Errorf("the default set does not validate: %v", err)
	}
}
