package review_test

import (
	"fmt"
	"os"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// An agreement that cites the 2000 Personal Data Act and says nothing on
// its duration, reviewed on two days: before the Act's repeal on 20 July
// 2018 only the missing duration is reported.
func ExampleAgreement() {
	a := agreement.Agreement{
		ID: "kunde-1", Title: "Databehandleravtale", Language: "nb",
		Service: agreement.Service{Provision: obligation.At("1"), SubjectMatter: "Lønnskjøring"},
		Laws: agreement.Laws{Provision: obligation.At("2"), Cited: []agreement.Law{
			{ID: "LOV-2000-04-14-31", Clause: "2"},
		}},
	}
	for _, day := range []string{"2018-07-19", "2026-11-23"} {
		r, err := review.Agreement(a, obligation.MustParseDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day)
		for _, f := range r.WithCode(review.DurationMissing, review.LawRepealed).Findings {
			fmt.Printf("  %s %s (%s)\n", f.Severity, f.Code, f.Basis.Label(language.English))
		}
	}
	// Output:
	// 2018-07-19
	//   unmet gdpr-28-3-duration-missing (GDPR Art. 28(3))
	// 2026-11-23
	//   unmet gdpr-28-3-duration-missing (GDPR Art. 28(3))
	//   weak no-law-repealed (LOV-2018-06-15-38)
}

// A review date that is not a day is an error, not an empty report.
func ExampleAgreement_invalidDate() {
	_, err := review.Agreement(agreement.Agreement{ID: "kunde-1"}, obligation.Date{Year: 2026, Month: 2, Day: 30})
	fmt.Println(err)
	// Output:
	// review: invalid review date: 2026-02-30 is not a day
}

// The catalogue: every default check with its code, severity and the
// provision it tests.
func ExampleDefault() {
	for _, c := range review.Default().Only(review.AuditMissing, review.AuditSoft, review.SensitiveDataSafeguards) {
		fmt.Printf("%s %s (%s): %s\n", c.Code, c.Severity, c.Basis.Label(language.English), c.Title.EN)
	}
	// Output:
	// gdpr-28-3-h-audit-missing unmet (GDPR Art. 28(3)(h)): audit right missing
	// gdpr-28-3-h-audit-soft weak (GDPR Art. 28(3)(h)): audit only as a soft undertaking
	// scc915-7-5-sensitive-data-safeguards weak (Decision (EU) 2021/915 Clause 7.5): sensitive data without evident safeguards
}

// A firm's own rule, run with the default checks: it never accepts a
// processor agreement without a governing law, so it raises that check to
// unmet, drops the check on the 2021/915 suspension right it does not
// use, and adds a check of its own.
func ExampleSet_Review() {
	noCap := review.Check{
		Code:     "firm-liability-cap-missing",
		Title:    review.Text{NB: "ingen ansvarsgrense", EN: "no liability cap"},
		Doc:      review.Text{NB: "Avtalen har ingen ansvarsgrense.", EN: "The agreement has no liability cap."},
		Severity: review.Weak,
		Run: func(p *review.Pass) {
			if len(p.Agreement.Liability.Caps) == 0 {
				p.Report(review.Finding{Absent: true,
					Args: []review.Arg{{Text: "Avtalen har ingen ansvarsgrense."}, {Text: "The agreement has no liability cap."}}})
			}
		},
	}
	checks := review.Default().
		Without(review.SuspensionRightMissing).
		WithSeverity(review.GoverningLawMissing, review.Unmet).
		With(noCap)
	a := agreement.Agreement{ID: "kunde-2", Title: "Databehandleravtale", Language: "nb"}
	r, err := checks.Review(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range []review.Code{review.SuspensionRightMissing, review.GoverningLawMissing, noCap.Code} {
		for _, f := range r.WithCode(c).Findings {
			fmt.Println(f.Severity, f.Code, "-", f.Message(language.English))
		}
	}
	// Output:
	// unmet gdpr-28-3-governing-law-missing - The agreement names neither a governing law nor a venue. That is not an Art. 28 requirement, but Art. 28(3) asks for a contract under Union or Member State law, and without a choice the law and the court follow from the rules of private international law, which makes a dispute less predictable.
	// weak firm-liability-cap-missing - The agreement has no liability cap.
}

// A finding's text is produced when it is shown, in the reader's language.
func ExampleFinding_Message() {
	f := review.Finding{
		Code: review.LawRepealed, Severity: review.Weak, Clause: "1", Basis: review.Reference{Instrument: review.PersonalDataAct},
		Args: []review.Arg{{Law: review.PersonalDataAct2000}, {Date: obligation.NewDate(2018, 7, 20)}, {Law: review.PersonalDataAct}},
	}
	fmt.Println(f.Message(language.Norwegian))
	fmt.Println(f.Message(language.English))
	// Output:
	// Avtalen viser til personopplysningsloven av 2000 (LOV-2000-04-14-31), som ble opphevet med virkning fra 20. juli 2018 og erstattet av personopplysningsloven (LOV-2018-06-15-38). Avtalen bør vise til gjeldende regelverk.
	// The agreement cites the Personal Data Act of 2000 (LOV-2000-04-14-31), which was repealed with effect from 20 July 2018 and replaced by the Personal Data Act (LOV-2018-06-15-38). The agreement should cite the law in force.
}

// A reader who has accepted a finding suppresses it by its code; the
// report can also be narrowed to one article.
func ExampleReport_Suppress() {
	a := agreement.Agreement{ID: "kunde-2", Title: "Databehandleravtale", Language: "nb"}
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	r = r.Suppress(review.GoverningLawMissing)
	fmt.Println(r.Has(review.GoverningLawMissing))
	for _, f := range r.Within(review.Art("28", 3, "h")).Findings {
		fmt.Println(f.Code)
	}
	// Output:
	// false
	// gdpr-28-3-h-audit-missing
	// gdpr-28-3-h-information-missing
}

// The report as text, in Norwegian: the heading names the agreement by its
// title and its processor.
func ExampleReport_WriteText() {
	a := agreement.Agreement{
		ID: "kunde-3", Title: "Databehandleravtale", Language: "nb",
		Parties:      []agreement.Party{{Role: agreement.Processor, Name: "Leverandør AS"}},
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("9"), Country: "NO"},
	}
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = r.WithCode(review.VenueMissing).WriteText(os.Stdout, language.Norwegian)
	// Output:
	// Gjennomgang av «Databehandleravtale» (Leverandør AS) per 23. november 2026
	//
	// Til orientering (1)
	//   * GDPR art. 28 nr. 3, pkt. 9 [gdpr-28-3-venue-missing]
	//     Avtalen velger lovgivningen i Norge, men angir ikke verneting. Det er ikke et krav etter art. 28; uten verneting følger domstolen av de alminnelige reglene om verneting.
}

// References render as lawyers write them, in either language.
func ExampleArt() {
	h := review.Art("28", 3, "h")
	fmt.Println(h.Label(language.English))
	fmt.Println(h.Label(language.Norwegian))
	fmt.Println(review.Art("28", 0, "").Contains(h))
	// Output:
	// GDPR Art. 28(3)(h)
	// GDPR art. 28 nr. 3 bokstav h
	// true
}

// The dated table of repealed instruments the review uses.
func ExampleRepeals() {
	for _, r := range review.Repeals() {
		fmt.Println(r.Repealed, "→", r.Replacement, "from", r.On)
	}
	// Output:
	// LOV-2000-04-14-31 → LOV-2018-06-15-38 from 2018-07-20
	// FOR-2000-12-15-1265 → LOV-2018-06-15-38 from 2018-07-20
	// LOV-2001-05-18-24 → LOV-2014-06-20-43 from 2015-01-01
	// 31995L0046 → 32016R0679 from 2018-05-25
}

// The report as Markdown, in English.
func ExampleReport_WriteMarkdown() {
	a := agreement.Agreement{
		ID: "kunde-4", Title: "Databehandleravtale", Language: "nb",
		Laws: agreement.Laws{Provision: obligation.At("1"), Cited: []agreement.Law{{ID: "31995L0046", Clause: "1"}}},
	}
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = r.WithCode(review.DirectiveCited).WriteMarkdown(os.Stdout, language.English)
	// Output:
	// # Review of “Databehandleravtale” on 23 November 2026
	//
	// ## For information (1)
	//
	// - **GDPR Art. 94(2)**, clause 1 (`gdpr-94-2-directive-cited`)\
	//   The agreement cites the Data Protection Directive (95/46/EC), which was repealed with effect from 25 May 2018 (Art. 94(1)) and replaced by the GDPR (Regulation (EU) 2016/679). Under Art. 94(2) the reference reads as one to the GDPR, so it does not change which rules apply. In Norway, the Directive's regime, the Personal Data Act of 2000, applied until 20 July 2018.
}

// The transfer checks judge against the legal tables they are given. The
// embedded tables end the EU–US Privacy Shield on 16 July 2020, the day
// the Court of Justice declared Decision (EU) 2016/1250 invalid (C-311/18,
// Schrems II), so MailMojo 2.8, which names it as a basis, is reported.
// A copy with that row left open, as a table written before the judgment
// read it, reports nothing: the review takes the facts it is given, newer
// ones read with [subprocessor.ReadLaw] or a copy with rows changed.
func ExampleWithLaw() {
	a := examples.MailMojo()
	on := obligation.NewDate(2026, time.November, 23)

	before := subprocessor.EmbeddedLaw()
	for i, d := range before.Decisions {
		if d.Mechanism == subprocessor.PrivacyShield {
			before.Decisions[i].Until = obligation.Date{}
		}
	}
	for _, opts := range [][]review.Option{nil, {review.WithLaw(before)}} {
		r, err := review.Agreement(a, on, opts...)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(len(r.WithCode(review.InvalidMechanism).Findings), "finding(s)")
		for _, f := range r.WithCode(review.InvalidMechanism).Findings {
			fmt.Println(" ", f.Severity, f.Code, f.Clause)
		}
	}
	// Output:
	// 1 finding(s)
	//   weak gdpr-45-9-invalid-mechanism 2.8
	// 0 finding(s)
}

// Limits on an audit's scope. Cradl 10: «The audit does not include
// information concerning Data Processor’s trade secrets. This includes,
// but is not limited to product know-how, algorithms, software code, test
// results, processes, inventions, research projects etc.» Art. 28(3)(h)
// asks for all information necessary to demonstrate compliance, so the
// review reports the exclusions.
func ExampleAuditScopeLimited() {
	r, err := review.Agreement(examples.Cradl(), obligation.NewDate(2026, time.November, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.WithCode(review.AuditScopeLimited).Findings {
		fmt.Println(f.Severity, f.Code, "clause", f.Clause)
	}
	// Output:
	// weak gdpr-28-3-h-audit-scope-limited clause 10
}
