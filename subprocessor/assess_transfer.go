package subprocessor

import (
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
	// Reason explains the status in English, ReasonNB in Norwegian Bokmål.
	Reason   string `json:"reason"`
	ReasonNB string `json:"reasonNb"`
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

func (j *Judged) set(s Status, en, nb string) { j.Status, j.Reason, j.ReasonNB = s, en, nb }

// Explain returns the reason in Norwegian Bokmål for a Norwegian tag and in
// English otherwise.
func (j Judged) Explain(tag language.Tag) string {
	if enum.Norwegian(tag) {
		return j.ReasonNB
	}
	return j.Reason
}

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
	// Reason explains the outcome in English, ReasonNB in Norwegian
	// Bokmål; [Finding.Explain] picks one.
	Reason   string `json:"reason"`
	ReasonNB string `json:"reasonNb"`
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
}

func (f *Finding) say(en, nb string) { f.Reason, f.ReasonNB = en, nb }

// Explain returns the reason in Norwegian Bokmål for a Norwegian tag and in
// English otherwise.
func (f Finding) Explain(tag language.Tag) string {
	if enum.Norwegian(tag) {
		return f.ReasonNB
	}
	return f.Reason
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
	c := scope{law: law, side: side, on: on}
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
	law  *Law
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
	f := Finding{Location: loc, Exporter: c.side}
	switch {
	case loc.Validate() != nil:
		f.Outcome = Undetermined
		f.say("the location is not a valid place", "stedet er ikke et gyldig sted")
		return f
	}
	if c.noTransfer(&f) {
		return f
	}
	n := len(c.own) + len(c.general) + len(c.mechs) + 1
	f.Bases = make([]Judged, 0, n)
	for _, b := range c.own {
		if c.covers(b.Place, loc) {
			f.Bases = append(f.Bases, c.judge(b, loc, false))
		}
	}
	for _, m := range c.mechs {
		f.Bases = append(f.Bases, c.judge(Basis{Mechanism: m, Clause: c.clause}, loc, true))
	}
	for _, b := range c.general {
		if c.covers(b.Place, loc) {
			if b.Clause == "" {
				b.Clause = c.clause
			}
			f.Bases = append(f.Bases, c.judge(b, loc, true))
		}
	}
	if loc.IsUnknown() {
		// The bases are judged and listed, but the outcome waits for the
		// place: it may be no transfer at all.
		f.Outcome = Undetermined
		f.say("the location is not stated", "stedet er ikke oppgitt")
		return f
	}
	c.verdict(&f, loc)
	return f
}

