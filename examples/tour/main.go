// Command tour prints what the dpa library knows about each of the five
// seed agreements: parties, term, governing law, what is processed, the
// problems validation finds, and each evaluator's answers.
//
//	go run ./examples/tour           # Norwegian labels
//	go run ./examples/tour -lang en  # English labels
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func main() {
	lang := flag.String("lang", "nb", "language of labels: nb or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tour: -lang: %v\n", err)
		os.Exit(2)
	}
	if err := tour(os.Stdout, tag); err != nil {
		fmt.Fprintf(os.Stderr, "tour: %v\n", err)
		os.Exit(1)
	}
}

func tour(w io.Writer, tag language.Tag) error {
	fmt.Fprintln(w, tr(tag,
		"Alle klokkeslett er norsk tid (Europe/Oslo). Datoer i tekst skrives «15. januar 2026», i tabeller «15.01.2026».",
		"All times are Norwegian time (Europe/Oslo). Dates are written “15 January 2026” in text and “2026-01-15” in tables."))
	for _, a := range examples.All() {
		fmt.Fprintln(w)
		printAgreement(w, a, tag)
	}
	corpus := examples.Corpus()
	if len(corpus) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, tr(tag, "Flere avtaler", "More agreements"))
		for _, a := range corpus {
			fmt.Fprintln(w)
			printAgreement(w, a, tag)
		}
	}
	return nil
}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "\n  %s\n", s)
}

// name is how the tour names an agreement: its processor and its title.
func name(a agreement.Agreement) string {
	for _, p := range a.Parties {
		if p.Role == agreement.Processor && p.DisplayName() != "" {
			return p.DisplayName() + ": " + a.Title
		}
	}
	return a.Title
}

func printAgreement(w io.Writer, a agreement.Agreement, tag language.Tag) {
	fmt.Fprintln(w, name(a))
	if a.Version != "" {
		v := tr(tag, "  versjon ", "  version ") + a.Version
		if !a.VersionDate.IsZero() {
			v += tr(tag, " av ", " of ") + proseDate(a.VersionDate, tag)
		}
		fmt.Fprintln(w, v)
	}
	for _, d := range []struct {
		label string
		date  obligation.Date
	}{{tr(tag, "signert", "signed"), a.Signed}, {tr(tag, "oppdatert", "updated"), a.Updated}, {tr(tag, "gyldig fra", "valid from"), a.ValidFrom}} {
		if !d.date.IsZero() {
			fmt.Fprintf(w, "  %s: %s\n", d.label, proseDate(d.date, tag))
		}
	}

	heading(w, tr(tag, "Parter", "Parties"))
	for _, p := range a.Parties {
		line := fmt.Sprintf("    %s: %s", p.Role.Label(tag), p.DisplayName())
		if p.OrgNumber != "" {
			line += ", org.nr. " + p.OrgNumber
		}
		if p.Generic {
			line += tr(tag, ", hver kunde", ", each customer")
		}
		fmt.Fprintln(w, line)
		for _, c := range p.Contacts {
			var parts []string
			if c.Name != "" {
				parts = append(parts, words(c.Name, a, tag))
			}
			if c.Position != "" {
				parts = append(parts, words(c.Position, a, tag))
			}
			if c.Email != "" {
				parts = append(parts, c.Email)
			}
			s := strings.Join(parts, ", ")
			if c.Where != "" {
				s += tr(tag, ", kontaktopplysninger i ", ", contact details in ") + words(c.Where, a, tag)
			}
			fmt.Fprintf(w, "      %s: %s\n", c.Kind.Label(tag), s)
		}
	}

	heading(w, tr(tag, "Varighet og lovvalg", "Term and governing law"))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "avtaleperiode", "term"), termText(a, tag))
	if d := a.Processing.Description.Duration; d.Text != "" {
		fmt.Fprintf(w, "    %s: %s%s\n", tr(tag, "behandlingens varighet", "duration of the processing"), quote(d.Text, tag), paren(citeClause(obligation.Clause(d.Clause), tag, a.Language)))
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "oppsigelse", "termination"), terminationText(a, tag))
	if f := a.Formation; f.HasValue() {
		termLine(w, a, tag, "inngåelse", "formation", f.Provision,
			part{f.Electronic, "inngås elektronisk", "concluded electronically"},
			part{f.Recorded, "tidspunkt og versjon lagres", "the time and the version accepted are stored"},
			part{f.SignedCopy, "signert eksemplar på forespørsel", "a signed copy on request"})
	}
	if c := a.Changes; c.HasValue() {
		nb, en := "endringer", "a change"
		if c.OnlyWeakening {
			nb, en = "endringer som svekker behandlingsansvarliges vern", "a change that weakens the controller's protection"
		}
		nb += " varsles " + c.Notice.Label(language.Norwegian) + " før de trer i kraft"
		en += " is notified " + c.Notice.Label(language.English) + " before it takes effect"
		termLine(w, a, tag, "endringer", "changes", c.Provision,
			part{c.ByProcessor, "databehandleren kan publisere nye versjoner", "the processor may publish new versions"},
			part{!c.Notice.IsZero(), nb, en},
			part{c.EarlierOnRequest, "tidligere versjoner på forespørsel", "earlier versions on request"},
			part{c.Signed, "gyldige bare skriftlig og undertegnet av begge parter", "valid only in writing, signed by both parties"})
	}
	if as := a.Assignment; as.HasValue() {
		cite := under(as.GroupClause, a, tag)
		termLine(w, a, tag, "overdragelse", "assignment", as.Provision,
			part{as.Consent, "bare med den andre partens skriftlige samtykke", "only with the other party's written consent"},
			part{as.WithinGroup, "databehandleren kan overdra avtalen til et selskap i samme konsern, med varsel til behandlingsansvarlig" + cite,
				"the processor may assign the agreement to a company in its group, informing the controller" + cite})
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "lovvalg og verneting", "governing law and venue"), lawText(a, tag))
	if len(a.Laws.Cited) > 0 {
		names := make([]string, len(a.Laws.Cited))
		for i, l := range a.Laws.Cited {
			names[i] = lawName(l, a, tag)
		}
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "lover avtalen viser til", "laws the agreement cites"), strings.Join(names, "; "))
	}

	printProcessing(w, a, tag)

	heading(w, tr(tag, "Kontroll av modellen", "Check of the model"))
	if err := a.Validate(); err != nil {
		var ve *agreement.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				fmt.Fprintf(w, "    %s\n", p)
			}
		} else {
			fmt.Fprintf(w, "    %v\n", err)
		}
	} else {
		fmt.Fprintln(w, "    "+tr(tag, "ingen feil", "no errors"))
	}
	for _, section := range sections {
		section(w, a, tag)
	}
	printReview(w, a, tag) // last: the review sums up the agreement
}

