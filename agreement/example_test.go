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
		{Clause: "18.3", Channel: agreement.Post, After: obligation.BusinessDays(5)},
	}}
	cal := obligation.SwedishCalendar.Calendar()
	sent := time.Date(2027, time.January, 4, 10, 0, 0, 0, cal.Location())
	day, clause, _ := n.ReceivedOn(agreement.Post, sent, time.Time{}, cal)
	fmt.Println(day, clause)
	// Output:
	// 2027-01-12 18.3
}
