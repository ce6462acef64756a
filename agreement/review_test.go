package agreement_test

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// reviewDay is the day the issue asks the seeds to be reviewed on.
var reviewDay = obligation.NewDate(2026, 11, 23)

// complete returns an agreement that meets every check Review has, so that
// each test can take one thing away. Its terms follow the 2021/915
// clauses: subject matter and duration set out (Clauses 6 and 7.3, Annex
// II), the text reproduced, the GDPR cited, Norwegian law and a venue.
func complete() agreement.Agreement {
	return agreement.Agreement{
		ID: "complete", Title: "Databehandleravtale", Language: "nb",
		Documents: []agreement.Document{{Title: "Databehandleravtale", Included: true}},
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "Leverandør AS"},
			{Role: agreement.Controller, Name: "Kunde AS"},
		},
		Service: agreement.Service{Provision: obligation.At("1"), Name: "Tjenesten", SubjectMatter: "Hosting of the controller's customer register."},
		Laws: agreement.Laws{Provision: obligation.At("2"), Cited: []agreement.Law{
			{ID: "32016R0679", Clause: "2"}, {ID: "LOV-2018-06-15-38", Clause: "2"},
		}},
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("12"), Country: "NO", Venue: "Oslo tingrett"},
		Term:         agreement.Term{Provision: obligation.At("11"), Basis: agreement.FollowsMainAgreement},
		Processing:   agreement.Processing{Provision: obligation.At("Vedlegg 1")},
	}
}

func codesOf(r agreement.Report) []agreement.Code {
	var cs []agreement.Code
	for _, f := range r.Findings {
		cs = append(cs, f.Code)
	}
	return cs
}

func TestReviewCompleteAgreementHasNoFindings(t *testing.T) {
	if r := agreement.Review(complete(), reviewDay); len(r.Findings) != 0 {
		t.Errorf("Review(complete) = %v, want no findings", codesOf(r))
	}
}

