package annex

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Format selects how [Description.AppendForm] renders the form. Its zero
// value is unspecified and renders as [PlainText].
type Format uint8

const (
	// PlainText renders lines of text with ☒ and ☐ boxes.
	PlainText Format = iota + 1
	// Markdown renders headings and lists, with the agreement's texts
	// escaped.
	Markdown
)

// String returns "text", "markdown", or "unset" for the zero value.
func (f Format) String() string {
	switch f {
	case PlainText:
		return "text"
	case Markdown:
		return "markdown"
	}
	return fallback("Format", uint64(f))
}

// words are the form's fixed texts in one language.
type words struct {
	title, children, special, nature, duration, unstated, source    string
	purposes, subjects, data, specials, needs, operations, measures string
	specialRow, specify, art9, art10                                string
}

var formWords = [2]words{
	{ // English
		title:      "Processing of personal data: purposes and categories",
		children:   "Personal data about children",
		special:    "Special categories of personal data",
		nature:     "Nature of the processing",
		duration:   "Duration of the processing",
		unstated:   "Not stated in the agreement.",
		source:     "Source: ",
		purposes:   "Purposes of the processing",
		subjects:   "Categories of data subjects",
		data:       "Categories of personal data",
		specials:   "Special categories of personal data (sensitive)",
		needs:      "Special security needs",
		operations: "Processing operations (what the processor does with the personal data)",
		measures:   "Security measures (headings of Annex III of the 2021/915 standard contractual clauses)",
		specialRow: "Special categories of personal data: see below",
		specify:    " (please specify):",
		art9:       " (Art. 9(1))",
		art10:      " (Art. 10)",
	},
	{ // Norwegian Bokmål
		title:      "Behandlingen av personopplysninger: formål og kategorier",
		children:   "Personopplysninger om barn",
		special:    "Særlige kategorier av personopplysninger",
		nature:     "Behandlingens art",
		duration:   "Behandlingens varighet",
		unstated:   "Ikke oppgitt i avtalen.",
		source:     "Kilde: ",
		purposes:   "Formål med behandlingen",
		subjects:   "Kategorier av registrerte",
		data:       "Kategorier av personopplysninger",
		specials:   "Særlige kategorier av personopplysninger (sensitive)",
		needs:      "Spesielle sikkerhetsbehov",
		operations: "Behandlingsaktiviteter (hva databehandler skal gjøre med personopplysningene)",
		measures:   "Sikkerhetstiltak (overskriftene i vedlegg III til standardavtalevilkårene 2021/915)",
		specialRow: "Særlige kategorier av personopplysninger: se nedenfor",
		specify:    " (vennligst spesifiser):",
		art9:       " (art. 9 nr. 1)",
		art10:      " (art. 10)",
	},
}

const (
	ticked   = "☒"
	unticked = "☐"
	// inferred marks an item read from the text rather than ticked or
	// listed in it: never a ticked box.
	inferred = "≈"
)

// form carries the state of one rendering.
type form struct {
	b   []byte
	md  bool
	tag language.Tag
	w   *words // formWords[0], English, or [1], Norwegian Bokmål
}

