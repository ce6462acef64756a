package enum

import (
	"testing"

	"golang.org/x/text/language"
)

// risk is shaped like breach.Risk: the zero value encodes as "" and has no
// labels of its own, and errors name the Go type.
var risk = Table{Prefix: "breach", Type: "Risk", Entries: []Entry{
	{},
	{ID: "unlikely", NB: "lite sannsynlig at det medfører risiko", EN: "unlikely to result in a risk"},
	{ID: "risk", NB: "risiko", EN: "risk"},
	{ID: "high", NB: "høy risiko", EN: "high risk"},
}}

// option is shaped like subprocessor.Option: the zero value is labelled
// "ikke angitt" but cannot be encoded, and errors use a noun.
var option = Table{Prefix: "subprocessor", Type: "Option", Noun: "option", Required: true, Entries: []Entry{
	{NB: "ikke angitt", EN: "not stated"},
	{ID: "stop-using", NB: "avslutte bruken av underleverandøren", EN: "stop using the subprocessor"},
	{ID: "exclude-controller", NB: "ikke bruke den for kundens data", EN: "not use it for this customer's data"},
	{ID: "terminate", NB: "si opp avtalen", EN: "terminate the agreement"},
}}

var (
	nb = language.MustParse("nb")
	nn = language.MustParse("nn-NO")
	en = language.English
)

func TestString(t *testing.T) {
	for _, tt := range []struct {
		name  string
		table *Table
		v     uint8
		want  string
	}{
		{"known value", &risk, 3, "high"},
		{"first value", &option, 1, "stop-using"},
		{"zero has no identifier", &risk, 0, "unset"},
		{"zero with labels still has no identifier", &option, 0, "unset"},
		{"one past the end", &risk, 4, "Risk(4)"},
		{"largest uint8", &option, 255, "Option(255)"},
	} {
		if got := tt.table.String(tt.v); got != tt.want {
			t.Errorf("%s: String(%d) = %q, want %q", tt.name, tt.v, got, tt.want)
		}
	}
}

