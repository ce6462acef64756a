package review

import (
	"github.com/personvern/dpa/agreement"
	"slices"
	"strconv"
	"strings"

	"github.com/personvern/dpa/obligation"
)

// This file holds the checks of the processor's duties Art. 28(3)(a), (b),
// (e), (g) and (h) and the closing duty on infringing instructions, on the
// agreement's time terms.

// checkInstructions: Art. 28(3)(a), processing only on documented
// instructions.
func checkInstructions(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	in := a.Instructions
	if in.Status == obligation.Stated && in.Documented {
		return fs
	}
	f := missing(InstructionsMissing, in.Provision, Art("28", 3, "a"))
	if in.Status == obligation.Stated {
		f.Args = []Arg{{Key: noteNotDocumented}}
	}
	return append(fs, f)
}

// checkInfringingInstruction: Art. 28(3), second subparagraph: the
// processor "shall immediately inform the controller if, in its opinion,
// an instruction infringes" the law. No such duty is unmet; a duty with a
// looser time than immediately is weak. A duty with no time stated leaves
// the law's "immediately" in place and is not reported.
func checkInfringingInstruction(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	inf := a.Instructions.Infringing
	basis := Reference{Instrument: GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}
	if inf.Status != obligation.Stated {
		f := missing(InfringingInstructionMissing, inf.Provision, basis)
		if inf.Status == obligation.Absent && a.Instructions.Clause != "" {
			// The instructions clause is where the duty belongs.
			f.Absent, f.Clause, f.Args = false, a.Instructions.Clause, []Arg{{}}
		}
		return append(fs, f)
	}
	switch p := inf.Notify; {
	case p.IsZero(), p.Kind == obligation.Immediately, p.Kind == obligation.WithoutUndueDelay && !p.IsQuantified():
		return fs
	}
	return append(fs, Finding{Code: InfringingInstructionLate, Severity: Weak, Clause: inf.Clause, Basis: basis})
}

// checkConfidentiality: Art. 28(3)(b), persons authorised to process the
// data have committed themselves to confidentiality or are under a
// statutory duty. An agreement that makes the processor responsible for
// confidentiality without binding its staff (We Are Media, "Taushetsplikt")
// is weak: the processor's own duty arguably reaches its staff, but the
// point the law asks for is not made.
func checkConfidentiality(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	c := a.Confidentiality
	switch {
	case c.Status != obligation.Stated:
		return append(fs, missing(ConfidentialityMissing, c.Provision, Art("28", 3, "b")))
	case !c.Staff && !c.SignedDeclarations:
		return append(fs, Finding{Code: StaffNotBound, Severity: Weak, Clause: c.Clause, Basis: Art("28", 3, "b")})
	}
	return fs
}

// checkRightsAssistance: Art. 28(3)(e), assistance with the controller's
// duty to respond to requests to exercise the data subject's rights
// (Chapter III), stated in the request terms or in the assistance scope.
func checkRightsAssistance(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	r := a.Requests.DataSubjects
	if r.Status == obligation.Stated && r.Assist {
		return fs
	}
	if _, ok := a.Assistance.Scope.Covers(agreement.RightsRequests); ok {
		return fs
	}
	f := missing(RightsAssistanceMissing, r.Provision, Art("28", 3, "e"))
	if r.Status == obligation.Stated {
		f.Args = []Arg{{Key: noteNotifyOnly}}
	}
	return append(fs, f)
}

