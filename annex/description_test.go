package annex

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProcessesChildren(t *testing.T) {
	tests := []struct {
		name   string
		d      Description
		want   Answer
		reason string
	}{
		{"silent", Description{}, Unstated, "no list, no statement"},
		{"children listed", Description{DataSubjects: ListAt("", DataSubject{Kind: SubjectChildren})}, Yes, ""},
		{"under 18 listed", Description{DataSubjects: ListAt("Vedlegg 3.3 §1.2", DataSubject{Kind: SubjectPersonsOver18}, DataSubject{Kind: SubjectPersonsUnder18})}, Yes,
			"persons under 18 are children in Norwegian law"},
		{"adults only", Description{DataSubjects: ListAt("", DataSubject{Kind: SubjectEmployees})}, Unstated,
			"a list without children is not an explicit no"},
		{"explicit no", Description{Children: Flag{Answer: No, Clause: "4"}}, No, ""},
		{"explicit yes", Description{Children: Flag{Answer: Yes, Clause: "4"}}, Yes, ""},
	}
	for _, tt := range tests {
		if got := tt.d.ProcessesChildren(); got != tt.want {
			t.Errorf("%s: ProcessesChildren() = %v, want %v %s", tt.name, got, tt.want, tt.reason)
		}
	}
}

func TestProcessesSpecialCategories(t *testing.T) {
	tests := []struct {
		name string
		list List[SpecialKind]
		want Answer
	}{
		{"absent", List[SpecialKind]{}, Unstated},
		{"blank", BlankAt[SpecialKind]("1"), Unstated},
		{"none", NoneAt[SpecialKind]("Vedlegg 3.3 §2.1"), No},
		{"health", ListAt("Vedlegg 1", SpecialCategory{Kind: SpecialHealth}), Yes},
		{"Art. 10 only", ListAt("x", SpecialCategory{Kind: SpecialOffences}), Yes},
	}
	for _, tt := range tests {
		if got := (Description{SpecialCategories: tt.list}).ProcessesSpecialCategories(); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

type problem struct{ Path, Message string }

func check(d Description) []problem {
	var ps []problem
	d.Check(func(p, m string) { ps = append(ps, problem{p, m}) })
	return ps
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		d    Description
		want []problem
	}{
		{"zero is valid", Description{}, nil},
		{"well formed", Description{
			Purposes:          ListAt("1", Purpose{Kind: PurposeOther, Text: "x"}),
			SpecialCategories: NoneAt[SpecialKind]("2"),
			DataCategories:    BlankAt[DataKind]("3"),
			SecurityMeasures:  ListAt("4", Measure{Kind: MeasureEventLogging, Text: "a"}, Measure{Kind: MeasureEventLogging, Text: "b"}),
			Nature:            Statement{Text: "t", Clause: "5"},
		}, nil},
		{"other without text", Description{Purposes: ListAt("1", Purpose{Kind: PurposeOther, Text: " \n"})},
			[]problem{{"purposes.items[0].text", `an "other" item needs its text`}}},
		{"unknown and unspecified kinds", Description{Operations: ListAt("1", Operation{}, Operation{Kind: 99})},
			[]problem{{"operations.items[0].kind", "the kind is unspecified"}, {"operations.items[1].kind", "unknown OperationKind 99"}}},
		{"duplicate", Description{DataSubjects: ListAt("1", DataSubject{Kind: SubjectCallers}, DataSubject{Kind: SubjectEmployees}, DataSubject{Kind: SubjectCallers})},
			[]problem{{"dataSubjects.items[2]", "duplicates items[0]"}}},
		{"stated without items", Description{SecurityNeeds: List[NeedKind]{Status: ListStated, Clause: "1"}},
			[]problem{{"securityNeeds.items", "a stated list needs at least one item (use status none or blank for a list without items)"}}},
		{"none with items", Description{SpecialCategories: List[SpecialKind]{Status: ListNone, Items: []SpecialCategory{{Kind: SpecialHealth}}}},
			[]problem{{"specialCategories.items", "a list with status none cannot hold items"}}},
		{"absent with clause", Description{DataCategories: List[DataKind]{Clause: "1"}},
			[]problem{{"dataCategories.clause", "an absent list cites no clause"}}},
		{"unknown status", Description{Purposes: List[PurposeKind]{Status: 7}},
			[]problem{{"purposes.status", "unknown list status 7"}}},
		{"children contradiction", Description{
			DataSubjects: ListAt("1.2", DataSubject{Kind: SubjectPersonsUnder18}),
			Children:     Flag{Answer: No, Clause: "4"},
		}, []problem{{"children.answer", "says no children's data are processed, but dataSubjects.items[0] is persons-under-18"}}},
		{"unknown answer", Description{Children: Flag{Answer: 5}},
			[]problem{{"children.answer", "unknown answer Answer(5)"}}},
		{"statement without text", Description{Duration: Statement{Clause: "12.1"}},
			[]problem{{"duration.text", "a statement citing a clause needs its text"}}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, check(tt.d)); d != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, d)
		}
	}
	Description{}.Check(nil) // must not panic
}

func TestCheckNoAllocs(t *testing.T) {
	d := sample()
	report := func(string, string) { t.Error("the sample has a problem") }
	if n := testing.AllocsPerRun(50, func() { d.Check(report) }); n != 0 {
		t.Errorf("Check of a well-formed description allocates %v times", n)
	}
}

func TestDescriptionIsZero(t *testing.T) {
	if !(Description{}).IsZero() || !(Description{Purposes: List[PurposeKind]{Items: []Purpose{}}}).IsZero() {
		t.Error("an empty description is not zero")
	}
	for _, d := range []Description{
		{Duration: Statement{Text: "x"}},
		{Children: Flag{Answer: No}},
		{SecurityMeasures: BlankAt[MeasureKind]("2.3.2")},
	} {
		if d.IsZero() {
			t.Errorf("%+v is zero", d)
		}
	}
}
