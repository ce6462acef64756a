package review_test

import (
	"fmt"
	"github.com/personvern/dpa/agreement/review"
	"os"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
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
		r := review.Agreement(a, obligation.MustParseDate(day)).WithCode(review.DurationMissing, review.LawRepealed)
		fmt.Println(day)
		for _, f := range r.Findings {
			fmt.Printf("  %s %s (%s)\n", f.Severity, f.Code, f.Basis.Label(language.English))
		}
	}
	// Output:
	// 2018-07-19
	//   unmet art28-3-duration-missing (GDPR Art. 28(3))
	// 2026-11-23
	//   unmet art28-3-duration-missing (GDPR Art. 28(3))
	//   weak law-repealed (LOV-2018-06-15-38)
}

// A finding's text is produced when it is shown, in the reader's language.
func ExampleFinding_Message() {
	f := review.Finding{
		Code: review.LawRepealed, Severity: review.Weak, Clause: "1", Basis: review.Art("94", 1, ""),
		Args: []review.Arg{{Law: review.DataProtectionDirective}, {Date: obligation.NewDate(2018, 5, 25)}, {Law: review.GDPR}},
	}
	fmt.Println(f.Basis.Label(language.Norwegian))
	fmt.Println(f.Message(language.Norwegian))
	fmt.Println(f.Basis.Label(language.English))
	fmt.Println(f.Message(language.English))
	// Output:
	// GDPR art. 94 nr. 1
	// Avtalen viser til personverndirektivet (direktiv 95/46/EF), som ble opphevet med virkning fra 25.05.2018 og erstattet av personvernforordningen (GDPR). Avtalen bør vise til gjeldende regelverk.
	// GDPR Art. 94(1)
	// The agreement cites the Data Protection Directive (95/46/EC), which was repealed with effect from 25 May 2018 and replaced by the GDPR (Regulation (EU) 2016/679). The agreement should cite the law in force.
}

// A reader who has accepted a finding suppresses it by its code; the
// report can also be narrowed to one article.
func ExampleReport_Suppress() {
	a := agreement.Agreement{ID: "kunde-2", Title: "Databehandleravtale", Language: "nb"}
	r := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	fmt.Println(len(r.Findings), "findings")
	r = r.Suppress(review.GoverningLawMissing)
	fmt.Println(r.Has(review.GoverningLawMissing), r.Count(review.Info))
	for _, f := range r.Within(review.Art("28", 3, "h")).Findings {
		fmt.Println(f.Code)
	}
	// Output:
	// 18 findings
	// false 2
	// art28-3-h-audit-missing
	// art28-3-h-information-missing
}

// The report as text, in Norwegian.
func ExampleReport_WriteText() {
	a := agreement.Agreement{
		ID: "kunde-3", Title: "Databehandleravtale", Language: "nb",
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("9"), Country: "NO"},
	}
	r := review.Agreement(a, obligation.NewDate(2026, 11, 23)).WithCode(review.VenueMissing)
	_ = r.WriteText(os.Stdout, language.Norwegian)
	// Output:
	// Gjennomgang av avtalen «kunde-3» per 23.11.2026
	//
	// Til orientering (1)
	//   * GDPR art. 28 nr. 3, pkt. 9 [venue-missing]
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
	r := review.Agreement(a, obligation.NewDate(2026, 11, 23)).WithCode(review.LawRepealed)
	_ = r.WriteMarkdown(os.Stdout, language.English)
	// Output:
	// # Review of the agreement «kunde-4» on 23 November 2026
	//
	// ## Weak, vague or risky (1)
	//
	// - **GDPR Art. 94(1)**, clause 1 (`law-repealed`)\
	//   The agreement cites the Data Protection Directive (95/46/EC), which was repealed with effect from 25 May 2018 and replaced by the GDPR (Regulation (EU) 2016/679). The agreement should cite the law in force. Under GDPR Art. 94(2), references to the Directive are read as references to the GDPR.
}