// TestReviewChecks runs each check on an agreement that triggers it and on
// one that does not; want is the whole report, so a check that fires where
// it should not shows too.
func TestReviewChecks(t *testing.T) {
	art28_3 := agreement.Art("28", 3, "")
	art28_9 := agreement.Art("28", 9, "")
	tests := []struct {
		name   string
		change func(*agreement.Agreement)
		on     obligation.Date // zero: reviewDay, unless noDay
		noDay  bool
		want   []agreement.Finding
		reason string
	}{
		{
			name:   "subject matter absent",
			change: func(a *agreement.Agreement) { a.Service = agreement.Service{} },
			want:   []agreement.Finding{{Code: agreement.SubjectMatterMissing, Severity: agreement.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name:   "subject matter left blank",
			change: func(a *agreement.Agreement) { a.Service = agreement.Service{Provision: obligation.BlankAt("1")} },
			want: []agreement.Finding{{Code: agreement.SubjectMatterMissing, Severity: agreement.Unmet, Clause: "1", Basis: art28_3,
				Args: []agreement.Arg{{Key: "note.blank"}}}},
		},
		{
			name:   "service named without its subject matter",
			change: func(a *agreement.Agreement) { a.Service.SubjectMatter = " " },
			want: []agreement.Finding{{Code: agreement.SubjectMatterMissing, Severity: agreement.Unmet, Clause: "1", Basis: art28_3,
				Args: []agreement.Arg{{}}}},
		},
		{
			name:   "duration absent",
			change: func(a *agreement.Agreement) { a.Term = agreement.Term{} },
			want:   []agreement.Finding{{Code: agreement.DurationMissing, Severity: agreement.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name: "duration while processing continues",
			change: func(a *agreement.Agreement) {
				a.Term = agreement.Term{Provision: obligation.At("12.1"), Basis: agreement.WhileProcessing}
			},
			reason: "Nortelecom 12.1 ties the duration to the processing, which states it",
		},
		{
			name:   "processing not described",
			change: func(a *agreement.Agreement) { a.Processing = agreement.Processing{} },
			want:   []agreement.Finding{{Code: agreement.ProcessingNotDescribed, Severity: agreement.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name:   "no document reproduced",
			change: func(a *agreement.Agreement) { a.Documents = nil },
			want:   []agreement.Finding{{Code: agreement.NoWrittenText, Severity: agreement.Info, Absent: true, Basis: art28_9}},
		},
		{
			name: "privacy policy referred to, not reproduced",
			change: func(a *agreement.Agreement) {
				a.Documents = append(a.Documents, agreement.Document{Title: "Personvernerklæringen"})
			},
			want: []agreement.Finding{{Code: agreement.DocumentNotReproduced, Severity: agreement.Info, Clause: "Personvernerklæringen",
				Basis: art28_9, Args: []agreement.Arg{{Text: "Personvernerklæringen"}}}},
		},
		{
			name: "the 2000 Personal Data Act, after its repeal",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "LOV-2000-04-14-31", Clause: "Innledning"}}
			},
			on: obligation.NewDate(2018, 7, 20),
			want: []agreement.Finding{{Code: agreement.LawRepealed, Severity: agreement.Weak, Clause: "Innledning",
				Basis: agreement.Reference{Instrument: agreement.PersonalDataAct},
				Args: []agreement.Arg{{Law: agreement.PersonalDataAct2000}, {Date: obligation.NewDate(2018, 7, 20)},
					{Law: agreement.PersonalDataAct}, {}, {}}}},
			reason: "LOV-2018-06-15-38 replaced LOV-2000-04-14-31 from 20 July 2018 (FACTS §4)",
		},
		{
			name: "the 2000 Personal Data Act, the day before its repeal",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "LOV-2000-04-14-31", Clause: "Innledning"}}
			},
			on:     obligation.NewDate(2018, 7, 19),
			reason: "an agreement reviewed before the repeal cites the law then in force",
		},
		{
			name: "the 2001 Health Registers Act, with a successors clause",
			change: func(a *agreement.Agreement) {
				a.Laws = agreement.Laws{Provision: obligation.At("Innledning"), Successors: true,
					Cited: []agreement.Law{{ID: "LOV-2001-05-18-24"}}}
			},
			want: []agreement.Finding{{Code: agreement.LawRepealed, Severity: agreement.Weak, Clause: "Innledning",
				Basis: agreement.Reference{Instrument: agreement.HealthRegistersAct},
				Args: []agreement.Arg{{Law: agreement.HealthRegistersAct2001}, {Date: obligation.NewDate(2015, 1, 1)},
					{Law: agreement.HealthRegistersAct}, {Key: "note.successors"}, {}}}},
			reason: "the law carries no clause of its own, so the Laws provision's clause is used",
		},
		{
			name: "Directive 95/46/EC beside the GDPR",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}, {ID: "32016R0679", Clause: "1"}}
			},
			want: []agreement.Finding{{Code: agreement.LawRepealed, Severity: agreement.Weak, Clause: "1",
				Basis: agreement.Art("94", 1, ""),
				Args: []agreement.Arg{{Law: agreement.DataProtectionDirective}, {Date: obligation.NewDate(2018, 5, 25)},
					{Law: agreement.GDPR}, {Key: "note.also-cites"}, {Key: "note.art94-2"}}}},
			reason: "GDPR Art. 94(1) repeals the Directive from 25 May 2018",
		},
		{
			name: "Directive 95/46/EC on 24 May 2018",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}}
			},
			on:     obligation.NewDate(2018, 5, 24),
			reason: "MailMojo's own date: the Directive still applied",
		},
		{
			name: "no review date",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}}
			},
			noDay:  true,
			reason: "date-dependent checks are skipped without a date",
		},
		{
			name:   "no governing law",
			change: func(a *agreement.Agreement) { a.GoverningLaw = agreement.GoverningLaw{} },
			want:   []agreement.Finding{{Code: agreement.GoverningLawMissing, Severity: agreement.Info, Absent: true, Basis: art28_3}},
		},
		{
			name:   "law without venue",
			change: func(a *agreement.Agreement) { a.GoverningLaw.Venue = "" },
			want: []agreement.Finding{{Code: agreement.VenueMissing, Severity: agreement.Info, Clause: "12", Basis: art28_3,
				Args: []agreement.Arg{{Country: "NO"}}}},
		},
		{
			name: "governing law settled in the main agreement",
			change: func(a *agreement.Agreement) {
				a.GoverningLaw = agreement.GoverningLaw{Provision: obligation.At("15.1"), InDocument: "hovedavtalen"}
			},
			reason: "Nortelecom 15.1 leaves both to the main agreement: a choice is made",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := complete()
			tt.change(&a)
			on := tt.on
			if on.IsZero() && !tt.noDay {
				on = reviewDay
			}
			got := agreement.Review(a, on).Findings
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

func TestReviewOrderIsStable(t *testing.T) {
	a := complete()
	a.Service, a.Term, a.GoverningLaw = agreement.Service{}, agreement.Term{}, agreement.GoverningLaw{}
	a.Laws.Cited = []agreement.Law{{ID: "LOV-2001-05-18-24", Clause: "2"}, {ID: "31995L0046", Clause: "2"}, {ID: "LOV-2000-04-14-31", Clause: "2"}}
	a.Documents = append(a.Documents, agreement.Document{Title: "B"}, agreement.Document{Title: "A"})
	got := codesOf(agreement.Review(a, reviewDay))
	want := []agreement.Code{
		// unmet, GDPR Art. 28(3), by code
		agreement.DurationMissing, agreement.SubjectMatterMissing,
		// weak: GDPR Art. 94(1) before the Norwegian acts, by identifier
		agreement.LawRepealed, agreement.LawRepealed, agreement.LawRepealed,
		// information: Art. 28(3) before 28(9); the documents by title
		agreement.GoverningLawMissing, agreement.DocumentNotReproduced, agreement.DocumentNotReproduced,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
	r := agreement.Review(a, reviewDay)
	if doc := r.Findings[len(r.Findings)-1]; doc.Clause != "B" {
		t.Errorf("last finding concerns %q, want B (documents by title)", doc.Clause)
	}
	// Reversing the input must not change the report.
	slices.Reverse(a.Laws.Cited)
	slices.Reverse(a.Documents)
	if diff := cmp.Diff(r, agreement.Review(a, reviewDay)); diff != "" {
		t.Errorf("report depends on input order (-want +got):\n%s", diff)
	}
}

func TestReportFilters(t *testing.T) {
	a := complete()
	a.Term, a.GoverningLaw = agreement.Term{}, agreement.GoverningLaw{Provision: obligation.At("12"), Country: "NO"}
	a.Laws.Cited = append(a.Laws.Cited, agreement.Law{ID: "31995L0046", Clause: "2"})
	r := agreement.Review(a, reviewDay)

	tests := []struct {
		name string
		got  agreement.Report
		want []agreement.Code
	}{
		{"unmet", r.WithSeverity(agreement.Unmet), []agreement.Code{agreement.DurationMissing}},
		{"weak or info", r.WithSeverity(agreement.Weak, agreement.Info), []agreement.Code{agreement.LawRepealed, agreement.VenueMissing}},
		{"by code", r.WithCode(agreement.VenueMissing), []agreement.Code{agreement.VenueMissing}},
		{"within Art. 28", r.Within(agreement.Reference{Instrument: agreement.GDPR, Article: "28"}),
			[]agreement.Code{agreement.DurationMissing, agreement.VenueMissing}},
		{"within Art. 94(1)", r.Within(agreement.Art("94", 1, "")), []agreement.Code{agreement.LawRepealed}},
		{"within Art. 28(9)", r.Within(agreement.Art("28", 9, "")), nil},
		{"suppressed", r.Suppress(agreement.LawRepealed, agreement.VenueMissing), []agreement.Code{agreement.DurationMissing}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, codesOf(tt.got)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
		if tt.got.Agreement != "complete" || tt.got.On != reviewDay {
			t.Errorf("%s: filter lost the agreement or the day: %q %v", tt.name, tt.got.Agreement, tt.got.On)
		}
	}
	if !r.Has(agreement.LawRepealed) || r.Has(agreement.NoWrittenText) {
		t.Error("Has reports the wrong codes")
	}
	if got := [3]int{r.Count(agreement.Unmet), r.Count(agreement.Weak), r.Count(agreement.Info)}; got != [3]int{1, 1, 1} {
		t.Errorf("Count = %v, want [1 1 1]", got)
	}
	if len(r.Findings) != 3 {
		t.Errorf("filters changed the report: %v", codesOf(r))
	}
}

func TestCodes(t *testing.T) {
	seen := map[agreement.Code]bool{}
	for _, c := range agreement.Codes() {
		if seen[c] {
			t.Errorf("code %q listed twice", c)
		}
		seen[c] = true
		for _, r := range string(c) {
			if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
				t.Errorf("code %q is not kebab-case", c)
				break
			}
		}
		for _, tag := range []language.Tag{language.Norwegian, language.English} {
			if m := (agreement.Finding{Code: c}).Message(tag); m == string(c) || m == "" {
				t.Errorf("code %q has no %v message", c, tag)
			}
		}
		var back agreement.Code
		if b, err := c.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != c {
			t.Errorf("code %q does not round-trip: %v", c, err)
		}
	}
	var c agreement.Code
	if err := c.UnmarshalText([]byte("art28-3-unknown")); err == nil {
		t.Error("UnmarshalText accepted an unknown code")
	}
	if _, err := agreement.Code("nope").MarshalText(); err == nil {
		t.Error("MarshalText accepted an unknown code")
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []agreement.Severity{agreement.Unmet, agreement.Weak, agreement.Info} {
		var back agreement.Severity
		b, err := s.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("%v does not round-trip: %v", s, err)
		}
	}
	var s agreement.Severity
	if err := s.UnmarshalText([]byte("critical")); err == nil {
		t.Error("UnmarshalText accepted an unknown severity")
	}
	if _, err := agreement.Severity(0).MarshalText(); err == nil {
		t.Error("the zero Severity marshalled")
	}
	if got := agreement.Severity(9).String(); got != "%!Severity(9)" {
		t.Errorf("String of an unknown severity = %q", got)
	}
	if got := agreement.Unmet.Label(language.Norwegian); got != "mangler eller motstrid" {
		t.Errorf("Label(nb) = %q", got)
	}
}

func TestReferenceLabel(t *testing.T) {
	tests := []struct {
		ref    agreement.Reference
		nb, en string
	}{
		{agreement.Art("28", 3, "h"), "GDPR art. 28 nr. 3 bokstav h", "GDPR Art. 28(3)(h)"},
		{agreement.Art("28", 9, ""), "GDPR art. 28 nr. 9", "GDPR Art. 28(9)"},
		{agreement.Reference{Instrument: agreement.GDPR, Article: "28", Paragraph: 3, Subparagraph: 2},
			"GDPR art. 28 nr. 3 annet ledd", "GDPR Art. 28(3), second subparagraph"},
		{agreement.Reference{Instrument: agreement.StandardClauses, Article: "7.5"},
			"beslutning (EU) 2021/915 klausul 7.5", "Decision (EU) 2021/915 Clause 7.5"},
		{agreement.Reference{Instrument: agreement.PersonalDataAct, Article: "5", Paragraph: 2},
			"LOV-2018-06-15-38 § 5 annet ledd", "LOV-2018-06-15-38 § 5(2)"},
		{agreement.Reference{Instrument: agreement.PersonalDataAct}, "LOV-2018-06-15-38", "LOV-2018-06-15-38"},
		{agreement.Reference{Instrument: "32019R0001", Article: "3"}, "32019R0001 art. 3", "32019R0001 Art. 3"},
	}
	for _, tt := range tests {
		if got := tt.ref.Label(language.Norwegian); got != tt.nb {
			t.Errorf("Label(nb) = %q, want %q", got, tt.nb)
		}
		if got := tt.ref.Label(language.English); got != tt.en {
			t.Errorf("Label(en) = %q, want %q", got, tt.en)
		}
	}
}

func TestReferenceCompare(t *testing.T) {
	ordered := []agreement.Reference{
		agreement.Art("28", 2, ""),
		agreement.Art("28", 3, ""),
		agreement.Art("28", 3, "a"),
		agreement.Art("28", 3, "h"),
		agreement.Art("28", 10, ""),
		agreement.Art("32", 1, ""),
		agreement.Art("94", 1, ""),
		{Instrument: agreement.StandardClauses, Article: "7.5"},
		{Instrument: agreement.StandardClauses, Article: "7.10"},
		{Instrument: agreement.PersonalDataAct},
	}
	for i := range ordered {
		for j := range ordered {
			if got, want := ordered[i].Compare(ordered[j]), cmpInt(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestReportJSONRoundTrip(t *testing.T) {
	a := complete()
	a.Term, a.GoverningLaw = agreement.Term{}, agreement.GoverningLaw{}
	a.Laws.Cited = append(a.Laws.Cited, agreement.Law{ID: "31995L0046", Clause: "2"})
	r := agreement.Review(a, reviewDay)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back agreement.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

// FuzzReview checks that Review and the report's rendering never panic on
// an agreement Decode accepts, on any day, and that every finding cites a
// legal basis.
func FuzzReview(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", "*.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, 2026, 11, 23)
		}
	}
	f.Add([]byte(`{"id":"x","laws":{"cited":[{"id":"31995L0046"}]}}`), 2018, 5, 25)
	f.Fuzz(func(t *testing.T, data []byte, y, m, d int) {
		a, err := agreement.Decode(data)
		if err != nil {
			return
		}
		r := agreement.Review(a, obligation.NewDate(y, time.Month(m), d))
		for _, tag := range []language.Tag{language.Norwegian, language.English} {
			if err := r.WriteText(io.Discard, tag); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteMarkdown(io.Discard, tag); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range r.Findings {
			if f.Basis.Instrument == "" {
				t.Errorf("%s: a finding without a legal basis", f.Code)
			}
		}
	})
}
