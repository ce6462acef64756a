package review

import (
	"github.com/personvern/dpa/agreement"
	"strings"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// This file holds the checks on the parties' duties that the rest of the
// review does not reach: the controller's obligations and rights (Art.
// 28(3) first sentence, and Clause 10 of the 2021/915 clauses), the
// processor's security duty (Art. 28(3)(c), Art. 32 and Clause 7.5), the
// scope of its assistance (Art. 28(3)(f)), objection windows that do not
// fit the notice, and notices promised without a period.

// checkControllerDuties: Art. 28(3) first sentence, "the obligations and
// rights of the controller". No obligation or right set out at all is
// unmet. A list of them that the text introduces and leaves empty
// (MailMojo 3) is weak: the agreement meant to set out more than it does.
func checkControllerDuties(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	c := a.Duties.Controller
	if len(c.Duties) == 0 {
		f := missing(ControllerDutiesMissing, c.Provision, Art("28", 3, ""))
		if c.Status == obligation.Stated {
			f.Args = []Arg{{}}
		}
		fs = append(fs, f)
	}
	for _, cl := range c.Blank {
		fs = append(fs, Finding{Code: ControllerDutiesBlank, Severity: Weak, Clause: cl, Absent: cl == "",
			Basis: Art("28", 3, "")})
	}
	return fs
}

// checkNonCompliance: Clause 10 of the 2021/915 clauses settles what the
// GDPR leaves to the contract: the controller may instruct the processor
// to suspend the processing while it does not comply (10(a)), and may
// terminate for non-compliance (10(b)). An agreement silent on either gets
// information: nothing the law requires is missing, but the general law
// of contract would have to answer. A right left to a document the
// agreement does not reproduce is reported with that note.
func checkNonCompliance(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	c := a.Duties.Controller
	if !c.Reviewable() {
		return fs
	}
	for _, x := range [...]struct {
		kind  agreement.DutyKind
		code  Code
		point string
	}{{agreement.SuspendProcessing, SuspensionRightMissing, "a"}, {agreement.TerminateForBreach, TerminationRightMissing, "b"}} {
		d, ok := c.Has(x.kind)
		if ok && d.InDocument == "" {
			continue
		}
		f := Finding{Code: x.code, Severity: Info, Basis: Reference{Instrument: StandardClauses, Article: "10", Point: x.point}}
		if ok {
			f.Clause, f.Args = firstClause(d.Clause, c.Clause), []Arg{{Key: noteInDocument}, {Text: d.InDocument}, {Key: noteEnd}}
		}
		f.Absent = f.Clause == ""
		fs = append(fs, f)
	}
	return fs
}

// checkSecurityDuty: Art. 28(3)(c), the processor "takes all measures
// required pursuant to Article 32". No such duty and no measures listed is
// unmet: nothing binds the processor to any security. A duty stated only
// by restating Art. 32 in general words, with no concrete measure beside
// it, is weak: the EDPB (Guidelines 07/2020) and Annex III of the 2021/915
// clauses ask for measures "described concretely and not in a generic
// manner". Where the measures list is empty or missing, checkMeasures
// reports it already.
func checkSecurityDuty(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	s, measures := a.Duties.Security, a.Processing.Description.SecurityMeasures
	listed := measures.Status == annex.ListStated && len(measures.Items) > 0
	switch {
	case s.Status != obligation.Stated && !listed:
		return append(fs, missing(SecurityDutyMissing, s.Provision, Art("28", 3, "c")))
	case s.Status == obligation.Stated && s.Generic && listed:
		return append(fs, Finding{Code: MeasuresRestateLaw, Clause: s.Clause, Absent: s.Clause == ""})
	}
	return fs
}

// checkSensitiveExcluded: an agreement that says the service's security
// does not cover what special categories of personal data or children's
// data need (We Are Media, "Kundens plikter" ¶4: the services "i
// prinsippet ikke inkluderer sikkerhetstiltakene som er nødvendige for å
// behandle personopplysninger om barn og sensitive … personopplysninger").
// Clause 7.5 of the 2021/915 clauses asks for specific restrictions or
// additional safeguards for sensitive data (Arts. 9 and 10); here the
// agreement disclaims them. Where it also says sensitive data are
// processed, that is a contradiction and unmet
// (SensitiveSecurityContradiction); where it says children's data are,
// which Clause 7.5 does not cover, the contradiction is with Art. 32(1)
// (ChildrenSecurityExcluded). Otherwise it is a warning, since the
// customer may never put such data in the service.
func checkSensitiveExcluded(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	x := a.Duties.Security.SensitiveExcluded
	if x.Status != obligation.Stated {
		return fs
	}
	d := a.Processing.Description
	f := Finding{Code: SensitiveSecurityExcluded, Clause: x.Clause, Absent: x.Clause == ""}
	switch {
	case d.ProcessesSpecialCategories() == annex.Yes:
		f.Code, f.Args = SensitiveSecurityContradiction, []Arg{sensitiveArticles(d)}
	case d.ProcessesChildren() == annex.Yes:
		f.Code = ChildrenSecurityExcluded
	}
	return append(fs, f)
}

// articleTasks are the tasks of Art. 28(3)(f), in the order of Arts. 32 to
// 36, with the articles each names.
var articleTasks = [...]struct {
	task     agreement.Task
	articles string
}{{agreement.SecurityTask, "32"}, {agreement.BreachTask, "33–34"}, {agreement.ImpactAssessment, "35"}, {agreement.PriorConsultation, "36"}}

// checkAssistanceScope: Art. 28(3)(f), the processor assists the
// controller in ensuring compliance with Arts. 32 to 36. No assistance at
// all is unmet. Assistance only "in general" with the controller's duties
// under the law (MailMojo 2.1, with the list of 2.3.4 left empty) is weak:
// it may be read to reach Arts. 32–36, but names none of them. Assistance
// that names some of the articles but not others is unmet when it leaves
// out the data protection impact assessment or prior consultation (Arts.
// 35–36), which nothing else in an agreement covers, and weak when it
// leaves out only Art. 32 or Arts. 33–34, where the processor's own
// security and breach duties may be read to cover them; a general duty
// beside the named tasks makes any gap a warning.
func checkAssistanceScope(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	s := a.Assistance.Scope
	basis := Art("28", 3, "f")
	generalClause, general := s.Covers(agreement.ComplianceInGeneral)
	var gaps []string
	severe := false
	for _, t := range articleTasks {
		if _, ok := s.Covers(t.task); !ok {
			gaps = append(gaps, t.articles)
			severe = severe || t.task == agreement.ImpactAssessment || t.task == agreement.PriorConsultation
		}
	}
	note := Arg{}
	if s.Status == obligation.Blank {
		note = Arg{Key: noteListBlank}
	}
	switch {
	case len(gaps) == 0:
		return fs
	case len(gaps) == len(articleTasks) && general:
		clause := firstClause(s.Clause, generalClause)
		return append(fs, Finding{Code: AssistanceGeneralOnly, Severity: Weak, Clause: clause, Absent: clause == "",
			Basis: basis, Args: []Arg{note}})
	case len(gaps) == len(articleTasks):
		f := missing(AssistanceMissing, s.Provision, basis)
		if s.Status == obligation.Stated {
			f.Args = []Arg{{}}
		}
		return append(fs, f)
	}
	f := Finding{Code: AssistanceScopeIncomplete, Clause: s.Clause, Absent: s.Clause == "", Basis: basis,
		Args: []Arg{{Text: strings.Join(gaps, ", ")}, {Key: noteOwnDuties}}}
	switch {
	case severe && !general:
		f.Code, f.Args = DPIAAssistanceMissing, f.Args[:1]
	case severe:
		f.Args[1] = Arg{Key: noteGeneralDuty}
	}
	return append(fs, f)
}

// checkObjectionWindow: Art. 28(2) gives the controller "the opportunity
// to object" to an intended change, and Clause 7.7(a) of the 2021/915
// clauses asks for notice "giving the controller sufficient time to be
// able to object … prior to the engagement". A window that runs from the
// day the new subprocessor starts opens only once the change is made; a
// window from the notice that runs longer than the notice lets the
// subprocessor start before the controller has had its time to object.
// Both are warnings: the controller still gets a say, but after the fact.
func checkObjectionWindow(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	p := a.SubprocessorPolicy
	o := p.Objection
	if o.Status != obligation.Stated {
		return fs
	}
	basis := Art("28", 2, "")
	switch {
	case o.Anchor == subprocessor.FromStart:
		return append(fs, Finding{Code: ObjectionFromStart, Severity: Weak, Clause: o.Clause, Absent: o.Clause == "", Basis: basis})
	case o.Anchor == subprocessor.FromNotice && p.Notice.Status == obligation.Stated &&
		longer(o.Period, p.Notice.Period):
		return append(fs, Finding{Code: ObjectionOutlastsNotice, Severity: Weak, Clause: o.Clause, Absent: o.Clause == "",
			Basis: basis, Args: []Arg{{Period: o.Period}, {Period: p.Notice.Period}}})
	}
	return fs
}

// longer reports whether quantified period p certainly lasts longer than
// quantified period q. Periods in hours, days and weeks compare in hours;
// months and years in months; a period in months against one in days uses
// the shortest month (28 days) for p and the longest (31) for q, so only a
// certain difference counts. Business days and unquantified periods are
// not compared.
func longer(p, q obligation.Period) bool {
	pb, ok1 := p.Bound()
	qb, ok2 := q.Bound()
	if !ok1 || !ok2 || pb.N <= 0 || qb.N <= 0 {
		return false
	}
	pmin, pmonths, okp := span(pb, true)
	qmax, qmonths, okq := span(qb, false)
	if !okp || !okq {
		return false
	}
	if pmonths && qmonths {
		return pb.N*monthsPer(pb.Unit) > qb.N*monthsPer(qb.Unit)
	}
	return pmin > qmax
}

func monthsPer(u obligation.Unit) int {
	if u == obligation.Year {
		return 12
	}
	return 1
}

// span returns a period's length in hours, the shortest possible when min
// is set and the longest otherwise, and whether it counts in months.
func span(p obligation.Period, min bool) (hours int, months, ok bool) {
	const day = 24
	switch p.Unit {
	case obligation.Hour:
		return p.N, false, true
	case obligation.Day:
		return p.N * day, false, true
	case obligation.Week:
		return p.N * 7 * day, false, true
	case obligation.Month, obligation.Year:
		per := 31
		if min {
			per = 28
		}
		return p.N * monthsPer(p.Unit) * per * day, true, true
	}
	return 0, false, false
}

// checkNoticePeriods: a notice the agreement promises without a period, or
// with only a standard such as "i tide" or "in good time": before an
// audit, inspection or document access, or to terminate the agreement.
// The audit notices are the controller's duty, which the GDPR does not
// set, so they are information (AuditNoticeVague); a termination notice
// without a period is a warning (TerminationNoticeVague). Notice of
// subprocessor changes has its own checks, and a termination tied to the
// main agreement or to the end of a period needs no period of its own.
func checkNoticePeriods(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	au := a.Audit
	for _, n := range [...]struct {
		n   agreement.AdvanceNotice
		key string
	}{{au.Inspection, subjectAuditNotice}, {au.Documents, subjectDocumentsNotice}, {au.Plan, subjectAuditPlan}} {
		if n.n.Status == obligation.Stated && vague(n.n.Period) {
			note := Arg{Key: noteOnlyStandard}
			if n.n.Period.IsZero() {
				note = Arg{Key: noteNoPeriod}
			}
			fs = append(fs, Finding{Code: AuditNoticeVague, Clause: n.n.Clause, Absent: n.n.Clause == "",
				Args: []Arg{{Key: n.key}, note}})
		}
	}
	if t := a.Termination; t.Status == obligation.Stated && !t.Coupled && !t.BeforeExpiry && t.Notice.IsZero() {
		fs = append(fs, Finding{Code: TerminationNoticeVague, Clause: t.Clause, Absent: t.Clause == ""})
	}
	return fs
}

// vague reports whether a notice period is missing or only a standard.
func vague(p obligation.Period) bool {
	return p.IsZero() || p.IsDiscretionary()
}
