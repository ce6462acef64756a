package review_test

import (
	"bytes"
	"flag"
	"github.com/personvern/dpa/agreement/review"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenAgreement has at least one finding of every severity and every
// kind of argument: a repealed law with a date and notes, a document
// title, a country, a blank clause and text that Markdown would read as
// markup.
func goldenAgreement() agreement.Agreement {
	a := reviewComplete()
	a.ID = "golden"
	a.Term = agreement.Term{}
	a.Service = agreement.Service{Provision: obligation.BlankAt("1")}
	a.Laws = agreement.Laws{Provision: obligation.At("Innledning"), Successors: true, Cited: []agreement.Law{
		{ID: "LOV-2000-04-14-31", Clause: "Innledning"}, {ID: "31995L0046", Clause: "Innledning"},
	}}
	a.GoverningLaw = agreement.GoverningLaw{Provision: obligation.At("12"), Country: "NO"}
	a.Documents = append(a.Documents, agreement.Document{Title: "Vilkår *bruk* [AUP]"})
	return a
}

func TestReviewGolden(t *testing.T) {
	r := mustReview(t, goldenAgreement(), reviewDay)
	complete := mustReview(t, reviewComplete(), reviewDay)
	for _, tc := range []struct {
		file  string
		tag   language.Tag
		write func(*bytes.Buffer, language.Tag) error
	}{
		{"golden.nb.txt", language.Norwegian, func(b *bytes.Buffer, t language.Tag) error { return r.WriteText(b, t) }},
		{"golden.en.txt", language.English, func(b *bytes.Buffer, t language.Tag) error { return r.WriteText(b, t) }},
		{"golden.nb.md", language.Norwegian, func(b *bytes.Buffer, t language.Tag) error { return r.WriteMarkdown(b, t) }},
		{"golden.en.md", language.English, func(b *bytes.Buffer, t language.Tag) error { return r.WriteMarkdown(b, t) }},
		{"empty.nb.md", language.MustParse("nb"), func(b *bytes.Buffer, t language.Tag) error {
			return complete.WriteMarkdown(b, t)
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.write(&got, tc.tag); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./agreement/review -run TestReviewGolden -update to write it)", err)
			}
			if !bytes.Equal(want, got.Bytes()) {
				t.Errorf("%s is out of date:\n%s\n(run with -update and review the diff)", path, got.String())
			}
		})
	}
}

// TestMessages pins a few messages word for word in both languages, so a
// change to the catalog is a deliberate one.
func TestMessages(t *testing.T) {
	a := reviewComplete()
	a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}}
	a.GoverningLaw.Venue = ""
	r := mustReview(t, a, reviewDay)
	tests := []struct {
		code   review.Code
		tag    language.Tag
		prefix string
	}{
		{review.DirectiveCited, language.Norwegian,
			"Avtalen viser til personverndirektivet (direktiv 95/46/EF), som ble opphevet med virkning fra 25. mai 2018 (art. 94 nr. 1) og erstattet av personvernforordningen (GDPR). Etter art. 94 nr. 2 leses henvisningen som en henvisning til forordningen"},
		{review.DirectiveCited, language.English,
			"The agreement cites the Data Protection Directive (95/46/EC), which was repealed with effect from 25 May 2018 (Art. 94(1)) and replaced by the GDPR (Regulation (EU) 2016/679). Under Art. 94(2) the reference reads as one to the GDPR"},
		{review.VenueMissing, language.MustParse("nb"), "Avtalen velger lovgivningen i Norge, men angir ikke verneting."},
		{review.VenueMissing, language.MustParse("nn"), "Avtalen velger lovgivningen i Norge, men angir ikke verneting."},
		{review.VenueMissing, language.BritishEnglish, "The agreement chooses the law of Norway but names no venue."},
		{review.VenueMissing, language.German, "The agreement chooses the law of Norway but names no venue."},
	}
	for _, tt := range tests {
		fs := r.WithCode(tt.code).Findings
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings, want 1", tt.code, len(fs))
		}
		if got := fs[0].Message(tt.tag); !strings.HasPrefix(got, tt.prefix) {
			t.Errorf("%s (%v):\n got %q\nwant prefix %q", tt.code, tt.tag, got, tt.prefix)
		}
	}
}

