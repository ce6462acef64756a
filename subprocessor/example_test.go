package subprocessor_test

import (
	"fmt"
	"os"
	"time"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// The whole flow: a register, a new subprocessor in the United States, the
// change it makes, the notice it owes under MailMojo's clause 2.7, and
// whether the transfer has a basis.
func Example() {
	cal := obligation.Norway()
	oslo := cal.Location()
	old := subprocessor.Register{Source: subprocessor.Listed, Provision: obligation.At("Bilag 1"), Entries: []subprocessor.Entry{
		{Name: "SendGrid, Inc.", Service: "SendGrid", Reach: subprocessor.PersonalData, Clause: "Bilag 1"},
	}}
	new := old
	new.Entries = append([]subprocessor.Entry{}, old.Entries...)
	new.Entries = append(new.Entries, subprocessor.Entry{Name: "Acme Analytics, Inc.", Reach: subprocessor.PersonalData,
		Processing: []subprocessor.Location{subprocessor.In("US")},
		Bases:      []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Clause: "2.8"}}})

	policy := subprocessor.Policy{
		Notice:    subprocessor.Notice{Provision: obligation.At("2.7"), Period: obligation.Months(2)},
		Objection: subprocessor.Objection{Provision: obligation.At("2.7"), Period: obligation.Months(1), Anchor: subprocessor.FromNotice},
		Remedy: subprocessor.Remedy{Provision: obligation.At("2.7"), Effect: subprocessor.ControllerMayTerminate,
			Termination: obligation.Unquantified(obligation.Immediately)},
		Refund:  subprocessor.Refund{Provision: obligation.At("2.7"), Kind: subprocessor.NoRefund},
		Silence: subprocessor.Silence{Provision: obligation.At("2.7"), Accepts: true},
	}
	for _, d := range subprocessor.Diff(old, new) {
		c := subprocessor.Change{Kind: d.Kind, Name: d.Path, Start: time.Date(2026, 3, 1, 0, 0, 0, 0, oslo)}
		a, err := policy.Assess(c, time.Date(2025, 12, 1, 9, 0, 0, 0, oslo), cal)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s: notice by %s (clause %s)\n", d.Kind, d.Path, a.LatestNotice, a.NoticeClause)
		fmt.Printf("objection by %s, then %s, %s\n", a.ObjectionBy.Format(time.DateOnly), a.Remedy.Effect, a.Refund.Kind.Label(language.English))
		for _, l := range d.New.Processing {
			f := subprocessor.Transfer(l, d.New.Bases[0], obligation.NewDate(2026, 3, 1))
			fmt.Printf("transfer to %s: %s (%s)\n", l, f.Outcome, f.Explain(language.English))
		}
	}
	// Output:
	// add Acme Analytics, Inc.: notice by 2025-12-31 (clause 2.7)
	// objection by 2026-01-02, then controller-may-terminate, no refund
	// transfer to US: basis-found (standard contractual clauses (EU) 2021/914 (Art. 46(2)(c)))
}

func ExamplePolicy_Assess() {
	cal := obligation.Norway()
	oslo := cal.Location()
	// Assistert Selvhjelp, "Bruk av underleverandører" ¶3.
	p := subprocessor.Policy{
		Objection: subprocessor.Objection{Provision: obligation.At("Bruk av underleverandører ¶3"), Period: obligation.Days(14),
			Anchor: subprocessor.FromNotice, Justified: true, Written: true},
		Remedy: subprocessor.Remedy{Provision: obligation.At("Bruk av underleverandører ¶3"), Effect: subprocessor.ControllerMayTerminate,
			Scope: subprocessor.WholeAgreement, Termination: obligation.Months(3)},
	}
	notice := time.Date(2026, 3, 3, 12, 0, 0, 0, oslo)
	a, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: notice}, notice, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("objection by:", a.ObjectionBy.Format("2006-01-02 15:04 MST"), "clause", a.ObjectionClause)
	fmt.Println("justified grounds needed:", a.Justified)
	fmt.Println("then:", a.Remedy.Effect.Label(language.English), "with notice", a.Remedy.Termination)
	// Output:
	// objection by: 2026-03-17 23:59 CET clause Bruk av underleverandører ¶3
	// justified grounds needed: true
	// then: controller may terminate with notice P3M
}

