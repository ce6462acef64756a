package agreement_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

func TestDutyEnumStrings(t *testing.T) {
	if got := agreement.SuspendProcessing.String(); got != "suspend-processing" {
		t.Errorf("String = %q", got)
	}
	if got := agreement.DutyKind(99).String(); got != "DutyKind(99)" {
		t.Errorf("String of an unknown kind = %q", got)
	}
	if got := agreement.PriorConsultation.String(); got != "prior-consultation" {
		t.Errorf("String = %q", got)
	}
}

func TestDutyKindAndTaskText(t *testing.T) {
	for k := agreement.LawfulProcessing; k <= agreement.OtherRight; k++ {
		var back agreement.DutyKind
		b, err := k.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("%v does not round-trip: %v", k, err)
		}
		if k.Label(language.Norwegian) == k.Label(language.English) {
			t.Errorf("%v has one label for both languages", k)
		}
	}
	for tk := agreement.RightsRequests; tk <= agreement.ComplianceInGeneral; tk++ {
		var back agreement.Task
		b, err := tk.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != tk {
			t.Errorf("%v does not round-trip: %v", tk, err)
		}
	}
	if _, err := agreement.DutyKind(0).MarshalText(); err == nil {
		t.Error("the zero DutyKind marshalled")
	}
	var tk agreement.Task
	if err := tk.UnmarshalText([]byte("dpia")); err == nil {
		t.Error("Task accepted an unknown identifier")
	}
	if !agreement.SuspendProcessing.Right() || agreement.ReportBreaches.Right() {
		t.Error("Right() mixes obligations and rights")
	}
	if got := agreement.ImpactAssessment.Label(language.English); got != "data protection impact assessment (Art. 35)" {
		t.Errorf("Label(en) = %q", got)
	}
}

// TestDutiesJSONRoundTrip: an agreement whose only terms are the duties
// and the assistance scope keeps them through JSON, so the zero tests of
// omitzero do not drop them.
func TestDutiesJSONRoundTrip(t *testing.T) {
	a := agreement.Agreement{ID: "x", Title: "t", Language: "nb",
		Assistance: agreement.Assistance{Scope: agreement.AssistanceScope{Provision: obligation.BlankAt("2.3.4")}},
		Duties: agreement.Duties{Controller: agreement.ControllerDuties{Blank: []obligation.Clause{"3"}},
			Security: agreement.SecurityDuty{SensitiveExcluded: obligation.At("4")}},
	}
	b, err := agreement.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := agreement.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if (agreement.Duties{}).IsZero() != true || a.Duties.IsZero() || a.Assistance.IsZero() {
		t.Error("IsZero is wrong")
	}
	if a.Assistance.Equal(agreement.Assistance{}) {
		t.Error("Assistance.Equal ignores the scope")
	}
}

func TestAnnexesOfAnEmptyAgreement(t *testing.T) {
	var b strings.Builder
	a := agreement.Agreement{Subprocessors: subprocessor.Register{Provision: obligation.At("# *7*")}}
	if err := a.WriteAnnexes(&b, language.Norwegian, annex.Markdown); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"# Underdatabehandlere\n", "Kilde: \\# \\*7\\*\n", "    Avtalen nevner ingen underleverandører.\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("annexes lack %q:\n%s", want, out)
		}
	}
	b.Reset()
	if err := a.WriteAnnexes(&b, language.English, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\nSubprocessors\n\n  Source: # *7*\n  The agreement names no subprocessors.\n") {
		t.Errorf("plain text annexes:\n%s", b.String())
	}
}

func BenchmarkWriteAnnexes(b *testing.B) {
	a := examples.AssistertSelvhjelp()
	buf := make([]byte, 0, 32768)
	b.ReportAllocs()
	for b.Loop() {
		buf = a.AppendAnnexes(buf[:0], language.Norwegian, annex.Markdown)
	}
}