// checkEndOfProcessing: Art. 28(3)(g), at the choice of the controller,
// deletion or return of all the personal data after the end of the
// services. No terms at all, or no deletion, is unmet; deletion with no way
// for the controller to get the data back first (return, a copy, or an
// export of its own) is weak: the controller's choice is missing, though
// an export facility outside the agreement may give it.
func checkEndOfProcessing(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	e := a.End
	basis := Art("28", 3, "g")
	if e.Status != obligation.Stated && len(e.Steps) == 0 {
		return append(fs, missing(EndMissing, e.Provision, basis))
	}
	has := func(actions ...obligation.Action) bool {
		return slices.ContainsFunc(e.Steps, func(r obligation.Rule) bool { return slices.Contains(actions, r.Action) })
	}
	switch {
	case !has(obligation.DeleteData):
		return append(fs, Finding{Code: NoDeletion, Severity: Unmet, Clause: e.Clause, Absent: e.Clause == "", Basis: basis})
	case !has(obligation.ReturnData, obligation.ProvideExport, obligation.ExportData):
		return append(fs, Finding{Code: NoReturnChoice, Severity: Weak, Clause: e.Clause, Absent: e.Clause == "", Basis: basis})
	}
	return fs
}

// checkAudit: Art. 28(3)(h), all information necessary to demonstrate
// compliance, and audits, including inspections, by the controller or an
// auditor it mandates. An audit that only an independent third party may
// carry out (MailMojo 2.6) narrows "the controller or another auditor" to
// the second, which is a warning: the controller may well accept it, but
// the law gives it the choice. A limit on how often the controller may audit,
// with no exception where there are signs of non-compliance, is weak:
// the 2021/915 clauses (Clause 7.6(c)) allow audits "at reasonable
// intervals or if there are indications of non-compliance". A text that
// only undertakes to meet audit wishes favourably (We4you, «vil disse krav
// blir imøtekommet positivt») grants no right: a warning (AuditSoft). So
// is a recent report that replaces the audit (AuditByReports): reports
// may serve the controller, but the law gives it audits, including
// inspections. An auditor the processor appoints or must approve
// (AuditorByProcessor) takes from the controller the choice of auditor the
// law gives it ("another auditor mandated by the controller"): a warning.
func checkAudit(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	au := a.Audit
	if au.Information.Status != obligation.Stated {
		fs = append(fs, missing(ComplianceInformationMissing, au.Information, Art("28", 3, "h")))
	}
	if au.Status != obligation.Stated {
		// Notice terms for audits or inspections (We Are Media: customers
		// must announce their security audits and tests "i tide") show the
		// agreement contemplates audits without granting the right; that
		// reading is debatable, so it is a warning.
		for _, n := range []agreement.AdvanceNotice{au.Inspection, au.Documents, au.Plan} {
			if n.Status == obligation.Stated {
				return append(fs, Finding{Code: AuditImplied, Clause: n.Clause, Absent: n.Clause == ""})
			}
		}
		return append(fs, missing(AuditMissing, au.Provision, Art("28", 3, "h")))
	}
	if au.Discretionary {
		// A promise to meet the wish favourably is no right to audit;
		// the limits below would limit a right there is not.
		return append(fs, Finding{Code: AuditSoft, Clause: au.Clause, Absent: au.Clause == ""})
	}
	if rp := au.Reports; rp.Status == obligation.Stated && rp.InsteadOfAudit {
		fs = append(fs, Finding{Code: AuditByReports, Clause: rp.Clause, Absent: rp.Clause == ""})
	}
	if tp := au.ThirdParty; tp.Status == obligation.Stated && tp.Required {
		fs = append(fs, Finding{Code: AuditThirdPartyOnly, Severity: Weak, Clause: tp.Clause, Basis: Art("28", 3, "h")})
	}
	if au.Auditor.ByProcessor() {
		fs = append(fs, Finding{Code: AuditorByProcessor, Severity: Weak, Clause: au.Clause, Basis: Art("28", 3, "h"),
			Args: []Arg{{Key: auditorKey(au.Auditor)}}})
	}
	if sc := au.Scope; sc.Status == obligation.Stated && len(sc.Excludes) > 0 {
		fs = append(fs, Finding{Code: AuditScopeLimited, Severity: Weak, Clause: sc.Clause, Basis: Art("28", 3, "h"),
			Args: []Arg{{Text: strings.Join(sc.Excludes, ", ")}}})
	}
	if l := au.Limit; l.Status == obligation.Stated && l.IsCount() && !l.Unless.Has(obligation.NonCompliance) {
		// A count the text lifts on signs of non-compliance («eller ved
		// mistanke om brudd») keeps what Clause 7.6(c) allows.
		fs = append(fs, Finding{Code: AuditLimited, Severity: Weak, Clause: l.Clause, Basis: Art("28", 3, "h"),
			Args: []Arg{{Text: strconv.Itoa(l.Times)}, {Key: perKey(l.Limit)}}})
	}
	return fs
}