// words gives the agreement's own words: as they are when the agreement
// is in the tour's language, as a quotation otherwise.
func words(s string, a agreement.Agreement, tag language.Tag) string {
	if sameLanguage(a.Language, tag) {
		return s
	}
	return quote(s, tag)
}

// lawName names a law the agreement cites as a lawyer would, with its
// identifier; one the library does not know by its title in the text.
func lawName(l agreement.Law, a agreement.Agreement, tag language.Tag) string {
	if n := review.Instrument(l.ID).Label(tag); n != l.ID {
		return n
	}
	if l.Title != "" {
		return quote(l.Title, tag) + paren(l.ID)
	}
	return l.ID
}

// sections are the evaluators' parts of the tour, each added by its own
// file in this directory.
var sections []func(io.Writer, agreement.Agreement, language.Tag)

// tourCal is the calendar every section counts in: Norway's, in Oslo
// time.
var tourCal = obligation.Norway()

// tr picks the Norwegian or the English text for tag, by the rule the
// library's labels follow ([enum.Norwegian]), so that a tour in any
// language reads in one language throughout.
func tr(tag language.Tag, nb, en string) string {
	if enum.Norwegian(tag) {
		return nb
	}
	return en
}

// writeIndented writes each line of text indented by four spaces, and an
// empty line as empty.
func writeIndented(w io.Writer, text string) {
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if line == "" {
			fmt.Fprintln(w)
			continue
		}
		fmt.Fprintf(w, "    %s\n", line)
	}
}

// provisionText describes a provision's status with its clause, in the
// citation style of the tour; lang is the agreement's language.
func provisionText(p obligation.Provision, stated string, tag language.Tag, lang string) string {
	c := paren(citeClause(p.Clause, tag, lang))
	switch p.Status {
	case obligation.Absent:
		return tr(tag, "ikke regulert i avtalen", "not addressed in the agreement")
	case obligation.StatedNone:
		return tr(tag, "ingen", "none") + c
	case obligation.Blank:
		return tr(tag, "ikke utfylt", "left blank") + c
	case obligation.NotSeen:
		return p.Status.Label(tag)
	case obligation.Elsewhere:
		s := p.Status.Label(tag)
		if p.Document != "" {
			s += ": " + quote(p.Document, tag)
		}
		return s + c
	case obligation.Inferred:
		return p.Status.Label(tag) + ": " + stated + c
	}
	return stated + c
}

func termText(a agreement.Agreement, tag language.Tag) string {
	t := a.Term
	s := ""
	if t.Basis != 0 {
		s = t.Basis.Label(tag)
	}
	if !t.Period.IsZero() {
		s += tr(tag, " på ", " of ") + t.Period.Label(tag)
	}
	if b := t.AtLeast; b.Basis != 0 {
		s += tr(tag, ", og uansett ", ", and in any case ") + boundText(b.Basis, false, tag) + under(b.Clause, a, tag)
	}
	if b := t.AtMost; b.Basis != 0 {
		s += tr(tag, ", og opphører uansett når ", ", and ends in any case when ") + boundText(b.Basis, true, tag) + under(b.Clause, a, tag)
	}
	if t.Default {
		s += tr(tag, " dersom bestillingen eller kontrakten ikke sier annet", " unless the order or the contract says otherwise")
	}
	if t.Renewal.Automatic {
		s += tr(tag, "; fornyes automatisk med ", "; renewed automatically for ") + t.Renewal.Period.Label(tag)
	}
	return provisionText(t.Provision, s, tag, a.Language)
}

