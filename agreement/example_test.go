package agreement_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// Example builds a small agreement as a literal, validates it, and reads
// its terms with the clauses they come from.
func Example() {
	a := agreement.Agreement{
		ID: "kunde-1", Title: "Databehandleravtale", Language: "nb",
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "Assistert Selvhjelp AS", OrgNumber: "998504163", Country: "NO"},
			{Role: agreement.Controller, Name: "Kunde AS", Country: "NO"},
		},
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("9"), Country: "NO", Venue: "Oslo tingrett"},
		Termination: agreement.Termination{
			Provision: obligation.At("8.2"), By: agreement.EitherParty, Notice: obligation.Months(6), Written: true,
		},
	}
	if err := a.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("venue: %s (clause %s)\n", a.GoverningLaw.Venue, a.GoverningLaw.Clause)
	fmt.Printf("notice: %s by %s (clause %s)\n",
		a.Termination.Notice.Label(language.English), a.Termination.By.Label(language.English), a.Termination.Clause)
	// Output:
	// venue: Oslo tingrett (clause 9)
	// notice: 6 months by either party (clause 8.2)
}

func ExampleAgreement_Validate() {
	a := examples.We4you()
	a.Parties = a.Parties[:1] // drop the controller
	a.Parties[0].OrgNumber = "123456789"

	var ve *agreement.ValidationError
	if errors.As(a.Validate(), &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// parties[0].orgNumber: "123456789" is not a Norwegian organisation number (9 digits with a modulus-11 check digit)
	// parties: no controller
}

func ExampleDecode() {
	_, err := agreement.Decode([]byte(`{"id": "x", "title": "DPA", "language": "en",
		"parties": [{"role": "owner", "name": "Acme"}]}`))
	fmt.Println(err)
	// Output:
	// json: parties[0].role: agreement: unknown role "owner" (want one of controller, processor)
}

func ExampleValidOrgNumber() {
	fmt.Println(agreement.ValidOrgNumber("998504163"), agreement.ValidOrgNumber("998504160"))
	// Output: true false
}

// A registered letter counts as received five working days after it is
// sent, in the agreement's calendar (Stimma 18.3, under Swedish law): from
// 4 January 2027 the five skip 6 January, trettondedag jul.
func ExampleNotices_ReceivedOn() {
	n := agreement.Notices{Receipts: []agreement.Receipt{
		{Clause: "18.3", Channel: agreement.RegisteredPost, After: obligation.BusinessDays(5)},
	}}
	cal := obligation.SwedishCalendar.Calendar()
	sent := time.Date(2027, time.January, 4, 10, 0, 0, 0, cal.Location())
	day, clause, _ := n.ReceivedOn(agreement.RegisteredPost, sent, time.Time{}, cal)
	fmt.Println(day, clause)
	// An ordinary letter is not one the clause speaks of.
	_, _, err := n.ReceivedOn(agreement.Post, sent, time.Time{}, cal)
	fmt.Println(err)
	// Output:
	// 2027-01-12 18.3
	// agreement: no rule for when such a notice counts as received: post
}

// A rule for letters applies to a registered letter too, which is a
// letter; a rule of its own for registered letters would come first.
func ExampleNotices_ReceivedOn_letters() {
	n := agreement.Notices{Receipts: []agreement.Receipt{
		{Clause: "14.2", Channel: agreement.Post, After: obligation.Days(3)},
	}}
	cal := obligation.Norway()
	sent := time.Date(2027, time.March, 1, 10, 0, 0, 0, cal.Location())
	day, clause, _ := n.ReceivedOn(agreement.RegisteredPost, sent, time.Time{}, cal)
	fmt.Println(day, clause)
	// Output:
	// 2027-03-04 14.2
}

// Precedence that holds only to the extent of an inconsistency. Aptible's
// DPA 6.3: «To the extent the terms of the Standard Contractual Clauses
// attached hereto are inconsistent with the terms of this DPA, the terms
// of the Standard Contractual Clauses shall govern.» The DPA (5.3) gives
// notice of a new subprocessor by updating its list, with no period; the
// clauses (Clause 9(a), Exhibit A) ask for notice «at least ten (10) days
// in advance». Rule 6.3 decides the conflict for the clauses, and since
// the DPA states no period, Governing takes the clauses' ten days.
func ExampleAgreement_Conflicts_toTheExtent() {
	a := examples.Aptible()
	for _, c := range a.Conflicts() {
		fmt.Println(c.Term)
		for i, s := range c.Sources {
			fmt.Printf("  %s %s, governs: %v\n", s.Document, s.Clause, i == c.Governing)
		}
		fmt.Println("  rule:", c.Rule, "to the extent of an inconsistency:", c.ToTheExtent)
	}
	fmt.Println(a.Governing().SubprocessorPolicy.Notice.Period.Label(language.English))
	// Output:
	// subprocessorPolicy.notice
	//   Exhibit A Clause 9(a), governs: true
	//   Data Processing Addendum 5.3, governs: false
	//   rule: 6.3 to the extent of an inconsistency: true
	// 10 days
}

// An audit limit and the fact that lifts it, applied by the agenda.
// Datamynt's Sporløs agreement, clause 9: the customer may audit «inntil
// én gang per år eller ved mistanke om brudd». A second audit asked for in
// 2027, after one on 1 February 2027, may be refused unless a breach is
// suspected; with the suspicion not known, the refused duty names the fact
// that would lift the limit.
func ExampleAuditLimit() {
	a := examples.Sporlos()
	cal := obligation.Norway()
	oslo := cal.Location()
	fmt.Println(a.Audit.Limit.Clause, a.Audit.Limit.Label(language.English))
	for _, facts := range []obligation.Facts{
		{},                                // not known
		{True: obligation.NonCompliance},  // a breach is suspected
		{False: obligation.NonCompliance}, // none is
	} {
		ev := obligation.Event{Kind: obligation.AuditRequested,
			At:        time.Date(2027, time.May, 3, 10, 0, 0, 0, oslo),
			Effective: time.Date(2027, time.June, 1, 9, 0, 0, 0, oslo),
			Previous:  []time.Time{time.Date(2027, time.February, 1, 9, 0, 0, 0, oslo)},
			Facts:     facts}
		duties, err := a.Agenda(ev, cal)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, d := range duties {
			if d.Action == obligation.AllowAudit {
				due := "none"
				if !d.Due.At.IsZero() {
					due = d.Due.At.Format("2006-01-02 15:04")
				}
				fmt.Printf("refused: %v, lifted by: %q, due: %s\n", d.Refused, d.Lifts, due)
			}
		}
	}
	// Output:
	// 9 1 per year, or if there are indications of non-compliance
	// refused: true, lifted by: "non-compliance", due: none
	// refused: false, lifted by: "non-compliance", due: 2027-06-01 09:00
	// refused: true, lifted by: "", due: none
}

// A liability cap with carve-outs by cause. Aptible's Terms of Service 15
// caps liability at «THE AMOUNT PAID BY YOU TO APTIBLE … IN THE 12 MONTHS
// PRIOR TO THE CLAIM», and «The foregoing limitations of liability do not
// apply to breaches of confidentiality obligations, violations of a
// party's intellectual property rights by the other party, or
// indemnification obligations». The payments are facts of the customer
// relationship: USD 1 000 on the first of each month, twelve of them in
// the 12 months before 15 June 2026.
func ExampleLiability_Assess_carveOut() {
	a := examples.Aptible()
	var facts agreement.LiabilityFacts
	for m := range 12 {
		facts.Payments = append(facts.Payments, agreement.Payment{
			Date: obligation.NewDate(2025, time.July, 1).AddMonths(m), Amount: obligation.MustParseMoney("1000 USD")})
	}
	for _, cause := range []agreement.Cause{agreement.OtherCause, agreement.ConfidentialityBreach} {
		claim := agreement.Claim{Amount: obligation.MustParseMoney("50000 USD"), Date: obligation.NewDate(2026, time.June, 15),
			Loss: agreement.DirectLoss, Culpability: agreement.Negligence, Causes: []agreement.Cause{cause}}
		as, err := a.Liability.Assess([]agreement.Claim{claim}, facts)
		if err != nil {
			fmt.Println(err)
			return
		}
		r := as.Claims[0]
		fmt.Println(cause, "→", r.Recoverable)
		for _, x := range r.Reductions {
			fmt.Println("  ", x.Reason, x.Amount, "@", x.Clause)
		}
		for _, n := range r.Notes {
			fmt.Println("  ", n.Text(language.English))
		}
	}
	// Output:
	// other → 12000 USD
	//    cap-reached 38000 USD @ Terms of Service 15
	// confidentiality-breach → 50000 USD
	//    the cap does not apply (clause Terms of Service 15)
}

// A customer that may be a controller or a processor. Aptible's DPA 2:
// «Depending on Customer’s circumstances, Customer may be a Data
// Controller or a Data Processor», while Aptible acts «only as Customer’s
// Data Processor»: for a customer that is itself a processor, Aptible is
// its subprocessor, and the DPA is the contract Art. 28(4) asks for. The
// agreement is not known to be one with a subprocessor, but may be.
func ExampleAgreement_MaySubprocess() {
	a := examples.Aptible()
	c := a.Parties[1]
	fmt.Println(c.DisplayName(), c.Acts, "(clause "+c.ActsAt+")")
	fmt.Println("subprocessing:", a.Subprocessing(), "may subprocess:", a.MaySubprocess())
	// Output:
	// Customer controller-or-processor (clause 2)
	// subprocessing: false may subprocess: true
}

// A retention schedule with a period and with a term kept until an event.
// Stimma's Bilaga 1, 3.2 keeps activity logs «12 månader» (read as from
// each entry) and user accounts «Tills kontot raderas eller avtal upphör»:
// no period, the deletion is due when the first of the two happens. The
// agreement counts in the Swedish calendar. By hand, from lag (1989:253)'s
// table: a log entry of Friday 25 December 2025 reaches its twelve months
// on Friday 25 December 2026, juldagen; Saturday 26 (annandag jul) and
// Sunday 27 follow, so the period ends on Monday 28 December (Regulation
// 1182/71 Art. 3(4)). An account closed on 2 March 2026 at 09:30 is due
// for deletion then.
func ExampleRetention_DeleteBy() {
	a := examples.Stimma()
	cal := a.Calendar.Calendar()
	stockholm := cal.Location()
	logs, _ := a.Retention.DeleteBy("Aktivitetsloggar", time.Date(2025, time.December, 25, 14, 0, 0, 0, stockholm), cal)
	accounts, _ := a.Retention.DeleteBy("Användarkonton", time.Date(2026, time.March, 2, 9, 30, 0, 0, stockholm), cal)
	fmt.Println(logs.Format(time.RFC3339))
	fmt.Println(accounts.Format(time.RFC3339))
	// Output:
	// 2026-12-28T23:59:59+01:00
	// 2026-03-02T09:30:00+01:00
}

// A cap that refers to another document's cap. Cradl's DPA 14 limits
// liability to «a sum equivalent to the maximum liability in the Services
// Agreement», the cap of Terms of Service 11 (the annual consideration),
// which «shall not apply in the case of gross negligence or wilful
// misconduct or apply to breaches related to processing of personal data».
// For a claim of another cause both caps give the annual consideration
// for any period of 12 months (NOK 120 000 here, a fact of the customer
// relationship); for a
// personal-data breach the cap referred to is lifted, and whether 14 then
// still limits the claim the text leaves open: the answer is an upper
// bound that says so.
func ExampleLiability_Assess_refers() {
	a := examples.Cradl()
	facts := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: obligation.MustParseMoney("120000 NOK")}}}
	for _, cause := range []agreement.Cause{agreement.OtherCause, agreement.DataProtectionBreach} {
		claim := agreement.Claim{Amount: obligation.MustParseMoney("500000 NOK"), Date: obligation.NewDate(2026, time.September, 1),
			Loss: agreement.DirectLoss, Culpability: agreement.Negligence, Causes: []agreement.Cause{cause}}
		as, err := a.Liability.Assess([]agreement.Claim{claim}, facts)
		if err != nil {
			fmt.Println(err)
			return
		}
		r := as.Claims[0]
		fmt.Println(cause, "→", r.Recoverable, "at most:", r.AtMost)
		for _, n := range r.Notes {
			fmt.Println("  ", n.Text(language.English))
		}
	}
	// Output:
	// other → 120000 NOK at most: false
	// data-protection-breach → 500000 NOK at most: true
	//    the cap refers to clause Terms of Service 11, which does not apply to this claim; undetermined whether the reference still limits it (clause 14)
	//    the cap does not apply (clause Terms of Service 11)
}

