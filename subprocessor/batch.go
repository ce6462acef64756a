package subprocessor

import (
	"fmt"
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
	Clause obligation.Clause `json:"clause,omitzero"`
}

// Batch assesses change c under every policy and appends the notices owed
// to dst, ordered by their latest notice day (agreements without a
// quantified notice period last), then by objection deadline, then by
// index. Pass dst with enough capacity, or nil: apart from growing dst,
// Batch allocates nothing.
//
// The dates depend on a policy only through its notice period and its
// objection terms, and customers share a few sets of terms, so Batch
// computes the dates once per distinct set and places each agreement by a
// counting sort. With more than 64 distinct sets it assesses every policy
// and sorts the result instead.
func Batch(policies []Policy, c Change, at time.Time, cal obligation.Calendar, dst []Due) ([]Due, error) {
	if !changeKindEnum.Valid(uint8(c.Kind)) {
		return dst, fmt.Errorf("%w: kind %d", ErrChange, c.Kind)
	}
	if !noticeOwed(c.Kind) {
		return dst, nil
	}
	from := c.Noticed
	if from.IsZero() {
		from = at
	}
	var g groups
	for i := range policies {
		if !g.count(termsOf(&policies[i]), i) {
			return batchSorted(policies, c, at, cal, dst)
		}
	}
	for k := 0; k < g.n; k++ {
		d, err := dates(&policies[g.first[k]], &c, from, cal)
		if err != nil {
			return dst, err
		}
		g.dates[k] = d
	}
	// Groups with the same dates share a bucket, so that their agreements
	// interleave by index. Order the buckets, then give each its run of
	// the result.
	var bucket, size [maxGroups]int
	var order [maxGroups]int
	nb := 0
	for k := 0; k < g.n; k++ {
		bucket[k] = -1
		for j := 0; j < k; j++ {
			if g.same(j, k) {
				bucket[k] = bucket[j]
				break
			}
		}
		if bucket[k] < 0 {
			bucket[k] = nb
			order[nb] = k // a representative group of the bucket
			nb++
		}
		size[bucket[k]] += g.counts[k]
	}
	for i := 1; i < nb; i++ {
		for j := i; j > 0 && g.less(order[j], order[j-1]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	first := len(dst)
	dst = slices.Grow(dst, len(policies))[:first+len(policies)]
	var next [maxGroups]int
	pos := first
	for _, k := range order[:nb] {
		next[bucket[k]] = pos
		pos += size[bucket[k]]
	}
	for i := range policies {
		p := &policies[i]
		k := g.find(termsOf(p))
		d := g.dates[k]
		cl := p.Notice.Clause
		if cl == "" {
			cl = p.Announcement.Clause
		}
		b := bucket[k]
		dst[next[b]] = Due{Agreement: i, LatestNotice: d.latest, EarliestStart: d.earliest, ObjectionBy: d.objectionBy, Clause: cl}
		next[b]++
	}
	return dst, nil
}

// terms is what the dates of an assessment depend on.
type terms struct {
	notice, objection obligation.Period
	anchor            Anchor
	noObjection       bool
}

func termsOf(p *Policy) terms {
	return terms{notice: p.Notice.Period, objection: p.Objection.Period, anchor: p.Objection.Anchor,
		noObjection: p.Objection.Status == obligation.StatedNone}
}

const maxGroups = 64

type groups struct {
	n      int
	keys   [maxGroups]terms
	first  [maxGroups]int
	counts [maxGroups]int
	dates  [maxGroups]computed
	last   int
}

func (g *groups) find(t terms) int {
	if g.n > 0 && g.keys[g.last] == t {
		return g.last
	}
	for k := 0; k < g.n; k++ {
		if g.keys[k] == t {
			g.last = k
			return k
		}
	}
	return -1
}

// count adds one policy with terms t, and reports false when there are
// too many distinct terms.
func (g *groups) count(t terms, i int) bool {
	k := g.find(t)
	if k < 0 {
		if g.n == maxGroups {
			return false
		}
		k = g.n
		g.keys[k] = t
		g.first[k] = i
		g.n++
		g.last = k
	}
	g.counts[k]++
	return true
}

func (g *groups) same(a, b int) bool {
	return g.dates[a].latest == g.dates[b].latest && g.dates[a].objectionBy.Equal(g.dates[b].objectionBy)
}

func (g *groups) less(a, b int) bool {
	c := compareDue(Due{LatestNotice: g.dates[a].latest, ObjectionBy: g.dates[a].objectionBy},
		Due{LatestNotice: g.dates[b].latest, ObjectionBy: g.dates[b].objectionBy})
	return c < 0
}

// batchSorted is Batch for policies with many distinct terms: assess each
// and sort.
func batchSorted(policies []Policy, c Change, at time.Time, cal obligation.Calendar, dst []Due) ([]Due, error) {
	dst = slices.Grow(dst, len(policies))
	first := len(dst)
	for i := range policies {
		a, err := policies[i].Assess(c, at, cal)
		if err != nil {
			return dst, err
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
