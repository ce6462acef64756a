package subprocessor_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

func TestParseLocation(t *testing.T) {
	for _, s := range []string{"NO", "US", "GB", "GR", "CA", "unknown", "third-country"} {
		l, err := subprocessor.ParseLocation(s)
		if err != nil {
			t.Errorf("ParseLocation(%q): %v", s, err)
			continue
		}
		if l.String() != s {
			t.Errorf("ParseLocation(%q).String() = %q", s, l.String())
		}
	}
	tests := []struct{ in, reason string }{
		{"UK", "exceptionally reserved; the code is GB"},
		{"EU", "exceptionally reserved, not a country"},
		{"EL", "the EU's code for Greece, not ISO 3166-1"},
		{"no", "lower case"},
		{"XK", "user-assigned (Kosovo)"},
		{"ZZ", "user-assigned"},
		{"SU", "withdrawn (Soviet Union)"},
		{"DD", "withdrawn (East Germany)"},
		{"AC", "exceptionally reserved (Ascension Island)"},
		{"USA", "alpha-3"},
		{"", "empty"},
		{"Norge", "a name"},
	}
	for _, tt := range tests {
		if _, err := subprocessor.ParseLocation(tt.in); !errors.Is(err, subprocessor.ErrCountry) {
			t.Errorf("ParseLocation(%q) = %v, want ErrCountry (%s)", tt.in, err, tt.reason)
		}
	}
}

func TestCountryTableSize(t *testing.T) {
	// ISO 3166-1 assigns 249 alpha-2 codes.
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if _, err := subprocessor.ParseLocation(string([]rune{a, b})); err == nil {
				n++
			}
		}
	}
	if n != 249 {
		t.Errorf("%d codes accepted, want the 249 of ISO 3166-1", n)
	}
}

func TestLocationLabel(t *testing.T) {
	nb, en := language.MustParse("nb"), language.English
	for _, tt := range []struct {
		l      subprocessor.Location
		nb, en string
	}{
		{subprocessor.In("US"), "USA", "United States"},
		{subprocessor.In("NO"), "Norge", "Norway"},
		{subprocessor.In("CH"), "Sveits", "Switzerland"},
		{subprocessor.Location{}, "ukjent", "unknown"},
		{subprocessor.Unnamed, "tredjeland (ikke navngitt)", "third country (not named)"},
	} {
		if got := tt.l.Label(nb); got != tt.nb {
			t.Errorf("%s nb: %q, want %q", tt.l, got, tt.nb)
		}
		if got := tt.l.Label(en); got != tt.en {
			t.Errorf("%s en: %q, want %q", tt.l, got, tt.en)
		}
	}
}

func TestEnumsText(t *testing.T) {
	type textual interface {
		MarshalText() ([]byte, error)
		String() string
	}
	vals := []textual{subprocessor.Listed, subprocessor.Referenced, subprocessor.NoneUsed, subprocessor.PersonalData,
		subprocessor.AnonymousStatistics, subprocessor.PrivacyShield, subprocessor.SCC2021, subprocessor.UnnamedBasis,
		subprocessor.Private, subprocessor.Specific, subprocessor.General, subprocessor.UpdatedList, subprocessor.FromNotice,
		subprocessor.ProcessorChooses, subprocessor.ExcludeController, subprocessor.AffectedService, subprocessor.ProRata,
		subprocessor.Widen, subprocessor.Undetermined}
	for _, v := range vals {
		b, err := v.MarshalText()
		if err != nil || string(b) != v.String() {
			t.Errorf("%T %v: MarshalText = %q, %v", v, v, b, err)
		}
	}
	var m subprocessor.Mechanism
	if err := m.UnmarshalText([]byte("privacy-shield")); err != nil || m != subprocessor.PrivacyShield {
		t.Errorf("UnmarshalText privacy-shield: %v %v", m, err)
	}
	if err := m.UnmarshalText([]byte("Privacy Shield")); err == nil {
		t.Error("UnmarshalText accepted a label")
	}
	if _, err := subprocessor.Mechanism(99).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid mechanism: want an error")
	}
	if got := subprocessor.Mechanism(99).String(); got != "Mechanism(99)" {
		t.Errorf("String of invalid: %q", got)
	}
	if got := subprocessor.NoRefund.Label(language.MustParse("nb")); got != "ingen refusjon" {
		t.Errorf("nb label %q", got)
	}
	if got := subprocessor.NoRefund.Label(language.English); got != "no refund" {
		t.Errorf("en label %q", got)
	}
	var o subprocessor.Option
	if err := o.UnmarshalText(nil); err == nil {
		t.Error("empty option accepted")
	}
}

