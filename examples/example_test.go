package examples_test

import (
	"fmt"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

// Example lists the five seed agreements with their processor, and checks
// that each is well formed.
func Example() {
	for _, a := range examples.All() {
		processor := ""
		for _, p := range a.Parties {
			if p.Role == agreement.Processor {
				processor = p.Name
			}
		}
		fmt.Printf("%-20s %-24s valid: %v\n", a.ID, processor, a.Validate() == nil)
	}
	// Output:
	// we-are-media         We Are Media             valid: true
	// assistert-selvhjelp  Assistert Selvhjelp AS   valid: true
	// nortelecom           Nortelecom               valid: true
	// mailmojo             MailMojo                 valid: true
	// we4you               We4you AS                valid: true
}

// ExampleAssistertSelvhjelp reads the venue and notice period the service
// agreement gives, with their clauses.
func ExampleAssistertSelvhjelp() {
	a := examples.AssistertSelvhjelp()
	fmt.Println(a.GoverningLaw.Venue, "—", a.GoverningLaw.Clause)
	fmt.Println(a.Termination.Notice.Label(language.Norwegian), "—", a.Termination.Clause)
	// Output:
	// Kristiansand tingrett — Lovvalg, konflikt- og tvisteløsning
	// 6 måneder — Varighet og opphør
}

// ExampleWeAreMedia lists the laws the agreement cites, three of them
// repealed since it was written.
func ExampleWeAreMedia() {
	for _, l := range examples.WeAreMedia().Laws.Cited {
		fmt.Println(l.ID)
	}
	// Output:
	// LOV-2000-04-14-31
	// FOR-2000-12-15-1265
	// 32016R0679
	// LOV-2001-05-18-24
	// LOV-2014-06-20-42
}

// ExampleNortelecom shows that the agreement processes data about persons
// under 18 (Vedlegg 3.3 §1.2).
func ExampleNortelecom() {
	d := examples.Nortelecom().Processing.Description
	fmt.Println(d.ProcessesChildren())
	// Output:
	// yes
}

// ExampleMailMojo shows the subprocessors Bilag 1 lists.
func ExampleMailMojo() {
	for _, e := range examples.MailMojo().Subprocessors.Entries {
		fmt.Println(e.Name)
	}
	// Output:
	// SendGrid, Inc.
	// Amazon Web Services, Inc.
	// Functional Software, Inc.
}

// ExampleWe4you shows that the statement names no term or governing law.
func ExampleWe4you() {
	a := examples.We4you()
	fmt.Println(a.Term.Status, a.GoverningLaw.Status)
	// Output:
	// absent absent
}
