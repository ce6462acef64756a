package subprocessor_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/subprocessor"
)

func TestParseLocationForms(t *testing.T) {
	tests := []struct {
		in   string
		want subprocessor.Location
		text string // the text form it prints as, when not in
	}{
		{in: "NO", want: subprocessor.In("NO")},
		{in: "unknown", want: subprocessor.Location{}},
		{in: "third-country", want: subprocessor.Unnamed},
		{in: "eu", want: subprocessor.Location{Region: subprocessor.EU}},
		{in: "eea", want: subprocessor.Location{Region: subprocessor.EEA}},
		{in: "eu-eea", want: subprocessor.Location{Region: subprocessor.EUEEA}},
		{in: "eea-adequate", want: subprocessor.Location{Region: subprocessor.EEAAdequate}},
		{in: "global", want: subprocessor.Location{Region: subprocessor.Global}},
		{in: "CA+US", want: subprocessor.AnyOf("US", "CA")},
		{in: "US+CA+US", want: subprocessor.Location{Countries: "CA+US"}, text: "CA+US"},
	}
	for _, tt := range tests {
		got, err := subprocessor.ParseLocation(tt.in)
		if err != nil {
			t.Errorf("ParseLocation(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseLocation(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
		text := tt.text
		if text == "" {
			text = tt.in
		}
		if got.String() != text {
			t.Errorf("%q prints as %q, want %q", tt.in, got, text)
		}
		if err := got.Validate(); err != nil {
			t.Errorf("%q: Validate: %v", tt.in, err)
		}
	}
	for _, bad := range []string{"EU", "EEA", "UK", "no", "US+", "US+UK", "US+US", "Global", ""} {
		if l, err := subprocessor.ParseLocation(bad); err == nil {
			t.Errorf("ParseLocation(%q) = %v, want an error", bad, l)
		}
	}
	if _, err := subprocessor.ParseLocation("US+UK"); !errors.Is(err, subprocessor.ErrCountry) {
		t.Errorf("a set with UK: %v, want ErrCountry", err)
	}
	for _, bad := range []subprocessor.Location{
		{Country: "US", Region: subprocessor.EU},
		{Countries: "US+CA"},
		{Countries: "US"},
		{Region: 99},
		{ThirdCountry: true, Countries: "CA+US"},
	} {
		if err := bad.Validate(); err == nil {
			t.Errorf("Validate(%#v) = nil, want an error", bad)
		}
	}
}

// TestLocationJSONKeepsPlainCountries checks that the files written before
// regions and sets existed, with plain country strings, decode as before,
// and that the new forms round-trip.
func TestLocationJSONKeepsPlainCountries(t *testing.T) {
	const old = `{"name":"Lager AS","processing":["NO","third-country","unknown"],"access":["IN"]}`
	var e subprocessor.Entry
	if err := json.Unmarshal([]byte(old), &e); err != nil {
		t.Fatal(err)
	}
	want := subprocessor.Entry{Name: "Lager AS", Processing: []subprocessor.Location{subprocessor.In("NO"), subprocessor.Unnamed, {}},
		Access: []subprocessor.Location{subprocessor.In("IN")}}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	e.Processing = []subprocessor.Location{{Region: subprocessor.EU}, subprocessor.In("US"), subprocessor.AnyOf("US", "CA"), {Region: subprocessor.Global}}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	const wantJSON = `{"name":"Lager AS","processing":["eu","US","CA+US","global"],"access":["IN"]}`
	if string(b) != wantJSON {
		t.Errorf("got %s\nwant %s", b, wantJSON)
	}
	var back subprocessor.Entry
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(e) {
		t.Errorf("round trip: %v, %+v", err, back)
	}
}

func TestLocationLabels(t *testing.T) {
	nb := language.MustParse("nb")
	for _, c := range []struct {
		l      subprocessor.Location
		nb, en string
	}{
		{subprocessor.Location{Region: subprocessor.EUEEA}, "EU/EØS", "EU/EEA"},
		{subprocessor.Location{Region: subprocessor.Global}, "globalt (der leverandøren har virksomhet)", "global (anywhere the provider operates)"},
		{subprocessor.AnyOf("US", "CA"), "Canada / USA", "Canada / United States"},
	} {
		if got := c.l.Label(nb); got != c.nb {
			t.Errorf("%s: nb %q, want %q", c.l, got, c.nb)
		}
		if got := c.l.Label(language.English); got != c.en {
			t.Errorf("%s: en %q, want %q", c.l, got, c.en)
		}
	}
}

func TestMechanismSet(t *testing.T) {
	s := subprocessor.MechanismsOf(subprocessor.SCC2021, subprocessor.PrivacyShield, subprocessor.SCC2021, 0, 200)
	if got, want := s.List(), []subprocessor.Mechanism{subprocessor.PrivacyShield, subprocessor.SCC2021}; !cmp.Equal(got, want) {
		t.Errorf("List = %v, want %v", got, want)
	}
	b, err := s.MarshalText()
	if err != nil || string(b) != "privacy-shield,scc-2021" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	var back subprocessor.MechanismSet
	if err := back.UnmarshalText(b); err != nil || back != s {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
	if err := back.UnmarshalText([]byte("scc-2021,,")); err == nil {
		t.Error("an empty identifier was accepted")
	}
	if got := s.Label(language.MustParse("nb")); got != "EU-US Privacy Shield, standardavtaler (2021/914)" {
		t.Errorf("Label(nb) = %q", got)
	}
}

// TestTableShowsPlacesAndBases: the register's table names regions, sets
// and bases with their particulars, in Bokmål and English.
func TestTableShowsPlacesAndBases(t *testing.T) {
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "OpenAI", Reach: subprocessor.PersonalData, Processing: []subprocessor.Location{subprocessor.In("US")},
			Access: []subprocessor.Location{subprocessor.AnyOf("US", "IN")},
			Bases: []subprocessor.Basis{{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.Certified},
				{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3}}},
		{Name: "Binero", Reach: subprocessor.PersonalData, Processing: []subprocessor.Location{{Region: subprocessor.EUEEA}}},
		{Name: "Cloudflare", Reach: subprocessor.PersonalData, Processing: []subprocessor.Location{{Region: subprocessor.Global}},
			Bases: []subprocessor.Basis{{Mechanism: subprocessor.UKAddendum, Exporter: subprocessor.ExporterUK}}},
	}}
	for _, c := range []struct {
		tag  language.Tag
		want []string
	}{
		{language.MustParse("nb"), []string{"EU/EØS", "globalt (der leverandøren har virksomhet)", "India / USA",
			"EU-US Data Privacy Framework (sertifisert); standardavtaler (2021/914) (modul 3)",
			"britisk tillegg (UK Addendum) til standardavtalene (fra Storbritannia)"}},
		{language.English, []string{"EU/EEA", "global (anywhere the provider operates)", "India / United States",
			"EU-US Data Privacy Framework (certified); standard contractual clauses (2021/914) (Module 3)",
			"UK Addendum to the standard contractual clauses (from the United Kingdom)"}},
	} {
		got := r.Table(c.tag)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s table lacks %q:\n%s", c.tag, w, got)
			}
		}
	}
}

// TestTableMarksOptIn: an entry used only once the controller enables its
// feature says so beside its purpose, or in place of a purpose it lacks.
func TestTableMarksOptIn(t *testing.T) {
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "Google Ireland Limited", Purpose: "LLM capabilities", OptIn: true},
		{Name: "Microsoft Ireland Operations Limited", OptIn: true},
	}}
	en, nb := r.Table(language.English), r.Table(language.MustParse("nb"))
	for _, w := range []string{"LLM capabilities (only if the controller enables it)", "  only if the controller enables it  "} {
		if !strings.Contains(en, w) {
			t.Errorf("English table lacks %q:\n%s", w, en)
		}
	}
	if !strings.Contains(nb, "LLM capabilities (bare om behandlingsansvarlig slår det på)") {
		t.Errorf("Norwegian table:\n%s", nb)
	}
}
