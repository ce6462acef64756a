package obligation

import (
	"fmt"
	"time"

	"golang.org/x/text/language"
)

// Option changes how a [Calendar] counts. The options are small values in
// the style of golang.org/x/text's collate options: [Weekend], [Roll],
// [HourStart], [Counting] and [BusinessHours]. Pass them to [Norway],
// [NewCalendar] or [Calendar.With]:
//
//	cal := obligation.Norway(obligation.RollDomstolloven, obligation.HoursFromNextHour)
type Option interface {
	apply(*Calendar)
}

// Weekend is the set of days of the week that are never working days, as a
// bit set indexed by time.Weekday. The zero Weekend means the default,
// [SaturdaySunday].
type Weekend uint8

const (
	// SaturdaySunday: Saturday and Sunday are not working days. This is
	// the usual reading of "virkedager" in commercial contracts and the
	// "working days" of Regulation 1182/71 Art. 2(2).
	SaturdaySunday Weekend = 1<<time.Saturday | 1<<time.Sunday
	// SundayOnly: only Sunday is not a working day, so Saturday counts.
	// This is "virkedager" in ferieloven § 5 (FACTS §4).
	SundayOnly Weekend = 1 << time.Sunday
)

// WeekendOf returns the weekend made of the given days. With no days it
// returns the zero Weekend, which means the default, [SaturdaySunday]: a
// calendar always has a weekend.
func WeekendOf(days ...time.Weekday) Weekend {
	var w Weekend
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			w |= 1 << d
		}
	}
	return w
}

func (w Weekend) has(d time.Weekday) bool {
	if w == 0 {
		w = SaturdaySunday
	}
	return w&(1<<d) != 0
}

// Has reports whether day d is a weekend day.
func (w Weekend) Has(d time.Weekday) bool { return d >= time.Sunday && d <= time.Saturday && w.has(d) }

func (w Weekend) apply(c *Calendar) { c.weekend = w }

// String lists the weekend days, such as "Saturday+Sunday".
func (w Weekend) String() string {
	s := ""
	for _, d := range [...]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		if w.has(d) {
			if s != "" {
				s += "+"
			}
			s += d.String()
		}
	}
	return s
}

// Roll is the rule for a period in days, weeks, months or years whose last
// day is not a working day. The zero Roll means the default,
// [RollNextWorkingDay]. Periods in hours never move, whatever the rule.
type Roll uint8

const (
	// RollNextWorkingDay follows Regulation 1182/71 Art. 3(4) and 3(5): a
	// last day on a Saturday, Sunday or public holiday moves to the end of
	// the next working day, and a period of two days or more holds at
	// least two working days (it is extended until it does). The default.
	RollNextWorkingDay Roll = iota + 1
	// RollNone counts calendar days only: the period ends at the end of its
	// last day whatever that day is, and the two-working-days rule does not
	// apply.
	RollNone
	// RollDomstolloven follows domstolloven § 149 first paragraph, the
	// general Norwegian rule for statutory time limits: "Ender en frist paa
	// en lørdag, helgedag eller dag som etter lovgivningen er likestilt med
	// helgedag, forlenges fristen til den nærmest følgende virkedag"
	// (quoted at https://www.advokat-teigstad.no/straffeloven-13/). Saturday
	// always moves the deadline, even in a [SundayOnly] calendar, and so do
	// the calendar's holidays; there is no two-working-days rule. FACTS §4
	// recalls, from memory only, that julaften and påskeaften also move it;
	// the quoted text does not say so, so this rule does not skip julaften
	// (påskeaften is a Saturday anyway). Add julaften to the holiday set
	// with [Union] if an agreement or practice requires it.
	RollDomstolloven
)

