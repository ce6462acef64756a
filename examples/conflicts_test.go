package examples_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// TestConflictNamesItsRule checks that the review's conflict finding says
// which rule of precedence decided. Aptible 6.3: «To the extent the terms
// of the Standard Contractual Clauses attached hereto are inconsistent with
// the terms of this DPA, the terms of the Standard Contractual Clauses
// shall govern.» Its 5.3 announces a new subprocessor by an update of the
// list that «will constitute notice»; Exhibit A, Clause 9(a) asks for notice
// «at least ten (10) days in advance». The clauses govern by 6.3, and only
// to the extent of the inconsistency.
func TestConflictNamesItsRule(t *testing.T) {
	r, err := review.Agreement(examples.Aptible(), obligation.NewDate(2026, 11, 23))
	if err != nil {
		t.Fatal(err)
	}
	got := r.WithCode(review.DocumentsContradict).Findings
	if len(got) != 1 {
		t.Fatalf("%d conflict findings, want 1 (the notice of 5.3 and Clause 9(a))", len(got))
	}
	f := got[0]
	if f.Clause != "Clause 9(a)" || !cmp.Equal(f.Also, []obligation.Clause{"5.3"}) {
		t.Errorf("finding cites %s, also %v; want Clause 9(a), also 5.3", f.Clause, f.Also)
	}
	for _, m := range []struct {
		tag  language.Tag
		want string
	}{
		{language.Norwegian, "Etter rangordningsregelen i pkt. 6.3 går «Exhibit A» foran så langt dokumentene er uforenlige"},
		{language.English, "By the rule of precedence in clause 6.3 “Exhibit A” prevails to the extent the documents are inconsistent"},
	} {
		msg := f.Message(m.tag)
		if !strings.Contains(msg, m.want) {
			t.Errorf("%s message = %q\nwant it to contain %q", m.tag, msg, m.want)
		}
		if strings.Contains(msg, "order of precedence") || strings.Contains(msg, "avtalens rangordning") {
			t.Errorf("%s message credits the plain order, though 6.3 decides: %q", m.tag, msg)
		}
	}
}
