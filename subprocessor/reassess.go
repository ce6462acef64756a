package subprocessor

import "github.com/personvern/dpa/obligation"

// A transfer impact assessment is the exporter's assessment, under the
// transfer tool relied on, of whether the law and practice of the
// destination let the recipient meet its obligations (the 2021/914
// clauses, Clause 14). The EDPB's Recommendations 01/2020 on supplementary
// measures (version 2.0 of 18 June 2021) end their six steps with "re-evaluate at
// appropriate intervals" (step 6; the steps as summarised at
// blockchainwg.eu, the version and date from the adopted text's copy at
// vdocuments.us). The law sets no interval: the evaluators here only hold
// an agreement to the review day it states itself, or its assessment day
// plus the interval it states ([ImpactAssessment.Due]).

// Overdue reports whether the assessment's next review ([ImpactAssessment.Due])
// has passed on day on: it was due on an earlier day. An assessment with no
// due day stated is never overdue.
func (a ImpactAssessment) Overdue(on obligation.Date) bool {
	due := a.Due()
	return !due.IsZero() && due.Before(on)
}

// Reassessment is a transfer impact assessment whose next review was due
// before the day evaluated.
type Reassessment struct {
	// Path names the register entry that states the assessment, through
	// its chain ("A AS > B Ltd"); empty for the agreement's general
	// transfer terms.
	Path string `json:"path,omitzero"`
	// Assessment is the assessment as stated.
	Assessment ImpactAssessment `json:"assessment"`
	// Due is the day its next review was due ([ImpactAssessment.Due]).
	Due obligation.Date `json:"due"`
}

// OverdueAssessments returns the transfer impact assessments the agreement
// states whose next review was due before day on: those of the entries of
// r at every level, in register order and each before its own
// subprocessors, then that of the general transfer terms t. It is pure
// and allocates only the result.
func OverdueAssessments(r Register, t Transfers, on obligation.Date) []Reassessment {
	var out []Reassessment
	var walk func(prefix string, es []Entry, depth int)
	walk = func(prefix string, es []Entry, depth int) {
		for i := range es {
			e := &es[i]
			if e.Assessment.Overdue(on) {
				out = append(out, Reassessment{Path: join(prefix, e.Name), Assessment: e.Assessment, Due: e.Assessment.Due()})
			}
			if depth < maxDepth && len(e.Subprocessors) > 0 {
				walk(join(prefix, e.Name), e.Subprocessors, depth+1)
			}
		}
	}
	walk("", r.Entries, 1)
	if t.Assessment.Overdue(on) {
		out = append(out, Reassessment{Assessment: t.Assessment, Due: t.Assessment.Due()})
	}
	return out
}
