package agreement

import (
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// AdvanceNotice is a period one party must give the other before an act,
// such as the notice before an inspection. The zero AdvanceNotice is
// [obligation.Absent].
type AdvanceNotice struct {
	obligation.Provision
	// Period is the notice, counted back from the act in clear days
	// ([obligation.Calendar.LatestBefore]); an unquantified kind such as
	// [obligation.InTime] for "i tide".
	Period obligation.Period `json:"period,omitzero"`
	// Usual reports that the text states the period as the norm rather
	// than a strict minimum ("vanligvis minst 30 dagers varsel", "bør gis
	// minst 14 dagers varsel").
	Usual bool `json:"usual,omitzero"`
	// Unless are the facts, any one of them, under which no such notice
	// is owed (Stimma 13.3: «om inte annat krävs på grund av misstänkt
	// personuppgiftsincident eller annan brådskande omständighet»,
	// [obligation.BreachSuspected] and [obligation.Urgent]).
	Unless obligation.Fact `json:"unless,omitzero"`
}

// AuditLimit is how often the controller may audit, as a typed limit the
// agenda applies to an audit request ([obligation.Limit]): a number per
// calendar year or per year (Nortelecom 9.7: «en gang per kalenderår»),
// the facts that lift it (Sporløs 9: «eller ved mistanke om brudd»), or a
// standard without a number ("at reasonable intervals", "regularly").
type AuditLimit struct {
	obligation.Provision
	obligation.Limit
}

// ThirdPartyAudit is whether an auditor other than the controller may
// audit, and on what condition.
type ThirdPartyAudit struct {
	obligation.Provision
	// Allowed reports that a third party the controller appoints may
	// carry out the audit or inspection.
	Allowed bool `json:"allowed,omitzero"`
	// Required reports that the audit must be carried out by an
	// independent third party (MailMojo 2.6).
	Required bool `json:"required,omitzero"`
	// ConfidentialityAgreement reports that the third party must sign a
	// written confidentiality agreement, and ApprovedByProcessor that the
	// processor must approve it before the audit (Nortelecom 9.7).
	ConfidentialityAgreement bool `json:"confidentialityAgreement,omitzero"`
	ApprovedByProcessor      bool `json:"approvedByProcessor,omitzero"`
}

// AuditReports is whether a recent independent audit report replaces an
// audit of the areas it covers.
type AuditReports struct {
	obligation.Provision
	// Standards lists the kinds of report accepted, as the text names
	// them ("SSAE 16 / ISAE 3402 Type 2", "ISO", "NIST", "PCI DSS",
	// "HIPAA").
	Standards []string `json:"standards,omitzero"`
	// MaxAge is how recent the report must be ("innen de siste tolv (12)
	// månedene").
	MaxAge obligation.Period `json:"maxAge,omitzero"`
	// InsteadOfAudit reports that the controller accepts the report in
	// place of an audit of the areas it covers.
	InsteadOfAudit bool `json:"insteadOfAudit,omitzero"`
	// WrittenAnswers reports that the processor may also meet the audit
	// duty by answering the controller's written questions (Stimma 13.5
	// c: «svar på skriftliga frågor från den Personuppgiftsansvarige»).
	WrittenAnswers bool `json:"writtenAnswers,omitzero"`
}

// AuditCost is who pays for an audit.
type AuditCost struct {
	obligation.Provision
	// Cost is the cost rule the clause sets.
	Cost obligation.Cost `json:"cost,omitzero"`
}

// AuditScope is what an audit covers and how its scope is set, where the
// text limits them: what it excludes (trade secrets, code, processes),
// whether scope, timing and duration must be agreed in advance, and
// whether the controller must first sign the processor's confidentiality
// agreement. The zero AuditScope means the text sets no such limit.
type AuditScope struct {
	obligation.Provision
	// Excludes lists what the audit does not cover, in the text's words.
	Excludes []string `json:"excludes,omitzero"`
	// Agreed reports that the scope, timing and duration are agreed by
	// the parties in advance.
	Agreed bool `json:"agreed,omitzero"`
	// ConfidentialityAgreement reports that the controller itself must
	// sign the processor's confidentiality agreement before the audit.
	ConfidentialityAgreement bool `json:"confidentialityAgreement,omitzero"`
}

// Audit is an agreement's audit and inspection terms (GDPR Art. 28(3)(h)).
// The embedded Provision is the controller's right to audit or inspect;
// each part carries its own clause. The zero Audit means the agreement
// says nothing about audits.
type Audit struct {
	obligation.Provision
	// Discretionary reports that the text only undertakes to look
	// favourably on a request to audit or inspect ("vil disse krav blir
	// imøtekommet positivt") rather than grant a right: the processor
	// owes no audit at a set time, and whether it allows one is its
	// call.
	Discretionary bool `json:"discretionary,omitzero"`
	// Auditor is who carries out the audit as the text states it: the
	// controller or an auditor it mandates (the law's words, Art.
	// 28(3)(h)), an independent auditor, an auditor the processor appoints
	// or must approve, or one the parties agree on. Zero when the text
	// does not say.
	Auditor Auditor `json:"auditor,omitzero"`
	// Information is the processor's duty to make available the
	// information that shows compliance (documents, reports).
	Information obligation.Provision `json:"information,omitzero"`
	// Inspection is the notice the controller gives before an audit or
	// inspection; Documents the notice before document access.
	Inspection AdvanceNotice `json:"inspection,omitzero"`
	Documents  AdvanceNotice `json:"documents,omitzero"`
	// Plan is how long before the audit the controller must send a
	// detailed plan (Nortelecom 9.8: 4 weeks).
	Plan AdvanceNotice `json:"plan,omitzero"`
	// Limit caps how often, ThirdParty says who may audit, and Reports
	// whether a recent report replaces an audit.
	Limit      AuditLimit      `json:"limit,omitzero"`
	ThirdParty ThirdPartyAudit `json:"thirdParty,omitzero"`
	Reports    AuditReports    `json:"reports,omitzero"`
	// BusinessHours is stated when the audit must take place within
	// normal business hours (Nortelecom 9.10).
	BusinessHours obligation.Provision `json:"businessHours,omitzero"`
	// Cost is who pays for an audit.
	Cost AuditCost `json:"cost,omitzero"`
	// Scope is what the audit covers and how its scope is set, where the
	// text limits them.
	Scope AuditScope `json:"scope,omitzero"`
}

// EndOfProcessing is what happens to the data when the agreement ends:
// export, return, deletion of the data and of backups, and the
// confirmation, possibly in stages. Each step is a rule saying which event
// it follows (the termination notice, the end of the agreement, the last
// use, a request, the confirmed return), within what period, at whose
// cost and under which clause. The zero EndOfProcessing means the
// agreement says nothing about it.
type EndOfProcessing struct {
	obligation.Provision
	// Steps are the rules of the end, in the text's order.
	Steps []obligation.Rule `json:"steps,omitzero"`
	// MayAnonymise is the processor's permission to anonymise the data
	// rather than delete it, with the controller's prior express approval
	// (Cradl 15: «The Data Processor may, subject to prior express
	// approval of the Data Controller, anonymize all Personal Data»);
	// zero when the text gives none. Anonymised data are no longer
	// personal data; the approval is the controller's to give.
	MayAnonymise obligation.Provision `json:"mayAnonymise,omitzero"`
}

// RequestTerm is what the processor must do when a request of one kind
// reaches it.
type RequestTerm struct {
	obligation.Provision
	// Notify is how soon the processor must tell the controller ("så
	// snart som mulig", "umiddelbart"); zero when the text sets no such
	// duty.
	Notify obligation.Period `json:"notify,omitzero"`
	// ApprovalBeforeAnswer reports that the processor may not answer
	// without the controller's written prior approval, unless the law
	// requires an answer (Nortelecom 4.6).
	ApprovalBeforeAnswer bool `json:"approvalBeforeAnswer,omitzero"`
	// Assist reports that the processor must help the controller answer,
	// within AssistWithin when the text gives a time, at Cost.
	Assist       bool              `json:"assist,omitzero"`
	AssistWithin obligation.Period `json:"assistWithin,omitzero"`
	Cost         obligation.Cost   `json:"cost,omitzero"`
	// AssistIf is when the help is owed, where the text lets the
	// processor refuse it otherwise: "may also refuse, unless the Data
	// Processor's assistance is necessary" is When
	// [obligation.AssistanceNecessary]. The zero Condition: always owed.
	AssistIf obligation.Condition `json:"assistIf,omitzero"`
}

// Requests are the processor's duties when a data subject, an authority or
// a third party asks it about the processing.
type Requests struct {
	// DataSubjects covers requests from data subjects (and, where the
	// text joins them, third parties); Authorities requests and decisions
	// of public authorities.
	DataSubjects RequestTerm `json:"dataSubjects,omitzero"`
	Authorities  RequestTerm `json:"authorities,omitzero"`
}

// InfringingInstruction is the processor's duty to say when an instruction
// appears to infringe the law (GDPR Art. 28(3) second subparagraph).
type InfringingInstruction struct {
	obligation.Provision
	// Notify is how soon ("omgående": [obligation.Immediately]); zero
	// when the text gives no time.
	Notify obligation.Period `json:"notify,omitzero"`
	// MayRefuse reports that the processor may refuse to carry out such
	// an instruction (We Are Media).
	MayRefuse bool `json:"mayRefuse,omitzero"`
}

// Instructions are the terms on the controller's instructions, including
// the duty to say when an instruction appears to infringe the law.
type Instructions struct {
	obligation.Provision
	// Documented reports that the processor acts only on documented
	// (written) instructions (Art. 28(3)(a)).
	Documented bool `json:"documented,omitzero"`
	// Channels are the ways instructions may be given, in the text's
	// order (Stimma 6.2: «skriftligen och signeras av behörig företrädare»,
	// «även … via e-post från behörig person»: Written and Email); empty
	// when the text does not say.
	Channels []obligation.Channel `json:"channels,omitzero"`
	// Infringing is the duty to flag an instruction that appears to
	// infringe the law.
	Infringing InfringingInstruction `json:"infringing,omitzero"`
}

// Confidentiality is the duty of confidentiality and whether it survives
// the agreement.
type Confidentiality struct {
	obligation.Provision
	// Staff reports that everyone processing the data is bound by
	// confidentiality (Art. 28(3)(b)); SignedDeclarations that they sign a
	// confidentiality declaration.
	Staff              bool `json:"staff,omitzero"`
	SignedDeclarations bool `json:"signedDeclarations,omitzero"`
	// Survives is stated where the text says the duty continues after
	// the agreement ends.
	Survives obligation.Provision `json:"survives,omitzero"`
}

// Support is the service agreement's support response time.
type Support struct {
	obligation.Provision
	// Response is the response time, counted on working days within
	// Hours ([obligation.Calendar.ResponseDeadline]).
	Response obligation.Period        `json:"response,omitzero"`
	Hours    obligation.BusinessHours `json:"hours,omitzero"`
	// Normal reports that the time is what is normally achieved, not a
	// guarantee ("Responstid vil normalt være …").
	Normal bool `json:"normal,omitzero"`
}

// Delivery are the service agreement's delivery and support terms where
// the agreement has them.
type Delivery struct {
	obligation.Provision
	// Within is the delivery time counted from the order ("uten unødig
	// opphold og senest 7 dager etter bestillingen").
	Within obligation.Period `json:"within,omitzero"`
	// NotifyDelivered reports that the controller is told when the
	// service is delivered.
	NotifyDelivered bool `json:"notifyDelivered,omitzero"`
	// Support is the support response time.
	Support Support `json:"support,omitzero"`
}

// checkTime adds the problems of a's time terms to l. Agreement.Validate
// calls it.
func (a Agreement) checkTime(l *valid.List) {
	au := a.Audit
	checkProvision(l, "audit", au.Provision)
	checkProvision(l, "audit.information", au.Information)
	for _, n := range []struct {
		path string
		v    AdvanceNotice
	}{{"audit.inspection", au.Inspection}, {"audit.documents", au.Documents}, {"audit.plan", au.Plan}} {
		checkProvision(l, n.path, n.v.Provision)
		checkPeriod(l, n.path+".period", n.v.Period)
		if _, err := n.v.Unless.MarshalText(); err != nil {
			l.Add(n.path+".unless", err.Error())
		}
	}
	checkProvision(l, "audit.limit", au.Limit.Provision)
	if err := au.Limit.Limit.Validate(); err != nil {
		l.Add("audit.limit", err.Error())
	}
	checkProvision(l, "audit.thirdParty", au.ThirdParty.Provision)
	checkProvision(l, "audit.reports", au.Reports.Provision)
	checkPeriod(l, "audit.reports.maxAge", au.Reports.MaxAge)
	checkProvision(l, "audit.businessHours", au.BusinessHours)
	checkProvision(l, "audit.cost", au.Cost.Provision)
	checkProvision(l, "audit.scope", au.Scope.Provision)
	if _, err := au.Cost.Cost.Kind.MarshalText(); err != nil {
		l.Add("audit.cost.cost.kind", err.Error())
	}

	a.Retention.check(l)
	checkProvision(l, "end", a.End.Provision)
	checkProvision(l, "end.mayAnonymise", a.End.MayAnonymise)
	for i, r := range a.End.Steps {
		if err := r.Validate(); err != nil {
			l.Add(valid.Index("end.steps", i), err.Error())
		}
	}
	for _, r := range []struct {
		path string
		v    RequestTerm
	}{{"requests.dataSubjects", a.Requests.DataSubjects}, {"requests.authorities", a.Requests.Authorities}} {
		checkProvision(l, r.path, r.v.Provision)
		checkPeriod(l, r.path+".notify", r.v.Notify)
		checkPeriod(l, r.path+".assistWithin", r.v.AssistWithin)
		if err := r.v.AssistIf.Validate(); err != nil {
			l.Add(r.path+".assistIf", err.Error())
		}
		if !r.v.Cost.Rate.IsValid() {
			l.Add(r.path+".cost.rate", "an amount without a currency")
		}
	}
	checkProvision(l, "instructions", a.Instructions.Provision)
	checkProvision(l, "instructions.infringing", a.Instructions.Infringing.Provision)
	checkPeriod(l, "instructions.infringing.notify", a.Instructions.Infringing.Notify)
	checkProvision(l, "confidentiality", a.Confidentiality.Provision)
	checkProvision(l, "confidentiality.survives", a.Confidentiality.Survives)
	checkProvision(l, "delivery", a.Delivery.Provision)
	checkPeriod(l, "delivery.within", a.Delivery.Within)
	checkProvision(l, "delivery.support", a.Delivery.Support.Provision)
	checkPeriod(l, "delivery.support.response", a.Delivery.Support.Response)
	if err := a.Delivery.Support.Hours.Validate(); err != nil {
		l.Add("delivery.support.hours", err.Error())
	}
}

// Auditor is who carries out an audit or inspection as the agreement
// states it. GDPR Art. 28(3)(h) gives audits "conducted by the controller
// or another auditor mandated by the controller"; the other values narrow
// that choice. The zero Auditor means the text does not say.
type Auditor uint8

const (
	// ControllerOrMandated: the controller or an auditor it mandates
	// ("den behandlingsansvarlige eller en annen revisor på fullmakt fra
	// den behandlingsansvarlige"), the law's words.
	ControllerOrMandated Auditor = iota + 1
	// IndependentAuditor: an independent auditor or third party
	// ("uavhengig tredjepart").
	IndependentAuditor
	// ProcessorAppointed: an auditor the processor appoints.
	ProcessorAppointed
	// ProcessorApproved: an auditor the controller chooses but the
	// processor must approve.
	ProcessorApproved
	// AgreedAuditor: an auditor both parties agree on.
	AgreedAuditor
)

var auditorLabels = []label{{},
	{"controller-or-mandated", "den behandlingsansvarlige eller en revisor den gir fullmakt", "the controller or an auditor it mandates"},
	{"independent", "en uavhengig revisor", "an independent auditor"},
	{"processor-appointed", "en revisor databehandleren utpeker", "an auditor the processor appoints"},
	{"processor-approved", "en revisor databehandleren må godkjenne", "an auditor the processor must approve"},
	{"agreed", "en revisor partene blir enige om", "an auditor both parties agree on"},
}

// String returns the identifier, such as "controller-or-mandated".
func (w Auditor) String() string { return enumString(w, auditorLabels, "Auditor") }

// Label returns the name in Norwegian Bokmål or English.
func (w Auditor) Label(tag language.Tag) string { return enumLabel(w, auditorLabels, tag, "Auditor") }

// MarshalText encodes the identifier.
func (w Auditor) MarshalText() ([]byte, error) { return enumMarshal(w, auditorLabels, "auditor") }

// UnmarshalText accepts exactly the identifiers String returns.
func (w *Auditor) UnmarshalText(b []byte) error { return enumUnmarshal(w, b, auditorLabels, "auditor") }

// ByProcessor reports whether the processor appoints the auditor or must
// approve it, which takes from the controller the choice Art. 28(3)(h)
// gives it.
func (w Auditor) ByProcessor() bool { return w == ProcessorAppointed || w == ProcessorApproved }
