package subprocessor_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// TestOverdueAssessments: an assessment is overdue from the day after the
// review day it states, or after its assessment day plus the interval it
// states (a year from 15 March 2025 ends on 15 March 2026; one from 29
// February 2024 ends on 28 February 2025, the month's end, Regulation
// 1182/71); one that states neither is never overdue.
func TestOverdueAssessments(t *testing.T) {
	yearly := obligation.Period{N: 1, Unit: obligation.Year}
	r := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "A Inc.", Assessment: subprocessor.ImpactAssessment{Done: day("2025-03-15"), Every: yearly, Clause: "Annex 3"},
			Subprocessors: []subprocessor.Entry{
				{Name: "B Ltd", Assessment: subprocessor.ImpactAssessment{Done: day("2024-02-29"), Every: yearly}},
			}},
		{Name: "C AS", Assessment: subprocessor.ImpactAssessment{Done: day("2020-01-01")}}, // no review day: never overdue
		{Name: "D GmbH", Assessment: subprocessor.ImpactAssessment{Done: day("2025-01-10"), NextReview: day("2026-06-30")}},
	}}
	terms := subprocessor.Transfers{Assessment: subprocessor.ImpactAssessment{NextReview: day("2026-01-31"), Clause: "9.2"}}
	tests := []struct {
		on   string
		want []string // path and due day of each overdue assessment
	}{
		{"2025-02-28", nil},
		{"2025-03-01", []string{"A Inc. > B Ltd 2025-02-28"}},
		{"2026-01-31", []string{"A Inc. > B Ltd 2025-02-28"}},
		{"2026-02-01", []string{"A Inc. > B Ltd 2025-02-28", " 2026-01-31"}},
		{"2026-03-15", []string{"A Inc. > B Ltd 2025-02-28", " 2026-01-31"}},
		{"2026-03-16", []string{"A Inc. 2026-03-15", "A Inc. > B Ltd 2025-02-28", " 2026-01-31"}},
		{"2026-06-30", []string{"A Inc. 2026-03-15", "A Inc. > B Ltd 2025-02-28", " 2026-01-31"}},
		{"2026-07-01", []string{"A Inc. 2026-03-15", "A Inc. > B Ltd 2025-02-28", "D GmbH 2026-06-30", " 2026-01-31"}},
	}
	for _, tt := range tests {
		var got []string
		for _, ra := range subprocessor.OverdueAssessments(r, terms, day(tt.on)) {
			got = append(got, ra.Path+" "+ra.Due.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("on %s: mismatch (-want +got):\n%s", tt.on, diff)
		}
	}
	if (subprocessor.ImpactAssessment{}).Overdue(day("2030-01-01")) {
		t.Error("the zero assessment is overdue")
	}
}

func ExampleOverdueAssessments() {
	r := subprocessor.Register{Entries: []subprocessor.Entry{{
		Name:       "SendGrid, Inc.",
		Processing: []subprocessor.Location{subprocessor.In("US")},
		Assessment: subprocessor.ImpactAssessment{Done: obligation.NewDate(2025, 3, 15), Every: obligation.Period{N: 1, Unit: obligation.Year}, Clause: "Annex 3"},
	}}}
	for _, ra := range subprocessor.OverdueAssessments(r, subprocessor.Transfers{}, obligation.NewDate(2026, 11, 23)) {
		fmt.Printf("%s: due %s (%s)\n", ra.Path, ra.Due, ra.Assessment.Clause)
	}
	// Output: SendGrid, Inc.: due 2026-03-15 (Annex 3)
}
