package subprocessor

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Limit is a scope condition of a dated [Decision]. Its zero value,
// [Whole], means no condition.
type Limit uint8

const (
	// Whole: the decision covers every recipient in the country.
	Whole Limit = iota
	// PrivateSectorOnly: only private-sector (commercial) recipients
	// (Canada: organisations subject to PIPEDA; Japan: the private sector
	// under the APPI).
	PrivateSectorOnly
	// CertifiedOnly: only recipients on the framework's list (the US
	// frameworks).
	CertifiedOnly
)

var limitNames = [...]string{"whole", "private-sector-only", "certified-only"}

// String returns the identifier: "whole", "private-sector-only" or
// "certified-only".
func (l Limit) String() string {
	if int(l) < len(limitNames) {
		return limitNames[l]
	}
	return fmt.Sprintf("%%!Limit(%d)", uint8(l))
}

// Decision is one dated legal basis in the transfer table: an adequacy
// decision or a US framework, when it applies and to whom.
type Decision struct {
	// Country is the ISO 3166-1 alpha-2 code of the destination.
	Country string
	// Mechanism is [Adequacy] for a country decision, or the US framework
	// ([SafeHarbour], [PrivacyShield], [DataPrivacyFramework]).
	Mechanism Mechanism
	// Act names the decision ("2000/518/EC").
	Act string
	// From is the first day it applies; zero when its start is not
	// modelled. Unless noted, it is the day of adoption (FACTS.md §3.1).
	From obligation.Date
	// Until is the first day it no longer applies; zero while in force.
	Until obligation.Date
	// Limit is its scope condition.
	Limit Limit
	// Note is a scope remark that does not change the outcome but should
	// be read (the 2021 UK decision's immigration exclusion).
	Note string
	// NoteNB is Note in Norwegian Bokmål.
	NoteNB string
	// EEAPending reports that its incorporation into the EEA Agreement
	// was not confirmed by the sources: applying it in Norway needs a
	// legal judgement (FACTS.md §3.2, "EEA lag").
	EEAPending bool
}

func date(y int, m, d int) obligation.Date { return obligation.NewDate(y, timeMonth(m), d) }

