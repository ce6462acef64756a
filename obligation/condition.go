package obligation

import (
	"fmt"
	"math/bits"
	"strings"

	"golang.org/x/text/language"
)

// Fact is something an agenda may need to know to decide whether a
// conditional duty arises: whether the controller asked for a copy,
// whether it accepted audit reports in place of an audit. Each Fact is one
// bit; a set of facts is their bitwise OR (CopyWanted|ReportsAccepted),
// and the zero Fact is the empty set.
type Fact uint16

const (
	// Requested: the creditor asked for the duty ("on request", "der
	// hvor kunden ønsker").
	Requested Fact = 1 << iota
	// CopyWanted: the controller asked for a copy or the return of its
	// data ("dersom behandlingsansvarlig ikke har bedt om kopi").
	CopyWanted
	// ReportsAccepted: the controller accepted an audit report in place
	// of an audit; it is false when the report offered was insufficient.
	ReportsAccepted
	// RegulatorRequires: a supervisory authority requires the act (an
	// audit "unless a regulator requires one").
	RegulatorRequires
	// NonCompliance: there are indications that the processor does not
	// comply ("on indications of non-compliance").
	NonCompliance
	// RetentionRequired: the law requires the processor to keep the data
	// ("only where the law requires retention", "unless mandatory law
	// requires storage").
	RetentionRequired
	// ControllerDeleted: the controller deleted the data itself before
	// the processor had to («uten at Kunden har slettet selv»).
	ControllerDeleted
	// AssistanceNecessary: the processor's help is necessary for the
	// controller to meet its obligations ("may also refuse, unless the
	// Data Processor's assistance is necessary").
	AssistanceNecessary
	// Committed: the customer has a purchase order or another contractual
	// commitment for a fixed term ("Unless you have a purchase order or
	// other contractual commitment", which takes away a right to end the
	// agreement at will).
	Committed
	// BreachSuspected: a personal data breach is suspected («misstänkt
	// personuppgiftsincident»), which may make an act urgent.
	BreachSuspected
	// Urgent: another urgent circumstance calls for the act («annan
	// brådskande omständighet»).
	Urgent
	// Weakens: a change to the terms weakens the controller's protection
	// («Endringer som svekker Kundens vern»).
	Weakens

	lastFact = Weakens
	allFacts = lastFact<<1 - 1
)

var factEnum = enum{
	typ: "Fact",
	ids: []string{"", "requested", "copy-wanted", "reports-accepted", "regulator-requires", "non-compliance", "retention-required", "controller-deleted",
		"assistance-necessary", "committed", "breach-suspected", "urgent", "weakens"},
	nb: []string{"", "det er bedt om det", "behandlingsansvarlig har bedt om kopi", "revisjonsrapporten er godtatt i stedet for revisjon",
		"en tilsynsmyndighet krever det", "det er tegn på brudd på avtalen", "loven krever at opplysningene oppbevares",
		"behandlingsansvarlig har slettet opplysningene selv", "databehandlerens bistand er nødvendig for at behandlingsansvarlig kan oppfylle pliktene sine",
		"kunden har en innkjøpsordre eller en annen avtalt forpliktelse", "det er mistanke om et personvernbrudd",
		"det foreligger en annen hastende omstendighet", "endringen svekker behandlingsansvarliges vern"},
	en: []string{"", "it was requested", "the controller asked for a copy", "the audit report was accepted in place of an audit",
		"a supervisory authority requires it", "there are indications of non-compliance", "the law requires the data to be kept",
		"the controller deleted the data itself", "the processor's assistance is necessary for the controller to meet its obligations",
		"the customer has a purchase order or another contractual commitment", "a personal data breach is suspected",
		"there is another urgent circumstance", "the change weakens the controller's protection"},
}

