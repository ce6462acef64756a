package agreement

import (
	"slices"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// DutyKind is an obligation or a right of the controller that an agreement
// sets out, as GDPR Art. 28(3) first sentence asks ("the obligations and
// rights of the controller"). The rights include those of Clause 10 of the
// 2021/915 standard clauses: to suspend the processing and to terminate for
// the processor's non-compliance. The zero DutyKind is unspecified.
type DutyKind uint8

// The controller's obligations, then its rights.
const (
	// LawfulProcessing: the controller answers for the processing being
	// lawful, with a legal basis ("har tilstrekkelig hjemmelsgrunnlag",
	// "er ansvarlig for at personopplysningene behandles i samsvar med
	// kravene").
	LawfulProcessing DutyKind = iota + 1
	// GiveInstructions: the controller gives the processor (written,
	// documented) instructions.
	GiveInstructions
	// InformDataSubjects: the controller informs the data subjects of the
	// processing.
	InformDataSubjects
	// DataAccuracy: the controller answers for the data being accurate.
	DataAccuracy
	// AnswerRequests: the controller answers data subjects' requests.
	AnswerRequests
	// ReportBreaches: the controller notifies breaches to the supervisory
	// authority and, where required, the data subjects.
	ReportBreaches
	// OwnSecurity: the controller takes security measures of its own.
	OwnSecurity
	// VerifyGuarantees: the controller ensures the processor gives
	// sufficient guarantees (Art. 28(1); Nortelecom 4.4).
	VerifyGuarantees
	// KeepOverview: the controller keeps an overview of the personal data
	// the processor processes for it.
	KeepOverview
	// OtherObligation is an obligation under none of the headings above;
	// its Text says which.
	OtherObligation
	// AccessData: the controller's right of access to the data the
	// processor holds.
	AccessData
	// OrderDeletion: the controller's right to have data deleted on its
	// instruction.
	OrderDeletion
	// SuspendProcessing: the controller's right to stop the processing
	// when the processor breaches the agreement or the law (2021/915
	// Clause 10(a)).
	SuspendProcessing
	// TerminateForBreach: the controller's right to terminate for the
	// processor's breach (2021/915 Clause 10(b)).
	TerminateForBreach
	// OtherRight is a right under none of the headings above; its Text
	// says which.
	OtherRight
)

var dutyKindLabels = []label{{},
	{"lawful-processing", "ansvar for at behandlingen er lovlig", "responsibility for lawful processing"},
	{"give-instructions", "å gi dokumenterte instrukser", "giving documented instructions"},
	{"inform-data-subjects", "å informere de registrerte", "informing the data subjects"},
	{"data-accuracy", "ansvar for at opplysningene er riktige", "responsibility for accurate data"},
	{"answer-requests", "å svare på henvendelser fra registrerte", "answering data subjects' requests"},
	{"report-breaches", "å melde avvik til tilsynsmyndigheten", "notifying breaches to the supervisory authority"},
	{"own-security", "egne sikkerhetstiltak", "security measures of its own"},
	{"verify-guarantees", "å påse at databehandleren gir tilstrekkelige garantier", "ensuring the processor gives sufficient guarantees"},
	{"keep-overview", "å holde oversikt over personopplysningene", "keeping an overview of the personal data"},
	{"other-obligation", "annen plikt", "other obligation"},
	{"access-data", "rett til tilgang til og innsyn i opplysningene", "right of access to the data"},
	{"order-deletion", "rett til å kreve sletting", "right to have data deleted"},
	{"suspend-processing", "rett til å stanse behandlingen ved brudd", "right to suspend the processing on a breach"},
	{"terminate-for-breach", "rett til å heve avtalen ved brudd", "right to terminate for breach"},
	{"other-right", "annen rettighet", "other right"},
}

// String returns the identifier, such as "suspend-processing".
func (k DutyKind) String() string { return enumString(k, dutyKindLabels, "DutyKind") }

// Label returns the name in Norwegian Bokmål or English.
func (k DutyKind) Label(tag language.Tag) string {
	return enumLabel(k, dutyKindLabels, tag, "DutyKind")
}

// MarshalText encodes the identifier; the zero or an unknown DutyKind is an
// error.
func (k DutyKind) MarshalText() ([]byte, error) { return enumMarshal(k, dutyKindLabels, "duty kind") }

// UnmarshalText accepts exactly the identifiers String returns.
func (k *DutyKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, dutyKindLabels, "duty kind")
}

// Right reports whether k is a right of the controller's rather than an
// obligation.
func (k DutyKind) Right() bool { return k >= AccessData && k <= OtherRight }

