package annex

import "golang.org/x/text/language"

// ListStatus says whether and how an agreement gives one of the lists of a
// [Description]. Its zero value, [ListAbsent], means the agreement has no
// such list. The identifiers match those of the obligation package's
// provision status, so that an agreement-wide review can treat both alike.
type ListStatus uint8

const (
	// ListAbsent: the agreement has no such list.
	ListAbsent ListStatus = iota
	// ListStated: the agreement gives the list; its items say what it holds.
	ListStated
	// ListNone: the agreement says outright that there is nothing to list,
	// such as "Ingen sensitive personopplysninger behandles" (Nortelecom
	// Vedlegg 3.3 §2.1.1).
	ListNone
	// ListBlank: the agreement introduces the list and leaves it empty, as
	// MailMojo's "Databehandler vil kunne ha tilgang til følgende
	// Personopplysninger:" followed by nothing.
	ListBlank
	// ListNotSeen: the copy of the agreement at hand is partial and the
	// part that would hold the list is missing. A review does not report
	// it as missing.
	ListNotSeen
	// ListElsewhere: the list is in a named document that is not
	// reproduced ([List].Document names it), such as an appendix or a web
	// page.
	ListElsewhere
	// ListInferred: the items are read from the text rather than listed by
	// it (an unticked checklist, an enumeration inside a definition);
	// [List].Reason says how. Forms show its items as inferred, never as
	// ticked boxes.
	ListInferred
)

var listStatusTable = table{typ: "ListStatus", entries: []entry{
	{"absent", "Avtalen har ingen slik liste", "The agreement has no such list"},
	{"stated", "Oppgitt i avtalen", "Stated in the agreement"},
	{"none", "Avtalen sier uttrykkelig at det ikke er noen", "The agreement states that there are none"},
	{"blank", "Listen står tom i avtaleteksten", "The list is empty in the agreement's text"},
	{"not-seen", "Ikke sett: kopien av avtalen er ufullstendig", "Not seen: the copy of the agreement is partial"},
	{"elsewhere", "I et annet dokument som ikke er gjengitt", "In another document, not reproduced"},
	{"inferred", "Utledet av teksten, ikke krysset av i den", "Inferred from the text, not ticked in it"},
}}

// String returns the identifier: "absent", "stated", "none", "blank",
// "not-seen", "elsewhere" or "inferred".
func (s ListStatus) String() string { return listStatusTable.str(uint8(s)) }

// Label describes the status in Norwegian Bokmål (for nb, nn and no) or
// English.
func (s ListStatus) Label(tag language.Tag) string { return listStatusTable.label(uint8(s), tag) }

// IsValid reports whether s is one of the declared statuses.
func (s ListStatus) IsValid() bool { return listStatusTable.valid(uint8(s)) }

// MarshalText returns the identifier; an unknown value is an error.
func (s ListStatus) MarshalText() ([]byte, error) { return listStatusTable.marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (s *ListStatus) UnmarshalText(text []byte) error {
	v, err := listStatusTable.unmarshal(text)
	if err == nil {
		*s = ListStatus(v)
	}
	return err
}

// Answer is a three-way answer to a yes-or-no question about the
// processing. Its zero value, [Unstated], means the agreement does not
// settle the question, which is not the same as [No].
type Answer uint8

const (
	// Unstated: the agreement does not say.
	Unstated Answer = iota
	// Yes: the agreement says so, or lists something that means so.
	Yes
	// No: the agreement says outright that it is not so.
	No
)

var answerTable = table{typ: "Answer", entries: []entry{
	{"unstated", "Ikke oppgitt", "Not stated"},
	{"yes", "Ja", "Yes"},
	{"no", "Nei", "No"},
}}

// String returns the identifier: "unstated", "yes" or "no".
func (a Answer) String() string { return answerTable.str(uint8(a)) }

// Label returns the answer in Norwegian Bokmål (for nb, nn and no) or
// English.
func (a Answer) Label(tag language.Tag) string { return answerTable.label(uint8(a), tag) }

// IsValid reports whether a is one of the declared answers.
func (a Answer) IsValid() bool { return answerTable.valid(uint8(a)) }

// MarshalText returns the identifier; an unknown value is an error.
func (a Answer) MarshalText() ([]byte, error) { return answerTable.marshal(uint8(a)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (a *Answer) UnmarshalText(text []byte) error {
	v, err := answerTable.unmarshal(text)
	if err == nil {
		*a = Answer(v)
	}
	return err
}
