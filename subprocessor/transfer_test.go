package subprocessor_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

func day(s string) obligation.Date { return obligation.MustParseDate(s) }

// TestTransferBoundaries checks every dated change in FACTS.md §3 on the
// day before and on the day of the change.
func TestTransferBoundaries(t *testing.T) {
	us := subprocessor.In("US")
	type safeguard = subprocessor.Basis
	tests := []struct {
		name string
		loc  subprocessor.Location
		s    safeguard
		on   string
		want subprocessor.Outcome // zero: not checked
	}{
		// Safe Harbour: decision of 26 Jul 2000, invalid from CJEU C-362/14, 6 Oct 2015.
		{"Safe Harbour, day before adoption", us, safeguard{Mechanism: subprocessor.SafeHarbour, Certified: subprocessor.Certified}, "2000-07-25", subprocessor.NoBasis},
		{"Safe Harbour, day of adoption", us, safeguard{Mechanism: subprocessor.SafeHarbour, Certified: subprocessor.Certified}, "2000-07-26", subprocessor.BasisFound},
		{"Safe Harbour, day before Schrems I", us, safeguard{Mechanism: subprocessor.SafeHarbour, Certified: subprocessor.Certified}, "2015-10-05", subprocessor.BasisFound},
		{"Safe Harbour, day of Schrems I", us, safeguard{Mechanism: subprocessor.SafeHarbour, Certified: subprocessor.Certified}, "2015-10-06", subprocessor.NoBasis},
		// Privacy Shield: adopted 12 Jul 2016, invalid from C-311/18, 16 Jul 2020.
		{"Privacy Shield, day before adoption", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2016-07-11", subprocessor.NoBasis},
		{"Privacy Shield, day of adoption", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2016-07-12", subprocessor.BasisFound},
		{"Privacy Shield, day before Schrems II", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2020-07-15", subprocessor.BasisFound},
		{"Privacy Shield, day of Schrems II", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2020-07-16", subprocessor.NoBasis},
		// MailMojo 2.8 names Privacy Shield.
		{"MailMojo 2.8 Privacy Shield on 2019-01-01", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "2.8"}, "2019-01-01", subprocessor.BasisFound},
		{"MailMojo 2.8 Privacy Shield on 2021-01-01", us, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "2.8"}, "2021-01-01", subprocessor.NoBasis},
		// DPF: 10 Jul 2023, immediate effect, DPF List only.
		{"DPF, day before", us, safeguard{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.Certified}, "2023-07-09", subprocessor.NoBasis},
		{"DPF, day of", us, safeguard{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.Certified}, "2023-07-10", subprocessor.BasisFound},
		{"US adequacy, certified", us, safeguard{Mechanism: subprocessor.Adequacy, Certified: subprocessor.Certified}, "2023-07-10", subprocessor.BasisFound},
		{"US adequacy, certification not stated", us, safeguard{Mechanism: subprocessor.Adequacy}, "2023-07-10", subprocessor.Undetermined},
		{"DPF, certification not stated", us, safeguard{Mechanism: subprocessor.DataPrivacyFramework}, "2023-07-10", subprocessor.Undetermined},
		{"DPF, recipient not certified", us, safeguard{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.NotCertified}, "2023-07-10", subprocessor.NoBasis},
		{"Privacy Shield, certification not stated", us, safeguard{Mechanism: subprocessor.PrivacyShield}, "2019-01-01", subprocessor.Undetermined},
		{"US, nothing stated, before DPF", us, safeguard{}, "2023-07-09", subprocessor.NoneNamed},
		{"US, nothing stated, after DPF", us, safeguard{}, "2026-11-23", subprocessor.Undetermined},
		{"US, certified, nothing else stated", us, safeguard{Certified: subprocessor.Certified}, "2026-11-23", subprocessor.BasisFound},
		// SCC 2021/914 in force 27 Jun 2021.
		{"SCC 2021/914, day before", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.SCC2021}, "2021-06-26", subprocessor.NoBasis},
		{"SCC 2021/914, day of", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.SCC2021}, "2021-06-27", subprocessor.BasisFound},
		// Old SCCs: new contracts until 27 Sep 2021; older contracts until 27 Dec 2022.
		{"old SCCs, day before repeal", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.LegacySCC}, "2021-09-26", subprocessor.BasisFound},
		{"old SCCs, day of repeal, signing date unknown", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.LegacySCC}, "2021-09-27", subprocessor.Undetermined},
		{"old SCCs signed the day before repeal", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.LegacySCC, Signed: day("2021-09-26")}, "2022-12-26", subprocessor.BasisFound},
		{"old SCCs signed on the day of repeal", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.LegacySCC, Signed: day("2021-09-27")}, "2021-10-01", subprocessor.NoBasis},
		{"old SCCs, day the transition ends", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.LegacySCC, Signed: day("2020-01-01")}, "2022-12-27", subprocessor.NoBasis},
		// United Kingdom: not a third country until the adequacy decision of 28 Jun 2021.
		{"UK, day before adequacy", subprocessor.In("GB"), safeguard{}, "2021-06-27", subprocessor.NoTransfer},
		{"UK, day of adequacy", subprocessor.In("GB"), safeguard{}, "2021-06-28", subprocessor.BasisFound},
		{"UK, day before renewal", subprocessor.In("GB"), safeguard{}, "2025-12-18", subprocessor.BasisFound},
		{"UK, day of renewal", subprocessor.In("GB"), safeguard{}, "2025-12-19", subprocessor.BasisFound},
		{"UK, last day of the renewal", subprocessor.In("GB"), safeguard{}, "2031-12-26", subprocessor.BasisFound},
		{"UK, renewal ended", subprocessor.In("GB"), safeguard{}, "2031-12-27", subprocessor.NoneNamed},
		// EEA.
		{"Norway", subprocessor.In("NO"), safeguard{}, "2026-11-23", subprocessor.NoTransfer},
		{"Liechtenstein", subprocessor.In("LI"), safeguard{}, "2026-11-23", subprocessor.NoTransfer},
		{"Greece", subprocessor.In("GR"), safeguard{}, "2026-11-23", subprocessor.NoTransfer},
		// Other bases.
		{"BCR", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.BindingCorporateRules}, "2026-11-23", subprocessor.BasisFound},
		{"Art. 49", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.Derogation}, "2026-11-23", subprocessor.BasisFound},
		{"India, nothing stated", subprocessor.In("IN"), safeguard{}, "2026-11-23", subprocessor.NoneNamed},
		{"unknown location", subprocessor.Location{}, safeguard{Mechanism: subprocessor.SCC2021}, "2026-11-23", subprocessor.Undetermined},
		{"We Are Media: outside Norway, EU and Switzerland, no mechanism", subprocessor.Unnamed, safeguard{Clause: "Internasjonal dataeksport"}, "2026-11-23", subprocessor.NoneNamed},
		{"unnamed third country, unnamed approved basis", subprocessor.Unnamed, safeguard{Mechanism: subprocessor.UnnamedBasis}, "2026-11-23", subprocessor.Undetermined},
		{"unnamed third country, SCCs", subprocessor.Unnamed, safeguard{Mechanism: subprocessor.SCC2021}, "2026-11-23", subprocessor.BasisFound},
		{"unnamed third country, Privacy Shield", subprocessor.Unnamed, safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2019-01-01", subprocessor.Undetermined},
		{"Privacy Shield outside the US", subprocessor.In("IN"), safeguard{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, "2019-01-01", subprocessor.NoBasis},
		// Sector limits.
		{"Canada, private", subprocessor.In("CA"), safeguard{Sector: subprocessor.Private}, "2026-11-23", subprocessor.BasisFound},
		{"Canada, public", subprocessor.In("CA"), safeguard{Sector: subprocessor.Public}, "2026-11-23", subprocessor.NoneNamed},
		{"Canada, sector not stated", subprocessor.In("CA"), safeguard{}, "2026-11-23", subprocessor.Undetermined},
		{"Japan, private", subprocessor.In("JP"), safeguard{Sector: subprocessor.Private}, "2026-11-23", subprocessor.BasisFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := subprocessor.Transfer(tt.loc, tt.s, day(tt.on))
			if f.Outcome != tt.want {
				t.Errorf("Transfer(%s, %s, %s) = %s (%s), want %s", tt.loc, tt.s.Mechanism, tt.on, f.Outcome, f.Explain(language.English), tt.want)
			}
			if f.Explain(language.English) == "" || f.Explain(norwegian) == "" {
				t.Errorf("empty reason: %q / %q", f.Explain(language.English), f.Explain(norwegian))
			}
			if f.Clause != tt.s.Clause {
				t.Errorf("clause %q, want %q", f.Clause, tt.s.Clause)
			}
		})
	}
}

