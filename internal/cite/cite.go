// Package cite writes the references and days the library's texts cite,
// in one style per language, so that the review, the command and the
// example tour read alike.
//
// Clauses: "pkt. 4.2", "vedlegg 3.3 pkt. 4.2", "pkt. 16.1 bokstav a",
// "pkt. Avvik, første avsnitt" in Norwegian Bokmål; "clause 4.2", "Annex
// 3.3 clause 4.2", "clause 16.1(a)", "clause Avvik, first paragraph" in
// English. A heading in another language than the text's is a name and
// stands in quotation marks: «…» in Norwegian, “…” in English. The
// paragraph and section signs of the library's own clause notation (¶, §)
// never reach the reader.
//
// Days in running text: "15. januar 2026" and "15 January 2026".
package cite

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/personvern/dpa/obligation"
)

// Quote puts s in the quotation marks of the language: «s» in Norwegian,
// “s” in English.
func Quote(s string, nb bool) string {
	if nb {
		return "«" + s + "»"
	}
	return "“" + s + "”"
}

var monthsNB = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// Date writes a day in running text: "15. januar 2026" in Norwegian,
// "15 January 2026" in English. An invalid day is written as
// [obligation.Date.String] gives it.
func Date(d obligation.Date, nb bool) string {
	if !d.IsValid() {
		return d.String()
	}
	if nb {
		return strconv.Itoa(d.Day) + ". " + monthsNB[d.Month-1] + " " + strconv.Itoa(d.Year)
	}
	return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
}

// Clause writes a reference to a clause of an agreement, with its prefix
// ("pkt. 4.2", "clause 4.2"). nb selects Norwegian Bokmål; own reports
// whether the agreement is written in that language: a heading is quoted
// as a name when it is not. The empty reference gives "".
//
//	"4.2"                     pkt. 4.2 | clause 4.2
//	"8.1(3)", "16.1 a"        pkt. 8.1 nr. 3, pkt. 16.1 bokstav a | clause 8.1(3), clause 16.1(a)
//	"Vedlegg 3.3 §4.2"        vedlegg 3.3 pkt. 4.2 | Annex 3.3 clause 4.2
//	"Bilag 2, Kompensasjon"   bilag 2, Kompensasjon | Annex 2, “Kompensasjon” (a Norwegian text)
//	"Avvik ¶1"                pkt. Avvik, første avsnitt | clause Avvik, first paragraph
//	"¶2" (the opening)        innledningen, andre avsnitt | the opening, second paragraph
//	"X ¶4, kulepunkt 4"       pkt. X, fjerde avsnitt, fjerde kulepunkt | clause X, fourth paragraph, fourth bullet
//	"Exhibit A, Clause 8.5"   «Exhibit A» pkt. 8.5 | Exhibit A, clause 8.5
//	"a; b"                    a og b | a and b
func Clause(c obligation.Clause, nb, own bool) string {
	s := strings.TrimSpace(string(c))
	if s == "" {
		return ""
	}
	// Several references joined by "; ".
	if strings.Contains(s, "; ") {
		parts := strings.Split(s, "; ")
		out := make([]string, len(parts))
		for i, p := range parts {
			out[i] = Clause(obligation.Clause(p), nb, own)
		}
		return strings.Join(out, pick(nb, " og ", " and "))
	}
	prefix := pick(nb, "pkt. ", "clause ")
	// A bullet after the paragraph.
	bullet := ""
	if head, n, ok := cutNumbered(s, ", kulepunkt "); ok {
		s = head
		bullet = ", " + Ordinal(n, nb) + pick(nb, " kulepunkt", " bullet")
	}
	if h, n, ok := obligation.Clause(s).Paragraph(); ok {
		para := Ordinal(n, nb) + pick(nb, " avsnitt", " paragraph")
		if h == "" {
			return pick(nb, "innledningen, ", "the opening, ") + para + bullet
		}
		if isNumber(h) {
			return prefix + number(h, nb) + ", " + para + bullet
		}
		return prefix + name(h, nb, own) + ", " + para + bullet
	}
	// An annex's own clause: "Vedlegg 3.3 §4.2".
	if head, tail, ok := strings.Cut(s, " §"); ok {
		return annex(head, nb, own) + " " + prefix + number(tail, nb) + bullet
	}
	if isNumber(s) {
		return prefix + number(s, nb) + bullet
	}
	// An annex alone, or an annex with a heading.
	if a, rest, ok := annexHead(s); ok {
		out := annex(a, nb, own)
		if rest != "" {
			out += ", " + name(rest, nb, own)
		}
		return out + bullet
	}
	// A numbered clause of a named document: "Exhibit A, Clause 8.5",
	// "Terms of Service 14".
	if doc, n, ok := documentClause(s); ok {
		if doc == "" {
			return prefix + number(n, nb) + bullet
		}
		if nb {
			return name(doc, nb, own) + " " + prefix + number(n, nb) + bullet
		}
		return name(doc, nb, own) + ", " + prefix + number(n, nb) + bullet
	}
	return prefix + name(s, nb, own) + bullet
}

