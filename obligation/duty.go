package obligation

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"time"

	"golang.org/x/text/language"
)

// Party is a party to a duty: who owes it (the debtor) or to whom it is
// owed (the creditor). The zero Party means unspecified.
type Party uint8

const (
	// Processor: the databehandler.
	Processor Party = iota + 1
	// Controller: the behandlingsansvarlig, the customer.
	Controller
	// Subprocessor: an underdatabehandler / underleverandør.
	Subprocessor
	// Authority: a supervisory or other public authority, in Norway
	// Datatilsynet.
	Authority
	// DataSubject: a person the data are about (den registrerte).
	DataSubject
)

var partyEnum = enum{
	typ: "Party",
	ids: []string{"", "processor", "controller", "subprocessor", "authority", "data-subject"},
	nb:  []string{"", "databehandler", "behandlingsansvarlig", "underdatabehandler", "myndighet", "den registrerte"},
	en:  []string{"", "processor", "controller", "subprocessor", "authority", "data subject"},
}

// String returns the identifier, such as "processor".
func (p Party) String() string { return partyEnum.str(uint8(p)) }

// Label returns the Norwegian Bokmål or English label.
func (p Party) Label(tag language.Tag) string { return partyEnum.label(uint8(p), tag) }

// MarshalText encodes the identifier; the zero Party is "".
func (p Party) MarshalText() ([]byte, error) { return partyEnum.marshal(uint8(p)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (p *Party) UnmarshalText(b []byte) error {
	v, err := partyEnum.unmarshal(b)
	*p = Party(v)
	return err
}

// Action is what a duty requires. The zero Action means unspecified.
type Action uint8

const (
	// Notify: inform the creditor ("varsle", "informere").
	Notify Action = iota + 1
	// Respond: answer a request, such as a support request.
	Respond
	// Deliver: deliver the ordered service ("levering").
	Deliver
	// ReturnData: return the personal data ("tilbakelevere").
	ReturnData
	// ProvideExport: let the controller export its data, or hand over a
	// copy on request.
	ProvideExport
	// DeleteData: delete the personal data ("slette").
	DeleteData
	// DeleteBackups: delete the copies in backups too.
	DeleteBackups
	// ConfirmDeletion: confirm the deletion in writing ("skriftlig
	// bekreftelse", "erklæring om sletting").
	ConfirmDeletion
	// CeaseProcessing: stop processing because the agreement ends.
	CeaseProcessing
	// GiveAuditNotice: announce an audit or inspection in advance.
	GiveAuditNotice
	// SubmitAuditPlan: send a detailed audit plan in advance.
	SubmitAuditPlan
	// AllowAudit: allow the audit or inspection.
	AllowAudit
	// GiveDocumentAccess: give access to the documentation of compliance.
	GiveDocumentAccess
	// Assist: assist the controller (data subject rights, authorities,
	// impact assessments).
	Assist
	// AnnouncePriceChange: announce a change of price.
	AnnouncePriceChange
	// Invoice: issue an invoice.
	Invoice
	// Pay: pay an invoice.
	Pay
	// KeepConfidential: keep the personal data confidential
	// ("taushetsplikt").
	KeepConfidential
	// SeekApproval: obtain the controller's written approval before
	// answering a request (Nortelecom 4.6).
	SeekApproval
	// ExportData: the controller exports its own data (We Are Media,
	// through the web interface before the final period ends).
	ExportData
	// Terminate: give notice of termination, here to stop an automatic
	// renewal; a right with a deadline rather than a duty.
	Terminate
	// Object: object to a change, such as a new subprocessor; a right
	// with a deadline, like Terminate.
	Object
	// Refund: pay back what the text says (what was paid for the current
	// period, in proportion to the unused time).
	Refund
	// DecideRemedy: choose among the remedies the text gives after an
	// objection (stop using the subprocessor, not use it for this
	// controller's data, terminate).
	DecideRemedy
	// Choose: choose between the alternatives the text gives at the end
	// (return or deletion), by the time it sets («senast vid Avtalets
	// upphörande»).
	Choose
	// AdoptMechanism: put another transfer mechanism in place of one
	// found invalid ("adopt an appropriate alternative transfer
	// mechanism").
	AdoptMechanism
)

var actionEnum = enum{
	typ: "Action",
	ids: []string{"", "notify", "respond", "deliver", "return-data", "provide-export", "delete-data", "delete-backups",
		"confirm-deletion", "cease-processing", "give-audit-notice", "submit-audit-plan", "allow-audit",
		"give-document-access", "assist", "announce-price-change", "invoice", "pay", "keep-confidential", "seek-approval",
		"export-data", "terminate", "object", "refund", "decide-remedy", "choose", "adopt-mechanism"},
	nb: []string{"", "varsle", "svare", "levere", "tilbakelevere personopplysningene", "gi tilgang til eksport",
		"slette personopplysningene", "slette sikkerhetskopiene", "bekrefte slettingen skriftlig", "stanse behandlingen",
		"varsle revisjon", "sende detaljert revisjonsplan", "gi adgang til revisjon", "gi innsyn i dokumentasjonen",
		"bistå", "varsle prisendring", "fakturere", "betale", "bevare taushet", "innhente skriftlig godkjenning",
		"eksportere dataene", "si opp avtalen", "fremme innsigelse", "refundere", "velge tiltak etter innsigelsen",
		"velge mellom tilbakelevering og sletting", "ta i bruk et annet overføringsgrunnlag"},
	en: []string{"", "notify", "respond", "deliver", "return the personal data", "make an export available",
		"delete the personal data", "delete the backups", "confirm the deletion in writing", "cease processing",
		"give notice of an audit", "send a detailed audit plan", "allow the audit", "give access to the documentation",
		"assist", "announce the price change", "invoice", "pay", "keep the data confidential", "obtain written approval",
		"export the data", "give notice of termination", "object", "refund", "decide the remedy for the objection",
		"choose between return and deletion", "adopt another transfer mechanism"},
}

// String returns the identifier, such as "delete-data".
func (a Action) String() string { return actionEnum.str(uint8(a)) }

// Label returns the Norwegian Bokmål or English label.
func (a Action) Label(tag language.Tag) string { return actionEnum.label(uint8(a), tag) }

// MarshalText encodes the identifier; the zero Action is "".
func (a Action) MarshalText() ([]byte, error) { return actionEnum.marshal(uint8(a)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Action) UnmarshalText(b []byte) error {
	v, err := actionEnum.unmarshal(b)
	*a = Action(v)
	return err
}

// CostKind says who bears the cost of a duty or of help: the one
// vocabulary of costs every package uses (the agreement's assistance
// prices are [CostKind] values too). The zero CostKind means the
// agreement does not say.
type CostKind uint8

const (
	// Free: the debtor bears its own cost ("vederlagsfritt", "uten
	// kostnad", "kostnadsfritt").
	Free CostKind = iota + 1
	// Billed: the debtor may bill the creditor at a rate the agreement
	// states (MailMojo's assistance at NOK 1 100 per hour).
	Billed
	// RequesterPays: the party that asks bears the cost (Nortelecom 9.12,
	// an audit at the controller's cost).
	RequesterPays
	// DocumentedExtraCosts: the debtor may charge the extra costs it
	// documents (Assistert Selvhjelp, audits).
	DocumentedExtraCosts
	// Included: the cost is covered by the fees for the service ("inngår
	// i vederlaget").
	Included
	// ProcessorRates: billed at the processor's usual or current rates,
	// which the agreement does not state ("Databehandlers vanlige
	// betingelser og timesatser", "gjeldende timepris").
	ProcessorRates
	// AgreedPrice: at a price the parties agree case by case ("særskilt
	// godtgjørelse", "inngå en avtale om betaling").
	AgreedPrice
	// OwnCosts: each party bears its own costs.
	OwnCosts
	// ControllerPays: the controller bears the costs ("for den
	// databehandlingsansvarliges regning"), whoever asks.
	ControllerPays
	// InOtherDocument: another document sets the price ("vises i
	// avtalen", Nortelecom 5.4).
	InOtherDocument
)

var costEnum = enum{
	typ: "CostKind",
	ids: []string{"", "free", "billed", "requester-pays", "documented-extra-costs", "included", "usual-rates", "agreed-price",
		"own-costs", "controllers-cost", "in-other-document"},
	nb: []string{"", "kostnadsfritt", "faktureres etter sats", "for bestillerens regning", "dokumenterte merkostnader dekkes",
		"inngår i vederlaget", "databehandlers vanlige timesatser", "etter særskilt avtalt pris", "hver part bærer egne kostnader",
		"for behandlingsansvarliges regning", "fastsatt i et annet dokument"},
	en: []string{"", "free of charge", "billed at a rate", "at the requester's cost", "documented extra costs charged",
		"included in the fees", "the processor's usual rates", "at a price agreed case by case", "each party bears its own costs",
		"at the controller's cost", "set by another document"},
}

// costAliases are identifiers the agreement package wrote for its own
// cost bases before the vocabularies were merged; accepted on input.
var costAliases = map[string]CostKind{
	"hourly-rate": Billed, "documented-costs": DocumentedExtraCosts, "special-fee": AgreedPrice,
}

// String returns the identifier, such as "free".
func (k CostKind) String() string { return costEnum.str(uint8(k)) }

// Label returns the Norwegian Bokmål or English label.
func (k CostKind) Label(tag language.Tag) string { return costEnum.label(uint8(k), tag) }

// MarshalText encodes the identifier; the zero CostKind is "".
func (k CostKind) MarshalText() ([]byte, error) { return costEnum.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers String returns, or "",
// and the earlier names "hourly-rate", "documented-costs" and
// "special-fee".
func (k *CostKind) UnmarshalText(b []byte) error {
	if a, ok := costAliases[string(b)]; ok {
		*k = a
		return nil
	}
	v, err := costEnum.unmarshal(b)
	*k = CostKind(v)
	return err
}

// Cost is who pays for a duty and, when it is billed, at what rate. The
// zero Cost means the agreement does not say. Compare Costs with
// [Cost.Equal], since the rate is a decimal.
type Cost struct {
	// Kind says who bears the cost.
	Kind CostKind `json:"kind,omitzero"`
	// Per is the unit the rate is charged by, usually [Hour].
	Per Unit `json:"per,omitzero"`
	// Rate is the price per Per, for [Billed]: NOK 1 100 per hour.
	Rate Money `json:"rate,omitzero"`
	// Per comes before Rate so that a Cost takes 32 bytes rather than 40
	// (every duty holds one); [Cost.MarshalJSONTo] keeps the JSON order
	// kind, rate, per.
}

// costJSON is a Cost's JSON form, with its members in their order.
type costJSON struct {
	Kind CostKind `json:"kind,omitzero"`
	Rate Money    `json:"rate,omitzero"`
	Per  Unit     `json:"per,omitzero"`
}

// MarshalJSONTo writes c as an object with its members kind, rate and
// per in that order, each left out when zero. Decoding needs no method of
// its own: members are matched by name.
func (c Cost) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, costJSON{Kind: c.Kind, Rate: c.Rate, Per: c.Per})
}

// Equal reports whether c and d are the same cost.
func (c Cost) Equal(d Cost) bool {
	return c.Kind == d.Kind && c.Per == d.Per && c.Rate.Equal(d.Rate)
}

// IsZero reports whether c is the zero Cost.
func (c Cost) IsZero() bool { return c.Kind == 0 && c.Per == 0 && c.Rate.IsZero() }

// Due is when a duty falls due: a fixed last instant, or an unquantified
// standard ("without undue delay") with, when the agreement gives one, its
// bound's last instant.
type Due struct {
	// At is the last instant on time ([Calendar.Deadline]); an act at
	// sent is on time when !sent.After(At). It is zero for an
	// unquantified period without a bound.
	At time.Time `json:"at,omitzero"`
	// Period is the period the term gives, such as P3M or
	// "without-undue-delay/PT24H".
	Period Period `json:"period,omitzero"`
	// Before reports that Period counts backwards from the event's
	// effective instant ("at least 4 weeks before the audit").
	Before bool `json:"before,omitzero"`
	// AfterPrevious reports that Period counts from the last instant of
	// the previous step of a chain ([AfterPrevious]).
	AfterPrevious bool `json:"afterPrevious,omitzero"`
}

// IsFixed reports whether the duty has a fixed last instant.
func (d Due) IsFixed() bool { return !d.At.IsZero() }

// OnTime reports whether an act at sent meets d. A duty without a fixed
// last instant is always reported on time: whether "without undue delay"
// was met is a judgment, not a computation.
func (d Due) OnTime(sent time.Time) bool { return d.At.IsZero() || !sent.After(d.At) }

// Duty is one thing an event obliges a party to do: who owes what to whom,
// by when, at whose cost, and the clause it comes from. The agenda
// ([Agenda]) returns duties; compare them with [Duty.Equal].
type Duty struct {
	// Event is the kind of event that created the duty, and Since the
	// instant it happened.
	Event EventKind `json:"event"`
	Since time.Time `json:"since,omitzero"`
	// Debtor owes the duty to Creditor.
	Debtor   Party `json:"debtor"`
	Creditor Party `json:"creditor,omitzero"`
	// Action is what is owed, Due by when, and Cost at whose cost.
	Action Action `json:"action"`
	Due    Due    `json:"due,omitzero"`
	Cost   Cost   `json:"cost,omitzero"`
	// Survives reports that the duty continues after the agreement ends
	// (confidentiality, MailMojo 9).
	Survives bool `json:"survives,omitzero"`
	// Refused reports that the event exceeds the rule's limit
	// ([Rule.Limit]: a second audit in a calendar year), so the debtor
	// need not perform; Clause names the clause that says so.
	Refused bool `json:"refused,omitzero"`
	// Lifts are the facts that lift the limit the event reached: on a
	// refused duty, the exceptions not known to be false, any of which
	// would oblige the debtor after all ("eller ved mistanke om brudd");
	// on a duty that is not refused, the facts that were true and lifted
	// it. Zero when the event is within the limit.
	Lifts Fact `json:"lifts,omitzero"`
	// OnRequest reports that the duty arises only if the creditor asks
	// for it ("der hvor kunden ønsker bekreftelse").
	OnRequest bool `json:"onRequest,omitzero"`
	// If is the rule's condition, as the text sets it ([Rule.If]).
	If Condition `json:"if,omitzero"`
	// Assumes is the part of If the facts given did not settle: the duty
	// arises only in the branch these facts select ("if the controller
	// has not asked for a copy", with no fact given on the copy). It is
	// zero when the facts settled the condition, or there is none.
	Assumes Assumption `json:"assumes,omitzero"`
	// Qualifier is the rule's limit on the duty ("as far as possible").
	Qualifier Qualifier `json:"qualifier,omitzero"`
	// Pending says why the duty has no due instant although its period
	// is quantified or it falls due at a known time: its event has not
	// happened yet, the agreement's end is not known, or the previous
	// step has no fixed end. Zero when nothing is missing.
	Pending Pending `json:"pending,omitzero"`
	// Clause is where the agreement sets the duty.
	Clause Clause `json:"clause,omitzero"`
	// Note is the agreement's own words or a qualification the model does
	// not compute.
	Note string `json:"note,omitzero"`
	// NoteNB is Note in Norwegian Bokmål, so that a Norwegian agenda
	// keeps the qualification; [Duty.NoteText] picks one.
	NoteNB string `json:"noteNb,omitzero"`
}

// NoteText returns the duty's note in Norwegian Bokmål for a Norwegian tag
// (nb, nn, no) and in English otherwise. A note without its Norwegian
// form gives the English one, so that nothing is dropped.
func (d Duty) NoteText(tag language.Tag) string {
	if isNorwegian(tag) && d.NoteNB != "" {
		return d.NoteNB
	}
	return d.Note
}

// Pending is why a duty's due instant cannot be computed yet. The zero
// Pending means nothing is missing.
type Pending uint8

const (
	// AwaitingEvent: the duty runs from an event that has not happened
	// yet ([Duty.Event] names it: the last use, the confirmed return).
	AwaitingEvent Pending = iota + 1
	// AwaitingEnd: the duty runs from the agreement's end, which the
	// agreement does not fix (it follows its main agreement): give the
	// end as the termination notice's [Event.Effective].
	AwaitingEnd
	// AwaitingStep: the duty runs from the end of the previous step of a
	// chain, which has no fixed end.
	AwaitingStep
)

var pendingEnum = enum{
	typ: "Pending",
	ids: []string{"", "awaiting-event", "awaiting-end", "awaiting-step"},
	nb: []string{"", "fristen løper fra en hendelse som ikke har skjedd ennå",
		"avtalens sluttdato trengs: den følger hovedavtalen", "fristen løper fra slutten av forrige trinn, som ikke har fast frist"},
	en: []string{"", "the period runs from an event that has not happened yet",
		"the agreement's end date is needed: it follows the main agreement", "the period runs from the end of the previous step, which has no fixed deadline"},
}

// String returns the identifier, such as "awaiting-end".
func (p Pending) String() string { return pendingEnum.str(uint8(p)) }

// Label returns the Norwegian Bokmål or English explanation.
func (p Pending) Label(tag language.Tag) string { return pendingEnum.label(uint8(p), tag) }

// MarshalText encodes the identifier; the zero Pending is "".
func (p Pending) MarshalText() ([]byte, error) { return pendingEnum.marshal(uint8(p)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (p *Pending) UnmarshalText(b []byte) error {
	v, err := pendingEnum.unmarshal(b)
	*p = Pending(v)
	return err
}

// Equal reports whether d and e are the same duty.
func (d Duty) Equal(e Duty) bool {
	return d.Event == e.Event && d.Since.Equal(e.Since) && d.Debtor == e.Debtor && d.Creditor == e.Creditor && d.Action == e.Action &&
		d.Due.At.Equal(e.Due.At) && d.Due.Period == e.Due.Period && d.Due.Before == e.Due.Before && d.Due.AfterPrevious == e.Due.AfterPrevious &&
		d.If == e.If && d.Assumes == e.Assumes && d.Qualifier == e.Qualifier && d.Pending == e.Pending &&
		d.Cost.Equal(e.Cost) && d.Survives == e.Survives && d.Refused == e.Refused && d.Lifts == e.Lifts && d.OnRequest == e.OnRequest &&
		d.Clause == e.Clause && d.Note == e.Note && d.NoteNB == e.NoteNB
}
