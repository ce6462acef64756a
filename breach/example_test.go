package breach_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
)

// The whole flow: an agreement's terms, an incident as first known, the
// assessment, the draft notice's missing items, and the verdict on a
// notice sent the next morning.
func Example() {
	oslo := breach.Oslo()
	terms := breach.Terms{
		Provision: obligation.At("10"),
		Deadline: breach.Deadline{Provision: obligation.At("10.1"),
			Period:             obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)),
			BoundWherePossible: true, Clock: breach.Discovery},
		Reporting: breach.Reporting{Provision: obligation.At("10.1"), Authority: obligation.Controller, ProcessorMayReport: breach.Forbidden},
	}
	inc := breach.Incident{
		ID:          "INC-7",
		Discovered:  time.Date(2026, time.May, 16, 22, 40, 0, 0, oslo),
		Effects:     breach.Confidentiality,
		Description: breach.Is("A misconfigured bucket exposed invoices."),
		Contact:     breach.Is(breach.Contact{Name: "Kari Nordmann", Email: "dpo@example.no"}),
	}
	a := terms.Assess(inc, inc.Discovered)
	fmt.Println("processor:", breach.PeriodLabel(a.Processor.Period, a.Processor.BoundWherePossible, language.English))
	fmt.Println("at the latest:", a.Processor.Due.Format(time.RFC3339))
	fmt.Println("authority, at the earliest:", a.Authority.Due.Format(time.RFC3339))
	fmt.Println("processor may report itself:", a.Authority.ProcessorMayReport)
	for _, m := range a.MissingContents() {
		fmt.Println("missing:", m.Item.Label(language.English))
	}
	sent := time.Date(2026, time.May, 17, 9, 0, 0, 0, oslo)
	fmt.Println("notice at 09:00:", a.Processor.Check(sent).Label(language.English))
	// Output:
	// processor: without undue delay, and where possible at the latest 24 hours
	// at the latest: 2026-05-17T22:40:00+02:00
	// authority, at the earliest: 2026-05-19T22:40:00+02:00
	// processor may report itself: forbidden
	// missing: categories of data subjects
	// missing: approximate number of data subjects
	// missing: categories of personal data records
	// missing: approximate number of personal data records
	// missing: likely consequences
	// missing: measures taken or proposed
	// notice at 09:00: within the bound, but undue delay is a judgement
}

func ExampleTerms_Assess() {
	oslo := breach.Oslo()
	terms := breach.Terms{Deadline: breach.Deadline{Provision: obligation.At("7"), Period: obligation.Hours(24)}}
	// Discovered the evening before summer time ends on 25 October 2026.
	inc := breach.Incident{Discovered: time.Date(2026, time.October, 24, 22, 40, 0, 0, oslo)}
	a := terms.Assess(inc, inc.Discovered)
	fmt.Println(a.Processor.Due.Format("2006-01-02 15:04 MST"))
	fmt.Println(a.Authority.Due.Format("2006-01-02 15:04 MST"), a.Authority.Basis)
	// Output:
	// 2026-10-25 21:40 CET
	// 2026-10-27 21:40 CET estimate
}

func ExampleProcessorDeadline_Check() {
	oslo := breach.Oslo()
	terms := breach.Terms{Deadline: breach.Deadline{Period: obligation.Hours(24)}}
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, oslo)
	a := terms.Assess(breach.Incident{Discovered: d}, d)
	// 17 May is a Sunday and a public holiday; hours do not move to Monday.
	fmt.Println(a.Processor.Check(time.Date(2026, time.May, 17, 22, 40, 0, 0, oslo)))
	fmt.Println(a.Processor.Check(time.Date(2026, time.May, 18, 8, 0, 0, 0, oslo)))
	// Output:
	// on-time
	// late
}

func ExampleAuthorityDeadline_Check() {
	oslo := breach.Oslo()
	inc := breach.Incident{
		Discovered: time.Date(2026, time.March, 28, 10, 0, 0, 0, oslo),
		Notified:   time.Date(2026, time.March, 28, 12, 0, 0, 0, oslo),
	}
	a := breach.Terms{}.Assess(inc, inc.Notified)
	fmt.Println(a.Authority.Due.Format("2006-01-02 15:04 MST"))
	sent := time.Date(2026, time.March, 31, 13, 30, 0, 0, oslo)
	fmt.Println(a.Authority.Check(sent), a.Authority.NeedsReasons(sent))
	// Output:
	// 2026-03-31 13:00 CEST
	// late true
}

