package review_test

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

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

// TestAssessmentOverdue: a transfer impact assessment made on 15 March
// 2025 and reviewed yearly is due on 15 March 2026 (a year's period ends
// on the corresponding day, Regulation 1182/71): not reported on that day,
// reported, weak, from the next, naming the entry and the day.
func TestAssessmentOverdue(t *testing.T) {
	a := examples.MailMojo()
	a.Subprocessors.Entries = append(a.Subprocessors.Entries[:0:0], a.Subprocessors.Entries...)
	e := &a.Subprocessors.Entries[0]
	e.Assessment = subprocessor.ImpactAssessment{Done: obligation.NewDate(2025, 3, 15), Every: obligation.Period{N: 1, Unit: obligation.Year}, Clause: "Bilag 1 ¶3"}
	due := obligation.NewDate(2026, 3, 15)
	if r, err := review.Agreement(a, due); err != nil || r.Has(review.TransferAssessmentOverdue) {
		t.Errorf("on the due day: %v (%v)", r.WithCode(review.TransferAssessmentOverdue).Findings, err)
	}
	r, err := review.Agreement(a, due.AddDays(1))
	if err != nil {
		t.Fatal(err)
	}
	got := r.WithCode(review.TransferAssessmentOverdue).Findings
	if len(got) != 1 || got[0].Severity != review.Weak || got[0].Clause != "Bilag 1 ¶3" || got[0].Args[0].Text != e.Name || got[0].Args[1].Date != due {
		t.Fatalf("the day after: %+v", got)
	}
	en, nb := got[0].Message(language.English), got[0].Message(language.Norwegian)
	if !strings.Contains(en, e.Name+": under the agreement, the transfer impact assessment was due for review by 15 March 2026") ||
		!strings.Contains(nb, "15. mars 2026") {
		t.Errorf("messages:\n%s\n%s", en, nb)
	}
	// The general transfer terms' own assessment, with a stated review day.
	b := examples.MailMojo()
	b.SubprocessorPolicy.Transfers.Assessment = subprocessor.ImpactAssessment{NextReview: obligation.NewDate(2026, 1, 31)}
	r, err = review.Agreement(b, obligation.NewDate(2026, 2, 1))
	if got := r.WithCode(review.TransferAssessmentOverdue).Findings; err != nil || len(got) != 1 || got[0].Clause != b.SubprocessorPolicy.Transfers.Clause {
		t.Errorf("general terms: %+v (%v)", got, err)
	}
}
