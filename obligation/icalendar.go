package obligation

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// ICalendar writes duties as an iCalendar object (RFC 5545): one to-do
// (VTODO) per duty, so that the duties an agenda, a breach or a
// subprocessor change creates can be put in a calendar or task list.
//
// Each to-do has the duty's party and action as its summary, its due
// instant (DUE) in Location, and a description that gives the clause,
// the period, the condition and the agreement's own words. Its UID is
// derived from the [Todos]' ID and from what the duty is (its event and
// that event's instant, debtor, creditor, action and clause), not from
// when it is due, so exporting the same event again after the agreement
// changed gives the same UIDs and a calendar updates its to-dos instead
// of adding new ones.
//
// An ICalendar is a small value; its zero value writes instants in UTC,
// in English, with the zero DTSTAMP.
type ICalendar struct {
	// Stamp is the instant the export is made (DTSTAMP). It is a field
	// rather than a clock read, so that the same export is the same
	// bytes.
	Stamp time.Time
	// Location is the time zone the due instants are written in, with
	// a VTIMEZONE built from its transitions; nil writes them in UTC.
	// Norway's calendar uses Europe/Oslo ([Calendar.Location]).
	Location *time.Location
	// Tag is the language of the summaries and descriptions: Norwegian
	// Bokmål for nb, nn and no, English otherwise.
	Tag language.Tag
}

// Todos are the duties of one agreement, to be written as to-dos.
type Todos struct {
	// ID names where the duties come from, such as the agreement's ID;
	// it is part of every UID, so that two agreements' duties never
	// share one.
	ID     string
	Duties []Duty
}

// Write writes one calendar with the to-dos of every list to w.
func (c ICalendar) Write(w io.Writer, lists ...Todos) error {
	_, err := w.Write(c.Append(nil, lists...))
	return err
}

// Append appends one calendar with the to-dos of every list to dst and
// returns the extended buffer. Lines end in CRLF and are folded at 75 octets, never inside a
// UTF-8 sequence; texts are escaped as RFC 5545 §3.3.11 requires.
// Instants are written to the second: a due instant at the end of a day
// (23:59:59.999999999) is written as 23:59:59.
func (c ICalendar) Append(dst []byte, lists ...Todos) []byte {
	loc := c.Location
	if loc == time.UTC {
		loc = nil
	}
	dst = appendLine(dst, "BEGIN:VCALENDAR")
	dst = appendLine(dst, "VERSION:2.0")
	dst = appendLine(dst, "PRODID:-//personvern//dpa//EN")
	dst = appendLine(dst, "CALSCALE:GREGORIAN")
	if loc != nil {
		dst = appendTimezone(dst, loc, lists)
	}
	seen := make(map[string]int)
	for _, l := range lists {
		dst = c.appendTodos(dst, loc, l, seen)
	}
	return appendLine(dst, "END:VCALENDAR")
}

// appendTodos appends one VTODO per duty of l; seen counts the UID keys
// already used, so that equal duties get distinct UIDs.
func (c ICalendar) appendTodos(dst []byte, loc *time.Location, l Todos, seen map[string]int) []byte {
	for _, d := range l.Duties {
		key := uidKey(l.ID, d)
		n := seen[key]
		seen[key] = n + 1
		if n > 0 {
			key += "\x00" + strconv.Itoa(n)
		}
		sum := sha256.Sum256([]byte(key))
		dst = appendLine(dst, "BEGIN:VTODO")
		dst = appendLine(dst, "UID:"+hex.EncodeToString(sum[:16])+"@dpa")
		dst = appendLine(dst, "DTSTAMP:"+c.Stamp.UTC().Format(utcLayout))
		dst = appendText(dst, "SUMMARY", d.Debtor.Label(c.Tag)+": "+d.Action.Label(c.Tag))
		if d.Due.IsFixed() {
			dst = appendLine(dst, dueProperty(d.Due.At, loc))
		}
		dst = appendText(dst, "DESCRIPTION", c.description(d))
		if d.Event != 0 {
			dst = appendText(dst, "CATEGORIES", d.Event.Label(c.Tag))
		}
		status := "NEEDS-ACTION"
		if d.Refused {
			status = "CANCELLED"
		}
		dst = appendLine(dst, "STATUS:"+status)
		dst = appendLine(dst, "END:VTODO")
	}
	return dst
}

