package subprocessor_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// judged is the part of a finding these tests pin: the outcome, the
// deciding mechanism, and each named basis with its status.
type judged struct {
	Place   string
	Outcome subprocessor.Outcome
	Basis   subprocessor.Mechanism
	Bases   []string // "mechanism:status"
}

func summariseFindings(fs []subprocessor.Finding) []judged {
	var out []judged
	for _, f := range fs {
		j := judged{Place: f.Location.String(), Outcome: f.Outcome, Basis: f.Basis}
		for _, b := range f.Bases {
			s := b.Basis.Mechanism.String() + ":" + b.Status.String()
			if b.Implied {
				s = "implied " + s
			}
			j.Bases = append(j.Bases, s)
		}
		out = append(out, j)
	}
	return out
}

var review = obligation.NewDate(2026, 11, 23)

// TestAcceptanceShapes holds the shapes of real subprocessor lists: the
// expected values come from the law on the day (FACTS §3, FACTS-2 §1).
func TestAcceptanceShapes(t *testing.T) {
	law := subprocessor.EmbeddedLaw()
	dpf := subprocessor.Basis{Mechanism: subprocessor.DataPrivacyFramework, Certified: subprocessor.Certified, Clause: "Bilag 2"}
	scc3 := subprocessor.Basis{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "IE", Forum: "IE", Clause: "Bilag 2"}
	tests := []struct {
		name   string
		e      subprocessor.Entry
		t      subprocessor.Transfers
		side   subprocessor.Exporter
		on     obligation.Date
		want   []judged
		reason string
	}{
		{
			name:   "an EU entry needs no basis",
			e:      subprocessor.Entry{Name: "Typeform", Processing: []subprocessor.Location{subprocessor.In("ES")}},
			want:   []judged{{Place: "ES", Outcome: subprocessor.NoTransfer}},
			reason: "Spain is an EU member state: Chapter V does not apply",
		},
		{
			name:   "an entry «EU»",
			e:      subprocessor.Entry{Name: "Hosting", Processing: []subprocessor.Location{{Region: subprocessor.EU}}, Bases: []subprocessor.Basis{scc3}},
			want:   []judged{{Place: "eu", Outcome: subprocessor.NoTransfer}},
			reason: "the EU is not a third country; a basis named for it is not judged",
		},
		{
			name:   "an entry «EU/EEA», N/A",
			e:      subprocessor.Entry{Name: "[HOSTING-LEVERANTÖR]", Processing: []subprocessor.Location{{Region: subprocessor.EUEEA}}},
			want:   []judged{{Place: "eu-eea", Outcome: subprocessor.NoTransfer}},
			reason: "Sambruk Bilaga 2: «N/A (inom EU/EES)»",
		},
		{
			name: "a US entry with DPF and SCC Module 3",
			e: subprocessor.Entry{Name: "OpenAI", Processing: []subprocessor.Location{subprocessor.In("US")},
				Bases: []subprocessor.Basis{dpf, scc3}},
			want: []judged{{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.DataPrivacyFramework,
				Bases: []string{"data-privacy-framework:valid", "scc-2021:valid"}}},
			reason: "the DPF decision covers a certified recipient; the 2021/914 clauses, Module 3, Irish law, are a valid fallback",
		},
		{
			name: "a US entry whose DPF certification is not stated falls back to SCC",
			e: subprocessor.Entry{Name: "Postmark", Processing: []subprocessor.Location{subprocessor.In("US")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.DataPrivacyFramework}, scc3}},
			want: []judged{{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.SCC2021,
				Bases: []string{"data-privacy-framework:unsettled", "scc-2021:valid"}}},
			reason: "the DPF covers only organisations on the DPF List (FACTS §3.1)",
		},
		{
			name: "Privacy Shield and SCC 2021",
			e: subprocessor.Entry{Name: "SendGrid, Inc.", Processing: []subprocessor.Location{subprocessor.In("US")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified}, {Mechanism: subprocessor.SCC2021}}},
			want: []judged{{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.SCC2021,
				Bases: []string{"privacy-shield:lapsed", "scc-2021:valid"}}},
			reason: "Privacy Shield lapsed with Schrems II on 16 July 2020; the 2021/914 clauses hold",
		},
		{
			name: "a UK transfer on the 2010 clauses after 21 March 2024",
			e: subprocessor.Entry{Name: "Backup Ltd", Processing: []subprocessor.Location{subprocessor.In("IN")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.LegacySCC, Exporter: subprocessor.ExporterUK, Signed: obligation.NewDate(2019, 5, 1)}}},
			side:   subprocessor.ExporterUK,
			on:     obligation.NewDate(2024, 3, 21),
			want:   []judged{{Place: "IN", Outcome: subprocessor.NoBasis, Bases: []string{"legacy-scc:lapsed"}}},
			reason: "FACTS-2 §1(b): from 21 March 2024 the old EU SCCs are no longer a valid mechanism for UK transfers",
		},
		{
			name:   "an entry «global» with no basis",
			e:      subprocessor.Entry{Name: "Cloudflare", Processing: []subprocessor.Location{{Region: subprocessor.Global}}},
			want:   []judged{{Place: "global", Outcome: subprocessor.NoneNamed}},
			reason: "anywhere the provider operates includes third countries, and no basis is named: undetermined, no basis named",
		},
		{
			name: "«global» with SCCs: the country-bound basis cannot be checked, the clauses hold",
			e: subprocessor.Entry{Name: "Fastly", Processing: []subprocessor.Location{{Region: subprocessor.Global}},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.Adequacy}, scc3}},
			want: []judged{{Place: "global", Outcome: subprocessor.BasisFound, Basis: subprocessor.SCC2021,
				Bases: []string{"adequacy:unsettled", "scc-2021:valid"}}},
		},
		{
			name: "Module 1 in a processor agreement",
			e: subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.In("IN")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module1}}},
			want:   []judged{{Place: "IN", Outcome: subprocessor.NoBasis, Bases: []string{"scc-2021:insufficient"}}},
			reason: "Module 1 covers controller-to-controller transfers (FACTS-2 §1(a))",
		},
		{
			name: "the clauses governed by Delaware law",
			e: subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.In("IN")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2, Law: "US"}}},
			want:   []judged{{Place: "IN", Outcome: subprocessor.NoBasis, Bases: []string{"scc-2021:insufficient"}}},
			reason: "Clause 17 of Modules 1–3: the law of an EU Member State (FACTS-2 §1(a))",
		},
		{
			name: "bases tied to places: SCC for the US, adequacy for the UK",
			e: subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.In("US"), subprocessor.In("GB")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Place: subprocessor.In("US")}, {Mechanism: subprocessor.Adequacy, Place: subprocessor.In("GB")}}},
			want: []judged{
				{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.SCC2021, Bases: []string{"scc-2021:valid"}},
				{Place: "GB", Outcome: subprocessor.BasisFound, Basis: subprocessor.Adequacy, Bases: []string{"adequacy:valid"}},
			},
			reason: "the renewed UK decision applies on the day (FACTS §3.2)",
		},
		{
			name: "a set of countries",
			e: subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.AnyOf("US", "CH")},
				Bases: []subprocessor.Basis{{Mechanism: subprocessor.BindingCorporateRules}}},
			want: []judged{
				{Place: "CH", Outcome: subprocessor.BasisFound, Basis: subprocessor.BindingCorporateRules, Bases: []string{"binding-corporate-rules:valid"}},
				{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.BindingCorporateRules, Bases: []string{"binding-corporate-rules:valid"}},
			},
		},
		{
			name: "no basis of its own: the general terms' bases",
			e:    subprocessor.Entry{Name: "AWS", Processing: []subprocessor.Location{subprocessor.In("US")}},
			t: subprocessor.Transfers{Provision: obligation.At("6.2"), Bases: []subprocessor.Basis{
				{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2, Docking: true, Law: "IE", Forum: "IE"},
				{Mechanism: subprocessor.UKAddendum}}},
			want: []judged{{Place: "US", Outcome: subprocessor.BasisFound, Basis: subprocessor.SCC2021,
				Bases: []string{"scc-2021:valid", "uk-addendum:not-applicable"}}},
			reason: "Aptible 6.2 and Exhibit B: Module Two, Irish law; the UK Addendum does not concern an EEA exporter",
		},
		{
			name:   "an adequate country with nothing named",
			e:      subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.In("CH")}},
			want:   []judged{{Place: "CH", Outcome: subprocessor.BasisFound, Basis: subprocessor.Adequacy, Bases: []string{"implied adequacy:valid"}}},
			reason: "2000/518/EC applies by itself (Art. 45(1))",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on := tt.on
			if on.IsZero() {
				on = review
			}
			got := summariseFindings(law.AssessEntry(tt.e, tt.t, tt.side, on))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestWeakAndJudgement(t *testing.T) {
	e := subprocessor.Entry{Name: "SendGrid, Inc.", Processing: []subprocessor.Location{subprocessor.In("US")},
		Bases: []subprocessor.Basis{{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "2.8"}, {Mechanism: subprocessor.SCC2021}}}
	f := subprocessor.EmbeddedLaw().AssessEntry(e, subprocessor.Transfers{}, 0, review)[0]
	w := f.Weak()
	if len(w) != 1 || w[0].Basis.Mechanism != subprocessor.PrivacyShield || w[0].Since != obligation.NewDate(2020, 7, 16) {
		t.Errorf("Weak = %+v, want Privacy Shield lapsed on 2020-07-16 (CJEU C-311/18)", w)
	}
	// Norwegian law for the clauses: allowed? Not confirmed (FACTS-2 §1(a)).
	e = subprocessor.Entry{Name: "X", Processing: []subprocessor.Location{subprocessor.In("IN")},
		Bases: []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "NO", Forum: "NO"}}}
	f = subprocessor.EmbeddedLaw().AssessEntry(e, subprocessor.Transfers{}, 0, review)[0]
	if f.Outcome != subprocessor.BasisFound || !f.Judgement || f.Bases[0].Status != subprocessor.Valid {
		t.Errorf("Norwegian law of the clauses: %s judgement %v (%s)", f.Outcome, f.Judgement, f.Explain(language.English))
	}
	// Switzerland: Swiss law and courts for a Swiss exporter.
	e.Bases[0].Law, e.Bases[0].Forum, e.Bases[0].Exporter = "CH", "CH", subprocessor.ExporterCH
	f = subprocessor.EmbeddedLaw().AssessEntry(e, subprocessor.Transfers{}, subprocessor.ExporterCH, review)[0]
	if f.Outcome != subprocessor.BasisFound || f.Judgement {
		t.Errorf("Swiss law for a Swiss exporter: %s judgement %v (%s)", f.Outcome, f.Judgement, f.Explain(language.English))
	}
}