// index returns the enum index of the single fact f, or 0 when f is not
// exactly one known fact.
func (f Fact) index() uint8 {
	if f == 0 || f&(f-1) != 0 || f > lastFact {
		return 0
	}
	return uint8(bits.TrailingZeros16(uint16(f)) + 1)
}

// Has reports whether every fact of g is in f.
func (f Fact) Has(g Fact) bool { return f&g == g }

// Each calls yield with each single fact of f, in declaration order.
func (f Fact) Each(yield func(Fact) bool) {
	for f != 0 {
		b := f & -f
		if !yield(b) {
			return
		}
		f &^= b
	}
}

// String returns the identifiers of the facts in f joined by "|", such as
// "copy-wanted|reports-accepted"; the empty set is "".
func (f Fact) String() string {
	var b strings.Builder
	for g := range f.Each {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(factEnum.str(g.index()))
		if g.index() == 0 {
			b.Reset()
			b.WriteString(fallback("Fact", uint64(f)))
			return b.String()
		}
	}
	return b.String()
}

// Label returns the facts of f in words, joined by " or " ("eller"), in
// Norwegian Bokmål or English.
func (f Fact) Label(tag language.Tag) string {
	sep := " or "
	if isNorwegian(tag) {
		sep = " eller "
	}
	var b strings.Builder
	for g := range f.Each {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(factEnum.label(g.index(), tag))
	}
	return b.String()
}

