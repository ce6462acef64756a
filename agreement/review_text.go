package agreement

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/personvern/dpa/obligation"
)

// Keys of the phrases a finding's [Arg] may name.
const (
	noteBlank      = "note.blank"
	noteStatedNone = "note.stated-none"
	noteSuccessors = "note.successors"
	noteAlsoCites  = "note.also-cites"
	noteArt94      = "note.art94-2"
)

// reviewMessage is one message of the review's catalog: its key, how many
// arguments it takes, and its Norwegian Bokmål and English text.
type reviewMessage struct {
	key    string
	arity  int
	nb, en string
}

// reviewMessages are the review's texts. A finding's message has its code
// as key; its arguments are the finding's Args, in order, padded with
// empty strings to the arity.
var reviewMessages = [...]reviewMessage{
	{string(SubjectMatterMissing), 1,
		"Avtalen angir ikke hva behandlingen gjelder (behandlingens gjenstand), som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not state the subject matter of the processing, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(DurationMissing), 1,
		"Avtalen angir ikke hvor lenge behandlingen varer, og knytter den heller ikke til hovedavtalen; art. 28 nr. 3 krever at avtalen fastsetter behandlingens varighet.%[1]s",
		"The agreement does not state how long the processing lasts, nor tie it to the main agreement; Art. 28(3) requires the contract to set out its duration.%[1]s"},
	{string(ProcessingNotDescribed), 1,
		"Avtalen beskriver ikke behandlingen: dens art og formål, typen personopplysninger og kategoriene av registrerte, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not describe the processing: its nature and purpose, the type of personal data and the categories of data subjects, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(NoWrittenText), 0,
		"Avtalen gjengir ikke teksten i noe dokument, så gjennomgangen kan ikke bekrefte at den er skriftlig, herunder elektronisk, slik art. 28 nr. 9 krever.",
		"The agreement reproduces no document's text, so the review cannot confirm that it is in writing, including in electronic form, as Art. 28(9) requires."},
	{string(DocumentNotReproduced), 1,
		"«%[1]s» er en del av avtalen, men teksten er ikke med i den publiserte avtalen, så vilkårene der er ikke gjennomgått. Art. 28 nr. 9 krever at hele avtalen er skriftlig: skaff dokumentet og gå gjennom det.",
		"«%[1]s» is part of the agreement, but its text is not in the published agreement, so its terms were not reviewed. Art. 28(9) requires the whole contract in writing: obtain the document and review it."},
	{string(LawRepealed), 5,
		"Avtalen viser til %[1]s, som ble opphevet med virkning fra %[2]s og erstattet av %[3]s. Avtalen bør vise til gjeldende regelverk.%[4]s%[5]s",
		"The agreement cites %[1]s, which was repealed with effect from %[2]s and replaced by %[3]s. The agreement should cite the law in force.%[4]s%[5]s"},
	{string(GoverningLawMissing), 1,
		"Avtalen angir verken lovvalg eller verneting. Det er ikke et krav etter art. 28, men art. 28 nr. 3 forutsetter en avtale etter unionsretten eller nasjonal rett, og uten et valg avgjøres lovvalg og domstol etter internasjonal privatrett, noe som gjør en tvist mindre forutsigbar.%[1]s",
		"The agreement names neither a governing law nor a venue. That is not an Art. 28 requirement, but Art. 28(3) asks for a contract under Union or Member State law, and without a choice the law and the court follow from the rules of private international law, which makes a dispute less predictable.%[1]s"},
	{string(VenueMissing), 1,
		"Avtalen velger lovgivningen i %[1]s, men angir ikke verneting. Det er ikke et krav etter art. 28; uten verneting følger domstolen av de alminnelige reglene om verneting.",
		"The agreement chooses the law of %[1]s but names no venue. That is not an Art. 28 requirement; without a venue the court follows from the general rules on jurisdiction."},

	{noteBlank, 0, " Punktet er ikke fylt ut.", " The clause is left blank."},
	{noteStatedNone, 0, " Avtalen sier uttrykkelig at det ikke finnes noe slikt.", " The agreement says expressly that there is none."},
	{noteSuccessors, 0,
		" Avtalen sier at også regelverk som erstatter de nevnte lovene gjelder, noe som begrenser virkningen.",
		" The agreement says that whatever replaces the laws it cites also applies, which limits the effect."},
	{noteAlsoCites, 0, " Avtalen viser også til det nye regelverket.", " The agreement also cites the replacement."},
	{noteArt94, 0,
		" Etter GDPR art. 94 nr. 2 skal henvisninger til direktivet forstås som henvisninger til forordningen.",
		" Under GDPR Art. 94(2), references to the Directive are read as references to the GDPR."},

	{"report.title", 2, "Gjennomgang av avtalen «%[1]s» per %[2]s", "Review of the agreement «%[1]s» on %[2]s"},
	{"report.none", 0, "Ingen funn.", "No findings."},
	{"report.clause", 1, "pkt. %[1]s", "clause %[1]s"},
	{"report.absent", 0, "ikke i avtalen", "not in the agreement"},
	{"report.no-clause", 0, "punkt ikke oppgitt", "clause not given"},
}

