package subprocessor

import (
	"bytes"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
)

// norwegianOrder is the tag whose collation gives Norwegian alphabetical
// order (… X, Y, Z, Æ, Ø, Å). x/text's "nb" tailoring sorts in root order
// (Æ before A, Å among the A's); the Nynorsk tailoring, whose alphabet is
// the same as Bokmål's, has the right order.
var norwegianOrder = language.MustParse("nn")

// SortNorwegian sorts names in Norwegian alphabetical order, in place.
func SortNorwegian(names []string) {
	collate.New(norwegianOrder).SortStrings(names)
}

// Table returns r as a text table with a header, in Norwegian Bokmål for a
// Norwegian tag and in English otherwise: name, service, purpose, data
// reached, processing and access locations, transfer basis and clause.
// Rows are sorted by name in Norwegian order at every level, whatever the
// language; a subprocessor's own subprocessors follow it, indented. The
// texts the agreement gives (service, purpose) are printed as written. A
// register with no entries prints one line saying why.
func (r Register) Table(tag language.Tag) string {
	no := enum.Norwegian(tag)
	var b strings.Builder
	if len(r.Entries) == 0 {
		switch {
		case r.Source == Referenced && no:
			b.WriteString("Listen holdes andre steder: " + r.Reference + "\n")
		case r.Source == Referenced:
			b.WriteString("The list is kept elsewhere: " + r.Reference + "\n")
		case r.Source == NoneUsed && no:
			b.WriteString("Avtalen sier at ingen underleverandører brukes.\n")
		case r.Source == NoneUsed:
			b.WriteString("The agreement states that no subprocessors are used.\n")
		case no:
			b.WriteString("Avtalen nevner ingen underleverandører.\n")
		default:
			b.WriteString("The agreement names no subprocessors.\n")
		}
		return b.String()
	}
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	if no {
		w.Write([]byte("Navn\tTjeneste\tFormål\tData\tBehandlingssted\tTilgang fra\tOverføringsgrunnlag\tPkt.\n"))
	} else {
		w.Write([]byte("Name\tService\tPurpose\tData\tProcessing\tAccess from\tTransfer basis\tClause\n"))
	}
	col := collate.New(norwegianOrder)
	var rows func(es []Entry, indent string, depth int)
	rows = func(es []Entry, indent string, depth int) {
		// Sort by collation key; a stable sort keeps equal names in
		// register order.
		var buf collate.Buffer
		keys := make([][]byte, len(es))
		for i := range es {
			keys[i] = append([]byte(nil), col.KeyFromString(&buf, es[i].Name)...)
			buf.Reset()
		}
		order := make([]int, len(es))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
		for _, i := range order {
			e := es[i]
			purpose := dash(e.Purpose)
			if e.OptIn {
				purpose = optInLabel(tag, purpose)
			}
			cells := []string{
				indent + e.Name, dash(e.Service), purpose, reachCell(e, tag),
				locations(e.Processing, tag, true), locations(e.Access, tag, false),
				basesCell(e.Bases, tag), e.Clause.String(),
			}
			w.Write([]byte(strings.Join(cells, "\t") + "\n"))
			if depth < maxDepth {
				rows(e.Subprocessors, indent+"  ↳ ", depth+1)
			}
		}
	}
	rows(r.Entries, "", 1)
	w.Flush()
	return b.String()
}

// optInLabel marks the purpose cell of an entry the controller must
// enable ([Entry.OptIn]).
func optInLabel(tag language.Tag, purpose string) string {
	s := "only if the controller enables it"
	if enum.Norwegian(tag) {
		s = "bare om behandlingsansvarlig slår det på"
	}
	if purpose == "—" {
		return s
	}
	return purpose + " (" + s + ")"
}

// oneLine keeps a cell on one line and in its column: tabs and line
// breaks become spaces. A Replacer is safe for concurrent use.
var oneLine = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// dash returns s for a table cell, or "—" when it is empty.
func dash(s string) string {
	if s == "" {
		return "—"
	}
	return oneLine.Replace(s)
}

func reachCell(e Entry, tag language.Tag) string {
	s := ""
	if e.Reach != 0 {
		s = e.Reach.Label(tag)
	}
	if len(e.Categories) > 0 {
		if s != "" {
			s += ": "
		}
		s += strings.Join(e.Categories, ", ")
	}
	return dash(s)
}

func locations(ls []Location, tag language.Tag, unknownIfEmpty bool) string {
	if len(ls) == 0 {
		if unknownIfEmpty {
			return Location{}.Label(tag)
		}
		return "—"
	}
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = l.Label(tag)
	}
	return strings.Join(parts, ", ")
}

// basesCell lists the bases an entry names, each with its particulars:
// the place it is named for, the exporter side, the module, the
// certification.
func basesCell(bs []Basis, tag language.Tag) string {
	if len(bs) == 0 {
		return "—"
	}
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.Label(tag)
	}
	return strings.Join(parts, "; ")
}
