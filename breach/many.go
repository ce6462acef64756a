package breach

import (
	"cmp"
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

// AppendAll is [AssessAll] into a buffer: it appends the notices owed to
// dst, in AssessAll's order, and returns the extended slice. Pass dst with
// capacity for len(terms) more notices, such as the previous result
// resliced to [:0], and AppendAll allocates nothing: a batch job over
// many incidents reuses one buffer. (AssessAll sorts small keys and
// places the notices afterwards, which is faster but needs a buffer of
// keys; AppendAll sorts the notices themselves.)
func AppendAll(dst []Owed, terms []Terms, inc Incident, at time.Time) []Owed {
	breach := inc.Class != Deviation
	known := knows(&inc)
	start := len(dst)
	for i := range terms {
		t := &terms[i]
		d := processorOf(t, &inc, breach)
		if !d.Owed {
			continue
		}
		req := t.Contents.Items()
		if breach {
			req |= lawItems
		}
		dst = append(dst, Owed{Index: i, Deadline: d, Missing: req &^ known})
	}
	slices.SortFunc(dst[start:], compareOwed)
	return dst
}

type sortKey struct {
	// at and ns are the sort instant in Unix seconds and nanoseconds,
	// which, unlike Unix nanoseconds, hold every instant of years 1–9999;
	// at is MaxInt64 if the instant is unknown.
	at   int64
	ns   int32
	rest uint64 // the kind's rank in the high 32 bits, the index in the low 32 (a slice of 2³² Terms would need terabytes)
}

// compareOwed orders notices as AssessAll documents: by sort instant (an
// unknown one last, one beyond the calendar just before), then by the
// strictness of the kind, then by index.
func compareOwed(a, b Owed) int {
	if c := cmp.Compare(order(&a.Deadline), order(&b.Deadline)); c != 0 {
		return c
	}
	if a.Deadline.Beyond || a.Deadline.Start.IsZero() {
		// both beyond or both unknown: no instant to compare
	} else if c := sortInstant(&a.Deadline).Compare(sortInstant(&b.Deadline)); c != 0 {
		return c
	}
	if c := cmp.Compare(rank(a.Deadline.Period.Kind), rank(b.Deadline.Period.Kind)); c != 0 {
		return c
	}
	return cmp.Compare(a.Index, b.Index)
}

// order is 0 for a deadline with an instant, 1 for one beyond the
// calendar, 2 for one whose clock start is unknown.
func order(d *ProcessorDeadline) int {
	switch {
	case d.Beyond:
		return 1
	case d.Start.IsZero():
		return 2
	}
	return 0
}

// sortInstant is the instant a notice sorts at: its due instant, or the
// clock start for "immediately" or "without undue delay" with no bound.
func sortInstant(d *ProcessorDeadline) time.Time {
	if d.Due.IsZero() {
		return d.Start
	}
	return d.Due
}

// rank orders kinds from the strictest: Immediately is kind 2 and
// Within kind 1 in package obligation, so Within moves to the end.
func rank(k obligation.Kind) int {
	if k <= obligation.Within {
		return 100
	}
	return int(k)
}
