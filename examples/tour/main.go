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
		title += ", versjon " + a.Version
	}
	fmt.Fprintf(w, "%s\n%s\n", strings.ToUpper(a.ID), title)
	for _, d := range []struct {
		label string
		date  obligation.Date
	}{{"signert", a.Signed}, {"oppdatert", a.Updated}, {"gyldig fra", a.ValidFrom}} {
		if !d.date.IsZero() {
			fmt.Fprintf(w, "  %s: %s\n", d.label, d.date)
		}
	}

	heading(w, "Parter")
	for _, p := range a.Parties {
		line := fmt.Sprintf("    %s: %s", p.Role.Label(tag), p.Name)
		if p.OrgNumber != "" {
			line += ", org.nr. " + p.OrgNumber
		}
		if p.Generic {
			line += " (hver kunde)"
		}
		fmt.Fprintln(w, line)
		for _, c := range p.Contacts {
			fmt.Fprintf(w, "      %s: %s\n", c.Kind.Label(tag), strings.TrimSpace(c.Name+" "+c.Email+" "+c.Where))
		}
	}

	heading(w, "Varighet og lovvalg")
	fmt.Fprintf(w, "    varighet: %s\n", termText(a, tag))
	fmt.Fprintf(w, "    oppsigelse: %s\n", terminationText(a, tag))
	fmt.Fprintf(w, "    lovvalg og verneting: %s\n", lawText(a))
	if len(a.Laws.Cited) > 0 {
		ids := make([]string, len(a.Laws.Cited))
		for i, l := range a.Laws.Cited {
			ids[i] = l.ID
		}
		fmt.Fprintf(w, "    lover som nevnes: %s\n", strings.Join(ids, ", "))
	}

	printProcessing(w, a, tag)

	heading(w, "Validering")
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
		fmt.Fprintln(w, "    velformet: ingen feil funnet")
	}
	for _, section := range sections {
		section(w, a, tag)
	}
}

// sections are the evaluators' parts of the tour, each added by its own
// file in this directory.
var sections []func(io.Writer, agreement.Agreement, language.Tag)

func provisionText(p obligation.Provision, stated string) string {
	switch p.Status {
	case obligation.Absent:
		return "ikke regulert i avtalen"
	case obligation.StatedNone:
		return "ingen (pkt. " + string(p.Clause) + ")"
	case obligation.Blank:
		return "ikke utfylt (pkt. " + string(p.Clause) + ")"
	}
	return stated + " (pkt. " + string(p.Clause) + ")"
}

func termText(a agreement.Agreement, tag language.Tag) string {
	t := a.Term
	s := t.Basis.Label(tag)
	if t.Basis == 0 {
		s = ""
	}
	if !t.Period.IsZero() {
		s += " på " + t.Period.String()
	}
	if t.Renewal.Automatic {
		s += ", fornyes automatisk med " + t.Renewal.Period.String()
	}
	return provisionText(t.Provision, s)
}

func terminationText(a agreement.Agreement, tag language.Tag) string {
	n := a.Termination
	var parts []string
	if n.By != 0 {
		parts = append(parts, n.By.Label(tag))
	}
	if !n.Notice.IsZero() {
		parts = append(parts, "frist "+n.Notice.String())
	}
	if n.Written {
		parts = append(parts, "skriftlig")
	}
	if n.Coupled {
		parts = append(parts, "kan ikke sies opp separat fra hovedavtalen")
	}
	return provisionText(n.Provision, strings.Join(parts, ", "))
}

func lawText(a agreement.Agreement) string {
	g := a.GoverningLaw
	var parts []string
	if g.Country != "" {
		parts = append(parts, g.Country+" rett")
	}
	if g.Venue != "" {
		parts = append(parts, g.Venue)
	}
	if !g.Amicable.IsZero() {
		parts = append(parts, "forhandlinger i "+g.Amicable.String()+" først")
	}
	if g.InDocument != "" {
		parts = append(parts, "følger "+g.InDocument)
	}
	return provisionText(g.Provision, strings.Join(parts, ", "))
}

func printProcessing(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, "Hva behandles")
	fmt.Fprintf(w, "    %s\n", provisionText(a.Processing.Provision, "beskrevet"))
}
