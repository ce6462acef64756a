package subprocessor_test

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// boundary is one day a dated row of the legal tables changes the answer,
// written out from the sources (FACTS.md, FACTS-2.md and the sources the
// table files name), not read from the tables.
type boundary struct {
	table, key string // "regions" eu/GB, "decisions" eea/US/privacy-shield, "clauses" uk/legacy-scc
	day        string // the first day of the new state
}

// TestRegionBoundaries: region membership on the day before and the day of
// each change.
func TestRegionBoundaries(t *testing.T) {
	law := subprocessor.EmbeddedLaw()
	tests := []struct {
		region  subprocessor.Region
		country string
		day     string
		before  bool // a member on the day before
		after   bool // a member on the day
		why     string
	}{
		{subprocessor.EU, "GB", "2020-02-01", true, false, "the Withdrawal Agreement in force 1 February 2020 (FACTS-2 §1(e): EU-27 from 1.2.2020)"},
		{subprocessor.EEA, "GB", "2020-02-01", true, false, "leaving the EU, the UK left the EEA"},
		{subprocessor.EU, "AT", "1995-01-01", false, true, "Austria acceded on 1 January 1995"},
		{subprocessor.EU, "FI", "1995-01-01", false, true, "Finland acceded on 1 January 1995"},
		{subprocessor.EU, "SE", "1995-01-01", false, true, "Sweden acceded on 1 January 1995"},
		{subprocessor.EU, "CY", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "CZ", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "EE", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "HU", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "LV", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "LT", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "MT", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "PL", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "SK", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "SI", "2004-05-01", false, true, "the 2004 enlargement"},
		{subprocessor.EU, "BG", "2007-01-01", false, true, "Bulgaria acceded on 1 January 2007"},
		{subprocessor.EU, "RO", "2007-01-01", false, true, "Romania acceded on 1 January 2007"},
		{subprocessor.EU, "HR", "2013-07-01", false, true, "EU-28 from 2013-07-01 (FACTS-2 §1(e))"},
		{subprocessor.EEA, "HR", "2013-07-01", false, true, "an EU member state is read as in the EEA from its accession"},
		{subprocessor.EEA, "LI", "1995-05-01", false, true, "the EEA Agreement in force for Liechtenstein on 1 May 1995"},
		{subprocessor.EUEEA, "LI", "1995-05-01", false, true, "EU/EEA is the EEA"},
		{subprocessor.EU, "NO", "2026-01-01", false, false, "Norway is EEA, not EU"},
		{subprocessor.EEA, "NO", "2018-07-20", true, true, "Norway was in the EEA before and after the GDPR applied there"},
		{subprocessor.EEA, "CH", "2026-01-01", false, false, "Switzerland is EFTA, not EEA (FACTS-2 §1(e))"},
		{subprocessor.EEAAdequate, "CH", "2000-07-26", false, true, "the adequacy decision 2000/518/EC"},
		{subprocessor.EEAAdequate, "US", "2023-07-10", false, true, "the DPF decision (EU) 2023/1795, within its scope"},
		{subprocessor.EEAAdequate, "GB", "2021-06-28", false, true, "a former member: not in the EEA from 1 February 2020, an adequacy decision from 28 June 2021"},
		{subprocessor.Global, "IN", "2026-01-01", true, true, "global includes every country"},
	}
	for _, tt := range tests {
		d := obligation.MustParseDate(tt.day)
		if got := law.Member(tt.region, tt.country, d.AddDays(-1)); got != tt.before {
			t.Errorf("%s in %s on the day before %s: %v, want %v (%s)", tt.country, tt.region, tt.day, got, tt.before, tt.why)
		}
		if got := law.Member(tt.region, tt.country, d); got != tt.after {
			t.Errorf("%s in %s on %s: %v, want %v (%s)", tt.country, tt.region, tt.day, got, tt.after, tt.why)
		}
	}
	// Today's EEA: 27 member states and Iceland, Liechtenstein, Norway
	// (FACTS-2 §1(e)), with Greece as GR.
	eu27 := strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
	today := obligation.NewDate(2026, 11, 23)
	n := 0
	for _, m := range law.Regions {
		if m.Group == "eu" && law.Member(subprocessor.EU, m.Country, today) {
			n++
		}
	}
	if n != 27 {
		t.Errorf("%d EU member states on %s, want 27", n, today)
	}
	for _, c := range append(eu27, "IS", "LI", "NO") {
		if !law.InEEA(c, today) {
			t.Errorf("%s not in the EEA on %s", c, today)
		}
	}
}