func ExampleAssessment_MissingContents() {
	terms := breach.Terms{Contents: breach.Contents{Provision: obligation.At("Avvik ¶2"), Required: []breach.Requirement{
		{Clause: "Avvik ¶2", Text: "en beskrivelse av avvikets art", Items: breach.ItemsOf(breach.Nature)},
		{Clause: "Avvik ¶2", Text: "en beskrivelse av mulige konsekvenser", Items: breach.ItemsOf(breach.Consequences)},
	}}}
	inc := breach.Incident{
		Description:       breach.Is("Lost laptop"),
		SubjectCategories: breach.Is([]string{"employees"}), SubjectCount: breach.Is(int64(40)),
		RecordCategories: breach.Is([]string{"contact details"}), RecordCount: breach.Is(int64(40)),
		MeasuresTaken: breach.Is([]string{"remote wipe"}),
	}
	a := terms.Assess(inc, time.Time{})
	for _, m := range a.MissingContents() {
		fmt.Print(m.Item, ":")
		for _, s := range m.Sources {
			fmt.Print(" [", s.Cite(language.Make("nb")), "]")
		}
		fmt.Println()
	}
	// Output:
	// contact-point: [GDPR art. 33(3)(b)]
	// consequences: [GDPR art. 33(3)(c)] [avtalen Avvik ¶2]
}

func ExampleAssessment_Notice() {
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo())
	inc := breach.Incident{Discovered: d, Description: breach.Is("Lost laptop"), SubjectCount: breach.Is(int64(1200))}
	a := breach.Terms{}.Assess(inc, d)
	n := a.Notice(language.Make("nb"))
	fmt.Println(n[:len("Varsel om brudd på personopplysningssikkerheten")])
	// Output:
	// Varsel om brudd på personopplysningssikkerheten
}

func ExampleAssessment_Duties() {
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo())
	inc := breach.Incident{Discovered: d, Risk: breach.High, DisproportionateEffort: true}
	a := breach.Terms{}.Assess(inc, d)
	for _, du := range a.Duties() {
		fmt.Println(du.Debtor, du.Action, du.Article)
	}
	// Output:
	// processor notify-controller GDPR art. 33(2)
	// processor supply-missing GDPR art. 33(4)
	// processor assist GDPR art. 28(3)(f)
	// controller notify-authority GDPR art. 33(1)
	// controller communicate-publicly GDPR art. 34(3)(c)
	// controller document GDPR art. 33(5)
}

func ExampleAssessAll() {
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo())
	customers := []breach.Terms{
		{Deadline: breach.Deadline{Period: obligation.Hours(48)}},
		{Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))}},
		{Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately)}},
	}
	for _, o := range breach.AssessAll(customers, breach.Incident{Discovered: d}, d) {
		fmt.Println(o.Index, o.Deadline.Period, o.Missing.Len())
	}
	// Output:
	// 2 immediately 8
	// 1 without-undue-delay/PT24H 8
	// 0 PT48H 8
}

func ExampleDecodeTerms() {
	t, err := breach.DecodeTerms([]byte(`{"deadline":{"status":"stated","clause":"2.4","period":"immediately"}}`))
	fmt.Println(t.Deadline.Period, t.Deadline.Clause, err)
	_, err = breach.DecodeTerms([]byte(`{"deadline":{"clock":"rumour"}}`))
	fmt.Println(err)
	// Output:
	// immediately 2.4 <nil>
	// json: deadline.clock: breach: unknown Trigger "rumour" (want one of awareness, discovery, suspicion)
}

func ExampleDecodeIncident() {
	inc, err := breach.DecodeIncident([]byte(`{"discovered":"2026-05-16T22:40:00+02:00","cause":"","subjectCount":1200}`))
	fmt.Println(inc.Knows(), err)
	// Output:
	// cause+discovery-time+subject-count <nil>
}

func ExampleAuthorityRuleAt() {
	r, ok := breach.AuthorityRuleAt(time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo()))
	fmt.Println(r.Hours, r.Article, ok)
	_, ok = breach.AuthorityRuleAt(time.Date(2018, time.July, 19, 12, 0, 0, 0, breach.Oslo()))
	fmt.Println(ok)
	// Output:
	// 72 GDPR art. 33(1) true
	// false
}

func ExamplePeriodLabel() {
	p := obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))
	fmt.Println(breach.PeriodLabel(p, true, language.Make("nb")))
	fmt.Println(breach.PeriodLabel(obligation.Unquantified(obligation.Immediately), false, language.English))
	// Output:
	// uten ugrunnet opphold, og om mulig senest 24 timer
	// immediately
}

func ExampleItemsOf() {
	s := breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)
	fmt.Println(s, s.Has(breach.RecordCategories))
	// Output:
	// subject-categories+subject-count+record-count false
}

func ExampleLawRequirements() {
	for _, r := range breach.LawRequirements() {
		fmt.Println(r.Clause, r.Items)
	}
	// Output:
	// GDPR art. 33(3)(a) nature+subject-categories+subject-count+record-categories+record-count
	// GDPR art. 33(3)(b) contact-point
	// GDPR art. 33(3)(c) consequences
	// GDPR art. 33(3)(d) measures
}

func ExampleIs() {
	var cause breach.Known[string] // not yet known
	fmt.Println(cause.Ok, breach.Is("").Ok)
	// Output:
	// false true
}