// Assistance the processor may refuse. Cradl 11: the processor «will offer
// such assistance as a separately paid service» and «may also refuse,
// unless the Data Processor’s assistance is necessary in order to be able
// to fulfill the Data Controller’s obligations». For a data subject's
// request, the agenda owes the billed assistance where it is necessary,
// none where it is not, and with necessity unknown names the condition
// the duty rests on.
func ExampleRequestTerm_refusable() {
	a := examples.Cradl()
	cal := obligation.Norway()
	for _, facts := range []obligation.Facts{
		{True: obligation.AssistanceNecessary},
		{False: obligation.AssistanceNecessary},
		{},
	} {
		ev := obligation.Event{Kind: obligation.DataSubjectRequest, At: time.Date(2026, time.March, 2, 10, 0, 0, 0, cal.Location()), Facts: facts}
		duties, err := a.Agenda(ev, cal)
		if err != nil {
			fmt.Println(err)
			return
		}
		owed := false
		for _, d := range duties {
			if d.Action == obligation.Assist {
				owed = true
				fmt.Printf("assist (clause %s, %s), assumes %q\n", d.Clause, d.Cost.Kind, d.Assumes.Label(language.English))
			}
		}
		if !owed {
			fmt.Println("no assistance owed")
		}
	}
	// Output:
	// assist (clause 11, billed), assumes ""
	// no assistance owed
	// assist (clause 11, billed), assumes "if the processor's assistance is necessary for the controller to meet its obligations"
}

// A period counted from a request. Aptible's DPA 3.11 owes a certificate
// of deletion «with thirty (30) days of Customer’s written request» (sic):
// the period runs from the request, not from the end. By hand, in the
// Norwegian calendar: thirty days from Wednesday 25 November 2026 end on
// Friday 25 December, juledag; 26 December (2. juledag, a Saturday) and
// Sunday 27 follow, so the certificate is due by the end of Monday 28
// December (Regulation 1182/71 Art. 3(4)).
func ExampleAgreement_Agenda_fromRequest() {
	a := examples.Aptible()
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.ConfirmationRequested, At: time.Date(2026, time.November, 25, 11, 0, 0, 0, cal.Location())}
	duties, err := a.Agenda(ev, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range duties {
		fmt.Println(d.Action, d.Due.At.Format(time.RFC3339), "clause", d.Clause)
	}
	// Output:
	// confirm-deletion 2026-12-28T23:59:59+01:00 clause 3.11
}