// TestBridgeBoundaries: for an exporter in the EEA the United Kingdom was
// no third country while an EU member and through the transition and the
// TCA bridging clause, until its adequacy decision of 28 June 2021.
func TestBridgeBoundaries(t *testing.T) {
	gb := subprocessor.In("GB")
	for _, c := range []struct {
		on   string
		want subprocessor.Outcome
	}{
		{"2020-01-31", subprocessor.NoTransfer}, // an EU member state
		{"2020-02-01", subprocessor.NoTransfer}, // the bridge begins
		{"2021-06-27", subprocessor.NoTransfer}, // the bridge's last day
		{"2021-06-28", subprocessor.BasisFound}, // (EU) 2021/1772 applies
	} {
		if f := subprocessor.Transfer(gb, subprocessor.Basis{}, obligation.MustParseDate(c.on)); f.Outcome != c.want {
			t.Errorf("GB on %s: %s (%s), want %s", c.on, f.Outcome, f.Explain(language.English), c.want)
		}
	}
}

// TestUKAndSwissAdequacyForTheEEA: the United Kingdom's and Switzerland's
// own findings for the states of the EEA (and the UK's for Switzerland),
// on the day before and the day of each date. Before 1 January 2021 the
// United Kingdom still applied the EU GDPR (an EU member state until 31
// January 2020, then the transition period), so its transfers to the EEA
// were no transfers to a third country.
func TestUKAndSwissAdequacyForTheEEA(t *testing.T) {
	uk, ch := subprocessor.ExporterUK, subprocessor.ExporterCH
	for _, c := range []struct {
		side subprocessor.Exporter
		to   subprocessor.Location
		on   string
		want subprocessor.Outcome
		act  string // a word of the act the outcome rests on
		why  string
	}{
		{uk, subprocessor.In("ES"), "2020-01-31", subprocessor.NoTransfer, "", "the UK an EU member state"},
		{uk, subprocessor.In("ES"), "2020-02-01", subprocessor.NoTransfer, "", "the transition period: EU law still applied in the UK"},
		{uk, subprocessor.In("ES"), "2020-12-31", subprocessor.NoTransfer, "", "the transition period's last day"},
		{uk, subprocessor.In("ES"), "2021-01-01", subprocessor.BasisFound, "EEA states", "ICO: no new arrangements for transfers from the UK to the EEA"},
		{uk, subprocessor.In("NO"), "2021-01-01", subprocessor.BasisFound, "EEA states", "an EEA EFTA state"},
		{uk, subprocessor.Location{Region: subprocessor.EU}, "2021-01-01", subprocessor.BasisFound, "EEA states", "the EU as a region"},
		{uk, subprocessor.In("CH"), "2021-01-01", subprocessor.BasisFound, "Switzerland", "FDPIC: the UK recognised Switzerland after Brexit"},
		{ch, subprocessor.In("ES"), "2023-09-01", subprocessor.BasisFound, "Annex 1", "bj.admin.ch: Annex 1 DPO from the revised FADP, 1 September 2023"},
		{ch, subprocessor.In("IS"), "2023-09-01", subprocessor.BasisFound, "Annex 1", "Iceland is in Annex 1"},
		{ch, subprocessor.In("US"), "2023-09-01", subprocessor.NoneNamed, "", "the United States is no EEA state"},
	} {
		f := subprocessor.Transfer(c.to, subprocessor.Basis{Exporter: c.side}, obligation.MustParseDate(c.on))
		if f.Outcome != c.want || (c.act != "" && (f.Basis != subprocessor.Adequacy || !strings.Contains(f.Act, c.act))) {
			t.Errorf("%s to %s on %s: %s %s %q (%s), want %s on %q (%s)", c.side, c.to, c.on, f.Outcome, f.Basis, f.Act, f.Explain(language.English), c.want, c.act, c.why)
		}
	}
	// The rows themselves, named as bases, on the day before they apply.
	for _, c := range []struct {
		side   subprocessor.Exporter
		to     string
		from   string
		before subprocessor.Outcome
	}{
		{uk, "ES", "2021-01-01", subprocessor.NoTransfer}, // the transition period
		{uk, "CH", "2021-01-01", subprocessor.NoBasis},    // the UK's finding applies only from 1 January 2021
		{ch, "ES", "2023-09-01", subprocessor.NoBasis},    // Annex 1 applies only from 1 September 2023
		{ch, "LI", "2023-09-01", subprocessor.NoBasis},
	} {
		b := subprocessor.Basis{Mechanism: subprocessor.Adequacy, Exporter: c.side}
		d := obligation.MustParseDate(c.from)
		before := subprocessor.Transfer(subprocessor.In(c.to), b, d.AddDays(-1))
		if before.Outcome != c.before || (c.before == subprocessor.NoBasis && (len(before.Bases) != 1 || before.Bases[0].Status != subprocessor.Insufficient)) {
			t.Errorf("%s adequacy for %s on the day before %s: %s %+v, want %s", c.side, c.to, c.from, before.Outcome, before.Bases, c.before)
		}
		if on := subprocessor.Transfer(subprocessor.In(c.to), b, d); on.Outcome != subprocessor.BasisFound || on.Basis != subprocessor.Adequacy {
			t.Errorf("%s adequacy for %s on %s: %s (%s), want basis-found", c.side, c.to, c.from, on.Outcome, on.Explain(language.English))
		}
	}
	// The EEA side is unchanged: the Commission's decision for the UK.
	if f := subprocessor.Transfer(subprocessor.In("GB"), subprocessor.Basis{}, obligation.MustParseDate("2026-11-28")); f.Outcome != subprocessor.BasisFound || !strings.Contains(f.Act, "renewal") {
		t.Errorf("GB from the EEA on 2026-11-28: %s %q (%s)", f.Outcome, f.Act, f.Explain(language.English))
	}
}

