package agreement_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func TestExercised(t *testing.T) {
	tn := agreement.Termination{Rights: []agreement.TerminationRight{
		{Provision: obligation.At("12"), By: agreement.EitherParty, Ground: agreement.ForBreach, Immediate: true},
		{Provision: obligation.At("12"), By: agreement.ControllerOnly, Ground: agreement.OnInsolvency, Notice: obligation.Months(1)},
		{Provision: obligation.At("7"), By: agreement.ProcessorOnly, Ground: agreement.OnSubprocessorObjection, Notice: obligation.Days(30)},
	}}
	// The processor has only the breach right under 12.
	if r, err := tn.Exercised(obligation.Processor, "12"); err != nil || r.Ground != agreement.ForBreach {
		t.Errorf("processor under 12: %v, %v; want the breach right", r.Ground, err)
	}
	// The controller has two rights under 12 that end the agreement
	// differently: the notice must say which.
	if _, err := tn.Exercised(obligation.Controller, "12"); err == nil || !strings.Contains(err.Error(), "differently") {
		t.Errorf("controller under 12: err = %v; want the ambiguity named", err)
	}
	if _, err := tn.Exercised(obligation.Controller, "7"); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("controller under the processor's right: err = %v; want ErrNoTerm", err)
	}
	if r, err := tn.Exercised(0, "7"); err != nil || r.Notice != obligation.Days(30) {
		t.Errorf("anyone under 7: %v, %v; want the processor's 30 days", r.Notice, err)
	}
}

// Cradl's Terms of Service 12 gives the Licensee two rights, for breach
// and on Lucidtech's insolvency; both «terminate the Terms of Service»
// with immediate effect, so a notice under 12 ends the agreement alike
// whichever it exercises.
func ExampleTermination_Exercised() {
	t := examples.Cradl().Termination
	r, err := t.Exercised(obligation.Controller, "Terms of Service 12")
	fmt.Println(r.Immediate, r.Extent.Label(language.English), err)
	_, err = t.Exercised(obligation.Processor, "5")
	fmt.Println(err)
	// Output:
	// true the whole agreement <nil>
	// agreement: the agreement does not state this term: a right for the processor to terminate under "5"
}