// TestAdequacyDates checks each adequacy decision of FACTS.md §3.1 on the
// day before and the day of its adoption, for a private recipient with no
// mechanism stated.
func TestAdequacyDates(t *testing.T) {
	for _, c := range []struct{ country, adopted string }{
		{"CH", "2000-07-26"}, {"CA", "2001-12-20"}, {"AR", "2003-06-30"}, {"GG", "2003-11-21"},
		{"IM", "2004-04-28"}, {"JE", "2008-05-08"}, {"FO", "2010-03-05"}, {"AD", "2010-10-19"},
		{"IL", "2011-01-31"}, {"UY", "2012-08-21"}, {"NZ", "2012-12-19"}, {"JP", "2019-01-23"},
		{"KR", "2021-12-17"}, {"BR", "2026-01-26"},
	} {
		s := subprocessor.Basis{Sector: subprocessor.Private}
		if f := subprocessor.Transfer(subprocessor.In(c.country), s, day(c.adopted).AddDays(-1)); f.Outcome != subprocessor.NoneNamed {
			t.Errorf("%s on the day before %s: %s (%s), want none-named", c.country, c.adopted, f.Outcome, f.Explain(language.English))
		}
		if f := subprocessor.Transfer(subprocessor.In(c.country), s, day(c.adopted)); f.Outcome != subprocessor.BasisFound || f.Basis != subprocessor.Adequacy {
			t.Errorf("%s on %s: %s %s (%s), want basis-found by adequacy", c.country, c.adopted, f.Outcome, f.Basis, f.Explain(language.English))
		}
	}
	if f := subprocessor.Transfer(subprocessor.In("BR"), subprocessor.Basis{}, day("2026-11-23")); !f.Judgement {
		t.Errorf("Brazil: want the EEA-lag judgement flag, got %+v", f)
	}
	if f := subprocessor.Transfer(subprocessor.In("GB"), subprocessor.Basis{}, day("2024-01-01")); !strings.Contains(f.Explain(language.English), "immigration") {
		t.Errorf("UK 2021 decision: want the immigration exclusion in the reason, got %q", f.Explain(language.English))
	}
}

