package subprocessor_test

import (
	"fmt"
	"testing"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

func BenchmarkAssess(b *testing.B) {
	c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 6, 0, 0), Noticed: at(2026, 1, 5, 10, 0)}
	now := at(2026, 1, 5, 10, 0)
	for _, tt := range []struct {
		name string
		p    subprocessor.Policy
	}{{"MailMojo", mailMojo()}, {"WeAreMedia", weAreMedia()}, {"AssistertSelvhjelp", assistert()}, {"Nortelecom", nortelecom()}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := tt.p.Assess(c, now, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedPolicies returns n policies cycling through the seeds' subprocessor
// clauses (We4you's is like Nortelecom's: general authorisation, an updated
// list, no period).
func seedPolicies(n int) []subprocessor.Policy {
	seeds := []subprocessor.Policy{weAreMedia(), assistert(), nortelecom(), mailMojo(), nortelecom()}
	ps := make([]subprocessor.Policy, n)
	for i := range ps {
		ps[i] = seeds[i%len(seeds)]
	}
	return ps
}

func BenchmarkBatch100k(b *testing.B) {
	ps := seedPolicies(100000)
	c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)}
	now := at(2025, 12, 1, 9, 0)
	dst := make([]subprocessor.Due, 0, len(ps))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if dst, err = subprocessor.Batch(ps, c, now, cal, dst[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func register(n int, shift int) subprocessor.Register {
	r := subprocessor.Register{Source: subprocessor.Listed}
	for i := 0; i < n; i++ {
		k := i + shift
		r.Entries = append(r.Entries, subprocessor.Entry{
			Name:       fmt.Sprintf("Leverandør %d AS", k),
			Service:    fmt.Sprintf("Tjeneste %d", k),
			Purpose:    fmt.Sprintf("Formål %d", k%50),
			Reach:      subprocessor.PersonalData,
			Categories: []string{"navn", "e-post"},
			Processing: loc([]string{"NO", "SE", "US", "IE"}[k%4]),
		})
	}
	return r
}

func BenchmarkDiff200(b *testing.B) {
	old, new := register(200, 0), register(200, 10)
	for i := range new.Entries {
		if i%7 == 0 {
			new.Entries[i].Processing = loc("IN")
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = subprocessor.Diff(old, new)
	}
}

func BenchmarkTransfer(b *testing.B) {
	s := subprocessor.Basis{Mechanism: subprocessor.PrivacyShield, Clause: "2.8"}
	on := day("2021-01-01")
	us := subprocessor.In("US")
	b.ReportAllocs()
	for b.Loop() {
		_ = subprocessor.Transfer(us, s, on)
	}
}

func BenchmarkRegisterTransfers(b *testing.B) {
	r := register(200, 0)
	on := day("2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Transfers(on)
	}
}

func BenchmarkTable(b *testing.B) {
	r := register(200, 0)
	nb := language.MustParse("nb")
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Table(nb)
	}
}

// BenchmarkAssessEntryThreeBases is the dated assessment of one US entry
// naming three bases (Privacy Shield, the DPF, the 2021/914 clauses).
func BenchmarkAssessEntryThreeBases(b *testing.B) {
	law := subprocessor.EmbeddedLaw()
	e := subprocessor.Entry{Name: "SendGrid, Inc.", Processing: []subprocessor.Location{subprocessor.In("US")},
		Bases: []subprocessor.Basis{
			{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "2.8"},
			{Mechanism: subprocessor.DataPrivacyFramework, Clause: "2.8"},
			{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "IE", Forum: "IE", Clause: "2.8"},
		}}
	on := day("2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		_ = law.AssessEntry(e, subprocessor.Transfers{}, 0, on)
	}
}

// turnover returns two registers of n entries where every entry of the
// second is new, by name and by purpose: n removals and n additions, the
// case where pairing leavers with arrivals must not compare every pair.
func turnover(n int) (old, new subprocessor.Register) {
	for i := range n {
		old.Entries = append(old.Entries, subprocessor.Entry{Name: fmt.Sprintf("Gammel %d AS", i), Purpose: fmt.Sprintf("Formål %d", i)})
		new.Entries = append(new.Entries, subprocessor.Entry{Name: fmt.Sprintf("Ny %d AS", i), Purpose: fmt.Sprintf("Nytt formål %d", i)})
	}
	return old, new
}

func BenchmarkDiffTurnover(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		old, new := turnover(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = subprocessor.Diff(old, new)
			}
		})
	}
}

// BenchmarkOverdueAssessments looks for overdue transfer impact
// assessments in a register of 200 entries, every tenth stating one.
func BenchmarkOverdueAssessments(b *testing.B) {
	r := register(200, 0)
	for i := range r.Entries {
		if i%10 == 0 {
			r.Entries[i].Assessment = subprocessor.ImpactAssessment{Done: day("2025-03-15"), Every: obligation.Period{N: 1, Unit: obligation.Year}}
		}
	}
	on := day("2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		_ = subprocessor.OverdueAssessments(r, subprocessor.Transfers{}, on)
	}
}
