package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// printProcessing prints what is processed: each list with its items and
// the clause of each item, an inferred list marked as such, and whether
// children's data are processed.
func printProcessing(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Hva behandles", "What is processed"))
	desc := provisionText(a.Processing.Provision, "", tag, a.Language)
	if a.Processing.Provision.IsStated() {
		desc = citeClause(a.Processing.Clause, tag, a.Language)
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "beskrivelse av behandlingen", "description of the processing"), desc)
	d := a.Processing.Description
	printList(w, a, tag, tr(tag, "formål", "purposes"), d.Purposes)
	printList(w, a, tag, tr(tag, "registrerte", "data subjects"), d.DataSubjects)
	printList(w, a, tag, tr(tag, "personopplysninger", "personal data"), d.DataCategories)
	printList(w, a, tag, tr(tag, "særlige kategorier", "special categories"), d.SpecialCategories)
	printList(w, a, tag, tr(tag, "behandlingsaktiviteter", "processing operations"), d.Operations)
	printList(w, a, tag, tr(tag, "særlige sikkerhetsbehov", "special security needs"), d.SecurityNeeds)
	printList(w, a, tag, tr(tag, "sikkerhetstiltak", "security measures"), d.SecurityMeasures)
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "opplysninger om barn", "children's data"), lower(d.ProcessesChildren().Label(tag)))
}

// itemTextLimit is how many characters of an item's own text the tour
// shows.
const itemTextLimit = 70

// printList prints one list: on one line when all its items cite one
// clause, else a line per clause with the items that cite it.
func printList[K annex.Kind](w io.Writer, a agreement.Agreement, tag language.Tag, label string, l annex.List[K]) {
	if !l.HasItems() {
		s := lower(l.Status.Label(tag))
		if l.Document != "" {
			s += ": " + quote(l.Document, tag)
		}
		fmt.Fprintf(w, "    %s: %s%s\n", label, s, paren(citeClause(obligation.Clause(l.Clause), tag, a.Language)))
		return
	}
	prefix := ""
	if l.Status == annex.ListInferred {
		prefix = lower(l.Status.Label(tag)) + ": "
	}
	type group struct {
		clause string
		items  []string
	}
	var groups []group
	seen := map[string]bool{}
	for _, it := range l.Items {
		c := it.Clause
		if c == "" {
			c = l.Clause
		}
		text := it.Kind.Label(tag)
		if it.IsOther() && strings.TrimSpace(it.Text) != "" {
			text = quote(shorten(it.Text, itemTextLimit), tag)
		}
		if seen[c+"\x00"+text] {
			continue
		}
		seen[c+"\x00"+text] = true
		i := 0
		for i < len(groups) && groups[i].clause != c {
			i++
		}
		if i == len(groups) {
			groups = append(groups, group{clause: c})
		}
		groups[i].items = append(groups[i].items, text)
	}
	if len(groups) == 1 {
		fmt.Fprintf(w, "    %s: %s%s%s\n", label, prefix, strings.Join(groups[0].items, "; "), paren(citeClause(obligation.Clause(groups[0].clause), tag, a.Language)))
		return
	}
	fmt.Fprintf(w, "    %s: %s%d\n", label, prefix, len(l.Items))
	for _, g := range groups {
		fmt.Fprintf(w, "      %s%s\n", strings.Join(g.items, "; "), paren(citeClause(obligation.Clause(g.clause), tag, a.Language)))
	}
}

// shorten cuts s to at most n characters at a word boundary and marks the
// cut with " …", so that a shortened quotation stays verbatim in its
// parts.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) > n {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		return s
	}
	return strings.TrimRight(s[:cut], ",;:") + " …"
}

// lower starts s with a lower-case letter, for a label's value after a
// colon.
func lower(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return s
	}
	// Keep acronyms and names of two capitals ("EU", "GDPR").
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
