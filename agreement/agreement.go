package agreement

import (
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// Agreement is a processor agreement as a plain value: who the parties are,
// what is processed, and every term the text sets, each with the clause it
// comes from. Build one as a struct literal, decode one with [Decode], and
// check it with [Agreement.Validate].
//
// A term the agreement does not address keeps its zero value, whose
// [obligation.Provision] status is [obligation.Absent]; a term that says
// "none" is [obligation.StatedNone]; a template blank is [obligation.Blank].
// A term in a part missing from a partial copy is [obligation.NotSeen], one
// in a document not reproduced [obligation.Elsewhere], and one read from
// the text rather than stated by it [obligation.Inferred].
// [Agreement.Coverage] sums them up.
type Agreement struct {
	// ID is a stable identifier for the agreement, such as "mailmojo".
	ID string `json:"id"`
	// Title is the agreement's own title ("Databehandleravtale").
	Title string `json:"title"`
	// Version is the version the text gives ("1.0"), if any.
	Version string `json:"version,omitzero"`
	// VersionDate is the date the text gives its version ("Versjon 1.0,
	// 24. mai 2018"): the date of the wording, which says nothing about
	// when it was signed, updated or took effect.
	VersionDate obligation.Date `json:"versionDate,omitzero"`
	// Language is the BCP 47 tag of the text's language ("nb").
	Language string `json:"language"`
	// Signed, Updated and ValidFrom are the dates the text gives.
	Signed    obligation.Date `json:"signed,omitzero"`
	Updated   obligation.Date `json:"updated,omitzero"`
	ValidFrom obligation.Date `json:"validFrom,omitzero"`
	// Documents lists what the agreement consists of, in its own order
	// (service agreement, DPA, annexes, privacy policy).
	Documents []Document `json:"documents,omitzero"`
	// Parties are the parties to the agreement, as the text names them.
	Parties []Party `json:"parties,omitzero"`
	// Service is the service the processing serves and the agreement's
	// subject matter (GDPR Art. 28(3) first sentence).
	Service      Service      `json:"service,omitzero"`
	Laws         Laws         `json:"laws,omitzero"`
	Precedence   Precedence   `json:"precedence,omitzero"`
	GoverningLaw GoverningLaw `json:"governingLaw,omitzero"`
	Notices      Notices      `json:"notices,omitzero"`
	Term         Term         `json:"term,omitzero"`
	Termination  Termination  `json:"termination,omitzero"`
	Formation    Formation    `json:"formation,omitzero"`
	Changes      Changes      `json:"changes,omitzero"`
	Assignment   Assignment   `json:"assignment,omitzero"`
	Processing   Processing   `json:"processing,omitzero"`

	Instructions    Instructions    `json:"instructions,omitzero"`
	Confidentiality Confidentiality `json:"confidentiality,omitzero"`
	Requests        Requests        `json:"requests,omitzero"`
	// Audit is the controller's right to audit and inspect and its terms
	// (GDPR Art. 28(3)(h)).
	Audit Audit           `json:"audit,omitzero"`
	End   EndOfProcessing `json:"end,omitzero"`
	// Retention is the retention schedule during the term.
	Retention Retention `json:"retention,omitzero"`
	Delivery  Delivery  `json:"delivery,omitzero"`

	Subprocessors      subprocessor.Register `json:"subprocessors,omitzero"`
	SubprocessorPolicy subprocessor.Policy   `json:"subprocessorPolicy,omitzero"`
	Breach             breach.Terms          `json:"breach,omitzero"`

	Liability Liability `json:"liability,omitzero"`
	Fees      Fees      `json:"fees,omitzero"`
	// Assistance is what the processor assists the controller with and
	// what that help costs (GDPR Art. 28(3)(e), (f) and (h)).
	Assistance Assistance `json:"assistance,omitzero"`
	// Duties are the controller's obligations and rights and the
	// processor's security duty (GDPR Art. 28(3) first sentence and (c)).
	Duties Duties `json:"duties,omitzero"`

	// Calendar is the national calendar the agreement's periods are
	// counted in (its time zone and public holidays); zero means the
	// default, Norwegian. A Swedish agreement names
	// [obligation.SwedishCalendar]; a.Calendar.Calendar() builds it.
	Calendar obligation.CalendarName `json:"calendar,omitzero"`

	// Placeholders are the fields a template leaves open that have no
	// provision of their own to say so: a party's name or organisation
	// number, a date, an amount, a free text, a list entry. Each field
	// keeps its zero value; see [obligation.Placeholder].
	Placeholders []obligation.Placeholder `json:"placeholders,omitzero"`

	// Readings are the terms another document of the agreement gives
	// differently from the one held above: each holds that document's
	// reading of one term, with its clause. [Agreement.Governing] applies
	// the reading precedence puts first; the review reports each conflict
	// with both clauses.
	Readings []Reading `json:"readings,omitzero"`

	// Template reports that the text is a template for signing, such as
	// the 2021/915 clauses: its blanks and choices are left to whoever
	// fills it in, not terms it lacks, and the review lists them instead
	// of reporting them ([Agreement.Coverage] gives the blanks).
	Template bool `json:"template,omitzero"`
	// Choices are the choices between options a template leaves to the
	// parties ("Clause 7.7(a): Option 1 prior specific authorisation /
	// Option 2 general written authorisation"). The terms an open choice
	// sets stay blank in the agreement value.
	Choices []Choice `json:"choices,omitzero"`
}

// Choice is a choice between options a text leaves to the parties: a
// template's "[OPTION 1] … [OPTION 2] …".
type Choice struct {
	// Clause is where the text offers the choice.
	Clause obligation.Clause `json:"clause"`
	// Options are the alternatives in the text's order; each holds the
	// terms it would set, as readings.
	Options []Option `json:"options"`
	// Chosen is the number of the option chosen, counting from 1; zero
	// while the choice is open.
	Chosen int `json:"chosen,omitzero"`
}

// Option is one alternative of a [Choice]: its name as the text gives it
// and the terms it sets.
type Option struct {
	// Name is the option's heading as the text gives it ("Option 1:
	// prior specific authorisation").
	Name string `json:"name"`
	// Terms are the terms the option would set if chosen, each as a
	// [Reading] of the agreement.
	Terms []Reading `json:"terms,omitzero"`
}

// Open reports whether the choice is still to be made.
func (c Choice) Open() bool { return c.Chosen == 0 }

// Document is one of the documents an agreement consists of.
type Document struct {
	// Title as the text names it ("Vedlegg 3.3", "Personvernerklæringen").
	Title string `json:"title"`
	// About says in a few words what it holds.
	About string `json:"about,omitzero"`
	// Included reports whether its text is part of the published agreement
	// (false for a privacy policy or main agreement referred to but not
	// reproduced).
	Included bool `json:"included,omitzero"`
	// Kind says what the document is to the agreement.
	Kind DocumentKind `json:"kind,omitzero"`
	// Version and Date are the version and date the document gives;
	// Language is the BCP 47 tag of a language version.
	Version  string          `json:"version,omitzero"`
	Date     obligation.Date `json:"date,omitzero"`
	Language string          `json:"language,omitzero"`
	// Hypothetical reports that the agreement names the document only as
	// one the parties may have ("Har partene signert en egen
	// databehandleravtale …"): it is not known to exist.
	Hypothetical bool `json:"hypothetical,omitzero"`
	// Signed is the date the parties signed the document separately,
	// where they did; a rule of precedence may depend on it
	// ([IfSigned]).
	Signed obligation.Date `json:"signed,omitzero"`
}

// Service is the service the processing serves and the agreement's subject
// matter (GDPR Art. 28(3) first sentence).
type Service struct {
	obligation.Provision
	// Name of the service ("MailMojo", "sentralbordtjeneste").
	Name string `json:"name,omitzero"`
	// SubjectMatter describes, in the agreement's words or a faithful
	// English summary, what the processor does for the controller.
	SubjectMatter string `json:"subjectMatter,omitzero"`
	// MainAgreement names the agreement the DPA serves, where it refers
	// to one ("tjeneste/oppdragsavtalen", "hovedavtalen").
	MainAgreement string `json:"mainAgreement,omitzero"`
}

// Law is a legal instrument an agreement cites, identified as Lovdata
// ("LOV-2018-06-15-38", "FOR-2000-12-15-1265") or EUR-Lex CELEX
// ("32016R0679", "31995L0046") identify it.
type Law struct {
	// ID is the instrument's Lovdata identifier ("LOV-2018-06-15-38") or
	// CELEX number ("32016R0679"). It is empty when the text names an
	// instrument by a title alone that fits more than one (Cradl 2: «and
	// Personal Data Regulations»); Title then says what the text names,
	// and no check reads it.
	ID string `json:"id,omitzero"`
	// Title as the agreement writes it.
	Title  string            `json:"title,omitzero"`
	Clause obligation.Clause `json:"clause,omitzero"`
}

// Laws are the instruments an agreement cites as the law it applies.
type Laws struct {
	obligation.Provision
	// Cited are the instruments the agreement names, in its order.
	Cited []Law `json:"cited,omitzero"`
	// Successors reports whether the agreement also applies whatever
	// replaces the cited instruments ("Enhver lov … som erstatter disse").
	Successors bool `json:"successors,omitzero"`
}

// Precedence says which text prevails in a conflict.
type Precedence struct {
	obligation.Provision
	// OverMain reports that the DPA prevails over the main agreement.
	// It and Only summarise; [Agreement.Governing] reads Order and Rules,
	// which say the same with the documents' titles.
	OverMain bool `json:"overMain,omitzero"`
	// Only limits OverMain to these clauses of the DPA ("only 12.1 and
	// 12.2 prevail"). Empty means the whole DPA. A [PrecedenceRule] with
	// Clauses holds the same for Governing.
	Only []obligation.Clause `json:"only,omitzero"`
	// YieldsToLaw reports that the agreement says it gives way to the
	// data protection law where they conflict.
	YieldsToLaw bool `json:"yieldsToLaw,omitzero"`
	// Order names the documents by their titles as [Document] gives them,
	// from the one that prevails over all the others down, as the text
	// ranks them ("the SCCs prevail over this DPA; this DPA prevails over
	// the Agreement"). A term given differently by two documents is
	// governed by the one ranked first ([Agreement.Governing]).
	Order []string `json:"order,omitzero"`
	// Rules are the statements of precedence the Order cannot hold:
	// precedence to the extent of an inconsistency, limited to some
	// clauses or terms, or on condition that a document exists or is
	// signed separately. A rule decides between the documents it names;
	// the Order ranks the pairs no rule names.
	Rules []PrecedenceRule `json:"rules,omitzero"`
}

// GoverningLaw is the law that governs the agreement and where disputes
// are heard.
type GoverningLaw struct {
	obligation.Provision
	// Country is the ISO 3166-1 alpha-2 code of the governing law ("NO").
	Country string `json:"country,omitzero"`
	// Words are the text's own words for the law where the country does
	// not say it: the law of a state or province of a federal country
	// («the laws of the State of Delaware»).
	Words string `json:"words,omitzero"`
	// Venue is the agreed court ("Oslo tingrett").
	Venue string `json:"venue,omitzero"`
	// Amicable is how long the parties must try to settle a dispute
	// before going to court (or to arbitration), counted from the notice
	// of the dispute.
	Amicable obligation.Period `json:"amicable,omitzero"`
	// InDocument names another document that settles governing law and
	// venue instead (Nortelecom 15.1: the main agreement).
	InDocument string `json:"inDocument,omitzero"`
	// Arbitration is the agreement to settle disputes by arbitration
	// rather than in court (Aptible, Terms of Service 19); Venue is then
	// the court for what arbitration leaves out.
	Arbitration Arbitration `json:"arbitration,omitzero"`
}

// Arbitration is an agreement to settle disputes by arbitration. Its
// words are the text's own (quotations), so that they read the same in
// any language of output.
type Arbitration struct {
	obligation.Provision
	// Binding reports that the award binds the parties («binding
	// arbitration»).
	Binding bool `json:"binding,omitzero"`
	// Rules are the rules and the institution that administers them.
	Rules string `json:"rules,omitzero"`
	// Seat is where hearings take place.
	Seat string `json:"seat,omitzero"`
	// Except is what is left to the courts, in the text's words.
	Except string `json:"except,omitzero"`
}

// Notices is how the parties must give each other notice.
type Notices struct {
	obligation.Provision
	// Channels are the ways of giving notice the agreement allows
	// (such as in writing, by e-mail or on the portal).
	Channels []Channel `json:"channels,omitzero"`
	// ItemClauses are the clauses the channels are read from, by
	// position, where not the notices' own clause.
	ItemClauses obligation.ItemClauses `json:"itemClauses,omitzero"`
	// Receipts are when a notice counts as received, by channel (Stimma
	// 18.3); see [Notices.ReceivedOn].
	Receipts []Receipt `json:"receipts,omitzero"`
}

// Term is how long the agreement runs and whether it renews.
type Term struct {
	obligation.Provision
	Basis TermBasis `json:"basis,omitzero"`
	// Period is the length of each agreement period, for a fixed term.
	Period obligation.Period `json:"period,omitzero"`
	// Default reports that Period applies only where the order or the
	// contract does not set another ("Dersom ikke annet fremgår av
	// bestillingen, kontrakt og/eller faktura er avtaleperiode på 12
	// måneder"): the real period may be in a document the text does not
	// reproduce.
	Default bool    `json:"default,omitzero"`
	Renewal Renewal `json:"renewal,omitzero"`
	// AtLeast is a second basis the agreement runs at least as long as,
	// whichever ends later: Sporløs 10, «så lenge Datamynt behandler
	// personopplysninger på vegne av Kunden, og uansett så lenge
	// tjenesteavtalen løper» (Basis WhileProcessing, AtLeast
	// FollowsMainAgreement). Zero when the text gives one basis.
	AtLeast TermBound `json:"atLeast,omitzero"`
	// AtMost is a second basis whose end ends the agreement, whichever
	// ends first: Stimma 15.1 «gäller så länge Personuppgiftsbiträdet
	// behandlar personuppgifter» and 15.2 «Avtalet upphör automatiskt när
	// Huvudavtalet upphör» (Basis WhileProcessing, AtMost
	// FollowsMainAgreement at 15.2).
	AtMost TermBound `json:"atMost,omitzero"`
}

// TermBound is a second basis of an agreement's term, with the clause
// that gives it when that is not the term's own.
type TermBound struct {
	Basis  TermBasis         `json:"basis"`
	Clause obligation.Clause `json:"clause,omitzero"`
}

// Formation is how the agreement is concluded and how its conclusion is
// kept. Art. 28(9) asks for the contract in writing, including in
// electronic form.
type Formation struct {
	obligation.Provision
	// Electronic reports that the agreement is concluded electronically,
	// by accepting it (Sporløs 2: «Avtalen inngås elektronisk når Kunden
	// oppretter konto og godtar vilkårene»).
	Electronic bool `json:"electronic,omitzero"`
	// Recorded reports that the processor stores when the agreement was
	// accepted and which version («Datamynt lagrer tidspunktet og hvilken
	// versjon som ble godtatt»).
	Recorded bool `json:"recorded,omitzero"`
	// SignedCopy reports that the controller may ask for a signed copy.
	SignedCopy bool `json:"signedCopy,omitzero"`
}

// Changes is how the agreement's terms may change after it is
// concluded.
type Changes struct {
	obligation.Provision
	// ByProcessor reports that the processor may change the terms on its
	// own, by publishing a new version (Sporløs 11: «Datamynt kan
	// publisere nye versjoner av Avtalen»).
	ByProcessor bool `json:"byProcessor,omitzero"`
	// Notice is the notice of a change, counted back from when it takes
	// effect («varsles minst 30 dager i forveien»); zero when the text
	// gives none.
	Notice obligation.Period `json:"notice,omitzero"`
	// OnlyWeakening reports that the notice is owed only for a change
	// that weakens the controller's protection ([obligation.Weakens]).
	OnlyWeakening bool `json:"onlyWeakening,omitzero"`
	// EarlierOnRequest reports that earlier versions are given on
	// request («Tidligere versjoner gis ut på forespørsel»).
	EarlierOnRequest bool `json:"earlierOnRequest,omitzero"`
	// Signed reports that a change is valid only in writing, signed by
	// both parties (Stimma 17.1: «skriftliga och undertecknade av behöriga
	// företrädare för båda parter för att vara giltiga»).
	Signed bool `json:"signed,omitzero"`
}

// Assignment is whether a party may pass the agreement to another.
type Assignment struct {
	obligation.Provision
	// Consent reports that a party needs the other's written consent to
	// assign its rights or obligations (Stimma 19.1: «utan den andra
	// partens skriftliga samtycke»).
	Consent bool `json:"consent,omitzero"`
	// WithinGroup reports that the processor may nonetheless assign the
	// agreement to a company in its group, informing the controller, if
	// that company meets the agreement's requirements (19.2).
	WithinGroup bool `json:"withinGroup,omitzero"`
	// GroupClause is the clause of WithinGroup, when it is not the
	// term's own.
	GroupClause obligation.Clause `json:"groupClause,omitzero"`
}

// Renewal is whether and how an agreement period renews.
type Renewal struct {
	obligation.Provision
	// Automatic reports that the agreement renews unless terminated.
	Automatic bool `json:"automatic,omitzero"`
	// Period is the length of each renewed period.
	Period obligation.Period `json:"period,omitzero"`
}

// Termination is the right to terminate the agreement by notice.
type Termination struct {
	obligation.Provision
	// By says who may terminate.
	By Terminator `json:"by,omitzero"`
	// Notice is the notice period ("6 måneder"); for a fixed term with
	// renewal, the zero Period with BeforeExpiry means "before the period
	// expires".
	Notice obligation.Period `json:"notice,omitzero"`
	// BeforeExpiry reports that notice must reach the other party before
	// the current period expires.
	BeforeExpiry bool `json:"beforeExpiry,omitzero"`
	// Written reports that notice must be in writing.
	Written bool `json:"written,omitzero"`
	// Coupled reports that the DPA and the main agreement cannot be
	// terminated separately (Nortelecom 12.4).
	Coupled bool `json:"coupled,omitzero"`
	// Rights are the rights to end the agreement on a ground, either
	// party's: the controller's after objecting to a new subprocessor, the
	// processor's when the controller objects, either's for breach. The
	// fields above are the right to terminate by notice without a ground.
	Rights []TerminationRight `json:"rights,omitzero"`
}

// TerminationRight is one party's right to end the agreement on a ground.
type TerminationRight struct {
	obligation.Provision
	// By says whose right it is.
	By Terminator `json:"by"`
	// Ground is what gives the right.
	Ground Ground `json:"ground"`
	// Notice is the notice to give; the zero Period means with immediate
	// effect where Immediate is set, and that the text gives none
	// otherwise.
	Notice obligation.Period `json:"notice,omitzero"`
	// Immediate reports that the right ends the agreement at once.
	Immediate bool `json:"immediate,omitzero"`
	// Written reports that notice must be in writing.
	Written bool `json:"written,omitzero"`
	// Extent is what the right ends: the whole agreement, only the part
	// the ground concerns, or either as the terminating party chooses;
	// zero where the text does not say.
	Extent Extent `json:"extent,omitzero"`
	// Cure is the deadline to remedy the breach that the terminating
	// party must give with its notice; the right ends the agreement only
	// once it has passed without a remedy (Cradl, Terms of Service 12:
	// «after giving the Party that is in breach of contract written
	// notice and a reasonable deadline for remedying the situation»).
	// Zero when the text gives none.
	Cure obligation.Period `json:"cure,omitzero"`
	// BeforeChange reports that the termination may take effect before
	// the change it answers takes effect (Sporløs 4 d: «si opp tjenesten
	// med virkning før endringen trer i kraft»); give that date as the
	// notice's [obligation.Event.Effective].
	BeforeChange bool `json:"beforeChange,omitzero"`
	// After is how long the ground must have lasted before the right
	// arises (Cradl, Terms of Service 10: «The Licensee may terminate the
	// contract after 100 days if Lucidtech cannot perform its
	// obligations»). Zero when the right arises at once.
	After obligation.Period `json:"after,omitzero"`
	// If is the condition the right exists under, with the text's words;
	// zero when it has none. Aptible's Terms of Service 11 give the right
	// to end at will «Unless you have a purchase order or other
	// contractual commitment» (Unless: [obligation.Committed]).
	If obligation.Condition `json:"if,omitzero"`
}

// Extent is how much of the agreement a right to terminate ends.
type Extent uint8

const (
	// EndsWhole: the right ends the agreement as a whole (Assistert
	// Selvhjelp: «si opp Avtalen», the defined term for the whole).
	EndsWhole Extent = iota + 1
	// EndsAffectedPart: the right ends only the service or part of the
	// agreement the ground concerns; the rest continues.
	EndsAffectedPart
	// EndsWholeOrPart: the terminating party chooses to end the whole
	// agreement or a part of it (Assistert Selvhjelp, "Mislighold":
	// «heve hele eller deler av avtalen»).
	EndsWholeOrPart
)

var extentLabels = []label{{},
	{"agreement", "hele avtalen", "the whole agreement"},
	{"affected-part", "den berørte delen av avtalen", "the part of the agreement concerned"},
	{"agreement-or-part", "hele eller deler av avtalen", "the whole agreement or part of it"},
}

// String returns the identifier, such as "agreement-or-part".
func (e Extent) String() string { return enumString(e, extentLabels, "Extent") }

// Label returns the name in Norwegian Bokmål or English.
func (e Extent) Label(tag language.Tag) string { return enumLabel(e, extentLabels, tag, "Extent") }

// MarshalText encodes the identifier.
func (e Extent) MarshalText() ([]byte, error) { return enumMarshal(e, extentLabels, "extent") }

// UnmarshalText accepts exactly the identifiers String returns.
func (e *Extent) UnmarshalText(b []byte) error { return enumUnmarshal(e, b, extentLabels, "extent") }

// Ground is what gives a party a right to end the agreement.
type Ground uint8

const (
	// ForBreach: the other party's material breach.
	ForBreach Ground = iota + 1
	// OnSubprocessorObjection: an objection to a new subprocessor (the
	// controller's objection, or the processor's answer to it).
	OnSubprocessorObjection
	// OnMaterialChange: a material change to the terms the party does not
	// accept.
	OnMaterialChange
	// OnInsolvency: the other party's insolvency or winding up.
	OnInsolvency
	// OnUnlawfulInstruction: an instruction the processor cannot follow
	// lawfully (2021/915 Clause 10(c)).
	OnUnlawfulInstruction
	// AtWill: at any time, for any or no reason (Aptible, Terms of
	// Service 11: «You may terminate this Agreement at any time»; «We
	// may, in our sole discretion for any or no reason, terminate»).
	AtWill
	// ForceMajeure: the other party is prevented from performing by
	// causes beyond its control (Cradl, Terms of Service 10).
	ForceMajeure
)

var groundLabels = []label{{},
	{"breach", "vesentlig mislighold", "material breach"},
	{"subprocessor-objection", "innsigelse mot ny underdatabehandler", "an objection to a new subprocessor"},
	{"material-change", "vesentlige endringer i vilkårene", "a material change to the terms"},
	{"insolvency", "konkurs eller avvikling", "insolvency or winding up"},
	{"unlawful-instruction", "instruks som ikke kan følges lovlig", "an instruction that cannot be followed lawfully"},
	{"at-will", "når som helst, uten grunn", "at any time, for any or no reason"},
	{"force-majeure", "force majeure hos den andre parten", "force majeure on the other party's side"},
}

// String returns the identifier, such as "subprocessor-objection".
func (g Ground) String() string { return enumString(g, groundLabels, "Ground") }

// Label returns the name in Norwegian Bokmål or English.
func (g Ground) Label(tag language.Tag) string { return enumLabel(g, groundLabels, tag, "Ground") }

// MarshalText encodes the identifier.
func (g Ground) MarshalText() ([]byte, error) { return enumMarshal(g, groundLabels, "ground") }

// UnmarshalText accepts exactly the identifiers String returns.
func (g *Ground) UnmarshalText(b []byte) error { return enumUnmarshal(g, b, groundLabels, "ground") }

// RightOf returns the first right the agreement gives by to end it on
// ground g (a right of [EitherParty] belongs to both), and whether there
// is one.
func (t Termination) RightOf(by Terminator, g Ground) (TerminationRight, bool) {
	for _, r := range t.Rights {
		if r.Ground == g && (r.By == by || r.By == EitherParty) && r.HasValue() {
			return r, true
		}
	}
	return TerminationRight{}, false
}

// Processing is the agreement's description of the processing, with the
// clause or annex that gives it.
type Processing struct {
	obligation.Provision
	// Description is the agreement's description of the processing: what
	// GDPR Art. 28(3) requires it to set out (nature, purpose, duration,
	// types of personal data, categories of data subjects) and the
	// security needs and measures it attaches to them.
	Description annex.Description `json:"description,omitzero"`
}
