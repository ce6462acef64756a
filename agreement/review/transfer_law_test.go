package review_test

import (
	"testing"

	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// TestReviewWithLaw: the review judges transfers against the tables it is
// given, as the subprocessor package's evaluators do. Each case changes
// one row of a copy of the embedded tables and shows a finding change;
// the changed rows are hypothetical, the point being that the review
// reads them.
func TestReviewWithLaw(t *testing.T) {
	on := obligation.NewDate(2026, 11, 23)

	// MailMojo 2.8 names Privacy Shield beside the standard clauses: on
	// the embedded tables it lapsed on 16 July 2020 (Schrems II), a
	// warning. In a table where its row has no end, it has not lapsed.
	mm := examples.MailMojo()
	still := subprocessor.EmbeddedLaw()
	for i, d := range still.Decisions {
		if d.Mechanism == subprocessor.PrivacyShield {
			still.Decisions[i].Until = obligation.Date{}
		}
	}
	if r, err := review.Agreement(mm, on); err != nil || !r.Has(review.InvalidMechanism) {
		t.Errorf("embedded tables: want %s (%v)", review.InvalidMechanism, err)
	}
	if r, err := review.Agreement(mm, on, review.WithLaw(still)); err != nil || r.Has(review.InvalidMechanism) {
		t.Errorf("Privacy Shield still in force: want no %s (%v)", review.InvalidMechanism, err)
	}

	// A subprocessor in the United Kingdom with none of the bases named
	// shown valid: on the embedded tables the Commission's renewed
	// decision covers it (no finding); where that row ends before the
	// review date, nothing covers it and the transfer is undetermined.
	gb := examples.MailMojo()
	gb.Subprocessors.Entries = append(gb.Subprocessors.Entries[:0:0], gb.Subprocessors.Entries...)
	gb.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("GB")}
	name := gb.Subprocessors.Entries[0].Name
	ended := subprocessor.EmbeddedLaw()
	for i, d := range ended.Decisions {
		if d.Exporter == subprocessor.ExporterEEA && d.Country == "GB" && d.Until.Year == 2031 {
			ended.Decisions[i].Until = obligation.NewDate(2026, 6, 1)
		}
	}
	undetermined := func(r review.Report) bool {
		for _, f := range r.WithCode(review.TransferUndetermined).Findings {
			if len(f.Args) > 1 && f.Args[0].Text == name && f.Args[1].Country == "GB" {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name string
		opts []review.Option
		want bool
	}{
		{"embedded tables", nil, false},
		{"the renewed UK decision ends on 1 June 2026", []review.Option{review.WithLaw(ended)}, true},
		{"Set.Review with the embedded tables given", []review.Option{review.WithLaw(subprocessor.EmbeddedLaw())}, false},
	} {
		r, err := review.Default().Review(gb, on, c.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if got := undetermined(r); got != c.want {
			t.Errorf("%s: %s for %s in GB: %v, want %v", c.name, review.TransferUndetermined, name, got, c.want)
		}
	}
}
