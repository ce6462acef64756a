package agreement_test

import (
	"bytes"
	"encoding/json"
	"encoding/json/jsontext"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// minimal is the smallest well-formed agreement.
func minimal() agreement.Agreement {
	return agreement.Agreement{
		ID: "minimal", Title: "Databehandleravtale", Language: "nb",
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "Leverandør AS"},
			{Role: agreement.Controller, Name: "Kunde AS"},
		},
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		change func(*agreement.Agreement)
		want   []agreement.Problem
	}{
		{
			name:   "no parties",
			change: func(a *agreement.Agreement) { a.Parties = nil },
			want:   []agreement.Problem{{Path: "parties", Message: "missing: an agreement has a controller and a processor"}},
		},
		{
			name: "no controller, unnamed processor",
			change: func(a *agreement.Agreement) {
				a.Parties = []agreement.Party{{Role: agreement.Processor}}
			},
			want: []agreement.Problem{
				{Path: "parties[0].name", Message: "missing"},
				{Path: "parties", Message: "no controller"},
			},
		},
		{
			name: "invalid country and organisation number",
			change: func(a *agreement.Agreement) {
				a.Parties[0].Country = "XX"
				a.Parties[0].OrgNumber = "998504164" // check digit of 99850416- is 3
				a.GoverningLaw = agreement.GoverningLaw{Provision: obligation.At("6"), Country: "no"}
			},
			want: []agreement.Problem{
				{Path: "parties[0].orgNumber", Message: `"998504164" is not a Norwegian organisation number (9 digits with a modulus-11 check digit)`},
				{Path: "parties[0].country", Message: `"XX" is not an ISO 3166-1 alpha-2 country code`},
				{Path: "governingLaw.country", Message: `"no" is not an ISO 3166-1 alpha-2 country code`},
			},
		},
		{
			name: "a right with immediate effect and a notice period, of an unknown extent",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Rights: []agreement.TerminationRight{{Provision: obligation.At("9"),
					By: agreement.EitherParty, Ground: agreement.ForBreach, Immediate: true, Notice: obligation.Months(1), Extent: 9}}}
			},
			want: []agreement.Problem{
				{Path: "termination.rights[0].extent", Message: "unknown extent"},
				{Path: "termination.rights[0].notice", Message: "a right with immediate effect has no notice period"},
			},
		},
		{
			name: "negative and zero notice periods",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Provision: obligation.At("5"), Notice: obligation.Months(-1)}
				a.Term = agreement.Term{Provision: obligation.At("4"), Basis: agreement.FixedPeriods, Period: obligation.Days(0)}
			},
			want: []agreement.Problem{
				{Path: "term.period", Message: "obligation: period of 0 days: the count must be positive"},
				{Path: "termination.notice", Message: "obligation: period of -1 months: the count must be positive"},
			},
		},
		{
			name: "dates out of order and impossible",
			change: func(a *agreement.Agreement) {
				a.Signed = obligation.NewDate(2021, 3, 3)
				a.Updated = obligation.NewDate(2020, 5, 11)
				a.ValidFrom = obligation.NewDate(2021, 2, 29)
			},
			want: []agreement.Problem{
				{Path: "validFrom", Message: "2021-02-29 is not a calendar date"},
				{Path: "updated", Message: "2020-05-11 is before the signing date 2021-03-03"},
			},
		},
		{
			name: "stated provision without its clause, bad law identifier",
			change: func(a *agreement.Agreement) {
				a.Laws = agreement.Laws{Provision: obligation.At(""), Cited: []agreement.Law{{ID: "GDPR"}}}
			},
			want: []agreement.Problem{
				{Path: "laws.clause", Message: `a stated provision needs the clause it comes from (a number, or a heading and paragraph: "Heading ¶2", "¶1" for the opening text)`},
				{Path: "laws.cited[0].id", Message: `"GDPR" is neither a Lovdata identifier (LOV-2018-06-15-38) nor a CELEX number (32016R0679)`},
			},
		},
		{
			name: "an other purpose without its text",
			change: func(a *agreement.Agreement) {
				a.Processing = agreement.Processing{
					Provision: obligation.At("Vedlegg 1"),
					Description: annex.Description{
						Purposes: annex.ListAt("Vedlegg 1", annex.Purpose{Kind: annex.PurposeOther}),
					},
				}
			},
			want: []agreement.Problem{{Path: "processing.description.purposes.items[0].text", Message: "an \"other\" item needs its text"}},
		},
		{
			name: "unknown duty kind and assistance task",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller = agreement.ControllerDuties{
					Provision: obligation.At("3"),
					Duties:    []agreement.ControllerDuty{{Kind: 200, Clause: "3"}},
				}
				a.Assistance.Scope = agreement.AssistanceScope{
					Provision: obligation.At("2.3.4"),
					Tasks:     []agreement.Assist{{Task: 0, Clause: "2.3.4"}},
				}
			},
			want: []agreement.Problem{
				{Path: "duties.controller.duties[0].kind", Message: "missing or unknown duty kind"},
				{Path: "assistance.scope.tasks[0].task", Message: "missing or unknown task"},
			},
		},
		{
			name: "automatic renewal without a period",
			change: func(a *agreement.Agreement) {
				a.Term = agreement.Term{Provision: obligation.At("2"), Basis: agreement.FixedPeriods, Period: obligation.Months(12),
					Renewal: agreement.Renewal{Provision: obligation.At("3"), Automatic: true}}
			},
			want: []agreement.Problem{{Path: "term.renewal.period", Message: "an automatic renewal needs the length of the renewed period"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := minimal()
			tt.change(&a)
			err := a.Validate()
			var ve *agreement.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			if diff := cmp.Diff(tt.want, ve.Problems); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidateMinimal(t *testing.T) {
	if err := minimal().Validate(); err != nil {
		t.Errorf("minimal agreement: %v", err)
	}
}

func TestValidOrgNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"998504163", true}, // Assistert Selvhjelp AS, from its service agreement
		{"998504164", false},
		{"99850416", false},
		{"99850416x", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := agreement.ValidOrgNumber(tt.in); got != tt.want {
			t.Errorf("ValidOrgNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDecodeNamesThePath(t *testing.T) {
	seed, err := agreement.Encode(examples.AssistertSelvhjelp())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		edit     func(map[string]any)
		wantPath string
		wantText string
	}{
		{"unknown top-level field", func(m map[string]any) { m["owner"] = "x" }, "owner", "unknown field"},
		{"unknown nested field", func(m map[string]any) {
			m["governingLaw"].(map[string]any)["court"] = "Oslo"
		}, "governingLaw.court", "unknown field"},
		{"unknown enumeration", func(m map[string]any) {
			m["parties"].([]any)[1].(map[string]any)["role"] = "owner"
		}, "parties[1].role", `unknown role "owner"`},
		{"malformed date", func(m map[string]any) { m["updated"] = "11.05.2020" }, "updated", `invalid date "11.05.2020"`},
		{"malformed period", func(m map[string]any) {
			m["termination"].(map[string]any)["notice"] = "6 months"
		}, "termination.notice", `invalid period "6 months"`},
		{"wrong type", func(m map[string]any) { m["parties"] = "both" }, "parties", "want an array"},
	}
	mailmojo, err := agreement.Encode(examples.MailMojo())
	if err != nil {
		t.Fatal(err)
	}
	// MailMojo 4: "begrenset til kr 25 000", stored as "25000 NOK".
	amount := []struct {
		name     string
		value    string
		wantPath string
	}{
		{"amount with a comma", "25 000,00 NOK", "liability.caps[0].amount"},
		{"amount without currency", "25000", "liability.caps[0].amount"},
		{"amount in an unknown currency", "25000 XYZ", "liability.caps[0].amount"},
	}
	for _, tt := range amount {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(mailmojo, &m); err != nil {
				t.Fatal(err)
			}
			m["liability"].(map[string]any)["caps"].([]any)[0].(map[string]any)["amount"] = tt.value
			data, _ := json.Marshal(m)
			_, err := agreement.Decode(data)
			var pe *agreement.PathError
			if !errors.As(err, &pe) || pe.Path != tt.wantPath {
				t.Errorf("Decode with amount %q: error %v, want one at %s", tt.value, err, tt.wantPath)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(seed, &m); err != nil {
				t.Fatal(err)
			}
			tt.edit(m)
			data, _ := json.Marshal(m)
			_, err := agreement.Decode(data)
			var pe *agreement.PathError
			if !errors.As(err, &pe) {
				t.Fatalf("Decode error = %v, want a *PathError", err)
			}
			if pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), tt.wantText) {
				t.Errorf("Decode error = %v; want path %q and text %q", err, tt.wantPath, tt.wantText)
			}
		})
	}
}

