package annex

import (
	"encoding/json/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestItemJSON(t *testing.T) {
	tests := []struct {
		name string
		item Measure
		want string
	}{
		{"identifier only", Measure{Kind: MeasureEventLogging}, `"event-logging"`},
		{"with text", Measure{Kind: MeasureOther, Text: "Logisk separasjon"}, `{"kind":"other","text":"Logisk separasjon"}`},
		{"with clause", Measure{Kind: MeasureTransmission, Clause: "8.1(1)"}, `{"kind":"protection-in-transmission","clause":"8.1(1)"}`},
		{"with both", Measure{Kind: MeasureTransmission, Text: "HTTPS", Clause: "8.1(1)"}, `{"kind":"protection-in-transmission","text":"HTTPS","clause":"8.1(1)"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.item)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Marshal = %s, want %s", got, tt.want)
			}
			var back Measure
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatal(err)
			}
			if back != tt.item {
				t.Errorf("round trip = %+v, want %+v", back, tt.item)
			}
		})
	}
}

func TestItemJSONRejects(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"Event-Logging"`, "unknown MeasureKind"},
		{`""`, "unknown MeasureKind"},
		{`{"kind":"event-logging","note":"x"}`, `unknown object member name "note"`},
		{`{"text":"x"}`, `missing "kind"`},
		{`{"kind":"other","text":1}`, "unmarshal JSON number into Go string"},
		{`{"kind":null}`, `missing "kind"`},
		{`null`, "not null"},
		{`7`, "not a number"},
		{`true`, "not a boolean"},
		{`["other"]`, "not an array"},
	}
	for _, tt := range tests {
		var m Measure
		err := json.Unmarshal([]byte(tt.in), &m)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Unmarshal(%s) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
	if _, err := json.Marshal(Measure{}); err == nil {
		t.Error("an item with an unspecified kind marshals")
	}
}

func TestItemLabelAndString(t *testing.T) {
	o := Purpose{Kind: PurposeOther, Text: "Oppfølging av sluttbrukere"}
	if got := o.Label(nb); got != "Oppfølging av sluttbrukere" {
		t.Errorf("other Label = %q", got)
	}
	if got := (Purpose{Kind: PurposeOther}).Label(en); got != "Other" {
		t.Errorf("other without text Label = %q", got)
	}
	if got := (Purpose{Kind: PurposeCustomerService, Text: "kundeservice"}).Label(nb); got != "Kundeservice" {
		t.Errorf("known Label = %q", got)
	}
	if got := o.String(); got != "other: Oppfølging av sluttbrukere" {
		t.Errorf("String = %q", got)
	}
	if got := (Purpose{Kind: PurposeSwitchboard}).String(); got != "switchboard" {
		t.Errorf("String = %q", got)
	}
	if (SecurityNeed{Kind: NeedIntegrity}).IsOther() || !(DataSubject{Kind: SubjectOther}).IsOther() {
		t.Error("IsOther")
	}
}

func TestListJSONAndEqual(t *testing.T) {
	tests := []struct {
		name string
		list List[DataKind]
		want string
	}{
		{"absent", List[DataKind]{}, `{}`},
		{"blank", BlankAt[DataKind]("1"), `{"status":"blank","clause":"1"}`},
		{"none", NoneAt[DataKind]("2"), `{"status":"none","clause":"2"}`},
		{"stated", ListAt("3", DataCategory{Kind: DataName}, DataCategory{Kind: DataOther, Text: "Instruks"}),
			`{"status":"stated","clause":"3","items":["name",{"kind":"other","text":"Instruks"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.list)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Marshal = %s, want %s", got, tt.want)
			}
			var back List[DataKind]
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.list, back); d != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", d)
			}
		})
	}
	a := List[DataKind]{Status: ListStated, Items: []DataCategory{}}
	if !a.Equal(List[DataKind]{Status: ListStated}) {
		t.Error("nil and empty item slices differ")
	}
	if a.Equal(ListAt("", DataCategory{Kind: DataName})) {
		t.Error("lists of different length are equal")
	}
	if ListAt("", DataCategory{Kind: DataName}).Equal(ListAt("", DataCategory{Kind: DataEmail})) {
		t.Error("lists with different items are equal")
	}
	if !(List[DataKind]{}).IsZero() || BlankAt[DataKind]("").IsZero() {
		t.Error("IsZero")
	}
	if !ListAt("", DataCategory{Kind: DataName}).Has(DataName) || ListAt("", DataCategory{Kind: DataName}).Has(DataEmail) {
		t.Error("Has")
	}
}

func TestItemLabelUsesTag(t *testing.T) {
	if got := (Operation{Kind: OpStorage}).Label(language.MustParse("nn")); got != "Lagring" {
		t.Errorf("Label(nn) = %q", got)
	}
}