// TestClauseBoundaries: the standard contractual clauses and the UK
// instruments, for each exporter side, on the day before and the day of
// each change.
func TestClauseBoundaries(t *testing.T) {
	in := subprocessor.In("IN")
	us := subprocessor.In("US")
	scc := func(side subprocessor.Exporter) subprocessor.Basis {
		return subprocessor.Basis{Mechanism: subprocessor.SCC2021, Exporter: side, Module: subprocessor.Module3}
	}
	old := func(side subprocessor.Exporter, signed string) subprocessor.Basis {
		b := subprocessor.Basis{Mechanism: subprocessor.LegacySCC, Exporter: side}
		if signed != "" {
			b.Signed = obligation.MustParseDate(signed)
		}
		return b
	}
	uk, ch, eea := subprocessor.ExporterUK, subprocessor.ExporterCH, subprocessor.ExporterEEA
	addendum := subprocessor.Basis{Mechanism: subprocessor.UKAddendum}
	idta := subprocessor.Basis{Mechanism: subprocessor.UKIDTA}
	tests := []struct {
		name          string
		side          subprocessor.Exporter
		loc           subprocessor.Location
		bases         []subprocessor.Basis
		day           string
		before, after subprocessor.Status // of the first basis
		why           string
	}{
		{"EU 2021/914 in force", eea, in, []subprocessor.Basis{scc(0)}, "2021-06-27", subprocessor.Insufficient, subprocessor.Valid, "FACTS §3.2: in force 27 June 2021"},
		{"EU old clauses, no new contracts, date unknown", eea, in, []subprocessor.Basis{old(0, "")}, "2021-09-27", subprocessor.Valid, subprocessor.Unsettled, "FACTS §3.2: old SCCs for new contracts until 27 September 2021"},
		{"EU old clauses signed the day before", eea, in, []subprocessor.Basis{old(0, "2021-09-26")}, "2021-09-27", subprocessor.Valid, subprocessor.Valid, "concluded before 27 September 2021"},
		{"EU old clauses signed on the day", eea, in, []subprocessor.Basis{old(0, "2021-09-27")}, "2021-09-28", subprocessor.Insufficient, subprocessor.Insufficient, "concluded on 27 September 2021, too late"},
		{"EU old clauses lapse", eea, in, []subprocessor.Basis{old(0, "2020-01-01")}, "2022-12-27", subprocessor.Valid, subprocessor.Lapsed, "FACTS §3.2: existing contracts until 27 December 2022"},
		{"UK IDTA in force", uk, us, []subprocessor.Basis{idta}, "2022-03-21", subprocessor.Insufficient, subprocessor.Valid, "FACTS-2 §1(b): in force 21 March 2022"},
		{"UK Addendum in force", uk, us, []subprocessor.Basis{addendum, scc(uk)}, "2022-03-21", subprocessor.Insufficient, subprocessor.Valid, "FACTS-2 §1(b): in force 21 March 2022"},
		{"UK: EU clauses with the Addendum", uk, us, []subprocessor.Basis{scc(uk), addendum}, "2022-03-21", subprocessor.Insufficient, subprocessor.Valid, "FACTS-2 §1(b): the EU SCCs need the UK Addendum"},
		{"UK: EU clauses alone", uk, us, []subprocessor.Basis{scc(uk)}, "2022-03-21", subprocessor.Insufficient, subprocessor.Insufficient, "FACTS-2 §1(b): the EU SCCs alone are not valid for UK transfers"},
		{"UK old clauses, new contracts until 21 Sep 2022", uk, us, []subprocessor.Basis{old(uk, "")}, "2022-09-22", subprocessor.Valid, subprocessor.Unsettled, "FACTS-2 §1(b): contracts concluded on or before 21 September 2022"},
		{"UK old clauses concluded on 21 Sep 2022", uk, us, []subprocessor.Basis{old(uk, "2022-09-21")}, "2022-09-22", subprocessor.Valid, subprocessor.Valid, "concluded on the last day"},
		{"UK old clauses concluded on 22 Sep 2022", uk, us, []subprocessor.Basis{old(uk, "2022-09-22")}, "2022-09-23", subprocessor.Insufficient, subprocessor.Insufficient, "concluded a day too late"},
		{"UK old clauses lapse on 21 March 2024", uk, us, []subprocessor.Basis{old(uk, "2010-06-01")}, "2024-03-21", subprocessor.Valid, subprocessor.Lapsed, "FACTS-2 §1(b): from 21 March 2024 no longer valid"},
		{"Swiss recognition of 2021/914", ch, us, []subprocessor.Basis{scc(ch)}, "2021-08-27", subprocessor.Insufficient, subprocessor.Valid, "FACTS-2 §1(c): FDPIC recognition of 27 August 2021"},
		{"Swiss old clauses, new transfers", ch, us, []subprocessor.Basis{old(ch, "")}, "2021-09-27", subprocessor.Valid, subprocessor.Unsettled, "FACTS-2 §1(c): new SCCs mandatory for new transfers from 27 September 2021"},
		{"Swiss old clauses lapse after 31 Dec 2022", ch, us, []subprocessor.Basis{old(ch, "2019-01-01")}, "2023-01-01", subprocessor.Valid, subprocessor.Lapsed, "FACTS-2 §1(c): usable until 31 December 2022"},
		{"UK instrument for an EEA exporter", eea, us, []subprocessor.Basis{idta}, "2022-03-21", subprocessor.NotApplicable, subprocessor.NotApplicable, "the IDTA is a UK instrument"},
	}
	law := subprocessor.EmbeddedLaw()
	for _, tt := range tests {
		d := obligation.MustParseDate(tt.day)
		for _, c := range []struct {
			on   obligation.Date
			want subprocessor.Status
		}{{d.AddDays(-1), tt.before}, {d, tt.after}} {
			e := subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{tt.loc}, Bases: tt.bases}
			fs := law.AssessEntry(e, subprocessor.Transfers{}, tt.side, c.on)
			if len(fs) != 1 || len(fs[0].Bases) == 0 {
				t.Errorf("%s on %s: %+v", tt.name, c.on, fs)
				continue
			}
			if got := fs[0].Bases[0]; got.Status != c.want {
				t.Errorf("%s on %s: %s (%s), want %s (%s)", tt.name, c.on, got.Status, got.Explain(language.English), c.want, tt.why)
			}
		}
	}
}

