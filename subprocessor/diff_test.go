package subprocessor_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestNormalName(t *testing.T) {
	tests := []struct{ a, b, reason string }{
		{"SendGrid, Inc.", "Sendgrid Inc", "case and punctuation"},
		{"Amazon Web Services, Inc.", "AMAZON WEB SERVICES", "legal form dropped"},
		{"Zisson AS", "Zisson", "Norwegian AS"},
		{"We4you AS", "WE4YOU A/S", "A/S"},
		{"Functional Software, Inc.", "Functional Software Incorporated", "Inc. and Incorporated"},
		{"Müller GmbH", norm.NFD.String("Müller GmbH"), "composed and decomposed ü"},
		{"Ærlig Data ASA", "ærlig  data", "Norwegian letters, ASA, spacing"},
		{"ＡＷＳ Ltd.", "AWS Limited", "full-width letters (NFKC)"},
		{"Straße AB", "STRASSE", "case folding of ß"},
		{"Acme & Co.", "ACME", "& Co."},
	}
	for _, tt := range tests {
		if a, b := subprocessor.NormalName(tt.a), subprocessor.NormalName(tt.b); a != b {
			t.Errorf("%s: %q → %q, %q → %q", tt.reason, tt.a, a, tt.b, b)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Amazon Web Services, Inc.", "amazon web services"},
		{"AS", "as"},
		{"Google Cloud", "google cloud"},
	} {
		if got := subprocessor.NormalName(tt.in); got != tt.want {
			t.Errorf("NormalName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if subprocessor.NormalName("Zisson") == subprocessor.NormalName("Zissen") {
		t.Error("different names match")
	}
}

func loc(codes ...string) []subprocessor.Location {
	var ls []subprocessor.Location
	for _, c := range codes {
		ls = append(ls, subprocessor.In(c))
	}
	return ls
}

func TestDiff(t *testing.T) {
	old := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "SendGrid, Inc.", Service: "SendGrid", Purpose: "e-post", Reach: subprocessor.PersonalData, Processing: loc("US")},
		{Name: "Amazon Web Services, Inc.", Service: "Amazon S3", Purpose: "backup", Reach: subprocessor.PersonalData, Processing: loc("IE", "DE")},
		{Name: "Functional Software, Inc.", Service: "Sentry", Purpose: "feilsøking", Reach: subprocessor.AnonymousStatistics},
		{Name: "Zisson AS", Purpose: "telefoni", Access: loc("NO")},
		{Name: "Gammel AS", Purpose: "kundekort"},
		{Name: "Borte Ltd", Purpose: "chat", Subprocessors: []subprocessor.Entry{{Name: "Under GmbH"}}},
	}}
	new := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "Ny AS", Purpose: "Kundekort"},
		{Name: "Sendgrid Inc", Service: "SendGrid", Purpose: "e-post", Reach: subprocessor.PersonalData, Processing: loc("US"),
			Subprocessors: []subprocessor.Entry{{Name: "Twilio Inc."}}},
		{Name: "AMAZON WEB SERVICES", Service: "Amazon S3", Purpose: "backup", Reach: subprocessor.PersonalData, Processing: loc("DE", "US")},
		{Name: "Functional Software Inc.", Service: "Sentry", Purpose: "feilsøking", Reach: subprocessor.PersonalData},
		{Name: "Zisson", Purpose: "telefoni", Access: loc("NO", "PH")},
		{Name: "Helt Ny ASA", Purpose: "analyse"},
	}}
	type row struct {
		Kind subprocessor.ChangeKind
		Path string
	}
	var got []row
	for _, d := range subprocessor.Diff(old, new) {
		got = append(got, row{d.Kind, d.Path})
	}
	want := []row{
		{subprocessor.Relocate, "AMAZON WEB SERVICES"},   // IE, DE → DE, US
		{subprocessor.Remove, "Borte Ltd"},               // no arrival with the purpose "chat"
		{subprocessor.Widen, "Functional Software Inc."}, // anonymous statistics → personal data
		{subprocessor.Add, "Helt Ny ASA"},
		{subprocessor.Replace, "Ny AS"}, // Gammel AS leaves, Ny AS arrives for the customer card
		{subprocessor.Add, "Sendgrid Inc > Twilio Inc."},
		{subprocessor.MoveAccess, "Zisson"}, // access also from the Philippines
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	// The same registers in another order give the same differences.
	rev := func(r subprocessor.Register) subprocessor.Register {
		es := append([]subprocessor.Entry(nil), r.Entries...)
		for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
			es[i], es[j] = es[j], es[i]
		}
		return subprocessor.Register{Entries: es}
	}
	if diff := cmp.Diff(subprocessor.Diff(old, new), subprocessor.Diff(rev(old), rev(new))); diff != "" {
		t.Errorf("order dependent (-in order +reversed):\n%s", diff)
	}
	if d := subprocessor.Diff(new, new); len(d) != 0 {
		t.Errorf("Diff(r, r) = %v, want empty", d)
	}
}

