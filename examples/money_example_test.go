package examples_test

import (
	"fmt"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

// Example_money prints each seed's liability cap for 2026, in English, with
// an annual fee of NOK 120 000 for Assistert Selvhjelp and revenue of NOK
// 200 000 in 2025 for Nortelecom as example figures (the agreements do not
// state them).
func Example_money() {
	facts := agreement.LiabilityFacts{
		AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: kr("120000")}},
		Revenue:    []agreement.YearAmount{{Year: 2025, Amount: kr("200000")}},
	}
	for _, a := range examples.All() {
		yc, err := a.Liability.CapFor(2026, facts)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", a.ID, yc.Text(language.English))
	}
	// Output:
	// we-are-media: no cap stated
	// assistert-selvhjelp: NOK 120,000 per calendar year (clause Mislighold, Forsinkelse og manglende levering)
	// nortelecom: NOK 200,000 (clause 9.6); bounded by a maximum amount the agreement does not state (clause 9.6); bounded as set by avtalens punkt 13 (clause 11.4)
	// mailmojo: NOK 25,000 per calendar year (clause 4); does not apply to gross negligence or intent (clause 4)
	// we4you: no cap stated
}