var rollEnum = enum{
	typ: "Roll",
	ids: []string{"", "next-working-day", "none", "domstolloven-149"},
	nb:  []string{"", "forskyves til neste virkedag (forordning 1182/71)", "forskyves ikke", "forskyves etter domstolloven § 149"},
	en:  []string{"", "moves to the next working day (Regulation 1182/71)", "does not move", "moves under domstolloven § 149"},
}

func (r Roll) apply(c *Calendar) { c.roll = r }

// String returns the identifier, such as "next-working-day".
func (r Roll) String() string { return rollEnum.str(uint8(r)) }

// Label returns the Norwegian Bokmål or English label.
func (r Roll) Label(tag language.Tag) string { return rollEnum.label(uint8(r), tag) }

// HourStart is the rule for when a period in hours starts. The zero
// HourStart means the default, [HoursFromInstant].
type HourStart uint8

const (
	// HoursFromInstant: the hours run from the instant of the event, so 72
	// hours from 12:10 end at 12:10 three days later (in elapsed time).
	// This is the conservative reading DESIGN.md takes, and the default.
	HoursFromInstant HourStart = iota + 1
	// HoursFromNextHour follows Regulation 1182/71 Art. 3(1) first
	// subparagraph: "the hour during which the event occurs … shall not be
	// considered as falling within the period", so the hours run from the
	// start of the next whole hour in the calendar's location. An event at
	// exactly 12:00:00 happens during the hour 12:00–13:00, so its period
	// too runs from 13:00.
	HoursFromNextHour
)

var hourStartEnum = enum{
	typ: "HourStart",
	ids: []string{"", "from-instant", "from-next-hour"},
	nb:  []string{"", "regnes fra tidspunktet", "regnes fra neste hele time"},
	en:  []string{"", "counted from the instant", "counted from the next whole hour"},
}

func (h HourStart) apply(c *Calendar) { c.hourStart = h }

// String returns the identifier, such as "from-instant".
func (h HourStart) String() string { return hourStartEnum.str(uint8(h)) }

// Label returns the Norwegian Bokmål or English label.
func (h HourStart) Label(tag language.Tag) string { return hourStartEnum.label(uint8(h), tag) }

// Counting is the rule for periods counted backwards from an event ("at
// least 30 days before the new subprocessor starts"). The zero Counting
// means the default, [ClearDays].
type Counting uint8

const (
	// ClearDays: neither the day of the act nor the day of the event
	// counts, so the whole period lies between them: 30 days before a
	// start on 1 March 2026 is 29 January 2026. Nothing moves for
	// weekends or holidays. The default, and the safe reading of "at
	// least … before".
	ClearDays Counting = iota + 1
	// InclusiveDays: the day of the act counts, the day of the event does
	// not (the forward rule run backwards): 30 days before 1 March 2026 is
	// 30 January 2026.
	InclusiveDays
)

var countingEnum = enum{
	typ: "Counting",
	ids: []string{"", "clear-days", "inclusive"},
	nb:  []string{"", "hele dager imellom", "handlingsdagen medregnet"},
	en:  []string{"", "clear days", "the act's day included"},
}

func (n Counting) apply(c *Calendar) { c.counting = n }

// String returns the identifier, such as "clear-days".
func (n Counting) String() string { return countingEnum.str(uint8(n)) }

// Label returns the Norwegian Bokmål or English label.
func (n Counting) Label(tag language.Tag) string { return countingEnum.label(uint8(n), tag) }

// BusinessHours is the daily window, on working days, in which a service is
// staffed: Open and Close are wall-clock offsets from local midnight, so
// BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour} is 09:00–16:00
// (Assistert Selvhjelp's support, "virkedager mellom kl. 09.00 og 16.00").
// The zero BusinessHours means the whole working day, 00:00–24:00.
type BusinessHours struct {
	// Open and Close are the wall-clock times the window opens and
	// closes, as offsets from local midnight.
	Open, Close time.Duration
}

func (b BusinessHours) apply(c *Calendar) { c.hours = b }