// decisions is the dated table. Every row comes from
// ../shared/legal/FACTS.md §3.1 and §3.2; the sources named there are
// repeated per row.
var decisions = [...]Decision{
	// FACTS §3.1 table (mukul975 list "as of March 2026"; CNPD Luxembourg
	// scope notes). Dates of adoption.
	{Country: "CH", Mechanism: Adequacy, Act: "2000/518/EC", From: date(2000, 7, 26)},
	// Canada: only recipients subject to PIPEDA (CNPD).
	{Country: "CA", Mechanism: Adequacy, Act: "2002/2/EC", From: date(2001, 12, 20), Limit: PrivateSectorOnly,
		Note: "covers only commercial organisations subject to PIPEDA", NoteNB: "gjelder bare kommersielle virksomheter underlagt PIPEDA"},
	{Country: "AR", Mechanism: Adequacy, Act: "2003/490/EC", From: date(2003, 6, 30)},
	{Country: "GG", Mechanism: Adequacy, Act: "2003/821/EC", From: date(2003, 11, 21)},
	{Country: "IM", Mechanism: Adequacy, Act: "2004/411/EC", From: date(2004, 4, 28)},
	{Country: "JE", Mechanism: Adequacy, Act: "2008/393/EC", From: date(2008, 5, 8)},
	{Country: "FO", Mechanism: Adequacy, Act: "2010/146/EU", From: date(2010, 3, 5)},
	{Country: "AD", Mechanism: Adequacy, Act: "2010/625/EU", From: date(2010, 10, 19)},
	{Country: "IL", Mechanism: Adequacy, Act: "2011/61/EU", From: date(2011, 1, 31)},
	{Country: "UY", Mechanism: Adequacy, Act: "2012/484/EU", From: date(2012, 8, 21)},
	{Country: "NZ", Mechanism: Adequacy, Act: "2013/65/EU", From: date(2012, 12, 19)},
	// Japan: private sector under the APPI plus the Supplementary Rules.
	{Country: "JP", Mechanism: Adequacy, Act: "(EU) 2019/419", From: date(2019, 1, 23), Limit: PrivateSectorOnly,
		Note: "covers the private sector under the APPI and the Supplementary Rules", NoteNB: "gjelder privat sektor under APPI og tilleggsreglene"},
	// United Kingdom: adopted 28 Jun 2021 (2021/1772); sunset 27 Jun 2025
	// extended to 27 Dec 2025; renewed 19 Dec 2025, valid until 27 Dec
	// 2031, now covering immigration-control data (FACTS §3.2: mondaq,
	// dpocentre, uea.ac.uk). The two rows meet on the renewal day.
	{Country: "GB", Mechanism: Adequacy, Act: "(EU) 2021/1772", From: date(2021, 6, 28), Until: date(2025, 12, 19),
		Note: "the 2021 decision excluded immigration-control data", NoteNB: "2021-beslutningen unntok opplysninger til utlendingskontroll"},
	{Country: "GB", Mechanism: Adequacy, Act: "renewal of 19 Dec 2025", From: date(2025, 12, 19), Until: date(2031, 12, 27)},
	// Republic of Korea: entities under PIPA.
	{Country: "KR", Mechanism: Adequacy, Act: "(EU) 2022/254", From: date(2021, 12, 17),
		Note: "covers entities subject to PIPA", NoteNB: "gjelder virksomheter underlagt PIPA"},
	// USA: Data Privacy Framework, immediate effect 10 Jul 2023 (FACTS
	// §3.2; Datatilsynet "Reglene trer i kraft umiddelbart"); only
	// organisations on the DPF List.
	{Country: "US", Mechanism: DataPrivacyFramework, Act: "(EU) 2023/1795", From: date(2023, 7, 10), Limit: CertifiedOnly,
		Note: "covers only organisations on the DPF List", NoteNB: "gjelder bare virksomheter på DPF-listen"},
	// Brazil: (EU) 2026/179 of 26 Jan 2026; the EEA/EFTA draft Joint
	// Committee decision was sent to the Commission only on 6 May 2026
	// (europalov id-34841), so its EEA effect needs judgement.
	{Country: "BR", Mechanism: Adequacy, Act: "(EU) 2026/179", From: date(2026, 1, 26), EEAPending: true},
	// Safe Harbour 2000/520/EC: adopted 26 Jul 2000 (not in FACTS; the
	// Commission's Staff Working Paper SEC(2002) 196, "the Commission
	// adopted on 26 July 2000, Decision 520/2000/EC", quoted at
	// technethics.com, and Austria's observations in C-362/14, "Commission
	// Decision of 26 July 2000 (2000/520/EC)"); invalidated by CJEU
	// C-362/14 Schrems I on 6 Oct 2015 (FACTS §3.2).
	{Country: "US", Mechanism: SafeHarbour, Act: "2000/520/EC", From: date(2000, 7, 26), Until: date(2015, 10, 6), Limit: CertifiedOnly},
	// Privacy Shield (EU) 2016/1250: adopted 12 Jul 2016 (FACTS §3.2,
	// marked "from memory"; confirmed by mondaq.com "On 12 July 2016, the
	// European Commission adopted the EU-U.S. Privacy Shield" and
	// lexology.com "the agreement came into force on the day it was
	// adopted", certification from 1 Aug 2016); invalidated by CJEU
	// C-311/18 Schrems II on 16 Jul 2020 with no grace period.
	{Country: "US", Mechanism: PrivacyShield, Act: "(EU) 2016/1250", From: date(2016, 7, 12), Until: date(2020, 7, 16), Limit: CertifiedOnly},
}

// The dates of the standard contractual clauses (FACTS §2 and §3.2:
// ThomasMoreAI scc-implementation standards.md; sergiomaldo/deal-room
// eu-sccs.md). 2021/914 is in force from 27 Jun 2021; the old clauses
// could be used for new contracts until 27 Sep 2021, and contracts signed
// before then remained valid until 27 Dec 2022. "Until" is read here as
// the first day without effect, as for the judgments above.
var (
	scc2021From     = date(2021, 6, 27)
	legacySCCNewEnd = date(2021, 9, 27)
	legacySCCAllEnd = date(2022, 12, 27)
	ukBridgeEnd     = date(2021, 6, 28)
)

// Decisions returns a copy of the dated table of adequacy decisions and US
// frameworks, in the order of FACTS.md §3.
func Decisions() []Decision {
	out := make([]Decision, len(decisions))
	copy(out, decisions[:])
	return out
}

