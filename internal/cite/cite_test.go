package cite

import (
	"strings"
	"testing"

	"github.com/personvern/dpa/obligation"
)

// The references below are the seeds' and the corpus's own (Nortelecom's
// "Vedlegg 3.3 §4.2", Assistert Selvhjelp's "Bruk av underleverandører ¶4,
// kulepunkt 4", Aptible's "Exhibit A, Clause 8.5", Stimma's "16.1 a"), and
// the wanted forms are the citation rules of the package doc.
func TestClause(t *testing.T) {
	for _, tt := range []struct {
		in     obligation.Clause
		nb     bool
		own    bool
		want   string
		reason string
	}{
		{"4.2", true, true, "pkt. 4.2", ""},
		{"4.2", false, true, "clause 4.2", ""},
		{"8.1(3)", true, true, "pkt. 8.1 nr. 3", "a numbered item is «nr.» in Norwegian"},
		{"16.1 a", true, false, "pkt. 16.1 bokstav a", "a lettered item is «bokstav», and a number is never quoted as a heading"},
		{"16.1 a", false, false, "clause 16.1(a)", ""},
		{"Vedlegg 3.3 §4.2", true, true, "vedlegg 3.3 pkt. 4.2", "§ is the sign of a statute, not of a contract"},
		{"Vedlegg 3.3 §4.2", false, false, "Annex 3.3 clause 4.2", ""},
		{"Avvik ¶1", true, true, "pkt. Avvik, første avsnitt", ""},
		{"Avvik ¶1", false, false, "clause “Avvik”, first paragraph", "a Norwegian heading in English is a quoted name"},
		{"¶2", true, true, "innledningen, andre avsnitt", "the untitled opening has no heading to cite"},
		{"¶2", false, true, "the opening, second paragraph", ""},
		{"Bruk av underleverandører ¶4, kulepunkt 4", true, true, "pkt. Bruk av underleverandører, fjerde avsnitt, fjerde kulepunkt", ""},
		{"15 ¶2", true, false, "pkt. 15, andre avsnitt", "a numbered clause's paragraph"},
		{"Exhibit A, Clause 8.5", true, false, "«Exhibit A» pkt. 8.5", ""},
		{"Exhibit A, Clause 8.5", false, true, "Exhibit A, clause 8.5", ""},
		{"Terms of Service 14", false, true, "Terms of Service, clause 14", ""},
		{"Clause 9(a)", true, false, "pkt. 9 bokstav a", ""},
		{"Vedlegg 2 Kompensasjon", false, false, "Annex 2, “Kompensasjon”", ""},
		{"Bilag 1", true, true, "bilag 1", "the text's own word for its annex"},
		{"Bilaga 1 §8.1 f", true, false, "vedlegg 1 pkt. 8.1 bokstav f", ""},
		{"Bilag A", false, false, "Annex A", ""},
		{"Mislighold; Forsinkelse og manglende levering", true, true, "pkt. Mislighold og pkt. Forsinkelse og manglende levering", ""},
		{"", true, true, "", ""},
	} {
		if got := Clause(tt.in, tt.nb, tt.own); got != tt.want {
			t.Errorf("Clause(%q, nb=%v, own=%v) = %q, want %q %s", tt.in, tt.nb, tt.own, got, tt.want, tt.reason)
		}
	}
}

func TestDate(t *testing.T) {
	d := obligation.NewDate(2015, 1, 1) // helseregisterloven 2001 repealed from this day
	if got := Date(d, true); got != "1. januar 2015" {
		t.Errorf("nb: %q", got)
	}
	if got := Date(d, false); got != "1 January 2015" {
		t.Errorf("en: %q", got)
	}
}

// TestParagraphs: MailMojo's clause 3 introduces the controller's
// obligations in its first paragraph and leaves the list of its second
// empty; one finding cites both.
func TestParagraphs(t *testing.T) {
	for _, tt := range []struct {
		heading string
		ns      []int
		nb      bool
		want    string
	}{
		{"3", []int{1, 2}, true, "pkt. 3, første og andre avsnitt"},
		{"3", []int{1, 2}, false, "clause 3, first and second paragraphs"},
		{"Avvik", []int{1, 2, 4}, true, "pkt. Avvik, første, andre og fjerde avsnitt"},
		{"", []int{2}, false, "the opening, second paragraph"},
	} {
		if got := Paragraphs(tt.heading, tt.ns, tt.nb, true); got != tt.want {
			t.Errorf("Paragraphs(%q, %v, nb=%v) = %q, want %q", tt.heading, tt.ns, tt.nb, got, tt.want)
		}
	}
}

// TestWriteClause: written into a builder, a reference reads as
// [Clause] gives it, and a plain clause number costs no allocation of
// its own.
func TestWriteClause(t *testing.T) {
	for _, tt := range []struct {
		in   obligation.Clause
		nb   bool
		want string
	}{
		{"9.7", true, "pkt. 9.7"},
		{"9.7", false, "clause 9.7"},
		{" 9.7 ", false, "clause 9.7"},
		{"8.1(3)", true, "pkt. 8.1 nr. 3"},
		{"8.1(3)", false, "clause 8.1(3)"},
		{"16.1 a", true, "pkt. 16.1 bokstav a"},
		{"16.1 a", false, "clause 16.1(a)"},
		{"9(a)", true, "pkt. 9 bokstav a"},
		{"Vedlegg 3.3 §4.2", true, "vedlegg 3.3 pkt. 4.2"},
		{"Avvik ¶1", false, "clause Avvik, first paragraph"},
		{"", true, ""},
	} {
		var b strings.Builder
		b.WriteString("(")
		WriteClause(&b, tt.in, tt.nb, true)
		if got := b.String(); got != "("+tt.want {
			t.Errorf("WriteClause(%q, nb=%v) wrote %q, want %q", tt.in, tt.nb, got, "("+tt.want)
		}
		if got := Clause(tt.in, tt.nb, true); got != tt.want {
			t.Errorf("Clause(%q, nb=%v) = %q, want %q", tt.in, tt.nb, got, tt.want)
		}
	}
	var b strings.Builder
	b.Grow(64)
	if n := testing.AllocsPerRun(100, func() {
		b.Reset()
		b.Grow(64)
		WriteClause(&b, "16.1 a", true, true)
	}); n > 1 {
		t.Errorf("WriteClause of a clause number: %v allocations, want at most the builder's own", n)
	}
}