// noTransfer reports, and records in f, that loc is no transfer for the
// side on the day.
func (c *scope) noTransfer(f *Finding) bool {
	loc := f.Location
	switch c.side {
	case ExporterEEA:
		switch {
		case loc.Region == EU || loc.Region == EEA || loc.Region == EUEEA:
			f.say("the "+labelEN(loc.Region)+" is not a third country", labelNB(loc.Region)+" er ikke tredjeland")
		case loc.IsKnown() && c.law.inEEA(loc.Country, c.on):
			day := c.on.String()
			f.say(loc.Country+" is in the EEA on "+day, loc.Country+" er i EØS "+day)
		case loc.IsKnown() && c.law.member("bridge", loc.Country, c.on):
			day := c.on.String()
			f.say(loc.Country+" is not an EU member state on "+day+", but transfers to it were not yet transfers to a third country (transition period, then the TCA bridging clause)",
				loc.Country+" er ikke EU-medlem "+day+", men overføringer dit var ennå ikke overføringer til tredjeland (overgangsperiode, deretter TCA-broklausulen)")
		default:
			return false
		}
	case ExporterUK:
		switch {
		case loc.Country == "GB":
			f.say("within the United Kingdom", "innenfor Storbritannia")
		case c.inEEA(loc) && (c.law.member("eu", "GB", c.on) || c.law.member("eu-law", "GB", c.on)):
			day := c.on.String()
			f.say("the United Kingdom still applied the EU GDPR on "+day+" (an EU member state, then the transition period), so a transfer to the EEA was no transfer to a third country",
				"Storbritannia anvendte fortsatt EUs personvernforordning "+day+" (EU-medlem, deretter overgangsperioden), så en overføring til EØS var ingen overføring til tredjeland")
		default:
			return false
		}
	case ExporterCH:
		if loc.Country != "CH" {
			return false
		}
		f.say("within Switzerland", "innenfor Sveits")
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
				f.say(imp.Reason, imp.ReasonNB)
				return
			case named == 0:
				f.Outcome = NoneNamed
				f.say("no transfer basis is named, and "+imp.Reason, "intet overføringsgrunnlag er oppgitt, og "+imp.ReasonNB)
				return
			}
		}
	}
	switch {
	case best >= 0:
		j := f.Bases[best]
		f.Outcome, f.Basis, f.Act, f.Judgement = BasisFound, j.Basis.Mechanism, j.Act, j.Judgement
		if j.Basis.Clause != "" {
			f.Clause = j.Basis.Clause
		}
		f.say(j.Reason, j.ReasonNB)
	case unsettled:
		f.Outcome = Undetermined
		day := c.on.String()
		en, nb := listBases(f.Bases)
		f.say("no basis named is shown to be valid on "+day+": "+en, "ingen av grunnlagene som er oppgitt, er vist å gjelde "+day+": "+nb)
	case named > 0:
		f.Outcome = NoBasis
		day := c.on.String()
		en, nb := listBases(f.Bases)
		f.say("none of the bases named is valid on "+day+": "+en, "ingen av grunnlagene som er oppgitt, gjelder "+day+": "+nb)
	default:
		f.Outcome = NoneNamed
		en, nb := "no transfer basis is named", "intet overføringsgrunnlag er oppgitt"
		if loc.IsKnown() {
			day := c.on.String()
			en += " and no adequacy decision covers " + loc.Country + " on " + day
			nb += ", og ingen tilstrekkelighetsbeslutning dekker " + loc.Country + " " + day
		} else if loc.Region == Global {
			en += " for a place that includes third countries"
			nb += " for et sted som omfatter tredjeland"
		}
		f.say(en, nb)
	}
}