func TestRegisterTransfers(t *testing.T) {
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "Lager AS", Reach: subprocessor.PersonalData, Processing: []subprocessor.Location{subprocessor.In("NO")},
			Access:        []subprocessor.Location{subprocessor.In("IN")},
			Subprocessors: []subprocessor.Entry{{Name: "Backup Ltd", Processing: []subprocessor.Location{subprocessor.In("GB")}}}},
		{Name: "Functional Software, Inc.", Reach: subprocessor.AnonymousStatistics, Clause: "Bilag 1"},
		{Name: "Zisson"},
	}}
	got := r.Transfers(day("2026-11-23"))
	type row struct {
		Path    string
		Access  bool
		Outcome subprocessor.Outcome
	}
	var rows []row
	for _, f := range got {
		rows = append(rows, row{f.Path, f.Access, f.Outcome})
	}
	want := []row{
		{"Lager AS", false, subprocessor.NoTransfer},
		{"Lager AS", true, subprocessor.NoneNamed}, // remote access from India is a transfer, and no basis is named
		{"Lager AS > Backup Ltd", false, subprocessor.BasisFound},
		{"Functional Software, Inc.", false, subprocessor.NoTransfer}, // anonymous statistics only
		{"Zisson", false, subprocessor.Undetermined},                  // no location stated
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(got[1].Explain(language.English), "remote access is a transfer") {
		t.Errorf("access finding reason %q", got[1].Explain(language.English))
	}
}

