package review_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

const (
	dpaTitle = "Data Processing Addendum"
	sccTitle = "Standard Contractual Clauses"
)

// layered is an agreement of three documents as Aptible's is: the DPA, the
// 2021/914 clauses it incorporates (Exhibit A) and the main agreement.
// Its §5.3 announces a new subprocessor by updating a web list ("will
// constitute notice"), with no period; Clause 9(a) of the clauses asks for
// notice "at least ten (10) days in advance". Its §3.11 has the processor
// delete the data; Clause 8.5 lets the exporter choose deletion or
// return. §6.3: the clauses prevail over the DPA; §7.2: the DPA over the
// main agreement.
func layered(order ...string) agreement.Agreement {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	a := agreement.Agreement{
		ID: "layered", Title: dpaTitle, Language: "en",
		Documents: []agreement.Document{
			{Title: dpaTitle, Kind: agreement.ProcessorAgreement, Included: true},
			{Title: sccTitle, Kind: agreement.IncorporatedClauses, Included: true, Date: obligation.NewDate(2021, 6, 4)},
			{Title: "Agreement", Kind: agreement.MainAgreementDocument},
		},
		Parties: []agreement.Party{
			{Role: agreement.Controller, Name: "Customer", Generic: true, Clause: "1"},
			{Role: agreement.Processor, Name: "Aptible, Inc.", Clause: "1"},
		},
		Precedence: agreement.Precedence{Provision: obligation.At("6.3"), OverMain: true, Order: order},
		SubprocessorPolicy: subprocessor.Policy{
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("5.2"), Kind: subprocessor.General},
			Announcement:  subprocessor.Announcement{Provision: obligation.At("5.3"), Channels: []subprocessor.Channel{subprocessor.UpdatedList}},
			Notice:        subprocessor.Notice{Provision: obligation.NoneAt("5.3")},
		},
		End: agreement.EndOfProcessing{Provision: obligation.At("3.11"), Steps: []obligation.Rule{
			{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "3.11"},
		}},
		Readings: []agreement.Reading{
			{Term: "subprocessorPolicy.notice", Document: sccTitle, Clause: "9(a)", Value: &agreement.Agreement{
				SubprocessorPolicy: subprocessor.Policy{Notice: subprocessor.Notice{
					Provision: obligation.At("9(a)").From(sccTitle), Period: obligation.Days(10)}}}},
			{Term: "end", Document: sccTitle, Clause: "8.5", Value: &agreement.Agreement{
				End: agreement.EndOfProcessing{Provision: obligation.At("8.5").From(sccTitle), Steps: []obligation.Rule{
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, OnRequest: true, Clause: "8.5"},
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "8.5"},
				}}}},
		},
	}
	return a
}

func TestConflictsFollowPrecedence(t *testing.T) {
	a := layered(sccTitle, dpaTitle, "Agreement")
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []agreement.Conflict{
		{Term: "subprocessorPolicy.notice", Sources: []agreement.Source{{Clause: "5.3"}, {Document: sccTitle, Clause: "9(a)"}}, Governing: 1},
		{Term: "end", Sources: []agreement.Source{{Clause: "3.11"}, {Document: sccTitle, Clause: "8.5"}}, Governing: 1},
	}
	if diff := cmp.Diff(want, a.Conflicts()); diff != "" {
		t.Errorf("conflicts mismatch (-want +got):\n%s", diff)
	}

	// §6.3 puts the clauses first: their 10 days and their choice of
	// return govern.
	g := a.Governing()
	if n := g.SubprocessorPolicy.Notice; n.Period != obligation.Days(10) || n.Clause != "9(a)" || n.Document != sccTitle {
		t.Errorf("governing notice = %+v, want 10 days from %s 9(a)", n, sccTitle)
	}
	if s := g.End.Steps; len(s) != 2 || s[0].Action != obligation.ReturnData || s[0].Clause != "8.5" {
		t.Errorf("governing end steps = %+v, want return or delete from 8.5", s)
	}
	// The conflict stays on record, the prevailing reading first.
	gc := g.Conflicts()
	if len(gc) != 2 || gc[0].Sources[gc[0].Governing].Clause != "9(a)" || gc[1].Sources[gc[1].Governing].Clause != "8.5" {
		t.Errorf("conflicts after Governing = %+v", gc)
	}
	if diff := cmp.Diff(g, g.Governing()); diff != "" {
		t.Errorf("Governing twice changes more (-once +twice):\n%s", diff)
	}
	// The agreement value itself is unchanged.
	if a.SubprocessorPolicy.Notice.Status != obligation.StatedNone || a.End.Clause != "3.11" {
		t.Error("Governing changed its receiver")
	}

	// Were the DPA to prevail, its own readings would stand.
	d := layered(dpaTitle, sccTitle)
	if c := d.Conflicts(); c[0].Governing != 0 {
		t.Errorf("with the DPA first, governing = %d, want 0", c[0].Governing)
	}
	if n := d.Governing().SubprocessorPolicy.Notice; n.Clause != "5.3" {
		t.Errorf("with the DPA first, governing notice cites %s, want 5.3", n.Clause)
	}
}

