package review_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// A processor that lists improving its own product among the purposes is
// using the data for purposes of its own (Art. 28(10)), unless the
// agreement makes it an independent controller for that purpose: then the
// processing is its own, outside the processor agreement.
func TestIndependentControllerPurpose(t *testing.T) {
	a := examples.MailMojo()
	own := annex.Purpose{Kind: annex.PurposeProductImprovement, Text: "forbedring av tjenesten", Clause: "1"}
	a.Processing.Description.Purposes.Items = append(a.Processing.Description.Purposes.Items, own)
	r, err := review.Agreement(a, reviewDay)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Has(review.ProcessorOwnPurpose) {
		t.Fatal("a processor's own purpose is not reported")
	}
	for i := range a.Parties {
		if a.Parties[i].Role == agreement.Processor {
			a.Parties[i].ControllerFor = []annex.Purpose{{Kind: annex.PurposeProductImprovement, Clause: "1"}}
		}
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	if c, ok := a.IndependentPurpose(annex.PurposeProductImprovement); !ok || c != "1" {
		t.Errorf("IndependentPurpose = %q, %v", c, ok)
	}
	r, err = review.Agreement(a, reviewDay)
	if err != nil {
		t.Fatal(err)
	}
	if r.Has(review.ProcessorOwnPurpose) {
		t.Error("a purpose the processor is an independent controller for is reported as its own purpose")
	}
}

// Parties beyond controller and processor: a customer that is itself a
// processor (the vendor is then its subprocessor), a representative under
// Art. 27 and a data protection officer, and termination rights of either
// party on a ground.
func TestPartiesAndRights(t *testing.T) {
	a := examples.StandardClauses()
	a.Parties[0].Acts = agreement.AsProcessor
	a.Parties[1].Contacts = []agreement.Contact{
		{Kind: agreement.Representative, Name: "EU Rep Ltd", Clause: "Vedlegg I"},
		{Kind: agreement.DataProtectionOfficer, Email: "dpo@example.com", Clause: "Vedlegg I"},
	}
	// 2021/915 Clause 10(b): the controller may terminate for a breach;
	// Clause 10(c): the processor may terminate where the controller
	// insists on an instruction that infringes the law.
	a.Termination.Rights = []agreement.TerminationRight{
		{Provision: obligation.At("10(b)"), By: agreement.ControllerOnly, Ground: agreement.ForBreach},
		{Provision: obligation.At("10(c)"), By: agreement.ProcessorOnly, Ground: agreement.OnUnlawfulInstruction},
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	if !a.Subprocessing() {
		t.Error("a customer acting as a processor does not make the agreement one with a subprocessor")
	}
	if r, ok := a.Termination.RightOf(agreement.ProcessorOnly, agreement.OnUnlawfulInstruction); !ok || r.Clause != "10(c)" {
		t.Errorf("the processor's right = %+v, %v", r, ok)
	}
	if _, ok := a.Termination.RightOf(agreement.ProcessorOnly, agreement.ForBreach); ok {
		t.Error("the controller's right to terminate for breach is read as the processor's")
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := agreement.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}

	bad := a
	bad.Termination.Rights = []agreement.TerminationRight{{Provision: obligation.At("9")}}
	if err := bad.Validate(); err == nil {
		t.Error("a termination right without party and ground validated")
	}
}

// A customer that is itself a processor, or may be one, makes the vendor
// its subprocessor: the review says what Art. 28(4) and 28(2) then ask,
// and leaves every other finding as it is for a customer that is a
// controller only, since the agreement's parties are the same in both
// readings.
func TestSubprocessorAgreement(t *testing.T) {
	base := examples.StandardClauses()
	others := func(r review.Report) []review.Finding {
		var fs []review.Finding
		for _, f := range r.Findings {
			if f.Code != review.SubprocessorAgreement {
				fs = append(fs, f)
			}
		}
		return fs
	}
	plain := mustReview(t, base, reviewDay)
	if plain.Has(review.SubprocessorAgreement) {
		t.Fatal("an agreement whose customer is a controller is reported as one with a subprocessor")
	}
	for _, tt := range []struct {
		acts          agreement.Capacity
		subprocessing bool
		en, nb        string
	}{
		{agreement.AsProcessor, true, "The customer is itself a processor", "Kunden er selv databehandler"},
		{agreement.AsControllerOrProcessor, false, "The customer may be a controller or a processor", "Kunden kan være behandlingsansvarlig eller databehandler"},
	} {
		a := examples.StandardClauses()
		a.Parties[0].Acts, a.Parties[0].ActsAt = tt.acts, "1(b)"
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		if !a.MaySubprocess() || a.Subprocessing() != tt.subprocessing {
			t.Errorf("%v: MaySubprocess %v, Subprocessing %v, want true, %v", tt.acts, a.MaySubprocess(), a.Subprocessing(), tt.subprocessing)
		}
		r := mustReview(t, a, reviewDay)
		fs := r.WithCode(review.SubprocessorAgreement).Findings
		if len(fs) != 1 || fs[0].Clause != "1(b)" || fs[0].Severity != review.Info {
			t.Fatalf("%v: findings %+v, want one for information citing 1(b)", tt.acts, fs)
		}
		for _, m := range []struct{ tag, want string }{{"en", tt.en}, {"nb", tt.nb}} {
			msg := fs[0].Message(language.MustParse(m.tag))
			if !contains(msg, m.want) || !contains(msg, "28") {
				t.Errorf("%v (%s): message %q lacks %q", tt.acts, m.tag, msg, m.want)
			}
		}
		if diff := cmp.Diff(others(plain), others(r)); diff != "" {
			t.Errorf("%v: the other findings changed (-controller +either):\n%s", tt.acts, diff)
		}
	}
}
