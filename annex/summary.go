package annex

import (
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// summaryWords are the summary's fixed texts in one language.
type summaryWords struct {
	purposes, subjects, data, specials, operations, needs, measures, children string
	clause, measureCount                                                      string
}

var summaryText = [2]summaryWords{
	{
		purposes: "Purposes", subjects: "Data subjects", data: "Personal data",
		specials: "Special categories", operations: "Operations", needs: "Special security needs",
		measures: "Security measures", children: "Children's data",
		clause: "clause ", measureCount: " measures",
	},
	{
		purposes: "Formål", subjects: "Registrerte", data: "Personopplysninger",
		specials: "Særlige kategorier", operations: "Behandlingsaktiviteter", needs: "Spesielle sikkerhetsbehov",
		measures: "Sikkerhetstiltak", children: "Opplysninger om barn",
		clause: "pkt. ", measureCount: " tiltak",
	},
}

// summaryTextLimit is how many characters of an "other" item's text a
// summary shows.
const summaryTextLimit = 60

// AppendSummary appends a short account of the description, one line per
// list, each line starting with indent: the labels of the items in
// Norwegian Bokmål (for nb, nn and no) or English, separated by "; ", with
// the list's clause; what the agreement says instead where it gives no
// items; the number of security measures rather than their texts; and
// whether children's data are processed. An "other" item shows at most
// the first 60 characters of its text. Use [Description.AppendForm] for
// everything.
func (d Description) AppendSummary(dst []byte, tag language.Tag, indent string) []byte {
	s := summary{b: dst, tag: tag, indent: indent}
	if norwegian(tag) {
		s.w = &summaryText[1]
	} else {
		s.w = &summaryText[0]
	}
	summarise(&s, s.w.purposes, d.Purposes)
	summarise(&s, s.w.subjects, d.DataSubjects)
	summarise(&s, s.w.data, d.DataCategories)
	summarise(&s, s.w.specials, d.SpecialCategories)
	summarise(&s, s.w.operations, d.Operations)
	summarise(&s, s.w.needs, d.SecurityNeeds)

	s.start(s.w.measures)
	if d.SecurityMeasures.Status == ListStated {
		s.b = strconv.AppendInt(s.b, int64(len(d.SecurityMeasures.Items)), 10)
		s.b = append(s.b, s.w.measureCount...)
	} else {
		s.status(d.SecurityMeasures.Status)
	}
	s.clause(d.SecurityMeasures.Clause)
	s.b = append(s.b, '\n')

	s.start(s.w.children)
	s.b = append(s.b, d.ProcessesChildren().Label(tag)...)
	s.b = append(s.b, '\n')
	return s.b
}

type summary struct {
	b      []byte
	tag    language.Tag
	indent string
	w      *summaryWords
}

func (s *summary) start(label string) {
	s.b = append(s.b, s.indent...)
	s.b = append(s.b, label...)
	s.b = append(s.b, ": "...)
}

// status appends the description of a list without items, lower-cased
// after the colon.
func (s *summary) status(st ListStatus) {
	l := st.Label(s.tag)
	r, n := utf8.DecodeRuneInString(l)
	if r >= 'A' && r <= 'Z' {
		s.b = append(s.b, byte(r-'A'+'a'))
		l = l[n:]
	}
	s.b = append(s.b, l...)
}

func (s *summary) clause(c string) {
	if c == "" {
		return
	}
	s.b = append(s.b, " ("...)
	s.b = append(s.b, s.w.clause...)
	s.b = appendClean(s.b, c, len(c))
	s.b = append(s.b, ')')
}

// appendClean appends at most limit bytes' worth of runes of text, with
// control characters as spaces and "…" when it cuts.
func appendClean(b []byte, text string, limit int) []byte {
	n := 0
	for i, r := range text {
		if n == limit {
			if i < len(text) {
				b = append(b, "…"...)
			}
			break
		}
		n++
		b = utf8.AppendRune(b, oneLine(r))
	}
	return b
}

// oneLine returns r, or a space for a control character or a line or
// paragraph separator, so that an agreement's own text cannot break a
// line of a form or a summary.
func oneLine(r rune) rune {
	if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
		return ' '
	}
	return r
}

func summarise[K Kind](s *summary, label string, l List[K]) {
	s.start(label)
	if !l.HasItems() {
		s.status(l.Status)
		if l.Document != "" {
			s.b = append(s.b, ": "...)
			s.b = appendClean(s.b, l.Document, summaryTextLimit)
		}
	} else {
		if l.Status == ListInferred {
			// Inferred items are never shown as if the text listed
			// them: the status comes first.
			s.status(l.Status)
			s.b = append(s.b, ": "...)
		}
		written := 0
		for i, it := range l.Items {
			if !it.IsOther() && seenKind(l.Items[:i], it.Kind) {
				continue
			}
			if written > 0 {
				s.b = append(s.b, "; "...)
			}
			written++
			if it.IsOther() && it.Text != "" {
				s.b = appendClean(s.b, it.Text, summaryTextLimit)
			} else {
				s.b = append(s.b, it.Kind.Label(s.tag)...)
			}
		}
	}
	s.clause(l.Clause)
	s.b = append(s.b, '\n')
}

func seenKind[K Kind](items []Item[K], k K) bool {
	for _, it := range items {
		if it.Kind == k {
			return true
		}
	}
	return false
}