func TestPolicyTransferFindings(t *testing.T) {
	// Assistert Selvhjelp: data in Norway; developers outside the EU with
	// access; "godkjente overføringsgrunnlag" not named.
	tr := subprocessor.Transfers{Provision: obligation.At("Overføring av personopplysninger til utlandet"),
		Locations: []subprocessor.Location{subprocessor.In("NO")}, Access: []subprocessor.Location{subprocessor.Unnamed},
		Mechanisms: []subprocessor.Mechanism{subprocessor.UnnamedBasis}}
	got := tr.Findings(day("2026-11-23"))
	if len(got) != 2 || got[0].Outcome != subprocessor.NoTransfer || got[1].Outcome != subprocessor.Undetermined || !got[1].Access {
		t.Errorf("Assistert Selvhjelp findings: %+v", got)
	}
	if cap(got) != len(got) {
		t.Errorf("the findings were not sized once: capacity %d for %d", cap(got), len(got))
	}
	set := subprocessor.Transfers{Provision: obligation.At("x"), Locations: []subprocessor.Location{subprocessor.AnyOf("US", "CA")}}
	if fs := set.Findings(day("2026-11-23")); len(fs) != 2 || cap(fs) != 2 {
		t.Errorf("a set of two countries: %d findings (capacity %d), want one per country", len(fs), cap(fs))
	}
	if len(got) == 2 && (!strings.HasPrefix(got[1].Explain(language.English), "remote access is a transfer, and ") || !strings.HasPrefix(got[1].Explain(norwegian), "fjerntilgang er overføring, og ")) {
		t.Errorf("access finding reasons %q / %q", got[1].Explain(language.English), got[1].Explain(norwegian))
	}
	// MailMojo 2.8: transfers «må … skje i henhold til EUs Privacy Shield
	// Framework, EUs standardavtaler … eller annet akseptert og spesifikt
	// angitt grunnlag». It names Privacy Shield as a framework processing
	// must follow, without stating that any recipient is certified, so
	// Privacy Shield does not settle a US transfer on 2019-01-01. It names
	// the standard clauses too, but only by name: no module, no signing
	// date, no clauses attached, so nothing shows they were concluded for
	// the recipient, and a clause that requires or permits standard clauses
	// is not a basis found. On 2021-01-01, after Schrems II (16 July 2020)
	// and before 2021/914 applied (27 June 2021), the same.
	mm := subprocessor.Transfers{Provision: obligation.At("2.8"), Locations: []subprocessor.Location{subprocessor.In("US")},
		Mechanisms: []subprocessor.Mechanism{subprocessor.PrivacyShield, subprocessor.LegacySCC, subprocessor.SCC2021, subprocessor.UnnamedBasis}}
	if f := mm.Findings(day("2019-01-01"))[0]; f.Outcome != subprocessor.Undetermined || f.Basis != 0 ||
		len(f.Bases) != 4 || f.Bases[0].Status != subprocessor.Unsettled || f.Bases[1].Status != subprocessor.Unsettled {
		t.Errorf("MailMojo 2019: %+v", f)
	}
	if f := mm.Findings(day("2021-01-01"))[0]; f.Outcome != subprocessor.Undetermined || f.Bases[0].Status != subprocessor.Lapsed ||
		f.Bases[1].Status != subprocessor.Unsettled {
		t.Errorf("MailMojo 2021-01-01: %+v", f)
	}
}

