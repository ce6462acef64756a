package review

import (
	"github.com/personvern/dpa/agreement"
	"slices"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// This file holds the checks on subprocessors (GDPR Art. 28(2), (3)(d) and
// (4)) and on transfers to third countries (Chapter V).

// subprocessorsUsed reports whether the agreement lets the processor use
// subprocessors or lists any.
func subprocessorsUsed(a *agreement.Agreement) bool {
	r := a.Subprocessors
	if r.Source == subprocessor.NoneUsed {
		return false
	}
	return a.SubprocessorPolicy.Authorisation.Status == obligation.Stated || r.Status == obligation.Stated || len(r.Entries) > 0
}

// checkAuthorisation: Art. 28(2), prior specific or general written
// authorisation, and Art. 28(3)(d), the contract's terms on engaging
// subprocessors. An agreement that says no subprocessors are used needs
// neither.
func checkAuthorisation(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	p, r := a.SubprocessorPolicy, a.Subprocessors
	if r.Source == subprocessor.NoneUsed || p.Authorisation.Status == obligation.Stated {
		return fs
	}
	if r.Status == obligation.Stated || len(r.Entries) > 0 {
		// The agreement lists subprocessors but never authorises them.
		return append(fs, Finding{Code: AuthorisationMissing, Severity: Unmet, Clause: r.Clause, Absent: r.Clause == "",
			Basis: Art("28", 2, "")})
	}
	return append(fs, missing(SubprocessorTermsMissing, p.Authorisation.Provision, Art("28", 3, "d")))
}

// checkGeneralAuthorisation: under a general authorisation the processor
// must inform the controller of intended additions or replacements,
// "thereby giving the controller the opportunity to object" (Art. 28(2)).
// No objection right, or no information at all, is unmet. Information
// only by updating a list the controller has to look up, and notice
// without a time frame, are weak: the EDPB (Guidelines 07/2020) expects a
// time frame and a way of informing, and whether a list update "informs"
// is debatable. So is an objection that must be made at once
// ("umiddelbart", We Are Media ¶6): the controller has no time to assess
// the change, which empties the opportunity to object.
//
// An authorisation the model reads from the text rather than one the text
// states counts as well; every finding then rests on it and says so.
func checkGeneralAuthorisation(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	n := len(fs)
	fs = generalAuthorisation(fs, a)
	if why := inferredReason(a.SubprocessorPolicy.Authorisation.Provision); why != "" {
		for i := n; i < len(fs); i++ {
			fs[i].Inferred = why
		}
	}
	return fs
}

func generalAuthorisation(fs []Finding, a *agreement.Agreement) []Finding {
	p := a.SubprocessorPolicy
	if !p.Authorisation.HasValue() || p.Authorisation.Kind != subprocessor.General {
		return fs
	}
	basis := Art("28", 2, "")
	if p.Objection.Status != obligation.Stated {
		f := Finding{Code: NoObjectionRight, Severity: Unmet, Basis: basis, Clause: p.Authorisation.Clause}
		if p.Objection.Status != obligation.Absent {
			f.Clause = p.Objection.Clause
		}
		f.Args = []Arg{noteFor(p.Objection.Provision)}
		fs = append(fs, f)
	}
	informs := p.Announcement.Status == obligation.Stated || p.Notice.Status == obligation.Stated
	if !informs {
		return append(fs, Finding{Code: NoChangeInformation, Severity: Unmet, Basis: basis, Clause: p.Authorisation.Clause,
			Args: []Arg{noteFor(p.Announcement.Provision)}})
	}
	switch n := p.Notice; {
	case n.Status != obligation.Stated || n.Period.IsZero():
		fs = append(fs, Finding{Code: NoticePeriodMissing, Severity: Weak, Basis: basis, Clause: firstClause(n.Clause, p.Announcement.Clause, p.Authorisation.Clause), Args: []Arg{{}}})
	case n.Period.IsDiscretionary():
		fs = append(fs, Finding{Code: NoticePeriodVague, Basis: basis, Clause: n.Clause, Args: []Arg{{Period: n.Period}}})
	}
	if o := p.Objection; o.Status == obligation.Stated &&
		(o.Period.Kind == obligation.Immediately || o.Period.Kind == obligation.AsSoonAsPossible) {
		fs = append(fs, Finding{Code: ObjectionWindowShort, Severity: Weak, Basis: basis, Clause: o.Clause})
	}
	if ch := p.Announcement.Channels; len(ch) > 0 && !slices.ContainsFunc(ch, func(c subprocessor.Channel) bool { return c != subprocessor.UpdatedList }) {
		fs = append(fs, Finding{Code: ListUpdateOnly, Severity: Weak, Basis: basis, Clause: p.Announcement.Clause})
	}
	return fs
}

func firstClause(cs ...obligation.Clause) obligation.Clause {
	for _, c := range cs {
		if c != "" {
			return c
		}
	}
	return ""
}

// checkSpecificDeemedAccepted: a specific authorisation is a prior written
// authorisation of each subprocessor (Art. 28(2)); a term under which
// silence or not terminating counts as acceptance (MailMojo 2.7) makes it a
// general authorisation with a right to object. That still meets Art.
// 28(2), so this is a warning about the contradiction, not a breach.
func checkSpecificDeemedAccepted(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	p := a.SubprocessorPolicy
	if p.Authorisation.Status != obligation.Stated || p.Authorisation.Kind != subprocessor.Specific ||
		p.Silence.Status != obligation.Stated || !p.Silence.Accepts {
		return fs
	}
	return append(fs, Finding{Code: SpecificDeemedAccepted, Severity: Weak, Basis: Art("28", 2, ""),
		Clause: firstClause(p.Silence.Clause, p.Authorisation.Clause)})
}

// checkFlowDown: Art. 28(4). The same obligations must be imposed on a
// subprocessor by contract (unmet when the agreement does not say so); the
// processor remains fully liable for it, which the law provides anyway, so
// an agreement silent on that is weak (2021/915 Clause 7.7(d) states it).
func checkFlowDown(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	if !subprocessorsUsed(a) {
		return fs
	}
	p := a.SubprocessorPolicy
	where := firstClause(p.Authorisation.Clause, a.Subprocessors.Clause)
	if p.FlowDown.Status != obligation.Stated {
		fs = append(fs, Finding{Code: FlowDownMissing, Severity: Unmet, Basis: Art("28", 4, ""), Clause: where, Absent: where == "",
			Args: []Arg{noteFor(p.FlowDown)}})
	}
	if p.Liability.Status != obligation.Stated {
		fs = append(fs, Finding{Code: SubprocessorLiabilityMissing, Severity: Weak, Basis: Art("28", 4, ""), Clause: where, Absent: where == "",
			Args: []Arg{noteFor(p.Liability)}})
	}
	return fs
}

// checkTransfers: GDPR Chapter V, through the subprocessor package's dated
// transfer tables on the review date: every place of every listed
// subprocessor, judged against the bases named for it and in the
// agreement's general transfer terms, for the EEA and for the UK and
// Swiss sides the bases name, and every place the general terms name.
// Bases named and none valid is unmet; no basis named is a warning (a
// region that includes third countries has its own code); an outcome the
// agreement does not settle is a warning; a basis that needs a legal
// judgement is information. A lapsed basis beside a valid one, and a
// module, law or courts of the 2021/914 clauses that do not fit, are
// reported once per subprocessor and basis.
func checkTransfers(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	return checkTransfersUnder(fs, a, on, nil)
}

// checkTransfersUnder is checkTransfers against the tables of law, or the
// embedded tables when law is nil.
func checkTransfersUnder(fs []Finding, a *agreement.Agreement, on obligation.Date, law *subprocessor.Law) []Finding {
	if on.IsZero() {
		return fs
	}
	t := a.SubprocessorPolicy.Transfers
	seen := map[basisKey]bool{}
	var entries, terms []subprocessor.EntryFinding
	if law != nil {
		entries, terms = law.Transfers(a.Subprocessors, t, on), law.TermFindings(t, on)
	} else {
		entries, terms = a.Subprocessors.TransfersUnder(t, on), t.Findings(on)
	}
	for _, ef := range entries {
		clause := firstClause(ef.Clause, a.Subprocessors.Clause)
		fs = appendTransfer(fs, Arg{Text: ef.Path}, ef.Finding, clause)
		fs = appendBasisIssues(fs, Arg{Text: ef.Path}, ef.Path, ef.Finding, clause, seen)
	}
	for _, ef := range terms {
		clause := firstClause(ef.Clause, t.Clause)
		fs = appendTransfer(fs, Arg{Key: subjectTransferTerms}, ef.Finding, clause)
		fs = appendBasisIssues(fs, Arg{Key: subjectTransferTerms}, "", ef.Finding, clause, seen)
	}
	return fs
}

// basisKey identifies a basis named for one subprocessor (path "" for the
// general terms), so that its issues are reported once.
type basisKey struct {
	path  string
	basis subprocessor.Basis
	code  Code
}

// appendBasisIssues reports what is wrong with the bases named for one
// transfer: a lapsed basis beside the valid one that decides it, and the
// module, law and courts of the 2021/914 clauses.
func appendBasisIssues(fs []Finding, subject Arg, path string, f subprocessor.Finding, clause obligation.Clause, seen map[basisKey]bool) []Finding {
	add := func(j subprocessor.Judged, code Code, args ...Arg) {
		k := basisKey{path, j.Basis, code}
		if seen[k] {
			return
		}
		seen[k] = true
		c := firstClause(j.Basis.Clause, clause)
		fs = append(fs, Finding{Code: code, Clause: c, Absent: c == "", Args: append([]Arg{subject}, args...)})
	}
	for _, j := range f.Weak() {
		if j.General && (j.Basis.Mechanism == subprocessor.SafeHarbour || j.Basis.Mechanism == subprocessor.PrivacyShield) {
			continue // gdpr-45-9-invalid-mechanism
		}
		add(j, TransferBasisLapsed, placeArg(f.Location), Arg{Mechanism: j.Basis.Mechanism}, Arg{Text: j.Act}, Arg{Date: j.Since})
	}
	for _, j := range f.Bases {
		b := j.Basis
		if j.Issues.Has(subprocessor.ModuleMisfit) {
			add(j, ClausesModuleMisfit, Arg{Text: string(rune('0' + b.Module))})
		}
		for _, c := range [...]struct {
			code       Code
			law, forum subprocessor.Issues
		}{{ClausesLawOutsideEU, subprocessor.LawOutsideEU, subprocessor.ForumOutsideEU}, {ClausesLawEEA, subprocessor.LawEEA, subprocessor.ForumEEA}} {
			law, forum := j.Issues.Has(c.law), j.Issues.Has(c.forum)
			switch {
			case law && forum && b.Law == b.Forum:
				add(j, c.code, Arg{Country: b.Law}, Arg{Key: clausesLawForum})
			default:
				if law {
					add(j, c.code, Arg{Country: b.Law}, Arg{Key: clausesLaw})
				}
				if forum {
					add(j, c.code, Arg{Country: b.Forum}, Arg{Key: clausesForum})
				}
			}
		}
	}
	return fs
}

// mechanismArg names the bases a transfer finding rests on: the deciding
// one, or exactly the bases the agreement names for the place, or "none".
func mechanismArg(f subprocessor.Finding) Arg {
	if f.Outcome == subprocessor.BasisFound && !f.Location.IsUnknown() {
		return Arg{Mechanism: f.Basis}
	}
	if named := f.Named(); named != 0 {
		return Arg{Mechanisms: named}
	}
	return Arg{Key: mechanismNone}
}

// appendTransfer adds the finding for one transfer evaluation.
func appendTransfer(fs []Finding, subject Arg, f subprocessor.Finding, clause obligation.Clause) []Finding {
	mech := mechanismArg(f)
	out := Finding{Basis: Art("44", 0, ""), Clause: clause, Absent: clause == ""}
	switch f.Outcome {
	case subprocessor.NoBasis:
		out.Code, out.Severity = TransferNoBasis, Unmet
		out.Args = []Arg{subject, placeArg(f.Location), mech}
	case subprocessor.NoneNamed:
		out.Code, out.Severity = TransferNoneNamed, Weak
		if f.Location.Region != 0 {
			out.Code = TransferRegionNoBasis
		}
		out.Args = []Arg{subject, placeArg(f.Location)}
	case subprocessor.Undetermined:
		note := Arg{Key: noteTransferScope}
		switch {
		case f.Location.IsUnknown():
			note = Arg{Key: noteLocationUnknown}
		case f.Named().Has(subprocessor.UnnamedBasis):
			note = Arg{Key: noteBasisUnnamed}
		}
		out.Code, out.Severity = TransferUndetermined, Weak
		out.Args = []Arg{subject, placeArg(f.Location), mech, note}
	case subprocessor.BasisFound:
		if !f.Judgement || f.Basis == subprocessor.SCC2021 {
			// The clauses need a judgement only for the law or courts of
			// an EEA EFTA state, which gdpr-46-2-c-clauses-law-eea reports.
			return fs
		}
		out.Code, out.Severity = TransferJudgement, Info
		out.Args = []Arg{subject, placeArg(f.Location), mech}
	default:
		return fs
	}
	return append(fs, out)
}

func placeArg(l subprocessor.Location) Arg {
	switch {
	case l.IsKnown():
		return Arg{Country: l.Country}
	case l.IsUnknown():
		return Arg{Key: placeUnknown}
	case l.Region == subprocessor.Global:
		return Arg{Key: placeGlobal}
	case l.Region == subprocessor.EEAAdequate:
		return Arg{Key: placeEEAAdequate}
	}
	return Arg{Key: placeThirdCountry}
}

// lapsed returns the decision of the table of decisions ds that gave
// mechanism m and had lapsed by on, when no decision for m applies on that
// day. The mechanism is evaluated on its own: whether another basis (the
// Data Privacy Framework) now covers the same recipients is for the
// transfer checks.
func lapsed(ds []subprocessor.Decision, m subprocessor.Mechanism, on obligation.Date) (subprocessor.Decision, bool) {
	var last subprocessor.Decision
	found := false
	for _, d := range ds {
		if d.Mechanism != m {
			continue
		}
		if !on.Before(d.From) && (d.Until.IsZero() || on.Before(d.Until)) {
			return subprocessor.Decision{}, false // in force
		}
		if !d.Until.IsZero() && !on.Before(d.Until) {
			last, found = d, true
		}
	}
	return last, found
}

// decisions is the embedded table of decisions, copied once: the table
// never changes, and [subprocessor.Decisions] copies it on every call.
var decisions = subprocessor.Decisions()

// checkInvalidMechanisms: a transfer basis the agreement names that no
// longer exists on the review date: Safe Harbour (invalid from 6 October
// 2015, CJEU C-362/14) and Privacy Shield (from 16 July 2020, CJEU
// C-311/18), as the subprocessor package's table dates them. Unmet when it
// is the only basis named (InvalidMechanismOnly); a warning when the
// agreement names others that may still serve (InvalidMechanism; MailMojo
// 2.8 also names the standard clauses). Both were adequacy decisions under
// Art. 25(6) of Directive 95/46/EC, which GDPR Art. 45(9) kept in force
// until the Court annulled them, so the findings cite Art. 45(9).
func checkInvalidMechanisms(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	return checkInvalidMechanismsUnder(fs, a, on, nil)
}

// checkInvalidMechanismsUnder is checkInvalidMechanisms against the
// tables of law, or the embedded tables when law is nil.
func checkInvalidMechanismsUnder(fs []Finding, a *agreement.Agreement, on obligation.Date, law *subprocessor.Law) []Finding {
	t := a.SubprocessorPolicy.Transfers
	if on.IsZero() {
		return fs
	}
	named := slices.Clone(t.Mechanisms)
	for _, b := range t.Bases {
		if b.Exporter == 0 || b.Exporter == subprocessor.ExporterEEA {
			named = append(named, b.Mechanism)
		}
	}
	for i, m := range named {
		if m != subprocessor.SafeHarbour && m != subprocessor.PrivacyShield || slices.Index(named, m) < i {
			continue
		}
		ds := decisions
		if law != nil {
			ds = law.Decisions
		}
		d, ok := lapsed(ds, m, on)
		if !ok {
			continue
		}
		code := InvalidMechanismOnly
		if slices.ContainsFunc(named, func(o subprocessor.Mechanism) bool {
			return o != subprocessor.SafeHarbour && o != subprocessor.PrivacyShield
		}) {
			code = InvalidMechanism
		}
		judgment := noteSchrems2
		if m == subprocessor.SafeHarbour {
			judgment = noteSchrems1
		}
		fs = append(fs, Finding{Code: code, Clause: t.Clause, Absent: t.Clause == "",
			Args: []Arg{{Mechanism: m}, {Text: d.Act}, {Date: d.Until}, {Key: judgment}}})
	}
	return fs
}

// checkAssessmentsOverdue: a transfer impact assessment the agreement
// states, for an entry of its register or in its general transfer terms,
// whose next review was due before the review date
// ([subprocessor.OverdueAssessments]). The law sets no interval; the
// EDPB's Recommendations 01/2020 (step 6, "re-evaluate at appropriate
// intervals") ask the exporter to look again, so an agreement that has
// passed its own schedule is weak.
func checkAssessmentsOverdue(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	if on.IsZero() {
		return fs
	}
	t := a.SubprocessorPolicy.Transfers
	for _, ra := range subprocessor.OverdueAssessments(a.Subprocessors, t, on) {
		subject, clause := Arg{Text: ra.Path}, firstClause(ra.Assessment.Clause, a.Subprocessors.Clause)
		if ra.Path == "" {
			subject, clause = Arg{Key: subjectTransferTerms}, firstClause(ra.Assessment.Clause, t.Clause)
		}
		fs = append(fs, Finding{Code: TransferAssessmentOverdue, Clause: clause, Absent: clause == "",
			Args: []Arg{subject, {Date: ra.Due}}})
	}
	return fs
}