// TestDutyMessages pins the messages of the duty checks that carry an
// argument, in both languages.
func TestDutyMessages(t *testing.T) {
	a := reviewComplete()
	a.Assistance.Scope.Tasks = a.Assistance.Scope.Tasks[:2] // data subjects' requests and the impact assessment
	a.Audit.Inspection = agreement.AdvanceNotice{Provision: obligation.At("Sikkerhet"), Period: obligation.Unquantified(obligation.InTime)}
	r := mustReview(t, a, reviewDay)
	tests := []struct {
		code   review.Code
		tag    language.Tag
		prefix string
	}{
		{review.DPIAAssistanceMissing, language.English,
			"The agreement's duty to assist does not name the obligations under Art. 32, 33–34, 36, and the agreement has no general duty to assist."},
		{review.DPIAAssistanceMissing, language.Norwegian,
			"Avtalens bistandsplikt nevner ikke pliktene etter art. 32, 33–34, 36, og avtalen har ingen generell bistandsplikt."},
		{review.AuditNoticeVague, language.Norwegian, "Avtalen krever at den behandlingsansvarlige varsler før revisjon eller inspeksjon, men angir bare en skjønnsmessig frist, ikke et antall dager."},
		{review.AuditNoticeVague, language.English, "The agreement requires the controller to give notice before an audit or inspection, but gives only a standard, not a number of days."},
	}
	for _, tt := range tests {
		fs := r.WithCode(tt.code).Findings
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings, want 1", tt.code, len(fs))
		}
		if got := fs[0].Message(tt.tag); !strings.HasPrefix(got, tt.prefix) {
			t.Errorf("%s (%v):\n got %q\nwant prefix %q", tt.code, tt.tag, got, tt.prefix)
		}
	}
}

func TestMarkdownEscapesAgreementText(t *testing.T) {
	a := reviewComplete()
	a.Documents = append(a.Documents, agreement.Document{Title: "# heading\n- item *bold* `code`"})
	var b bytes.Buffer
	if err := mustReview(t, a, reviewDay).WriteMarkdown(&b, language.English); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"\n# heading", "\n- item", "*bold*", "`code`"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown holds unescaped %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, `\# heading - item \*bold\* \`+"`code\\`") {
		t.Errorf("Markdown lost the title's text:\n%s", out)
	}
}

// TestReportCitesClausesInItsLanguage: a Norwegian agreement's headings
// stay Norwegian names in an English report, in quotation marks, and the
// library's own notation for paragraphs and annex clauses (¶, §) never
// reaches the reader ("Avvik ¶2" is We Are Media's second paragraph under
// «Avvik»; "Vedlegg 3.3 §4.2" Nortelecom's clause 4.2 of Vedlegg 3.3).
func TestReportCitesClausesInItsLanguage(t *testing.T) {
	r := review.Report{Agreement: "x", Title: "Databehandleravtale", Language: "nb", On: reviewDay,
		Findings: []review.Finding{
			{Code: review.BreachContentsNotListed, Severity: review.Info, Clause: "Avvik ¶2", Basis: review.Art("33", 3, "")},
			{Code: review.PeriodContradiction, Severity: review.Weak, Clause: "12.2", Basis: review.Art("28", 3, "g"),
				Args: []review.Arg{{Clause: "Vedlegg 3.3 §4.2"}, {Period: obligation.Unquantified(obligation.Immediately)}, {Clause: "12.2"}, {Period: obligation.Months(3)}}},
			// We Are Media names «AUP» as part of the agreement, in no
			// clause of its own.
			{Code: review.DocumentNotReproduced, Severity: review.Info, Clause: "AUP", Basis: review.Art("28", 3, ""),
				Args: []review.Arg{{Text: "AUP"}}},
		}}
	for _, tt := range []struct {
		tag  language.Tag
		want []string
	}{
		{language.English, []string{"GDPR Art. 28(3), the document “AUP” [", "clause “Avvik”, second paragraph", "Annex 3.3 clause 4.2 sets it at", "clause 12.2 at 3 months", "Review of “Databehandleravtale”"}},
		{language.Norwegian, []string{"GDPR art. 28 nr. 3, dokumentet «AUP» [", "pkt. Avvik, andre avsnitt", "vedlegg 3.3 pkt. 4.2 setter fristen", "Gjennomgang av «Databehandleravtale»"}},
	} {
		var b strings.Builder
		if err := r.WriteText(&b, tt.tag); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: no %q in\n%s", tt.tag, w, out)
			}
		}
		if strings.ContainsAny(out, "¶§") {
			t.Errorf("%v: the report shows ¶ or §:\n%s", tt.tag, out)
		}
	}
}
