package subprocessor

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/cite"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// The transfer assessment holds its reasons as a code and the values the
// code names, and writes them out only when asked ([Judged.Explain],
// [Finding.Explain], JSON): building two sentences per basis while judging
// cost more than the judgement itself.

// basisWhy is the code of a reason for a judged basis.
type basisWhy uint8

const (
	_ basisWhy = iota
	whyNamedForSide
	whyUnnamed
	whyBCR
	whyDerogation
	whyByNameOnly
	whyNoMechanism
	whyInstrumentNotForSide
	whyInstrumentNotYet
	whyInstrumentLapsed
	whySigningUnstated
	whyConcludedBefore
	whyConcludedLate
	whyStillConcludable
	whySCC
	whyInstrument
	whyRequires
	whyModuleMisfit
	whyClausesOutsideEU
	whyNotOneCountry
	whyNoAdequacy
	whyNoTableRow
	whyDecisionNotYet
	whyDecisionLapsed
	whyRecipientPublic
	whySectorUnstated
	whyNotCertified
	whyCertificationUnstated
	whyDecided
	whyRegionAdequate
	whyEEAAdequate
)

// Bits of basisReason.eea: the law or the courts of an EEA EFTA state are
// named for the 2021/914 clauses, which the reason adds to its sentence.
const (
	eeaLaw uint8 = 1 << iota
	eeaForum
)

// basisReason is why a basis was judged as it was: a code and the values
// it names. The rest (the module, the law and courts named, the exporter
// side it was named for) is read from the basis itself.
type basisReason struct {
	code basisWhy
	// implied: an adequacy decision that applies by itself, said first.
	implied bool
	// pending: the decision's incorporation into the EEA Agreement is
	// not confirmed.
	pending bool
	// forum: for whyClausesOutsideEU, Clause 18 rather than Clause 17.
	forum bool
	// eea holds eeaLaw and eeaForum.
	eea    uint8
	side   Exporter
	mech   Mechanism
	region Region
	// country is a destination or, for whyClausesOutsideEU, the state
	// whose law or courts are named.
	country      string
	note, noteNB string
	// day, d2 and d3 are the dates the sentence names, in its order,
	// packed: a basis is copied into every finding, and its size is most
	// of the assessment's cost.
	day, d2, d3 packedDate
}

// packedDate is an [obligation.Date] in four bytes; zero is the zero Date.
type packedDate uint32

func pack(d obligation.Date) packedDate {
	if d.IsZero() || d.Year < 0 || d.Year >= 1<<22 {
		return 0
	}
	return packedDate(d.Year)<<9 | packedDate(d.Month)<<5 | packedDate(d.Day)
}

// text writes the date in a reason's running text, as the library's
// texts do: "23. november 2026", "23 November 2026"; "" for zero.
func (p packedDate) text(nb bool) string {
	if p == 0 {
		return ""
	}
	return cite.Date(obligation.NewDate(int(p>>9), time.Month(p>>5&15), int(p&31)), nb)
}

// String returns the date as YYYY-MM-DD, or "" for zero.
func (p packedDate) String() string {
	if p == 0 {
		return ""
	}
	return obligation.NewDate(int(p>>9), time.Month(p>>5&15), int(p&31)).String()
}

func (j *Judged) set(s Status, r basisReason) { j.Status, j.why = s, r }

