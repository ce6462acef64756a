package breach_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/obligation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var oslo = breach.Oslo()

func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, oslo) }

// nortelecom10 is clause 10.1 of the Nortelecom agreement: "uten unødig
// forsinkelse. Hvis det er mulig, må meldingen gis senest tjuefire (24)
// timer etter at sikkerhetsbruddet er oppdaget".
var nortelecom10 = breach.Terms{
	Provision: obligation.At("10"),
	Deadline: breach.Deadline{Provision: obligation.At("10.1"),
		Period:             obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)),
		BoundWherePossible: true, Clock: breach.Discovery},
	Contents: breach.Contents{Provision: obligation.At("10.2"), Required: []breach.Requirement{
		{Clause: "10.2.1", Items: breach.ItemsOf(breach.Nature, breach.Measures)},
		{Clause: "10.2.2", Items: breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)},
		{Clause: "10.2.3", Items: breach.ItemsOf(breach.Consequences, breach.Measures)},
	}},
	Reporting: breach.Reporting{Provision: obligation.At("10.1"), Authority: obligation.Controller, ProcessorMayReport: breach.Forbidden},
}

// complete is an incident that knows every item of Art. 33(3) and of
// Nortelecom 10.2.
func complete(discovered time.Time) breach.Incident {
	return breach.Incident{
		ID:                "INC-1",
		Class:             breach.PersonalDataBreach,
		Started:           discovered.Add(-3 * time.Hour),
		Discovered:        discovered,
		Effects:           breach.Confidentiality,
		Description:       breach.Is("Uautorisert tilgang til kundedatabasen"),
		Cause:             breach.Is("Lekket API-nøkkel"),
		SubjectCategories: breach.Is([]string{"kunder"}),
		SubjectCount:      breach.Is(int64(1200)),
		RecordCategories:  breach.Is([]string{"navn", "e-post"}),
		RecordCount:       breach.Is(int64(2400)),
		Consequences:      breach.Is("Risiko for phishing"),
		MeasuresTaken:     breach.Is([]string{"Nøkkelen er trukket tilbake"}),
		MeasuresProposed:  breach.Is([]string{}),
		Contact:           breach.Is(breach.Contact{Name: "Kari Nordmann", Email: "personvern@example.no"}),
	}
}

func TestProcessorDeadlineHours(t *testing.T) {
	tests := []struct {
		name       string
		discovered time.Time
		want       time.Time
		reason     string
	}{
		{"saturday before 17 May", at(2026, time.May, 16, 22, 40), at(2026, time.May, 17, 22, 40),
			"10.1: 24 hours after discovery; 17 May 2026 is a Sunday and a public holiday, and hours never move to a working day"},
		{"across the end of summer time", at(2026, time.October, 24, 22, 40), at(2026, time.October, 25, 21, 40),
			"clocks go back at 01:00 UTC on 25 Oct 2026 (FACTS §4): 24 elapsed hours end at 21:40 CET, not 22:40"},
		{"across the start of summer time", at(2026, time.March, 28, 12, 0), at(2026, time.March, 29, 13, 0),
			"clocks go forward at 01:00 UTC on 29 Mar 2026: 24 elapsed hours end at 13:00 CEST"},
		{"friday evening", at(2026, time.May, 15, 17, 0), at(2026, time.May, 16, 17, 0),
			"a Saturday deadline stays on the Saturday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := nortelecom10.Assess(breach.Incident{Discovered: tt.discovered}, tt.discovered)
			if !a.Processor.Due.Equal(tt.want) {
				t.Errorf("due %v, want %v (%s)", a.Processor.Due, tt.want, tt.reason)
			}
			if got := a.Processor.Due.Sub(tt.discovered); got != 24*time.Hour {
				t.Errorf("elapsed %v, want 24h", got)
			}
		})
	}
}

