package review_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/obligation"
)

// TestRepealsFromTheSources pins each row of the embedded table to the
// dates of the sources (FACTS §4, GDPR Art. 94(1)), and checks that the
// file read from disk, as a user with a newer copy would, gives the same
// table.
func TestRepealsFromTheSources(t *testing.T) {
	want := []review.Repeal{
		{Repealed: review.PersonalDataAct2000, Replacement: review.PersonalDataAct, On: obligation.NewDate(2018, 7, 20), Basis: review.Reference{Instrument: review.PersonalDataAct}},
		{Repealed: review.PersonalDataRegulations2000, Replacement: review.PersonalDataAct, On: obligation.NewDate(2018, 7, 20), Basis: review.Reference{Instrument: review.PersonalDataAct}},
		{Repealed: review.HealthRegistersAct2001, Replacement: review.HealthRegistersAct, On: obligation.NewDate(2015, 1, 1), Basis: review.Reference{Instrument: review.HealthRegistersAct}},
		{Repealed: review.DataProtectionDirective, Replacement: review.GDPR, On: obligation.NewDate(2018, 5, 25), Basis: review.Art("94", 1, "")},
	}
	if diff := cmp.Diff(want, review.Repeals()); diff != "" {
		t.Errorf("embedded table mismatch (-want +got):\n%s", diff)
	}
	got, err := review.ReadRepeals(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("file read mismatch (-want +got):\n%s", diff)
	}
}

// TestRepealBoundaries reviews an agreement citing each repealed
// instrument on the day before and the day of its repeal.
func TestRepealBoundaries(t *testing.T) {
	for _, r := range []struct {
		id   review.Instrument
		day  string
		code review.Code
	}{
		{review.PersonalDataAct2000, "2018-07-20", review.LawRepealed},
		{review.PersonalDataRegulations2000, "2018-07-20", review.LawRepealed},
		{review.HealthRegistersAct2001, "2015-01-01", review.LawRepealed},
		{review.DataProtectionDirective, "2018-05-25", review.DirectiveCited},
	} {
		a := agreement.Agreement{ID: "x", Laws: agreement.Laws{Provision: obligation.At("1"), Cited: []agreement.Law{{ID: string(r.id)}}}}
		d := obligation.MustParseDate(r.day)
		before, err1 := review.Agreement(a, d.AddDays(-1))
		on, err2 := review.Agreement(a, d)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if before.Has(r.code) {
			t.Errorf("%s reported repealed on the day before %s", r.id, r.day)
		}
		if !on.Has(r.code) {
			t.Errorf("%s not reported repealed on %s", r.id, r.day)
		}
	}
}

func TestReadRepealsErrors(t *testing.T) {
	const header = "repealed\treplacement\ton\tbasis\tsource\n"
	for _, c := range []struct{ name, file, want string }{
		{"header", "repealed\ton\n", "law/repeals.tsv:1: header"},
		{"cells", header + "A\tB\t2020-01-01\n", "3 cells, want 5"},
		{"date", header + "A\tB\t2020-13-01\tA\tx\n", "law/repeals.tsv:2:"},
		{"basis", header + "A\tB\t2020-01-01\t\tx\n", "basis and source are required"},
		{"paragraph", header + "A\tB\t2020-01-01\tA:1:x\tx\n", "paragraph \"x\""},
		{"no header", "# only a comment\n", "no header line"},
	} {
		_, err := review.ReadRepeals(fstest.MapFS{"law/repeals.tsv": &fstest.MapFile{Data: []byte(c.file)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
	}
}
