package review

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

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

// repealFiles holds the table of repealed instruments, law/repeals.tsv:
// one row per repeal with its source.
//
//go:embed law/repeals.tsv
var repealFiles embed.FS

// repeals is the embedded table, parsed once; it is never modified.
var repeals = mustReadRepeals()

func mustReadRepeals() []Repeal {
	rs, err := ReadRepeals(repealFiles)
	if err != nil {
		// The embedded file is part of the module and tested; an error
		// here is a defect of the module, not of any input.
		panic(err)
	}
	return rs
}

// Repeals returns the table of repealed instruments the review uses, each
// with the day it stopped applying and what replaced it. The table is
// embedded in the module as law/repeals.tsv, a readable file with the
// source of every row.
func Repeals() []Repeal { return append([]Repeal(nil), repeals...) }

// ReadRepeals reads a table of repealed instruments from the file
// law/repeals.tsv of fsys, in the format of the file the module embeds:
// tab-separated, a header line, lines starting with "#" ignored. Pass
// os.DirFS(dir) for a directory holding a newer "law" folder. Errors name
// the file and line.
func ReadRepeals(fsys fs.FS) ([]Repeal, error) {
	const name = "law/repeals.tsv"
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("review: law: %w", err)
	}
	var out []Repeal
	header := false
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !header {
			if line != "repealed\treplacement\ton\tbasis\tsource" {
				return nil, fmt.Errorf("review: law: %s:%d: header %q, want repealed, replacement, on, basis, source", name, n+1, line)
			}
			header = true
			continue
		}
		if len(f) != 5 {
			return nil, fmt.Errorf("review: law: %s:%d: %d cells, want 5", name, n+1, len(f))
		}
		on, err := obligation.ParseDate(f[2])
		if err != nil {
			return nil, fmt.Errorf("review: law: %s:%d: %w", name, n+1, err)
		}
		basis := strings.Split(f[3], ":")
		if len(basis) > 4 || basis[0] == "" || f[0] == "" || f[1] == "" || f[4] == "" {
			return nil, fmt.Errorf("review: law: %s:%d: repealed, replacement, basis and source are required (basis as instrument[:article[:paragraph[:point]]])", name, n+1)
		}
		r := Repeal{Repealed: Instrument(f[0]), Replacement: Instrument(f[1]), On: on, Basis: Reference{Instrument: Instrument(basis[0])}}
		if len(basis) > 1 {
			r.Basis.Article = basis[1]
		}
		if len(basis) > 2 {
			p, err := strconv.Atoi(basis[2])
			if err != nil || p < 0 {
				return nil, fmt.Errorf("review: law: %s:%d: paragraph %q", name, n+1, basis[2])
			}
			r.Basis.Paragraph = p
		}
		if len(basis) > 3 {
			r.Basis.Point = basis[3]
		}
		out = append(out, r)
	}
	if !header {
		return nil, fmt.Errorf("review: law: %s: no header line", name)
	}
	return out, nil
}

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
