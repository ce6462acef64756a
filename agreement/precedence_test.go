package agreement_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

const (
	dpaDoc  = "Data Processing Agreement"
	mainDoc = "Main Agreement"
	sccDoc  = "Standard Contractual Clauses"
	ownDoc  = "Separately signed DPA"
)

// twoLayers is an agreement whose DPA (the agreement value) and a second
// document give the breach deadline and the objection to a new
// subprocessor differently: the DPA 12.1 sets 24 hours and 13 a written,
// reasoned objection with no period; the other document sets "without
// undue delay" and a 10-day objection window.
func twoLayers(other string, p agreement.Precedence) agreement.Agreement {
	return agreement.Agreement{
		ID: "layers", Title: dpaDoc, Language: "en",
		Documents: []agreement.Document{
			{Title: dpaDoc, Kind: agreement.ProcessorAgreement, Included: true},
			{Title: mainDoc, Kind: agreement.MainAgreementDocument},
			{Title: sccDoc, Kind: agreement.IncorporatedClauses, Included: true},
			{Title: ownDoc, Kind: agreement.ProcessorAgreement, Hypothetical: true},
		},
		Parties: []agreement.Party{
			{Role: agreement.Controller, Name: "Customer", Generic: true, Clause: "1"},
			{Role: agreement.Processor, Name: "Vendor AS", Clause: "1"},
		},
		Precedence: p,
		Breach:     breach.Terms{Deadline: breach.Deadline{Provision: obligation.At("12.1"), Period: obligation.Hours(24)}},
		SubprocessorPolicy: subprocessor.Policy{
			Objection: subprocessor.Objection{Provision: obligation.At("13"), Written: true, Justified: true},
		},
		Readings: []agreement.Reading{
			{Term: "breach.deadline", Document: other, Clause: "4", Value: &agreement.Agreement{Breach: breach.Terms{
				Deadline: breach.Deadline{Provision: obligation.At("4").From(other), Period: obligation.Unquantified(obligation.WithoutUndueDelay)}}}},
			{Term: "subprocessorPolicy.objection", Document: other, Clause: "9(a)", Value: &agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
				Objection: subprocessor.Objection{Provision: obligation.At("9(a)").From(other), Period: obligation.Days(10)}}}},
		},
	}
}

// governing returns, per term, the clause of the reading that governs, or
// "unranked".
func governing(a agreement.Agreement) map[string]string {
	m := map[string]string{}
	for _, c := range a.Conflicts() {
		if c.Governing < 0 {
			m[c.Term] = "unranked"
			continue
		}
		m[c.Term] = string(c.Sources[c.Governing].Clause)
	}
	return m
}