var (
	tagNB = language.Norwegian // "no": Bokmål serves nb, nn and no alike
	tagEN = language.English
)

// reviewCatalog builds the catalog once; it is never changed afterwards.
var reviewCatalog = sync.OnceValues(func() (*catalog.Builder, map[string]int) {
	b := catalog.NewBuilder(catalog.Fallback(tagEN))
	arity := make(map[string]int, len(reviewMessages))
	for _, m := range reviewMessages {
		// SetString fails only on a malformed tag; these tags are constants.
		_ = b.SetString(tagNB, m.key, m.nb)
		_ = b.SetString(tagEN, m.key, m.en)
		arity[m.key] = m.arity
	}
	return b, arity
})

// printer formats the review's texts in one language.
type printer struct {
	p     *message.Printer
	nb    bool
	arity map[string]int
}

func newPrinter(tag language.Tag) printer {
	cat, arity := reviewCatalog()
	t := tagEN
	if norwegian(tag) {
		t = tagNB
	}
	return printer{p: message.NewPrinter(t, message.Catalog(cat)), nb: t == tagNB, arity: arity}
}

func (pr printer) text(key string, args ...any) string {
	for len(args) < pr.arity[key] {
		args = append(args, "")
	}
	return pr.p.Sprintf(key, args...)
}

func (pr printer) arg(a Arg) string {
	switch {
	case a.Text != "":
		return a.Text
	case !a.Date.IsZero():
		return formatDate(a.Date, pr.nb)
	case a.Law != "":
		if pr.nb {
			return a.Law.Label(tagNB)
		}
		return a.Law.Label(tagEN)
	case a.Country != "":
		return countryName(a.Country, pr.nb)
	case a.Key != "":
		if _, ok := pr.arity[a.Key]; ok {
			return pr.text(a.Key)
		}
		return a.Key
	}
	return ""
}

func (pr printer) message(f Finding) string {
	key := string(f.Code)
	if _, ok := pr.arity[key]; !ok {
		return key
	}
	args := make([]any, 0, 5)
	for i, a := range f.Args {
		if i == pr.arity[key] {
			break
		}
		args = append(args, pr.arg(a))
	}
	return pr.text(key, args...)
}

func (pr printer) where(f Finding) string {
	switch {
	case f.Clause != "":
		return pr.text("report.clause", string(f.Clause))
	case f.Absent:
		return pr.text("report.absent")
	}
	return pr.text("report.no-clause")
}

// severity is the severity's label with a capital first letter, as a
// heading.
func (pr printer) severity(s Severity) string {
	l := s.Label(tagEN)
	if pr.nb {
		l = s.Label(tagNB)
	}
	if l == "" || l[0] < 'a' || l[0] > 'z' {
		return l
	}
	return strings.ToUpper(l[:1]) + l[1:]
}

func countryName(code string, nb bool) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	d := display.English
	if nb {
		d = display.Norwegian
	}
	if n := d.Regions().Name(r); n != "" {
		return n
	}
	return code
}

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// formatDate writes a day as Norwegians do ("20.07.2018") or in English
// ("20 July 2018").
func formatDate(d obligation.Date, nb bool) string {
	if !d.IsValid() {
		return d.String()
	}
	if nb {
		return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
	}
	return strconv.Itoa(d.Day) + " " + monthsEN[d.Month-time.January] + " " + strconv.Itoa(d.Year)
}

// Message returns the finding's text in Norwegian Bokmål (for the tags nb,
// nn and no) or English (for any other tag).
func (f Finding) Message(tag language.Tag) string { return newPrinter(tag).message(f) }

// Label returns the severity's name in Norwegian Bokmål (for the tags nb,
// nn and no) or English.
func (s Severity) Label(tag language.Tag) string {
	return enumLabel(s, severityLabels, tag, "Severity")
}

