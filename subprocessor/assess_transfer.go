package subprocessor

import (
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Status is the judgement of one named basis for one place on a day. The
// zero value is invalid.
type Status uint8

const (
	// Valid: the basis gives a lawful basis for the place on the day.
	Valid Status = iota + 1
	// Lapsed: it gave one, and no longer does from [Judged.Since] (Privacy
	// Shield after Schrems II; the 2010 clauses for a UK exporter from 21
	// March 2024).
	Lapsed
	// Insufficient: it does not give one here, though the text names it:
	// the recipient is not certified, a module that does not fit, the law
	// of the clauses outside the EU, clauses concluded too late, no
	// decision for the country, not yet in force.
	Insufficient
	// NotApplicable: it does not concern this transfer (a UK instrument
	// for an exporter in the EEA; a basis named for another exporter).
	NotApplicable
	// Unsettled: the facts given do not settle it (certification or sector
	// not stated, the signing date of old clauses not stated, a
	// country-bound basis for a place that is not one country, a basis
	// promised but not named, contractual clauses the general transfer
	// terms name only by name, with nothing to show they were concluded
	// for the recipient).
	Unsettled
)

var statusEnum = enum.Table{Prefix: "subprocessor", Type: "Status", Noun: "status", Required: true, Entries: []enum.Entry{
	notStated,
	{ID: "valid", NB: "gyldig", EN: "valid"},
	{ID: "lapsed", NB: "bortfalt", EN: "lapsed"},
	{ID: "insufficient", NB: "utilstrekkelig", EN: "insufficient"},
	{ID: "not-applicable", NB: "ikke relevant", EN: "not applicable"},
	{ID: "unsettled", NB: "ikke avklart", EN: "not settled"},
}}

// String returns the identifier: "valid", "lapsed", "insufficient",
// "not-applicable" or "unsettled".
func (s Status) String() string { return statusEnum.String(uint8(s)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Status) Label(tag language.Tag) string { return statusEnum.Label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero value is an error.
func (s Status) MarshalText() ([]byte, error) { return statusEnum.Marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (s *Status) UnmarshalText(text []byte) error { return enum.Unmarshal(&statusEnum, s, text) }

// Judged is one basis judged for one place, for one exporter side, on one
// day.
type Judged struct {
	// Basis is the basis as named.
	Basis Basis `json:"basis"`
	// Implied marks an adequacy decision that applies by itself (GDPR
	// Art. 45(1)) although the agreement does not name it; every other
	// Judged is a basis the agreement names.
	Implied bool `json:"implied,omitzero"`
	// General reports that the agreement names the basis in its general
	// transfer terms rather than for the entry.
	General bool `json:"general,omitzero"`
	// Status is the judgement.
	Status Status `json:"status"`
	// Act names the decision or instrument it rests on.
	Act string `json:"act,omitzero"`
	// Since is, for a [Lapsed] basis, the first day it no longer applied.
	Since obligation.Date `json:"since,omitzero"`
	// Judgement reports that it needs a legal judgement: an Art. 49
	// derogation, an adequacy decision whose EEA effect is pending, the
	// law or courts of an EEA EFTA state for the clauses.
	Judgement bool `json:"judgement,omitzero"`
	// Issues are the problems found with the clauses' particulars: a
	// module that does not fit, a law or courts the module does not allow
	// or that may not be allowed.
	Issues Issues `json:"issues,omitzero"`
	// why is the reason for the status, written out by [Judged.Explain]
	// and in JSON as "reason" (English) and "reasonNb" (Norwegian Bokmål).
	why basisReason
}

// Issues is a set of problems with the particulars of the 2021/914
// clauses named (FACTS-2 §1(a)). The zero value is none.
type Issues uint8

const (
	// ModuleMisfit: Module 1 (controller to controller) or Module 4
	// (processor to controller), which do not fit a processor agreement's
	// transfers.
	ModuleMisfit Issues = 1 << iota
	// LawOutsideEU: Clause 17 of Modules 1 to 3 names the law of a state
	// that is not an EU Member State on the day.
	LawOutsideEU
	// ForumOutsideEU: Clause 18 names the courts of a state that is not an
	// EU Member State on the day.
	ForumOutsideEU
	// LawEEA: Clause 17 names the law of an EEA EFTA state; whether EEA
	// Protocol 1 lets it stand for an EU Member State is not confirmed.
	LawEEA
	// ForumEEA: Clause 18 names the courts of an EEA EFTA state; not
	// confirmed either.
	ForumEEA
)

// Has reports whether all of x are in i.
func (i Issues) Has(x Issues) bool { return i&x == x }

// Finding is the result of a transfer evaluation for one place and one
// exporter side: the outcome, the basis that decided it and why, and
// every basis named, judged.
type Finding struct {
	// Outcome is the answer.
	Outcome Outcome `json:"outcome"`
	// Location is the place evaluated.
	Location Location `json:"location"`
	// Of is the set of countries the text names, when Location is one of
	// its members; zero otherwise.
	Of Location `json:"of,omitzero"`
	// Exporter is the side the transfer leaves from.
	Exporter Exporter `json:"exporter,omitzero"`
	// Basis is the mechanism that gives the basis ([BasisFound]); zero
	// otherwise.
	Basis Mechanism `json:"basis,omitzero"`
	// Act names the decision or instrument the outcome rests on.
	Act string `json:"act,omitzero"`
	// Judgement reports that the outcome needs a legal judgement (an Art.
	// 49 derogation, an adequacy decision whose EEA effect is pending).
	Judgement bool `json:"judgement,omitzero"`
	// Clause is where the agreement states the deciding basis, or the
	// entry.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Bases are the bases the agreement names for this place and side,
	// each judged, in the text's order (the entry's, then the general
	// terms'), followed by an adequacy decision that applies by itself
	// when one was looked at ([Judged.Implied]).
	Bases []Judged `json:"bases,omitzero"`
	// why is the reason for the outcome, written out by
	// [Finding.Explain] and in JSON as "reason" (English) and "reasonNb"
	// (Norwegian Bokmål).
	why findingReason
}

// Weak returns the named bases that are [Lapsed] although the outcome
// rests on another: references to remove.
func (f Finding) Weak() []Judged {
	var out []Judged
	if f.Outcome != BasisFound {
		return nil
	}
	for _, j := range f.Bases {
		if j.Status == Lapsed && !j.Implied {
			out = append(out, j)
		}
	}
	return out
}

// Decisions returns a copy of the embedded table of adequacy decisions and
// US frameworks, in the order of FACTS.md §3.
func Decisions() []Decision { return append([]Decision(nil), defaultLaw.Decisions...) }

// Transfer evaluates whether personal data processed in, or accessed from,
// loc have a lawful basis on the day on for an exporter in the EEA,
// relying on the one basis b, against the embedded tables. A b with no
// mechanism names no basis; its Certified and Sector still count for an
// adequacy decision that applies by itself. It is pure; see [Law.Transfer].
func Transfer(loc Location, b Basis, on obligation.Date) Finding {
	return defaultLaw.transfer(loc, b, on)
}

// Transfer is [Transfer] against the tables of law. The exporter side is
// b.Exporter, or the EEA when it is zero.
func (law Law) Transfer(loc Location, b Basis, on obligation.Date) Finding {
	return law.transfer(loc, b, on)
}

func (law *Law) transfer(loc Location, b Basis, on obligation.Date) Finding {
	side := b.Exporter
	if side == 0 {
		side = ExporterEEA
	}
	c := scope{law: *law, side: side, on: on}
	var one [1]Basis
	if b.Mechanism != 0 {
		one[0] = b
		c.own = one[:]
	} else {
		c.facts = b
	}
	f := c.place(loc)
	if f.Clause == "" {
		f.Clause = b.Clause
	}
	return f
}

// scope is one evaluation: the tables, the exporter side, the day, and
// the bases named.
type scope struct {
	// law is held by value: a pointer here would make every caller's Law
	// escape to the heap, since what the scope holds flows into the
	// findings.
	law  Law
	side Exporter
	on   obligation.Date
	// own are the entry's bases; general the general terms' bases, and
	// mechs the general terms' mechanisms named by name only, at clause.
	own, general []Basis
	mechs        []Mechanism
	clause       obligation.Clause
	// facts holds a recipient's certification and sector stated without
	// naming a basis ([Transfer] with no mechanism).
	facts Basis
}

// names reports whether a basis with mechanism m is named for the side.
func (c *scope) names(m Mechanism) bool {
	for _, bs := range [2][]Basis{c.own, c.general} {
		for _, b := range bs {
			if b.Mechanism == m && (b.Exporter == 0 || b.Exporter == c.side) {
				return true
			}
		}
	}
	for _, x := range c.mechs {
		if x == m {
			return true
		}
	}
	return false
}

// covers reports whether a basis named for place p covers loc.
func (c *scope) covers(p, loc Location) bool {
	switch {
	case p.IsUnknown() || p == loc:
		return true
	case p.Region != 0 && loc.IsKnown():
		return c.law.Member(p.Region, loc.Country, c.on)
	case p.IsSet() && loc.IsKnown():
		return strings.Contains("+"+p.Countries+"+", "+"+loc.Country+"+")
	}
	return false
}

// place evaluates one place (a country, a region, an unnamed third country
// or unknown; not a set).
func (c *scope) place(loc Location) Finding {
	var f Finding
	c.placeInto(&f, loc)
	return f
}

// placeInto evaluates one place into f, which must be zero: a finding is
// large, and appendEntry has it written where it is kept.
func (c *scope) placeInto(f *Finding, loc Location) {
	f.Location, f.Exporter = loc, c.side
	switch {
	case loc.Validate() != nil:
		f.Outcome = Undetermined
		f.say(whyInvalidPlace, obligation.Date{})
		return
	}
	if c.noTransfer(f) {
		return
	}
	// The bases are judged in place in a slice of exactly their number: a
	// judged basis is large, and an adequacy decision that applies by
	// itself is appended only where no named basis is valid.
	n := len(c.mechs)
	for i := range c.own {
		if c.covers(c.own[i].Place, loc) {
			n++
		}
	}
	for i := range c.general {
		if c.covers(c.general[i].Place, loc) {
			n++
		}
	}
	if n > 0 {
		f.Bases = make([]Judged, n)
	}
	f.why.judged = true
	k := 0
	for i := range c.own {
		if c.covers(c.own[i].Place, loc) {
			c.judge(&f.Bases[k], c.own[i], loc, false)
			k++
		}
	}
	for _, m := range c.mechs {
		c.judge(&f.Bases[k], Basis{Mechanism: m, Clause: c.clause}, loc, true)
		k++
	}
	for i := range c.general {
		if b := &c.general[i]; c.covers(b.Place, loc) {
			c.judge(&f.Bases[k], *b, loc, true)
			if f.Bases[k].Basis.Clause == "" {
				f.Bases[k].Basis.Clause = c.clause
			}
			k++
		}
	}
	if loc.IsUnknown() {
		// The bases are judged and listed, but the outcome waits for the
		// place: it may be no transfer at all.
		f.Outcome = Undetermined
		f.say(whyPlaceUnstated, obligation.Date{})
		return
	}
	c.verdict(f, loc)
}

// noTransfer reports, and records in f, that loc is no transfer for the
// side on the day.
func (c *scope) noTransfer(f *Finding) bool {
	loc := f.Location
	switch c.side {
	case ExporterEEA:
		switch {
		case loc.Region == EU || loc.Region == EEA || loc.Region == EUEEA:
			f.say(whyRegionNotThird, obligation.Date{})
		case !loc.IsKnown():
			return false
		default:
			// One pass over the region table for both questions.
			switch g := c.law.groups(loc.Country, c.on); {
			case g&(inEU|inEEAEFTA) != 0:
				f.say(whyInEEA, c.on)
			case g&inBridge != 0:
				f.say(whyBridge, c.on)
			default:
				return false
			}
		}
	case ExporterUK:
		switch {
		case loc.Country == "GB":
			f.say(whyWithinUK, obligation.Date{})
		case c.inEEA(loc) && c.law.groups("GB", c.on)&(inEU|inEULaw) != 0:
			f.say(whyUKUnderGDPR, c.on)
		default:
			return false
		}
	case ExporterCH:
		if loc.Country != "CH" {
			return false
		}
		f.say(whyWithinCH, obligation.Date{})
	default:
		return false
	}
	f.Outcome = NoTransfer
	return true
}

// inEEA reports whether loc lies wholly in the EEA on the day.
func (c *scope) inEEA(loc Location) bool {
	switch {
	case loc.Region == EU || loc.Region == EEA || loc.Region == EUEEA:
		return true
	case loc.IsKnown():
		return c.law.inEEA(loc.Country, c.on)
	}
	return false
}

// verdict sets f's outcome from its judged bases: the best valid one,
// else an adequacy decision that applies by itself, else undetermined,
// no basis, or none named.
func (c *scope) verdict(f *Finding, loc Location) {
	best := -1
	named := 0
	unsettled := false
	for i, j := range f.Bases {
		switch j.Status {
		case Valid:
			if best < 0 || (f.Bases[best].Judgement && !j.Judgement) {
				best = i
			}
		case Unsettled:
			unsettled = true
		}
		if j.Status != NotApplicable {
			named++
		}
	}
	if best < 0 {
		if imp, ok := c.implied(loc); ok {
			f.Bases = append(f.Bases, imp)
			switch {
			case imp.Status == Valid:
				best = len(f.Bases) - 1
			case named == 0 && imp.Status == Unsettled:
				f.Outcome = Undetermined
				f.why = findingReason{code: whyBasis, basis: len(f.Bases) - 1, judged: true}
				return
			case named == 0:
				f.Outcome = NoneNamed
				f.why = findingReason{code: whyNoneNamedAnd, basis: len(f.Bases) - 1, judged: true}
				return
			}
		}
	}
	switch {
	case best >= 0:
		j := &f.Bases[best]
		f.Outcome, f.Basis, f.Act, f.Judgement = BasisFound, j.Basis.Mechanism, j.Act, j.Judgement
		if j.Basis.Clause != "" {
			f.Clause = j.Basis.Clause
		}
		f.why = findingReason{code: whyBasis, basis: best, judged: true}
	case unsettled:
		f.Outcome = Undetermined
		f.say(whyUnsettledList, c.on)
	case named > 0:
		f.Outcome = NoBasis
		f.say(whyNoBasisList, c.on)
	default:
		f.Outcome = NoneNamed
		f.say(whyNoneNamed, c.on)
	}
}

// sideName names an exporter side in a sentence.
func sideName(s Exporter, nb bool) string {
	switch {
	case s == ExporterUK && nb:
		return "Storbritannia"
	case s == ExporterUK:
		return "the United Kingdom"
	case s == ExporterCH && nb:
		return "Sveits"
	case s == ExporterCH:
		return "Switzerland"
	case nb:
		return "EU/EØS"
	}
	return "the EU/EEA"
}

// judge judges one named basis for loc into j.
func (c *scope) judge(j *Judged, b Basis, loc Location, general bool) {
	*j = Judged{Basis: b, General: general}
	if b.Exporter != 0 && b.Exporter != c.side {
		j.set(NotApplicable, basisReason{code: whyNamedForSide, side: b.Exporter})
		return
	}
	switch b.Mechanism {
	case UnnamedBasis:
		j.set(Unsettled, basisReason{code: whyUnnamed})
	case BindingCorporateRules:
		j.Act = "GDPR Art. 47"
		j.set(Valid, basisReason{code: whyBCR})
	case Derogation:
		j.Act, j.Judgement = "GDPR Art. 49", true
		j.set(Valid, basisReason{code: whyDerogation})
	case SCC2021, LegacySCC, UKIDTA, UKAddendum:
		c.instrument(j)
		if general && j.Status == Valid && !b.incorporated() {
			// A contract the general terms only name or require is a
			// basis promised, not one concluded: nothing shows that the
			// clauses were concluded with this recipient.
			j.set(Unsettled, basisReason{code: whyByNameOnly, mech: b.Mechanism})
		}
	case Adequacy, SafeHarbour, PrivacyShield, DataPrivacyFramework:
		c.decision(j, loc)
	default:
		j.set(Unsettled, basisReason{code: whyNoMechanism})
	}
}

// instrument judges contractual clauses or a UK instrument against the
// dated table of instruments for the side.
func (c *scope) instrument(j *Judged) {
	b := j.Basis
	var row *Instrument
	for i := range c.law.Instruments {
		if in := &c.law.Instruments[i]; in.Exporter == c.side && in.Mechanism == b.Mechanism {
			row = in
			break
		}
	}
	if row == nil {
		j.set(NotApplicable, basisReason{code: whyInstrumentNotForSide, mech: b.Mechanism, side: c.side})
		return
	}
	j.Act = row.Act
	switch {
	case !row.From.IsZero() && c.on.Before(row.From):
		j.set(Insufficient, basisReason{code: whyInstrumentNotYet, day: pack(row.From)})
		return
	case !row.Until.IsZero() && !c.on.Before(row.Until):
		j.Since = row.Until
		j.set(Lapsed, basisReason{code: whyInstrumentLapsed, day: pack(row.Until)})
		return
	case !row.NewUntil.IsZero() && !c.on.Before(row.NewUntil):
		switch {
		case b.Signed.IsZero():
			j.set(Unsettled, basisReason{code: whySigningUnstated, day: pack(row.Until), d2: pack(row.NewUntil)})
			return
		case b.Signed.Before(row.NewUntil):
			j.set(Valid, basisReason{code: whyConcludedBefore, day: pack(b.Signed), d2: pack(row.NewUntil), d3: pack(row.Until)})
		default:
			j.set(Insufficient, basisReason{code: whyConcludedLate, day: pack(b.Signed), d2: pack(row.NewUntil)})
			return
		}
	default:
		if !row.NewUntil.IsZero() {
			j.set(Valid, basisReason{code: whyStillConcludable, day: pack(row.NewUntil)})
		} else if b.Mechanism == SCC2021 {
			j.set(Valid, basisReason{code: whySCC})
		} else {
			j.set(Valid, basisReason{code: whyInstrument})
		}
	}
	if row.Requires != 0 && !c.names(row.Requires) {
		j.set(Insufficient, basisReason{code: whyRequires, side: c.side, mech: row.Requires})
		return
	}
	if b.Mechanism == SCC2021 && c.side != ExporterUK {
		c.clauses(j)
	}
}

// clauses checks the module and the law and courts chosen in the 2021/914
// clauses (FACTS-2 §1(a)).
func (c *scope) clauses(j *Judged) {
	b := j.Basis
	if b.Module == Module1 || b.Module == Module4 {
		j.Issues |= ModuleMisfit
		j.set(Insufficient, basisReason{code: whyModuleMisfit})
		return
	}
	for _, ch := range [...]struct {
		code         string
		forum        bool
		outside, eea Issues
		bit          uint8
	}{{b.Law, false, LawOutsideEU, LawEEA, eeaLaw}, {b.Forum, true, ForumOutsideEU, ForumEEA, eeaForum}} {
		switch {
		case ch.code == "":
		case c.side == ExporterCH && ch.code == "CH":
			// Where only the FADP applies, Swiss law and courts may be
			// chosen (FACTS-2 §1(c), datenrecht.ch).
		case c.law.member("eu", ch.code, c.on):
		case c.law.member("eea", ch.code, c.on):
			j.Issues |= ch.eea
			j.Judgement = true
			j.why.eea |= ch.bit
		default:
			j.Issues |= ch.outside
			j.set(Insufficient, basisReason{code: whyClausesOutsideEU, forum: ch.forum, country: ch.code})
			return
		}
	}
}

// decision judges an adequacy decision or a framework named, against the
// dated table of decisions for the side.
func (c *scope) decision(j *Judged, loc Location) {
	b := j.Basis
	if !loc.IsKnown() {
		j.set(Unsettled, basisReason{code: whyNotOneCountry, mech: b.Mechanism})
		return
	}
	var last *Decision
	for i := range c.law.Decisions {
		d := &c.law.Decisions[i]
		if d.Exporter != c.side || !c.law.covers(d, loc.Country, c.on) ||
			(d.Mechanism != b.Mechanism && (b.Mechanism != Adequacy || d.Mechanism != DataPrivacyFramework)) {
			continue
		}
		last = d
		if d.applies(c.on) {
			c.decided(j, d, b.Certified, b.Sector, loc)
			return
		}
	}
	switch {
	case last == nil && b.Mechanism == Adequacy:
		j.set(Insufficient, basisReason{code: whyNoAdequacy, country: loc.Country, side: c.side})
	case last == nil:
		j.set(Insufficient, basisReason{code: whyNoTableRow, mech: b.Mechanism, side: c.side, country: loc.Country})
	case !last.From.IsZero() && c.on.Before(last.From):
		j.Act = last.Act
		j.set(Insufficient, basisReason{code: whyDecisionNotYet, day: pack(last.From)})
	default:
		j.Act, j.Since = last.Act, last.Until
		j.set(Lapsed, basisReason{code: whyDecisionLapsed, day: pack(last.Until), mech: last.Mechanism})
	}
}

// decided judges decision d, in force on the day, for a recipient with the
// certification and sector stated.
func (c *scope) decided(j *Judged, d *Decision, cert Certification, sector Sector, loc Location) {
	j.Act = d.Act
	r := basisReason{note: d.Note, noteNB: d.NoteNB}
	switch d.Limit {
	case PrivateSectorOnly:
		switch sector {
		case Private:
		case Public:
			r.code = whyRecipientPublic
			j.set(Insufficient, r)
			return
		default:
			r.code = whySectorUnstated
			j.set(Unsettled, r)
			return
		}
	case CertifiedOnly:
		switch cert {
		case Certified:
		case NotCertified:
			r.code = whyNotCertified
			j.set(Insufficient, r)
			return
		default:
			r.code = whyCertificationUnstated
			j.set(Unsettled, r)
			return
		}
	}
	r.code, r.mech, r.country, r.day = whyDecided, d.Mechanism, loc.Country, pack(c.on)
	if d.EEAPending && c.side == ExporterEEA {
		j.Judgement = true
		r.pending = true
	}
	j.set(Valid, r)
}

// implied looks for an adequacy decision that covers loc by itself, with
// the certification and sector the named bases (or the facts) state.
func (c *scope) implied(loc Location) (Judged, bool) {
	if !loc.IsKnown() {
		if c.side != ExporterEEA && c.inEEA(loc) {
			// A region of the EEA, from the United Kingdom or Switzerland:
			// a finding for every state of the EEA covers it.
			for i := range c.law.Decisions {
				d := &c.law.Decisions[i]
				if d.Exporter == c.side && d.Region == EEA && d.Mechanism == Adequacy && d.applies(c.on) {
					j := Judged{Basis: Basis{Mechanism: Adequacy, Place: loc}, Implied: true, Act: d.Act}
					j.set(Valid, basisReason{code: whyRegionAdequate, region: loc.Region, day: pack(c.on)})
					return j, true
				}
			}
			return Judged{}, false
		}
		if loc.Region == EEAAdequate && c.side == ExporterEEA {
			j := Judged{Basis: Basis{Mechanism: Adequacy, Place: loc}, Implied: true, Judgement: true}
			j.set(Valid, basisReason{code: whyEEAAdequate})
			return j, true
		}
		return Judged{}, false
	}
	cert, sector := c.facts.Certified, c.facts.Sector
	for _, bs := range [2][]Basis{c.own, c.general} {
		for _, b := range bs {
			if b.Certified != 0 && (b.Mechanism == DataPrivacyFramework || b.Mechanism == Adequacy) && (b.Exporter == 0 || b.Exporter == c.side) {
				cert = b.Certified
			}
			if b.Sector != 0 {
				sector = b.Sector
			}
		}
	}
	for i := range c.law.Decisions {
		d := &c.law.Decisions[i]
		if d.Exporter == c.side && c.law.covers(d, loc.Country, c.on) && (d.Mechanism == Adequacy || d.Mechanism == DataPrivacyFramework) && d.applies(c.on) {
			j := Judged{Basis: Basis{Mechanism: d.Mechanism, Certified: cert, Sector: sector}, Implied: true}
			c.decided(&j, d, cert, sector, loc)
			j.why.implied = true
			return j, true
		}
	}
	return Judged{}, false
}

// EntryFinding is a transfer finding for one place of one register
// entry.
type EntryFinding struct {
	// Path names the entry through its chain, "SendGrid, Inc." or
	// "A AS > B Ltd" for a subprocessor's own subprocessor.
	Path string `json:"path"`
	// Access reports that the place is one staff reach the data from,
	// rather than one where the data are processed.
	Access bool `json:"access,omitzero"`
	// Onward reports an onward transfer: the entry is a subprocessor's
	// own subprocessor, and every place where that subprocessor (the
	// importer) processes the data is itself a transfer for the side. The
	// 2021/914 clauses let the importer disclose the data to a third
	// party outside the EU only if it is or agrees to be bound by the
	// clauses, or under an adequacy decision, Art. 46 or 47 safeguards,
	// or two narrow grounds (Clause 8.8, Modules 2 and 3); a contract
	// with a sub-processor under Clause 9 fulfils that. The bases are
	// judged as for any transfer, and the reason says it is onward.
	Onward bool `json:"onward,omitzero"`
	Finding
}

// AssessEntry judges the transfers of entry e (not of its own
// subprocessors) on day on, for exporter side side (zero: the EEA),
// against the tables of law. The bases judged are the entry's own and
// those the agreement's general transfer terms t name. It returns one
// finding per processing place, or one [Undetermined] finding when the
// entry states none, then one per access place; a set of countries
// gives one finding per country. An entry that reaches anonymous
// statistics only transfers no personal data.
func (law Law) AssessEntry(e Entry, t Transfers, side Exporter, on obligation.Date) []Finding {
	return law.appendEntry(nil, e, t, side, on, nil)
}

// appendEntry appends e's findings to dst; when paths is not nil it
// records for each finding whether it is an access place.
func (law *Law) appendEntry(dst []Finding, e Entry, t Transfers, side Exporter, on obligation.Date, access *[]bool) []Finding {
	if side == 0 {
		side = ExporterEEA
	}
	if e.Reach == AnonymousStatistics {
		dst = append(dst, Finding{Outcome: NoTransfer, Exporter: side, Clause: e.Clause, why: findingReason{code: whyAnonymous}})
		if access != nil {
			*access = append(*access, false)
		}
		return dst
	}
	c := scope{law: *law, side: side, on: on, own: e.Bases, general: t.Bases, mechs: t.Mechanisms, clause: t.Clause}
	np := len(e.Processing)
	n := np + len(e.Access)
	if np == 0 {
		n++
	}
	dst = slices.Grow(dst, n)
	// i = -1 is the finding for an entry that states no processing place.
	for i := -1; i < np+len(e.Access); i++ {
		var l Location
		acc := false
		switch {
		case i < 0:
			if np != 0 {
				continue
			}
		case i < np:
			l = e.Processing[i]
		default:
			l, acc = e.Access[i-np], true
		}
		if !l.IsSet() {
			dst = append(dst, Finding{})
			f := &dst[len(dst)-1]
			c.placeInto(f, l)
			if f.Clause == "" {
				f.Clause = e.Clause
			}
			if acc {
				f.why.access = true
			}
			if access != nil {
				*access = append(*access, acc)
			}
			continue
		}
		for _, code := range l.CountryCodes() {
			f := c.place(In(code))
			f.Of = l
			dst = append(dst, entryFinding(f, e.Clause, acc))
			if access != nil {
				*access = append(*access, acc)
			}
		}
	}
	return dst
}

func entryFinding(f Finding, clause obligation.Clause, access bool) Finding {
	if f.Clause == "" {
		f.Clause = clause
	}
	if access {
		f = viaAccess(f)
	}
	return f
}

// Sides returns the exporter sides the bases name: the EEA always, then
// the United Kingdom and Switzerland when a basis is named for them (a UK
// instrument names the UK).
func Sides(bases ...[]Basis) []Exporter {
	s, n := sides(bases...)
	return append([]Exporter(nil), s[:n]...)
}

// sides is [Sides] in an array, so that the assessments that ask it per
// entry do not allocate: the sides are s[:n].
func sides(bases ...[]Basis) (s [3]Exporter, n int) {
	uk, ch := false, false
	for _, bs := range bases {
		for _, b := range bs {
			uk = uk || b.Exporter == ExporterUK || b.Mechanism == UKIDTA || b.Mechanism == UKAddendum
			ch = ch || b.Exporter == ExporterCH
		}
	}
	s[0], n = ExporterEEA, 1
	if uk {
		s[n], n = ExporterUK, n+1
	}
	if ch {
		s[n], n = ExporterCH, n+1
	}
	return s, n
}

// countFindings returns how many findings [Law.Transfers] gives for es
// and their subprocessors, as far as the entries' places and bases tell
// without judging them, so that the result is sized once.
func countFindings(es []Entry, t *Transfers, depth int) int {
	total := 0
	for i := range es {
		e := &es[i]
		n := 1
		if e.Reach != AnonymousStatistics {
			n = max(len(e.Processing), 1) + len(e.Access)
		}
		_, k := sides(e.Bases, t.Bases)
		total += n * k
		if depth < maxDepth {
			total += countFindings(e.Subprocessors, t, depth+1)
		}
	}
	return total
}

// Transfers evaluates every entry of r, at every level, on day on, under
// the agreement's general transfer terms t, against the tables of law:
// for the EEA, and for the United Kingdom and Switzerland where a basis
// names them ([Sides]). Entries come in register order, each before its
// own subprocessors; within an entry, side by side, as [Law.AssessEntry]
// orders them.
func (law Law) Transfers(r Register, t Transfers, on obligation.Date) []EntryFinding {
	return law.transfers(r, t, on)
}

func (law *Law) transfers(r Register, t Transfers, on obligation.Date) []EntryFinding {
	var out []EntryFinding
	if n := countFindings(r.Entries, &t, 1); n > 0 {
		out = make([]EntryFinding, 0, n)
	}
	var fs []Finding
	var acc []bool
	var walk func(prefix string, parent *Entry, es []Entry, depth int)
	walk = func(prefix string, parent *Entry, es []Entry, depth int) {
		for i := range es {
			e := &es[i]
			path := join(prefix, e.Name)
			ss, n := sides(e.Bases, t.Bases)
			for _, side := range ss[:n] {
				onward := parent != nil && law.abroad(parent, side, on)
				acc = acc[:0]
				fs = law.appendEntry(fs[:0], *e, t, side, on, &acc)
				for i, f := range fs {
					if onward && f.Outcome != NoTransfer {
						f.why.onward = true
					}
					out = append(out, EntryFinding{Path: path, Access: acc[i], Onward: f.why.onward, Finding: f})
				}
			}
			if depth < maxDepth {
				walk(path, e, e.Subprocessors, depth+1)
			}
		}
	}
	walk("", nil, r.Entries, 1)
	return out
}

// abroad reports whether entry e, as an importer, is outside the
// exporter side's area on day on: it states where it processes the
// data, and every such place is a named or unnamed third country to
// which a transfer from the side is a transfer (a region, a set that
// includes a state of the side's own area, or an unknown place is not).
func (law *Law) abroad(e *Entry, side Exporter, on obligation.Date) bool {
	if len(e.Processing) == 0 {
		return false
	}
	c := scope{law: *law, side: side, on: on}
	third := func(l Location) bool {
		if !l.IsKnown() && l != Unnamed {
			return false
		}
		f := Finding{Location: l}
		return !c.noTransfer(&f)
	}
	for _, l := range e.Processing {
		if l.IsSet() {
			for _, code := range l.CountryCodes() {
				if !third(In(code)) {
					return false
				}
			}
			continue
		}
		if !third(l) {
			return false
		}
	}
	return true
}

// Transfers evaluates every entry of r on day on against the embedded
// tables, with no general transfer terms; see [Law.Transfers].
func (r Register) Transfers(on obligation.Date) []EntryFinding {
	return defaultLaw.transfers(r, Transfers{}, on)
}

// TransfersUnder evaluates every entry of r on day on under the
// agreement's general transfer terms t, against the embedded tables; see
// [Law.Transfers].
func (r Register) TransfersUnder(t Transfers, on obligation.Date) []EntryFinding {
	return defaultLaw.transfers(r, t, on)
}

// Findings evaluates the places the agreement's transfer terms name, on
// day on, against every basis they name, for each side they name, with the
// embedded tables; see [Law.TermFindings].
func (t Transfers) Findings(on obligation.Date) []EntryFinding {
	return defaultLaw.termFindings(t, on)
}

// TermFindings evaluates the places the agreement's transfer terms t
// name (processing, then access), on day on, judging every basis they
// name, for each side they name. A set of countries gives one finding per
// country.
func (law Law) TermFindings(t Transfers, on obligation.Date) []EntryFinding {
	return law.termFindings(t, on)
}

func (law *Law) termFindings(t Transfers, on obligation.Date) []EntryFinding {
	ss, n := sides(t.Bases)
	// One finding per side and place, a set of countries one per country.
	places := 0
	for _, ls := range [2][]Location{t.Locations, t.Access} {
		for _, l := range ls {
			places++
			if l.IsSet() {
				places += strings.Count(l.Countries, "+")
			}
		}
	}
	if places == 0 {
		return nil
	}
	out := make([]EntryFinding, 0, n*places)
	for _, side := range ss[:n] {
		c := scope{law: *law, side: side, on: on, general: t.Bases, mechs: t.Mechanisms, clause: t.Clause}
		eval := func(l Location, access bool) {
			var f Finding
			if l.IsSet() {
				for _, code := range l.CountryCodes() {
					f = c.place(In(code))
					f.Of = l
					out = append(out, termFinding(f, t, access))
				}
				return
			}
			f = c.place(l)
			out = append(out, termFinding(f, t, access))
		}
		for _, l := range t.Locations {
			eval(l, false)
		}
		for _, l := range t.Access {
			eval(l, true)
		}
	}
	return out
}

func termFinding(f Finding, t Transfers, access bool) EntryFinding {
	if f.Clause == "" {
		f.Clause = t.Clause
	}
	if access {
		f = viaAccess(f)
	}
	return EntryFinding{Access: access, Finding: f}
}

// viaAccess returns f for a place staff reach the data from: unless
// there is no transfer at all, its reasons say that remote access is a
// transfer.
func viaAccess(f Finding) Finding {
	f.why.access = true
	return f
}

// Named returns the mechanisms of the bases the agreement names for this
// place and side: every judged basis but an adequacy decision that applies
// by itself and a basis that does not concern the transfer.
func (f Finding) Named() MechanismSet {
	var s MechanismSet
	for _, j := range f.Bases {
		if !j.Implied && j.Status != NotApplicable {
			s |= MechanismsOf(j.Basis.Mechanism)
		}
	}
	return s
}

// labelled is an enumeration of this package whose labels the assessment
// reads straight from its table: a tag match per label would cost more
// than the rest of a basis's judgement.
type labelled interface {
	Mechanism | Status | Region | Exporter
}

func table[T labelled](v T) *enum.Table {
	switch any(v).(type) {
	case Mechanism:
		return &mechanismEnum
	case Status:
		return &statusEnum
	case Region:
		return &regionEnum
	}
	return &exporterEnum
}

// labelEN returns v's English label, labelNB its Bokmål label.
func labelEN[T labelled](v T) string {
	t := table(v)
	if int(v) < len(t.Entries) {
		return t.Entries[v].EN
	}
	return t.String(uint8(v))
}

func labelNB[T labelled](v T) string {
	t := table(v)
	if int(v) < len(t.Entries) {
		return t.Entries[v].NB
	}
	return t.String(uint8(v))
}
