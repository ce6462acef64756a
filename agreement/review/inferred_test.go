package review_test

import (
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// A finding that rests on a term the model reads from the text rather
// than one the text states says so, with the reason, in both languages;
// the same finding on a stated term does not.
func TestFindingsOnInferredTerms(t *testing.T) {
	const why = "the check-list's boxes are unticked; health data are read from its examples"
	stated := examples.StandardClauses()
	stated.Processing.Description.SpecialCategories = annex.ListAt("Vedlegg 1", annex.SpecialCategory{Kind: annex.SpecialHealth})
	inferred := examples.StandardClauses()
	inferred.Processing.Description.SpecialCategories = annex.InferredAt("Vedlegg 1", why, annex.SpecialCategory{Kind: annex.SpecialHealth})

	const authWhy = "the text names no kind of authorisation; changes go ahead after notice"
	general := examples.StandardClauses()
	p := &general.SubprocessorPolicy
	p.Authorisation = subprocessor.AuthorisationTerm{Provision: obligation.InferredAt("7.7", authWhy), Kind: subprocessor.General}
	p.Objection = subprocessor.Objection{}
	generalStated := general
	generalStated.SubprocessorPolicy.Authorisation.Provision = obligation.At("7.7")

	for _, tt := range []struct {
		name       string
		code       review.Code
		stated, on func() review.Report
		reason     string
	}{
		{"special categories read from a check-list", review.SensitiveDataSafeguards,
			func() review.Report { return mustReview(t, stated, reviewDay) }, func() review.Report { return mustReview(t, inferred, reviewDay) }, why},
		{"a general authorisation read from its mechanism", review.NoObjectionRight,
			func() review.Report { return mustReview(t, generalStated, reviewDay) }, func() review.Report { return mustReview(t, general, reviewDay) }, authWhy},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.stated().WithCode(tt.code).Findings
			f := tt.on().WithCode(tt.code).Findings
			if len(s) != 1 || len(f) != 1 {
				t.Fatalf("%d findings on the stated term, %d on the inferred, want 1 each", len(s), len(f))
			}
			if s[0].Inferred != "" {
				t.Errorf("the finding on a stated term says it is inferred: %q", s[0].Inferred)
			}
			if f[0].Inferred != tt.reason {
				t.Errorf("Inferred = %q, want %q", f[0].Inferred, tt.reason)
			}
			for _, m := range []struct{ tag, want string }{
				{"en", "(Inferred from the text, not stated in it: " + tt.reason + ".)"},
				{"nb", "(Utledet av teksten, ikke uttrykkelig sagt.)"},
			} {
				msg := f[0].Message(language.MustParse(m.tag))
				if !strings.HasSuffix(msg, m.want) {
					t.Errorf("%s message %q does not end with %q", m.tag, msg, m.want)
				}
				if strings.Contains(s[0].Message(language.MustParse(m.tag)), "(") && strings.Contains(s[0].Message(language.MustParse(m.tag)), tt.reason) {
					t.Errorf("%s: the stated term's message gives the reason", m.tag)
				}
			}
		})
	}
}

// The seed whose special categories are read from an unticked check-list
// (Assistert Selvhjelp's Vedlegg 1) gets its sensitive-data finding with
// the model's reason.
func TestSeedFindingOnInferredList(t *testing.T) {
	a := examples.AssistertSelvhjelp()
	fs := mustReview(t, a, reviewDay).WithCode(review.SensitiveDataSafeguards).Findings
	if len(fs) != 1 {
		t.Fatalf("%d sensitive-data findings, want 1", len(fs))
	}
	want := a.Processing.Description.SpecialCategories.Reason
	if want == "" || !strings.Contains(fs[0].Inferred, want) {
		t.Errorf("Inferred = %q, want it to give %q", fs[0].Inferred, want)
	}
}
