package obligation

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Clause is a reference to the place in an agreement's text that a term
// comes from, written as the agreement numbers it: "2.7", "10.1",
// "Vedlegg 3.3 §4.3". Where the text has no numbers, the reference names
// the heading and the paragraph under it, "Bruk av underleverandører ¶5"
// ([Paragraph]), and a paragraph of the opening text, before the first
// heading, is "¶2" ([Opening]). References are never invented: a term
// whose place cannot be named has no Clause. The empty Clause means no
// reference.
type Clause string

// Paragraph returns the reference to the n-th paragraph (counting from 1)
// under heading, for a text that does not number its clauses:
// Paragraph("Bruk av underleverandører", 5) is "Bruk av underleverandører ¶5".
// A heading of its own without a paragraph number is Clause(heading).
func Paragraph(heading string, n int) Clause {
	return Clause(strings.TrimSpace(heading) + " ¶" + strconv.Itoa(n))
}

// Opening returns the reference to the n-th paragraph (counting from 1) of
// the text before its first heading, "¶2": the reference for the opening
// paragraphs of an agreement that has headings but none over its start.
func Opening(n int) Clause { return Clause("¶" + strconv.Itoa(n)) }

// Paragraph splits a reference made by [Paragraph] or [Opening] into its
// heading ("" for the opening text) and paragraph number. ok is false for
// any other reference, such as a clause number "2.7".
func (c Clause) Paragraph() (heading string, n int, ok bool) {
	s := string(c)
	i := strings.LastIndex(s, "¶")
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(s[i+len("¶"):])
	if err != nil || n < 1 {
		return "", 0, false
	}
	heading = strings.TrimSpace(s[:i])
	if heading == "" && i != 0 {
		return "", 0, false
	}
	return heading, n, true
}

// String returns the reference, or "—" when there is none.
func (c Clause) String() string {
	if c == "" {
		return "—"
	}
	return string(c)
}

// Label returns the reference for display in Norwegian Bokmål (for nb, nn
// and no) or English: a clause number or heading as the agreement writes
// it, an [Opening] reference as "innledningen ¶2" or "opening text ¶2",
// and "—" for none.
func (c Clause) Label(tag language.Tag) string {
	if h, n, ok := c.Paragraph(); ok && h == "" {
		if isNorwegian(tag) {
			return "innledningen ¶" + strconv.Itoa(n)
		}
		return "opening text ¶" + strconv.Itoa(n)
	}
	return c.String()
}

// Status says whether and how an agreement addresses a term, and how we
// know: the provenance of the term. Its zero value, [Absent], means the
// agreement says nothing about it.
//
// [Absent], [Stated], [StatedNone], [Blank] and [Inferred] describe the
// text; [NotSeen] and [Elsewhere] describe our copy of it: the term may be
// there, in a part we do not have. A review reports neither as missing
// ([Provision.Reviewable]).
type Status uint8

const (
	// Absent: the agreement does not address the term at all.
	Absent Status = iota
	// Stated: the agreement sets the term.
	Stated
	// StatedNone: the agreement says explicitly that there is none (for
	// example "no right to object"), which is not the same as silence.
	StatedNone
	// Blank: a template placeholder left unfilled, such as the 2021/915
	// clauses' "[SPECIFY TIME PERIOD]".
	Blank
	// NotSeen: the copy of the agreement at hand is partial (a summary, a
	// truncated page) and the part that would hold the term is missing.
	NotSeen
	// Elsewhere: the term is in a named document that is not reproduced
	// ("Appendix 1", "the Customer Agreement", "the list on our website");
	// [Provision.Document] names it.
	Elsewhere
	// Inferred: the value is read from the text rather than stated by it
	// (an unticked checklist, an enumeration inside a definition);
	// [Provision.Reason] says how. Output shows it as inferred, never as a
	// ticked box.
	Inferred
)

var statusEnum = enum{typ: "Status",
	ids: []string{"absent", "stated", "none", "blank", "not-seen", "elsewhere", "inferred"},
	nb: []string{"ikke omtalt", "oppgitt", "uttrykkelig ingen", "ikke fylt ut", "ikke sett (kopien er ufullstendig)",
		"i et annet dokument", "utledet av teksten"},
	en: []string{"not addressed", "stated", "expressly none", "left blank", "not seen (the copy is partial)",
		"in another document", "inferred from the text"},
}

// String returns the status's identifier: "absent", "stated", "none",
// "blank", "not-seen", "elsewhere" or "inferred".
func (s Status) String() string {
	if int(s) < len(statusEnum.ids) {
		return statusEnum.ids[s]
	}
	return fallback("Status", uint64(s))
}

// Label describes the status in Norwegian Bokmål (for nb, nn and no) or
// English.
func (s Status) Label(tag language.Tag) string {
	if int(s) >= len(statusEnum.ids) {
		return s.String()
	}
	if isNorwegian(tag) {
		return statusEnum.nb[s]
	}
	return statusEnum.en[s]
}

// IsValid reports whether s is one of the declared statuses.
func (s Status) IsValid() bool { return int(s) < len(statusEnum.ids) }

// MarshalText encodes the identifier; an unknown value is an error.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("obligation: invalid status %d", uint8(s))
	}
	return []byte(statusEnum.ids[s]), nil
}