func TestProcessorDeadlineUnquantified(t *testing.T) {
	discovered := at(2026, time.May, 16, 22, 40)
	suspected := at(2026, time.May, 16, 20, 0)
	inc := breach.Incident{Suspected: suspected, Discovered: discovered}
	tests := []struct {
		name      string
		terms     breach.Terms
		wantStart time.Time
		wantKind  obligation.Kind
		reason    string
	}{
		{"silent agreement", breach.Terms{}, discovered, obligation.WithoutUndueDelay,
			"Art. 33(2): without undue delay after becoming aware"},
		{"immediately from awareness", breach.Terms{Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately)}},
			discovered, obligation.Immediately, "MailMojo 2.4 \"umiddelbart\"; suspicion does not start the clock"},
		{"immediately from suspicion", breach.Terms{Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately), Clock: breach.Suspicion}},
			suspected, obligation.Immediately, "Assistert Selvhjelp: \"ved mistanke om eller konstatering av avvik, omgående\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.terms.Assess(inc, discovered)
			if !a.Processor.Start.Equal(tt.wantStart) || a.Processor.Period.Kind != tt.wantKind || !a.Processor.Due.IsZero() {
				t.Errorf("start %v kind %v due %v, want start %v kind %v and no instant (%s)",
					a.Processor.Start, a.Processor.Period.Kind, a.Processor.Due, tt.wantStart, tt.wantKind, tt.reason)
			}
			if v := a.Processor.Check(discovered.Add(time.Hour)); v != breach.Judgement {
				t.Errorf("Check = %v, want judgement", v)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	a := nortelecom10.Assess(breach.Incident{Discovered: d}, d)
	firm := nortelecom10
	firm.Deadline.Period = obligation.Hours(24)
	b := firm.Assess(breach.Incident{Discovered: d}, d)
	tests := []struct {
		name string
		got  breach.Verdict
		want breach.Verdict
	}{
		{"within the 24-hour bound", a.Processor.Check(at(2026, time.May, 17, 22, 40)), breach.WithinBound},
		{"after the where-possible bound", a.Processor.Check(at(2026, time.May, 17, 22, 41)), breach.LateUnlessImpossible},
		{"firm 24 hours met at the last minute", b.Processor.Check(at(2026, time.May, 17, 22, 40)), breach.OnTime},
		{"firm 24 hours missed, not rolled to Monday", b.Processor.Check(at(2026, time.May, 18, 8, 0)), breach.Late},
		{"no notice time", b.Processor.Check(time.Time{}), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if b.Overdue {
		t.Error("Overdue at the discovery instant")
	}
	late := firm.Assess(breach.Incident{Discovered: d}, at(2026, time.May, 18, 0, 0))
	if !late.Overdue {
		t.Error("not Overdue with no notice 25 hours after discovery")
	}
}

func TestAuthorityDeadline(t *testing.T) {
	tests := []struct {
		name   string
		inc    breach.Incident
		owed   bool
		basis  breach.Basis
		due    time.Time
		latest time.Time
		reason string
	}{
		{"controller aware, spring DST", breach.Incident{Discovered: at(2026, time.March, 28, 11, 0), ControllerAware: at(2026, time.March, 28, 12, 0)},
			true, breach.ControllerAwareness, at(2026, time.March, 31, 13, 0), time.Time{},
			"FACTS §4: aware 2026-03-28 12:00 CET gives 2026-03-31 13:00 CEST"},
		{"notice arrival", breach.Incident{Discovered: at(2026, time.May, 16, 22, 40), Notified: at(2026, time.May, 17, 9, 0)},
			true, breach.ControllerAwareness, at(2026, time.May, 20, 9, 0), time.Time{},
			"the controller becomes aware when the processor's notice arrives; 72 h later"},
		{"estimate before notice", breach.Incident{Discovered: at(2026, time.May, 16, 22, 40)},
			true, breach.Estimate, at(2026, time.May, 19, 22, 40), at(2026, time.May, 20, 22, 40),
			"earliest: told at discovery; latest: told at the 24-hour bound"},
		{"across the end of summer time", breach.Incident{Discovered: at(2026, time.October, 24, 22, 40), Notified: at(2026, time.October, 24, 23, 0)},
			true, breach.ControllerAwareness, at(2026, time.October, 27, 22, 0),
			time.Time{}, "72 elapsed hours from 23:00 CEST end at 22:00 CET"},
		{"unlikely to result in a risk", breach.Incident{Discovered: at(2026, time.May, 16, 22, 40), Risk: breach.Unlikely},
			false, breach.Estimate, time.Time{}, time.Time{}, "Art. 33(1): no notice when unlikely to result in a risk"},
		{"a deviation", breach.Incident{Class: breach.Deviation, Discovered: at(2026, time.May, 16, 22, 40)},
			false, breach.Estimate, time.Time{}, time.Time{}, "not a personal data breach: no Art. 33 duty"},
		{"nothing dated yet", breach.Incident{}, true, 0, time.Time{}, time.Time{},
			"owed under the rule in force, but with no instant to count from"},
		{"before the GDPR applied in Norway", breach.Incident{Discovered: at(2018, time.July, 19, 12, 0)},
			false, breach.Estimate, time.Time{}, time.Time{}, "the GDPR applies in Norway from 20 July 2018"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := nortelecom10.Assess(tt.inc, tt.inc.Discovered)
			d := a.Authority
			if d.Owed != tt.owed || d.Basis != tt.basis || !d.Due.Equal(tt.due) || !d.Latest.Equal(tt.latest) {
				t.Errorf("owed %v basis %v due %v latest %v; want %v %v %v %v (%s)",
					d.Owed, d.Basis, d.Due, d.Latest, tt.owed, tt.basis, tt.due, tt.latest, tt.reason)
			}
			if d.By != obligation.Controller || d.ProcessorMayReport != breach.Forbidden {
				t.Errorf("by %v, processor may report %v; want controller, forbidden (Nortelecom 10.1)", d.By, d.ProcessorMayReport)
			}
			if tt.owed && !tt.due.IsZero() {
				if d.NeedsReasons(tt.due) || !d.NeedsReasons(tt.due.Add(time.Minute)) {
					t.Error("reasons for delay: want none at the deadline and some a minute after (Art. 33(1))")
				}
			}
		})
	}
}

func TestOsloIsTheCalendarsLocation(t *testing.T) {
	if got := breach.Oslo(); got.String() != "Europe/Oslo" || got != obligation.Norway().Location() {
		t.Errorf("Oslo() = %v, want the Europe/Oslo location of obligation.Norway()", got)
	}
}

func TestPeriodLabel(t *testing.T) {
	nb := language.Make("nb")
	undue := obligation.Unquantified(obligation.WithoutUndueDelay)
	for _, tt := range []struct {
		p             obligation.Period
		wherePossible bool
		tag           language.Tag
		want          string
	}{
		{obligation.Hours(24), false, language.English, "within 24 hours"},
		{obligation.Hours(1), false, nb, "innen 1 time"},
		{obligation.BusinessDays(5), false, nb, "innen 5 virkedager"},
		{obligation.BusinessDays(5), false, language.English, "within 5 business days"},
		{undue.AtLatest(obligation.Hours(24)), true, language.English, "without undue delay, and where possible at the latest 24 hours"},
		{undue.AtLatest(obligation.Days(1)), false, nb, "uten ugrunnet opphold, og senest 1 dag"},
		{obligation.Unquantified(obligation.ReasonableTime), false, nb, "innen rimelig tid"},
		{obligation.Period{}, false, language.English, "no period stated"},
	} {
		if got := breach.PeriodLabel(tt.p, tt.wherePossible, tt.tag); got != tt.want {
			t.Errorf("PeriodLabel(%v, %v, %v) = %q, want %q", tt.p, tt.wherePossible, tt.tag, got, tt.want)
		}
	}
}

func TestAuthorityRuleIsData(t *testing.T) {
	rules := breach.AuthorityRules()
	if len(rules) != 1 || rules[0].Hours != 72 || rules[0].From != obligation.NewDate(2018, time.July, 20) {
		t.Fatalf("rules = %+v, want one 72-hour rule from 2018-07-20", rules)
	}
	rules[0].Hours = 96
	if breach.AuthorityRules()[0].Hours != 72 {
		t.Error("AuthorityRules returns the package's own array")
	}
}

func TestSubjects(t *testing.T) {
	yes := breach.Is(true)
	tests := []struct {
		name    string
		inc     breach.Incident
		want    breach.Decision
		article string
	}{
		{"not assessed", breach.Incident{}, 0, "GDPR art. 34(1)"},
		{"risk but not high", breach.Incident{Risk: breach.Likely}, breach.NotRequired, "GDPR art. 34(1)"},
		{"unlikely", breach.Incident{Risk: breach.Unlikely}, breach.NotRequired, "GDPR art. 34(1)"},
		{"high risk", breach.Incident{Risk: breach.High}, breach.Required, "GDPR art. 34(1)"},
		{"high risk, encrypted", breach.Incident{Risk: breach.High, Unintelligible: yes}, breach.ExemptUnintelligible, "GDPR art. 34(3)(a)"},
		{"high risk, known not encrypted", breach.Incident{Risk: breach.High, Unintelligible: breach.Is(false)}, breach.Required, "GDPR art. 34(1)"},
		{"high risk, mitigated", breach.Incident{Risk: breach.High, Mitigated: true}, breach.ExemptMitigated, "GDPR art. 34(3)(b)"},
		{"high risk, disproportionate effort", breach.Incident{Risk: breach.High, DisproportionateEffort: true}, breach.PublicCommunication, "GDPR art. 34(3)(c)"},
		{"deviation", breach.Incident{Class: breach.Deviation, Risk: breach.High}, breach.NotRequired, "GDPR art. 4(12)"},
	}
	for _, tt := range tests {
		a := breach.Terms{}.Assess(tt.inc, at(2026, time.May, 16, 22, 40))
		if a.Subjects.Decision != tt.want || a.Subjects.Article != tt.article {
			t.Errorf("%s: %v %q, want %v %q", tt.name, a.Subjects.Decision, a.Subjects.Article, tt.want, tt.article)
		}
	}
}

func TestMissingContents(t *testing.T) {
	inc := complete(at(2026, time.May, 16, 22, 40))
	inc.SubjectCount = breach.Known[int64]{}
	inc.Contact = breach.Known[breach.Contact]{}
	a := nortelecom10.Assess(inc, inc.Discovered)
	type miss struct {
		Item  breach.Item
		Cites []string
	}
	var got []miss
	for _, m := range a.MissingContents() {
		var c []string
		for _, s := range m.Sources {
			c = append(c, s.Cite(language.English))
		}
		got = append(got, miss{m.Item, c})
	}
	want := []miss{
		{breach.SubjectCount, []string{"GDPR art. 33(3)(a)", "agreement 10.2.2"}},
		{breach.ContactPoint, []string{"GDPR art. 33(3)(b)"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if a := nortelecom10.Assess(complete(inc.Discovered), inc.Discovered); a.Missing != 0 || a.MissingContents() != nil {
		t.Errorf("complete incident: missing %v", a.Missing)
	}
}

func TestKnownDistinguishesEmpty(t *testing.T) {
	inc := breach.Incident{MeasuresTaken: breach.Is([]string(nil)), Cause: breach.Is("")}
	b, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"cause":"","measuresTaken":[]}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	got, err := breach.DecodeIncident(b)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Knows().Has(breach.Measures) || !got.Knows().Has(breach.Cause) || got.Knows().Has(breach.Consequences) {
		t.Errorf("Knows = %v, want cause and measures known, consequences unknown", got.Knows())
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, json, path string
	}{
		{"unknown field", `{"deadline":{"perod":"PT24H"}}`, "deadline.perod"},
		{"bad period", `{"deadline":{"period":"P1X"}}`, "deadline.period"},
		{"unknown trigger", `{"deadline":{"clock":"rumour"}}`, "deadline.clock"},
		{"unknown item", `{"contents":{"required":[{"clause":"1","items":["nature","colour"]}]}}`, "contents.required[0].items[1]"},
		{"item as a number", `{"contents":{"required":[{"clause":"1","items":[12345]}]}}`, "contents.required[0].items[0]"},
		{"items as a string", `{"contents":{"required":[{"clause":"1","items":"nature"}]}}`, "contents.required[0].items"},
		{"item twice", `{"contents":{"required":[{"clause":"1","items":["nature","nature"]}]}}`, "contents.required[0].items"},
	}
	for _, tt := range tests {
		_, err := breach.DecodeTerms([]byte(tt.json))
		var pe *strictjson.PathError
		if !errors.As(err, &pe) || pe.Path != tt.path {
			t.Errorf("%s: error %v, want a PathError at %s", tt.name, err, tt.path)
		}
	}
	_, err := breach.DecodeTerms([]byte(`{"contents":{"required":[{"items":[]}]}}`))
	var ve *breach.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 2 {
		t.Errorf("error %v, want a ValidationError with 2 problems (no clause, no items)", err)
	}
	_, err = breach.DecodeIncident([]byte(`{"contact":{"nme":"Kari"}}`))
	var pe *strictjson.PathError
	if !errors.As(err, &pe) || pe.Path != "contact.nme" || !strings.Contains(pe.Err.Error(), `nearest "name"`) {
		t.Errorf("unknown field inside a known fact: error %v, want a PathError at contact.nme", err)
	}
	_, err = breach.DecodeIncident([]byte(`{"effects":["integrity","colour"]}`))
	if !errors.As(err, &pe) || pe.Path != "effects[1]" {
		t.Errorf("unknown effect: error %v, want a PathError at effects[1]", err)
	}
	_, err = breach.DecodeIncident([]byte(`{"subjectCount":-1,"started":"2026-05-16T22:00:00+02:00","ended":"2026-05-16T21:00:00+02:00"}`))
	if !errors.As(err, &ve) || len(ve.Problems) != 2 {
		t.Errorf("error %v, want a ValidationError with 2 problems", err)
	}
}

func TestEnumText(t *testing.T) {
	for _, v := range []interface {
		MarshalText() ([]byte, error)
	}{breach.Suspicion, breach.Email, breach.ToControllerContact, breach.Forbidden,
		breach.Deviation, breach.High, breach.Agreement, breach.LateUnlessImpossible, breach.PublicCommunication,
		breach.Estimate, breach.CommunicatePublicly, breach.Measures} {
		b, err := v.MarshalText()
		if err != nil || len(b) == 0 {
			t.Errorf("%T: %q %v", v, b, err)
		}
	}
	var tr breach.Trigger
	if err := tr.UnmarshalText([]byte("Suspicion")); err == nil {
		t.Error("UnmarshalText accepted a wrong case")
	}
	if _, err := breach.Trigger(9).MarshalText(); err == nil {
		t.Error("MarshalText accepted an invalid value")
	}
	if s := breach.Trigger(9).String(); s != "Trigger(9)" {
		t.Errorf("String = %q", s)
	}
	if l := breach.Measures.Label(language.Make("nb")); l != "tiltak som er iverksatt eller foreslått" {
		t.Errorf("nb label %q", l)
	}
}

func TestNumbersAndDates(t *testing.T) {
	inc := complete(at(2026, time.October, 24, 22, 40))
	inc.SubjectCount = breach.Is(int64(1234567))
	a := nortelecom10.Assess(inc, inc.Discovered)
	nb, en := a.Notice(language.Make("nb")), a.Notice(language.English)
	for _, want := range []string{"ca. 1\u00a0234\u00a0567", "24. oktober 2026 kl. 22:40 (CEST)", "25. oktober 2026 kl. 21:40 (CET)"} {
		if !strings.Contains(nb, want) {
			t.Errorf("nb notice lacks %q", want)
		}
	}
	for _, want := range []string{"about 1,234,567", "24 October 2026 at 22:40 (CEST)", "25 October 2026 at 21:40 (CET)"} {
		if !strings.Contains(en, want) {
			t.Errorf("en notice lacks %q", want)
		}
	}
}

func TestNoticeGolden(t *testing.T) {
	inc := complete(at(2026, time.May, 16, 22, 40))
	inc.Cause = breach.Known[string]{}
	inc.RecordCount = breach.Known[int64]{}
	inc.SpecialCategories = breach.Is(false)
	inc.Children = breach.Is(true)
	terms := nortelecom10
	terms.Channel = breach.Channel{Provision: obligation.At("1.1"), Medium: breach.Email, Recipient: breach.ToController}
	a := terms.Assess(inc, at(2026, time.May, 17, 8, 15))
	for _, lang := range []string{"nb", "en"} {
		t.Run(lang, func(t *testing.T) {
			got := a.Notice(language.Make(lang))
			path := filepath.Join("testdata", "notice_"+lang+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("notice mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssessAllOrder(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	imm := breach.Terms{Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately)}}
	undue := breach.Terms{}
	h12 := breach.Terms{Deadline: breach.Deadline{Period: obligation.Hours(12)}}
	narrow := breach.Terms{Scope: breach.Scope{Provision: obligation.At("1")}}
	wide := breach.Terms{Scope: breach.Scope{Provision: obligation.At("1"), Wide: true}}
	terms := []breach.Terms{nortelecom10, h12, undue, imm}
	var order []int
	for _, o := range breach.AssessAll(terms, breach.Incident{Discovered: d}, d) {
		order = append(order, o.Index)
	}
	// immediately and without undue delay are due from discovery; then
	// the 12-hour deadline, then the 24-hour bound.
	if diff := cmp.Diff([]int{3, 2, 1, 0}, order); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
	owed := breach.AssessAll([]breach.Terms{narrow, wide}, breach.Incident{Class: breach.Deviation, Discovered: d}, d)
	if len(owed) != 1 || owed[0].Index != 1 {
		t.Errorf("deviation: owed %+v, want only the wide scope (index 1)", owed)
	}
}

func TestDuties(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	inc.Risk = breach.High
	terms := nortelecom10
	terms.Assistance = breach.Commitment{Provision: obligation.At("10.6"), OnRequest: true}
	a := terms.Assess(inc, d)
	var got []string
	for _, du := range a.Duties() {
		got = append(got, du.Debtor.String()+" "+du.Action.String()+" "+string(du.Clause)+" "+du.Article)
	}
	want := []string{
		"processor notify-controller 10.1 GDPR art. 33(2)",
		"processor assist 10.6 GDPR art. 28(3)(f)",
		"controller notify-authority 10.1 GDPR art. 33(1)",
		"controller communicate-to-subjects  GDPR art. 34(1)",
		"controller document  GDPR art. 33(5)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("duties mismatch (-want +got):\n%s", diff)
	}
}

func TestAssessDoesNotAllocate(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	allocs := testing.AllocsPerRun(100, func() {
		a := nortelecom10.Assess(inc, d)
		if a.Missing != 0 {
			t.Fatal("missing contents")
		}
	})
	if allocs != 0 {
		t.Errorf("Assess allocates %v times, want 0", allocs)
	}
}

func BenchmarkAssess(b *testing.B) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	b.ReportAllocs()
	for b.Loop() {
		_ = nortelecom10.Assess(inc, d)
	}
}

func BenchmarkAssessAll100k(b *testing.B) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	inc.Cause = breach.Known[string]{}
	variants := []breach.Terms{nortelecom10, {}, {Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately), Clock: breach.Suspicion}},
		{Deadline: breach.Deadline{Period: obligation.Hours(48)}}}
	terms := make([]breach.Terms, 100000)
	for i := range terms {
		terms[i] = variants[i%len(variants)]
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(breach.AssessAll(terms, inc, d)) != len(terms) {
			b.Fatal("notices lost")
		}
	}
}

// hundredK returns 100 000 terms cycling through four kinds of deadline.
func hundredK() []breach.Terms {
	variants := []breach.Terms{nortelecom10, {}, {Deadline: breach.Deadline{Period: obligation.Unquantified(obligation.Immediately), Clock: breach.Suspicion}},
		{Deadline: breach.Deadline{Period: obligation.Hours(48)}}}
	terms := make([]breach.Terms, 100000)
	for i := range terms {
		terms[i] = variants[i%len(variants)]
	}
	return terms
}

// BenchmarkAppendAll100k is AssessAll into a reused buffer: no allocation.
func BenchmarkAppendAll100k(b *testing.B) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	inc.Cause = breach.Known[string]{}
	terms := hundredK()
	dst := make([]breach.Owed, 0, len(terms))
	b.ReportAllocs()
	for b.Loop() {
		if dst = breach.AppendAll(dst[:0], terms, inc, d); len(dst) != len(terms) {
			b.Fatal("notices lost")
		}
	}
}

// BenchmarkAssessLoop100k is the plain loop AssessAll is measured against:
// Assess for every agreement, the processor's deadline kept, no order.
func BenchmarkAssessLoop100k(b *testing.B) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	inc.Cause = breach.Known[string]{}
	terms := hundredK()
	dst := make([]breach.ProcessorDeadline, len(terms))
	b.ReportAllocs()
	for b.Loop() {
		for i := range terms {
			dst[i] = terms[i].Assess(inc, d).Processor
		}
	}
}

func TestAppendAllDoesNotAllocate(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	inc := complete(d)
	terms := hundredK()[:1000]
	dst := breach.AppendAll(nil, terms, inc, d)
	want := breach.AssessAll(terms, inc, d)
	if diff := cmp.Diff(want, dst); diff != "" {
		t.Fatalf("AppendAll differs from AssessAll (-want +got):\n%s", diff)
	}
	if n := testing.AllocsPerRun(10, func() { dst = breach.AppendAll(dst[:0], terms, inc, d) }); n != 0 {
		t.Errorf("AppendAll into a buffer allocates %v times", n)
	}
}

func BenchmarkNotice(b *testing.B) {
	d := at(2026, time.May, 16, 22, 40)
	a := nortelecom10.Assess(complete(d), d)
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Notice(language.English)
	}
}

func TestDayPeriodUsesCalendar(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	terms := breach.Terms{Deadline: breach.Deadline{Period: obligation.Days(1)}}
	a := terms.Assess(breach.Incident{Discovered: d}, d)
	// Regulation 1182/71: the day of the event is not counted (Art. 3(1)),
	// so the one day is Sunday 17 May, a Sunday and a public holiday; the
	// period ends at the end of the next working day, Monday 18 May
	// (Art. 3(4)). Hours, unlike days, would not move.
	want := time.Date(2026, time.May, 18, 23, 59, 59, 999999999, oslo)
	if !a.Processor.Due.Equal(want) {
		t.Errorf("due %v, want %v", a.Processor.Due, want)
	}
}

func TestRulesThroughAgenda(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	terms := nortelecom10
	terms.Assistance = breach.Commitment{Provision: obligation.At("10.6"), OnRequest: true}
	duties, err := obligation.Agenda(terms.Rules(), obligation.Event{Kind: obligation.BreachDiscovered, At: d}, obligation.Norway())
	if err != nil {
		t.Fatal(err)
	}
	var notify obligation.Duty
	for _, du := range duties {
		if du.Action == obligation.Notify {
			notify = du
		}
	}
	// 10.1: the bound ends 24 hours after discovery, as Assess finds.
	if want := at(2026, time.May, 17, 22, 40); !notify.Due.At.Equal(want) || notify.Clause != "10.1" {
		t.Errorf("agenda notice due %v clause %q, want %v, 10.1", notify.Due.At, notify.Clause, want)
	}
	if len(duties) != 2 {
		t.Errorf("%d duties, want notify and assist", len(duties))
	}
	inc := complete(d)
	inc.Risk = breach.High
	var got []string
	for _, du := range terms.Assess(inc, d).Agenda() {
		got = append(got, du.Debtor.String()+" "+du.Action.String()+" "+du.Creditor.String()+" "+du.Note)
	}
	// obligation.SortDuties: due at once with no instant first (Art. 34(1),
	// without undue delay), then by instant (the 24-hour bound, then the
	// 72 hours), then duties with no period (assistance on request).
	want := []string{
		"controller notify data-subject GDPR art. 34(1)",
		"processor notify controller GDPR art. 33(2)",
		"controller notify authority GDPR art. 33(1)",
		"processor assist controller GDPR art. 28(3)(f)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agenda mismatch (-want +got):\n%s", diff)
	}
}