func TestPrecedenceRules(t *testing.T) {
	tests := []struct {
		name   string
		other  string
		p      agreement.Precedence
		want   map[string]string
		reason string
	}{
		{
			name: "plain order", other: sccDoc,
			p:    agreement.Precedence{Order: []string{sccDoc, dpaDoc}},
			want: map[string]string{"breach.deadline": "4", "subprocessorPolicy.objection": "9(a)"},
		},
		{
			name: "to the extent of an inconsistency", other: sccDoc,
			p:    agreement.Precedence{Rules: []agreement.PrecedenceRule{{Clause: "6.3", Document: sccDoc, Over: []string{dpaDoc}, ToTheExtent: true}}},
			want: map[string]string{"breach.deadline": "4", "subprocessorPolicy.objection": "9(a)"},
		},
		{
			name: "only some clauses of the DPA prevail", other: mainDoc,
			p: agreement.Precedence{Order: []string{dpaDoc, mainDoc},
				Rules: []agreement.PrecedenceRule{{Clause: "12.3", Document: dpaDoc, Over: []string{mainDoc}, Clauses: []obligation.Clause{"12.1", "12.2"}}}},
			want:   map[string]string{"breach.deadline": "12.1", "subprocessorPolicy.objection": "unranked"},
			reason: "«only 12.1 and 12.2 prevail»: the DPA's 13 does not, and the Order does not override the rule's limit",
		},
		{
			name: "a clause under a listed one prevails, a longer number does not", other: mainDoc,
			p:    agreement.Precedence{Rules: []agreement.PrecedenceRule{{Document: dpaDoc, Clauses: []obligation.Clause{"12", "1"}}}},
			want: map[string]string{"breach.deadline": "12.1", "subprocessorPolicy.objection": "unranked"},
		},
		{
			name: "only as regards some terms", other: mainDoc,
			p:    agreement.Precedence{Rules: []agreement.PrecedenceRule{{Document: dpaDoc, Over: []string{mainDoc}, Terms: []string{"breach"}}}},
			want: map[string]string{"breach.deadline": "12.1", "subprocessorPolicy.objection": "unranked"},
		},
		{
			name: "a subject the model cannot map to terms", other: mainDoc,
			p:      agreement.Precedence{Rules: []agreement.PrecedenceRule{{Document: dpaDoc, Over: []string{mainDoc}, Regarding: "as regards the processing of personal data"}}},
			want:   map[string]string{"breach.deadline": "unranked", "subprocessorPolicy.objection": "unranked"},
			reason: "which terms the subject reaches is interpretation: the conflict is reported unranked, not settled",
		},
		{
			name: "a separately signed DPA that is not known to exist", other: ownDoc,
			p:      agreement.Precedence{Rules: []agreement.PrecedenceRule{{Clause: "2", Document: ownDoc, Over: []string{dpaDoc}, If: agreement.IfSigned}}},
			want:   map[string]string{"breach.deadline": "12.1", "subprocessorPolicy.objection": "13"},
			reason: "a document that prevails only if signed has no force until it is: the DPA's readings stand",
		},
		{
			name: "the reverse rule still decides", other: sccDoc,
			p:    agreement.Precedence{Order: []string{dpaDoc, sccDoc}, Rules: []agreement.PrecedenceRule{{Document: sccDoc, Over: []string{dpaDoc}}}},
			want: map[string]string{"breach.deadline": "4", "subprocessorPolicy.objection": "9(a)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := twoLayers(tt.other, tt.p)
			if err := a.Validate(); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, governing(a)); diff != "" {
				t.Errorf("governing clauses mismatch (-want +got):\n%s\n%s", diff, tt.reason)
			}
			g := a.Governing()
			if diff := cmp.Diff(g, g.Governing()); diff != "" {
				t.Errorf("Governing twice changes more (-once +twice):\n%s", diff)
			}
		})
	}
}

