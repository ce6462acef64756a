package examples_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// The 2021/915 clauses as a template: valid, reviewed without an unmet or
// weak finding, and the review lists what is left to fill in.
func TestStandardClausesTemplate(t *testing.T) {
	a := examples.StandardClausesTemplate()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Severity != review.Info {
			t.Errorf("%s %s at %s: %s", f.Severity, f.Code, f.Clause, f.Message(language.English))
		}
	}
	fill := r.WithCode(review.TemplateToFill).Findings
	if len(fill) != 1 {
		t.Fatalf("template-to-fill findings: %v", fill)
	}
	listed := fill[0].Args[1].Text
	for _, want := range []string{
		"parties[0].name", "parties[1].name", "signed",
		"processing.description.purposes", "processing.description.securityMeasures", "subprocessors",
		"subprocessorPolicy.notice", // «at least [SPECIFY TIME PERIOD]»
		"7.7(a): Option 1: prior specific authorisation / Option 2: general written authorisation",
		"1(a): Option 1: Regulation (EU) 2016/679 / Option 2: Regulation (EU) 2018/1725",
	} {
		if !strings.Contains(listed, want) {
			t.Errorf("what is left to fill in lacks %q: %s", want, listed)
		}
	}

	// Clause 7.7(a)'s options, as alternatives.
	c := a.Choices[slices.IndexFunc(a.Choices, func(c agreement.Choice) bool { return c.Clause == "7.7(a)" })]
	if !c.Open() || len(c.Options) != 2 {
		t.Fatalf("7.7(a) = %+v, want two options, open", c)
	}
	kinds := []subprocessor.Authorisation{
		c.Options[0].Terms[0].Value.SubprocessorPolicy.Authorisation.Kind,
		c.Options[1].Terms[0].Value.SubprocessorPolicy.Authorisation.Kind,
	}
	if diff := cmp.Diff([]subprocessor.Authorisation{subprocessor.Specific, subprocessor.General}, kinds); diff != "" {
		t.Errorf("7.7(a) options mismatch (-want +got):\n%s", diff)
	}
	if st := a.SubprocessorPolicy.Authorisation.Status; st != obligation.Blank {
		t.Errorf("the authorisation is %s while 7.7(a) is open, want blank", st)
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
}

// Each of the filler's choices in the filled-in example is, in the
// template, blank, a placeholder, set by an open choice, or absent: what
// the clauses leave to the parties.
func TestFillersChoicesAreOpenInTheTemplate(t *testing.T) {
	tpl := examples.StandardClausesTemplate()
	var open []string
	for _, b := range tpl.Coverage().Blanks {
		open = append(open, b.Field)
	}
	for _, c := range tpl.Choices {
		for _, o := range c.Options {
			for _, r := range o.Terms {
				open = append(open, r.Term)
			}
		}
	}
	absent := map[string]obligation.Provision{}
	tpl.Provisions(func(tm agreement.TermAt) bool { absent[tm.Path] = tm.Provision; return true })
	for _, path := range examples.StandardClausesFillersChoices() {
		ok := slices.ContainsFunc(open, func(f string) bool {
			return f == path || strings.HasPrefix(f, path+"[") || strings.HasPrefix(f, path+".")
		})
		if p, found := absent[path]; found && p.Status == obligation.Absent {
			ok = true
		}
		if path == "breach.deadline" {
			// 9.2 states «without undue delay»; the filler's choice is
			// the hour bound Annex III may add to it.
			_, tplBound := tpl.Breach.Deadline.Period.Bound()
			_, filledBound := examples.StandardClauses().Breach.Deadline.Period.Bound()
			ok = !tplBound && filledBound
		}
		if !ok {
			t.Errorf("%s is a filler's choice, but the template states it", path)
		}
	}
}
