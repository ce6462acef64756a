package main

import (
	"strconv"
	"strings"
	"time"
	"unicode"

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

// quote puts s in the quotation marks of the tour's language.
func quote(s string, tag language.Tag) string {
	if enum.Norwegian(tag) {
		return "«" + s + "»"
	}
	return "“" + s + "”"
}

var (
	monthsNB = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}
	daysNB   = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}
	ordinals = [...]string{"", "første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}
	ordEN    = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)

// proseDate writes a date in running text: "15. januar 2026" or
// "15 January 2026".
func proseDate(d obligation.Date, tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	if enum.Norwegian(tag) {
		return strconv.Itoa(d.Day) + ". " + monthsNB[d.Month-1] + " " + strconv.Itoa(d.Year)
	}
	return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
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

// cite writes a reference to a clause of an agreement in the tour's
// citation style. lang is the agreement's own language: a heading in
// another language than the tour's is quoted as a name.
//
//	"4.2"                     pkt. 4.2 | clause 4.2
//	"8.1(3)"                  pkt. 8.1 nr. 3 | clause 8.1(3)
//	"Vedlegg 3.3 §4.2"        vedlegg 3.3 pkt. 4.2 | Annex 3.3 clause 4.2
//	"Avvik ¶1"                pkt. Avvik, første avsnitt | clause Avvik, first paragraph
//	"¶2" (the opening)        innledningen, andre avsnitt | the opening, second paragraph
//	"X ¶4, kulepunkt 4"       pkt. X, fjerde avsnitt, fjerde kulepunkt | clause X, fourth paragraph, fourth bullet
func cite(c obligation.Clause, tag language.Tag, lang string) string {
	s := strings.TrimSpace(string(c))
	if s == "" {
		return ""
	}
	nb := enum.Norwegian(tag)
	// Several references joined by "; ".
	if parts := strings.Split(s, "; "); len(parts) > 1 {
		out := make([]string, len(parts))
		for i, p := range parts {
			out[i] = cite(obligation.Clause(p), tag, lang)
		}
		return strings.Join(out, tr(tag, " og ", " and "))
	}
	// A bullet after the paragraph.
	bullet := ""
	if head, n, ok := cutNumbered(s, ", kulepunkt "); ok {
		s = head
		bullet = ", " + ordinal(n, nb) + tr(tag, " kulepunkt", " bullet")
	}
	if h, n, ok := c2p(s); ok {
		para := ordinal(n, nb) + tr(tag, " avsnitt", " paragraph")
		if h == "" {
			return tr(tag, "innledningen, ", "the opening, ") + para + bullet
		}
		return tr(tag, "pkt. ", "clause ") + heading1(h, tag, lang) + ", " + para + bullet
	}
	// An annex's own clause: "Vedlegg 3.3 §4.2".
	if head, tail, ok := strings.Cut(s, " §"); ok {
		return annexName(head, tag) + tr(tag, " pkt. ", " clause ") + number(tail, nb) + bullet
	}
	if isNumber(s) {
		return tr(tag, "pkt. ", "clause ") + number(s, nb) + bullet
	}
	// An annex alone, or an annex with a heading.
	if strings.HasPrefix(s, "Vedlegg ") || strings.HasPrefix(s, "Bilag ") {
		name, rest, _ := strings.Cut(s, ", ")
		out := annexName(name, tag)
		if rest != "" {
			out += ", " + heading1(rest, tag, lang)
		}
		return out + bullet
	}
	return tr(tag, "pkt. ", "clause ") + heading1(s, tag, lang) + bullet
}

// c2p splits "Heading ¶n" or "¶n".
func c2p(s string) (string, int, bool) {
	return obligation.Clause(s).Paragraph()
}

func cutNumbered(s, sep string) (string, int, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+len(sep):])
	if err != nil || n < 1 {
		return s, 0, false
	}
	return s[:i], n, true
}

func ordinal(n int, nb bool) string {
	if n > 0 && n < len(ordinals) {
		if nb {
			return ordinals[n]
		}
		return ordEN[n]
	}
	if nb {
		return strconv.Itoa(n) + "."
	}
	return "no. " + strconv.Itoa(n)
}

// annexName writes "Vedlegg 3.3" as "vedlegg 3.3" in Norwegian running
// text and "Annex 3.3" in English; "Bilag 1" likewise.
func annexName(s string, tag language.Tag) string {
	for _, p := range []string{"Vedlegg ", "Bilag "} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" && unicode.IsDigit(rune(rest[0])) {
			if enum.Norwegian(tag) {
				return strings.ToLower(p) + rest
			}
			return "Annex " + rest
		}
	}
	return s
}

// number writes "8.1(3)" as "8.1 nr. 3" in Norwegian and keeps it in
// English.
func number(s string, nb bool) string {
	if !nb {
		return s
	}
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		return s[:i] + " nr. " + s[i+1:len(s)-1]
	}
	return s
}

// isNumber reports whether s is a clause number such as "4.2", "9.12" or
// "8.1(3)".
func isNumber(s string) bool {
	if s == "" || !unicode.IsDigit(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune(".()abcdefgh", r) {
			return false
		}
	}
	return true
}

// heading1 writes a heading as a name: as it is in the agreement's own
// language, quoted in the other.
func heading1(h string, tag language.Tag, lang string) string {
	if sameLanguage(lang, tag) {
		return h
	}
	return quote(h, tag)
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