// IsZero reports whether b is the zero BusinessHours (the whole day).
func (b BusinessHours) IsZero() bool { return b == BusinessHours{} }

// Validate reports whether 0 <= Open < Close <= 24h.
func (b BusinessHours) Validate() error {
	if b.IsZero() {
		return nil
	}
	if b.Open < 0 || b.Close > 24*time.Hour || b.Open >= b.Close {
		return fmt.Errorf("obligation: invalid business hours %v–%v: want 0 <= open < close <= 24h", b.Open, b.Close)
	}
	return nil
}

func (b BusinessHours) window() (time.Duration, time.Duration) {
	if b.IsZero() {
		return 0, 24 * time.Hour
	}
	return b.Open, b.Close
}

// String returns the window as "09:00–16:00".
func (b BusinessHours) String() string {
	o, c := b.window()
	return fmt.Sprintf("%02d:%02d–%02d:%02d", int(o.Hours()), int(o.Minutes())%60, int(c.Hours()), int(c.Minutes())%60)
}

// MarshalText encodes the identifier; the zero Roll is "".
func (r Roll) MarshalText() ([]byte, error) { return rollEnum.marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Roll) UnmarshalText(b []byte) error {
	v, err := rollEnum.unmarshal(b)
	*r = Roll(v)
	return err
}

// MarshalText encodes the identifier; the zero HourStart is "".
func (h HourStart) MarshalText() ([]byte, error) { return hourStartEnum.marshal(uint8(h)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (h *HourStart) UnmarshalText(b []byte) error {
	v, err := hourStartEnum.unmarshal(b)
	*h = HourStart(v)
	return err
}

// MarshalText encodes the identifier; the zero Counting is "".
func (n Counting) MarshalText() ([]byte, error) { return countingEnum.marshal(uint8(n)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (n *Counting) UnmarshalText(b []byte) error {
	v, err := countingEnum.unmarshal(b)
	*n = Counting(v)
	return err
}

// MarshalText encodes the window as "09:00-16:00"; the zero BusinessHours
// (the whole day) encodes as "". Windows are written in whole minutes.
func (b BusinessHours) MarshalText() ([]byte, error) {
	if b.IsZero() {
		return []byte{}, nil
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	if b.Open%time.Minute != 0 || b.Close%time.Minute != 0 {
		return nil, fmt.Errorf("obligation: business hours %v–%v are not in whole minutes", b.Open, b.Close)
	}
	return fmt.Appendf(nil, "%02d:%02d-%02d:%02d", int(b.Open/time.Hour), int(b.Open%time.Hour/time.Minute),
		int(b.Close/time.Hour), int(b.Close%time.Hour/time.Minute)), nil
}

// UnmarshalText decodes "HH:MM-HH:MM" strictly (24:00 allowed as a
// closing time), or "" for the whole day.
func (b *BusinessHours) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = BusinessHours{}
		return nil
	}
	s := string(text)
	bad := fmt.Errorf("obligation: invalid business hours %s: want HH:MM-HH:MM, such as 09:00-16:00", quote(s))
	if len(s) != 11 || s[5] != '-' {
		return bad
	}
	clock := func(t string) (time.Duration, bool) {
		if len(t) != 5 || t[2] != ':' {
			return 0, false
		}
		for _, i := range [...]int{0, 1, 3, 4} {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
		}
		h, m := int(t[0]-'0')*10+int(t[1]-'0'), int(t[3]-'0')*10+int(t[4]-'0')
		if m > 59 || h > 24 || (h == 24 && m != 0) {
			return 0, false
		}
		return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, true
	}
	o, ok1 := clock(s[:5])
	c, ok2 := clock(s[6:])
	if !ok1 || !ok2 {
		return bad
	}
	v := BusinessHours{Open: o, Close: c}
	if o >= c {
		return fmt.Errorf("obligation: invalid business hours %s: the opening must come before the closing", quote(s))
	}
	*b = v
	return nil
}