// listBases lists the named bases judged, each with its status and reason.
func listBases(js []Judged) (en, nb string) {
	var e, n strings.Builder
	for _, j := range js {
		if j.Implied || j.Status == NotApplicable {
			continue
		}
		if e.Len() > 0 {
			e.WriteString("; ")
			n.WriteString("; ")
		}
		e.WriteString(labelEN(j.Basis.Mechanism) + " (" + labelEN(j.Status) + ": " + j.Reason + ")")
		n.WriteString(labelNB(j.Basis.Mechanism) + " (" + labelNB(j.Status) + ": " + j.ReasonNB + ")")
	}
	return e.String(), n.String()
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

// judge judges one named basis for loc.
func (c *scope) judge(b Basis, loc Location, general bool) Judged {
	j := Judged{Basis: b, General: general}
	if b.Exporter != 0 && b.Exporter != c.side {
		j.set(NotApplicable, "named for transfers "+labelEN(b.Exporter), "oppgitt for overføringer "+labelNB(b.Exporter))
		return j
	}
	switch b.Mechanism {
	case UnnamedBasis:
		j.set(Unsettled, "the agreement promises an approved transfer basis without naming it", "avtalen lover et godkjent overføringsgrunnlag uten å navngi det")
	case BindingCorporateRules:
		j.Act = "GDPR Art. 47"
		j.set(Valid, "binding corporate rules approved under Art. 47", "bindende virksomhetsregler godkjent etter art. 47")
	case Derogation:
		j.Act, j.Judgement = "GDPR Art. 49", true
		j.set(Valid, "an Art. 49 derogation, which covers specific situations only", "et unntak etter art. 49, som bare gjelder særlige situasjoner")
	case SCC2021, LegacySCC, UKIDTA, UKAddendum:
		c.instrument(&j)
		if general && j.Status == Valid && !b.incorporated() {
			// A contract the general terms only name or require is a
			// basis promised, not one concluded: nothing shows that the
			// clauses were concluded with this recipient.
			label, labelNo := labelEN(b.Mechanism), labelNB(b.Mechanism)
			j.set(Unsettled, label+" named in the agreement's general terms by name only (no module, signing date or clauses incorporated); their conclusion for this recipient is not documented",
				labelNo+" nevnt i avtalens generelle vilkår bare ved navn (ingen modul, inngåelsesdato eller innlemmede klausuler); at de er inngått for denne mottakeren, er ikke dokumentert")
		}
	case Adequacy, SafeHarbour, PrivacyShield, DataPrivacyFramework:
		c.decision(&j, loc)
	default:
		j.set(Unsettled, "no valid mechanism is named", "ingen gyldig mekanisme er oppgitt")
	}
	return j
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
	label, labelNo := labelEN(b.Mechanism), labelNB(b.Mechanism)
	if row == nil {
		j.set(NotApplicable, label+" is not a basis for transfers from "+sideName(c.side, false),
			labelNo+" er ikke et grunnlag for overføringer fra "+sideName(c.side, true))
		return
	}
	j.Act = row.Act
	// The table names alternative acts with "or"; the Bokmål reasons
	// say "eller".
	actNB := strings.ReplaceAll(row.Act, " or ", " eller ")
	switch {
	case !row.From.IsZero() && c.on.Before(row.From):
		from := row.From.String()
		j.set(Insufficient, row.Act+" applies only from "+from, actNB+" gjelder først fra "+from)
		return
	case !row.Until.IsZero() && !c.on.Before(row.Until):
		until := row.Until.String()
		j.Since = row.Until
		j.set(Lapsed, row.Act+" no longer gives a basis from "+until, actNB+" gir ikke lenger grunnlag fra "+until)
		return
	case !row.NewUntil.IsZero() && !c.on.Before(row.NewUntil):
		nu, until := row.NewUntil.String(), row.Until.String()
		switch {
		case b.Signed.IsZero():
			j.set(Unsettled, row.Act+" held until "+until+" only for contracts concluded before "+nu+", and the signing date is not stated",
				actNB+" gjaldt til "+until+" bare for avtaler inngått før "+nu+", og inngåelsesdatoen er ikke oppgitt")
			return
		case b.Signed.Before(row.NewUntil):
			signed := b.Signed.String()
			j.set(Valid, row.Act+" concluded on "+signed+", before "+nu+", hold until "+until,
				actNB+" inngått "+signed+", før "+nu+", gjelder til "+until)
		default:
			signed := b.Signed.String()
			j.set(Insufficient, row.Act+" concluded on "+signed+", when they could no longer be concluded (from "+nu+")",
				actNB+" inngått "+signed+", da de ikke lenger kunne inngås (fra "+nu+")")
			return
		}
	default:
		if !row.NewUntil.IsZero() {
			nu := row.NewUntil.String()
			j.set(Valid, row.Act+" could still be concluded until "+nu, actNB+" kunne fortsatt inngås fram til "+nu)
		} else if b.Mechanism == SCC2021 {
			j.set(Valid, "standard contractual clauses "+row.Act+" (Art. 46(2)(c))", "standardavtaler "+actNB+" (art. 46 nr. 2 bokstav c)")
		} else {
			j.set(Valid, row.Act, actNB)
		}
	}
	if row.Requires != 0 && !c.names(row.Requires) {
		j.set(Insufficient, row.Act+" alone do not give a basis for transfers from "+sideName(c.side, false)+": the "+labelEN(row.Requires)+" is needed as well",
			actNB+" alene gir ikke grunnlag for overføringer fra "+sideName(c.side, true)+": "+labelNB(row.Requires)+" trengs i tillegg")
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
		j.set(Insufficient, b.Module.String()+" covers "+b.Module.Relation(english)+" transfers; a processor agreement's transfers are controller to processor (Module 2) or processor to processor (Module 3)",
			b.Module.String()+" gjelder overføringer fra "+b.Module.Relation(norsk)+"; overføringer under en databehandleravtale går fra behandlingsansvarlig til databehandler (modul 2) eller fra databehandler til databehandler (modul 3)")
		return
	}
	for _, ch := range [...]struct {
		code, clause, what, whatNB string
		outside, eea               Issues
	}{{b.Law, "Clause 17", "the law", "lovvalget", LawOutsideEU, LawEEA}, {b.Forum, "Clause 18", "the courts", "vernetinget", ForumOutsideEU, ForumEEA}} {
		switch {
		case ch.code == "":
		case c.side == ExporterCH && ch.code == "CH":
			// Where only the FADP applies, Swiss law and courts may be
			// chosen (FACTS-2 §1(c), datenrecht.ch).
		case c.law.member("eu", ch.code, c.on):
		case c.law.member("eea", ch.code, c.on):
			j.Issues |= ch.eea
			j.Judgement = true
			j.Reason += "; " + ch.clause + " names " + ch.what + " of " + ch.code + ", an EEA EFTA state: the clause names an EU Member State, and whether EEA Protocol 1 extends that to EEA states is not confirmed"
			j.ReasonNB += "; " + strings.Replace(ch.clause, "Clause", "klausul", 1) + ": " + ch.whatNB + " er " + ch.code + ", en EFTA-stat i EØS: klausulen nevner en EU-medlemsstat, og om EØS-avtalens protokoll 1 utvider det til EØS-statene, er ikke bekreftet"
		default:
			j.Issues |= ch.outside
			j.set(Insufficient, ch.clause+" of Modules 1 to 3 requires "+ch.what+" of an EU Member State; the clauses name "+ch.code,
				strings.Replace(ch.clause, "Clause", "klausul", 1)+" i modul 1 til 3 krever "+ch.whatNB+" i en EU-medlemsstat; klausulene angir "+ch.code)
			return
		}
	}
}

// decision judges an adequacy decision or a framework named, against the
// dated table of decisions for the side.
func (c *scope) decision(j *Judged, loc Location) {
	b := j.Basis
	label, labelNo := labelEN(b.Mechanism), labelNB(b.Mechanism)
	if !loc.IsKnown() {
		j.set(Unsettled, "the place is not one country, so "+label+" cannot be checked",
			"stedet er ikke ett land, så "+labelNo+" kan ikke prøves")
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
		j.set(Insufficient, "no adequacy decision covers "+loc.Country+" for transfers from "+sideName(c.side, false),
			"ingen tilstrekkelighetsbeslutning dekker "+loc.Country+" for overføringer fra "+sideName(c.side, true))
	case last == nil:
		j.set(Insufficient, "the tables hold no "+label+" for transfers from "+sideName(c.side, false)+" to "+loc.Country,
			"tabellene har ikke "+labelNo+" for overføringer fra "+sideName(c.side, true)+" til "+loc.Country)
	case !last.From.IsZero() && c.on.Before(last.From):
		j.Act = last.Act
		from := last.From.String()
		j.set(Insufficient, last.Act+" applies only from "+from, last.Act+" gjelder først fra "+from)
	default:
		j.Act, j.Since = last.Act, last.Until
		var judgment, judgmentNB string
		switch last.Mechanism {
		case PrivacyShield:
			judgment, judgmentNB = " (CJEU C-311/18 Schrems II)", " (EU-domstolen C-311/18 Schrems II)"
		case SafeHarbour:
			judgment, judgmentNB = " (CJEU C-362/14 Schrems I)", " (EU-domstolen C-362/14 Schrems I)"
		}
		until := last.Until.String()
		j.set(Lapsed, last.Act+" no longer applies from "+until+judgment, last.Act+" gjelder ikke lenger fra "+until+judgmentNB)
	}
}

// scoped returns the decision's act and note, and its Norwegian, for a
// reason.
func scoped(d *Decision) (en, nb string) {
	if d.Note == "" {
		return d.Act, d.Act
	}
	return d.Act + " " + d.Note, d.Act + " " + d.NoteNB
}

// decided judges decision d, in force on the day, for a recipient with the
// certification and sector stated.
func (c *scope) decided(j *Judged, d *Decision, cert Certification, sector Sector, loc Location) {
	j.Act = d.Act
	switch d.Limit {
	case PrivateSectorOnly:
		en, nb := scoped(d)
		switch sector {
		case Private:
		case Public:
			j.set(Insufficient, en+"; the recipient is public", nb+"; mottakeren er offentlig")
			return
		default:
			j.set(Unsettled, en+"; the recipient's sector is not stated", nb+"; mottakerens sektor er ikke oppgitt")
			return
		}
	case CertifiedOnly:
		en, nb := scoped(d)
		switch cert {
		case Certified:
		case NotCertified:
			j.set(Insufficient, en+"; the recipient is not certified", nb+"; mottakeren er ikke sertifisert")
			return
		default:
			j.set(Unsettled, en+"; certification is not stated", nb+"; sertifisering er ikke oppgitt")
			return
		}
	}
	day := c.on.String()
	en := labelEN(d.Mechanism) + " " + d.Act + " applies to " + loc.Country + " on " + day
	nb := labelNB(d.Mechanism) + " " + d.Act + " gjelder for " + loc.Country + " " + day
	if d.Note != "" {
		en += " (" + d.Note + ")"
		nb += " (" + d.NoteNB + ")"
	}
	if d.EEAPending && c.side == ExporterEEA {
		j.Judgement = true
		en += "; its incorporation into the EEA Agreement is not confirmed"
		nb += "; innlemmelsen i EØS-avtalen er ikke bekreftet"
	}
	j.set(Valid, en, nb)
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
					day := c.on.String()
					j.set(Valid, "an adequacy decision applies by itself (Art. 45(1)): "+d.Act+" covers every state of the "+labelEN(loc.Region)+" on "+day,
						"en tilstrekkelighetsbeslutning gjelder av seg selv (art. 45 nr. 1): "+d.Act+" dekker alle statene i "+labelNB(loc.Region)+" "+day)
					return j, true
				}
			}
			return Judged{}, false
		}
		if loc.Region == EEAAdequate && c.side == ExporterEEA {
			j := Judged{Basis: Basis{Mechanism: Adequacy, Place: loc}, Implied: true, Judgement: true}
			j.set(Valid, "the EEA and the countries with an adequacy decision: a transfer only to a country a decision covers, within its scope (some cover only the private sector or certified recipients)",
				"EØS og landene med tilstrekkelighetsbeslutning: en overføring bare til et land en beslutning dekker, innenfor dens rekkevidde (noen gjelder bare privat sektor eller sertifiserte mottakere)")
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
			j.Reason = "an adequacy decision applies by itself (Art. 45(1)): " + j.Reason
			j.ReasonNB = "en tilstrekkelighetsbeslutning gjelder av seg selv (art. 45 nr. 1): " + j.ReasonNB
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
		dst = append(dst, Finding{Outcome: NoTransfer, Exporter: side, Clause: e.Clause,
			Reason:   "anonymous statistics only: no personal data are transferred",
			ReasonNB: "kun anonym statistikk: ingen personopplysninger overføres"})
		if access != nil {
			*access = append(*access, false)
		}
		return dst
	}
	c := scope{law: law, side: side, on: on, own: e.Bases, general: t.Bases, mechs: t.Mechanisms, clause: t.Clause}
	add := func(l Location, acc bool) {
		if l.IsSet() {
			for _, code := range l.CountryCodes() {
				f := c.place(In(code))
				f.Of = l
				dst = append(dst, entryFinding(f, e, acc))
				if access != nil {
					*access = append(*access, acc)
				}
			}
			return
		}
		dst = append(dst, entryFinding(c.place(l), e, acc))
		if access != nil {
			*access = append(*access, acc)
		}
	}
	if len(e.Processing) == 0 {
		add(Location{}, false)
	}
	for _, l := range e.Processing {
		add(l, false)
	}
	for _, l := range e.Access {
		add(l, true)
	}
	return dst
}