func ExampleBatch() {
	cal := obligation.Norway()
	oslo := cal.Location()
	policies := []subprocessor.Policy{
		{Notice: subprocessor.Notice{Provision: obligation.At("Bruk av underleverandører ¶5"), Period: obligation.Days(30)}},
		{Notice: subprocessor.Notice{Provision: obligation.At("2.7"), Period: obligation.Months(2)}},
		{Announcement: subprocessor.Announcement{Provision: obligation.At("7.1")}},
	}
	c := subprocessor.Change{Kind: subprocessor.Add, Start: time.Date(2026, 3, 1, 0, 0, 0, 0, oslo)}
	due, err := subprocessor.Batch(policies, c, time.Date(2025, 12, 1, 9, 0, 0, 0, oslo), cal, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range due {
		fmt.Printf("agreement %d: notice by %q (clause %s)\n", d.Agreement, d.LatestNotice, d.Clause)
	}
	// Output:
	// agreement 1: notice by "2025-12-31" (clause 2.7)
	// agreement 0: notice by "2026-01-29" (clause Bruk av underleverandører ¶5)
	// agreement 2: notice by "" (clause 7.1)
}

func ExampleTransfer() {
	us := subprocessor.In("US")
	ps := subprocessor.Basis{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "2.8"}
	for _, on := range []string{"2019-01-01", "2021-01-01"} {
		f := subprocessor.Transfer(us, ps, obligation.MustParseDate(on))
		fmt.Printf("%s: %s: %s\n", on, f.Outcome, f.Explain(language.English))
	}
	// Output:
	// 2019-01-01: basis-found: EU-US Privacy Shield (EU) 2016/1250 applies to the United States on 1 January 2019
	// 2021-01-01: no-basis: none of the bases named is valid on 1 January 2021: EU-US Privacy Shield (lapsed – (EU) 2016/1250 no longer applies from 16 July 2020 (CJEU C-311/18 Schrems II))
}

func ExampleDiff() {
	old := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "Amazon Web Services, Inc.", Purpose: "backup", Processing: []subprocessor.Location{subprocessor.In("IE")}},
		{Name: "Gammel AS", Purpose: "kundekort"},
	}}
	new := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "AMAZON WEB SERVICES", Purpose: "backup", Processing: []subprocessor.Location{subprocessor.In("US")}},
		{Name: "Ny AS", Purpose: "kundekort"},
	}}
	for _, d := range subprocessor.Diff(old, new) {
		fmt.Printf("%s: %s\n", d.Kind, d.Path)
	}
	// Output:
	// relocate: AMAZON WEB SERVICES
	// replace: Ny AS
}

func ExampleNormalName() {
	fmt.Println(subprocessor.NormalName("Amazon Web Services, Inc."))
	fmt.Println(subprocessor.NormalName("WE4YOU A/S"))
	// Output:
	// amazon web services
	// we4you
}

func ExampleParseLocation() {
	for _, s := range []string{"NO", "third-country", "UK"} {
		l, err := subprocessor.ParseLocation(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(l.Label(language.MustParse("nb")), l.InEEA())
	}
	// Output:
	// Norge true
	// tredjeland (ikke navngitt) false
	// subprocessor: not an ISO 3166-1 alpha-2 country code: "UK"
}

func ExampleRegister_Table() {
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "Zisson", Purpose: "Telefonsystem", Reach: subprocessor.PersonalData},
		{Name: "Øst AS", Reach: subprocessor.AnonymousStatistics, Processing: []subprocessor.Location{subprocessor.In("SE")}},
		{Name: "Google Cloud", Purpose: "Kundekort", Reach: subprocessor.PersonalData},
	}}
	fmt.Print(r.Table(language.English))
	// Output:
	// Name          Service  Purpose        Data                       Processing  Access from  Transfer basis  Clause
	// Google Cloud  —        Kundekort      personal data              unknown     —            —               —
	// Zisson        —        Telefonsystem  personal data              unknown     —            —               —
	// Øst AS        —        —              anonymous statistics only  Sweden      —            —               —
}