// ControllerDuty is one obligation or right of the controller's, with the
// clause that sets it.
type ControllerDuty struct {
	// Kind is which obligation or right of the controller's it is.
	Kind   DutyKind          `json:"kind"`
	Clause obligation.Clause `json:"clause,omitzero"`
	// Text is the agreement's words, shortened where long.
	Text string `json:"text,omitzero"`
	// InDocument names another document the clause leaves the matter to
	// (MailMojo 4: "gjelder de relevante bestemmelser om brudd i
	// Avtalen"), whose terms the agreement does not reproduce.
	InDocument string `json:"inDocument,omitzero"`
}

// ControllerDuties are the obligations and rights of the controller that
// an agreement sets out (GDPR Art. 28(3) first sentence), in the text's
// order. The embedded Provision is the clause that sets them out, such as
// a heading "Behandlingsansvarliges plikter"; rights stated elsewhere (to
// audit, to object to a subprocessor) are in their own terms and may be
// repeated here. The zero ControllerDuties is an agreement silent on them.
type ControllerDuties struct {
	obligation.Provision
	// Duties are the controller's obligations and rights the agreement
	// sets out, each with its clause, in the text's order.
	Duties []ControllerDuty `json:"duties,omitzero"`
	// Blank lists the clauses that introduce a list of the controller's
	// obligations and leave it empty (MailMojo 3: "Behandlingsansvarlig
	// bekrefter at Behandlingsansvarlig:" with nothing under it).
	Blank []obligation.Clause `json:"blank,omitzero"`
}

// Has reports whether the agreement sets out duty k, and the first such
// duty.
func (c ControllerDuties) Has(k DutyKind) (ControllerDuty, bool) {
	for _, d := range c.Duties {
		if d.Kind == k {
			return d, true
		}
	}
	return ControllerDuty{}, false
}

// SecurityDuty is the processor's duty to take the measures Art. 32
// requires (Art. 28(3)(c)), as the agreement states it. The measures
// themselves are in the processing description ([Processing]).
type SecurityDuty struct {
	obligation.Provision
	// Generic reports that the agreement describes the processor's
	// security only by restating Art. 32 in general words, without
	// concrete measures (We4you: "egnede tekniske og organisatoriske
	// sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig").
	Generic bool `json:"generic,omitzero"`
	// SensitiveExcluded is stated where the agreement says the service's
	// security does not cover what special categories of personal data or
	// children's data need, unless agreed separately (We Are Media,
	// "Kundens plikter" ¶4).
	SensitiveExcluded obligation.Provision `json:"sensitiveExcluded,omitzero"`
	// Changes is the processor's right to change the measures during the
	// term and its limit (Aptible 4.1).
	Changes MeasureChanges `json:"changes,omitzero"`
}

// MeasureChanges is a processor's right to change its security measures
// during the term, and the limit on it.
type MeasureChanges struct {
	obligation.Provision
	// Unilateral reports that the processor may change the measures, or
	// the document describing them, on its own («Aptible reserves the
	// right to update its Security Practices Summary from time to time in
	// its sole discretion»).
	Unilateral bool `json:"unilateral,omitzero"`
	// NoDegradation reports that no change may lower the protection
	// materially («Aptible may not materially degrade such technical and
	// organizational measures during the term of the Agreement»).
	NoDegradation bool `json:"noDegradation,omitzero"`
}

// Duties are the terms of GDPR Art. 28(3) that set out who does what and
// that the rest of [Agreement] does not hold: the controller's obligations
// and rights (first sentence) and the processor's security duty (point
// (c)). Duties is a value; its zero value is an agreement silent on both.
type Duties struct {
	// Controller holds the controller's obligations and rights (GDPR Art.
	// 28(3) first sentence).
	Controller ControllerDuties `json:"controller,omitzero"`
	// Security is the processor's duty to take the measures GDPR Art. 32
	// requires (Art. 28(3)(c)).
	Security SecurityDuty `json:"security,omitzero"`
	// Unable is the processor's notice when it finds it can no longer
	// meet its obligations (Aptible 3.9: «Promptly notify Customer upon
	// Aptible’s or its Subprocessors’ determination that it can no longer
	// meet its obligation to provide the level of protection»).
	Unable UnableToComply `json:"unable,omitzero"`
}

// UnableToComply is the processor's duty to tell the controller that it
// can no longer meet its obligations, and how soon.
type UnableToComply struct {
	obligation.Provision
	// Notify is how soon the processor must tell the controller.
	Notify obligation.Period `json:"notify,omitzero"`
}

// IsZero reports whether d is the zero Duties.
func (d Duties) IsZero() bool { return d.Equal(Duties{}) }

// Equal reports whether d and e are the same terms. A nil and an empty
// list are equal.
func (d Duties) Equal(e Duties) bool {
	c, f := d.Controller, e.Controller
	return c.Provision == f.Provision && slices.Equal(c.Duties, f.Duties) && slices.Equal(c.Blank, f.Blank) &&
		d.Security == e.Security && d.Unable == e.Unable
}
