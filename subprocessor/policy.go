package subprocessor

import (
	"slices"

	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// Policy is an agreement's rules for engaging and changing subprocessors
// and for transfers out of the EEA. Every term embeds an
// [obligation.Provision], so it says whether the agreement addresses it and
// where; the zero Policy is an agreement silent on all of them.
//
// Pass it by value. [Policy.Assess] evaluates a change under it.
type Policy struct {
	// Authorisation is the kind of prior written authorisation (Art. 28(2)).
	Authorisation AuthorisationTerm `json:"authorisation,omitzero"`
	// Announcement is how changes are announced.
	Announcement Announcement `json:"announcement,omitzero"`
	// Notice is how long before a new subprocessor starts the controller
	// must be told.
	Notice Notice `json:"notice,omitzero"`
	// Objection is the controller's right to object.
	Objection Objection `json:"objection,omitzero"`
	// Remedy is what an objection leads to.
	Remedy Remedy `json:"remedy,omitzero"`
	// Refund is what a controller who terminates over a change gets back.
	Refund Refund `json:"refund,omitzero"`
	// Silence says whether a controller who does not object (or does not
	// terminate) is deemed to accept.
	Silence Silence `json:"silence,omitzero"`
	// Liability is the processor's liability for its subprocessors
	// (Art. 28(4) second sentence).
	Liability obligation.Provision `json:"liability,omitzero"`
	// FlowDown is the duty to bind subprocessors to the same obligations
	// (Art. 28(4) first sentence).
	FlowDown obligation.Provision `json:"flowDown,omitzero"`
	// Transfers are the agreement's terms on transfers out of the EEA.
	Transfers Transfers `json:"transfers,omitzero"`
}

// AuthorisationTerm is the authorisation the agreement gives.
type AuthorisationTerm struct {
	obligation.Provision
	// Kind is whether the controller's prior written authorisation of
	// subprocessors (GDPR Art. 28(2)) is specific, for each subprocessor,
	// or general; zero where the agreement does not say.
	Kind Authorisation `json:"kind,omitzero"`
}

// Announcement is how the processor announces a change.
type Announcement struct {
	obligation.Provision
	// Channels are the ways the text names, in its order.
	Channels []Channel `json:"channels,omitzero"`
	// ItemClauses are the clauses the channels are read from, by
	// position, where not the announcement's own clause.
	ItemClauses obligation.ItemClauses `json:"itemClauses,omitzero"`
}

// Notice is the notice period before a new subprocessor starts. A zero
// Period with a stated provision means the agreement requires notice but
// sets no period ("no period stated"), which is not a period of zero.
type Notice struct {
	obligation.Provision
	Period obligation.Period `json:"period,omitzero"`
}

// Objection is the controller's right to object to a change. A provision
// with status [obligation.StatedNone] says there is no such right; the zero
// value is silence.
type Objection struct {
	obligation.Provision
	// Period is the objection window; zero when the text sets none.
	Period obligation.Period `json:"period,omitzero"`
	// Anchor is the event the window runs from.
	Anchor Anchor `json:"anchor,omitzero"`
	// Justified reports that an objection needs justified grounds
	// ("saklig begrunnet").
	Justified bool `json:"justified,omitzero"`
	// Written reports that the objection must be in writing.
	Written bool `json:"written,omitzero"`
}

// Remedy is what an objection leads to.
type Remedy struct {
	obligation.Provision
	// Effect is what the objection does.
	Effect Effect `json:"effect,omitzero"`
	// Options are the processor's choices, for [ProcessorChooses].
	Options []Option `json:"options,omitzero"`
	// Scope is what the controller may terminate.
	Scope Scope `json:"scope,omitzero"`
	// Termination is the notice the controller's termination takes:
	// immediately, or a period such as 3 months; zero when not stated.
	Termination obligation.Period `json:"termination,omitzero"`
	// Condition restates, in a few English words, when the controller may
	// terminate ("if the processor does not follow the objection").
	Condition string `json:"condition,omitzero"`
	// WithoutPenalty reports that the controller may terminate without a
	// penalty or termination fee ("without penalty").
	WithoutPenalty bool `json:"withoutPenalty,omitzero"`
}

// Refund is what a controller who terminates over a change gets back.
type Refund struct {
	obligation.Provision
	Kind RefundKind `json:"kind,omitzero"`
}

// Silence says whether a controller's silence counts as acceptance.
type Silence struct {
	obligation.Provision
	// Accepts reports that a controller who does not object, or does not
	// terminate, is deemed to accept the new subprocessor.
	Accepts bool `json:"accepts,omitzero"`
}

// Transfers is what the agreement says about transfers out of the EEA.
type Transfers struct {
	obligation.Provision
	// Locations are the places outside the EEA the agreement allows or
	// says it uses, as the text gives them.
	Locations []Location `json:"locations,omitzero"`
	// Access lists places outside the EEA from which the processor's or
	// subprocessors' staff reach the data (Assistert Selvhjelp's
	// developers outside the EU).
	Access []Location `json:"access,omitzero"`
	// Mechanisms are the bases the agreement names by name only, in its
	// order.
	Mechanisms []Mechanism `json:"mechanisms,omitzero"`
	// Bases are the bases the agreement names with their particulars (a
	// module, the law of the clauses, an exporter side, a place), in its
	// order. A basis named only by name may be in Mechanisms or here.
	// A term that merely permits standard clauses (MaySignSCC) is not a
	// basis. Contractual clauses or a UK instrument named here or in
	// Mechanisms without their particulars (no module, docking clause,
	// law, courts or signing date) are judged [Unsettled]: the terms name
	// them, but nothing shows they were concluded for the recipient.
	Bases []Basis `json:"bases,omitzero"`
	// Undertaking reports that the processor undertakes to comply with
	// GDPR Chapter V for any transfer. Without a basis named, it makes the
	// verdict "undetermined: no basis named".
	Undertaking bool `json:"undertaking,omitzero"`
	// Assessment is the transfer impact assessment the terms state.
	Assessment ImpactAssessment `json:"assessment,omitzero"`
	// Measures are the supplementary measures the terms state.
	Measures []Measure `json:"measures,omitzero"`
	// AccessIsTransfer reports that the agreement treats access from a
	// third country as a transfer (MailMojo 2.8). The law does too, so
	// this only records that the text says so.
	AccessIsTransfer bool `json:"accessIsTransfer,omitzero"`
	// MaySignSCC reports that the controller authorises the processor to
	// conclude standard contractual clauses on its behalf (MailMojo 2.8).
	MaySignSCC bool `json:"maySignSCC,omitzero"`
	// Replace is how soon the processor must adopt another mechanism when
	// a competent authority finds the one relied on invalid (Aptible 6.2:
	// «Aptible shall, as soon as possible, adopt an appropriate
	// alternative transfer mechanism»); zero when the text says nothing.
	Replace obligation.Period `json:"replace,omitzero"`
}

// Validate reports every problem in p at once, as a *[ValidationError].
func (p Policy) Validate() error {
	var l valid.List
	p.check("", &l)
	return l.Err()
}

func checkProvision(path string, pr obligation.Provision, l *valid.List) {
	pr.Check(func(field, msg string) { l.Add(valid.Join(path, field), msg) })
}

func checkPeriod(path string, p obligation.Period, l *valid.List) {
	if err := p.Validate(); err != nil {
		l.Add(path, err.Error())
	}
}

func (p Policy) check(path string, l *valid.List) {
	a := valid.Join(path, "authorisation")
	checkProvision(a, p.Authorisation.Provision, l)
	if p.Authorisation.Kind != 0 && !authorisationEnum.Valid(uint8(p.Authorisation.Kind)) {
		l.Addf(valid.Join(a, "kind"), "invalid authorisation %d", p.Authorisation.Kind)
	}
	a = valid.Join(path, "announcement")
	checkProvision(a, p.Announcement.Provision, l)
	for i, c := range p.Announcement.Channels {
		if !c.IsValid() {
			l.Addf(valid.Index(valid.Join(a, "channels"), i), "invalid channel %d", c)
		}
	}
	if err := p.Announcement.ItemClauses.Check(len(p.Announcement.Channels)); err != nil {
		l.Add(valid.Join(a, "itemClauses"), err.Error())
	}
	a = valid.Join(path, "notice")
	checkProvision(a, p.Notice.Provision, l)
	checkPeriod(valid.Join(a, "period"), p.Notice.Period, l)
	a = valid.Join(path, "objection")
	checkProvision(a, p.Objection.Provision, l)
	checkPeriod(valid.Join(a, "period"), p.Objection.Period, l)
	if an := p.Objection.Anchor; an != 0 && an != FromNotice && an != FromStart {
		l.Addf(valid.Join(a, "anchor"), "invalid anchor %d", p.Objection.Anchor)
	}
	if p.Objection.Status == obligation.StatedNone && (!p.Objection.Period.IsZero() || p.Objection.Justified) {
		l.Add(a, "no objection right is stated, yet a window or grounds are given")
	}
	a = valid.Join(path, "remedy")
	checkProvision(a, p.Remedy.Provision, l)
	if p.Remedy.Effect != 0 && !effectEnum.Valid(uint8(p.Remedy.Effect)) {
		l.Addf(valid.Join(a, "effect"), "invalid effect %d", p.Remedy.Effect)
	}
	for i, o := range p.Remedy.Options {
		if !optionEnum.Valid(uint8(o)) {
			l.Addf(valid.Index(valid.Join(a, "options"), i), "invalid option %d", o)
		}
	}
	if len(p.Remedy.Options) > 0 && p.Remedy.Effect != ProcessorChooses {
		l.Add(valid.Join(a, "options"), "options are given but the processor does not choose")
	}
	if p.Remedy.Scope != 0 && !scopeEnum.Valid(uint8(p.Remedy.Scope)) {
		l.Addf(valid.Join(a, "scope"), "invalid scope %d", p.Remedy.Scope)
	}
	checkPeriod(valid.Join(a, "termination"), p.Remedy.Termination, l)
	a = valid.Join(path, "refund")
	checkProvision(a, p.Refund.Provision, l)
	if p.Refund.Kind != 0 && !p.Refund.Kind.IsValid() {
		l.Addf(valid.Join(a, "kind"), "invalid refund kind %d", p.Refund.Kind)
	}
	checkProvision(valid.Join(path, "silence"), p.Silence.Provision, l)
	checkProvision(valid.Join(path, "liability"), p.Liability, l)
	checkProvision(valid.Join(path, "flowDown"), p.FlowDown, l)
	a = valid.Join(path, "transfers")
	checkProvision(a, p.Transfers.Provision, l)
	checkPeriod(valid.Join(a, "replace"), p.Transfers.Replace, l)
	for i, loc := range p.Transfers.Locations {
		if err := loc.Validate(); err != nil {
			l.Add(valid.Index(valid.Join(a, "locations"), i), err.Error())
		}
	}
	for i, loc := range p.Transfers.Access {
		if err := loc.Validate(); err != nil {
			l.Add(valid.Index(valid.Join(a, "access"), i), err.Error())
		}
	}
	for i, m := range p.Transfers.Mechanisms {
		if !mechanismEnum.Valid(uint8(m)) {
			l.Addf(valid.Index(valid.Join(a, "mechanisms"), i), "invalid mechanism %d", m)
		}
	}
	for i, b := range p.Transfers.Bases {
		b.check(valid.Index(valid.Join(a, "bases"), i), l)
	}
	p.Transfers.Assessment.check(valid.Join(a, "assessment"), l)
	for i, m := range p.Transfers.Measures {
		if !measureEnum.Valid(uint8(m)) {
			l.Addf(valid.Index(valid.Join(a, "measures"), i), "invalid measure %d", m)
		}
	}
}

// DecodePolicy decodes a policy from JSON strictly (unknown fields and
// unknown enumeration names are errors, as a *strictjson.PathError naming
// the JSON path) and validates it.
func DecodePolicy(data []byte) (Policy, error) {
	var p Policy
	if err := strictjson.Decode(data, &p); err != nil {
		return Policy{}, err
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// Equal reports whether p and q hold the same terms.
func (p Policy) Equal(q Policy) bool {
	return p.Authorisation == q.Authorisation &&
		p.Announcement.Provision == q.Announcement.Provision && slices.Equal(p.Announcement.Channels, q.Announcement.Channels) &&
		slices.Equal(p.Announcement.ItemClauses, q.Announcement.ItemClauses) &&
		p.Notice == q.Notice && p.Objection == q.Objection &&
		p.Remedy.Provision == q.Remedy.Provision && p.Remedy.Effect == q.Remedy.Effect &&
		slices.Equal(p.Remedy.Options, q.Remedy.Options) && p.Remedy.Scope == q.Remedy.Scope &&
		p.Remedy.Termination == q.Remedy.Termination && p.Remedy.Condition == q.Remedy.Condition && p.Remedy.WithoutPenalty == q.Remedy.WithoutPenalty &&
		p.Refund == q.Refund && p.Silence == q.Silence && p.Liability == q.Liability && p.FlowDown == q.FlowDown &&
		p.Transfers.Provision == q.Transfers.Provision && slices.Equal(p.Transfers.Locations, q.Transfers.Locations) &&
		slices.Equal(p.Transfers.Access, q.Transfers.Access) && slices.Equal(p.Transfers.Mechanisms, q.Transfers.Mechanisms) &&
		slices.Equal(p.Transfers.Bases, q.Transfers.Bases) && p.Transfers.Undertaking == q.Transfers.Undertaking &&
		p.Transfers.Assessment == q.Transfers.Assessment && slices.Equal(p.Transfers.Measures, q.Transfers.Measures) &&
		p.Transfers.AccessIsTransfer == q.Transfers.AccessIsTransfer && p.Transfers.MaySignSCC == q.Transfers.MaySignSCC
}
