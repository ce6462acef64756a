package dpa_test

import (
	"fmt"
	"github.com/personvern/dpa/agreement/review"
	"strings"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// Example asks of one agreement, MailMojo's, the questions the library is
// for: a breach deadline, a subprocessor change, the liability cap, the
// agenda after the last use, and the review.
func Example() {
	a := examples.MailMojo()
	cal := obligation.Norway()
	oslo := cal.Location()

	// A breach discovered on Saturday 16 May 2026 at 22:40 (MailMojo 2.4:
	// "umiddelbart").
	discovered := time.Date(2026, 5, 16, 22, 40, 0, 0, oslo)
	b := a.Breach.Assess(breach.Incident{Discovered: discovered}, discovered)
	fmt.Printf("breach: notify the controller %s (clause %s)\n",
		b.Processor.Period.Label(language.English), b.Processor.Clause)

	// A new subprocessor announced on 5 January 2026 (MailMojo 2.7).
	noticed := time.Date(2026, 1, 5, 9, 0, 0, 0, oslo)
	s, err := a.SubprocessorPolicy.Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: noticed}, noticed, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("subprocessor: earliest start %s, objection by %s\n",
		s.EarliestStart, obligation.DateOf(s.ObjectionBy))

	// The liability cap for 2026 (MailMojo 4).
	cap2026, err := a.Liability.CapFor(2026, agreement.LiabilityFacts{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Norwegian amounts group digits with no-break spaces (U+00A0); they
	// are shown as plain spaces here.
	fmt.Println("cap 2026:", strings.ReplaceAll(cap2026.Lowest.Display(language.Norwegian, obligation.DisplayCompact), "\u00a0", " "))

	// The controller last used the platform on 31 March 2026 (MailMojo 5).
	duties, err := a.Agenda(obligation.Event{Kind: obligation.LastUse, At: time.Date(2026, 3, 31, 12, 0, 0, 0, oslo)}, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range duties {
		due := "no deadline stated"
		if d.Due.IsFixed() {
			due = "by " + obligation.DateOf(d.Due.At).String()
		}
		fmt.Printf("after last use: %s, %s (clause %s)\n", d.Action, due, d.Clause)
	}

	// What the agreement relies on that is no longer law.
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.WithCode(review.InvalidMechanism, review.InvalidMechanismOnly).Findings {
		fmt.Println("review:", f.Code, "clause", f.Clause)
	}
	// Output:
	// breach: notify the controller immediately (clause 2.4)
	// subprocessor: earliest start 2026-03-06, objection by 2026-02-05
	// cap 2026: kr 25 000
	// after last use: delete-data, by 2027-03-31 (clause 5)
	// after last use: confirm-deletion, no deadline stated (clause 5)
	// review: gdpr-45-9-invalid-mechanism clause 2.8
}