// part is one statement of a term, in Norwegian Bokmål and English,
// printed when on.
type part struct {
	on     bool
	nb, en string
}

// termLine prints a term as a heading and its statements that are on,
// with its clause.
func termLine(w io.Writer, a agreement.Agreement, tag language.Tag, nbHead, enHead string, p obligation.Provision, parts ...part) {
	var words []string
	for _, x := range parts {
		if x.on {
			words = append(words, tr(tag, x.nb, x.en))
		}
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, nbHead, enHead), provisionText(p, strings.Join(words, "; "), tag, a.Language))
}

// boundText names a second basis of the term: how long it lasts ("as
// long as the main agreement runs") or, with end, its end ("the main
// agreement ends").
func boundText(b agreement.TermBasis, end bool, tag language.Tag) string {
	var nb, en, nbEnd, enEnd string
	switch b {
	case agreement.FollowsMainAgreement:
		nb, en, nbEnd, enEnd = "så lenge hovedavtalen løper", "as long as the main agreement runs", "hovedavtalen opphører", "the main agreement ends"
	case agreement.WhileProcessing:
		nb, en, nbEnd, enEnd = "så lenge behandlingen pågår", "as long as processing continues", "behandlingen opphører", "processing ends"
	default:
		return b.Label(tag)
	}
	if end {
		return tr(tag, nbEnd, enEnd)
	}
	return tr(tag, nb, en)
}

// under cites clause c after a term's words ("under clause 15.2"), or
// gives "" for no clause.
func under(c obligation.Clause, a agreement.Agreement, tag language.Tag) string {
	if s := citeClause(c, tag, a.Language); s != "" {
		return tr(tag, " etter ", " under ") + s
	}
	return ""
}

func terminationText(a agreement.Agreement, tag language.Tag) string {
	n := a.Termination
	var parts []string
	if n.By != 0 {
		parts = append(parts, n.By.Label(tag))
	}
	if !n.Notice.IsZero() {
		parts = append(parts, tr(tag, "oppsigelsesfrist ", "notice ")+n.Notice.Label(tag))
	}
	if n.Written {
		parts = append(parts, tr(tag, "skriftlig", "in writing"))
	}
	if n.Coupled {
		parts = append(parts, tr(tag, "kan ikke sies opp separat fra hovedavtalen", "cannot be terminated apart from the main agreement"))
	}
	return provisionText(n.Provision, strings.Join(parts, ", "), tag, a.Language)
}

// countryLaw names a country's law: "norsk rett", "Norwegian law"; a
// country without an adjective here is named by its ISO code's display
// name.
func countryLaw(code string, tag language.Tag) string {
	adj := map[string][2]string{
		"NO": {"norsk", "Norwegian"}, "SE": {"svensk", "Swedish"}, "DK": {"dansk", "Danish"},
		"FI": {"finsk", "Finnish"}, "DE": {"tysk", "German"}, "IE": {"irsk", "Irish"},
		"NL": {"nederlandsk", "Dutch"}, "GB": {"engelsk", "English"}, "US": {"amerikansk", "US"},
	}
	if a, ok := adj[code]; ok {
		return tr(tag, a[0]+" rett", a[1]+" law")
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if enum.Norwegian(tag) {
		return "retten i " + display.Regions(language.Norwegian).Name(r)
	}
	return "the law of " + display.Regions(language.English).Name(r)
}

func lawText(a agreement.Agreement, tag language.Tag) string {
	g := a.GoverningLaw
	var parts []string
	if g.Country != "" {
		law := countryLaw(g.Country, tag)
		if g.Words != "" {
			law += " (" + words(g.Words, a, tag) + ")"
		}
		parts = append(parts, law)
	}
	if g.Venue != "" {
		v := words(g.Venue, a, tag)
		if !enum.Norwegian(tag) && strings.HasSuffix(g.Venue, " tingrett") {
			v += " (district court)"
		}
		parts = append(parts, v)
	}
	if !g.Amicable.IsZero() {
		parts = append(parts, tr(tag, "forhandlinger i ", "negotiation for ")+g.Amicable.Label(tag)+tr(tag, " først", " first"))
	}
	if g.InDocument != "" {
		parts = append(parts, tr(tag, "som i ", "as in ")+words(g.InDocument, a, tag))
	}
	if arb := g.Arbitration; arb.HasValue() {
		s := tr(tag, "voldgift", "arbitration")
		if arb.Binding {
			s = tr(tag, "bindende voldgift", "binding arbitration")
		}
		if arb.Seat != "" {
			s += tr(tag, " i ", " at ") + words(arb.Seat, a, tag)
		}
		parts = append(parts, s+paren(citeClause(arb.Clause, tag, a.Language)))
	}
	return provisionText(g.Provision, strings.Join(parts, ", "), tag, a.Language)
}
