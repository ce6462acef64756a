package agreement_test

import (
	"fmt"
	"strings"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// The annexes beside a review: the processing form, then the list of
// subprocessors. This prints only the list.
func ExampleAgreement_WriteAnnexes() {
	a := agreement.Agreement{
		ID: "kunde-5", Title: "Databehandleravtale", Language: "nb",
		Subprocessors: subprocessor.Register{Provision: obligation.At("Vedlegg 4"), Source: subprocessor.Listed,
			Entries: []subprocessor.Entry{{Name: "Drift AS", Reach: subprocessor.PersonalData,
				Processing: []subprocessor.Location{subprocessor.In("NO")}, Clause: "Vedlegg 4"}}},
	}
	var b strings.Builder
	_ = a.WriteAnnexes(&b, language.English, annex.PlainText)
	_, list, _ := strings.Cut(b.String(), "\nSubprocessors\n")
	fmt.Print(list)
	// Output:
	//   Source: Vedlegg 4
	//   Name      Service  Purpose  Data           Processing  Access from  Transfer basis  Clause
	//   Drift AS  —        —        personal data  Norway      —            —               Vedlegg 4
}
