package main

import (
	"strings"
	"time"
	"unicode"

	"github.com/personvern/dpa/internal/cite"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// The tour's conventions, one per language, so that a reader meets each
// kind of value in one form only.
//
// Dates: in running text a date is written out, "15. januar 2026" (nb) or
// "15 January 2026" (en), with the weekday where it matters ("lørdag
// 16. mai 2026"); in the agenda's date column it is "15.01.2026 23:59"
// (nb) or "2026-01-15 23:59" (en). Every time is Norwegian time
// (Europe/Oslo), which the tour says once at the top instead of naming a
// zone on each line.
//
// Citations: "pkt. 4.2", "vedlegg 3.3 pkt. 4.2", "pkt. Avvik, første
// avsnitt" and "GDPR art. 28 nr. 3 bokstav h" in Norwegian; "clause 4.2",
// "Annex 3.3 clause 4.2", "clause Avvik, first paragraph" and "GDPR
// Art. 28(3)(h)" in English. A heading in the other language than the
// tour's is a name and stands in quotation marks: «…» in Norwegian, “…”
// in English.

var daysNB = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}

// quote puts s in the quotation marks of the tour's language.
func quote(s string, tag language.Tag) string { return cite.Quote(s, enum.Norwegian(tag)) }

// proseDate writes a date in running text: "15. januar 2026" or
// "15 January 2026".
func proseDate(d obligation.Date, tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	return cite.Date(d, enum.Norwegian(tag))
}

// proseTime writes an instant in running text, in Oslo time, with its
// weekday: "lørdag 16. mai 2026 kl. 22:40" or "Saturday 16 May 2026 at
// 22:40".
func proseTime(t time.Time, tag language.Tag) string {
	t = t.In(tourCal.Location())
	d := proseDate(obligation.DateOf(t), tag)
	if enum.Norwegian(tag) {
		return daysNB[t.Weekday()] + " " + d + " kl. " + t.Format("15:04")
	}
	return t.Weekday().String() + " " + d + " at " + t.Format("15:04")
}

// proseEnd writes the last instant of a day (23:59:59.999…) as the day
// alone with "ved dagens slutt", and any other instant as proseTime.
func proseEnd(t time.Time, tag language.Tag) string {
	t = t.In(tourCal.Location())
	if t.Hour() == 23 && t.Minute() == 59 && t.Second() == 59 {
		d := proseDate(obligation.DateOf(t), tag)
		if enum.Norwegian(tag) {
			return daysNB[t.Weekday()] + " " + d + " ved dagens slutt"
		}
		return t.Weekday().String() + " " + d + ", end of day"
	}
	return proseTime(t, tag)
}

// tableTime writes an instant for the agenda's date column: "15.01.2026
// 23:59" or "2026-01-15 23:59".
func tableTime(t time.Time, tag language.Tag) string {
	t = t.In(tourCal.Location())
	if enum.Norwegian(tag) {
		return t.Format("02.01.2006 15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// citeClause writes a reference to a clause of an agreement in the tour's
// citation style ([cite.Clause]). lang is the agreement's own language: a
// heading in another language than the tour's is quoted as a name.
func citeClause(c obligation.Clause, tag language.Tag, lang string) string {
	return cite.Clause(c, enum.Norwegian(tag), sameLanguage(lang, tag))
}

func sameLanguage(lang string, tag language.Tag) bool {
	l, err := language.Parse(lang)
	if err != nil {
		return false
	}
	return enum.Norwegian(l) == enum.Norwegian(tag)
}

// paren puts a citation in parentheses with a leading space, or gives ""
// without one.
func paren(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// article writes a citation of a law the library gives in its own form
// ("GDPR art. 33(3)(a)") in the tour's style: "GDPR art. 33 nr. 3
// bokstav a" in Norwegian, "GDPR Art. 33(3)(a)" in English.
func article(s string, tag language.Tag) string {
	law, rest, ok := strings.Cut(s, " art. ")
	if !ok {
		return s
	}
	num, tail, _ := strings.Cut(rest, "(")
	if !enum.Norwegian(tag) {
		if tail != "" {
			tail = "(" + tail
		}
		return law + " Art. " + num + tail
	}
	out := law + " art. " + num
	for tail != "" {
		part, after, _ := strings.Cut(tail, ")")
		if part != "" && unicode.IsDigit(rune(part[0])) {
			out += " nr. " + part
		} else if part != "" {
			out += " bokstav " + part
		}
		tail = strings.TrimPrefix(after, "(")
	}
	return out
}
