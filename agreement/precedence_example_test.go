package agreement_test

import (
	"fmt"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// The DPA's 5.4 lets the customer object in writing, with no period; the
// standard clauses it incorporates give 10 days. The clauses prevail
// only to the extent of an inconsistency (6.3), so the governing
// objection has their 10 days and keeps the DPA's writing.
func ExampleAgreement_Governing() {
	const clauses = "Standard Contractual Clauses"
	a := agreement.Agreement{
		Title: "Data Processing Addendum",
		Documents: []agreement.Document{
			{Title: "Data Processing Addendum", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: clauses, Kind: agreement.IncorporatedClauses, Included: true},
		},
		Precedence: agreement.Precedence{Rules: []agreement.PrecedenceRule{
			{Clause: "6.3", Document: clauses, Over: []string{"Data Processing Addendum"}, ToTheExtent: true},
		}},
		SubprocessorPolicy: subprocessor.Policy{
			Objection: subprocessor.Objection{Provision: obligation.At("5.4"), Written: true},
		},
		Readings: []agreement.Reading{{Term: "subprocessorPolicy.objection", Document: clauses, Clause: "9(a)",
			Value: &agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
				Objection: subprocessor.Objection{Provision: obligation.At("9(a)").From(clauses), Period: obligation.Days(10)}}}}},
	}
	c := a.Conflicts()[0]
	fmt.Println(c.Term, "decided by", c.Rule, "to the extent:", c.ToTheExtent)
	o := a.Governing().SubprocessorPolicy.Objection
	fmt.Println(o.Document, o.Clause, o.Period.Label(language.English), "written:", o.Written)
	// Output:
	// subprocessorPolicy.objection decided by 6.3 to the extent: true
	// Standard Contractual Clauses 9(a) 10 days written: true
}

// «Only 12.1 and 12.2 prevail»: the DPA's term (12.1) prevails over the
// main agreement's, its confidentiality (9) does not, and the conflict on
// that is left unranked: the text's precedence does not reach it.
func ExampleAgreement_Conflicts() {
	const main = "Main Agreement"
	a := agreement.Agreement{
		Title: "DPA",
		Documents: []agreement.Document{
			{Title: "DPA", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: main, Kind: agreement.MainAgreementDocument},
		},
		Precedence: agreement.Precedence{Rules: []agreement.PrecedenceRule{
			{Clause: "12.3", Document: "DPA", Over: []string{main}, Clauses: []obligation.Clause{"12.1", "12.2"}},
		}},
		Term:            agreement.Term{Provision: obligation.At("12.1"), Basis: agreement.WhileProcessing},
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("9"), Staff: true},
		Readings: []agreement.Reading{
			{Term: "term", Document: main, Clause: "3", Value: &agreement.Agreement{
				Term: agreement.Term{Provision: obligation.At("3").From(main), Basis: agreement.FollowsMainAgreement}}},
			{Term: "confidentiality", Document: main, Clause: "7", Value: &agreement.Agreement{
				Confidentiality: agreement.Confidentiality{Provision: obligation.At("7").From(main)}}},
		},
	}
	for _, c := range a.Conflicts() {
		if c.Governing < 0 {
			fmt.Println(c.Term, "unranked")
			continue
		}
		g := c.Sources[c.Governing]
		doc := g.Document
		if doc == "" {
			doc = a.Title // the agreement value's own reading
		}
		fmt.Println(c.Term, "governed by", doc, g.Clause, "under", c.Rule)
	}
	// Output:
	// term governed by DPA 12.1 under 12.3
	// confidentiality unranked
}