const (
	utcLayout   = "20060102T150405Z"
	localLayout = "20060102T150405"
)

// uidKey is what identifies a duty across exports: everything but when it
// is due and what the text says about it.
func uidKey(id string, d Duty) string {
	return strings.Join([]string{id, d.Event.String(), d.Since.UTC().Format(time.RFC3339Nano),
		d.Debtor.String(), d.Creditor.String(), d.Action.String(), string(d.Clause)}, "\x00")
}

func dueProperty(at time.Time, loc *time.Location) string {
	at = at.Truncate(time.Second)
	if loc == nil {
		return "DUE:" + at.UTC().Format(utcLayout)
	}
	return "DUE;TZID=" + paramValue(loc.String()) + ":" + at.In(loc).Format(localLayout)
}

// paramValue quotes a parameter value that holds a character a bare one
// may not (RFC 5545 §3.2).
func paramValue(s string) string {
	if strings.ContainsAny(s, ":;,") {
		return `"` + strings.ReplaceAll(s, `"`, "") + `"`
	}
	return s
}

// description is the duty in words, one fact a line.
func (c ICalendar) description(d Duty) string {
	tag := c.Tag
	nb := isNorwegian(tag)
	tr := func(n, e string) string {
		if nb {
			return n
		}
		return e
	}
	var lines []string
	add := func(label, value string) {
		if value != "" {
			lines = append(lines, label+": "+value)
		}
	}
	if d.Creditor != 0 {
		add(tr("Til", "To"), d.Creditor.Label(tag))
	}
	if d.Clause != "" {
		add(tr("Punkt", "Clause"), string(d.Clause))
	}
	when := ""
	switch {
	case d.Refused && d.Lifts != 0:
		when = tr("avslått med mindre ", "refused unless ") + d.Lifts.Label(tag)
	case d.Refused:
		when = tr("avslått", "refused")
	case d.Due.IsFixed():
		when = c.timeText(d.Due.At)
	}
	if !d.Due.Period.IsZero() {
		p := d.Due.Period.Label(tag)
		if d.Due.Before {
			p += tr(" før", " before")
		}
		if when != "" {
			when += " (" + p + ")"
		} else {
			when = p
		}
	}
	if d.Pending != 0 {
		when = strings.TrimSpace(when + " " + d.Pending.Label(tag))
	}
	if when == "" {
		when = tr("ingen frist", "no deadline")
	}
	add(tr("Frist", "Due"), when)
	ev := d.Event.Label(tag)
	if !d.Since.IsZero() {
		ev += " " + c.timeText(d.Since)
	}
	add(tr("Hendelse", "Event"), ev)
	if !d.If.IsZero() {
		add(tr("Vilkår", "Condition"), d.If.Label(tag))
	}
	if !d.Assumes.IsZero() {
		add(tr("Forutsetter", "Assumes"), d.Assumes.Label(tag))
	}
	if d.Qualifier != 0 {
		add(tr("Begrensning", "Limit"), d.Qualifier.Label(tag))
	}
	if d.Cost.Kind != 0 {
		add(tr("Kostnad", "Cost"), d.Cost.Kind.Label(tag))
	}
	if d.OnRequest {
		lines = append(lines, tr("Bare på forespørsel.", "On request only."))
	}
	if d.Survives {
		lines = append(lines, tr("Gjelder også etter at avtalen er opphørt.", "Survives the end of the agreement."))
	}
	add(tr("Merknad", "Note"), d.Note)
	return strings.Join(lines, "\n")
}