// checkPeriodContradictions: two clauses that set different periods for
// the same duty on the same event (Nortelecom: deletion "så snart" the
// agreement ends in Vedlegg 3.3 §4.2, within three months in 12.2). A
// precedence clause may settle which applies, and the model cannot tell a
// condition attached to one of them, so the finding is a warning. Duties
// that arise only on request are left out: they answer a different event.
func checkPeriodContradictions(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	steps := a.End.Steps
	for i, r := range steps {
		if r.OnRequest || r.Due.IsZero() {
			continue
		}
		for _, s := range steps[i+1:] {
			if s.OnRequest || s.Due.IsZero() || s.On != r.On || s.Action != r.Action || s.Debtor != r.Debtor || s.Due == r.Due {
				continue
			}
			clause := firstClause(s.Clause, a.End.Clause)
			fs = append(fs, Finding{Code: PeriodContradiction, Severity: Weak, Clause: clause, Absent: clause == "",
				Basis: Art("28", 3, "g"),
				Args:  []Arg{{Clause: firstClause(r.Clause, a.End.Clause)}, {Period: r.Due}, {Clause: clause}, {Period: s.Due}}})
		}
	}
	return fs
}

// checkRequestNotice: the 2021/915 clauses (Clause 8(a)) have the processor
// promptly notify the controller of any request it receives from a data
// subject. The GDPR does not say so in terms, so an agreement that has the
// processor assist without passing requests on gets information only.
func checkRequestNotice(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	r := a.Requests.DataSubjects
	if r.Status != obligation.Stated || !r.Assist || !r.Notify.IsZero() {
		return fs
	}
	return append(fs, Finding{Code: RequestNoticeMissing, Severity: Info, Clause: r.Clause,
		Basis: Reference{Instrument: StandardClauses, Article: "8", Point: "a"}})
}

// checkSeparateTermination: a processor agreement that either party may
// terminate by notice on its own, apart from the service it serves. If it
// ended while the processing went on, the processing would lack the
// contract Art. 28(3) requires; the EDPB (Opinion 14/2019, on the Danish
// authority's standard clauses, as summarised in FACTS §1.8) advises that
// it should not be terminable separately. A term that ties the agreement to
// the processing may settle it (Assistert Selvhjelp's "Varighet og
// opphør" does both), so this is a warning.
func checkSeparateTermination(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	t := a.Termination
	if t.Status != obligation.Stated || t.Coupled || (t.Notice.IsZero() && !t.BeforeExpiry) {
		return fs
	}
	return append(fs, Finding{Code: SeparateTermination, Severity: Weak, Clause: t.Clause, Basis: Art("28", 3, "")})
}

// perKey is the message catalog's phrase for the period of a limit:
// "per calendar year", "per year", "in any year" and the same for months.
func perKey(l obligation.Limit) string {
	k := "per."
	switch l.Window {
	case obligation.CalendarPeriod:
		k += "calendar-"
	case obligation.AnyPeriod:
		k += "any-"
	}
	if l.Per.Unit == obligation.Month {
		return k + "month"
	}
	return k + "year"
}

// auditorKey is the message catalog's phrase for an auditor the processor
// appoints or must approve.
func auditorKey(w agreement.Auditor) string {
	if w == agreement.ProcessorAppointed {
		return auditorAppointed
	}
	return auditorApproved
}
