package agreement

import (
	"strings"

	"github.com/personvern/dpa/obligation"
)

// This file holds Review's checks. Each appends its findings to fs and
// returns it; none reads anything but its arguments.

// noteFor returns the message note that says how a provision that is
// present fails: left blank or stated as none.
func noteFor(p obligation.Provision) Arg {
	switch p.Status {
	case obligation.Blank:
		return Arg{Key: noteBlank}
	case obligation.StatedNone:
		return Arg{Key: noteStatedNone}
	}
	return Arg{}
}

// missing returns a finding for a term the agreement must have and p
// shows it lacks: absent, blank or stated as none.
func missing(code Code, p obligation.Provision, basis Reference) Finding {
	f := Finding{Code: code, Severity: Unmet, Basis: basis}
	if p.Status == obligation.Absent {
		f.Absent = true
		return f
	}
	f.Clause = p.Clause
	f.Args = []Arg{noteFor(p)}
	return f
}

// checkSubjectMatter: Art. 28(3) first sentence, the subject matter of the
// processing, which the model keeps in [Service].
func checkSubjectMatter(a Agreement, fs []Finding) []Finding {
	s := a.Service
	if s.Status == obligation.Stated && strings.TrimSpace(s.SubjectMatter) != "" {
		return fs
	}
	return append(fs, missing(SubjectMatterMissing, s.Provision, Art("28", 3, "")))
}

// checkDuration: Art. 28(3) first sentence, the duration of the
// processing, which the model keeps in [Term]. A term that follows the main
// agreement or lasts while processing continues states a duration.
func checkDuration(a Agreement, fs []Finding) []Finding {
	if a.Term.Status == obligation.Stated {
		return fs
	}
	return append(fs, missing(DurationMissing, a.Term.Provision, Art("28", 3, "")))
}

// checkProcessingDescribed: Art. 28(3) first sentence, the nature and
// purpose of the processing, the type of personal data and the categories
// of data subjects, which the model keeps in [Processing]. Only whether the
// agreement describes the processing at all is checked: the description's
// parts are checked once annex.Description holds them.
func checkProcessingDescribed(a Agreement, fs []Finding) []Finding {
	if a.Processing.Status == obligation.Stated {
		return fs
	}
	return append(fs, missing(ProcessingNotDescribed, a.Processing.Provision, Art("28", 3, "")))
}

// checkWriting: Art. 28(9), the contract in writing, including electronic
// form. A modelled agreement comes from a text, so what can be checked is
// whether the model holds that text and which documents the agreement
// consists of without reproducing them: their terms could not be read.
// Both are information, not a breach: the documents may well exist in
// writing.
func checkWriting(a Agreement, fs []Finding) []Finding {
	included := false
	for _, d := range a.Documents {
		included = included || d.Included
	}
	if !included {
		fs = append(fs, Finding{Code: NoWrittenText, Severity: Info, Absent: true, Basis: Art("28", 9, "")})
	}
	for _, d := range a.Documents {
		if !d.Included && d.Title != "" {
			fs = append(fs, Finding{
				Code: DocumentNotReproduced, Severity: Info, Clause: obligation.Clause(d.Title),
				Basis: Art("28", 9, ""), Args: []Arg{{Text: d.Title}},
			})
		}
	}
	return fs
}

// checkLawsCited: the law the agreement cites, against the table of
// repealed instruments on the review date. Citing a repealed law is weak,
// not unmet: the law in force applies whatever the agreement cites, but a
// reader, and the parties, are pointed at rules that no longer hold.
func checkLawsCited(a Agreement, on obligation.Date, fs []Finding) []Finding {
	for _, law := range a.Laws.Cited {
		r, ok := repealOf(Instrument(law.ID), on)
		if !ok {
			continue
		}
		clause := law.Clause
		if clause == "" {
			clause = a.Laws.Clause
		}
		var notes [2]Arg
		switch {
		case citesLaw(a, r.Replacement):
			notes[0] = Arg{Key: noteAlsoCites}
		case a.Laws.Successors:
			notes[0] = Arg{Key: noteSuccessors}
		}
		if r.Repealed == DataProtectionDirective {
			notes[1] = Arg{Key: noteArt94}
		}
		fs = append(fs, Finding{
			Code: LawRepealed, Severity: Weak, Clause: clause, Absent: clause == "",
			Basis: r.Basis,
			Args:  []Arg{{Law: r.Repealed}, {Date: r.On}, {Law: r.Replacement}, notes[0], notes[1]},
		})
	}
	return fs
}

func citesLaw(a Agreement, id Instrument) bool {
	for _, law := range a.Laws.Cited {
		if Instrument(law.ID) == id {
			return true
		}
	}
	return false
}

// checkGoverningLaw: governing law and venue. Neither is an Art. 28
// requirement, so the findings are information. They cite Art. 28(3)
// because it asks for "a contract or other legal act under Union or Member
// State law": a choice of law makes plain which. An agreement that leaves
// both to another document (Nortelecom 15.1) has chosen.
func checkGoverningLaw(a Agreement, fs []Finding) []Finding {
	g := a.GoverningLaw
	basis := Art("28", 3, "")
	switch {
	case g.Status == obligation.Absent:
		return append(fs, Finding{Code: GoverningLawMissing, Severity: Info, Absent: true, Basis: basis})
	case g.Status != obligation.Stated || (g.Country == "" && g.InDocument == ""):
		return append(fs, Finding{Code: GoverningLawMissing, Severity: Info, Clause: g.Clause, Basis: basis, Args: []Arg{noteFor(g.Provision)}})
	case g.Venue == "" && g.InDocument == "":
		return append(fs, Finding{Code: VenueMissing, Severity: Info, Clause: g.Clause, Basis: basis, Args: []Arg{{Country: g.Country}}})
	}
	return fs
}
