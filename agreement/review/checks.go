package review

import (
	"strconv"
	"strings"

	"github.com/personvern/dpa/agreement"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
)

// This file holds the review's checks. Each appends its findings to fs and
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
// shows it lacks: absent, blank or stated as none. For a term the review
// cannot judge from the text at hand ([obligation.Provision.Reviewable]:
// not seen, or in a document not reproduced) it returns the zero Finding,
// which [Agreement] drops: such a term is counted as not reviewed, never
// reported as missing.
func missing(code Code, p obligation.Provision, basis Reference) Finding {
	if !p.Reviewable() {
		return Finding{}
	}
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
func checkSubjectMatter(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	s := a.Service
	if s.Status == obligation.Stated && strings.TrimSpace(s.SubjectMatter) != "" {
		return fs
	}
	return append(fs, missing(SubjectMatterMissing, s.Provision, Art("28", 3, "")))
}

// checkDuration: Art. 28(3) first sentence, the duration of the
// processing, which the model keeps in the agreement's Term and in the
// processing description's Duration. A term that follows the main
// agreement or lasts while processing continues states a duration. With
// neither, end-of-processing steps that run from the end of the agreement
// imply one (DurationImplied, a warning); otherwise it is missing.
func checkDuration(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	if a.Term.Status == obligation.Stated || strings.TrimSpace(a.Processing.Description.Duration.Text) != "" {
		return fs
	}
	for _, r := range a.End.Steps {
		if r.On == obligation.AgreementEnds {
			// The end of processing runs from the end of the agreement,
			// so the processing lasts as long as it does: a duration,
			// but only by implication.
			clause := firstClause(r.Clause, a.End.Clause)
			return append(fs, Finding{Code: DurationImplied, Clause: clause, Absent: clause == ""})
		}
	}
	return append(fs, missing(DurationMissing, a.Term.Provision, Art("28", 3, "")))
}

// checkDataSubjectsImplied: Art. 28(3) first sentence, the categories of
// data subjects, where the text only implies them (the recipients on the
// controller's own e-mail lists): the reader can work them out, but the
// agreement does not set them out, so this is a warning.
func checkDataSubjectsImplied(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	l := a.Processing.Description.DataSubjects
	if l.Status != annex.ListInferred || len(l.Items) == 0 {
		return fs
	}
	return append(fs, Finding{Code: DataSubjectsImplied, Clause: obligation.Clause(l.Clause), Absent: l.Clause == "", Inferred: l.Reason})
}

// checkWriting: the documents the agreement consists of that its published
// text does not reproduce. Their terms could not be read, so the review is
// incomplete for what they settle under Art. 28(3); that is information,
// not a breach of Art. 28(9): the documents may well exist in writing. An
// agreement that lists no documents at all gets no finding, and neither
// does a document the agreement names only as one the parties may have
// ([agreement.Document].Hypothetical): it is not part of the agreement.
func checkWriting(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	included := false
	for _, d := range a.Documents {
		included = included || d.Included
	}
	if !included && len(a.Documents) > 0 {
		fs = append(fs, Finding{Code: NoDocumentReproduced, Absent: true})
	}
	for _, d := range a.Documents {
		if !d.Included && !d.Hypothetical && d.Title != "" {
			fs = append(fs, Finding{
				Code: DocumentNotReproduced, Clause: obligation.Clause(d.Title), Args: []Arg{{Text: d.Title}},
			})
		}
	}
	return fs
}

// checkLawsCited: the law the agreement cites, against the table of
// repealed instruments on the review date. Citing a repealed Norwegian act
// is weak, not unmet: the law in force applies whatever the agreement
// cites, but a reader, and the parties, are pointed at rules that no
// longer hold. Citing Directive 95/46/EC is information: Art. 94(2) reads
// the reference as one to the GDPR.
func checkLawsCited(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	for _, law := range a.Laws.Cited {
		r, ok := repealOf(Instrument(law.ID), on)
		if !ok {
			continue
		}
		clause := law.Clause
		if clause == "" {
			clause = a.Laws.Clause
		}
		var note Arg
		switch {
		case citesLaw(a, r.Replacement):
			note = Arg{Key: noteAlsoCites}
		case a.Laws.Successors:
			note = Arg{Key: noteSuccessors}
		}
		code, basis := LawRepealed, r.Basis
		if r.Repealed == DataProtectionDirective {
			code, basis = DirectiveCited, Reference{} // the check's Art. 94(2)
		}
		fs = append(fs, Finding{
			Code: code, Clause: clause, Absent: clause == "",
			Basis: basis,
			Args:  []Arg{{Law: r.Repealed}, {Date: r.On}, {Law: r.Replacement}, note},
		})
	}
	return fs
}

func citesLaw(a *agreement.Agreement, id Instrument) bool {
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
func checkGoverningLaw(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	g := a.GoverningLaw
	basis := Art("28", 3, "")
	switch {
	case !g.Reviewable():
		return fs
	case g.Status == obligation.Absent:
		return append(fs, Finding{Code: GoverningLawMissing, Severity: Info, Absent: true, Basis: basis})
	case g.Status != obligation.Stated || (g.Country == "" && g.InDocument == ""):
		return append(fs, Finding{Code: GoverningLawMissing, Severity: Info, Clause: g.Clause, Basis: basis, Args: []Arg{noteFor(g.Provision)}})
	case g.Venue == "" && g.InDocument == "":
		return append(fs, Finding{Code: VenueMissing, Severity: Info, Clause: g.Clause, Basis: basis, Args: []Arg{{Country: g.Country}}})
	}
	return fs
}

// listFinding returns the finding for a list of the processing description
// that an agreement must give and l shows it does not: absent, blank,
// stated as none, or stated without items.
func listFinding[K annex.Kind](code Code, sev Severity, l annex.List[K], basis Reference) (Finding, bool) {
	if l.HasItems() || !l.Reviewable() {
		// Items listed or inferred (an inferred list of data subjects has
		// its own check); a list in a document that is not reproduced, or
		// in a part of the text not seen, cannot be judged here.
		return Finding{}, false
	}
	f := Finding{Code: code, Severity: sev, Basis: basis, Clause: obligation.Clause(l.Clause)}
	switch {
	case l.Status == annex.ListAbsent && l.Clause == "":
		f.Absent = true
	case l.Status == annex.ListNone:
		f.Args = []Arg{{Key: noteStatedNone}}
	case l.Status == annex.ListAbsent:
		f.Args = []Arg{{}}
	default: // blank, or stated with nothing in it
		f.Args = []Arg{{Key: noteListBlank}}
	}
	return f, true
}

func describesNothing(d annex.Description) bool {
	return d.Purposes.IsZero() && d.DataSubjects.IsZero() && d.DataCategories.IsZero() &&
		d.SpecialCategories.IsZero() && d.Operations.IsZero() && d.SecurityNeeds.IsZero() &&
		d.SecurityMeasures.IsZero() && d.Children.IsZero() && d.Nature.IsZero() && d.Duration.IsZero()
}

// checkProcessingDescribed: Art. 28(3) first sentence, the nature and
// purpose of the processing, the type of personal data and the categories
// of data subjects, which the model keeps in [Processing]. An agreement
// with no description at all gets one finding; otherwise each part the
// description lacks gets its own. The nature is given by the agreement's
// words on it or, failing those, by its list of processing operations.
func checkProcessingDescribed(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	p, d := a.Processing, a.Processing.Description
	if p.Status != obligation.Stated && describesNothing(d) {
		return append(fs, missing(ProcessingNotDescribed, p.Provision, Art("28", 3, "")))
	}
	basis := Art("28", 3, "")
	if f, ok := listFinding(PurposeMissing, Unmet, d.Purposes, basis); ok {
		fs = append(fs, f)
	}
	if f, ok := listFinding(DataSubjectsMissing, Unmet, d.DataSubjects, basis); ok {
		fs = append(fs, f)
	}
	if f, ok := listFinding(PersonalDataMissing, Unmet, d.DataCategories, basis); ok {
		fs = append(fs, f)
	}
	if strings.TrimSpace(d.Nature.Text) == "" {
		if f, ok := listFinding(NatureMissing, Unmet, d.Operations, basis); ok {
			fs = append(fs, f)
		}
	}
	return fs
}

// checkSubprocessorAgreement: Art. 28(4) and 28(2). Where the customer is
// itself a processor ([agreement.AsProcessor]), or may be one
// ([agreement.AsControllerOrProcessor]), the vendor is its subprocessor:
// the agreement must impose the same data protection obligations as the
// customer's contract with its controller, and the customer needs that
// controller's authorisation to engage the vendor. Neither can be judged
// from this agreement alone, so the finding is information, citing the
// clause that says what the customer is. The other checks read the
// parties as the agreement names them (the customer in the controller's
// place), which holds in both readings.
func checkSubprocessorAgreement(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	for _, p := range a.Parties {
		if p.Role != agreement.Controller {
			continue
		}
		key := ""
		switch p.Acts {
		case agreement.AsProcessor:
			key = roleProcessor
		case agreement.AsControllerOrProcessor:
			key = roleEither
		default:
			continue
		}
		clause := firstClause(p.ActsAt, p.Clause)
		return append(fs, Finding{Code: SubprocessorAgreement, Clause: clause, Absent: clause == "", Args: []Arg{{Key: key}}})
	}
	return fs
}

// checkOwnPurposes: Art. 28(10) and Art. 29. A purpose that serves the
// processor itself (improving its own products, Nortelecom Vedlegg 3.3
// 1.1.2–1.1.3) is not processing on the controller's behalf: a processor
// that determines the purposes of processing is a controller for it
// (Art. 28(10)), and a processor processes only on the controller's
// instructions (Art. 29), so no instruction can make it the controller's
// processing. Unmet, one finding per such purpose.
func checkOwnPurposes(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	l := a.Processing.Description.Purposes
	for _, it := range l.Items {
		if !it.Kind.ProcessorOwn() {
			continue
		}
		if _, ok := a.IndependentPurpose(it.Kind); ok {
			continue // the agreement makes the processor a controller for it
		}
		clause := it.Clause
		if clause == "" {
			clause = l.Clause
		}
		fs = append(fs, Finding{
			Code: ProcessorOwnPurpose, Severity: Unmet, Clause: obligation.Clause(clause), Absent: clause == "",
			Basis: Art("28", 10, ""), Args: []Arg{{Text: excerpt(it.Text)}},
		})
	}
	return fs
}

// excerpt shortens the agreement's words to a length a message can quote.
// It keeps at most 120 characters, cut at the last space after the 60th
// byte where there is one.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const max = 120
	n := 0
	for i := range s {
		if n == max {
			s = s[:i]
			if j := strings.LastIndexByte(s, ' '); j > max/2 {
				return s[:j] + " …"
			}
			return s + "…"
		}
		n++
	}
	return s
}

// checkSensitiveData: sensitive data (Art. 9(1) and Art. 10) call for
// "specific restrictions and/or additional safeguards" described in the
// agreement (2021/915 Clause 7.5). The model cannot tell an agreed
// safeguard from a general measure, so the finding is a warning: with no
// special security needs stated it says so; with needs stated it asks the
// reader to check that the increased security they call for was agreed
// (Assistert Selvhjelp's Vedlegg 1: ticking a need "vil innebære at det må
// inngås en avtale om økt sikkerhet").
func checkSensitiveData(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	d := a.Processing.Description
	if d.ProcessesSpecialCategories() != annex.Yes {
		return fs
	}
	note := Arg{Key: noteNoNeeds}
	inferred := listInferred(d.SpecialCategories.Status, d.SpecialCategories.Reason, "")
	if len(d.SecurityNeeds.Items) > 0 {
		note = Arg{Key: noteNeedsStated}
		inferred = listInferred(d.SecurityNeeds.Status, d.SecurityNeeds.Reason, inferred)
	}
	return append(fs, Finding{
		Code: SensitiveDataSafeguards, Clause: obligation.Clause(d.SpecialCategories.Clause),
		Absent: d.SpecialCategories.Clause == "", Args: []Arg{sensitiveArticles(d), note}, Inferred: inferred,
	})
}

// listInferred adds to reasons the reason of a list the model infers
// ([annex.ListInferred]), so that a finding resting on it says so.
func listInferred(st annex.ListStatus, reason, reasons string) string {
	if st != annex.ListInferred || reason == "" || strings.Contains(reasons, reason) {
		return reasons
	}
	if reasons == "" {
		return reason
	}
	return reasons + "; " + reason
}

// inferredReason returns the reason of a provision the model infers, or
// "" for one the text states.
func inferredReason(p obligation.Provision) string {
	if p.Status == obligation.Inferred {
		return p.Reason
	}
	return ""
}

// sensitiveArticles names what the sensitive data of d are: special
// categories (Art. 9), data on criminal convictions and offences (Art.
// 10), or both. The two are kept apart: only Art. 9 data are «special
// categories»; Clause 7.5 of the 2021/915 clauses calls both «sensitive
// data». An agreement that says it processes such data without naming
// them is read as Art. 9.
func sensitiveArticles(d annex.Description) Arg {
	var art9, art10 bool
	for _, it := range d.SpecialCategories.Items {
		if it.Kind.Article() == 10 {
			art10 = true
		} else {
			art9 = true
		}
	}
	switch {
	case art9 && art10:
		return Arg{Key: sensitiveArt9And10}
	case art10:
		return Arg{Key: sensitiveArt10}
	}
	return Arg{Key: sensitiveArt9}
}

// checkChildrenData: children's personal data with no special security
// need stated. Children merit specific protection (GDPR recital 38) and
// Art. 32(1) asks for security appropriate to the risk; whether an
// ordinary level suffices depends on the processing, so this is a
// warning (Nortelecom: persons under 18, "et normalt sikkerhetsnivå").
func checkChildrenData(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	d := a.Processing.Description
	if d.ProcessesChildren() != annex.Yes || len(d.SecurityNeeds.Items) > 0 {
		return fs
	}
	clause := d.SecurityNeeds.Clause
	if clause == "" {
		clause = d.DataSubjects.Clause
	}
	if clause == "" {
		clause = d.Children.Clause
	}
	return append(fs, Finding{
		Code: ChildrenDataSafeguards, Severity: Weak, Clause: obligation.Clause(clause), Absent: clause == "",
		Basis: Art("32", 1, ""),
	})
}

// checkMeasures: Art. 32 measures described concretely. Art. 28(3)(c)
// only requires the processor to take the measures Art. 32 requires, but
// the EDPB (Guidelines 07/2020) and Annex III of the 2021/915 clauses
// expect them described concretely rather than by restating the law, so a
// description without measures is a warning. Whether listed measures are
// concrete is not judged.
func checkMeasures(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	d := a.Processing.Description
	if a.Processing.Status != obligation.Stated && describesNothing(d) {
		return fs // ProcessingNotDescribed says it already
	}
	if f, ok := listFinding(MeasuresNotListed, Weak, d.SecurityMeasures, Art("32", 1, "")); ok {
		fs = append(fs, f)
	}
	return fs
}

// checkTermsNotReviewed: the terms the review could not judge, because
// they are in a part of the text missing from the copy or in a document
// not reproduced. One finding says how many; information, since the terms
// may well be there.
func checkTermsNotReviewed(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	n, of := a.Unreviewed()
	if n == 0 {
		return fs
	}
	return append(fs, Finding{Code: TermsNotReviewed, Absent: true,
		Args: []Arg{{Text: strconv.Itoa(n)}, {Text: strconv.Itoa(of)}}})
}

// checkDocuments: the documents the agreement consists of or leaves terms
// to that its text does not reproduce (checkWriting), and each document a
// term is in that the agreement's own list of documents does not already
// show as not reproduced, asked for once and citing the clause that refers
// to it.
func checkDocuments(fs []Finding, a *agreement.Agreement, on obligation.Date) []Finding {
	fs = checkWriting(fs, a, on)
	if n, _ := a.Unreviewed(); n == 0 {
		return fs
	}
	c := a.Coverage()
	for _, d := range c.Documents {
		if listedNotReproduced(a, d) {
			continue // checkWriting asks for it, or it is hypothetical
		}
		var clause obligation.Clause
		for _, t := range c.Elsewhere {
			if t.Provision.Document == d && t.Provision.Clause != "" {
				clause = t.Provision.Clause
				break
			}
		}
		fs = append(fs, Finding{Code: DocumentNotReproduced, Clause: clause, Absent: clause == "", Args: []Arg{{Text: d}}})
	}
	return fs
}

func listedNotReproduced(a *agreement.Agreement, title string) bool {
	for _, d := range a.Documents {
		if d.Title == title && !d.Included {
			return true
		}
	}
	return false
}

// checkReadings: a term two documents of the agreement give differently
// ([agreement.Agreement.Conflicts]), one finding per term and pair of
// readings. Where precedence ranks them, the finding names the prevailing
// reading first, cites its clause and says what decided: the order of
// precedence, or the rule of precedence whose clause it cites (a rule
// that holds only to the extent of an inconsistency says so); the review
// has applied it ([agreement.Agreement.Governing]). Otherwise the
// agreement value's reading comes first.
func checkReadings(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	for _, c := range a.Conflicts() {
		first, code := 0, DocumentsContradictUnranked
		if c.Governing >= 0 {
			first, code = c.Governing, DocumentsContradict
		}
		g := c.Sources[first]
		for i, s := range c.Sources {
			if i == first {
				continue
			}
			args := []Arg{{Text: documentName(a, g.Document)}, {Clause: g.Clause}, {Text: documentName(a, s.Document)}, {Clause: s.Clause}, {Key: "term." + c.Term}}
			if code == DocumentsContradict {
				args = append(args, precedenceArgs(a, c, g)...)
			}
			fs = append(fs, Finding{Code: code, Clause: g.Clause, Absent: g.Clause == "", Also: []obligation.Clause{s.Clause}, Args: args})
		}
	}
	return fs
}

// precedenceArgs are the arguments that say what ranked the governing
// reading g of c first: the agreement's order of precedence, or the rule
// of precedence stated at c.Rule, which either puts g's document first
// (to the extent of an inconsistency, where it says so) or ranks the
// other document first on a condition that does not hold.
func precedenceArgs(a *agreement.Agreement, c agreement.Conflict, g agreement.Source) []Arg {
	if c.Rule == "" {
		return []Arg{{Key: precedenceOrder}}
	}
	gov := documentName(a, g.Document)
	for _, r := range a.Precedence.Rules {
		if r.Clause == c.Rule && r.Document != gov && r.If != 0 {
			return []Arg{{Key: precedenceUnmet, Clause: c.Rule}}
		}
	}
	if c.ToTheExtent {
		return []Arg{{Key: precedenceRule, Clause: c.Rule}, {Key: precedenceExtent}}
	}
	return []Arg{{Key: precedenceRule, Clause: c.Rule}}
}

// documentName returns the document's title, the agreement's own title for
// its main text.
func documentName(a *agreement.Agreement, doc string) string {
	if doc == "" {
		for _, d := range a.Documents {
			if d.Kind == agreement.ProcessorAgreement {
				return d.Title
			}
		}
		return a.Title
	}
	return doc
}

// blankFinding reports whether f reports a term left blank.
func blankFinding(f Finding) bool {
	if f.Code == ControllerDutiesBlank {
		return true
	}
	for _, a := range f.Args {
		if a.Key == noteBlank || a.Key == noteListBlank {
			return true
		}
	}
	return false
}

// checkTemplate: what a template leaves to fill in, one finding listing
// the fields left blank and the choices still open. Information: a
// template is not an agreement until it is filled in.
func checkTemplate(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	if !a.Template {
		return fs
	}
	// The open fields and choices, "; " between them, written straight
	// into the finding's text.
	var open strings.Builder
	n := 0
	sep := func() {
		if n > 0 {
			open.WriteString("; ")
		}
		n++
	}
	for _, b := range a.Coverage().Blanks {
		sep()
		open.WriteString(b.Field)
	}
	for _, c := range a.Choices {
		if c.Open() {
			sep()
			open.WriteString(string(c.Clause))
			open.WriteString(": ")
			for i, o := range c.Options {
				if i > 0 {
					open.WriteString(" / ")
				}
				open.WriteString(o.Name)
			}
		}
	}
	if n == 0 {
		return fs
	}
	return append(fs, Finding{Code: TemplateToFill, Absent: true,
		Args: []Arg{{Text: strconv.Itoa(n)}, {Text: open.String()}}})
}
