package agreement

import (
	"slices"
	"strconv"

	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// CapKind is how a liability cap is measured.
type CapKind uint8

const (
	// FixedAmount: a stated amount ("begrenset til kr 25 000", MailMojo 4).
	FixedAmount CapKind = iota + 1
	// FeeBased: a multiple or fraction of the fees, on the [FeeBasis] the
	// cap names ("Avtalens samlede årlige vederlag ekskl. merverdiavgift",
	// Assistert Selvhjelp).
	FeeBased
	// PreviousYearRevenue: the processor's revenue under the agreement in
	// the calendar year before the claim ("omsetning foregående kalenderår
	// i henhold til avtalen", Nortelecom 9.6).
	PreviousYearRevenue
	// OtherDocument: set by another document whose amount is not part of
	// the agreement's text ("begrenset som beskrevet i avtalens punkt 13",
	// Nortelecom 11.4).
	OtherDocument
	// UnquantifiedMaximum: the text says there is a maximum amount but not
	// what it is ("underlagt et maksimalbeløp", Nortelecom 9.6).
	UnquantifiedMaximum
)

var capKindLabels = []label{{},
	{"fixed-amount", "fast beløp", "fixed amount"},
	{"fee-based", "andel av vederlaget", "share of the fees"},
	{"previous-year-revenue", "omsetning foregående kalenderår", "revenue in the previous calendar year"},
	{"other-document", "fastsatt i et annet dokument", "set by another document"},
	{"unquantified-maximum", "maksimalbeløp som ikke er oppgitt", "maximum amount not stated"},
}

// String returns the identifier, such as "fixed-amount".
func (k CapKind) String() string { return enumString(k, capKindLabels, "CapKind") }

// Label returns the name in Norwegian Bokmål or English.
func (k CapKind) Label(tag language.Tag) string { return enumLabel(k, capKindLabels, tag, "CapKind") }

// MarshalText encodes the identifier.
func (k CapKind) MarshalText() ([]byte, error) { return enumMarshal(k, capKindLabels, "cap kind") }

// UnmarshalText accepts exactly the identifiers String returns.
func (k *CapKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, capKindLabels, "cap kind")
}

// FeeBasis is which fees a [FeeBased] cap is measured against.
type FeeBasis uint8

const (
	// AnnualFee: the agreement's annual fee for the calendar year of the
	// claim.
	AnnualFee FeeBasis = iota + 1
	// FeesPaidBefore: the fees paid in the [Cap.Months] months before the
	// claim arose.
	FeesPaidBefore
)

var feeBasisLabels = []label{{},
	{"annual-fee", "årlig vederlag", "annual fee"},
	{"fees-paid-before", "vederlag betalt før kravet", "fees paid before the claim"},
}

// String returns the identifier, such as "annual-fee".
func (b FeeBasis) String() string { return enumString(b, feeBasisLabels, "FeeBasis") }

// Label returns the name in Norwegian Bokmål or English.
func (b FeeBasis) Label(tag language.Tag) string {
	return enumLabel(b, feeBasisLabels, tag, "FeeBasis")
}

// MarshalText encodes the identifier.
func (b FeeBasis) MarshalText() ([]byte, error) { return enumMarshal(b, feeBasisLabels, "fee basis") }

// UnmarshalText accepts exactly the identifiers String returns.
func (b *FeeBasis) UnmarshalText(t []byte) error {
	return enumUnmarshal(b, t, feeBasisLabels, "fee basis")
}

// CapPeriod is what a cap limits: the total for a calendar year, each
// claim, or everything under the agreement. Its zero value means the text
// does not say.
type CapPeriod uint8

const (
	// PerCalendarYear: the total of claims arising in a calendar year
	// ("pr. kalenderår", "i løpet av et kalenderår").
	PerCalendarYear CapPeriod = iota + 1
	// PerClaim: each claim on its own.
	PerClaim
	// WholeAgreement: the total of all claims under the agreement.
	WholeAgreement
	// Rolling: the total of claims arising in any period of [Cap.Window]
	// months, wherever it begins («Overall damages during a period of 12
	// months», "in any twelve-month period"): a claim may take what the
	// claims of the window that ends on its day have left.
	Rolling
)

var capPeriodLabels = []label{{},
	{"calendar-year", "per kalenderår", "per calendar year"},
	{"per-claim", "per krav", "per claim"},
	{"whole-agreement", "for hele avtalen", "for the whole agreement"},
	{"rolling", "i løpet av en periode", "in any period"},
}

