package breach

import (
	"math"
	"slices"
	"time"

	"github.com/personvern/dpa/obligation"
)

// Owed is the notice one agreement requires for an incident: which
// agreement (its index in the slice given to [AssessAll]), the processor's
// deadline, and the contents still missing.
type Owed struct {
	// Index is the agreement's index in the slice given to AssessAll.
	Index int
	// Deadline is the processor's deadline under that agreement.
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
// clock start is unknown come last, after those whose deadline is
// [ProcessorDeadline.Beyond] the calendar.
func AssessAll(terms []Terms, inc Incident, at time.Time) []Owed {
	breach := inc.Class != Deviation
	known := knows(&inc)
	// Sorting small pointer-free keys and placing the notices afterwards
	// is several times faster than sorting the notices themselves.
	keys := make([]sortKey, 0, len(terms))
	for i := range terms {
		d := processorOf(&terms[i], &inc, breach)
		if !d.Owed {
			continue
		}
		k := d.Due
		if k.IsZero() {
			k = d.Start
		}
		sk := sortKey{at: math.MaxInt64, rest: uint64(rank(d.Period.Kind))<<32 | uint64(i)}
		switch {
		case d.Beyond:
			sk.at = math.MaxInt64 - 1 // after every instant, before an unknown start
		case !k.IsZero():
			sk.at, sk.ns = k.Unix(), int32(k.Nanosecond())
		}
		keys = append(keys, sk)
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		switch {
		case a.at < b.at:
			return -1
		case a.at > b.at:
			return 1
		case a.ns != b.ns:
			return int(a.ns - b.ns)
		case a.rest < b.rest:
			return -1
		case a.rest > b.rest:
			return 1
		}
		return 0
	})
	out := make([]Owed, len(keys))
	for j, k := range keys {
		index := int(uint32(k.rest))
		t := &terms[index]
		req := t.Contents.Items()
		if breach {
			req |= lawItems
		}
		out[j] = Owed{Index: index, Deadline: processorOf(t, &inc, breach), Missing: req &^ known}
	}
	return out
}

type sortKey struct {
	// at and ns are the sort instant in Unix seconds and nanoseconds,
	// which, unlike Unix nanoseconds, hold every instant of years 1–9999;
	// at is MaxInt64 if the instant is unknown.
	at   int64
	ns   int32
	rest uint64 // the kind's rank in the high 32 bits, the index in the low 32 (a slice of 2³² Terms would need terabytes)
}

// rank orders kinds from the strictest: Immediately is kind 2 and
// Within kind 1 in package obligation, so Within moves to the end.
func rank(k obligation.Kind) int {
	if k <= obligation.Within {
		return 100
	}
	return int(k)
}