// AppendForm appends the description rendered as a check-list form in
// Norwegian Bokmål (for nb, nn and no) or English, and returns the
// extended buffer. The form follows Assistert Selvhjelp's Vedlegg 1:
// purposes, data subjects, personal data categories, special categories,
// security needs and processing operations, then the security measures
// under the Annex III headings of the 2021/915 clauses. Every value of each
// enumeration gets a box, ticked (☒) when the list holds it and unticked
// (☐) otherwise, with the agreement's own texts under it and the "other"
// texts on their own lines. A list the agreement does not give, gives as
// empty, or says has nothing in it is marked as such above its boxes.
func (d Description) AppendForm(dst []byte, tag language.Tag, f Format) []byte {
	fm := form{b: dst, md: f == Markdown, tag: tag, w: &formWords[0]}
	if norwegian(tag) {
		fm.w = &formWords[1]
	}
	w := fm.w

	if fm.md {
		fm.raw("# ")
	}
	fm.raw(w.title)
	fm.raw("\n")
	fm.blank()
	fm.answer(w.children, d.ProcessesChildren())
	fm.answer(w.special, d.ProcessesSpecialCategories())
	fm.statement(w.nature, d.Nature)
	fm.statement(w.duration, d.Duration)

	appendList(&fm, w.purposes, d.Purposes, noRow)
	appendList(&fm, w.subjects, d.DataSubjects, noRow)
	// Vedlegg 1 lists the special categories as the second row of the
	// personal data categories, pointing below.
	special := untickedRow
	if d.ProcessesSpecialCategories() == Yes {
		special = tickedRow
	}
	appendList(&fm, w.data, d.DataCategories, special)
	appendList(&fm, w.specials, d.SpecialCategories, noRow)
	appendList(&fm, w.needs, d.SecurityNeeds, noRow)
	appendList(&fm, w.operations, d.Operations, noRow)
	appendList(&fm, w.measures, d.SecurityMeasures, noRow)
	return fm.b
}

// WriteForm writes the form [Description.AppendForm] renders to w.
func (d Description) WriteForm(w io.Writer, tag language.Tag, f Format) error {
	_, err := w.Write(d.AppendForm(make([]byte, 0, 8192), tag, f))
	return err
}

func (fm *form) raw(s string) { fm.b = append(fm.b, s...) }

// text appends one of the agreement's own texts: control characters become
// spaces, and in Markdown the characters it could read as markup are
// escaped. lineStart says the text begins a line, where list, heading and
// quote markers count too.
func (fm *form) text(s string, lineStart bool) {
	digits := lineStart
	for i, r := range s {
		r = oneLine(r)
		switch {
		case !fm.md || r >= 0x80:
			fm.b = utf8.AppendRune(fm.b, r)
		case isMarkdownPunct(byte(r)),
			lineStart && i == 0 && isASCIIPunct(byte(r)),
			digits && (r == '.' || r == ')'):
			fm.b = append(fm.b, '\\', byte(r))
		default:
			fm.b = append(fm.b, byte(r))
		}
		digits = digits && r >= '0' && r <= '9'
	}
}