func TestDiffAmendAndDuplicates(t *testing.T) {
	a := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "X AS", Purpose: "a"}, {Name: "X AS", Purpose: "b"}}}
	if d := subprocessor.Diff(a, a); len(d) != 0 {
		t.Errorf("duplicates: Diff(a, a) = %v", d)
	}
	b := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "X AS", Purpose: "a", Categories: []string{"navn"}}, {Name: "X AS", Purpose: "b"}}}
	d := subprocessor.Diff(a, b)
	if len(d) != 1 || d[0].Kind != subprocessor.Amend || len(d[0].New.Categories) != 1 {
		t.Errorf("amend: %+v", d)
	}
}

func TestTableNorwegianOrder(t *testing.T) {
	names := []string{"Åsen AS", "Zisson", "Ærlig AS", "amazon", "Øst AS", "Ørn AS", "Bravo"}
	subprocessor.SortNorwegian(names)
	want := []string{"amazon", "Bravo", "Zisson", "Ærlig AS", "Ørn AS", "Øst AS", "Åsen AS"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("Norwegian order … Z, Æ, Ø, Å: mismatch (-want +got):\n%s", diff)
	}
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "Åsen AS", Reach: subprocessor.PersonalData, Processing: loc("NO")},
		{Name: "Ærlig AS", Reach: subprocessor.AnonymousStatistics},
		{Name: "Amazon Web Services, Inc.", Service: "Amazon S3", Purpose: "Lagring av backup.", Reach: subprocessor.PersonalData,
			Categories: []string{"navn"}, Processing: loc("IE"), Access: loc("US"),
			Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021}}, Clause: "Bilag 1"},
	}}
	got := r.Table(language.MustParse("nb"))
	wantNB := strings.Join([]string{
		"Navn                       Tjeneste   Formål              Data                      Behandlingssted  Tilgang fra  Overføringsgrunnlag         Pkt.",
		"Amazon Web Services, Inc.  Amazon S3  Lagring av backup.  personopplysninger: navn  Irland           USA          standardavtaler (2021/914)  Bilag 1",
		"Ærlig AS                   —          —                   kun anonym statistikk     ukjent           —            —                           —",
		"Åsen AS                    —          —                   personopplysninger        Norge            —            —                           —",
		""}, "\n")
	if diff := cmp.Diff(wantNB, got); diff != "" {
		t.Errorf("nb table mismatch (-want +got):\n%s", diff)
	}
	en := r.Table(language.English)
	if !strings.HasPrefix(en, "Name") || !strings.Contains(en, "Ireland") || strings.Index(en, "Ærlig") > strings.Index(en, "Åsen") {
		t.Errorf("en table:\n%s", en)
	}
	multi := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "A AS", Service: "e-post\tog\r\nSMS", Purpose: "varsler\n"}}}
	if got := multi.Table(language.English); strings.Count(got, "\n") != 2 || !strings.Contains(got, "e-post og  SMS") {
		t.Errorf("a cell with tabs and line breaks must stay on its row:\n%s", got)
	}
	ref := subprocessor.Register{Source: subprocessor.Referenced, Reference: "Personvernerklæringen"}
	if got := ref.Table(language.MustParse("nb")); got != "Listen holdes andre steder: Personvernerklæringen\n" {
		t.Errorf("referenced: %q", got)
	}
}

func ExampleSortNorwegian() {
	names := []string{"Åsen AS", "Zisson", "Ærlig AS", "Amazon", "Øst AS"}
	subprocessor.SortNorwegian(names)
	fmt.Println(strings.Join(names, ", "))
	// Output: Amazon, Zisson, Ærlig AS, Øst AS, Åsen AS
}
