package subprocessor

import (
	"slices"
	"time"

	"github.com/personvern/dpa/obligation"
)

// Due is one notice a change makes owed under one agreement, as [Batch]
// returns it: which agreement, the latest day to send it, and the
// controller's objection deadline. Call [Policy.Assess] on that agreement
// for the whole answer.
type Due struct {
	// Agreement is the index of the policy in the slice given to Batch.
	Agreement int `json:"agreement"`
	// LatestNotice is the latest day to send the notice for the planned
	// start; zero when the agreement sets no quantified notice period.
	LatestNotice obligation.Date `json:"latestNotice,omitzero"`
	// EarliestStart is the first day the subprocessor may start after a
	// notice sent at the batch's instant.
	EarliestStart obligation.Date `json:"earliestStart,omitzero"`
	// ObjectionBy is the last instant for the controller's objection after
	// a notice sent at the batch's instant; zero without a window.
	ObjectionBy time.Time `json:"objectionBy,omitzero"`
	// Clause is the notice clause, or the announcement clause when the
	// agreement sets no notice period.
	Clause obligation.Clause `json:"clause,omitempty"`
}

// Batch assesses change c under every policy and appends the notices owed
// to dst, ordered by their latest notice day (agreements without a
// quantified notice period last), then by objection deadline, then by
// index. Pass dst with enough capacity, or nil: apart from growing dst,
// Batch allocates nothing per agreement, and it computes each distinct
// period's dates once.
func Batch(policies []Policy, c Change, at time.Time, cal obligation.Calendar, dst []Due) ([]Due, error) {
	dst = slices.Grow(dst, len(policies))
	first := len(dst)
	var s scratch
	for i := range policies {
		a, err := policies[i].assess(c, at, cal, &s)
		if err != nil {
			return dst, err
		}
		if !a.NoticeOwed {
			continue
		}
		cl := a.NoticeClause
		if cl == "" {
			cl = a.ChannelClause
		}
		dst = append(dst, Due{Agreement: i, LatestNotice: a.LatestNotice, EarliestStart: a.EarliestStart, ObjectionBy: a.ObjectionBy, Clause: cl})
	}
	slices.SortFunc(dst[first:], compareDue)
	return dst, nil
}

func compareDue(a, b Due) int {
	switch az, bz := a.LatestNotice.IsZero(), b.LatestNotice.IsZero(); {
	case az && !bz:
		return 1
	case bz && !az:
		return -1
	}
	if c := a.LatestNotice.Compare(b.LatestNotice); c != 0 {
		return c
	}
	switch az, bz := a.ObjectionBy.IsZero(), b.ObjectionBy.IsZero(); {
	case az && !bz:
		return 1
	case bz && !az:
		return -1
	}
	if c := a.ObjectionBy.Compare(b.ObjectionBy); c != 0 {
		return c
	}
	return a.Agreement - b.Agreement
}