// Finding is the result of a transfer evaluation: the outcome, the basis
// that decided it and why.
type Finding struct {
	// Outcome is the answer.
	Outcome Outcome `json:"outcome"`
	// Location is the place evaluated.
	Location Location `json:"location"`
	// Basis is the mechanism that gives the basis, or the one stated that
	// fails; zero when none is stated and none applies.
	Basis Mechanism `json:"basis,omitempty"`
	// Act names the decision or instrument the outcome rests on.
	Act string `json:"act,omitempty"`
	// Reason explains the outcome in English, ReasonNB in Norwegian
	// Bokmål; [Finding.Explain] picks one.
	Reason   string `json:"reason"`
	ReasonNB string `json:"reasonNb"`
	// Judgement reports that the outcome needs a legal judgement (an Art.
	// 49 derogation, an adequacy decision whose EEA effect is pending).
	Judgement bool `json:"judgement,omitempty"`
	// Clause is where the agreement states the basis, if it does.
	Clause obligation.Clause `json:"clause,omitempty"`
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

// Transfer evaluates whether personal data processed in, or accessed from,
// loc has a lawful basis on the day on, relying on s. It is pure.
//
// A location in the EEA is no transfer (the United Kingdom was treated as
// such until its adequacy decision of 28 June 2021: EU member until 31
// January 2020, transition until 31 December 2020, then the Trade and
// Cooperation Agreement's bridging clause, per the Commission's Brexit
// page, ec.europa.eu/info/law/law-topic/data-protection/
// international-dimension-data-protection/brexit_en). Otherwise the
// mechanism s names is checked against its dates and scope, and failing
// that an adequacy decision for the country applies by itself (Art.
// 45(1)). An unknown location, an unnamed country with a country-bound
// basis, an unnamed basis, and a scope condition the facts do not settle
// give [Undetermined].
func Transfer(loc Location, s Safeguard, on obligation.Date) Finding {
	f := Finding{Location: loc, Clause: s.Clause, Basis: s.Mechanism}
	switch {
	case loc.IsUnknown():
		f.Outcome = Undetermined
		f.say("the location is not stated", "stedet er ikke oppgitt")
		return f
	case loc.Validate() != nil:
		f.Outcome = Undetermined
		f.say("the location is not a valid ISO 3166-1 country", "stedet er ikke et gyldig ISO 3166-1-land")
		return f
	case loc.InEEA():
		f.Basis, f.Outcome = 0, NoTransfer
		f.say(loc.Country+" is in the EEA", loc.Country+" er i EØS")
		return f
	case loc.Country == "GB" && on.Before(ukBridgeEnd):
		f.Basis, f.Outcome = 0, NoTransfer
		f.say("until 28 June 2021 transfers to the United Kingdom were not transfers to a third country (EU membership, transition period, then the TCA bridging clause)",
			"fram til 28. juni 2021 var overføringer til Storbritannia ikke overføringer til tredjeland (EU-medlemskap, overgangsperiode, deretter TCA-broklausulen)")
		return f
	}
	stated := checkMechanism(loc, s, on)
	if stated.Outcome == BasisFound {
		return stated
	}
	if s.Mechanism != Adequacy && loc.IsKnown() {
		// An adequacy decision applies whatever the agreement names.
		if a := checkMechanism(loc, Safeguard{Mechanism: Adequacy, Certified: s.Certified, Sector: s.Sector}, on); a.Outcome == BasisFound || (a.Outcome == Undetermined && stated.Outcome != Undetermined) {
			a.Clause = s.Clause
			if s.Mechanism != 0 {
				a.Reason, a.ReasonNB = stated.Reason+"; "+a.Reason, stated.ReasonNB+"; "+a.ReasonNB
			}
			return a
		}
	}
	return stated
}

// checkMechanism evaluates the mechanism s names, for a location outside
// the EEA.
func checkMechanism(loc Location, s Safeguard, on obligation.Date) Finding {
	f := Finding{Location: loc, Clause: s.Clause, Basis: s.Mechanism}
	switch s.Mechanism {
	case 0:
		f.Outcome = NoBasis
		f.say("no transfer mechanism is stated", "ingen overføringsgrunnlag er oppgitt")
		if loc.IsKnown() {
			day := on.String()
			f.Reason += " and no adequacy decision covers " + loc.Country + " on " + day
			f.ReasonNB += ", og ingen tilstrekkelighetsbeslutning dekker " + loc.Country + " " + day
		}
	case UnnamedBasis:
		f.Outcome = Undetermined
		f.say("the agreement promises an approved transfer basis without naming it", "avtalen lover et godkjent overføringsgrunnlag uten å navngi det")
	case SCC2021:
		f.Act = "(EU) 2021/914"
		if on.Before(scc2021From) {
			f.Outcome = NoBasis
			f.say("the 2021/914 clauses apply from 27 June 2021", "2021/914-klausulene gjelder fra 27. juni 2021")
		} else {
			f.Outcome = BasisFound
			f.say("standard contractual clauses (EU) 2021/914 (Art. 46(2)(c))", "standardavtaler (EU) 2021/914 (art. 46 nr. 2 bokstav c)")
		}
	case LegacySCC:
		f.Act = "2001/497/EC, 2004/915/EC or 2010/87/EU"
		switch {
		case !on.Before(legacySCCAllEnd):
			f.Outcome = NoBasis
			f.say("the old standard contractual clauses lost effect on 27 December 2022", "de gamle standardavtalene falt bort 27. desember 2022")
		case on.Before(legacySCCNewEnd):
			f.Outcome = BasisFound
			f.say("the old standard contractual clauses could still be concluded until 27 September 2021", "de gamle standardavtalene kunne fortsatt inngås fram til 27. september 2021")
		case s.Signed.IsZero():
			f.Outcome = Undetermined
			f.say("the old standard contractual clauses held until 27 December 2022 only for contracts signed before 27 September 2021, and the signing date is not stated",
				"de gamle standardavtalene gjaldt til 27. desember 2022 bare for avtaler inngått før 27. september 2021, og inngåelsesdatoen er ikke oppgitt")
		case s.Signed.Before(legacySCCNewEnd):
			f.Outcome = BasisFound
			f.say("old standard contractual clauses signed on "+s.Signed.String()+", before 27 September 2021, held until 27 December 2022",
				"gamle standardavtaler inngått "+s.Signed.String()+", før 27. september 2021, gjaldt til 27. desember 2022")
		default:
			f.Outcome = NoBasis
			f.say("old standard contractual clauses signed on "+s.Signed.String()+", after their repeal on 27 September 2021",
				"gamle standardavtaler inngått "+s.Signed.String()+", etter at de ble opphevet 27. september 2021")
		}
	case BindingCorporateRules:
		f.Act = "GDPR Art. 47"
		f.Outcome = BasisFound
		f.say("binding corporate rules approved under Art. 47", "bindende virksomhetsregler godkjent etter art. 47")
	case Derogation:
		f.Act = "GDPR Art. 49"
		f.Outcome, f.Judgement = BasisFound, true
		f.say("an Art. 49 derogation, which covers specific situations only", "et unntak etter art. 49, som bare gjelder særlige situasjoner")
	case Adequacy, SafeHarbour, PrivacyShield, DataPrivacyFramework:
		if !loc.IsKnown() {
			f.Outcome = Undetermined
			f.say("the country is not named, so a country-bound basis cannot be checked", "landet er ikke navngitt, så et landbundet grunnlag kan ikke prøves")
			return f
		}
		return checkDecision(loc, s, on)
	default:
		f.Outcome = Undetermined
		f.say(fmt.Sprintf("invalid mechanism %d", s.Mechanism), fmt.Sprintf("ugyldig grunnlag %d", s.Mechanism))
	}
	return f
}

// checkDecision looks the country and mechanism up in the dated table.
func checkDecision(loc Location, s Safeguard, on obligation.Date) Finding {
	f := Finding{Location: loc, Clause: s.Clause, Basis: s.Mechanism, Outcome: NoBasis}
	var last *Decision
	for i := range decisions {
		d := &decisions[i]
		if d.Country != loc.Country {
			continue
		}
		// A country adequacy decision matches Adequacy; a US framework
		// matches its own name and, for DPF, Adequacy too.
		if d.Mechanism != s.Mechanism && (s.Mechanism != Adequacy || d.Mechanism != DataPrivacyFramework) {
			continue
		}
		last = d
		if (!d.From.IsZero() && on.Before(d.From)) || (!d.Until.IsZero() && !on.Before(d.Until)) {
			continue
		}
		f.Act, f.Basis = d.Act, d.Mechanism
		switch d.Limit {
		case PrivateSectorOnly:
			switch s.Sector {
			case Private:
			case Public:
				f.say(d.Act+" "+d.Note+"; the recipient is public", d.Act+" "+d.NoteNB+"; mottakeren er offentlig")
				return f
			default:
				f.Outcome = Undetermined
				f.say(d.Act+" "+d.Note+"; the recipient's sector is not stated", d.Act+" "+d.NoteNB+"; mottakerens sektor er ikke oppgitt")
				return f
			}
		case CertifiedOnly:
			if !s.Certified && s.Mechanism == Adequacy {
				f.Outcome = Undetermined
				f.say(d.Act+" "+d.Note+"; certification is not stated", d.Act+" "+d.NoteNB+"; sertifisering er ikke oppgitt")
				return f
			}
		}
		f.Outcome = BasisFound
		day := on.String()
		f.say(d.Mechanism.Label(english)+" "+d.Act+" applies to "+loc.Country+" on "+day,
			d.Mechanism.Label(norsk)+" "+d.Act+" gjelder for "+loc.Country+" "+day)
		if d.Note != "" {
			f.Reason += " (" + d.Note + ")"
			f.ReasonNB += " (" + d.NoteNB + ")"
		}
		if d.EEAPending {
			f.Judgement = true
			f.Reason += "; its incorporation into the EEA Agreement is not confirmed"
			f.ReasonNB += "; innlemmelsen i EØS-avtalen er ikke bekreftet"
		}
		return f
	}
	switch {
	case last == nil && s.Mechanism == Adequacy:
		f.say("no adequacy decision covers "+loc.Country, "ingen tilstrekkelighetsbeslutning dekker "+loc.Country)
	case last == nil:
		f.say(s.Mechanism.Label(english)+" covers only the United States", s.Mechanism.Label(norsk)+" gjelder bare USA")
	case !last.From.IsZero() && on.Before(last.From):
		f.Act = last.Act
		from := last.From.String()
		f.say(last.Act+" applies only from "+from, last.Act+" gjelder først fra "+from)
	default:
		f.Act = last.Act
		var judgment, judgmentNB string
		switch last.Mechanism {
		case PrivacyShield:
			judgment, judgmentNB = " (CJEU C-311/18 Schrems II)", " (EU-domstolen C-311/18 Schrems II)"
		case SafeHarbour:
			judgment, judgmentNB = " (CJEU C-362/14 Schrems I)", " (EU-domstolen C-362/14 Schrems I)"
		}
		until := last.Until.String()
		f.say(last.Act+" no longer applies from "+until+judgment, last.Act+" gjelder ikke lenger fra "+until+judgmentNB)
	}
	return f
}

// EntryFinding is a transfer finding for one location of one register
// entry.
type EntryFinding struct {
	// Path names the entry through its chain, "SendGrid, Inc." or
	// "A AS > B Ltd" for a subprocessor's own subprocessor.
	Path string `json:"path"`
	// Access reports that the location is one staff reach the data from,
	// rather than one where the data are processed.
	Access bool `json:"access,omitempty"`
	Finding
}

// Transfers evaluates every entry of r, at every level, on the day on:
// each processing location, or one [Undetermined] finding when an entry
// states none, and each access location. An entry that
// reaches anonymous statistics only transfers no personal data. Entries
// come in register order, each before its own subprocessors.
func (r Register) Transfers(on obligation.Date) []EntryFinding {
	var out []EntryFinding
	var walk func(prefix string, es []Entry, depth int)
	walk = func(prefix string, es []Entry, depth int) {
		for _, e := range es {
			path := join(prefix, e.Name)
			switch {
			case e.Reach == AnonymousStatistics:
				out = append(out, EntryFinding{Path: path, Finding: Finding{Outcome: NoTransfer, Clause: e.Clause,
					Reason:   "anonymous statistics only: no personal data are transferred",
					ReasonNB: "kun anonym statistikk: ingen personopplysninger overføres"}})
			default:
				if len(e.Processing) == 0 {
					out = append(out, EntryFinding{Path: path, Finding: Transfer(Location{}, e.Safeguard, on)})
				}
				for _, l := range e.Processing {
					out = append(out, EntryFinding{Path: path, Finding: Transfer(l, e.Safeguard, on)})
				}
				for _, l := range e.Access {
					out = append(out, EntryFinding{Path: path, Access: true, Finding: viaAccess(Transfer(l, e.Safeguard, on))})
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

// Findings evaluates the places the agreement's transfer terms name, on
// the day on, against each mechanism they name, and keeps the best
// outcome per place (a basis found, then undetermined, then none). Access
// locations are transfers too.
func (t Transfers) Findings(on obligation.Date) []EntryFinding {
	var out []EntryFinding
	eval := func(l Location, access bool) {
		best := Transfer(l, Safeguard{Clause: t.Clause}, on)
		for _, m := range t.Mechanisms {
			f := Transfer(l, Safeguard{Mechanism: m, Clause: t.Clause}, on)
			if rank(f.Outcome) < rank(best.Outcome) {
				best = f
			}
		}
		if access {
			best = viaAccess(best)
		}
		out = append(out, EntryFinding{Path: "", Access: access, Finding: best})
	}
	for _, l := range t.Locations {
		eval(l, false)
	}
	for _, l := range t.Access {
		eval(l, true)
	}
	return out
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

func rank(o Outcome) int {
	switch o {
	case NoTransfer:
		return 0
	case BasisFound:
		return 1
	case Undetermined:
		return 2
	}
	return 3
}
