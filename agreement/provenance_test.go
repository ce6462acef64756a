package agreement_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// A partial copy and a DPA that points to documents it does not
// reproduce: the coverage names the not-seen terms, the elsewhere terms and
// each document once, and the template's blanks.
func TestCoverage(t *testing.T) {
	a := examples.MailMojo()
	// Aptible DPA §4.1 gives its security measures only by reference to
	// the "Security Practices Summary" web page, and §5.3 its subprocessor
	// list only as a web list: both are elsewhere.
	a.Processing.Description.SecurityMeasures = annex.ElsewhereIn[annex.MeasureKind]("Security Practices Summary", "4.1")
	a.Duties.Security = agreement.SecurityDuty{Provision: obligation.In("Security Practices Summary", "4.1")}
	a.Subprocessors = subprocessor.Register{Provision: obligation.In("Subprocessor Directory", "5.3")}
	// A truncated copy that ends before the liability clause.
	a.Liability.Provision = obligation.Unseen()
	a.Breach.Deadline.Provision = obligation.BlankAt("9")
	a.Placeholders = []obligation.Placeholder{{Field: "parties[0].orgNumber", Clause: "Vedlegg I", Text: "Org. nr.: …"}}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	c := a.Coverage()
	if c.Terms < 50 {
		t.Errorf("Coverage walked %d terms; the model holds more than 50", c.Terms)
	}
	paths := func(ts []agreement.TermAt) []string {
		var ps []string
		for _, t := range ts {
			ps = append(ps, t.Path)
		}
		return ps
	}
	if diff := cmp.Diff([]string{"liability"}, paths(c.NotSeen)); diff != "" {
		t.Errorf("not seen mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"processing.description.securityMeasures", "subprocessors", "duties.security"}, paths(c.Elsewhere)); diff != "" {
		t.Errorf("elsewhere mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Security Practices Summary", "Subprocessor Directory"}, c.Documents); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	if got := c.Unreviewed(); got != 4 {
		t.Errorf("Unreviewed = %d, want 4", got)
	}
	// MailMojo 1 introduces the list of personal data and leaves it
	// empty, and 2.3.4 its list of assistance tasks: both are blanks of
	// the text itself.
	wantBlanks := []obligation.Placeholder{
		{Field: "processing.description.dataCategories", Clause: "1"},
		{Field: "breach.deadline", Clause: "9"},
		{Field: "assistance.scope", Clause: "2.3.4"},
		{Field: "parties[0].orgNumber", Clause: "Vedlegg I", Text: "Org. nr.: …"},
	}
	if diff := cmp.Diff(wantBlanks, c.Blanks); diff != "" {
		t.Errorf("blanks mismatch (-want +got):\n%s", diff)
	}

	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := agreement.Decode(data)
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

// The seeds state their terms: nothing in them is not seen or elsewhere.
func TestSeedsCoverageIsComplete(t *testing.T) {
	for _, a := range examples.All() {
		if c := a.Coverage(); c.Unreviewed() != 0 {
			t.Errorf("%s: %d terms unreviewable: %+v %+v", a.ID, c.Unreviewed(), c.NotSeen, c.Elsewhere)
		}
	}
}

func TestPlaceholderNeedsField(t *testing.T) {
	a := examples.StandardClauses()
	a.Placeholders = []obligation.Placeholder{{Clause: "Vedlegg I"}}
	err := a.Validate()
	var ve *agreement.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate = %v, want a validation error", err)
	}
	if len(ve.Problems) != 1 || ve.Problems[0].Path != "placeholders[0].field" {
		t.Errorf("problems = %v", ve.Problems)
	}
}

// The walk reads a list's status as the provision status of the same
// identifier, for every list status there is.
func TestListStatusesReadAsProvisionStatuses(t *testing.T) {
	for s := annex.ListAbsent; s.IsValid(); s++ {
		a := agreement.Agreement{Processing: agreement.Processing{Description: annex.Description{
			Purposes: annex.List[annex.PurposeKind]{Status: s}}}}
		found := false
		a.Provisions(func(tm agreement.TermAt) bool {
			if tm.Path != "processing.description.purposes" {
				return true
			}
			found = true
			if tm.Provision.Status.String() != s.String() {
				t.Errorf("list status %s read as %s", s, tm.Provision.Status)
			}
			return false
		})
		if !found {
			t.Fatal("the walk does not reach processing.description.purposes")
		}
	}
}

func TestProvisionsPaths(t *testing.T) {
	a := examples.StandardClauses()
	var paths []string
	a.Provisions(func(tm agreement.TermAt) bool {
		paths = append(paths, tm.Path)
		return true
	})
	for _, want := range []string{"service", "subprocessorPolicy.notice", "subprocessorPolicy.flowDown",
		"breach.deadline", "processing.description.securityMeasures", "duties.security.sensitiveExcluded"} {
		if !slices.Contains(paths, want) {
			t.Errorf("the walk misses %s", want)
		}
	}
}

func BenchmarkCoverage(b *testing.B) {
	a := examples.Nortelecom()
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Coverage()
	}
}

func TestUnreviewedDoesNotAllocate(t *testing.T) {
	a := examples.Nortelecom()
	if n := testing.AllocsPerRun(100, func() { a.Unreviewed() }); n != 0 {
		t.Errorf("Unreviewed allocates %v times", n)
	}
	a.Liability.Provision = obligation.Unseen()
	a.Subprocessors.Provision = obligation.In("Liste over underbehandlere", "6.1")
	n, of := a.Unreviewed()
	if n != 2 || of != a.Coverage().Terms {
		t.Errorf("Unreviewed = %d of %d, want 2 of %d", n, of, a.Coverage().Terms)
	}
}