// TestFrameworkBoundaries: the UK Extension and the Swiss-US framework, for
// certified recipients, on the day before and the day they took effect.
func TestFrameworkBoundaries(t *testing.T) {
	us := subprocessor.In("US")
	law := subprocessor.EmbeddedLaw()
	for _, c := range []struct {
		side subprocessor.Exporter
		day  string
		why  string
	}{
		{subprocessor.ExporterUK, "2023-10-12", "FACTS-2 §1(b): SI 2023/1028 in force 12 October 2023"},
		{subprocessor.ExporterCH, "2024-09-15", "FACTS-2 §1(c): Swiss-US DPF in force 15 September 2024"},
		{subprocessor.ExporterEEA, "2023-07-10", "FACTS §3.2: (EU) 2023/1795, immediate effect"},
	} {
		b := subprocessor.Basis{Mechanism: subprocessor.DataPrivacyFramework, Exporter: c.side, Certified: subprocessor.Certified}
		d := obligation.MustParseDate(c.day)
		if f := law.Transfer(us, b, d.AddDays(-1)); f.Outcome == subprocessor.BasisFound {
			t.Errorf("%s DPF on the day before %s: %s (%s)", c.side, c.day, f.Outcome, c.why)
		}
		if f := law.Transfer(us, b, d); f.Outcome != subprocessor.BasisFound || f.Basis != subprocessor.DataPrivacyFramework {
			t.Errorf("%s DPF on %s: %s %s (%s), want basis-found (%s)", c.side, c.day, f.Outcome, f.Basis, f.Explain(language.English), c.why)
		}
	}
}