func TestValidate(t *testing.T) {
	r := subprocessor.Register{Source: subprocessor.NoneUsed, Entries: []subprocessor.Entry{
		{Name: "A", Processing: []subprocessor.Location{{Country: "UK"}}},
		{Reach: subprocessor.AnonymousStatistics, Categories: []string{"navn"},
			Subprocessors: []subprocessor.Entry{{Name: "B", Access: []subprocessor.Location{{Country: "US", ThirdCountry: true}}}}},
	}}
	err := r.Validate()
	var ve *subprocessor.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate: %v, want a *ValidationError", err)
	}
	var paths []string
	for _, p := range ve.Problems {
		paths = append(paths, p.Path)
	}
	want := []string{"entries", "entries[0].processing[0]", "entries[1].name", "entries[1].categories", "entries[1].subprocessors[0].access[0]"}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("problem paths mismatch (-want +got):\n%s\n%v", diff, err)
	}
	if err := (subprocessor.Register{Source: subprocessor.Referenced}).Validate(); err == nil {
		t.Error("a referenced list without its reference: want a problem")
	}
	p := subprocessor.Policy{
		Objection: subprocessor.Objection{Provision: obligation.NoneAt("7"), Justified: true},
		Remedy:    subprocessor.Remedy{Options: []subprocessor.Option{subprocessor.StopUsing}},
		Notice:    subprocessor.Notice{Period: obligation.Period{Kind: obligation.Within, N: 0, Unit: obligation.Day}},
	}
	if err := p.Validate(); !errors.As(err, &ve) || len(ve.Problems) != 3 {
		t.Errorf("policy Validate: %v", err)
	}
}

const mailMojoJSON = `{
  "status": "stated", "clause": "Bilag 1", "source": "listed",
  "entries": [
    {"name": "SendGrid, Inc.", "service": "SendGrid", "reach": "personal-data", "clause": "Bilag 1"},
    {"name": "Functional Software, Inc.", "service": "Sentry", "reach": "anonymous-statistics", "clause": "Bilag 1",
     "processing": ["unknown", "US"], "bases": [{"mechanism": "data-privacy-framework", "signed": "2021-01-02"}]}
  ]
}`

func TestDecodeRegister(t *testing.T) {
	r, err := subprocessor.DecodeRegister([]byte(mailMojoJSON))
	if err != nil {
		t.Fatal(err)
	}
	want := subprocessor.Register{Provision: obligation.At("Bilag 1"), Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "SendGrid, Inc.", Service: "SendGrid", Reach: subprocessor.PersonalData, Clause: "Bilag 1"},
		{Name: "Functional Software, Inc.", Service: "Sentry", Reach: subprocessor.AnonymousStatistics, Clause: "Bilag 1",
			Processing: []subprocessor.Location{{}, subprocessor.In("US")},
			Bases:      []subprocessor.Basis{{Mechanism: subprocessor.DataPrivacyFramework, Signed: obligation.NewDate(2021, 1, 2)}}},
	}}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := subprocessor.DecodeRegister(b)
	if err != nil || !back.Equal(r) {
		t.Errorf("round trip: %v\n%s", err, b)
	}
	for _, tt := range []struct{ in, path string }{
		{`{"entries":[{"name":"A","processing":["UK"]}]}`, "entries[0].processing[0]"},
		{`{"entries":[{"name":"A","reach":"some"}]}`, "entries[0].reach"},
		{`{"entries":[{"name":"A","country":"NO"}]}`, "entries[0].country"},
	} {
		_, err := subprocessor.DecodeRegister([]byte(tt.in))
		var pe *strictjson.PathError
		if !errors.As(err, &pe) || pe.Path != tt.path {
			t.Errorf("DecodeRegister(%s) = %v, want a PathError at %s", tt.in, err, tt.path)
		}
	}
}

func TestDecodePolicy(t *testing.T) {
	in := `{"authorisation":{"status":"stated","clause":"2.7","kind":"specific"},
	"notice":{"status":"stated","clause":"2.7","period":"P2M"},
	"objection":{"status":"stated","clause":"2.7","period":"P1M","anchor":"notice"},
	"remedy":{"status":"stated","clause":"2.7","effect":"controller-may-terminate","scope":"agreement","termination":"immediately"},
	"refund":{"status":"stated","clause":"2.7","kind":"none"},
	"silence":{"status":"stated","clause":"2.7","accepts":true},
	"flowDown":{"status":"stated","clause":"2.7"}}`
	p, err := subprocessor.DecodePolicy([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := mailMojo()
	want.Announcement = subprocessor.Announcement{}
	want.FlowDown = obligation.At("2.7")
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := subprocessor.DecodePolicy([]byte(`{"notice":{"period":"30 days"}}`)); err == nil {
		t.Error("a period in words: want an error")
	}
}