func TestDeviation(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	wide := nortelecom10
	wide.Scope = breach.Scope{Provision: obligation.At("2.4"), Wide: true}
	a := wide.Assess(breach.Incident{Class: breach.Deviation, Discovered: d}, d)
	// A deviation that is no personal data breach is owed only by the
	// contract: its own list, not Art. 33(3), and no Art. 33 or 34 duty.
	want := breach.ItemsOf(breach.Nature, breach.Measures, breach.SubjectCategories, breach.SubjectCount,
		breach.RecordCount, breach.Consequences)
	if !a.Processor.Owed || a.Required != want || a.Processor.Article != "" || a.Authority.Owed {
		t.Errorf("owed %v required %v article %q authority %v; want owed, %v, no article, no authority notice",
			a.Processor.Owed, a.Required, a.Processor.Article, a.Authority.Owed, want)
	}
	n := a.Notice(language.English)
	if strings.Contains(n, "33(3)") || !strings.HasPrefix(n, "Notice of a deviation") {
		t.Errorf("deviation notice cites Art. 33(3) or has the wrong title:\n%s", n)
	}
}

// enumValue is what every enumeration of the package offers.
type enumValue interface {
	String() string
	Label(language.Tag) string
	MarshalText() ([]byte, error)
}

// roundTrip checks every value of one enumeration: a distinct identifier
// that decodes back to the value, Norwegian and English labels, and strict
// decoding of unknown text.
func roundTrip[T interface {
	~uint8
	enumValue
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, n int) {
	t.Helper()
	seen := map[string]bool{}
	for i := 1; i <= n; i++ {
		v := T(i)
		b, err := v.MarshalText()
		if err != nil || len(b) == 0 || seen[string(b)] {
			t.Errorf("%T(%d): MarshalText %q, %v", v, i, b, err)
			continue
		}
		seen[string(b)] = true
		var back T
		if err := P(&back).UnmarshalText(b); err != nil || back != v {
			t.Errorf("%T(%d): %q decodes to %v, %v", v, i, b, back, err)
		}
		if v.String() != string(b) || v.Label(language.Make("nb")) == "" || v.Label(language.English) == "" {
			t.Errorf("%T(%d): String %q, labels %q %q", v, i, v.String(), v.Label(language.Make("nb")), v.Label(language.English))
		}
	}
	var x T
	if err := P(&x).UnmarshalText([]byte("no-such-value")); err == nil {
		t.Errorf("%T: unknown text accepted", x)
	}
	if _, err := T(n + 1).MarshalText(); err == nil {
		t.Errorf("%T(%d): invalid value marshalled", x, n+1)
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	roundTrip[breach.Trigger](t, 3)
	roundTrip[breach.Medium](t, 8) // the one vocabulary of channels
	roundTrip[breach.Recipient](t, 2)
	roundTrip[breach.Permission](t, 2)
	roundTrip[breach.Class](t, 2)
	roundTrip[breach.Risk](t, 3)
	roundTrip[breach.Source](t, 2)
	roundTrip[breach.Verdict](t, 5)
	roundTrip[breach.Basis](t, 2)
	roundTrip[breach.Decision](t, 5)
	roundTrip[breach.Action](t, 8)
	roundTrip[breach.Item](t, 11)
}

func TestSetsJSON(t *testing.T) {
	var s breach.Items
	if err := json.Unmarshal([]byte(`["measures","nature"]`), &s); err != nil || s != breach.ItemsOf(breach.Nature, breach.Measures) {
		t.Errorf("Items: %v %v", s, err)
	}
	if b, _ := json.Marshal(s); string(b) != `["nature","measures"]` {
		t.Errorf("Items JSON %s", b)
	}
	var e breach.Effects
	for _, bad := range []string{`["secrecy"]`, `["integrity","integrity"]`, `"integrity"`} {
		if err := json.Unmarshal([]byte(bad), &e); err == nil {
			t.Errorf("Effects accepted %s", bad)
		}
	}
	if err := json.Unmarshal([]byte(`["availability","integrity"]`), &e); err != nil || !e.Has(breach.Integrity|breach.Availability) || e.Has(breach.Confidentiality) {
		t.Errorf("Effects %v %v", e, err)
	}
	if e.String() != "integrity+availability" || e.Label(language.Make("nb")) != "integritet, tilgjengelighet" {
		t.Errorf("Effects text %q %q", e.String(), e.Label(language.Make("nb")))
	}
	if _, err := json.Marshal(breach.Items(1)); err == nil {
		t.Error("invalid Items marshalled")
	}
}

func TestAssessmentEqual(t *testing.T) {
	d := at(2026, time.May, 16, 22, 40)
	a := nortelecom10.Assess(complete(d), d)
	b := nortelecom10.Assess(complete(d.UTC()), d.UTC())
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("the same instant in UTC assesses differently (-want +got):\n%s", diff)
	}
	if c := (breach.Terms{}).Assess(complete(d), d); cmp.Equal(a, c) {
		t.Error("assessments under different terms compare equal")
	}
}
