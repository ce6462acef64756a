package obligation

import (
	"fmt"
	"time"

	"golang.org/x/text/language"
)

// Window is how a [Limit] counts its period: the calendar period the
// event falls in, or any period of that length ending at the event. The
// zero Window means the text does not say ("inntil én gang per år").
type Window uint8

const (
	// CalendarPeriod: the calendar year (or month) the event falls in,
	// "en gang per kalenderår"; an audit in December and another in
	// January are in different years.
	CalendarPeriod Window = iota + 1
	// AnyPeriod: any period of the limit's length ending at the event,
	// "once in any twelve months".
	AnyPeriod
)

var windowEnum = enum{
	typ: "Window",
	ids: []string{"", "calendar", "any"},
	nb:  []string{"", "per kalenderperiode", "i enhver periode av denne lengden"},
	en:  []string{"", "per calendar period", "in any period of that length"},
}

// String returns the identifier, such as "calendar".
func (w Window) String() string { return windowEnum.str(uint8(w)) }

// Label returns the Norwegian Bokmål or English label.
func (w Window) Label(tag language.Tag) string { return windowEnum.label(uint8(w), tag) }

// MarshalText encodes the identifier; the zero Window is "".
func (w Window) MarshalText() ([]byte, error) { return windowEnum.marshal(uint8(w)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (w *Window) UnmarshalText(b []byte) error {
	v, err := windowEnum.unmarshal(b)
	*w = Window(v)
	return err
}

// Limit is how often a right may be used, or an event of a kind must be
// honoured: at most Times events within each Per, counted as Window says,
// unless one of the facts of Unless is true ("inntil én gang per år eller
// ved mistanke om brudd": Times 1, Per one year, Unless [NonCompliance]).
// A text that sets no number but a standard ("at reasonable intervals",
// "regularly") holds it in Standard, with the same exceptions. The zero
// Limit means none.
//
// Limit is a small comparable value; the agenda ([Rule.Limit]) applies it
// to an event from the instants of the earlier events of its kind
// ([Event.Previous]) and the facts known ([Event.Facts]).
type Limit struct {
	// Times is the number of events allowed per Per; zero when the text
	// sets no number.
	Times int `json:"times,omitzero"`
	// Per is the period the count runs over: one year or one month.
	Per Period `json:"per,omitzero"`
	// Window says whether Per is the calendar period the event falls in
	// or any period of that length ending at it; zero when the text does
	// not say, and then an event is refused only when every reading
	// refuses it (the calendar reading: an event in the same calendar
	// year is also within the twelve months before).
	Window Window `json:"window,omitzero"`
	// Unless are the facts that lift the limit, any one of them: "or on
	// suspicion of a breach" ([NonCompliance]), "unless a regulator
	// requires" ([RegulatorRequires]).
	Unless Fact `json:"unless,omitzero"`
	// Standard is the unquantified frequency the text sets, such as
	// [AtReasonableIntervals] or [Regularly]; zero when it sets none.
	Standard Qualifier `json:"standard,omitzero"`
	// Words are the text's words for the limit.
	Words string `json:"words,omitzero"`
}

// Validate reports whether l is well formed: a count with a period of one
// year or one month, known facts, window and standard.
func (l Limit) Validate() error {
	switch {
	case l.Times < 0:
		return fmt.Errorf("obligation: limit: negative count %d", l.Times)
	case l.Times > 0 && !(l.Per == Years(1) || l.Per == Months(1)):
		return fmt.Errorf("obligation: limit: a count per %s; the period must be one year or one month", l.Per)
	case l.Times == 0 && !l.Per.IsZero():
		return fmt.Errorf("obligation: limit: a period %s without a count", l.Per)
	case l.Window != 0 && !windowEnum.valid(uint8(l.Window)):
		return fmt.Errorf("obligation: limit: invalid window %d", l.Window)
	case l.Window != 0 && l.Times == 0:
		return fmt.Errorf("obligation: limit: a window without a count")
	case l.Unless&^allFacts != 0:
		return fmt.Errorf("obligation: limit: invalid Fact %d", uint16(l.Unless))
	case l.Standard != 0 && l.Standard != AtReasonableIntervals && l.Standard != Regularly:
		return fmt.Errorf("obligation: limit: %s is not a frequency", l.Standard)
	}
	return nil
}

// IsCount reports whether l sets a number of events per period.
func (l Limit) IsCount() bool { return l.Times > 0 }

// Count returns how many of the instants in previous fall in l's period
// for an event at t, in loc: the calendar year or month of t, or the year
// or month ending at t (an instant exactly one period before t is
// outside). With the window unstated it counts as the calendar does.
// Instants after t are not counted.
func (l Limit) Count(t time.Time, previous []time.Time, loc *time.Location) int {
	if len(previous) == 0 {
		return 0 // no window to find
	}
	t = t.In(loc)
	var from time.Time
	switch {
	case l.Window == AnyPeriod && l.Per.Unit == Year:
		from = t.AddDate(-l.Per.N, 0, 0)
	case l.Window == AnyPeriod:
		from = t.AddDate(0, -l.Per.N, 0)
	case l.Per.Unit == Year:
		from = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, loc).Add(-time.Nanosecond)
	default:
		from = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc).Add(-time.Nanosecond)
	}
	n := 0
	for _, p := range previous {
		if p.After(from) && !p.After(t) {
			n++
		}
	}
	return n
}

// Reached reports whether an event at t, after the events at previous,
// goes beyond the count of l (in loc), before any exception is applied. A
// limit without a count is never reached.
func (l Limit) Reached(t time.Time, previous []time.Time, loc *time.Location) bool {
	return l.Times > 0 && l.Count(t, previous, loc) >= l.Times
}

// Label returns l in words built from its typed fields, in Norwegian
// Bokmål or English: "1 per calendar year, unless there are indications
// of non-compliance".
func (l Limit) Label(tag language.Tag) string {
	nb := isNorwegian(tag)
	s := ""
	if l.Times > 0 {
		unit := map[bool][2]string{true: {"år", "måned"}, false: {"year", "month"}}[nb]
		u := unit[0]
		if l.Per.Unit == Month {
			u = unit[1]
		}
		switch l.Window {
		case CalendarPeriod:
			if nb {
				s = fmt.Sprintf("%d per kalender%s", l.Times, u)
			} else {
				s = fmt.Sprintf("%d per calendar %s", l.Times, u)
			}
		case AnyPeriod:
			if nb {
				s = fmt.Sprintf("%d innenfor enhver periode på ett %s", l.Times, u)
				if l.Per.Unit == Month {
					s = fmt.Sprintf("%d innenfor enhver periode på én %s", l.Times, u)
				}
			} else {
				s = fmt.Sprintf("%d in any %s", l.Times, u)
			}
		default:
			s = fmt.Sprintf("%d per %s", l.Times, u)
		}
	}
	if l.Standard != 0 {
		if s != "" {
			s += ", "
		}
		s += l.Standard.Label(tag)
	}
	if l.Unless != 0 {
		if nb {
			s += ", eller dersom " + l.Unless.Label(tag)
		} else {
			s += ", or if " + l.Unless.Label(tag)
		}
	}
	return s
}
