package annex

import "strings"

// Description is an agreement's description of the processing: what GDPR
// Art. 28(3) requires the agreement to set out about purpose, nature,
// duration, types of personal data and categories of data subjects, with
// the security needs and measures the agreement attaches to them. It
// follows Annex II of the 2021/915 clauses and the check-list of
// Assistert Selvhjelp's Vedlegg 1.
//
// Description is a plain value; pass it by value. Each list says whether
// the agreement gives it at all (see [List] and [ListStatus]), so "the
// list is empty in the text" and "the agreement has no such list" stay
// apart. The zero Description is an agreement that describes nothing.
type Description struct {
	// Purposes of the processing.
	Purposes List[PurposeKind] `json:"purposes,omitzero"`
	// DataSubjects are the categories of data subjects.
	DataSubjects List[SubjectKind] `json:"dataSubjects,omitzero"`
	// DataCategories are the categories of personal data other than the
	// special categories.
	DataCategories List[DataKind] `json:"dataCategories,omitzero"`
	// SpecialCategories are the special categories processed (Art. 9(1)
	// and Art. 10). [ListNone] records an agreement that says no such data
	// are processed.
	SpecialCategories List[SpecialKind] `json:"specialCategories,omitzero"`
	// Operations are the processing operations (Art. 4(2)).
	Operations List[OperationKind] `json:"operations,omitzero"`
	// SecurityNeeds are the special security needs the agreement states.
	SecurityNeeds List[NeedKind] `json:"securityNeeds,omitzero"`
	// SecurityMeasures are the technical and organisational measures, each
	// under its Annex III heading with the agreement's words in its Text.
	SecurityMeasures List[MeasureKind] `json:"securityMeasures,omitzero"`
	// Children is what the agreement says outright about children's data,
	// apart from listing children among the data subjects; see
	// [Description.ProcessesChildren].
	Children Flag `json:"children,omitzero"`
	// Nature is the agreement's description of the nature of the
	// processing, in its own words.
	Nature Statement `json:"nature,omitzero"`
	// Duration is what the agreement says about the duration of the
	// processing, in its own words.
	Duration Statement `json:"duration,omitzero"`
}

// Statement is a passage of the agreement in its own words, with the
// clause it comes from. The zero Statement means the agreement says
// nothing.
type Statement struct {
	// Text is the passage in the agreement's own words.
	Text string `json:"text,omitzero"`
	// Clause is where the agreement gives it, written as the agreement
	// numbers it.
	Clause string `json:"clause,omitzero"`
}

// IsZero reports whether the statement is empty.
func (s Statement) IsZero() bool { return s.Text == "" && s.Clause == "" }

// Flag is an agreement's own answer to a yes-or-no question, with the
// clause that gives it. The zero Flag is [Unstated].
type Flag struct {
	Answer Answer `json:"answer,omitzero"`
	// Clause is where the agreement gives the answer, written as the
	// agreement numbers it.
	Clause string `json:"clause,omitzero"`
}

// IsZero reports whether the flag is unstated and cites no clause.
func (f Flag) IsZero() bool { return f.Answer == Unstated && f.Clause == "" }

// IsZero reports whether the description says nothing: every list absent
// without clause or items, no answer on children, no nature and no
// duration.
func (d Description) IsZero() bool {
	return d.Purposes.IsZero() && d.DataSubjects.IsZero() && d.DataCategories.IsZero() &&
		d.SpecialCategories.IsZero() && d.Operations.IsZero() && d.SecurityNeeds.IsZero() &&
		d.SecurityMeasures.IsZero() && d.Children.IsZero() && d.Nature.IsZero() && d.Duration.IsZero()
}

// ProcessesChildren reports whether children's personal data are
// processed: the agreement's own [Description.Children] answer when it
// gives one, otherwise [Yes] when the data subjects include children
// ([SubjectKind.Children]), and [Unstated] when neither settles it. A list
// of data subjects without children is not read as a "no": categories
// such as end users or callers may include children.
func (d Description) ProcessesChildren() Answer {
	if d.Children.Answer != Unstated {
		return d.Children.Answer
	}
	for _, it := range d.DataSubjects.Items {
		if it.Kind.Children() {
			return Yes
		}
	}
	return Unstated
}

// ProcessesSpecialCategories reports whether special categories of
// personal data, Art. 9(1) or Art. 10, are processed: [Yes] when the list
// has items, [No] when the agreement says none are ([ListNone]), and
// [Unstated] when the list is absent or blank. The 2021/915 clauses group
// both articles as "sensitive data" (Clause 7.5); use
// [SpecialKind.Article] to tell them apart.
func (d Description) ProcessesSpecialCategories() Answer {
	switch {
	case len(d.SpecialCategories.Items) > 0:
		return Yes
	case d.SpecialCategories.Status == ListNone:
		return No
	}
	return Unstated
}

// Check reports every well-formedness problem of the description through
// report, with a path in JSON field names relative to the description
// ("purposes.items[2].text") and a message in English. It reports unknown
// statuses and kinds, lists whose status contradicts their items, "other"
// items without text, duplicate items, and an answer on children that
// contradicts the list of data subjects. A caller that holds the
// description in a larger value prefixes the path:
//
//	d.Check(func(path, msg string) { problems.Add("processing.description."+path, msg) })
func (d Description) Check(report func(path, message string)) {
	if report == nil {
		return
	}
	d.Purposes.check("purposes", report)
	d.DataSubjects.check("dataSubjects", report)
	d.DataCategories.check("dataCategories", report)
	d.SpecialCategories.check("specialCategories", report)
	d.Operations.check("operations", report)
	d.SecurityNeeds.check("securityNeeds", report)
	d.SecurityMeasures.check("securityMeasures", report)
	switch {
	case !d.Children.Answer.IsValid():
		report("children.answer", "unknown answer "+d.Children.Answer.String())
	case d.Children.Answer == No:
		for i, it := range d.DataSubjects.Items {
			if it.Kind.Children() {
				report("children.answer", "says no children's data are processed, but dataSubjects.items["+itoaPath(i)+"] is "+it.Kind.String())
				break
			}
		}
	}
	checkStatement("nature", d.Nature, report)
	checkStatement("duration", d.Duration, report)
}

func checkStatement(path string, s Statement, report func(path, message string)) {
	if s.Clause != "" && strings.TrimSpace(s.Text) == "" {
		report(path+".text", "a statement citing a clause needs its text")
	}
}
