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
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
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
	for i, a := range examples.All() {
		if i > 0 {
			fmt.Fprintln(w)
		}
		printAgreement(w, a, tag)
	}
	return nil
}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "\n  %s\n", s)
}

func printAgreement(w io.Writer, a agreement.Agreement, tag language.Tag) {
	title := a.Title
	if a.Version != "" {
		title += tr(tag, ", versjon ", ", version ") + a.Version
	}
	fmt.Fprintf(w, "%s\n%s\n", strings.ToUpper(a.ID), title)
	for _, d := range []struct {
		label string
		date  obligation.Date
	}{{tr(tag, "signert", "signed"), a.Signed}, {tr(tag, "oppdatert", "updated"), a.Updated}, {tr(tag, "gyldig fra", "valid from"), a.ValidFrom}} {
		if !d.date.IsZero() {
			fmt.Fprintf(w, "  %s: %s\n", d.label, d.date)
		}
	}

	heading(w, tr(tag, "Parter", "Parties"))
	for _, p := range a.Parties {
		line := fmt.Sprintf("    %s: %s", p.Role.Label(tag), p.Name)
		if p.OrgNumber != "" {
			line += ", org.nr. " + p.OrgNumber
		}
		if p.Generic {
			line += tr(tag, " (hver kunde)", " (each customer)")
		}
		fmt.Fprintln(w, line)
		for _, c := range p.Contacts {
			fmt.Fprintf(w, "      %s: %s\n", c.Kind.Label(tag), strings.TrimSpace(c.Name+" "+c.Email+" "+c.Where))
		}
	}

	heading(w, tr(tag, "Varighet og lovvalg", "Term and governing law"))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "varighet", "term"), termText(a, tag))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "oppsigelse", "termination"), terminationText(a, tag))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "lovvalg og verneting", "governing law and venue"), lawText(a, tag))
	if len(a.Laws.Cited) > 0 {
		ids := make([]string, len(a.Laws.Cited))
		for i, l := range a.Laws.Cited {
			ids[i] = l.ID
		}
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "lover som nevnes", "laws cited"), strings.Join(ids, ", "))
	}

	printProcessing(w, a, tag)

	heading(w, tr(tag, "Validering", "Validation"))
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
		fmt.Fprintln(w, "    "+tr(tag, "velformet: ingen feil funnet", "well formed: no problems found"))
	}
	for _, section := range sections {
		section(w, a, tag)
	}
	printReview(w, a, tag) // last: the review sums up the seed
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

// clauseText is " (pkt. 2.7)" or " (clause 2.7)", or "" without a clause.
func clauseText(c obligation.Clause, tag language.Tag) string {
	if c == "" {
		return ""
	}
	return tr(tag, " (pkt. ", " (clause ") + string(c) + ")"
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

// provisionText describes a provision's status with its clause.
func provisionText(p obligation.Provision, stated string, tag language.Tag) string {
	clause := tr(tag, " (pkt. ", " (clause ") + string(p.Clause) + ")"
	switch p.Status {
	case obligation.Absent:
		return tr(tag, "ikke regulert i avtalen", "not addressed in the agreement")
	case obligation.StatedNone:
		return tr(tag, "ingen", "none") + clause
	case obligation.Blank:
		return tr(tag, "ikke utfylt", "left blank") + clause
	}
	return stated + clause
}

func termText(a agreement.Agreement, tag language.Tag) string {
	t := a.Term
	s := t.Basis.Label(tag)
	if t.Basis == 0 {
		s = ""
	}
	if !t.Period.IsZero() {
		s += tr(tag, " på ", " of ") + t.Period.Label(tag)
	}
	if t.Renewal.Automatic {
		s += tr(tag, ", fornyes automatisk med ", ", renewed automatically for ") + t.Renewal.Period.Label(tag)
	}
	return provisionText(t.Provision, s, tag)
}

func terminationText(a agreement.Agreement, tag language.Tag) string {
	n := a.Termination
	var parts []string
	if n.By != 0 {
		parts = append(parts, n.By.Label(tag))
	}
	if !n.Notice.IsZero() {
		parts = append(parts, tr(tag, "frist ", "notice ")+n.Notice.Label(tag))
	}
	if n.Written {
		parts = append(parts, tr(tag, "skriftlig", "in writing"))
	}
	if n.Coupled {
		parts = append(parts, tr(tag, "kan ikke sies opp separat fra hovedavtalen", "cannot be terminated apart from the main agreement"))
	}
	return provisionText(n.Provision, strings.Join(parts, ", "), tag)
}

func lawText(a agreement.Agreement, tag language.Tag) string {
	g := a.GoverningLaw
	var parts []string
	if g.Country != "" {
		parts = append(parts, tr(tag, g.Country+" rett", g.Country+" law"))
	}
	if g.Venue != "" {
		parts = append(parts, g.Venue)
	}
	if !g.Amicable.IsZero() {
		parts = append(parts, tr(tag, "forhandlinger i ", "negotiation for ")+g.Amicable.Label(tag)+tr(tag, " først", " first"))
	}
	if g.InDocument != "" {
		parts = append(parts, tr(tag, "følger ", "as in ")+g.InDocument)
	}
	return provisionText(g.Provision, strings.Join(parts, ", "), tag)
}

func printProcessing(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Hva behandles", "What is processed"))
	fmt.Fprintf(w, "    %s\n", provisionText(a.Processing.Provision, tr(tag, "beskrevet", "described"), tag))
	w.Write(a.Processing.Description.AppendSummary(nil, tag, "    "))
}