// TestEveryRowBoundaryIsTested checks that each date in the embedded
// tables is one the boundary tests above name, so a row added to the
// files without a test fails here.
func TestEveryRowBoundaryIsTested(t *testing.T) {
	tested := map[string]bool{}
	for _, b := range []boundary{
		{"regions", "eu/GB", "2020-02-01"}, {"regions", "eu/AT", "1995-01-01"}, {"regions", "eu/FI", "1995-01-01"},
		{"regions", "eu/SE", "1995-01-01"}, {"regions", "eu/BG", "2007-01-01"}, {"regions", "eu/RO", "2007-01-01"},
		{"regions", "eu/HR", "2013-07-01"}, {"regions", "eea/LI", "1995-05-01"},
		{"regions", "bridge/GB", "2020-02-01"}, {"regions", "bridge/GB", "2021-06-28"},
		{"clauses", "eea/scc-2021", "2021-06-27"}, {"clauses", "eea/legacy-scc", "2021-09-27"}, {"clauses", "eea/legacy-scc", "2022-12-27"},
		{"clauses", "uk/uk-idta", "2022-03-21"}, {"clauses", "uk/uk-addendum", "2022-03-21"}, {"clauses", "uk/scc-2021", "2022-03-21"},
		{"clauses", "uk/legacy-scc", "2022-09-22"}, {"clauses", "uk/legacy-scc", "2024-03-21"},
		{"clauses", "ch/scc-2021", "2021-08-27"}, {"clauses", "ch/legacy-scc", "2021-09-27"}, {"clauses", "ch/legacy-scc", "2023-01-01"},
		{"decisions", "uk/US/data-privacy-framework", "2023-10-12"}, {"decisions", "ch/US/data-privacy-framework", "2024-09-15"},
		{"decisions", "eea/US/data-privacy-framework", "2023-07-10"},
		{"decisions", "eea/US/safe-harbour", "2000-07-26"}, {"decisions", "eea/US/safe-harbour", "2015-10-06"},
		{"decisions", "eea/US/privacy-shield", "2016-07-12"}, {"decisions", "eea/US/privacy-shield", "2020-07-16"},
		{"decisions", "eea/GB/adequacy", "2021-06-28"}, {"decisions", "eea/GB/adequacy", "2025-12-19"}, {"decisions", "eea/GB/adequacy", "2031-12-27"},
		// TestUKAndSwissAdequacyForTheEEA.
		{"regions", "eu-law/GB", "2020-02-01"}, {"regions", "eu-law/GB", "2021-01-01"},
		{"decisions", "uk/EEA/adequacy", "2021-01-01"}, {"decisions", "uk/CH/adequacy", "2021-01-01"},
		{"decisions", "ch/EEA/adequacy", "2023-09-01"},
	} {
		tested[b.table+" "+b.key+" "+b.day] = true
	}
	for _, c := range []string{"CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI"} {
		tested["regions eu/"+c+" 2004-05-01"] = true
	}
	// TestAdequacyDates (transfer_test.go) checks each adoption date.
	for _, c := range []struct{ country, day string }{
		{"CH", "2000-07-26"}, {"CA", "2001-12-20"}, {"AR", "2003-06-30"}, {"GG", "2003-11-21"},
		{"IM", "2004-04-28"}, {"JE", "2008-05-08"}, {"FO", "2010-03-05"}, {"AD", "2010-10-19"},
		{"IL", "2011-01-31"}, {"UY", "2012-08-21"}, {"NZ", "2012-12-19"}, {"JP", "2019-01-23"},
		{"KR", "2021-12-17"}, {"BR", "2026-01-26"},
	} {
		tested["decisions eea/"+c.country+"/adequacy "+c.day] = true
	}
	law := subprocessor.EmbeddedLaw()
	check := func(key string, ds ...obligation.Date) {
		for _, d := range ds {
			if !d.IsZero() && !tested[key+" "+d.String()] {
				t.Errorf("no boundary test for %s %s", key, d)
			}
		}
	}
	for _, m := range law.Regions {
		check("regions "+m.Group+"/"+m.Country, m.From, m.Until)
	}
	for _, d := range law.Decisions {
		place := d.Country
		if d.Region != 0 {
			place = strings.ToUpper(d.Region.String())
		}
		check("decisions "+d.Exporter.String()+"/"+place+"/"+d.Mechanism.String(), d.From, d.Until)
	}
	for _, in := range law.Instruments {
		check("clauses "+in.Exporter.String()+"/"+in.Mechanism.String(), in.From, in.NewUntil, in.Until)
	}
}

