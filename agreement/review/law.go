package review

import (
	"golang.org/x/text/language"

	"github.com/personvern/dpa/obligation"
)

// Instrument identifies a legal instrument the way [Law] does: by its
// EUR-Lex CELEX number ("32016R0679") or its Lovdata identifier
// ("LOV-2018-06-15-38").
type Instrument string

// Instruments the review cites or knows the history of.
const (
	// GDPR is Regulation (EU) 2016/679.
	GDPR Instrument = "32016R0679"
	// StandardClauses is Commission Implementing Decision (EU) 2021/915,
	// the standard contractual clauses between controllers and processors
	// under GDPR Art. 28(7).
	StandardClauses Instrument = "32021D0915"
	// DataProtectionDirective is Directive 95/46/EC, repealed by the GDPR.
	DataProtectionDirective Instrument = "31995L0046"
	// PersonalDataAct is personopplysningsloven, LOV-2018-06-15-38.
	PersonalDataAct Instrument = "LOV-2018-06-15-38"
	// PersonalDataAct2000 is the former personopplysningsloven,
	// LOV-2000-04-14-31.
	PersonalDataAct2000 Instrument = "LOV-2000-04-14-31"
	// PersonalDataRegulations2000 is the former personopplysningsforskriften,
	// FOR-2000-12-15-1265.
	PersonalDataRegulations2000 Instrument = "FOR-2000-12-15-1265"
	// HealthRegistersAct is helseregisterloven, LOV-2014-06-20-43.
	HealthRegistersAct Instrument = "LOV-2014-06-20-43"
	// HealthRegistersAct2001 is the former helseregisterloven,
	// LOV-2001-05-18-24.
	HealthRegistersAct2001 Instrument = "LOV-2001-05-18-24"
	// PatientRecordsAct is pasientjournalloven, LOV-2014-06-20-42.
	PatientRecordsAct Instrument = "LOV-2014-06-20-42"
)

// instrumentName holds an instrument's short name for citations and its
// full name for messages, in Norwegian Bokmål and English.
type instrumentName struct {
	id                   Instrument
	shortNB, shortEN     string
	nameNB, nameEN       string
	articleNB, articleEN string // the word for an article: "art." / "Art.", "klausul" / "Clause", "§"
}

var instrumentNames = [...]instrumentName{
	{GDPR, "GDPR", "GDPR", "personvernforordningen (GDPR)", "the GDPR (Regulation (EU) 2016/679)", "art.", "Art."},
	{StandardClauses, "beslutning (EU) 2021/915", "Decision (EU) 2021/915", "standardavtalevilkårene i beslutning (EU) 2021/915", "the standard contractual clauses of Decision (EU) 2021/915", "klausul", "Clause"},
	{DataProtectionDirective, "direktiv 95/46/EF", "Directive 95/46/EC", "personverndirektivet (direktiv 95/46/EF)", "the Data Protection Directive (95/46/EC)", "art.", "Art."},
	{PersonalDataAct, "LOV-2018-06-15-38", "LOV-2018-06-15-38", "personopplysningsloven (LOV-2018-06-15-38)", "the Personal Data Act (LOV-2018-06-15-38)", "§", "§"},
	{PersonalDataAct2000, "LOV-2000-04-14-31", "LOV-2000-04-14-31", "personopplysningsloven av 2000 (LOV-2000-04-14-31)", "the Personal Data Act of 2000 (LOV-2000-04-14-31)", "§", "§"},
	{PersonalDataRegulations2000, "FOR-2000-12-15-1265", "FOR-2000-12-15-1265", "personopplysningsforskriften av 2000 (FOR-2000-12-15-1265)", "the Personal Data Regulations of 2000 (FOR-2000-12-15-1265)", "§", "§"},
	{HealthRegistersAct, "LOV-2014-06-20-43", "LOV-2014-06-20-43", "helseregisterloven (LOV-2014-06-20-43)", "the Health Registers Act (LOV-2014-06-20-43)", "§", "§"},
	{HealthRegistersAct2001, "LOV-2001-05-18-24", "LOV-2001-05-18-24", "helseregisterloven av 2001 (LOV-2001-05-18-24)", "the Health Registers Act of 2001 (LOV-2001-05-18-24)", "§", "§"},
	{PatientRecordsAct, "LOV-2014-06-20-42", "LOV-2014-06-20-42", "pasientjournalloven (LOV-2014-06-20-42)", "the Patient Records Act (LOV-2014-06-20-42)", "§", "§"},
}