// WriteClause writes [Clause] of c to b. A plain clause number, the
// common case, is written piece by piece, without building the
// reference as a string of its own.
func WriteClause(b *strings.Builder, c obligation.Clause, nb, own bool) {
	s := strings.TrimSpace(string(c))
	if !isNumber(s) {
		b.WriteString(Clause(c, nb, own))
		return
	}
	// A clause number holds no "; ", bullet, paragraph or annex, so
	// Clause gives prefix + number(s, nb).
	b.WriteString(pick(nb, "pkt. ", "clause "))
	base, sub := numberParts(s)
	b.WriteString(base)
	switch {
	case sub == "":
	case !nb:
		b.WriteByte('(')
		b.WriteString(sub)
		b.WriteByte(')')
	case unicode.IsDigit(rune(sub[0])):
		b.WriteString(" nr. ")
		b.WriteString(sub)
	default:
		b.WriteString(" bokstav ")
		b.WriteString(sub)
	}
}

// Paragraphs cites several paragraphs under one heading, in the order
// given: "pkt. 3, første og andre avsnitt", "clause 3, first and second
// paragraphs"; a heading "" is the untitled opening.
func Paragraphs(heading string, ns []int, nb, own bool) string {
	words := make([]string, len(ns))
	for i, n := range ns {
		words[i] = Ordinal(n, nb)
	}
	list := words[0]
	if len(words) > 1 {
		list = strings.Join(words[:len(words)-1], ", ") + pick(nb, " og ", " and ") + words[len(words)-1]
	}
	para := pick(nb, " avsnitt", " paragraph")
	if !nb && len(ns) > 1 {
		para += "s"
	}
	switch {
	case heading == "":
		return pick(nb, "innledningen, ", "the opening, ") + list + para
	case isNumber(heading):
		return pick(nb, "pkt. ", "clause ") + number(heading, nb) + ", " + list + para
	}
	return pick(nb, "pkt. ", "clause ") + name(heading, nb, own) + ", " + list + para
}

func pick(nb bool, no, en string) string {
	if nb {
		return no
	}
	return en
}

// name writes a heading or a document's title: as it is in the text's own
// language, quoted in the other.
func name(h string, nb, own bool) string {
	if own {
		return h
	}
	return Quote(h, nb)
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

var (
	ordinalsNB = [...]string{"", "første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}
	ordinalsEN = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)

// Ordinal writes n as an ordinal word up to ten ("andre", "second"), and
// as a numeral beyond.
func Ordinal(n int, nb bool) string {
	switch {
	case n > 0 && n < len(ordinalsNB) && nb:
		return ordinalsNB[n]
	case n > 0 && n < len(ordinalsEN):
		return ordinalsEN[n]
	case nb:
		return strconv.Itoa(n) + "."
	}
	return "no. " + strconv.Itoa(n)
}

// annexWords are the words that name an annex in the agreements'
// languages.
var annexWords = []string{"Vedlegg ", "Bilag ", "Bilaga ", "Annex ", "Appendix ", "Schedule "}

// annexHead splits "Vedlegg 2 Kompensasjon" or "Vedlegg 1, Sluttbrukertilgang"
// into the annex and the rest.
func annexHead(s string) (annex, rest string, ok bool) {
	for _, w := range annexWords {
		tail, found := strings.CutPrefix(s, w)
		if !found {
			continue
		}
		num, after, _ := strings.Cut(tail, " ")
		num = strings.TrimSuffix(num, ",")
		if !annexNumber(num) {
			continue
		}
		return w + num, strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(after, ","), " ")), true
	}
	return "", "", false
}