// text writes the reason for basis b, resting on the act named, in
// Norwegian Bokmål when nb is set, in English otherwise.
func (r *basisReason) text(b *Basis, act string, nb bool) string {
	var s string
	pick := func(en, no string) string {
		if nb {
			return no
		}
		return en
	}
	label := func(m Mechanism) string {
		if nb {
			return labelNB(m)
		}
		return labelEN(m)
	}
	switch r.code {
	case whyInstrumentNotYet, whyInstrumentLapsed, whySigningUnstated, whyConcludedBefore, whyConcludedLate, whyStillConcludable, whySCC, whyInstrument, whyRequires:
		if nb {
			// The table names alternative acts with "or"; the Bokmål
			// reasons say "eller".
			act = strings.ReplaceAll(act, " or ", " eller ")
		}
	}
	switch r.code {
	case whyNamedForSide:
		if nb {
			s = "oppgitt for overføringer " + labelNB(r.side)
		} else {
			s = "named for transfers " + labelEN(r.side)
		}
	case whyUnnamed:
		s = pick("the agreement promises an approved transfer basis without naming it", "avtalen lover et godkjent overføringsgrunnlag uten å navngi det")
	case whyBCR:
		s = pick("binding corporate rules approved under Art. 47", "bindende virksomhetsregler godkjent etter art. 47")
	case whyDerogation:
		s = pick("an Art. 49 derogation, which covers specific situations only", "et unntak etter art. 49, som bare gjelder særlige situasjoner")
	case whyByNameOnly:
		s = label(r.mech) + pick(" named in the agreement's general terms by name only (no module, signing date or clauses incorporated); their conclusion for this recipient is not documented",
			" nevnt i avtalens generelle vilkår bare ved navn (ingen modul, inngåelsesdato eller innlemmede klausuler); at de er inngått for denne mottakeren, er ikke dokumentert")
	case whyNoMechanism:
		s = pick("no valid mechanism is named", "ingen gyldig mekanisme er oppgitt")
	case whyInstrumentNotForSide:
		s = label(r.mech) + pick(" is not a basis for transfers from ", " er ikke et grunnlag for overføringer fra ") + sideName(r.side, nb)
	case whyInstrumentNotYet, whyDecisionNotYet:
		s = act + pick(" applies only from ", " gjelder først fra ") + r.day.text(nb)
	case whyInstrumentLapsed:
		s = act + pick(" no longer gives a basis from ", " gir ikke lenger grunnlag fra ") + r.day.text(nb)
	case whySigningUnstated:
		if nb {
			s = act + " gjaldt til " + r.day.text(nb) + " bare for avtaler inngått før " + r.d2.text(nb) + ", og inngåelsesdatoen er ikke oppgitt"
		} else {
			s = act + " held until " + r.day.text(nb) + " only for contracts concluded before " + r.d2.text(nb) + ", and the signing date is not stated"
		}
	case whyConcludedBefore:
		if nb {
			s = act + " inngått " + r.day.text(nb) + ", før " + r.d2.text(nb) + ", gjelder til " + r.d3.text(nb)
		} else {
			s = act + " concluded on " + r.day.text(nb) + ", before " + r.d2.text(nb) + ", hold until " + r.d3.text(nb)
		}
	case whyConcludedLate:
		if nb {
			s = act + " inngått " + r.day.text(nb) + ", da de ikke lenger kunne inngås (fra " + r.d2.text(nb) + ")"
		} else {
			s = act + " concluded on " + r.day.text(nb) + ", when they could no longer be concluded (from " + r.d2.text(nb) + ")"
		}
	case whyStillConcludable:
		s = act + pick(" could still be concluded until ", " kunne fortsatt inngås fram til ") + r.day.text(nb)
	case whySCC:
		s = pick("standard contractual clauses ", "standardavtaler ") + act + pick(" (Art. 46(2)(c))", " (art. 46 nr. 2 bokstav c)")
	case whyInstrument:
		s = act
	case whyRequires:
		if nb {
			s = act + " alene gir ikke grunnlag for overføringer fra " + sideName(r.side, true) + ": " + labelNB(r.mech) + " trengs i tillegg"
		} else {
			s = act + " alone do not give a basis for transfers from " + sideName(r.side, false) + ": the " + labelEN(r.mech) + " is needed as well"
		}
	case whyModuleMisfit:
		if nb {
			s = b.Module.String() + " gjelder overføringer fra " + b.Module.Relation(norsk) + "; overføringer under en databehandleravtale går fra behandlingsansvarlig til databehandler (modul 2) eller fra databehandler til databehandler (modul 3)"
		} else {
			s = b.Module.String() + " covers " + b.Module.Relation(english) + " transfers; a processor agreement's transfers are controller to processor (Module 2) or processor to processor (Module 3)"
		}
	case whyClausesOutsideEU:
		switch {
		case nb && r.forum:
			s = "klausul 18 i modul 1 til 3 krever vernetinget i en EU-medlemsstat; klausulene angir " + countryInSentence(r.country, nb)
		case nb:
			s = "klausul 17 i modul 1 til 3 krever lovvalget i en EU-medlemsstat; klausulene angir " + countryInSentence(r.country, nb)
		case r.forum:
			s = "Clause 18 of Modules 1 to 3 requires the courts of an EU Member State; the clauses name " + countryInSentence(r.country, nb)
		default:
			s = "Clause 17 of Modules 1 to 3 requires the law of an EU Member State; the clauses name " + countryInSentence(r.country, nb)
		}
	case whyNotOneCountry:
		s = pick("the place is not one country, so ", "stedet er ikke ett land, så ") + label(r.mech) + pick(" cannot be checked", " kan ikke prøves")
	case whyNoAdequacy:
		if nb {
			s = "ingen tilstrekkelighetsbeslutning dekker " + countryInSentence(r.country, nb) + " for overføringer fra " + sideName(r.side, true)
		} else {
			s = "no adequacy decision covers " + countryInSentence(r.country, nb) + " for transfers from " + sideName(r.side, false)
		}
	case whyNoTableRow:
		if nb {
			s = "tabellene har ikke " + labelNB(r.mech) + " for overføringer fra " + sideName(r.side, true) + " til " + countryInSentence(r.country, nb)
		} else {
			s = "the tables hold no " + labelEN(r.mech) + " for transfers from " + sideName(r.side, false) + " to " + countryInSentence(r.country, nb)
		}
	case whyDecisionLapsed:
		var judgment string
		switch r.mech {
		case PrivacyShield:
			judgment = pick(" (CJEU C-311/18 Schrems II)", " (EU-domstolen C-311/18 Schrems II)")
		case SafeHarbour:
			judgment = pick(" (CJEU C-362/14 Schrems I)", " (EU-domstolen C-362/14 Schrems I)")
		}
		s = act + pick(" no longer applies from ", " gjelder ikke lenger fra ") + r.day.text(nb) + judgment
	case whyRecipientPublic, whySectorUnstated, whyNotCertified, whyCertificationUnstated:
		s = act
		if r.note != "" {
			s += " " + pick(r.note, r.noteNB)
		}
		switch r.code {
		case whyRecipientPublic:
			s += pick("; the recipient is public", "; mottakeren er offentlig")
		case whySectorUnstated:
			s += pick("; the recipient's sector is not stated", "; mottakerens sektor er ikke oppgitt")
		case whyNotCertified:
			s += pick("; the recipient is not certified", "; mottakeren er ikke sertifisert")
		default:
			s += pick("; certification is not stated", "; sertifisering er ikke oppgitt")
		}
	case whyDecided:
		s = label(r.mech) + " " + act + pick(" applies to ", " gjelder for ") + countryInSentence(r.country, nb) + pick(" on ", " per ") + r.day.text(nb)
		if r.note != "" {
			s += " (" + pick(r.note, r.noteNB) + ")"
		}
		if r.pending {
			s += pick("; its incorporation into the EEA Agreement is not confirmed", "; innlemmelsen i EØS-avtalen er ikke bekreftet")
		}
	case whyRegionAdequate:
		if nb {
			s = "en tilstrekkelighetsbeslutning gjelder av seg selv (art. 45 nr. 1): " + act + " dekker alle statene i " + labelNB(r.region) + " per " + r.day.text(nb)
		} else {
			s = "an adequacy decision applies by itself (Art. 45(1)): " + act + " covers every state of the " + labelEN(r.region) + " on " + r.day.text(nb)
		}
	case whyEEAAdequate:
		s = pick("the EEA and the countries with an adequacy decision: a transfer only to a country a decision covers, within its scope (some cover only the private sector or certified recipients)",
			"EØS og landene med tilstrekkelighetsbeslutning: en overføring bare til et land en beslutning dekker, innenfor dens rekkevidde (noen gjelder bare privat sektor eller sertifiserte mottakere)")
	}
	for _, ch := range [...]struct {
		bit                uint8
		code, clause, clNB string
		what, whatNB       string
	}{{eeaLaw, b.Law, "Clause 17", "klausul 17", "the law", "lovvalget"}, {eeaForum, b.Forum, "Clause 18", "klausul 18", "the courts", "vernetinget"}} {
		if r.eea&ch.bit == 0 {
			continue
		}
		if nb {
			s += "; " + ch.clNB + ": " + ch.whatNB + " er " + ch.code + ", en EFTA-stat i EØS: klausulen nevner en EU-medlemsstat, og om EØS-avtalens protokoll 1 utvider det til EØS-statene, er ikke bekreftet"
		} else {
			s += "; " + ch.clause + " names " + ch.what + " of " + ch.code + ", an EEA EFTA state: the clause names an EU Member State, and whether EEA Protocol 1 extends that to EEA states is not confirmed"
		}
	}
	if r.implied {
		s = pick("an adequacy decision applies by itself (Art. 45(1)): ", "en tilstrekkelighetsbeslutning gjelder av seg selv (art. 45 nr. 1): ") + s
	}
	return s
}

