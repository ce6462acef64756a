package obligation

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/text/language"
)

// SwedishHolidays is the set of Swedish public holidays, the «allmänna
// helgdagar» of lag (1989:253) om allmänna helgdagar §§ 1–2 other than
// ordinary Sundays: nyårsdagen (1 January), trettondedag jul (6 January),
// långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag (the
// sixth Thursday after Easter), pingstdagen (the seventh Sunday after
// Easter), första maj, nationaldagen (6 June), midsommardagen (the
// Saturday from 20 to 26 June), alla helgons dag (the Saturday from 31
// October to 6 November), juldagen (25 December) and annandag jul (26
// December). Lag (2004:1320), in force from 1 April 2005, added
// nationaldagen and took annandag pingst (the day after pingstdagen) off
// the list; years before 2005 get the earlier list. Source: SFS 1989:253
// as amended by SFS 2004:1320 (riksdagen.se; prop. 2004/05:23).
//
// Midsommarafton, julafton and nyårsafton are not allmänna helgdagar,
// though most workplaces close on them: a contract's period ends on them
// as on any working day. Only a statutory deadline moves past them (lag
// (1930:173) om beräkning av lagstadgad tid § 2: «på en söndag, annan
// allmän helgdag, lördag, midsommarafton, julafton eller nyårsafton»); add
// [SwedishEves] to a calendar for that reading.
//
// It implements [Holidays]; its zero value is ready to use.
type SwedishHolidays struct{}

// Holiday reports whether d is a Swedish public holiday and which.
func (SwedishHolidays) Holiday(d Date) (Holiday, bool) {
	switch {
	case d.Month == time.January && d.Day == 1:
		return Holiday{"Nyårsdagen", "New Year's Day"}, true
	case d.Month == time.January && d.Day == 6:
		return Holiday{"Trettondedag jul", "Epiphany"}, true
	case d.Month == time.May && d.Day == 1:
		return Holiday{"Första maj", "May Day"}, true
	case d.Month == time.June && d.Day == 6 && d.Year >= 2005:
		return Holiday{"Nationaldagen", "National Day"}, true
	case d.Month == time.June && d.Day >= 20 && d.Day <= 26 && weekday(d) == time.Saturday:
		return Holiday{"Midsommardagen", "Midsummer Day"}, true
	case (d.Month == time.October && d.Day == 31 || d.Month == time.November && d.Day <= 6) && weekday(d) == time.Saturday:
		return Holiday{"Alla helgons dag", "All Saints' Day"}, true
	case d.Month == time.December && d.Day == 25:
		return Holiday{"Juldagen", "Christmas Day"}, true
	case d.Month == time.December && d.Day == 26:
		return Holiday{"Annandag jul", "Boxing Day"}, true
	case d.Month < time.March || d.Month > time.June:
		// The movable holidays fall from 20 March (långfredagen) to 14
		// June (annandag pingst, before 2005).
		return Holiday{}, false
	}
	em, ed := easter(d.Year)
	switch dayNumber(d.Year, d.Month, d.Day) - dayNumber(d.Year, em, ed) {
	case -2:
		return Holiday{"Långfredagen", "Good Friday"}, true
	case 0:
		return Holiday{"Påskdagen", "Easter Sunday"}, true
	case 1:
		return Holiday{"Annandag påsk", "Easter Monday"}, true
	case 39:
		return Holiday{"Kristi himmelsfärdsdag", "Ascension Day"}, true
	case 49:
		return Holiday{"Pingstdagen", "Whit Sunday"}, true
	case 50:
		if d.Year < 2005 {
			return Holiday{"Annandag pingst", "Whit Monday"}, true
		}
	}
	return Holiday{}, false
}

// SwedishEves are the three eves lag (1930:173) om beräkning av lagstadgad
// tid § 2 treats like holidays for deadlines set by statute: midsommarafton
// (the Friday from 19 to 25 June), julafton (24 December) and nyårsafton
// (31 December). They are not allmänna helgdagar (lag (1989:253) § 1), so
// [Sweden] does not include them; combine them for a statutory deadline:
//
//	stockholm := obligation.Sweden().Location()
//	obligation.NewCalendar(stockholm, obligation.Union{obligation.SwedishHolidays{}, obligation.SwedishEves{}})
//
// It implements [Holidays]; its zero value is ready to use.
type SwedishEves struct{}

// Holiday reports whether d is midsommarafton, julafton or nyårsafton.
func (SwedishEves) Holiday(d Date) (Holiday, bool) {
	switch {
	case d.Month == time.June && d.Day >= 19 && d.Day <= 25 && weekday(d) == time.Friday:
		return Holiday{"Midsommarafton", "Midsummer Eve"}, true
	case d.Month == time.December && d.Day == 24:
		return Holiday{"Julafton", "Christmas Eve"}, true
	case d.Month == time.December && d.Day == 31:
		return Holiday{"Nyårsafton", "New Year's Eve"}, true
	}
	return Holiday{}, false
}

func weekday(d Date) time.Weekday { return weekdayOf(dayNumber(d.Year, d.Month, d.Day)) }

var stockholmLocation = sync.OnceValues(func() (*time.Location, error) {
	return time.LoadLocation("Europe/Stockholm")
})

// Sweden returns the calendar of Swedish agreements: Europe/Stockholm time
// (from the embedded time zone database), [SwedishHolidays], Saturday and
// Sunday not working days («arbetsdag» in its usual reading), and the
// options given, on top of the defaults.
func Sweden(opts ...Option) Calendar {
	loc, err := stockholmLocation()
	c := Calendar{loc: loc, holidays: SwedishHolidays{}}
	if err != nil {
		c.err = fmt.Errorf("obligation: loading Europe/Stockholm: %w", err)
	}
	return c.With(opts...)
}

// CalendarName names the national calendar an agreement's periods are
// counted in: its time zone and public holidays. The zero CalendarName
// means the agreement does not name one, and counts in the library's
// default, [NorwegianCalendar].
type CalendarName uint8

const (
	// NorwegianCalendar: [Norway].
	NorwegianCalendar CalendarName = iota + 1
	// SwedishCalendar: [Sweden].
	SwedishCalendar
)

var calendarNameEnum = enum{
	typ: "CalendarName",
	ids: []string{"", "norway", "sweden"},
	nb:  []string{"", "norsk kalender", "svensk kalender"},
	en:  []string{"", "Norwegian calendar", "Swedish calendar"},
}

// String returns the identifier, such as "sweden".
func (n CalendarName) String() string { return calendarNameEnum.str(uint8(n)) }

// Label returns the Norwegian Bokmål or English label.
func (n CalendarName) Label(tag language.Tag) string { return calendarNameEnum.label(uint8(n), tag) }

// MarshalText encodes the identifier; the zero CalendarName is "".
func (n CalendarName) MarshalText() ([]byte, error) { return calendarNameEnum.marshal(uint8(n)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (n *CalendarName) UnmarshalText(b []byte) error {
	v, err := calendarNameEnum.unmarshal(b)
	*n = CalendarName(v)
	return err
}

// Calendar returns the named calendar with the options given: [Sweden]
// for [SwedishCalendar], [Norway] otherwise (the zero CalendarName
// included).
func (n CalendarName) Calendar(opts ...Option) Calendar {
	if n == SwedishCalendar {
		return Sweden(opts...)
	}
	return Norway(opts...)
}