func ExampleRegister_Transfers() {
	r := subprocessor.Register{Entries: []subprocessor.Entry{
		{Name: "Drift AS", Reach: subprocessor.PersonalData, Processing: []subprocessor.Location{subprocessor.In("NO")},
			Access: []subprocessor.Location{subprocessor.In("IN")}},
	}}
	for _, f := range r.Transfers(obligation.NewDate(2026, 11, 23)) {
		fmt.Printf("%s access=%v: %s\n", f.Path, f.Access, f.Outcome)
	}
	// Output:
	// Drift AS access=false: no-transfer
	// Drift AS access=true: none-named
}

func ExampleTransfers_Findings() {
	// We Are Media, "Internasjonal dataeksport": processing outside Norway,
	// the EU and Switzerland, with no mechanism named.
	t := subprocessor.Transfers{Provision: obligation.At("Internasjonal dataeksport"),
		Locations: []subprocessor.Location{subprocessor.Unnamed}}
	for _, f := range t.Findings(obligation.NewDate(2026, 11, 23)) {
		fmt.Printf("%s: %s: %s\n", f.Location, f.Outcome, f.Explain(language.English))
	}
	// Output:
	// third-country: none-named: no transfer basis is named
}

func ExampleDecodeRegister() {
	r, err := subprocessor.DecodeRegister([]byte(`{"source":"listed","entries":[{"name":"SendGrid, Inc.","processing":["US"]}]}`))
	fmt.Println(len(r.Entries), r.Entries[0].Processing[0], err)
	_, err = subprocessor.DecodeRegister([]byte(`{"entries":[{"name":"A","processing":["UK"]}]}`))
	fmt.Println(err)
	// Output:
	// 1 US <nil>
	// json: entries[0].processing[0]: subprocessor: not an ISO 3166-1 alpha-2 country code: "UK"
}

func ExampleDecodePolicy() {
	p, err := subprocessor.DecodePolicy([]byte(`{"notice":{"status":"stated","clause":"2.7","period":"P2M"}}`))
	fmt.Println(p.Notice.Period, p.Notice.Clause, err)
	// Output: P2M 2.7 <nil>
}

func ExampleDecisions() {
	for _, d := range subprocessor.Decisions() {
		if d.Country == "US" {
			fmt.Printf("%s %s %s from %q until %q\n", d.Exporter, d.Mechanism, d.Act, d.From, d.Until)
		}
	}
	// Output:
	// eea data-privacy-framework (EU) 2023/1795 from "2023-07-10" until ""
	// eea safe-harbour 2000/520/EC from "2000-07-26" until "2015-10-06"
	// eea privacy-shield (EU) 2016/1250 from "2016-07-12" until "2020-07-16"
	// uk data-privacy-framework SI 2023/1028 (UK Extension to the DPF) from "2023-10-12" until ""
	// ch data-privacy-framework Swiss-US DPF (Federal Council decision of 14 Aug 2024) from "2024-09-15" until ""
}

func ExampleRegister_Validate() {
	r := subprocessor.Register{Source: subprocessor.Listed, Entries: []subprocessor.Entry{
		{Name: "SendGrid, Inc.", Processing: []subprocessor.Location{{Country: "UK"}}},
		{Service: "Sentry"},
	}}
	fmt.Println(r.Validate())
	// Output:
	// 2 problems
	// 	entries[0].processing[0]: subprocessor: not an ISO 3166-1 alpha-2 country code: "UK"
	// 	entries[1].name: missing the subprocessor's name
}