// findingWhy is the code of a reason for a finding.
type findingWhy uint8

const (
	_ findingWhy = iota
	whyInvalidPlace
	whyRegionNotThird
	whyInEEA
	whyBridge
	whyWithinUK
	whyWithinCH
	whyUKUnderGDPR
	whyPlaceUnstated
	whyBasis
	whyNoneNamedAnd
	whyUnsettledList
	whyNoBasisList
	whyNoneNamed
	whyAnonymous
)

// findingReason is why a finding came out as it did. The place is the
// finding's own; a reason that rests on a basis names its index in
// [Finding.Bases].
type findingReason struct {
	code findingWhy
	// access: the place is one staff reach the data from, said first.
	access bool
	// judged: the bases were judged for the place (JSON lists "bases"
	// even when none was named).
	judged bool
	// onward: an onward transfer by an importer in a third country
	// ([EntryFinding.Onward]), said first.
	onward bool
	basis  int
	day    obligation.Date
}

func (f *Finding) say(code findingWhy, day obligation.Date) {
	f.why = findingReason{code: code, day: day, access: f.why.access, judged: f.why.judged, onward: f.why.onward}
}

// text writes the reason in Norwegian Bokmål when nb is set, in English
// otherwise.
func (f *Finding) text(nb bool) string {
	r := &f.why
	loc := f.Location
	pick := func(en, no string) string {
		if nb {
			return no
		}
		return en
	}
	var s string
	switch r.code {
	case whyInvalidPlace:
		s = pick("the location is not a valid place", "stedet er ikke et gyldig sted")
	case whyRegionNotThird:
		if nb {
			s = labelNB(loc.Region) + " er ikke tredjeland"
		} else {
			s = "the " + labelEN(loc.Region) + " is not a third country"
		}
	case whyInEEA:
		s = countryInSentence(loc.Country, nb) + pick(" is in the EEA on ", " er i EØS per ") + cite.Date(r.day, nb)
	case whyBridge:
		if nb {
			s = countryInSentence(loc.Country, nb) + " er ikke EU-medlem per " + cite.Date(r.day, nb) + ", men overføringer dit var ennå ikke overføringer til tredjeland (overgangsperiode, deretter TCA-broklausulen)"
		} else {
			s = countryInSentence(loc.Country, nb) + " is not an EU member state on " + cite.Date(r.day, nb) + ", but transfers to it were not yet transfers to a third country (transition period, then the TCA bridging clause)"
		}
	case whyWithinUK:
		s = pick("within the United Kingdom", "innenfor Storbritannia")
	case whyWithinCH:
		s = pick("within Switzerland", "innenfor Sveits")
	case whyUKUnderGDPR:
		if nb {
			s = "Storbritannia anvendte fortsatt EUs personvernforordning per " + cite.Date(r.day, nb) + " (EU-medlem, deretter overgangsperioden), så en overføring til EØS var ingen overføring til tredjeland"
		} else {
			s = "the United Kingdom still applied the EU GDPR on " + cite.Date(r.day, nb) + " (an EU member state, then the transition period), so a transfer to the EEA was no transfer to a third country"
		}
	case whyPlaceUnstated:
		s = pick("the location is not stated", "stedet er ikke oppgitt")
	case whyBasis, whyNoneNamedAnd:
		if r.basis < len(f.Bases) {
			j := &f.Bases[r.basis]
			s = j.why.text(&j.Basis, j.Act, nb)
		}
		if r.code == whyNoneNamedAnd {
			s = pick("no transfer basis is named, and ", "intet overføringsgrunnlag er oppgitt, og ") + s
		}
	case whyUnsettledList, whyNoBasisList:
		if r.code == whyUnsettledList {
			s = pick("no basis named is shown to be valid on ", "ingen av grunnlagene som er oppgitt, er vist å gjelde per ")
		} else {
			s = pick("none of the bases named is valid on ", "ingen av grunnlagene som er oppgitt, gjelder per ")
		}
		s += cite.Date(r.day, nb) + ": " + listBases(f.Bases, nb)
	case whyNoneNamed:
		s = pick("no transfer basis is named", "intet overføringsgrunnlag er oppgitt")
		switch {
		case loc.IsKnown() && nb:
			s += ", og ingen tilstrekkelighetsbeslutning dekker " + countryInSentence(loc.Country, nb) + " per " + cite.Date(r.day, nb)
		case loc.IsKnown():
			s += " and no adequacy decision covers " + countryInSentence(loc.Country, nb) + " on " + cite.Date(r.day, nb)
		case loc.Region == Global:
			s += pick(" for a place that includes third countries", " for et sted som omfatter tredjeland")
		}
	case whyAnonymous:
		s = pick("anonymous statistics only: no personal data are transferred", "kun anonym statistikk: ingen personopplysninger overføres")
	}
	if r.access && f.Outcome != NoTransfer {
		s = pick("remote access is a transfer, and ", "fjerntilgang er overføring, og ") + s
	}
	if r.onward && f.Outcome != NoTransfer {
		s = pick("onward transfer by a subprocessor in a third country (Clause 8.8 of the 2021/914 clauses): ",
			"videreoverføring fra en underdatabehandler i tredjeland (klausul 8.8 i standardavtalene (EU) 2021/914): ") + s
	}
	return s
}