func TestDecodeRejectsTrailingData(t *testing.T) {
	data, _ := agreement.Encode(minimal())
	if _, err := agreement.Decode(append(data, []byte(` {"id":"x"}`)...)); err == nil {
		t.Error("Decode accepted a second value after the agreement")
	}
	if _, err := agreement.Decode([]byte(`{"id": `)); err == nil {
		t.Error("Decode accepted truncated JSON")
	}
}

// seedCorpus returns the five seeds' JSON files.
func seedCorpus(tb testing.TB) [][]byte {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "testdata", "*.json"))
	if err != nil || len(paths) != 5 {
		tb.Fatalf("want the five seed JSON files, got %d (%v)", len(paths), err)
	}
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzDecode: decoding never panics, and whatever decodes re-encodes and
// decodes again to an equal value.
func FuzzDecode(f *testing.F) {
	for _, data := range seedCorpus(f) {
		f.Add(data)
	}
	f.Add([]byte(`{"documents":[]}`))
	f.Add([]byte(`{"id":"a","ID":"b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := agreement.Decode(data)
		if err != nil {
			return
		}
		if p := foldedTwice(data); p != "" {
			t.Fatalf("Decode accepted %s, which names %s twice (up to letter case)", data, p)
		}
		_ = a.Validate()
		enc, err := agreement.Encode(a)
		if err != nil {
			t.Fatalf("Decode accepted %s, which Encode refuses: %v", data, err)
		}
		b, err := agreement.Decode(enc)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("round trip mismatch (-first +second):\n%s", diff)
		}
	})
}

// foldedTwice returns the JSON Pointer of a member whose name an earlier
// member of the same object has, up to letter case, or "".
func foldedTwice(data []byte) string {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	var stack []map[string]bool
	for {
		kind := dec.PeekKind()
		if kind == 0 {
			return ""
		}
		k, n := dec.StackIndex(dec.StackDepth())
		if len(stack) > 0 && stack[len(stack)-1] != nil && kind == '"' && k == '{' && n%2 == 0 {
			tok, err := dec.ReadToken()
			if err != nil {
				return ""
			}
			name := strings.ToLower(tok.String())
			if stack[len(stack)-1][name] {
				return string(dec.StackPointer())
			}
			stack[len(stack)-1][name] = true
			continue
		}
		tok, err := dec.ReadToken()
		if err != nil {
			return ""
		}
		switch tok.Kind() {
		case '{':
			stack = append(stack, map[string]bool{})
		case '[':
			stack = append(stack, nil)
		case '}', ']':
			stack = stack[:len(stack)-1]
		}
	}
}

func TestFoldedTwice(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1,"b":{"c":[{"x":1,"X":2}]}}`: "/b/c/0/X",
		`{"a":1,"A":2}`:                     "/A",
		`{"a":{"a":1},"b":["a","A"]}`:       "",
	} {
		if got := foldedTwice([]byte(in)); got != want {
			t.Errorf("foldedTwice(%s) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "assistert-selvhjelp.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := agreement.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	a := examples.AssistertSelvhjelp()
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeCompact decodes the same seed stored without indentation,
// as a database column would hold it.
func BenchmarkDecodeCompact(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "assistert-selvhjelp.json"))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, data); err != nil {
		b.Fatal(err)
	}
	data = buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := agreement.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestValidateTermAtLeast: a second basis of the term must be a known
// one, other than the first.
func TestValidateTermAtLeast(t *testing.T) {
	for _, tt := range []struct {
		bound agreement.TermBound
		ok    bool
	}{{agreement.TermBound{Basis: agreement.FollowsMainAgreement}, true}, {agreement.TermBound{Basis: agreement.WhileProcessing}, false},
		{agreement.TermBound{Basis: 9}, false}, {agreement.TermBound{Clause: "15.2"}, false}} {
		for _, field := range []string{"atLeast", "atMost"} {
			a := minimal()
			a.Term = agreement.Term{Provision: obligation.At("10"), Basis: agreement.WhileProcessing}
			if field == "atLeast" {
				a.Term.AtLeast = tt.bound
			} else {
				a.Term.AtMost = tt.bound
			}
			err := a.Validate()
			if got := err == nil || !strings.Contains(err.Error(), "term."+field); got != tt.ok {
				t.Errorf("%s %+v: %v, want valid %v", field, tt.bound, err, tt.ok)
			}
		}
	}
}

// TestValidateCure: only a right for breach gives a deadline to remedy.
func TestValidateCure(t *testing.T) {
	a := minimal()
	a.Termination.Rights = []agreement.TerminationRight{{Provision: obligation.At("12"), By: agreement.EitherParty,
		Ground: agreement.AtWill, Cure: obligation.Days(30)}}
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "termination.rights[0].cure") {
		t.Errorf("a deadline to remedy on a right at will: %v, want a problem at termination.rights[0].cure", err)
	}
	a.Termination.Rights[0].Ground = agreement.ForBreach
	if err := a.Validate(); err != nil {
		t.Errorf("a deadline to remedy on a right for breach: %v", err)
	}
	a.Termination.Rights[0].BeforeChange = true
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "termination.rights[0].beforeChange") {
		t.Errorf("a right for breach that ends before a change: %v, want a problem at termination.rights[0].beforeChange", err)
	}
}

// TestValidateLawByTitle: a law may be cited by its title alone, but not
// by nothing.
func TestValidateLawByTitle(t *testing.T) {
	a := minimal()
	a.Laws = agreement.Laws{Provision: obligation.At("2"), Cited: []agreement.Law{{Title: "Personal Data Regulations"}}}
	if err := a.Validate(); err != nil {
		t.Errorf("a law by title: %v", err)
	}
	a.Laws.Cited[0].Title = ""
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "laws.cited[0].id") {
		t.Errorf("a law with neither: %v, want a problem at laws.cited[0].id", err)
	}
}

// TestValidateInstructionChannels: each way instructions may be given
// must be a known channel.
func TestValidateInstructionChannels(t *testing.T) {
	a := minimal()
	a.Instructions = agreement.Instructions{Provision: obligation.At("6"), Channels: []agreement.Channel{agreement.Email, 0}}
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "instructions.channels[1]") {
		t.Errorf("an unset channel: %v, want a problem at instructions.channels[1]", err)
	}
}