// isMarkdownPunct reports whether c can start markup anywhere in a line.
func isMarkdownPunct(c byte) bool {
	switch c {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '~':
		return true
	}
	return false
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// blank ends the output so far with an empty line, the separator of
// sections and of Markdown blocks.
func (fm *form) blank() {
	switch n := len(fm.b); {
	case n == 0:
	case fm.b[n-1] != '\n':
		fm.b = append(fm.b, '\n', '\n')
	case n == 1 || fm.b[n-2] != '\n':
		fm.b = append(fm.b, '\n')
	}
}

func (fm *form) heading(s string) {
	fm.blank()
	if fm.md {
		fm.raw("## ")
		fm.raw(s)
		fm.raw("\n\n")
		return
	}
	fm.raw(s)
	fm.raw("\n")
}

// line appends a line of prose under a heading.
func (fm *form) line(prefix, s string) {
	if !fm.md {
		fm.raw("  ")
	}
	fm.raw(prefix)
	fm.text(s, prefix == "")
	fm.raw("\n")
	if fm.md {
		fm.blank()
	}
}

func (fm *form) answer(question string, a Answer) {
	if fm.md {
		fm.raw("- ")
	}
	fm.raw(question)
	fm.raw(": ")
	if fm.md {
		fm.raw("**")
	}
	fm.raw(a.Label(fm.tag))
	if fm.md {
		fm.raw("**")
	}
	fm.raw("\n")
}

func (fm *form) statement(heading string, s Statement) {
	fm.heading(heading)
	if s.Clause != "" {
		fm.line(fm.w.source, s.Clause)
	}
	if s.Text == "" {
		fm.line("", fm.w.unstated)
		return
	}
	fm.line("", s.Text)
}

// box appends one check-box row: the label and its suffix, then detail
// (the text of an "other" item) and its clause when not empty.
func (fm *form) box(tick bool, label, suffix, detail, clause string) {
	fm.mark(tick, false, label, suffix, detail, clause)
}

// mark writes one row: a ticked or unticked box, or, for an item of an
// inferred list, the inferred mark.
func (fm *form) mark(tick, infer bool, label, suffix, detail, clause string) {
	if fm.md {
		fm.raw("- ")
	} else {
		fm.raw("  ")
	}
	switch {
	case tick && infer:
		fm.raw(inferred)
	case tick:
		fm.raw(ticked)
	default:
		fm.raw(unticked)
	}
	fm.raw(" ")
	fm.raw(label)
	fm.raw(suffix)
	if detail != "" {
		fm.raw(" ")
		fm.text(detail, false)
	}
	fm.clause(clause)
	fm.raw("\n")
}

func (fm *form) clause(c string) {
	if c != "" {
		fm.raw(" (")
		fm.text(c, false)
		fm.raw(")")
	}
}

// sub appends the agreement's own words under a row, with the item's
// clause when it has one.
func (fm *form) sub(s, clause string) {
	if fm.md {
		fm.raw("  - ")
	} else {
		fm.raw("      – ")
	}
	fm.text(s, false)
	fm.clause(clause)
	fm.raw("\n")
}

// specialRow says whether a list gets the row pointing to the special
// categories, and whether it is ticked.
type specialRow uint8

const (
	noRow specialRow = iota
	untickedRow
	tickedRow
)

// appendList renders one list of the form: its heading, source and
// status, a box for every value of its enumeration, and the "other" rows.
// The special-categories row, if any, follows the first value's row.
func appendList[K Kind](fm *form, heading string, l List[K], special specialRow) {
	t := (*new(K)).table()
	fm.heading(heading)
	if l.Clause != "" {
		fm.line(fm.w.source, l.Clause)
	}
	infer := l.Status == ListInferred
	if l.Status != ListStated {
		if !fm.md {
			fm.raw("  ")
		}
		fm.raw(l.Status.Label(fm.tag))
		if l.Document != "" {
			fm.raw(": ")
			fm.text(l.Document, false)
		}
		if l.Reason != "" {
			fm.raw(": ")
			fm.text(l.Reason, false)
		}
		fm.raw(".\n")
		if fm.md {
			fm.blank()
		}
	}
	for v := 1; v < len(t.entries); v++ {
		if uint8(v) == t.other {
			continue
		}
		k := K(v)
		suffix := ""
		if art, ok := any(k).(SpecialKind); ok {
			if art.Article() == 10 {
				suffix = fm.w.art10
			} else {
				suffix = fm.w.art9
			}
		}
		// An item without text puts its clause on the box's line.
		clause := ""
		for _, it := range l.Items {
			if it.Kind == k && it.Text == "" {
				clause = it.Clause
				break
			}
		}
		fm.mark(l.Has(k), infer, k.Label(fm.tag), suffix, "", clause)
		for _, it := range l.Items {
			if it.Kind == k && it.Text != "" {
				fm.sub(it.Text, it.Clause)
			}
		}
		if v == 1 && special != noRow {
			fm.box(special == tickedRow, fm.w.specialRow, "", "", "")
		}
	}
	if t.other == 0 {
		return
	}
	other := K(t.other).Label(fm.tag)
	n := 0
	for _, it := range l.Items {
		if uint8(it.Kind) != t.other {
			continue
		}
		n++
		fm.mark(true, infer, other, fm.w.specify, it.Text, it.Clause)
	}
	if n == 0 {
		fm.box(false, other, fm.w.specify, "", "")
	}
}