// TestNamedClausesNotConcluded: contractual clauses the general transfer
// terms only name are not a basis found, whichever instrument; the same
// clauses with their particulars (a module, the law of the clauses, a
// signing date), as an agreement that attaches them gives, are; and
// clauses named for the recipient itself are.
func TestNamedClausesNotConcluded(t *testing.T) {
	on := day("2026-11-23")
	us := []subprocessor.Location{subprocessor.In("US")}
	for _, tc := range []struct {
		name string
		t    subprocessor.Transfers
		want subprocessor.Outcome // zero: not checked
		st   subprocessor.Status
	}{
		{"2021/914 by name", subprocessor.Transfers{Locations: us, Mechanisms: []subprocessor.Mechanism{subprocessor.SCC2021}},
			subprocessor.Undetermined, subprocessor.Unsettled},
		{"2021/914 basis without particulars", subprocessor.Transfers{Locations: us, Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021}}},
			subprocessor.Undetermined, subprocessor.Unsettled},
		{"2021/914 Module 2, Irish law", subprocessor.Transfers{Locations: us, Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2, Law: "IE", Forum: "IE"}}},
			subprocessor.BasisFound, subprocessor.Valid},
		{"UK Addendum by name, UK exporter", subprocessor.Transfers{Locations: us, Bases: []subprocessor.Basis{{Mechanism: subprocessor.UKAddendum, Exporter: subprocessor.ExporterUK}, {Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2}}},
			0, subprocessor.Unsettled},
	} {
		fs := tc.t.Findings(on)
		f := fs[len(fs)-1]
		if (tc.want != 0 && f.Outcome != tc.want) || len(f.Bases) == 0 || f.Bases[0].Status != tc.st {
			t.Errorf("%s: %+v", tc.name, f)
			continue
		}
		if tc.st == subprocessor.Unsettled && (!strings.Contains(f.Bases[0].Explain(language.English), "conclusion for this recipient is not documented") ||
			!strings.Contains(f.Bases[0].Explain(norwegian), "inngått for denne mottakeren, er ikke dokumentert")) {
			t.Errorf("%s: reasons %q / %q", tc.name, f.Bases[0].Explain(language.English), f.Bases[0].Explain(norwegian))
		}
	}
	// The entry's own basis names the clauses for that recipient.
	e := subprocessor.Entry{Name: "R", Reach: subprocessor.PersonalData, Processing: us, Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021}}}
	if f := (subprocessor.Register{Entries: []subprocessor.Entry{e}}).Transfers(on)[0]; f.Outcome != subprocessor.BasisFound {
		t.Errorf("entry's own clauses: %+v", f)
	}
}

func TestDecisionsIsACopy(t *testing.T) {
	d := subprocessor.Decisions()
	d[0].Country = "XX"
	if subprocessor.Decisions()[0].Country == "XX" {
		t.Error("Decisions shares the table")
	}
}

func TestRegisterTransfersAccessOnly(t *testing.T) {
	// The processing place is not stated, the access place is: both are
	// reported.
	r := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "Utvikler AS", Access: []subprocessor.Location{subprocessor.In("IN")}}}}
	got := r.Transfers(day("2026-11-23"))
	if len(got) != 2 || got[0].Access || got[0].Outcome != subprocessor.Undetermined || !got[1].Access || got[1].Outcome != subprocessor.NoneNamed {
		t.Errorf("%+v", got)
	}
}