// annex writes an annex's name for running text: in Norwegian the
// Norwegian word in lower case ("vedlegg 3.3", "bilag 1") and "vedlegg"
// for another language's word; in English "Annex" for a Scandinavian word
// and an English word as it is ("Appendix 2"). Another name is a heading.
func annex(s string, nb, own bool) string {
	for _, w := range annexWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok || !annexNumber(rest) {
			continue
		}
		switch scandinavian := w == "Vedlegg " || w == "Bilag " || w == "Bilaga "; {
		case nb && (w == "Vedlegg " || w == "Bilag "):
			return strings.ToLower(w) + rest
		case nb:
			return "vedlegg " + rest
		case scandinavian:
			return "Annex " + rest
		}
		return s
	}
	return name(s, nb, own)
}

// annexNumber reports whether s numbers an annex: "1", "3.3" or a
// capital letter ("Bilag A").
func annexNumber(s string) bool {
	switch {
	case s == "":
		return false
	case unicode.IsDigit(rune(s[0])):
		return true
	}
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z'
}

// documentClause splits "Exhibit A, Clause 8.5" into the document and the
// clause number, and "Terms of Service 14" likewise; "Clause 9(a)" gives
// no document.
func documentClause(s string) (doc, n string, ok bool) {
	for _, sep := range []string{", Clause ", ", clause ", ", Section ", ", section "} {
		if d, num, found := strings.Cut(s, sep); found && isNumber(num) {
			return d, num, true
		}
	}
	for _, w := range []string{"Clause ", "Section ", "Klausul ", "Punkt "} {
		if num, found := strings.CutPrefix(s, w); found && isNumber(num) {
			return "", num, true
		}
	}
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || !isNumber(s[i+1:]) {
		return "", "", false
	}
	d := s[:i]
	for _, r := range d {
		if unicode.IsDigit(r) {
			return "", "", false
		}
	}
	return d, s[i+1:], true
}

// number writes a clause number in the language's style: "8.1(3)" as
// "8.1 nr. 3" and "16.1 a" or "16.1(a)" as "16.1 bokstav a" in Norwegian,
// "8.1(3)" and "16.1(a)" in English.
func number(s string, nb bool) string {
	base, sub := numberParts(s)
	if sub == "" {
		return s
	}
	if !nb {
		return base + "(" + sub + ")"
	}
	if unicode.IsDigit(rune(sub[0])) {
		return base + " nr. " + sub
	}
	return base + " bokstav " + sub
}

// numberParts splits a clause number into its base and its
// subdivision: "8.1(3)" into "8.1" and "3", "16.1 a" into "16.1" and "a";
// a number without one gives itself and "".
func numberParts(s string) (base, sub string) {
	base = s
	switch {
	case strings.HasSuffix(s, ")") && strings.IndexByte(s, '(') > 0:
		i := strings.IndexByte(s, '(')
		base, sub = s[:i], s[i+1:len(s)-1]
	case strings.Contains(s, " "):
		i := strings.LastIndexByte(s, ' ')
		base, sub = s[:i], strings.TrimSuffix(s[i+1:], ")")
	}
	if sub == "" {
		return s, ""
	}
	return base, sub
}

// isNumber reports whether s is a clause number such as "4.2", "9.12",
// "8.1(3)", "9(a)" or "16.1 a".
func isNumber(s string) bool {
	if s == "" || !unicode.IsDigit(rune(s[0])) {
		return false
	}
	if base, letter, ok := strings.Cut(s, " "); ok {
		letter = strings.TrimSuffix(letter, ")")
		return isNumber(base) && len(letter) == 1 && letter[0] >= 'a' && letter[0] <= 'z'
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune(".()abcdefghijklmnopqrstuvwxyz", r) {
			return false
		}
	}
	return true
}