// MarshalText encodes f as String does; an invalid bit is an error.
func (f Fact) MarshalText() ([]byte, error) {
	if f&^allFacts != 0 {
		return nil, fmt.Errorf("obligation: invalid Fact %d", uint16(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText accepts identifiers joined by "|", or "".
func (f *Fact) UnmarshalText(b []byte) error {
	*f = 0
	if len(b) == 0 {
		return nil
	}
	for part := range strings.SplitSeq(string(b), "|") {
		v, err := factEnum.unmarshal([]byte(part))
		if err != nil {
			return err
		}
		if v == 0 {
			return fmt.Errorf("obligation: empty Fact in %s", quote(string(b)))
		}
		*f |= 1 << (v - 1)
	}
	return nil
}

// Alternative is one of the ways a party may choose to meet a duty at the
// end of processing. Each is one bit; a set of alternatives is their
// bitwise OR, and the zero Alternative is the empty set. A rule that
// belongs to one or more alternatives ([Condition.Choice]) applies only
// when the chosen alternative is among them: the deletion of "delete, or
// return and then delete" belongs to Delete|ReturnThenDelete.
type Alternative uint8

const (
	// Delete: the data are deleted without being returned.
	Delete Alternative = 1 << iota
	// Return: the data are returned (or exported) and not deleted by
	// this duty.
	Return
	// ReturnThenDelete: the data are returned, then deleted.
	ReturnThenDelete

	lastAlternative = ReturnThenDelete
	allAlternatives = lastAlternative<<1 - 1
)

var alternativeEnum = enum{
	typ: "Alternative",
	ids: []string{"", "delete", "return", "return-then-delete"},
	nb:  []string{"", "slette", "tilbakelevere", "tilbakelevere og deretter slette"},
	en:  []string{"", "delete", "return", "return, then delete"},
}

func (a Alternative) index() uint8 {
	if a == 0 || a&(a-1) != 0 || a > lastAlternative {
		return 0
	}
	return uint8(bits.TrailingZeros8(uint8(a)) + 1)
}

// Each calls yield with each single alternative of a, in declaration
// order.
func (a Alternative) Each(yield func(Alternative) bool) {
	for a != 0 {
		b := a & -a
		if !yield(b) {
			return
		}
		a &^= b
	}
}

// String returns the identifiers joined by "|", such as
// "delete|return-then-delete".
func (a Alternative) String() string {
	var b strings.Builder
	for g := range a.Each {
		if g.index() == 0 {
			return fallback("Alternative", uint64(a))
		}
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(alternativeEnum.ids[g.index()])
	}
	return b.String()
}

// Label returns the alternatives in words joined by " or " ("eller").
func (a Alternative) Label(tag language.Tag) string {
	sep := " or "
	if isNorwegian(tag) {
		sep = " eller "
	}
	var b strings.Builder
	for g := range a.Each {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(alternativeEnum.label(g.index(), tag))
	}
	return b.String()
}

// MarshalText encodes a as String does; an invalid bit is an error.
func (a Alternative) MarshalText() ([]byte, error) {
	if a&^allAlternatives != 0 {
		return nil, fmt.Errorf("obligation: invalid Alternative %d", uint8(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText accepts identifiers joined by "|", or "".
func (a *Alternative) UnmarshalText(b []byte) error {
	*a = 0
	if len(b) == 0 {
		return nil
	}
	for part := range strings.SplitSeq(string(b), "|") {
		v, err := alternativeEnum.unmarshal([]byte(part))
		if err != nil {
			return err
		}
		if v == 0 {
			return fmt.Errorf("obligation: empty Alternative in %s", quote(string(b)))
		}
		*a |= 1 << (v - 1)
	}
	return nil
}

// Facts are what the caller knows when it asks for an agenda: the facts
// known to be true, those known to be false, and the alternative chosen.
// A fact in neither set is unknown; the zero Facts knows nothing, and the
// agenda then gives each branch, labelled with the facts that select it
// ([Duty.Assumes]).
type Facts struct {
	True  Fact `json:"true,omitzero"`
	False Fact `json:"false,omitzero"`
	// Chosen is the alternative the chooser took; zero when not known.
	Chosen Alternative `json:"chosen,omitzero"`
	// NoChoice reports that the time for the choice passed without one:
	// conditions with a [Condition.Default] then
	// take their default as the alternative chosen.
	NoChoice bool `json:"noChoice,omitzero"`
}

// Validate reports whether fs is consistent: no fact both true and false,
// at most one alternative chosen.
func (fs Facts) Validate() error {
	if both := fs.True & fs.False; both != 0 {
		return fmt.Errorf("obligation: facts %s are both true and false", both)
	}
	if fs.Chosen&(fs.Chosen-1) != 0 {
		return fmt.Errorf("obligation: several alternatives chosen (%s)", fs.Chosen)
	}
	if fs.NoChoice && fs.Chosen != 0 {
		return fmt.Errorf("obligation: %s chosen, and no choice made", fs.Chosen)
	}
	if _, err := fs.Chosen.MarshalText(); err != nil {
		return err
	}
	if _, err := fs.True.MarshalText(); err != nil {
		return err
	}
	_, err := fs.False.MarshalText()
	return err
}

// Qualifier is a limit the text puts on how far a duty goes or how often a
// right may be used, which no date expresses. The zero Qualifier means
// none.
type Qualifier uint8

const (
	// AsFarAsReasonable: "så langt det er rimelig", "as far as
	// reasonable".
	AsFarAsReasonable Qualifier = iota + 1
	// AsFarAsPossible: "så langt det er mulig", "where possible".
	AsFarAsPossible
	// AtReasonableIntervals: "med rimelige mellomrom", a right used at
	// reasonable intervals; [Condition.When] facts such as
	// [NonCompliance] then open it at any time.
	AtReasonableIntervals
	// Regularly: "regularly", "regelmessig", a right used at regular
	// intervals the text does not set.
	Regularly
)

var qualifierEnum = enum{
	typ: "Qualifier",
	ids: []string{"", "as-far-as-reasonable", "as-far-as-possible", "at-reasonable-intervals", "regularly"},
	nb:  []string{"", "så langt det er rimelig", "så langt det er mulig", "med rimelige mellomrom", "regelmessig"},
	en:  []string{"", "as far as reasonable", "as far as possible", "at reasonable intervals", "regularly"},
}

// String returns the identifier, such as "as-far-as-possible".
func (q Qualifier) String() string { return qualifierEnum.str(uint8(q)) }

// Label returns the Norwegian Bokmål or English label.
func (q Qualifier) Label(tag language.Tag) string { return qualifierEnum.label(uint8(q), tag) }

// MarshalText encodes the identifier; the zero Qualifier is "".
func (q Qualifier) MarshalText() ([]byte, error) { return qualifierEnum.marshal(uint8(q)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, err := qualifierEnum.unmarshal(b)
	*q = Qualifier(v)
	return err
}

// Condition is when a conditional duty or right arises, as a value the
// agenda decides from [Facts]. The zero Condition always holds.
//
// A condition holds when the chosen alternative is among Choice (if Choice
// is set) and, if When or Unless is set, when any fact of When is true or
// every fact of Unless is false ("unless A or B": neither). So:
//
//   - "on request": When: Requested
//   - "if the controller has not asked for a copy": Unless: CopyWanted
//   - "only where the law requires retention": When: RetentionRequired
//   - "reports replace an audit unless they are insufficient or a
//     regulator requires one": Unless: ReportsAccepted, When:
//     RegulatorRequires
//   - "at the controller's choice, delete or return": one rule with
//     Choice: Delete|ReturnThenDelete, another with Choice:
//     Return|ReturnThenDelete, and By: Controller
//   - "… and without a choice the processor deletes": Default: Delete on
//     each rule of the choice; [Facts.NoChoice] then selects the deletion
//   - "unless the customer deleted the data itself": Unless:
//     ControllerDeleted
//   - "may refuse, unless the assistance is necessary": When:
//     AssistanceNecessary
//
// Words keeps the text's own words for the reader; the agenda decides from
// the typed fields alone.
type Condition struct {
	When   Fact `json:"when,omitzero"`
	Unless Fact `json:"unless,omitzero"`
	// Choice is the set of alternatives the duty belongs to, and By the
	// party that chooses (usually the controller).
	Choice Alternative `json:"choice,omitzero"`
	By     Party       `json:"by,omitzero"`
	// Default is the alternative that applies when By makes no choice in
	// the time the text gives (the deletion that follows when no choice is made); a
	// condition whose Choice includes it then holds ([Facts.NoChoice]).
	// Zero when the text gives no default.
	Default Alternative `json:"default,omitzero"`
	// Words are the text's words for the condition.
	Words string `json:"words,omitzero"`
}

// IsZero reports whether c is the zero Condition, which always holds.
func (c Condition) IsZero() bool { return c == Condition{} }

// isAlways reports whether c sets no fact, choice or party, so that it is
// valid and holds whatever the facts, with no residue (its Words aside).
// It is cheaper than IsZero, which compares the words too.
func (c *Condition) isAlways() bool {
	return c.When|c.Unless == 0 && c.Choice|c.Default == 0 && c.By == 0
}

// Validate reports whether c is well formed.
func (c Condition) Validate() error {
	if c.IsZero() {
		return nil
	}
	if bad := (c.When | c.Unless) &^ allFacts; bad != 0 {
		return fmt.Errorf("obligation: condition: invalid Fact %d", uint16(bad))
	}
	if bad := c.Choice &^ allAlternatives; bad != 0 {
		return fmt.Errorf("obligation: condition: invalid Alternative %d", uint8(bad))
	}
	if c.Default&(c.Default-1) != 0 || c.Default&^allAlternatives != 0 {
		return fmt.Errorf("obligation: condition: default %d is not one alternative", uint8(c.Default))
	}
	if c.Default != 0 && c.Choice == 0 {
		return fmt.Errorf("obligation: condition: a default without a choice")
	}
	if c.By != 0 && !partyEnum.valid(uint8(c.By)) {
		return fmt.Errorf("obligation: condition: invalid party %d", c.By)
	}
	if c.When&c.Unless != 0 {
		return fmt.Errorf("obligation: condition: %s both when and unless", c.When&c.Unless)
	}
	return nil
}

// Assumption is the part of a [Condition] that the facts given did not
// settle: the unknown facts and the open choice under which a duty arises
// ([Duty.Assumes]). It is a Condition without the text's words, which
// stay with the rule's condition; the zero Assumption assumes nothing.
type Assumption struct {
	When    Fact        `json:"when,omitzero"`
	Unless  Fact        `json:"unless,omitzero"`
	Choice  Alternative `json:"choice,omitzero"`
	By      Party       `json:"by,omitzero"`
	Default Alternative `json:"default,omitzero"`
}

// IsZero reports whether a assumes nothing.
func (a Assumption) IsZero() bool { return a == Assumption{} }

// Condition returns a as a condition without words.
func (a Assumption) Condition() Condition {
	return Condition{When: a.When, Unless: a.Unless, Choice: a.Choice, By: a.By, Default: a.Default}
}

// Label returns a in words, as [Condition.Label] does: "when the
// controller asked for a copy".
func (a Assumption) Label(tag language.Tag) string { return a.Condition().Label(tag) }

// Decide evaluates c against fs. It reports whether c holds on the facts
// given (holds), and, when they do not settle it, the residue: the part of
// c, over the unknown facts and alternatives only, under which it holds. A
// settled condition gives a zero residue; holds is then its value. With
// facts missing, holds is true and the residue names the facts the
// branch assumes.
func (c Condition) Decide(fs Facts) (holds bool, residue Assumption) {
	if c.Choice != 0 {
		chosen := fs.Chosen
		if chosen == 0 && fs.NoChoice {
			chosen = c.Default // zero without a default: still open
		}
		switch {
		case chosen != 0 && chosen&c.Choice == 0:
			return false, Assumption{}
		case chosen == 0:
			residue.Choice, residue.By, residue.Default = c.Choice, c.By, c.Default
		}
	}
	if c.When|c.Unless != 0 {
		known := fs.True | fs.False
		if c.When&fs.True != 0 || (c.Unless != 0 && c.Unless&^fs.False == 0) {
			return true, residue // settled: holds
		}
		w := c.When &^ known
		var u Fact
		if c.Unless&fs.True == 0 {
			u = c.Unless &^ known
		}
		if w|u == 0 {
			return false, Assumption{} // settled: nothing left that opens it
		}
		residue.When, residue.Unless = w, u
	}
	return true, residue
}

// Label returns c in words built from its typed fields (not Words), in
// Norwegian Bokmål or English: "if the controller chose delete or
// return, then delete; when the controller asked for a copy".
func (c Condition) Label(tag language.Tag) string {
	nb := isNorwegian(tag)
	var b strings.Builder
	part := func(nbs, ens string) {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		if nb {
			b.WriteString(nbs)
		} else {
			b.WriteString(ens)
		}
	}
	if c.Choice != 0 {
		who := c.By.Label(tag)
		if c.By == 0 {
			who = Controller.Label(tag)
		}
		if c.Default != 0 && c.Choice&c.Default != 0 {
			part("dersom "+who+" velger å "+c.Choice.Label(tag)+", eller ikke velger i tide",
				"if the "+who+" chooses to "+c.Choice.Label(tag)+", or makes no choice in time")
		} else {
			part("dersom "+who+" velger å "+c.Choice.Label(tag), "if the "+who+" chooses to "+c.Choice.Label(tag))
		}
	}
	switch {
	case c.When != 0 && c.Unless != 0:
		part("dersom "+c.When.Label(tag)+", eller med mindre "+c.Unless.Label(tag),
			"if "+c.When.Label(tag)+", or unless "+c.Unless.Label(tag))
	case c.When != 0:
		part("dersom "+c.When.Label(tag), "if "+c.When.Label(tag))
	case c.Unless != 0:
		part("med mindre "+c.Unless.Label(tag), "unless "+c.Unless.Label(tag))
	}
	return b.String()
}