// listBases lists the named bases judged, each with its status and reason.
func listBases(js []Judged, nb bool) string {
	var b strings.Builder
	for i := range js {
		j := &js[i]
		if j.Implied || j.Status == NotApplicable {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		if nb {
			b.WriteString(labelNB(j.Basis.Mechanism) + " (" + labelNB(j.Status) + " – ")
		} else {
			b.WriteString(labelEN(j.Basis.Mechanism) + " (" + labelEN(j.Status) + " – ")
		}
		b.WriteString(j.why.text(&j.Basis, j.Act, nb) + ")")
	}
	return b.String()
}

// Explain returns the reason for the status in Norwegian Bokmål for a
// Norwegian tag and in English otherwise.
func (j Judged) Explain(tag language.Tag) string {
	return j.why.text(&j.Basis, j.Act, enum.Norwegian(tag))
}

// Explain returns the reason for the outcome in Norwegian Bokmål for a
// Norwegian tag and in English otherwise.
func (f Finding) Explain(tag language.Tag) string {
	return f.text(enum.Norwegian(tag))
}

// judgedJSON is the JSON form of a [Judged]: its fields, with the reason
// in both languages.
type judgedJSON struct {
	Basis     Basis           `json:"basis"`
	Implied   bool            `json:"implied,omitzero"`
	General   bool            `json:"general,omitzero"`
	Status    Status          `json:"status"`
	Act       string          `json:"act,omitzero"`
	Since     obligation.Date `json:"since,omitzero"`
	Judgement bool            `json:"judgement,omitzero"`
	Issues    Issues          `json:"issues,omitzero"`
	Reason    string          `json:"reason"`
	ReasonNB  string          `json:"reasonNb"`
}

// MarshalJSON encodes the judgement with its reason written out in
// English ("reason") and Norwegian Bokmål ("reasonNb").
func (j Judged) MarshalJSON() ([]byte, error) {
	return json.Marshal(judgedJSON{j.Basis, j.Implied, j.General, j.Status, j.Act, j.Since, j.Judgement, j.Issues,
		j.why.text(&j.Basis, j.Act, false), j.why.text(&j.Basis, j.Act, true)})
}

// findingJSON is the JSON form of a [Finding].
type findingJSON struct {
	Outcome   Outcome           `json:"outcome"`
	Location  Location          `json:"location"`
	Of        Location          `json:"of,omitzero"`
	Exporter  Exporter          `json:"exporter,omitzero"`
	Basis     Mechanism         `json:"basis,omitzero"`
	Act       string            `json:"act,omitzero"`
	Reason    string            `json:"reason"`
	ReasonNB  string            `json:"reasonNb"`
	Judgement bool              `json:"judgement,omitzero"`
	Clause    obligation.Clause `json:"clause,omitzero"`
	Bases     []Judged          `json:"bases,omitzero"`
}

func (f *Finding) jsonForm() findingJSON {
	bases := f.Bases
	if bases == nil && f.why.judged {
		bases = []Judged{}
	}
	return findingJSON{f.Outcome, f.Location, f.Of, f.Exporter, f.Basis, f.Act, f.text(false), f.text(true), f.Judgement, f.Clause, bases}
}

// MarshalJSON encodes the finding with its reason written out in English
// ("reason") and Norwegian Bokmål ("reasonNb").
func (f Finding) MarshalJSON() ([]byte, error) { return json.Marshal(f.jsonForm()) }

// MarshalJSON encodes the entry's path and access flag, then the
// finding's fields.
func (e EntryFinding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Path   string `json:"path"`
		Access bool   `json:"access,omitzero"`
		Onward bool   `json:"onward,omitzero"`
		findingJSON
	}{e.Path, e.Access, e.Onward, e.Finding.jsonForm()})
}