// TestReadLaw reads the tables from a directory, as a user with newer
// facts would, and evaluates against them.
func TestReadLaw(t *testing.T) {
	fsys := os.DirFS(".")
	law, err := subprocessor.ReadLaw(fsys)
	if err != nil {
		t.Fatal(err)
	}
	emb := subprocessor.EmbeddedLaw()
	if len(law.Regions) != len(emb.Regions) || len(law.Decisions) != len(emb.Decisions) || len(law.Instruments) != len(emb.Instruments) {
		t.Errorf("the files read and the embedded tables differ")
	}
	// A newer table: suppose the DPF decision were annulled from a day.
	// The user edits the value, not the module.
	newer := subprocessor.EmbeddedLaw()
	for i, d := range newer.Decisions {
		if d.Mechanism == subprocessor.DataPrivacyFramework && d.Exporter == subprocessor.ExporterEEA {
			newer.Decisions[i].Until = obligation.NewDate(2027, 6, 1)
		}
	}
	b := subprocessor.Basis{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.Certified}
	on := obligation.NewDate(2027, 6, 1)
	if f := newer.Transfer(subprocessor.In("US"), b, on); f.Outcome != subprocessor.NoBasis || f.Bases[0].Status != subprocessor.Lapsed {
		t.Errorf("with the newer table: %s (%s)", f.Outcome, f.Explain(language.English))
	}
	if f := subprocessor.Transfer(subprocessor.In("US"), b, on); f.Outcome != subprocessor.BasisFound {
		t.Errorf("with the embedded table: %s (%s)", f.Outcome, f.Explain(language.English))
	}
	if emb2 := subprocessor.EmbeddedLaw(); emb2.Decisions[len(emb2.Decisions)-1].Until != emb.Decisions[len(emb.Decisions)-1].Until {
		t.Error("editing a copy changed the embedded tables")
	}
}

func TestReadLawErrors(t *testing.T) {
	good := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	files := func(over map[string]string) fstest.MapFS {
		m := fstest.MapFS{}
		for _, n := range []string{"law/regions.tsv", "law/decisions.tsv", "law/clauses.tsv"} {
			m[n] = &fstest.MapFile{Data: good(n)}
		}
		for n, d := range over {
			m[n] = &fstest.MapFile{Data: []byte(d)}
		}
		return m
	}
	const regionsHeader = "region\tcountry\tfrom\tuntil\tsource\n"
	for _, c := range []struct {
		name string
		over map[string]string
		want string
	}{
		{"bad header", map[string]string{"law/regions.tsv": "region\tcountry\n"}, "law/regions.tsv:1: header"},
		{"bad country", map[string]string{"law/regions.tsv": regionsHeader + "eu\tUK\t\t\tx\n"}, "law/regions.tsv:2:"},
		{"dates out of order", map[string]string{"law/regions.tsv": regionsHeader + "eu\tDE\t2020-01-01\t2019-01-01\tx\n"}, "is not after"},
		{"unknown group", map[string]string{"law/regions.tsv": regionsHeader + "efta\tCH\t\t\tx\n"}, "region \"efta\""},
		{"short row", map[string]string{"law/regions.tsv": regionsHeader + "eu\tDE\n"}, "2 cells, want 5"},
		{"no header", map[string]string{"law/clauses.tsv": "# nothing\n"}, "no header line"},
	} {
		_, err := subprocessor.ReadLaw(files(c.over))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
	}
	if _, err := subprocessor.ReadLaw(fstest.MapFS{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing files: %v", err)
	}
}