func entryFinding(f Finding, e Entry, access bool) Finding {
	if f.Clause == "" {
		f.Clause = e.Clause
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
	uk, ch := false, false
	for _, bs := range bases {
		for _, b := range bs {
			uk = uk || b.Exporter == ExporterUK || b.Mechanism == UKIDTA || b.Mechanism == UKAddendum
			ch = ch || b.Exporter == ExporterCH
		}
	}
	out := []Exporter{ExporterEEA}
	if uk {
		out = append(out, ExporterUK)
	}
	if ch {
		out = append(out, ExporterCH)
	}
	return out
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
	var fs []Finding
	var acc []bool
	var walk func(prefix string, es []Entry, depth int)
	walk = func(prefix string, es []Entry, depth int) {
		for _, e := range es {
			path := join(prefix, e.Name)
			for _, side := range Sides(e.Bases, t.Bases) {
				acc = acc[:0]
				fs = law.appendEntry(fs[:0], e, t, side, on, &acc)
				for i, f := range fs {
					out = append(out, EntryFinding{Path: path, Access: acc[i], Finding: f})
				}
			}
			if depth < maxDepth {
				walk(path, e.Subprocessors, depth+1)
			}
		}
	}
	walk("", r.Entries, 1)
	return out
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
	var out []EntryFinding
	for _, side := range Sides(t.Bases) {
		c := scope{law: law, side: side, on: on, general: t.Bases, mechs: t.Mechanisms, clause: t.Clause}
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
	if f.Outcome != NoTransfer {
		f.Reason, f.ReasonNB = "remote access is a transfer: "+f.Reason, "fjerntilgang er overføring: "+f.ReasonNB
	}
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
