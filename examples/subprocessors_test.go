package examples_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

var (
	spCal  = obligation.Norway()
	spOslo = spCal.Location()
)

func spAt(y int, m time.Month, d, hh int) time.Time { return time.Date(y, m, d, hh, 0, 0, 0, spOslo) }

func spEnd(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 23, 59, 59, 999999999, spOslo)
}

// TestSeedRegisters pins each seed's register as its text gives it.
func TestSeedRegisters(t *testing.T) {
	type entry struct {
		Name, Service, Purpose string
		Reach                  subprocessor.Reach
		Categories             int
		LocationKnown          bool
	}
	type reg struct {
		Source  subprocessor.Source
		Clause  obligation.Clause
		Entries []entry
	}
	tests := []struct {
		a      agreement.Agreement
		want   reg
		reason string
	}{
		{examples.WeAreMedia(), reg{Source: subprocessor.Referenced, Clause: "Bruk av underleverandører ¶1"},
			"¶1: We Are Media keeps a list of names and places; the text does not reproduce it"},
		{examples.AssistertSelvhjelp(), reg{Source: subprocessor.Referenced, Clause: "Bruk av underleverandører ¶4"},
			"the list of identity and location is 'som angitt i Personvernerklæringen'"},
		{examples.Nortelecom(), reg{Source: subprocessor.Referenced, Clause: "7.1"},
			"7.1: the list is on the processor's website"},
		{examples.MailMojo(), reg{Source: subprocessor.Listed, Clause: "Bilag 1", Entries: []entry{
			{"SendGrid, Inc.", "SendGrid", "Infrastruktur for utsendelse av hver enkelt e-post i nyhetsbrevene som sendes.", subprocessor.PersonalData, 0, false},
			{"Amazon Web Services, Inc.", "Amazon S3", "Lagring av backup.", subprocessor.PersonalData, 0, false},
			{"Functional Software, Inc.", "Sentry", "Overvåkning av unntakstilstander og feilsøking av teknisk plattform.", subprocessor.AnonymousStatistics, 0, false},
		}}, "Bilag 1: two with access to personal data, Sentry with anonymous statistics only; no locations given"},
		{examples.We4you(), reg{Source: subprocessor.Listed, Clause: "Bruk av underleverandører ¶2", Entries: []entry{
			{"Zisson", "", "Telefonsystem", subprocessor.PersonalData, 2, false},
			{"Google Cloud", "", "Kundekort", subprocessor.PersonalData, 5, false},
			{"Microsoft Outlook", "", "Sende og motta epost", subprocessor.PersonalData, 2, false},
		}}, "the table: name, system/purpose, information content; no locations given"},
	}
	for _, tt := range tests {
		t.Run(tt.a.ID, func(t *testing.T) {
			r := tt.a.Subprocessors
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			got := reg{Source: r.Source, Clause: r.Clause}
			for _, e := range r.Entries {
				known := false
				for _, l := range append(e.Processing, e.Access...) {
					known = known || !l.IsUnknown()
				}
				got.Entries = append(got.Entries, entry{e.Name, e.Service, e.Purpose, e.Reach, len(e.Categories), known})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tt.reason, diff)
			}
			if r.Source == subprocessor.Referenced && r.Reference == "" {
				t.Error("a referenced list without its reference")
			}
			if err := tt.a.SubprocessorPolicy.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSeedChangeAssessments pins the worked cases of issue 4 and the
// equivalent for each seed, from the texts.
func TestSeedChangeAssessments(t *testing.T) {
	type got struct {
		NoticeOwed                  bool
		LatestNotice, EarliestStart obligation.Date
		ObjectionBy                 time.Time
		Objection                   obligation.Status
		Justified, DeemedAccepted   bool
		Effect                      subprocessor.Effect
		Termination                 obligation.Period
		Refund                      subprocessor.RefundKind
		Clauses                     [3]obligation.Clause // notice, objection, remedy
	}
	tests := []struct {
		a      agreement.Agreement
		change subprocessor.Change
		at     time.Time
		want   got
		reason string
	}{{
		examples.WeAreMedia(),
		subprocessor.Change{Kind: subprocessor.Add, Start: spAt(2026, 3, 1, 0)}, spAt(2026, 1, 5, 9),
		got{NoticeOwed: true, LatestNotice: obligation.NewDate(2026, 1, 29), EarliestStart: obligation.NewDate(2026, 2, 5),
			Objection: obligation.Stated, Effect: subprocessor.ProcessorChooses, Termination: obligation.Unquantified(obligation.Immediately),
			Refund:  subprocessor.CurrentPeriod,
			Clauses: [3]obligation.Clause{"Bruk av underleverandører ¶5", "Bruk av underleverandører ¶6", "Bruk av underleverandører ¶6"}},
		"¶5: the list is updated at least 30 days before the start: by Thursday 29 January 2026 (counted back in clear days, no roll); ¶6: the processor chooses, and under (3) the customer terminates at once and gets back what was paid for the current period",
	}, {
		examples.MailMojo(),
		subprocessor.Change{Kind: subprocessor.Add, Noticed: spAt(2026, 1, 5, 10), Start: spAt(2026, 3, 6, 0)}, spAt(2026, 1, 5, 10),
		got{NoticeOwed: true, LatestNotice: obligation.NewDate(2026, 1, 5), EarliestStart: obligation.NewDate(2026, 3, 6),
			ObjectionBy: spEnd(2026, 2, 5), Objection: obligation.Stated, DeemedAccepted: true,
			Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Unquantified(obligation.Immediately),
			Refund: subprocessor.NoRefund, Clauses: [3]obligation.Clause{"2.7", "2.7", "2.7"}},
		"2.7: notice 2 months before the start: a notice on 5 January allows a start on Friday 6 March; objection within 1 month: Thursday 5 February, a working day (no roll); then termination with immediate effect, invoiced services not refunded, deemed accepted otherwise",
	}, {
		examples.AssistertSelvhjelp(),
		subprocessor.Change{Kind: subprocessor.Add, Noticed: spAt(2026, 3, 3, 12)}, spAt(2026, 3, 3, 12),
		got{NoticeOwed: true, ObjectionBy: spEnd(2026, 3, 17), Objection: obligation.Stated, Justified: true,
			Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Months(3),
			Clauses: [3]obligation.Clause{"Bruk av underleverandører ¶4, kulepunkt 4", "Bruk av underleverandører ¶3", "Bruk av underleverandører ¶3"}},
		"¶3: objection at the latest 14 days after the notice: Tuesday 17 March 2026, a working day (no roll); only on justified grounds; then termination with three months' notice; ¶4 'i god tid' gives no fixed day",
	}, {
		examples.Nortelecom(),
		subprocessor.Change{Kind: subprocessor.Add, Start: spAt(2026, 3, 1, 0)}, spAt(2026, 1, 5, 9),
		got{NoticeOwed: true, Objection: obligation.Absent},
		"7.1 and 6.1: the list is updated and notices forwarded, with no period and no objection right; Art. 28(2) still requires the information",
	}, {
		examples.We4you(),
		subprocessor.Change{Kind: subprocessor.Add, Start: spAt(2026, 3, 1, 0)}, spAt(2026, 1, 5, 9),
		got{NoticeOwed: true, Objection: obligation.Absent},
		"¶1 'til enhver tid rett til å benytte underleverandører', ¶3 the overview is kept up to date; no period, no objection right",
	}}
	for _, tt := range tests {
		t.Run(tt.a.ID, func(t *testing.T) {
			a, err := tt.a.SubprocessorPolicy.Assess(tt.change, tt.at, spCal)
			if err != nil {
				t.Fatal(err)
			}
			g := got{a.NoticeOwed, a.LatestNotice, a.EarliestStart, a.ObjectionBy, a.Objection, a.Justified, a.DeemedAccepted,
				a.Remedy.Effect, a.Remedy.Termination, a.Refund.Kind, [3]obligation.Clause{a.NoticeClause, a.ObjectionClause, a.Remedy.Clause}}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
	// We Are Media ¶6 lists the processor's three choices in order.
	want := []subprocessor.Option{subprocessor.StopUsing, subprocessor.ExcludeController, subprocessor.ProcessorTerminates}
	if diff := cmp.Diff(want, examples.WeAreMedia().SubprocessorPolicy.Remedy.Options); diff != "" {
		t.Errorf("We Are Media options (-want +got):\n%s", diff)
	}
}

// TestSeedTransfers evaluates each seed's transfers on 23 November 2026.
func TestSeedTransfers(t *testing.T) {
	on := obligation.NewDate(2026, 11, 23)
	type row struct {
		Path    string
		Access  bool
		Outcome subprocessor.Outcome
	}
	tests := []struct {
		a      agreement.Agreement
		want   []row
		reason string
	}{
		{examples.WeAreMedia(), []row{{"", false, subprocessor.NoneNamed}},
			"'Internasjonal dataeksport': processing outside Norway, the EU and Switzerland with no mechanism stated, under an undertaking to comply with the law: undetermined, no basis named"},
		{examples.AssistertSelvhjelp(), []row{{"", false, subprocessor.NoTransfer}, {"", true, subprocessor.Undetermined}},
			"data in Norway; developers outside the EU with access, under 'godkjente overføringsgrunnlag' not named"},
		{examples.Nortelecom(), []row{{"", false, subprocessor.NoneNamed}},
			"6.1: processing outside the EEA; 6.2 names no mechanism, only «i samsvar med gjeldende lov»: undetermined, no basis named"},
		{examples.MailMojo(), []row{
			{"SendGrid, Inc.", false, subprocessor.Undetermined},
			{"Amazon Web Services, Inc.", false, subprocessor.Undetermined},
			{"Functional Software, Inc.", false, subprocessor.NoTransfer},
		}, "Bilag 1 gives no locations; Sentry reaches anonymous statistics only"},
		{examples.We4you(), []row{
			{"Zisson", false, subprocessor.Undetermined},
			{"Google Cloud", false, subprocessor.Undetermined},
			{"Microsoft Outlook", false, subprocessor.Undetermined},
		}, "no locations and no transfer terms"},
	}
	for _, tt := range tests {
		t.Run(tt.a.ID, func(t *testing.T) {
			var got []row
			for _, f := range append(tt.a.Subprocessors.Transfers(on), tt.a.SubprocessorPolicy.Transfers.Findings(on)...) {
				got = append(got, row{f.Path, f.Access, f.Outcome})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
	// MailMojo 2.8 names the EU Privacy Shield first, as a framework
	// processing must follow; it states no recipient's certification, so
	// on its own it settles nothing while it was in force, and it lapsed
	// with Schrems II on 16 July 2020.
	p := examples.MailMojo().SubprocessorPolicy.Transfers
	ps := subprocessor.Basis{Mechanism: p.Mechanisms[0], Clause: p.Clause}
	if f := subprocessor.Transfer(subprocessor.In("US"), ps, obligation.NewDate(2019, 1, 1)); f.Outcome != subprocessor.Undetermined {
		t.Errorf("Privacy Shield on 2019-01-01: %s (%s)", f.Outcome, f.Explain(language.English))
	}
	ps.Certified = subprocessor.Certified
	if f := subprocessor.Transfer(subprocessor.In("US"), ps, obligation.NewDate(2019, 1, 1)); f.Outcome != subprocessor.BasisFound {
		t.Errorf("Privacy Shield, a certified recipient, on 2019-01-01: %s (%s)", f.Outcome, f.Explain(language.English))
	}
	if f := subprocessor.Transfer(subprocessor.In("US"), ps, obligation.NewDate(2021, 1, 1)); f.Outcome != subprocessor.NoBasis {
		t.Errorf("Privacy Shield on 2021-01-01: %s (%s)", f.Outcome, f.Explain(language.English))
	}
}

func TestSeedSubprocessorJSON(t *testing.T) {
	for _, a := range examples.All() {
		b, err := json.Marshal(a.Subprocessors)
		if err != nil {
			t.Fatal(err)
		}
		r, err := subprocessor.DecodeRegister(b)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if diff := cmp.Diff(a.Subprocessors, r); diff != "" {
			t.Errorf("%s register round trip (-want +got):\n%s", a.ID, diff)
		}
		b, err = json.Marshal(a.SubprocessorPolicy)
		if err != nil {
			t.Fatal(err)
		}
		p, err := subprocessor.DecodePolicy(b)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if diff := cmp.Diff(a.SubprocessorPolicy, p); diff != "" {
			t.Errorf("%s policy round trip (-want +got):\n%s", a.ID, diff)
		}
	}
}

// BenchmarkSeedBatch100k assesses one new subprocessor across 100 000
// agreements built from the five seeds' policies.
func BenchmarkSeedBatch100k(b *testing.B) {
	seeds := examples.All()
	ps := make([]subprocessor.Policy, 100000)
	for i := range ps {
		ps[i] = seeds[i%len(seeds)].SubprocessorPolicy
	}
	c := subprocessor.Change{Kind: subprocessor.Add, Start: spAt(2026, 3, 1, 0)}
	now := spAt(2025, 12, 1, 9)
	dst := make([]subprocessor.Due, 0, len(ps))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if dst, err = subprocessor.Batch(ps, c, now, spCal, dst[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedAssess assesses one change under MailMojo's policy, the seed
// with the most dates to compute.
func BenchmarkSeedAssess(b *testing.B) {
	p := examples.MailMojo().SubprocessorPolicy
	c := subprocessor.Change{Kind: subprocessor.Add, Noticed: spAt(2026, 1, 5, 10), Start: spAt(2026, 3, 6, 0)}
	now := spAt(2026, 1, 5, 10)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Assess(c, now, spCal); err != nil {
			b.Fatal(err)
		}
	}
}