func TestReviewReportsConflicts(t *testing.T) {
	r, err := review.Agreement(layered(sccTitle, dpaTitle, "Agreement"), reviewDay)
	if err != nil {
		t.Fatal(err)
	}
	got := r.WithCode(review.DocumentsContradict).Findings
	want := []review.Finding{
		{Code: review.DocumentsContradict, Severity: review.Info, Clause: "8.5", Also: []obligation.Clause{"3.11"}, Basis: review.Art("28", 3, ""),
			Args: []review.Arg{{Text: sccTitle}, {Clause: "8.5"}, {Text: dpaTitle}, {Clause: "3.11"}, {Key: "term.end"}, {Key: "precedence.order"}}},
		{Code: review.DocumentsContradict, Severity: review.Info, Clause: "9(a)", Also: []obligation.Clause{"5.3"}, Basis: review.Art("28", 3, ""),
			Args: []review.Arg{{Text: sccTitle}, {Clause: "9(a)"}, {Text: dpaTitle}, {Clause: "5.3"}, {Key: "term.subprocessorPolicy.notice"}, {Key: "precedence.order"}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("conflict findings mismatch (-want +got):\n%s", diff)
	}
	// The plain order decides: the finding says so.
	const byOrder = "By the agreement's order of precedence “Standard Contractual Clauses” prevails, and the review applies it;"
	if len(got) == 2 && !strings.Contains(got[1].Message(language.English), byOrder) {
		t.Errorf("message = %q, want it to contain %q", got[1].Message(language.English), byOrder)
	}
	// A finding saved before it said what decides has five arguments; it
	// still reads as decided by the order, the only rule there was then.
	if len(got) == 2 {
		old := got[1]
		old.Args = old.Args[:5]
		if m := old.Message(language.English); !strings.Contains(m, byOrder) {
			t.Errorf("a five-argument finding reads %q, want it to contain %q", m, byOrder)
		}
	}
	// The review reads the governing notice: 10 days is a notice period,
	// so the DPA's list update alone is not reported as the only notice.
	if r.Has(review.NoticePeriodMissing) {
		t.Error("the review reports a missing notice period though the prevailing clauses give 10 days")
	}

	// Without an order of precedence the conflict is a warning.
	u, err := review.Agreement(layered(), reviewDay)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(u.WithCode(review.DocumentsContradictUnranked).Findings); n != 2 {
		t.Errorf("%d unranked conflicts, want 2", n)
	}
}

// TestReviewConflictByRule checks that a conflict a limited rule of
// precedence decides names the rule and cites its clause. Aptible's §6.3:
// «To the extent the terms of the Standard Contractual Clauses … are
// inconsistent with the terms of this DPA, the terms of the Standard
// Contractual Clauses shall govern»; with no plain order beside it, the
// rule alone ranks the clauses' 10 days above §5.3's list update.
func TestReviewConflictByRule(t *testing.T) {
	tests := []struct {
		name   string
		rule   agreement.PrecedenceRule
		clause obligation.Clause // the prevailing reading's
		arg    []review.Arg      // what decided
		nb, en string
	}{
		{
			name:   "to the extent of an inconsistency",
			rule:   agreement.PrecedenceRule{Clause: "6.3", Document: sccTitle, Over: []string{dpaTitle}, ToTheExtent: true},
			clause: "9(a)",
			arg:    []review.Arg{{Key: "precedence.rule", Clause: "6.3"}, {Key: "precedence.extent"}},
			nb:     "Etter rangordningsregelen i pkt. 6.3 går «Standard Contractual Clauses» foran så langt dokumentene er uforenlige, og gjennomgangen bruker det;",
			en:     "By the rule of precedence in clause 6.3 “Standard Contractual Clauses” prevails to the extent the documents are inconsistent, and the review applies it;",
		},
		{
			name:   "only some clauses, 9(a) among them",
			rule:   agreement.PrecedenceRule{Clause: "6.3", Document: sccTitle, Clauses: []obligation.Clause{"9"}},
			clause: "9(a)",
			arg:    []review.Arg{{Key: "precedence.rule", Clause: "6.3"}},
			nb:     "Etter rangordningsregelen i pkt. 6.3 går «Standard Contractual Clauses» foran, og gjennomgangen bruker det;",
			en:     "By the rule of precedence in clause 6.3 “Standard Contractual Clauses” prevails, and the review applies it;",
		},
		{
			name:   "only if signed separately, and it is not",
			rule:   agreement.PrecedenceRule{Clause: "6.3", Document: sccTitle, If: agreement.IfSigned},
			clause: "5.3",
			arg:    []review.Arg{{Key: "precedence.rule-unmet", Clause: "6.3"}},
			nb:     "Fordi vilkåret i rangordningsregelen i pkt. 6.3 ikke er oppfylt, går «Data Processing Addendum» foran, og gjennomgangen bruker det;",
			en:     "Since the condition of the rule of precedence in clause 6.3 is not met, “Data Processing Addendum” prevails, and the review applies it;",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := layered()
			a.Readings = a.Readings[:1] // the notice: 5.3 against 9(a)
			a.Precedence.Rules = []agreement.PrecedenceRule{tt.rule}
			r, err := review.Agreement(a, reviewDay)
			if err != nil {
				t.Fatal(err)
			}
			got := r.WithCode(review.DocumentsContradict).Findings
			if len(got) != 1 {
				t.Fatalf("%d conflict findings, want 1: %+v", len(got), r.Findings)
			}
			if got[0].Clause != tt.clause {
				t.Errorf("finding cites %s, want %s", got[0].Clause, tt.clause)
			}
			if diff := cmp.Diff(tt.arg, got[0].Args[5:]); diff != "" {
				t.Errorf("precedence args mismatch (-want +got):\n%s", diff)
			}
			for _, m := range []struct {
				tag  language.Tag
				want string
			}{{language.Norwegian, tt.nb}, {language.English, tt.en}} {
				if msg := got[0].Message(m.tag); !strings.Contains(msg, m.want) {
					t.Errorf("%s message = %q\nwant it to contain %q", m.tag, msg, m.want)
				}
			}
		})
	}
}

func TestReadingsRoundTrip(t *testing.T) {
	a := layered(sccTitle, dpaTitle, "Agreement")
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := agreement.Decode(data)
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestReadingProblems(t *testing.T) {
	a := layered("Exhibit Z")
	a.Readings = append(a.Readings, agreement.Reading{Term: "subprocessorPolicy.nothing"})
	err := a.Validate()
	if err == nil {
		t.Fatal("Validate accepted a reading without term, document, clause or value")
	}
	for _, want := range []string{"precedence.order[0]", "readings[2].term", "readings[2].document", "readings[2].clause", "readings[2].value"} {
		if !contains(err.Error(), want) {
			t.Errorf("Validate: %v; want a problem at %s", err, want)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