// Label returns the reference as a lawyer writes it: "GDPR Art. 28(3)(h)"
// in English, "GDPR art. 28 nr. 3 bokstav h" in Norwegian; "Decision (EU)
// 2021/915 Clause 7.5"; "LOV-2018-06-15-38 § 5".
func (r Reference) Label(tag language.Tag) string { return r.label(norwegian(tag)) }

var ordinalsNB = [...]string{"", "første", "annet", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}
var ordinalsEN = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

func (r Reference) label(nb bool) string {
	name, word := r.Instrument.short(nb)
	if r.Article == "" {
		return name
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte(' ')
	b.WriteString(word)
	b.WriteByte(' ')
	b.WriteString(r.Article)
	lovdata := isLovdata(r.Instrument)
	switch {
	case r.Paragraph <= 0:
	case nb && lovdata:
		b.WriteString(" " + ordinal(r.Paragraph, true) + " ledd")
	case nb:
		b.WriteString(" nr. " + strconv.Itoa(r.Paragraph))
	default:
		b.WriteString("(" + strconv.Itoa(r.Paragraph) + ")")
	}
	if r.Point != "" {
		if nb {
			b.WriteString(" bokstav " + r.Point)
		} else {
			b.WriteString("(" + r.Point + ")")
		}
	}
	if r.Subparagraph > 0 {
		if nb {
			b.WriteString(" " + ordinal(r.Subparagraph, true) + " ledd")
		} else {
			b.WriteString(", " + ordinal(r.Subparagraph, false) + " subparagraph")
		}
	}
	return b.String()
}

func ordinal(n int, nb bool) string {
	switch {
	case n > 0 && n < len(ordinalsNB) && nb:
		return ordinalsNB[n]
	case n > 0 && n < len(ordinalsEN):
		return ordinalsEN[n]
	}
	return strconv.Itoa(n) + "."
}

// WriteText writes the report as plain text in Norwegian Bokmål (for the
// tags nb, nn and no) or English: a title, then the findings grouped by
// severity, each with its legal basis, the clause it concerns, its code
// and its message.
func (r Report) WriteText(w io.Writer, tag language.Tag) error {
	pr := newPrinter(tag)
	var b strings.Builder
	b.WriteString(pr.text("report.title", r.Agreement, formatDate(r.On, pr.nb)))
	b.WriteByte('\n')
	if len(r.Findings) == 0 {
		b.WriteString(pr.text("report.none"))
		b.WriteByte('\n')
	}
	var last Severity
	for _, f := range r.Findings {
		if f.Severity != last {
			last = f.Severity
			b.WriteString("\n" + pr.severity(f.Severity) + "\n")
		}
		fmt.Fprintf(&b, "  * %s, %s [%s]\n    %s\n", f.Basis.label(pr.nb), oneLine(pr.where(f)), f.Code, oneLine(pr.message(f)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes the report as Markdown in Norwegian Bokmål (for the
// tags nb, nn and no) or English: a heading, a section per severity with
// its count, and a list item per finding. Text taken from the agreement is
// escaped.
func (r Report) WriteMarkdown(w io.Writer, tag language.Tag) error {
	pr := newPrinter(tag)
	var b strings.Builder
	b.WriteString("# " + markdownEscape(pr.text("report.title", r.Agreement, formatDate(r.On, pr.nb))) + "\n")
	if len(r.Findings) == 0 {
		b.WriteString("\n" + pr.text("report.none") + "\n")
	}
	for i := 0; i < len(r.Findings); {
		s := r.Findings[i].Severity
		j := i
		for j < len(r.Findings) && r.Findings[j].Severity == s {
			j++
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n\n", markdownEscape(pr.severity(s)), j-i)
		for _, f := range r.Findings[i:j] {
			fmt.Fprintf(&b, "- **%s**, %s (`%s`)  \n  %s\n",
				markdownEscape(f.Basis.label(pr.nb)), markdownEscape(pr.where(f)),
				strings.ReplaceAll(string(f.Code), "`", ""), markdownEscape(pr.message(f)))
		}
		i = j
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine turns line breaks into spaces, so text from an agreement cannot
// break the layout.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// markdownEscape escapes the characters that Markdown would read as markup
// and turns line breaks into spaces, so text from an agreement stays text.
func markdownEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '{', '}':
			b.WriteByte('\\')
			b.WriteRune(c)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}