func ExampleFinding_Explain() {
	f := subprocessor.Transfer(subprocessor.In("US"), subprocessor.Basis{Mechanism: subprocessor.PrivacyShield}, obligation.NewDate(2021, 1, 1))
	fmt.Println(f.Outcome.Label(language.MustParse("nb")) + ": " + f.Explain(language.MustParse("nb")))
	fmt.Println(f.Outcome.Label(language.English) + ": " + f.Explain(language.English))
	// Output:
	// ikke lovlig grunnlag: ingen av grunnlagene som er oppgitt, gjelder per 1. januar 2021: EU-US Privacy Shield (bortfalt – (EU) 2016/1250 gjelder ikke lenger fra 16. juli 2020 (EU-domstolen C-311/18 Schrems II))
	// no lawful basis: none of the bases named is valid on 1 January 2021: EU-US Privacy Shield (lapsed – (EU) 2016/1250 no longer applies from 16 July 2020 (CJEU C-311/18 Schrems II))
}

func ExampleLocation_Label() {
	for _, l := range []subprocessor.Location{subprocessor.In("CH"), subprocessor.Unnamed, {}} {
		fmt.Printf("%s: %s / %s\n", l, l.Label(language.MustParse("nb")), l.Label(language.English))
	}
	// Output:
	// CH: Sveits / Switzerland
	// third-country: tredjeland (ikke navngitt) / third country (not named)
	// unknown: ukjent / unknown
}

// A US subprocessor naming the Data Privacy Framework without stating its
// certification, and the 2021/914 clauses, Module 3, as a fallback; and one
// naming Privacy Shield beside the clauses.
func ExampleLaw_AssessEntry() {
	law := subprocessor.EmbeddedLaw()
	on := obligation.NewDate(2026, 11, 23)
	for _, e := range []subprocessor.Entry{
		{Name: "Postmark", Processing: []subprocessor.Location{subprocessor.In("US")}, Bases: []subprocessor.Basis{
			{Mechanism: subprocessor.DataPrivacyFramework},
			{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "IE", Forum: "IE"}}},
		{Name: "SendGrid", Processing: []subprocessor.Location{subprocessor.In("US")}, Bases: []subprocessor.Basis{
			{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified},
			{Mechanism: subprocessor.SCC2021}}},
		{Name: "Hosting", Processing: []subprocessor.Location{{Region: subprocessor.EUEEA}}},
		{Name: "CDN", Processing: []subprocessor.Location{{Region: subprocessor.Global}}},
	} {
		for _, f := range law.AssessEntry(e, subprocessor.Transfers{}, subprocessor.ExporterEEA, on) {
			fmt.Printf("%s, %s: %s", e.Name, f.Location, f.Outcome)
			if f.Basis != 0 {
				fmt.Printf(" on %s", f.Basis)
			}
			fmt.Println()
			for _, j := range f.Bases {
				fmt.Printf("  %s: %s\n", j.Basis.Mechanism, j.Status)
			}
			for _, w := range f.Weak() {
				fmt.Printf("  remove %s: lapsed on %s\n", w.Basis.Mechanism, w.Since)
			}
		}
	}
	// Output:
	// Postmark, US: basis-found on scc-2021
	//   data-privacy-framework: unsettled
	//   scc-2021: valid
	// SendGrid, US: basis-found on scc-2021
	//   privacy-shield: lapsed
	//   scc-2021: valid
	//   remove privacy-shield: lapsed on 2020-07-16
	// Hosting, eu-eea: no-transfer
	// CDN, global: none-named
}

// The tables are data: read a newer copy, or change a value, and evaluate
// against it.
func ExampleReadLaw() {
	law, err := subprocessor.ReadLaw(os.DirFS("."))
	if err != nil {
		fmt.Println(err)
		return
	}
	uk := obligation.NewDate(2020, 1, 31)
	fmt.Println(law.Member(subprocessor.EU, "GB", uk), law.Member(subprocessor.EU, "GB", uk.AddDays(1)))
	for _, d := range law.Decisions {
		if d.Country == "BR" {
			fmt.Println(d.Act, d.From, d.EEAPending)
		}
	}
	// Output:
	// true false
	// (EU) 2026/179 2026-01-26 true
}