func TestDecisionTableWellFormed(t *testing.T) {
	for _, d := range subprocessor.Decisions() {
		if d.Region != 0 {
			if d.Country != "" || d.Exporter == subprocessor.ExporterEEA {
				t.Errorf("%s: a decision for a region is one of the UK's or Switzerland's, without a country", d.Act)
			}
			continue
		}
		if _, err := subprocessor.ParseLocation(d.Country); err != nil {
			t.Errorf("%s: %v", d.Act, err)
		}
		if !d.From.IsZero() && !d.Until.IsZero() && !d.From.Before(d.Until) {
			t.Errorf("%s: from %s is not before until %s", d.Act, d.From, d.Until)
		}
		if d.Note != "" && d.NoteNB == "" {
			t.Errorf("%s: note without its Norwegian text", d.Act)
		}
		if subprocessor.In(d.Country).InEEA() {
			t.Errorf("%s: an adequacy decision for an EEA country", d.Act)
		}
	}
}

var norwegian = language.MustParse("nb")

// TestFindingJSON: the reasons are held as codes and written out on
// demand; the JSON form still carries both texts, and an entry finding its
// path first.
func TestFindingJSON(t *testing.T) {
	r := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "Utvikler AS", Access: []subprocessor.Location{subprocessor.In("IN")}}}}
	got := r.Transfers(day("2026-11-23"))
	b, err := json.Marshal(got[1])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"path":"Utvikler AS","access":true,"outcome":"none-named","location":"IN","exporter":"eea",` +
		`"reason":"remote access is a transfer, and no transfer basis is named and no adequacy decision covers India on 23 November 2026",` +
		`"reasonNb":"fjerntilgang er overføring, og intet overføringsgrunnlag er oppgitt, og ingen tilstrekkelighetsbeslutning dekker India per 23. november 2026","bases":[]}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
}

// TestOnwardTransfers: a subprocessor's own subprocessor receives the data
// onward when the first processes them in a third country: the 2021/914
// clauses (Clause 8.8) govern that disclosure "to a third party located
// outside the European Union (in the same country as the data importer or
// in another third country)". A subprocessor in the EEA, or one whose
// places are not stated, passes nothing onward.
func TestOnwardTransfers(t *testing.T) {
	in := func(c string) []subprocessor.Location { return []subprocessor.Location{subprocessor.In(c)} }
	r := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "US Inc.", Processing: in("US"), Subprocessors: []subprocessor.Entry{
			{Name: "IN Ltd", Processing: in("IN")},   // another third country
			{Name: "US2 Inc.", Processing: in("US")}, // the importer's own country
			{Name: "ES SL", Processing: in("ES")},    // back in the EEA: no transfer
		}},
		{Name: "NO AS", Processing: in("NO"), Subprocessors: []subprocessor.Entry{
			{Name: "IN2 Ltd", Processing: in("IN")}, // a direct transfer from the EEA
		}},
		{Name: "Somewhere Ltd", Subprocessors: []subprocessor.Entry{
			{Name: "IN3 Ltd", Processing: in("IN")}, // the importer's place is not stated
		}},
	}}
	want := map[string]bool{"US Inc. > IN Ltd": true, "US Inc. > US2 Inc.": true}
	n := 0
	for _, f := range r.Transfers(day("2026-11-23")) {
		if f.Onward != want[f.Path] {
			t.Errorf("%s: onward %v, want %v", f.Path, f.Onward, want[f.Path])
		}
		en, nb := f.Explain(language.English), f.Explain(norwegian)
		if f.Onward != strings.HasPrefix(en, "onward transfer by a subprocessor in a third country (Clause 8.8 of the 2021/914 clauses): ") ||
			f.Onward != strings.HasPrefix(nb, "videreoverføring fra en underdatabehandler i tredjeland (klausul 8.8") {
			t.Errorf("%s: reasons %q / %q", f.Path, en, nb)
		}
		if f.Onward {
			n++
			if b, err := json.Marshal(f); err != nil || !strings.Contains(string(b), `"onward":true`) {
				t.Errorf("%s: JSON %s (%v)", f.Path, b, err)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d onward findings, want 2", n)
	}
}