func ExampleTerms_Rules() {
	terms := breach.Terms{Deadline: breach.Deadline{Provision: obligation.At("10.1"),
		Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))}}
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo())
	duties, err := obligation.Agenda(terms.Rules(), obligation.Event{Kind: obligation.BreachDiscovered, At: d}, obligation.Norway())
	for _, du := range duties {
		fmt.Println(du.Debtor, du.Action, du.Creditor, du.Due.At.Format(time.RFC3339), du.Clause, err)
	}
	// Output:
	// processor notify controller 2026-05-17T22:40:00+02:00 10.1 <nil>
}

func ExampleAssessment_Agenda() {
	d := time.Date(2026, time.May, 16, 22, 40, 0, 0, breach.Oslo())
	a := breach.Terms{}.Assess(breach.Incident{Discovered: d, Risk: breach.Likely}, d)
	for _, du := range a.Agenda() {
		fmt.Println(du.Debtor, du.Action, du.Creditor, du.Due.Period, du.Note)
	}
	// Output:
	// processor notify controller without-undue-delay GDPR art. 33(2)
	// processor notify controller without-undue-delay GDPR art. 33(4): supply the missing information
	// controller notify authority without-undue-delay/PT72H GDPR art. 33(1)
	// processor assist controller  GDPR art. 28(3)(f)
}

func ExampleTerms_Validate() {
	terms := breach.Terms{
		Deadline: breach.Deadline{Period: obligation.Hours(24), BoundWherePossible: true},
		Contents: breach.Contents{Required: []breach.Requirement{{Text: "cause"}}},
	}
	fmt.Println(terms.Validate())
	// Output:
	// 3 problems
	//	deadline.boundWherePossible: only an unquantified period with a bound can have a bound that applies where possible
	//	contents.required[0].clause: a requirement must cite its clause
	//	contents.required[0].items: a requirement must name at least one item
}

func ExampleIncident_Validate() {
	inc := breach.Incident{SubjectCount: breach.Is(int64(-5))}
	fmt.Println(inc.Validate())
	// Output:
	// 1 problem
	//	subjectCount: a count cannot be negative (-5)
}

func ExampleAssessment_Sources() {
	terms := breach.Terms{Contents: breach.Contents{Required: []breach.Requirement{
		{Clause: "10.2.2", Items: breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)},
	}}}
	a := terms.Assess(breach.Incident{}, time.Time{})
	for _, r := range a.Sources(breach.RecordCount) {
		fmt.Println(r.Cite(language.English))
	}
	// Output:
	// GDPR art. 33(3)(a)
	// agreement 10.2.2
}

func ExampleIncident_Knows() {
	inc := breach.Incident{Effects: breach.Availability, MeasuresProposed: breach.Is([]string{})}
	fmt.Println(inc.Knows())
	// Output:
	// nature+measures
}

// A bound stated by reference to the law (Aptible 3.6: «in no case later
// than the statutory maximum for notification») resolves to the
// processor's rule in force: GDPR Art. 33(2), which sets no hours.
func ExampleProcessorDeadline_BoundText() {
	terms := breach.Terms{Deadline: breach.Deadline{Provision: obligation.At("3.6"),
		Period: obligation.Unquantified(obligation.WithoutUndueDelay), Bound: breach.StatutoryMaximum}}
	aware := time.Date(2026, time.March, 6, 10, 0, 0, 0, breach.Oslo())
	p := terms.Assess(breach.Incident{Aware: aware}, aware).Processor
	fmt.Println(p.Statutory.Article, p.Statutory.Hours, p.Due.IsZero())
	fmt.Println(p.BoundText(language.English))
	// Output:
	// GDPR art. 33(2) 0 true
	// the statutory maximum for the processor's notice is «without undue delay» (GDPR art. 33(2)), with no number of hours; the 72 hours of Art. 33(1) are the controller's, towards the supervisory authority, from its own awareness
}

// The processor's rule in force on a day, which «the statutory maximum for
// notification» ([breach.StatutoryMaximum]) resolves to. The GDPR became
// applicable in Norway on 20 July 2018 (EEA Joint Committee Decision No
// 154/2018; Datatilsynet: "became applicable in Norway on 20 July 2018"):
// the day before, there is no rule; from that day, Art. 33(2), «without
// undue delay», with no number of hours.
func ExampleProcessorRuleAt() {
	for _, day := range []time.Time{
		time.Date(2018, time.July, 19, 12, 0, 0, 0, breach.Oslo()),
		time.Date(2018, time.July, 20, 0, 0, 0, 0, breach.Oslo()),
	} {
		r, ok := breach.ProcessorRuleAt(day)
		fmt.Println(day.Format("2006-01-02"), ok, r.Article, r.Hours)
	}
	// Output:
	// 2018-07-19 false  0
	// 2018-07-20 true GDPR art. 33(2) 0
}
