package breach

import (
	"github.com/personvern/dpa/obligation"
)

// Terms are an agreement's breach notification terms: what counts as a
// breach, by when and how the processor must notify the controller, what
// the notice must contain, who reports to the authority, and what
// assistance is owed. Terms are a plain value; pass them by value.
//
// Every part embeds an [obligation.Provision] saying whether the agreement
// addresses it and in which clause. The zero Terms is an agreement silent on
// breaches, under which only the law applies: notice to the controller
// without undue delay after becoming aware (GDPR Art. 33(2)) with the
// contents of Art. 33(3).
type Terms struct {
	// Provision cites the breach clause as a whole.
	obligation.Provision
	// Scope is what the agreement treats as a breach ("avvik").
	Scope Scope `json:"scope,omitzero"`
	// Deadline is the processor's deadline to notify the controller.
	Deadline Deadline `json:"deadline,omitzero"`
	// Channel is how and to whom the notice goes.
	Channel Channel `json:"channel,omitzero"`
	// Contents is what the notice must contain beyond the law.
	Contents Contents `json:"contents,omitzero"`
	// Reporting is who reports to the authority and to data subjects.
	Reporting Reporting `json:"reporting,omitzero"`
	// Mutual records a duty on each party to notify the other (Nortelecom
	// 10.5, We4you).
	Mutual obligation.Provision `json:"mutual,omitzero"`
	// Phased records whether the agreement allows a notice in phases; the
	// law allows it in any case (Art. 33(4)).
	Phased obligation.Provision `json:"phased,omitzero"`
	// Mitigation is the processor's duty to limit the consequences and
	// prevent a recurrence (Nortelecom 10.3).
	Mitigation Commitment `json:"mitigation,omitzero"`
	// Assistance is the processor's duty to help the controller with Arts.
	// 33 and 34 (Art. 28(3)(f); Nortelecom 10.6, on request).
	Assistance Commitment `json:"assistance,omitzero"`
}

// Scope is what an agreement treats as a breach. The seeds' "avvik" is
// often wider than a personal data breach under Art. 4(12): any use of the
// systems or the data against the agreed routines, the controller's
// instructions or the law.
type Scope struct {
	obligation.Provision
	// Wide reports that deviations that are not personal data breaches
	// must also be notified (see [Deviation]).
	Wide bool `json:"wide,omitzero"`
	// Text keeps the agreement's words.
	Text string `json:"text,omitzero"`
}

// Deadline is the processor's deadline to notify the controller.
type Deadline struct {
	obligation.Provision
	// Period is the time allowed: hours, or an unquantified kind with an
	// optional bound, such as without undue delay and at the latest 24
	// hours. The zero Period means the agreement states none and the law's
	// "without undue delay" applies (Art. 33(2)).
	Period obligation.Period `json:"period,omitzero"`
	// BoundWherePossible reports that the bound applies only "where
	// possible" (Nortelecom 10.1, "Hvis det er mulig"), so a notice after
	// it is late unless it could not be given sooner.
	BoundWherePossible bool `json:"boundWherePossible,omitzero"`
	// Clock is what starts the period; zero is [Awareness].
	Clock Trigger `json:"clock,omitzero"`
	// Bound is a limit the text states by reference to the law («the
	// statutory maximum for notification», Aptible 3.6), which
	// [Terms.Assess] resolves from the rule in force.
	Bound StatutoryBound `json:"bound,omitzero"`
	// Text keeps the agreement's words, such as "umiddelbart og uten
	// unødig opphold".
	Text string `json:"text,omitzero"`
}

// Channel is how and to whom the processor's notice goes.
type Channel struct {
	obligation.Provision
	// Medium is how the notice is sent; Recipient to whom.
	Medium    Medium    `json:"medium,omitzero"`
	Recipient Recipient `json:"recipient,omitzero"`
	// Text keeps the agreement's words.
	Text string `json:"text,omitzero"`
}

// Contents is the agreement's own list of what a notice must contain. The
// law's minimum (Art. 33(3)) applies in addition; see [LawRequirements].
type Contents struct {
	obligation.Provision
	// Required lists the agreement's requirements in its own order.
	Required []Requirement `json:"required,omitzero"`
}

// Items returns every item the agreement's list asks for.
func (c Contents) Items() Items {
	var s Items
	for _, r := range c.Required {
		s |= r.Items
	}
	return s & allItems
}

// Reporting says who reports the breach onwards.
type Reporting struct {
	obligation.Provision
	// Authority is the party that notifies Datatilsynet; in all five seeds
	// the controller. Zero means the agreement does not say; the law
	// puts it on the controller (Art. 33(1)).
	Authority obligation.Party `json:"authority,omitzero"`
	// Subjects is the party that tells the data subjects (Art. 34); zero
	// means not stated (the law: the controller).
	Subjects obligation.Party `json:"subjects,omitzero"`
	// ProcessorMayReport says whether the processor may report the breach
	// to the authority itself; Nortelecom 10.1 forbids it.
	ProcessorMayReport Permission `json:"processorMayReport,omitzero"`
	// Text keeps the agreement's words.
	Text string `json:"text,omitzero"`
}

// Commitment is a further duty of the processor that the breach clause states,
// with its period where it has one.
type Commitment struct {
	obligation.Provision
	Period obligation.Period `json:"period,omitzero"`
	// OnRequest reports that the duty arises only when the controller
	// asks (Nortelecom 10.6, "hvis den behandlingsansvarlige ber om det").
	OnRequest bool `json:"onRequest,omitzero"`
	// Text keeps the agreement's words.
	Text string `json:"text,omitzero"`
}

// Equal reports whether t and u are the same terms. Terms hold a slice, so
// == does not compile; Equal lets go-cmp compare them without options.
func (t Terms) Equal(u Terms) bool {
	if t.Provision != u.Provision || t.Scope != u.Scope || t.Deadline != u.Deadline ||
		t.Channel != u.Channel || t.Contents.Provision != u.Contents.Provision ||
		t.Reporting != u.Reporting || t.Mutual != u.Mutual || t.Phased != u.Phased ||
		t.Mitigation != u.Mitigation || t.Assistance != u.Assistance ||
		len(t.Contents.Required) != len(u.Contents.Required) {
		return false
	}
	for i, r := range t.Contents.Required {
		if r != u.Contents.Required[i] {
			return false
		}
	}
	return true
}