// timeText is an instant in the calendar's location to the minute, with
// the zone's abbreviation.
func (c ICalendar) timeText(t time.Time) string {
	if c.Location != nil {
		t = t.In(c.Location)
	} else {
		t = t.UTC()
	}
	return t.Format("2006-01-02 15:04 MST")
}

// appendTimezone appends a VTIMEZONE for loc with one component per
// transition from the year before the earliest due instant to the year
// after the latest, so that every DUE written in loc is unambiguous.
func appendTimezone(dst []byte, loc *time.Location, lists []Todos) []byte {
	first, last := 0, 0
	for _, l := range lists {
		for _, d := range l.Duties {
			if !d.Due.IsFixed() {
				continue
			}
			y := d.Due.At.In(loc).Year()
			if first == 0 || y < first {
				first = y
			}
			if y > last {
				last = y
			}
		}
	}
	dst = appendLine(dst, "BEGIN:VTIMEZONE")
	dst = appendLine(dst, "TZID:"+loc.String())
	if first == 0 {
		first, last = 2000, 2000
	}
	t := time.Date(first-1, time.January, 1, 0, 0, 0, 0, loc)
	limit := time.Date(last+1, time.December, 31, 0, 0, 0, 0, loc)
	// The rule in force at the start of the range, then each transition.
	dst = appendObservance(dst, t, t)
	for {
		_, end := t.ZoneBounds()
		if end.IsZero() || end.After(limit) {
			break
		}
		dst = appendObservance(dst, end, end.Add(-time.Second))
		t = end
	}
	return appendLine(dst, "END:VTIMEZONE")
}

// appendObservance appends the STANDARD or DAYLIGHT component that starts
// at onset, whose previous offset is the one in force at before.
func appendObservance(dst []byte, onset, before time.Time) []byte {
	name, to := onset.Zone()
	_, from := before.Zone()
	kind := "STANDARD"
	if onset.IsDST() {
		kind = "DAYLIGHT"
	}
	dst = appendLine(dst, "BEGIN:"+kind)
	dst = appendLine(dst, "DTSTART:"+onset.In(time.FixedZone("", from)).Format(localLayout))
	dst = appendLine(dst, "TZOFFSETFROM:"+offsetText(from))
	dst = appendLine(dst, "TZOFFSETTO:"+offsetText(to))
	if name != "" && name[0] != '+' && name[0] != '-' {
		dst = appendText(dst, "TZNAME", name)
	}
	return appendLine(dst, "END:"+kind)
}

// offsetText is a UTC offset in seconds as RFC 5545's UTC-OFFSET:
// "+0100", or "+013045" with seconds.
func offsetText(sec int) string {
	sign := byte('+')
	if sec < 0 {
		sign, sec = '-', -sec
	}
	b := []byte{sign}
	b = append2(b, sec/3600)
	b = append2(b, sec/60%60)
	if sec%60 != 0 {
		b = append2(b, sec%60)
	}
	return string(b)
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// appendText appends the property name with the text value escaped
// (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
func appendText(dst []byte, name, value string) []byte {
	var b strings.Builder
	b.Grow(len(name) + 1 + len(value) + 8)
	b.WriteString(name)
	b.WriteByte(':')
	for _, r := range value {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 && r != '\t' || r == 0x7f {
				continue // control characters are not allowed in TEXT
			}
			b.WriteRune(r)
		}
	}
	return appendLine(dst, b.String())
}

// appendLine appends one content line ending in CRLF, folded so that no
// line is longer than 75 octets (RFC 5545 §3.1): a fold is CRLF followed
// by a space, and never splits a UTF-8 sequence.
func appendLine(dst []byte, line string) []byte {
	const limit = 75
	width := limit
	for len(line) > width {
		cut := width
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		dst = append(dst, line[:cut]...)
		dst = append(dst, "\r\n "...)
		line = line[cut:]
		width = limit - 1 // the continuation's leading space counts
	}
	dst = append(dst, line...)
	return append(dst, "\r\n"...)
}