// A document that prevails only if the parties signed it separately
// governs once they have.
func TestPrecedenceIfSigned(t *testing.T) {
	a := twoLayers(ownDoc, agreement.Precedence{Rules: []agreement.PrecedenceRule{{Clause: "2", Document: ownDoc, If: agreement.IfSigned}}})
	a.Documents[3].Hypothetical = false
	a.Documents[3].Signed = obligation.NewDate(2026, 3, 1)
	if diff := cmp.Diff(map[string]string{"breach.deadline": "4", "subprocessorPolicy.objection": "9(a)"}, governing(a)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	e := twoLayers(ownDoc, agreement.Precedence{Rules: []agreement.PrecedenceRule{{Document: ownDoc, If: agreement.IfExists}}})
	if got := governing(e)["breach.deadline"]; got != "12.1" {
		t.Errorf("a hypothetical document governs %q, want the DPA's 12.1", got)
	}
	e.Documents[3].Hypothetical = false
	if got := governing(e)["breach.deadline"]; got != "4" {
		t.Errorf("an existing document governs %q, want its 4", got)
	}
}

// Prevailing only to the extent of an inconsistency leaves standing what
// the prevailing reading does not speak to; prevailing outright replaces
// the term.
func TestPrecedenceToTheExtent(t *testing.T) {
	extent := twoLayers(sccDoc, agreement.Precedence{Rules: []agreement.PrecedenceRule{{Clause: "6.3", Document: sccDoc, Over: []string{dpaDoc}, ToTheExtent: true}}})
	c := extent.Conflicts()
	if len(c) != 2 || !c[1].ToTheExtent || c[1].Rule != "6.3" {
		t.Fatalf("conflicts = %+v, want the objection decided by 6.3 to the extent of an inconsistency", c)
	}
	got := extent.Governing().SubprocessorPolicy.Objection
	want := subprocessor.Objection{Provision: obligation.At("9(a)").From(sccDoc), Period: obligation.Days(10), Written: true, Justified: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("to the extent: objection mismatch (-want +got):\n%s", diff)
	}

	whole := twoLayers(sccDoc, agreement.Precedence{Order: []string{sccDoc, dpaDoc}})
	got = whole.Governing().SubprocessorPolicy.Objection
	want = subprocessor.Objection{Provision: obligation.At("9(a)").From(sccDoc), Period: obligation.Days(10)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outright: objection mismatch (-want +got):\n%s", diff)
	}
}

func TestPrecedenceRuleProblems(t *testing.T) {
	a := twoLayers(sccDoc, agreement.Precedence{Rules: []agreement.PrecedenceRule{
		{Document: "Exhibit Z", Over: []string{"Exhibit Y"}, Terms: []string{"breach.nothing"}, If: agreement.DocumentCondition(9)},
	}})
	err := a.Validate()
	if err == nil {
		t.Fatal("Validate accepted a rule naming no document of the agreement")
	}
	for _, want := range []string{"precedence.rules[0].document", "precedence.rules[0].over[0]", "precedence.rules[0].terms[0]", "precedence.rules[0].if"} {
		if !contains(err.Error(), want) {
			t.Errorf("Validate: %v; want a problem at %s", err, want)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// TestEvaluatorsReadTheGoverningReading: the DPA 11 has the processor
// delete at the end; the clauses' 8.5 let the controller have the data
// returned first. Ranked first, the clauses' reading changes the agenda of
// the end and the rules; ranked last, it does not.
func TestEvaluatorsReadTheGoverningReading(t *testing.T) {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	layered := func(order ...string) agreement.Agreement {
		a := twoLayers(sccDoc, agreement.Precedence{Order: order})
		a.End = agreement.EndOfProcessing{Provision: obligation.At("11"), Steps: []obligation.Rule{
			{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "11"}}}
		a.Readings = append(a.Readings, agreement.Reading{Term: "end", Document: sccDoc, Clause: "8.5", Value: &agreement.Agreement{
			End: agreement.EndOfProcessing{Provision: obligation.At("8.5").From(sccDoc), Steps: []obligation.Rule{
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Clause: "8.5"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "8.5"}}}}})
		return a
	}
	cal := obligation.Norway()
	actions := func(a agreement.Agreement) []string {
		ds, err := a.Agenda(obligation.Event{Kind: obligation.AgreementEnds, At: time.Date(2026, 12, 31, 12, 0, 0, 0, cal.Location())}, cal)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range ds {
			got = append(got, d.Action.String()+" "+string(d.Clause))
		}
		slices.Sort(got)
		return got
	}
	rules := func(a agreement.Agreement) []obligation.Clause {
		var got []obligation.Clause
		for _, r := range a.Rules() {
			if r.On == obligation.AgreementEnds && r.Action != obligation.CeaseProcessing {
				got = append(got, r.Clause)
			}
		}
		return got
	}
	clauses := layered(sccDoc, dpaDoc)
	dpa := layered(dpaDoc, sccDoc)
	if diff := cmp.Diff(actions(dpa), actions(clauses)); diff == "" {
		t.Errorf("the agenda is the same whichever reading prevails: %v", actions(dpa))
	}
	for _, tt := range []struct {
		name string
		a    agreement.Agreement
		want []obligation.Clause
	}{
		{"clauses first", clauses, []obligation.Clause{"8.5", "8.5"}},
		{"DPA first", dpa, []obligation.Clause{"11"}},
	} {
		if diff := cmp.Diff(tt.want, rules(tt.a)); diff != "" {
			t.Errorf("%s: rules of the end mismatch (-want +got):\n%s", tt.name, diff)
		}
		found := false
		for _, s := range actions(tt.a) {
			found = found || strings.HasPrefix(s, obligation.ReturnData.String()+" ")
		}
		if want := tt.name == "clauses first"; found != want {
			t.Errorf("%s: the agenda gives a return: %v, want %v (%v)", tt.name, found, want, actions(tt.a))
		}
	}
}