// String returns the identifier, such as "calendar-year".
func (p CapPeriod) String() string { return enumString(p, capPeriodLabels, "CapPeriod") }

// Label returns the name in Norwegian Bokmål or English.
func (p CapPeriod) Label(tag language.Tag) string {
	return enumLabel(p, capPeriodLabels, tag, "CapPeriod")
}

// MarshalText encodes the identifier.
func (p CapPeriod) MarshalText() ([]byte, error) {
	return enumMarshal(p, capPeriodLabels, "cap period")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (p *CapPeriod) UnmarshalText(b []byte) error {
	return enumUnmarshal(p, b, capPeriodLabels, "cap period")
}

// LossKind is the kind of loss a claim is for, with the kinds of indirect
// loss the seeds list by name.
type LossKind uint8

const (
	// DirectLoss is direct economic loss, such as extra work or the cost of
	// an adviser ("direkte økonomiske tap (f.eks. merarbeid, bistand fra
	// kompetent rådgiver)", MailMojo 4).
	DirectLoss LossKind = iota + 1
	// IndirectLoss is indirect loss of no more specific kind.
	IndirectLoss
	// LostProfit: "tapt fortjeneste".
	LostProfit
	// LostSavings: "tapte besparelser".
	LostSavings
	// BusinessInterruption: "tap som følge av driftsavbrudd".
	BusinessInterruption
	// ThirdPartyClaims: "krav fra tredjeparter".
	ThirdPartyClaims
	// DataSubjectClaims: claims from data subjects ("krav fra … de
	// registrerte"), such as compensation under GDPR Art. 82.
	DataSubjectClaims
	// Fines: administrative fines and other sanctions imposed by an
	// authority ("myndighetspålagte sanksjoner", "bøter"), such as those of
	// GDPR Art. 83.
	Fines
	// DataLoss: loss of data ("loss of data", Cradl 14). Whether it is
	// direct or indirect loss the law does not settle here; an agreement
	// may count it as indirect ([Exclusion.Deemed]).
	DataLoss
)

var lossKindLabels = []label{{},
	{"direct", "direkte tap", "direct loss"},
	{"indirect", "indirekte tap", "indirect loss"},
	{"lost-profit", "tapt fortjeneste", "lost profit"},
	{"lost-savings", "tapte besparelser", "lost savings"},
	{"business-interruption", "driftsavbrudd", "business interruption"},
	{"third-party-claims", "krav fra tredjeparter", "third-party claims"},
	{"data-subject-claims", "krav fra de registrerte", "data subjects' claims"},
	{"fines", "bøter og sanksjoner", "fines and sanctions"},
	{"data-loss", "tap av data", "loss of data"},
}

// String returns the identifier, such as "lost-profit".
func (k LossKind) String() string { return enumString(k, lossKindLabels, "LossKind") }

// Label returns the name in Norwegian Bokmål or English.
func (k LossKind) Label(tag language.Tag) string {
	return enumLabel(k, lossKindLabels, tag, "LossKind")
}

// MarshalText encodes the identifier.
func (k LossKind) MarshalText() ([]byte, error) { return enumMarshal(k, lossKindLabels, "loss kind") }

// UnmarshalText accepts exactly the identifiers String returns.
func (k *LossKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, lossKindLabels, "loss kind")
}

// Culpability is the degree of fault behind a breach, from none to intent.
// The constants are ordered: a greater value is a graver fault.
type Culpability uint8

const (
	// NoFault: the breach was not caused by negligence.
	NoFault Culpability = iota + 1
	// Negligence: "uaktsomhet".
	Negligence
	// GrossNegligence: "grov uaktsomhet".
	GrossNegligence
	// Intent: "forsett".
	Intent
)

var culpabilityLabels = []label{{},
	{"no-fault", "uten skyld", "no fault"},
	{"negligence", "uaktsomhet", "negligence"},
	{"gross-negligence", "grov uaktsomhet", "gross negligence"},
	{"intent", "forsett", "intent"},
}

// String returns the identifier, such as "gross-negligence".
func (c Culpability) String() string { return enumString(c, culpabilityLabels, "Culpability") }

// Label returns the name in Norwegian Bokmål or English.
func (c Culpability) Label(tag language.Tag) string {
	return enumLabel(c, culpabilityLabels, tag, "Culpability")
}