// UnmarshalText accepts exactly the identifiers String returns.
func (s *Status) UnmarshalText(text []byte) error {
	for i, n := range statusEnum.ids {
		if string(text) == n {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("obligation: unknown status %s (want one of %s)", quote(string(text)), strings.Join(statusEnum.ids, ", "))
}

// Provision records whether an agreement addresses a term, where, and how
// we know. Term structs embed it, so every term carries its clause:
//
//	GoverningLaw{Provision: obligation.At("6"), Country: "NO"}
//
// Document names the document the clause belongs to when that is not the
// agreement's main text ("Standard Contractual Clauses", "Vedlegg 1"); for
// an [Elsewhere] term it names the document that holds the term and is not
// reproduced. Reason says, for an [Inferred] term, how the value was read
// from the text.
//
// The zero Provision is [Absent] with no clause. Provisions are small
// comparable values; pass them by value.
type Provision struct {
	Status   Status `json:"status,omitzero"`
	Clause   Clause `json:"clause,omitzero"`
	Document string `json:"document,omitzero"`
	Reason   string `json:"reason,omitzero"`
}

// At returns a [Stated] provision citing clause.
func At(clause Clause) Provision { return Provision{Status: Stated, Clause: clause} }

// NoneAt returns a [StatedNone] provision citing clause.
func NoneAt(clause Clause) Provision { return Provision{Status: StatedNone, Clause: clause} }

// BlankAt returns a [Blank] provision citing clause.
func BlankAt(clause Clause) Provision { return Provision{Status: Blank, Clause: clause} }

// Unseen returns a [NotSeen] provision: the part of the text that would
// hold the term is not in the copy at hand.
func Unseen() Provision { return Provision{Status: NotSeen} }

// In returns an [Elsewhere] provision: the term is in document, which is
// not reproduced; clause, which may be empty, is where the agreement
// refers to it ("4.1" for "the Security Practices Summary").
func In(document string, clause Clause) Provision {
	return Provision{Status: Elsewhere, Clause: clause, Document: document}
}

// InferredAt returns an [Inferred] provision citing clause, with the
// reason the value is read from the text rather than stated by it.
func InferredAt(clause Clause, reason string) Provision {
	return Provision{Status: Inferred, Clause: clause, Reason: reason}
}

// From returns p with Document set: the clause is in document, not in the
// agreement's main text. obligation.At("9(a)").From("Standard Contractual
// Clauses").
func (p Provision) From(document string) Provision {
	p.Document = document
	return p
}

// IsStated reports whether the agreement sets the term.
func (p Provision) IsStated() bool { return p.Status == Stated }

// HasValue reports whether the term's value is known from the text: it is
// [Stated] or [Inferred]. Evaluators apply such a term; an inferred one
// is applied as read, and output says it was inferred.
func (p Provision) HasValue() bool { return p.Status == Stated || p.Status == Inferred }

// Reviewable reports whether a review can judge the term from the text at
// hand: false for a [NotSeen] term (our copy is partial) and an
// [Elsewhere] term (it is in a document not reproduced). A review does not
// report such a term as missing; it says it could not review it.
func (p Provision) Reviewable() bool { return p.Status != NotSeen && p.Status != Elsewhere }

// IsValid reports whether p is well formed: a known status; a clause for a
// stated, none, blank or inferred term; a document for an elsewhere term;
// a reason exactly for an inferred one. [Provision.Check] says what is
// wrong.
func (p Provision) IsValid() bool {
	switch p.Status {
	case Absent, NotSeen:
		return p.Reason == ""
	case Stated, StatedNone, Blank:
		return p.Clause != "" && p.Reason == ""
	case Elsewhere:
		return p.Document != "" && p.Reason == ""
	case Inferred:
		return p.Clause != "" && p.Reason != ""
	}
	return false
}

// Check calls report with the field ("status", "clause", "document" or
// "reason") and a message for each way p is not well formed; see
// [Provision.IsValid].
func (p Provision) Check(report func(field, msg string)) {
	if p.IsValid() {
		return
	}
	if !p.Status.IsValid() {
		report("status", fmt.Sprintf("invalid status %d", uint8(p.Status)))
		return
	}
	switch p.Status {
	case Stated, StatedNone, Blank, Inferred:
		if p.Clause == "" {
			report("clause", fmt.Sprintf("a %s provision needs the clause it comes from (a number, or a heading and paragraph: \"Heading ¶2\", \"¶1\" for the opening text)", p.Status))
		}
	case Elsewhere:
		if p.Document == "" {
			report("document", "an elsewhere provision needs the name of the document that holds the term")
		}
	}
	switch {
	case p.Status == Inferred && p.Reason == "":
		report("reason", "an inferred provision needs the reason it is read from the text")
	case p.Status != Inferred && p.Reason != "":
		report("reason", fmt.Sprintf("a reason goes with an inferred provision, not a %s one", p.Status))
	}
}

// Placeholder is a field a template leaves open where the field has no
// [Provision] of its own to say so: a party's name or organisation number,
// a date, an amount, a free text, an entry of a list ("Name: …", "[name]",
// an empty date line). Field is the JSON path of the field the filler is
// to fill in ("parties[0].name", "signed"); Clause is where the template
// leaves it open; Text is the template's own placeholder, where it has
// one ("[SPECIFY TIME PERIOD]"). The field itself keeps its zero value,
// so evaluators treat it as not set.
type Placeholder struct {
	// Field is the JSON path of the field left open ("parties[0].name",
	// "signed").
	Field string `json:"field"`
	// Clause is where the template leaves the field open.
	Clause Clause `json:"clause,omitzero"`
	// Text is the template's own placeholder, where it has one ("[SPECIFY
	// TIME PERIOD]", "Name: …").
	Text string `json:"text,omitzero"`
}
