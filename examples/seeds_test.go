package examples_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestSeedsAreValid(t *testing.T) {
	for _, a := range append(examples.All(), examples.StandardClauses()) {
		if err := a.Validate(); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
}

func TestSeedsReturnFreshValues(t *testing.T) {
	a := examples.AssistertSelvhjelp()
	a.Parties[0].Name = "changed"
	if b := examples.AssistertSelvhjelp(); b.Parties[0].Name != "Assistert Selvhjelp AS" {
		t.Errorf("a second call returned %q: the seeds share state", b.Parties[0].Name)
	}
}

// TestSeedsJSON checks each seed against its JSON file and that the JSON
// decodes back to an equal value.
func TestSeedsJSON(t *testing.T) {
	for _, a := range examples.All() {
		t.Run(a.ID, func(t *testing.T) {
			got, err := agreement.Encode(a)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", a.ID+".json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -update to write it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("%s is out of date with the Go value (run go test ./examples -update and review the diff)", path)
			}
			back, err := agreement.Decode(got)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeedCore pins the identity, parties, law, venue and term each text
// states.
func TestSeedCore(t *testing.T) {
	we, as, no, mm, w4 := examples.WeAreMedia(), examples.AssistertSelvhjelp(), examples.Nortelecom(), examples.MailMojo(), examples.We4you()
	tests := []struct {
		name string
		got  any
		want any
	}{
		// "Sist oppdatert: 03.03.2021"
		{"We Are Media updated", we.Updated, obligation.NewDate(2021, 3, 3)},
		// Opening list: "Lov av 14.april 2000 nr. 31 …", "… 18.mai 2001 nr.24 (helseregisterloven)".
		{"We Are Media cites the 2000 Act", citesLaw(we, "LOV-2000-04-14-31"), true},
		{"We Are Media cites its regulation", citesLaw(we, "FOR-2000-12-15-1265"), true},
		{"We Are Media cites the 2001 Health Registers Act", citesLaw(we, "LOV-2001-05-18-24"), true},
		{"We Are Media cites the GDPR", citesLaw(we, "32016R0679"), true},
		{"We Are Media applies successor laws", we.Laws.Successors, true},
		{"We Are Media has no governing law clause", we.GoverningLaw.Status, obligation.Absent},
		{"We Are Media has no term clause", we.Term.Status, obligation.Absent},
		// "Sist oppdatert: 11.05.2020", "gyldige fra 15.03.2020".
		{"Assistert updated", as.Updated, obligation.NewDate(2020, 5, 11)},
		{"Assistert valid from", as.ValidFrom, obligation.NewDate(2020, 3, 15)},
		// "Assistert Selvhjelp AS, org.nr. 998504163"
		{"Assistert org number", as.Parties[0].OrgNumber, "998504163"},
		// "Partene vedtar Kristiansand tingrett som verneting."
		{"Assistert venue", as.GoverningLaw.Venue, "Kristiansand tingrett"},
		{"Assistert law", as.GoverningLaw.Country, "NO"},
		// "innen tretti – 30 – dager" before the courts.
		{"Assistert amicable period", as.GoverningLaw.Amicable, obligation.Days(30)},
		// "med en gjensidig frist på 6 måneder"
		{"Assistert termination notice", as.Termination.Notice, obligation.Months(6)},
		{"Assistert termination by", as.Termination.By, agreement.EitherParty},
		// "avtaleperiode på 12 måneder", "fornyes … automatisk … 12 måneder".
		{"Assistert period", as.Term.Period, obligation.Months(12)},
		{"Assistert renews", as.Term.Renewal.Automatic, true},
		{"Assistert DPA prevails", as.Precedence.OverMain, true},
		{"Assistert cites LOV-2018-06-15-38", citesLaw(as, "LOV-2018-06-15-38"), true},
		// 12.3: only 12.1 and 12.2 prevail; 12.4: not separately terminable; 15.1: main agreement.
		{"Nortelecom precedence", no.Precedence.Only, []obligation.Clause{"12.1", "12.2"}},
		{"Nortelecom coupled", no.Termination.Coupled, true},
		{"Nortelecom governing law elsewhere", no.GoverningLaw.InDocument, "avtalen"}, // 15.1: "angitt i avtalen",
		{"Nortelecom term", no.Term.Basis, agreement.WhileProcessing},
		{"Nortelecom notices by e-mail", no.Notices.Channels, []agreement.Channel{agreement.Written, agreement.Email}},
		// "Versjon 1.0, 24. mai 2018"; 6: "norsk rett. Verneting skal være Oslo tingrett."
		{"MailMojo version", mm.Version, "1.0"},
		{"MailMojo version date", mm.VersionDate, obligation.NewDate(2018, 5, 24)},
		{"MailMojo gives no update date", mm.Updated, obligation.Date{}},
		{"MailMojo venue", mm.GoverningLaw.Venue, "Oslo tingrett"},
		{"MailMojo venue clause", mm.GoverningLaw.Clause, obligation.Clause("6")},
		{"MailMojo cites Directive 95/46/EC", citesLaw(mm, "31995L0046"), true},
		{"We4you has no term", w4.Term.Status, obligation.Absent},
		{"We4you cites no law", len(w4.Laws.Cited), 0},
		{"We4you processor", w4.Parties[0].Name, "We4you AS"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func citesLaw(a agreement.Agreement, id string) bool {
	for _, l := range a.Laws.Cited {
		if l.ID == id {
			return true
		}
	}
	return false
}
