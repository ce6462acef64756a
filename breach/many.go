package breach

import (
	"slices"
	"time"
)

// Owed is the notice one agreement requires for an incident: which
// agreement (its index in the slice given to [AssessAll]), the processor's
// deadline, and the contents still missing.
type Owed struct {
	Index    int
	Deadline ProcessorDeadline
	// Missing is the set of items the notice still lacks; see
	// [Terms.Assess] and [Assessment.MissingContents] for their sources.
	Missing Items
}

// AssessAll assesses one incident under many agreements and returns the
// notices owed, most urgent first. Agreements under which no notice is
// owed (a [Deviation] under a narrow scope) are left out.
//
// The order: a notice due "immediately" or "without undue delay" with no
// bound is due from the moment its clock starts, so its sort instant is
// the clock start; a quantified deadline or a bound sorts at its due
// instant. Ties go to the stricter kind (immediately, then without undue
// delay, as soon as possible, within a reasonable time, then quantified),
// then to the lower index, so the result is deterministic. Notices whose
// clock start is unknown come last.
func AssessAll(terms []Terms, inc Incident, at time.Time) []Owed {
	out := make([]Owed, 0, len(terms))
	for i, t := range terms {
		a := t.Assess(inc, at)
		if !a.Processor.Owed {
			continue
		}
		out = append(out, Owed{Index: i, Deadline: a.Processor, Missing: a.Missing})
	}
	slices.SortStableFunc(out, compareOwed)
	return out
}

// sortKey is the instant a notice sorts at; see AssessAll.
func sortKey(d ProcessorDeadline) time.Time {
	if !d.Due.IsZero() {
		return d.Due
	}
	return d.Start
}

func compareOwed(a, b Owed) int {
	ka, kb := sortKey(a.Deadline), sortKey(b.Deadline)
	switch {
	case ka.IsZero() != kb.IsZero():
		if ka.IsZero() {
			return 1
		}
		return -1
	case !ka.Equal(kb):
		return ka.Compare(kb)
	}
	ra, rb := rank(a.Deadline), rank(b.Deadline)
	if ra != rb {
		return ra - rb
	}
	return a.Index - b.Index
}

// rank orders kinds from the strictest: Immediately is kind 2 and
// Within kind 1 in package obligation, so Within moves to the end.
func rank(d ProcessorDeadline) int {
	k := int(d.Period.Kind)
	if k <= 1 {
		return 100
	}
	return k
}