func (i Instrument) lookup() (instrumentName, bool) {
	for _, n := range instrumentNames {
		if n.id == i {
			return n, true
		}
	}
	return instrumentName{}, false
}

// rank orders instruments in a report: the GDPR, then the 2021/915
// clauses, then the rest.
func (i Instrument) rank() int {
	switch i {
	case GDPR:
		return 0
	case StandardClauses:
		return 1
	}
	return 2
}

// String returns the identifier.
func (i Instrument) String() string { return string(i) }

// Label returns the instrument's name in Norwegian Bokmål or English, with
// its identifier; an instrument the review does not know is its
// identifier.
func (i Instrument) Label(tag language.Tag) string {
	n, ok := i.lookup()
	if !ok {
		return string(i)
	}
	if norwegian(tag) {
		return n.nameNB
	}
	return n.nameEN
}

// short is the instrument's name in a citation and the word for its
// articles.
func (i Instrument) short(nb bool) (name, article string) {
	n, ok := i.lookup()
	switch {
	case !ok && isLovdata(i):
		return string(i), "§"
	case !ok && nb:
		return string(i), "art."
	case !ok:
		return string(i), "Art."
	case nb:
		return n.shortNB, n.articleNB
	}
	return n.shortEN, n.articleEN
}

func isLovdata(i Instrument) bool {
	return len(i) > 4 && (i[:4] == "LOV-" || i[:4] == "FOR-")
}

// Repeal is a dated fact: an instrument repealed or replaced by another
// from a given day. Basis is the provision to cite for it.
type Repeal struct {
	// Repealed is the instrument that no longer applies.
	Repealed Instrument
	// Replacement is the instrument that replaced it.
	Replacement Instrument
	// On is the first day the repealed instrument no longer applies.
	On obligation.Date
	// Basis is the provision a finding cites: the repealing article where
	// it is known (GDPR Art. 94(1)), otherwise the replacing instrument.
	Basis Reference
}

// repeals is the review's table of repealed instruments. Each row cites its
// source; see also shared/legal FACTS §4 and §3.2.
var repeals = [...]Repeal{
	// personopplysningsloven 2018 replaced the 2000 Act and its regulation
	// when it entered into force on 20 July 2018, the day the GDPR applied
	// in Norway (regjeringen.no, "Ny personopplysningslov", id2592984;
	// snl.no, "personopplysningsloven"). The section of the 2018 Act that
	// repeals them is not cited here: it was not checked on Lovdata.
	{PersonalDataAct2000, PersonalDataAct, obligation.NewDate(2018, 7, 20), Reference{Instrument: PersonalDataAct}},
	{PersonalDataRegulations2000, PersonalDataAct, obligation.NewDate(2018, 7, 20), Reference{Instrument: PersonalDataAct}},
	// helseregisterloven 2014 replaced helseregisterloven 2001 from 1
	// January 2015 (kvalitetsregistre.no, "Rettslig grunnlag"). Its number,
	// LOV-2014-06-20-43, is the one two public tables of Lovdata short names
	// give; it was not checked on Lovdata itself.
	{HealthRegistersAct2001, HealthRegistersAct, obligation.NewDate(2015, 1, 1), Reference{Instrument: HealthRegistersAct}},
	// GDPR Art. 94(1): "Directive 95/46/EC is repealed with effect from 25
	// May 2018"; Art. 94(2) reads references to it as references to the
	// GDPR. That is the EU date; in Norway the GDPR applied from 20 July
	// 2018 (FACTS §3.2), so an agreement reviewed between the two days
	// under Norwegian law is flagged a little early.
	{DataProtectionDirective, GDPR, obligation.NewDate(2018, 5, 25), Art("94", 1, "")},
}

// Repeals returns the table of repealed instruments the review uses, each
// with the day it stopped applying and what replaced it.
func Repeals() []Repeal { return append([]Repeal(nil), repeals[:]...) }

// repealOf returns the repeal of i that has taken effect on day on.
func repealOf(i Instrument, on obligation.Date) (Repeal, bool) {
	if on.IsZero() {
		return Repeal{}, false
	}
	for _, r := range repeals {
		if r.Repealed == i && !on.Before(r.On) {
			return r, true
		}
	}
	return Repeal{}, false
}