// MarshalText encodes the identifier.
func (c Culpability) MarshalText() ([]byte, error) {
	return enumMarshal(c, culpabilityLabels, "culpability")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (c *Culpability) UnmarshalText(b []byte) error {
	return enumUnmarshal(c, b, culpabilityLabels, "culpability")
}

// Recoverable says which losses can be claimed at all and for what fault.
// Its zero value means the agreement does not restrict them.
type Recoverable struct {
	obligation.Provision
	// Losses are the kinds of loss the text names as recoverable.
	Losses []LossKind `json:"losses,omitzero"`
	// Only reports that nothing but Losses is recoverable (MailMojo 4:
	// "kan Partene kreve erstatning for sitt direkte økonomiske tap").
	Only bool `json:"only,omitzero"`
	// MinCulpability is the least fault that gives a claim (MailMojo 4:
	// "I tilfelle uaktsomme brudd"); zero means the text sets none.
	MinCulpability Culpability `json:"minCulpability,omitzero"`
}

// Exclusion is the losses an agreement excludes from damages.
type Exclusion struct {
	obligation.Provision
	// Indirect reports that indirect loss is excluded ("Erstatning for
	// indirekte tap kan ikke kreves").
	Indirect bool `json:"indirect,omitzero"`
	// Kinds are the kinds of loss the text lists as excluded, in its order.
	Kinds []LossKind `json:"kinds,omitzero"`
	// Exhaustive reports that Kinds is the whole of what is excluded. The
	// seeds' lists are examples ("omfatter, men er ikke begrenset til",
	// "eksempelvis"), so a kind of loss they do not name may still be
	// indirect loss; the assessment then says so rather than decide.
	Exhaustive bool `json:"exhaustive,omitzero"`
	// Deemed are the kinds of loss the text counts as indirect loss
	// (Cradl 14: «Loss of data is considered as an indirect loss»): where
	// indirect loss is excluded, so are they, whether or not a court would
	// call them indirect.
	Deemed []LossKind `json:"deemedIndirect,omitzero"`
}

// excludes reports whether kind is excluded: listed, generic indirect
// loss, or a kind the text deems indirect where indirect loss is excluded.
func (e *Exclusion) excludes(kind LossKind) bool {
	if slices.Contains(e.Kinds, kind) {
		return true
	}
	return e.Indirect && (kind == IndirectLoss || slices.Contains(e.Deemed, kind))
}

// mayBeIndirect reports whether kind is a kind of loss commonly counted as
// indirect that the agreement's open list does not name, so that whether
// it is excluded is for the parties or a court to settle.
func (e *Exclusion) mayBeIndirect(kind LossKind) bool {
	return e.Indirect && !e.Exhaustive && kind > IndirectLoss && !slices.Contains(e.Kinds, kind) &&
		!slices.Contains(e.Deemed, kind)
}

// Cap is one limit on the amount of damages. A [Liability] may hold
// several (Nortelecom 9.6 and 11.4); every one applies, so the lowest
// binds. A cap with the status [obligation.StatedNone] records that the
// text says liability is not capped; one with [obligation.Blank] is a cap
// whose amount a template leaves unfilled, and limits by an unknown
// amount.
type Cap struct {
	obligation.Provision
	Kind CapKind `json:"kind,omitzero"`
	// Amount is the cap of a [FixedAmount] cap.
	Amount obligation.Money `json:"amount,omitzero"`
	// Basis is what a [FeeBased] cap is measured against.
	Basis FeeBasis `json:"basis,omitzero"`
	// Months is the look-back of a [FeesPaidBefore] basis.
	Months int `json:"months,omitzero"`
	// Multiple scales a [FeeBased] or [PreviousYearRevenue] cap: 2 for
	// "twice the annual fee", 0.5 for half. Zero means 1: the basis itself.
	Multiple decimal.Decimal `json:"multiple,omitzero"`
	// ExcludingVAT reports that the basis is measured without VAT
	// ("ekskl. merverdiavgift").
	ExcludingVAT bool `json:"excludingVAT,omitzero"`
	// Period is what the cap limits; zero means the text does not say.
	Period CapPeriod `json:"period,omitzero"`
	// Window is the length in months of a [Rolling] period: 12 for
	// «during a period of 12 months».
	Window int `json:"window,omitzero"`
	// Document names the document that sets an [OtherDocument] cap
	// ("avtalens punkt 13").
	Document string `json:"document,omitzero"`
	// Mutual reports that the cap limits both parties' liability
	// ("Partenes samlede erstatningsansvar"), not only the processor's.
	Mutual bool `json:"mutual,omitzero"`
	// Refers is, for an [OtherDocument] cap whose document's cap is held
	// among the same caps, that cap's clause (Cradl 14: «a sum equivalent
	// to the maximum liability in the Services Agreement», the cap of
	// "Terms of Service 11"). The cap then has the amount of the cap it
	// refers to, and its period where it states none. Where the cap
	// referred to does not apply to a claim (its own [Cap.Lift]), the text
	// leaves open whether the reference still gives that amount or no
	// limit at all; [Liability.Assess] reports that as undetermined
	// ([CapReferenceUndetermined]) and never picks a reading.
	Refers obligation.Clause `json:"refers,omitzero"`
	// Lift is when this cap alone does not apply (Cradl, Terms of Service
	// 11: «The said limitations shall not apply in the case of gross
	// negligence or wilful misconduct or apply to breaches related to
	// processing of personal data»); nil when it has none. [Liability.Lift]
	// lifts every cap; a cap's own Lift.Exclusions is not read. It is a
	// pointer so that the many caps without one stay small to copy; treat
	// it as part of the value and do not share it between caps you
	// change.
	Lift *CapLift `json:"lift,omitzero"`
}

// Equal reports whether c and d are the same cap.
func (c Cap) Equal(d Cap) bool {
	return c.Provision == d.Provision && c.Kind == d.Kind && c.Amount.Equal(d.Amount) &&
		c.Basis == d.Basis && c.Months == d.Months && c.Multiple.Equal(d.Multiple) &&
		c.ExcludingVAT == d.ExcludingVAT && c.Period == d.Period && c.Window == d.Window && c.Document == d.Document &&
		c.Mutual == d.Mutual && c.Refers == d.Refers &&
		(c.Lift == d.Lift || c.Lift != nil && d.Lift != nil && c.Lift.Equal(*d.Lift))
}

// PeriodLabel names what the cap limits in Norwegian Bokmål or English,
// with the length of a [Rolling] period: "per calendar year", "in any
// period of 12 months". It is empty when the text does not say.
func (c Cap) PeriodLabel(tag language.Tag) string {
	if c.Period == Rolling && c.Window > 0 {
		n := strconv.Itoa(c.Window)
		return pick(norwegian(tag), "i løpet av en periode på "+n+" måneder", "in any period of "+n+" months")
	}
	if c.Period == 0 {
		return ""
	}
	return c.Period.Label(tag)
}

// scaled returns basis × Multiple (the basis itself for a zero Multiple),
// rounded to the minor unit.
func (c Cap) scaled(basis obligation.Money) obligation.Money {
	if !c.Multiple.IsZero() {
		basis = basis.Mul(c.Multiple)
	}
	if basis.Amount.Exponent() >= -int32(basis.MinorDigits()) {
		return basis // no digits below the minor unit
	}
	return basis.Round()
}

// CapLift is when the caps do not apply: for some degrees of fault, or
// for claims with some causes.
type CapLift struct {
	obligation.Provision
	// By are the degrees of fault for which the caps do not apply (MailMojo
	// 4: "gjelder ikke ved forsettlige eller grovt uaktsomme brudd").
	By []Culpability `json:"by,omitzero"`
	// Causes are the causes of claim for which the caps do not apply
	// (Aptible, Terms of Service 15: «The foregoing limitations of
	// liability do not apply to breaches of confidentiality obligations,
	// violations of a party's intellectual property rights by the other
	// party, or indemnification obligations»). A claim that gives no
	// causes ([Claim.Causes]) may or may not be one of them, and is
	// assessed as an upper bound.
	Causes []Cause `json:"causes,omitzero"`
	// Exclusions reports that the exclusions of loss do not apply either
	// (Aptible's «foregoing limitations» are the exclusion of indirect
	// damages and the cap). Without it only the caps are lifted, as in
	// the seeds.
	Exclusions bool `json:"exclusions,omitzero"`
}

// Equal reports whether t and u are the same terms.
func (t CapLift) Equal(u CapLift) bool {
	return t.Provision == u.Provision && slices.Equal(t.By, u.By) && slices.Equal(t.Causes, u.Causes) &&
		t.Exclusions == u.Exclusions
}

// liftState is whether a [CapLift] applies to a claim.
type liftState uint8

const (
	notLifted liftState = iota
	lifted
	// maybeLifted: the lift names causes, the claim gives none, and its
	// fault does not lift the caps.
	maybeLifted
)

// state reports whether t applies to c: by c's fault, or by one of its
// causes.
func (t *CapLift) state(c *Claim) liftState {
	if t == nil || !t.HasValue() {
		return notLifted
	}
	if slices.Contains(t.By, c.Culpability) {
		return lifted
	}
	if len(t.Causes) == 0 {
		return notLifted
	}
	if len(c.Causes) == 0 {
		return maybeLifted
	}
	for _, x := range c.Causes {
		if slices.Contains(t.Causes, x) {
			return lifted
		}
	}
	return notLifted
}

// Cause is what a claim is for, in the terms carve-outs from a cap use.
// Its zero value is not a cause.
type Cause uint8

const (
	// ConfidentialityBreach: a breach of a duty of confidentiality
	// («breaches of confidentiality obligations»).
	ConfidentialityBreach Cause = iota + 1
	// IPInfringement: a party's infringement of the other's intellectual
	// property rights.
	IPInfringement
	// IndemnityClaim: a claim under an indemnity ([Undertaking] of kind
	// [Indemnify]; «indemnification obligations»).
	IndemnityClaim
	// DataProtectionBreach: a breach of the terms on processing personal
	// data or of data protection law («breaches related to processing of
	// personal data»).
	DataProtectionBreach
	// OtherCause: none of the causes above, so that no carve-out by cause
	// applies.
	OtherCause
)

var causeLabels = []label{{},
	{"confidentiality-breach", "brudd på taushetsplikt", "breach of confidentiality"},
	{"ip-infringement", "krenkelse av immaterielle rettigheter", "infringement of intellectual property rights"},
	{"indemnity", "krav etter skadesløsholdelse", "claim under an indemnity"},
	{"data-protection-breach", "brudd på reglene om behandling av personopplysninger", "breach of the terms on processing personal data"},
	{"other", "annen årsak", "another cause"},
}

// String returns the identifier, such as "data-protection-breach".
func (c Cause) String() string { return enumString(c, causeLabels, "Cause") }

// Label returns the name in Norwegian Bokmål or English.
func (c Cause) Label(tag language.Tag) string { return enumLabel(c, causeLabels, tag, "Cause") }

// MarshalText encodes the identifier.
func (c Cause) MarshalText() ([]byte, error) { return enumMarshal(c, causeLabels, "cause") }

// UnmarshalText accepts exactly the identifiers String returns.
func (c *Cause) UnmarshalText(b []byte) error { return enumUnmarshal(c, b, causeLabels, "cause") }

// UndertakingKind is what a party undertakes to pay for.
type UndertakingKind uint8

const (
	// Compensate: the party in breach compensates the other's loss
	// (Stimma 14.1: «Part som bryter mot detta Avtal ska ersätta motparten
	// för den skada som uppstår till följd av avtalsbrottet»).
	Compensate UndertakingKind = iota + 1
	// Indemnify: the party holds the other harmless against claims of
	// third parties (Stimma 14.2: «hålla den Personuppgiftsansvarige
	// skadeslös för krav från registrerade eller tillsynsmyndigheter»).
	Indemnify
)

var undertakingKindLabels = []label{{},
	{"compensate", "erstatte tap ved kontraktsbrudd", "compensate loss from a breach"},
	{"indemnify", "holde skadesløs", "indemnify"},
}

// String returns the identifier, such as "indemnify".
func (k UndertakingKind) String() string {
	return enumString(k, undertakingKindLabels, "UndertakingKind")
}

// Label returns the name in Norwegian Bokmål or English.
func (k UndertakingKind) Label(tag language.Tag) string {
	return enumLabel(k, undertakingKindLabels, tag, "UndertakingKind")
}

// MarshalText encodes the identifier.
func (k UndertakingKind) MarshalText() ([]byte, error) {
	return enumMarshal(k, undertakingKindLabels, "undertaking kind")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (k *UndertakingKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, undertakingKindLabels, "undertaking kind")
}

// Undertaking is a party's promise to pay for loss: damages for its own
// breach, or an indemnity against the claims of others. The caps and
// exclusions limit what it gives unless a carve-out says otherwise
// ([CapLift.Causes] with [IndemnityClaim]); [Liability.Assess] reads a
// claim under an indemnity from the claim's causes.
type Undertaking struct {
	obligation.Provision
	// Kind is what the party undertakes: to compensate the other's loss
	// from its breach, or to indemnify it against others' claims.
	Kind UndertakingKind `json:"kind"`
	// By is the party that undertakes; zero means each party, for its own
	// breach.
	By Role `json:"by,omitzero"`
	// Against are the claims an indemnity covers, as kinds of loss
	// ([DataSubjectClaims], [Fines] for claims from authorities).
	Against []LossKind `json:"against,omitzero"`
	// When is the text's condition, in its own words (a quotation): «som
	// uppstår till följd av att Personuppgiftsbiträdet inte har fullgjort
	// sina skyldigheter».
	When string `json:"when,omitzero"`
}

// Equal reports whether u and v are the same promise.
func (u Undertaking) Equal(v Undertaking) bool {
	return u.Provision == v.Provision && u.Kind == v.Kind && u.By == v.By &&
		slices.Equal(u.Against, v.Against) && u.When == v.When
}

// Liability is an agreement's terms on damages between the parties: what
// can be claimed, what is excluded, the caps and when they do not apply.
// The GDPR sets no cap between controller and processor (Art. 82
// compensation is owed to data subjects), so every limit here is the
// contract's own.
//
// Liability is a value; its zero value means the agreement says nothing
// about liability, so nothing limits a claim. Its Provision records where
// the agreement addresses liability at all.
type Liability struct {
	obligation.Provision
	Recoverable Recoverable `json:"recoverable,omitzero"`
	Excluded    Exclusion   `json:"excluded,omitzero"`
	// Caps are the limits on the amount of damages; every one applies,
	// so the lowest binds.
	Caps []Cap   `json:"caps,omitzero"`
	Lift CapLift `json:"lift,omitzero"`
	// Disclaimers are what a party says it is not liable for at all, by
	// cause rather than by kind of loss (We Are Media: third-party
	// services that are not subprocessors). [Liability.Assess] does not
	// apply them, since a claim does not record its cause; a review can
	// report them.
	Disclaimers []Disclaimer `json:"disclaimers,omitzero"`
	// Undertakings are the parties' promises to pay: damages for breach,
	// indemnities (Stimma 14.1 and 14.2).
	Undertakings []Undertaking `json:"undertakings,omitzero"`
}

// Disclaimer is a cause of loss a party says it is not liable for.
type Disclaimer struct {
	obligation.Provision
	// By is the party that disclaims.
	By Role `json:"by,omitzero"`
	// About is what is disclaimed, in the text's own words, so that it reads
	// the same in any language of output (a quotation).
	About string `json:"about"`
}

// IsZero reports whether l is the zero Liability.
func (l Liability) IsZero() bool { return l.Equal(Liability{}) }

// Equal reports whether l and m are the same terms. A nil and an empty
// list are equal.
func (l Liability) Equal(m Liability) bool {
	return l.Provision == m.Provision &&
		l.Recoverable.Provision == m.Recoverable.Provision &&
		slices.Equal(l.Recoverable.Losses, m.Recoverable.Losses) &&
		l.Recoverable.Only == m.Recoverable.Only &&
		l.Recoverable.MinCulpability == m.Recoverable.MinCulpability &&
		l.Excluded.Provision == m.Excluded.Provision && l.Excluded.Indirect == m.Excluded.Indirect &&
		slices.Equal(l.Excluded.Kinds, m.Excluded.Kinds) && l.Excluded.Exhaustive == m.Excluded.Exhaustive &&
		slices.Equal(l.Excluded.Deemed, m.Excluded.Deemed) &&
		slices.EqualFunc(l.Caps, m.Caps, Cap.Equal) && l.Lift.Equal(m.Lift) &&
		slices.Equal(l.Disclaimers, m.Disclaimers) && slices.EqualFunc(l.Undertakings, m.Undertakings, Undertaking.Equal)
}

// source returns the index of the cap whose amount cap k has: the cap it
// refers to ([Cap.Refers]) when that is held, k itself otherwise.
func (l *Liability) source(k int) int {
	if r := l.Caps[k].Refers; r != "" {
		for j := range l.Caps {
			if j != k && l.Caps[j].Clause == r {
				return j
			}
		}
	}
	return k
}