func TestValid(t *testing.T) {
	for _, tt := range []struct {
		name  string
		table *Table
		v     uint8
		want  bool
	}{
		{"zero means unspecified", &risk, 0, false},
		{"zero is invalid even with labels", &option, 0, false},
		{"first", &risk, 1, true},
		{"last", &risk, 3, true},
		{"one past the end", &risk, 4, false},
		{"empty table", &Table{Type: "T"}, 1, false},
	} {
		if got := tt.table.Valid(tt.v); got != tt.want {
			t.Errorf("%s: Valid(%d) = %v, want %v", tt.name, tt.v, got, tt.want)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tt := range []struct {
		name   string
		table  *Table
		v      uint8
		tag    language.Tag
		want   string
		reason string
	}{
		{"Bokmål", &risk, 3, nb, "høy risiko", ""},
		{"English", &risk, 3, en, "high risk", ""},
		{"Nynorsk reads Bokmål", &risk, 2, nn, "risiko", "the library has Bokmål texts only"},
		{"other language reads English", &risk, 1, language.German, "unlikely to result in a risk", ""},
		{"zero label in Bokmål", &option, 0, nb, "ikke angitt", "Entries[0] has labels"},
		{"zero label in English", &option, 0, en, "not stated", "Entries[0] has labels"},
		{"zero without labels", &risk, 0, nb, "unset", "Entries[0] is empty, so the String fallback"},
		{"invalid value", &option, 9, nb, "Option(9)", "past the end: the String fallback"},
	} {
		if got := tt.table.Label(tt.v, tt.tag); got != tt.want {
			t.Errorf("%s: Label(%d, %s) = %q, want %q %s", tt.name, tt.v, tt.tag, got, tt.want, tt.reason)
		}
	}
}

func TestMarshal(t *testing.T) {
	for _, tt := range []struct {
		name    string
		table   *Table
		v       uint8
		want    string
		wantErr string
	}{
		{"known value", &risk, 1, "unlikely", ""},
		{"zero is the empty text", &risk, 0, "", ""},
		{"invalid value names the type", &risk, 7, "", "breach: invalid Risk 7"},
		{"known value of a required table", &option, 3, "terminate", ""},
		{"zero of a required table", &option, 0, "", "subprocessor: invalid option 0"},
		{"invalid value uses the noun", &option, 4, "", "subprocessor: invalid option 4"},
	} {
		got, err := tt.table.Marshal(tt.v)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr || got != nil {
				t.Errorf("%s: Marshal(%d) = %q, %v; want nil, %q", tt.name, tt.v, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || string(got) != tt.want || got == nil {
			t.Errorf("%s: Marshal(%d) = %q (nil %v), %v; want non-nil %q", tt.name, tt.v, got, got == nil, err, tt.want)
		}
	}
}

func TestUnmarshal(t *testing.T) {
	for _, tt := range []struct {
		name    string
		table   *Table
		text    string
		want    uint8
		wantErr string
	}{
		{"known identifier", &risk, "high", 3, ""},
		{"empty text is zero", &risk, "", 0, ""},
		{"case matters", &risk, "High", 0, `breach: unknown Risk "High" (want one of unlikely, risk, high)`},
		{"no trimming", &risk, "high ", 0, `breach: unknown Risk "high " (want one of unlikely, risk, high)`},
		{"the String fallback is not an identifier", &risk, "unset", 0, `breach: unknown Risk "unset" (want one of unlikely, risk, high)`},
		{"labels are not identifiers", &risk, "høy risiko", 0, `breach: unknown Risk "høy risiko" (want one of unlikely, risk, high)`},
		{"known identifier of a required table", &option, "exclude-controller", 2, ""},
		{"empty text of a required table", &option, "", 0, "subprocessor: empty option (want one of stop-using, exclude-controller, terminate)"},
		{"unknown text uses the noun", &option, "x", 0, `subprocessor: unknown option "x" (want one of stop-using, exclude-controller, terminate)`},
	} {
		got, err := tt.table.Unmarshal([]byte(tt.text))
		if got != tt.want {
			t.Errorf("%s: Unmarshal(%q) = %d, want %d", tt.name, tt.text, got, tt.want)
		}
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: Unmarshal(%q): %v", tt.name, tt.text, err)
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
			t.Errorf("%s: Unmarshal(%q) error %v, want %q", tt.name, tt.text, err, tt.wantErr)
		}
	}
}

type kind uint8

func TestUnmarshalInto(t *testing.T) {
	for _, tt := range []struct {
		name    string
		table   *Table
		text    string
		before  kind
		want    kind
		wantErr bool
		reason  string
	}{
		{"known", &risk, "risk", 1, 2, false, ""},
		{"empty is zero", &risk, "", 2, 0, false, ""},
		{"unknown stores zero", &risk, "x", 2, 0, true, "the value is zero after an unknown text"},
		{"required: unknown stores zero", &option, "x", 2, 0, true, ""},
		{"required: empty leaves the value", &option, "", 2, 2, true, "the empty text is rejected before anything is stored"},
	} {
		v := tt.before
		err := Unmarshal(tt.table, &v, []byte(tt.text))
		if v != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%s: Unmarshal(%q) over %d = %d, %v; want %d, error %v %s", tt.name, tt.text, tt.before, v, err, tt.want, tt.wantErr, tt.reason)
		}
	}
}

func TestNorwegian(t *testing.T) {
	for _, tt := range []struct {
		tag  string
		want bool
	}{
		{"nb", true}, {"nn", true}, {"no", true}, {"nb-NO", true}, {"nn-NO", true}, {"no-NO", true},
		{"nb-SJ", true}, {"nb-Latn-NO", true},
		{"en", false}, {"en-GB", false}, {"da", false}, {"sv", false}, {"se", false}, {"de-NO", false},
	} {
		if got := Norwegian(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Norwegian(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	text := []byte("high")
	var k kind
	for name, f := range map[string]func(){
		"Valid":             func() { _ = risk.Valid(2) },
		"String":            func() { _ = risk.String(3) },
		"Label nb":          func() { _ = risk.Label(3, nb) },
		"Label en":          func() { _ = risk.Label(3, en) },
		"Label zero":        func() { _ = option.Label(0, nn) },
		"Unmarshal":         func() { _, _ = risk.Unmarshal(text) },
		"Unmarshal into":    func() { _ = Unmarshal(&risk, &k, text) },
		"Marshal zero":      func() { _, _ = risk.Marshal(0) },
		"Norwegian nb":      func() { _ = Norwegian(nb) },
		"Norwegian English": func() { _ = Norwegian(en) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}

var (
	sinkString string
	sinkValue  uint8
)

func BenchmarkTable(b *testing.B) {
	text := []byte("high")
	b.Run("String", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = risk.String(3)
		}
	})
	b.Run("Label", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = risk.Label(3, nb)
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkValue, _ = risk.Unmarshal(text)
		}
	})
	b.Run("Norwegian", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if Norwegian(nn) {
				sinkValue++
			}
		}
	})
}

// FuzzTable checks, for both kinds of table, that every valid value
// survives Marshal and Unmarshal, and that any text either decodes to a
// value whose identifier it is or is an error, without panicking.
func FuzzTable(f *testing.F) {
	for _, s := range []string{"", "high", "terminate", "High", "unset", "høy risiko", "\xff", "risk\x00"} {
		f.Add(uint8(3), []byte(s))
	}
	f.Add(uint8(0), []byte("x"))
	f.Add(uint8(255), []byte("unlikely"))
	f.Fuzz(func(t *testing.T, v uint8, text []byte) {
		for _, tab := range []*Table{&risk, &option} {
			b, err := tab.Marshal(v)
			switch {
			case tab.Valid(v):
				if err != nil {
					t.Fatalf("%s: Marshal(%d): %v", tab.Type, v, err)
				}
				back, err := tab.Unmarshal(b)
				if err != nil || back != v {
					t.Fatalf("%s: Unmarshal(Marshal(%d)) = %d, %v", tab.Type, v, back, err)
				}
			case v == 0 && !tab.Required:
				if err != nil || len(b) != 0 {
					t.Fatalf("%s: Marshal(0) = %q, %v; want \"\"", tab.Type, b, err)
				}
			default:
				if err == nil {
					t.Fatalf("%s: Marshal(%d) = %q, want an error", tab.Type, v, b)
				}
			}
			_ = tab.String(v)
			_ = tab.Label(v, nb)
			_ = tab.Label(v, en)

			got, err := tab.Unmarshal(text)
			switch {
			case err != nil:
				if got != 0 {
					t.Fatalf("%s: Unmarshal(%q) = %d with error %v", tab.Type, text, got, err)
				}
			case len(text) == 0:
				if got != 0 || tab.Required {
					t.Fatalf("%s: Unmarshal(\"\") = %d, nil", tab.Type, got)
				}
			default:
				if !tab.Valid(got) || tab.String(got) != string(text) {
					t.Fatalf("%s: Unmarshal(%q) = %d, whose identifier is %q", tab.Type, text, got, tab.String(got))
				}
			}
		}
	})
}