func TestRegisterTransfersSides(t *testing.T) {
	// The UK Addendum names the UK side: each entry is assessed for the
	// EEA and for the United Kingdom.
	r := subprocessor.Register{Entries: []subprocessor.Entry{{Name: "AWS", Processing: []subprocessor.Location{subprocessor.In("US")}}}}
	tr := subprocessor.Transfers{Provision: obligation.At("6.2"), Bases: []subprocessor.Basis{
		{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2}, {Mechanism: subprocessor.UKAddendum}}}
	got := r.TransfersUnder(tr, review)
	if len(got) != 2 || got[0].Exporter != subprocessor.ExporterEEA || got[1].Exporter != subprocessor.ExporterUK ||
		got[0].Outcome != subprocessor.BasisFound || got[1].Outcome != subprocessor.BasisFound || got[1].Basis != subprocessor.SCC2021 {
		t.Errorf("%+v", got)
	}
	if cap(got) != len(got) {
		t.Errorf("the findings were not sized once: capacity %d for %d", cap(got), len(got))
	}
	if s := subprocessor.Sides(tr.Bases); len(s) != 2 || s[0] != subprocessor.ExporterEEA || s[1] != subprocessor.ExporterUK {
		t.Errorf("Sides = %v, want the EEA and the United Kingdom", s)
	}
}
