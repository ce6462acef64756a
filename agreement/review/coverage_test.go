package review_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// unseen returns a with every provision and every list of its processing
// description marked not seen: a copy of the agreement that lost every
// term. Parties, documents and the like stay.
func unseen(a agreement.Agreement) agreement.Agreement {
	markUnseen(reflect.ValueOf(&a).Elem())
	return a
}

func markUnseen(v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[obligation.Provision]():
		v.Set(reflect.ValueOf(obligation.Unseen()))
		return
	case v.Kind() == reflect.Struct && v.FieldByName("Status").IsValid() &&
		v.FieldByName("Status").Type() == reflect.TypeFor[annex.ListStatus]():
		v.Set(reflect.Zero(v.Type()))
		v.FieldByName("Status").Set(reflect.ValueOf(annex.ListNotSeen))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if f, ok := v.Type().FieldByName("Provision"); ok && f.Anonymous && len(f.Index) == 1 {
			// The whole term is lost with its provision; its own
			// sub-terms stay, not seen.
			v.Set(reflect.Zero(v.Type()))
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				markUnseen(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			markUnseen(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			markUnseen(v.Elem())
		}
	}
}

// A review of a copy that lost every term reports none of them as
// missing: it says how many it could not review.
func TestNotSeenIsNotMissing(t *testing.T) {
	for _, a := range append(examples.All(), examples.StandardClauses()) {
		t.Run(a.ID, func(t *testing.T) {
			u := unseen(a)
			r := mustReview(t, u, reviewDay)
			for _, f := range r.Findings {
				switch f.Code {
				case review.TermsNotReviewed, review.DocumentNotReproduced, review.NoDocumentReproduced:
					// what the review could not read, and the documents
					// the agreement lists without reproducing them
				default:
					t.Errorf("%s %s at %s: a not-seen term reported", f.Code, f.Severity, f.Clause)
				}
			}
			if !r.Has(review.TermsNotReviewed) {
				t.Errorf("the report does not say that terms could not be reviewed: %v", r.Findings)
			}
		})
	}
}

// A DPA that leaves its security measures and its subprocessor list to
// documents it does not reproduce (as Aptible's DPA does in 4.1 with its
// "Security Practices Summary" and in 5.3 with its subprocessor list):
// the review asks for each document once and reports neither term as
// missing.
func TestElsewhereAskedOnce(t *testing.T) {
	a := examples.MailMojo()
	a.Processing.Description.SecurityMeasures = annex.ElsewhereIn[annex.MeasureKind]("Security Practices Summary", "4.1")
	a.Duties.Security = agreement.SecurityDuty{Provision: obligation.In("Security Practices Summary", "4.1")}
	a.Subprocessors.Provision = obligation.In("Subprocessor Directory", "5.3")
	a.Subprocessors.Entries = nil
	r := mustReview(t, a, reviewDay)
	for _, c := range []review.Code{review.SecurityDutyMissing, review.MeasuresNotListed, review.MeasuresRestateLaw} {
		if r.Has(c) {
			t.Errorf("%s reported for a term in a document not reproduced", c)
		}
	}
	var asked []string
	for _, f := range r.WithCode(review.DocumentNotReproduced).Findings {
		asked = append(asked, f.Args[0].Text+" @ "+string(f.Clause))
	}
	want := []string{"Security Practices Summary @ 4.1", "Subprocessor Directory @ 5.3"}
	for _, w := range want {
		if !slices.Contains(asked, w) {
			t.Errorf("the review does not ask for %s; it asks for %v", w, asked)
		}
	}
	if n := len(asked); n != len(slices.Compact(slices.Sorted(slices.Values(asked)))) {
		t.Errorf("a document is asked for more than once: %v", asked)
	}
	nr := r.WithCode(review.TermsNotReviewed).Findings
	if len(nr) != 1 || nr[0].Args[0].Text != "3" {
		t.Fatalf("terms-not-reviewed = %v, want one finding counting 3 terms", nr)
	}
	msg := nr[0].Message(language.English)
	if !strings.HasPrefix(msg, "3 of the agreement's ") {
		t.Errorf("message = %q", msg)
	}
}
