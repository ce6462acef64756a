package examples_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

var osloLoc = breach.Oslo()

func oslo(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, osloLoc)
}

// TestBreachDeadlines pins each seed's deadlines for an incident suspected
// at 21:50 and discovered at 22:40 on Saturday 16 May 2026 (17 May, a
// Sunday and a public holiday, is the next day), and for one discovered at
// the same time of day on 24 October 2026, the evening before summer time
// ends (01:00 UTC on 25 October).
func TestBreachDeadlines(t *testing.T) {
	type want struct {
		kind   obligation.Kind
		start  time.Time
		due    time.Time // zero: no instant ("umiddelbart", "uten ugrunnet opphold")
		auth   time.Time // Datatilsynet, if the controller is told at the processor's clock start
		latest time.Time // Datatilsynet, if told at the end of the processor's bound
		clause obligation.Clause
		reason string
	}
	may := struct{ suspected, discovered time.Time }{oslo(2026, time.May, 16, 21, 50), oslo(2026, time.May, 16, 22, 40)}
	oct := struct{ suspected, discovered time.Time }{oslo(2026, time.October, 24, 21, 50), oslo(2026, time.October, 24, 22, 40)}
	tests := []struct {
		seed     string
		terms    breach.Terms
		may, oct want
	}{
		{"We Are Media", examples.WeAreMedia().Breach,
			want{obligation.Immediately, may.discovered, time.Time{}, oslo(2026, time.May, 19, 22, 40), time.Time{}, "Avvik ¶1",
				"\"så snart den er klar over avviket\": from awareness, no hours"},
			want{obligation.Immediately, oct.discovered, time.Time{}, oslo(2026, time.October, 27, 21, 40), time.Time{}, "Avvik ¶1",
				"72 elapsed hours from 22:40 CEST end at 21:40 CET"}},
		{"Assistert Selvhjelp", examples.AssistertSelvhjelp().Breach,
			want{obligation.Immediately, may.suspected, time.Time{}, oslo(2026, time.May, 19, 21, 50), time.Time{},
				"Avvik og avviksmeldinger ¶3; Tekniske, organisatoriske og sikkerhetsmessige tiltak, kulepunkt 4",
				"\"ved mistanke om ... omgående varsle\": the clock starts at the suspicion"},
			want{obligation.Immediately, oct.suspected, time.Time{}, oslo(2026, time.October, 27, 20, 50), time.Time{},
				"Avvik og avviksmeldinger ¶3; Tekniske, organisatoriske og sikkerhetsmessige tiltak, kulepunkt 4",
				"72 elapsed hours from 21:50 CEST end at 20:50 CET"}},
		{"Nortelecom", examples.Nortelecom().Breach,
			want{obligation.WithoutUndueDelay, may.discovered, oslo(2026, time.May, 17, 22, 40), oslo(2026, time.May, 19, 22, 40), oslo(2026, time.May, 20, 22, 40), "10.1",
				"10.1: at the latest 24 hours after discovery, on the holiday itself, not rolled to Monday 18 May"},
			want{obligation.WithoutUndueDelay, oct.discovered, oslo(2026, time.October, 25, 21, 40), oslo(2026, time.October, 27, 21, 40), oslo(2026, time.October, 28, 21, 40), "10.1",
				"24 elapsed hours across the change end at 21:40 CET"}},
		{"MailMojo", examples.MailMojo().Breach,
			want{obligation.Immediately, may.discovered, time.Time{}, oslo(2026, time.May, 19, 22, 40), time.Time{}, "2.4",
				"2.4 \"umiddelbart\"; no trigger stated, so awareness (Art. 33(2)), not suspicion"},
			want{obligation.Immediately, oct.discovered, time.Time{}, oslo(2026, time.October, 27, 21, 40), time.Time{}, "2.4", ""}},
		{"We4you", examples.We4you().Breach,
			want{obligation.WithoutUndueDelay, may.discovered, time.Time{}, oslo(2026, time.May, 19, 22, 40), time.Time{}, "IT-sikkerhet og personvernsikkerhet",
				"\"uten ugrunnet opphold\" with no bound"},
			want{obligation.WithoutUndueDelay, oct.discovered, time.Time{}, oslo(2026, time.October, 27, 21, 40), time.Time{}, "IT-sikkerhet og personvernsikkerhet", ""}},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			name                  string
			suspected, discovered time.Time
			want                  want
		}{{"May", may.suspected, may.discovered, tt.may}, {"October", oct.suspected, oct.discovered, tt.oct}} {
			t.Run(tt.seed+"/"+c.name, func(t *testing.T) {
				inc := breach.Incident{Suspected: c.suspected, Discovered: c.discovered}
				a := tt.terms.Assess(inc, c.discovered)
				p, d := a.Processor, a.Authority
				if p.Period.Kind != c.want.kind || !p.Start.Equal(c.want.start) || !p.Due.Equal(c.want.due) || p.Clause != c.want.clause {
					t.Errorf("processor: kind %v start %v due %v clause %q; want %v %v %v %q (%s)",
						p.Period.Kind, p.Start, p.Due, p.Clause, c.want.kind, c.want.start, c.want.due, c.want.clause, c.want.reason)
				}
				if !d.Owed || d.By != obligation.Controller || d.Basis != breach.Estimate || !d.Due.Equal(c.want.auth) || !d.Latest.Equal(c.want.latest) {
					t.Errorf("authority: owed %v by %v basis %v due %v latest %v; want controller, estimate, %v, %v (%s)",
						d.Owed, d.By, d.Basis, d.Due, d.Latest, c.want.auth, c.want.latest, c.want.reason)
				}
			})
		}
	}
}

// TestBreachContents pins each seed's own list of notice contents against
// its text, and the union with Art. 33(3).
func TestBreachContents(t *testing.T) {
	I := breach.ItemsOf
	type req struct {
		Clause obligation.Clause
		Items  breach.Items
	}
	tests := []struct {
		seed  string
		terms breach.Terms
		want  []req
		union breach.Items
	}{
		// "en beskrivelse av avvikets art, kontaktinformasjon til We Are
		// Media kontaktpunkt, en beskrivelse av mulige konsekvenser, og det
		// implementerte eller planlagte løsningsavviket": four items.
		{"We Are Media", examples.WeAreMedia().Breach, []req{
			{"Avvik ¶2", I(breach.Nature)}, {"Avvik ¶2", I(breach.ContactPoint)},
			{"Avvik ¶2", I(breach.Consequences)}, {"Avvik ¶2", I(breach.Measures)},
		}, law()},
		// "I varselet opplyses avviket med forklaring om årsak, tidsrom og
		// tidspunktet avviket ble oppdaget, kategoriene av og omtrentlig
		// antall registrerte ..., kategoriene av og omtrentlig antall
		// registreringer ..., navnet på og kontaktopplysningene til
		// personvernombudet eller et annet kontaktpunkt ..., antatte
		// konsekvenser ... og hvilke umiddelbare tiltak ...": nine items.
		{"Assistert Selvhjelp", examples.AssistertSelvhjelp().Breach, []req{
			{bullet, I(breach.Nature)}, {bullet, I(breach.Cause)}, {bullet, I(breach.TimeSpan)},
			{bullet, I(breach.DiscoveryTime)}, {bullet, I(breach.SubjectCategories, breach.SubjectCount)},
			{bullet, I(breach.RecordCategories, breach.RecordCount)}, {bullet, I(breach.ContactPoint)},
			{bullet, I(breach.Consequences)}, {bullet, I(breach.Measures)},
		}, law() | I(breach.Cause, breach.TimeSpan, breach.DiscoveryTime)},
		// 10.2.1 art and measures; 10.2.2 categories of data subjects and
		// the approximate numbers of data subjects and of records (not the
		// categories of records); 10.2.3 consequences and remedies.
		{"Nortelecom", examples.Nortelecom().Breach, []req{
			{"10.2.1", I(breach.Nature, breach.Measures)},
			{"10.2.2", I(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)},
			{"10.2.3", I(breach.Consequences, breach.Measures)},
		}, law()},
		{"MailMojo", examples.MailMojo().Breach, nil, law()},
		{"We4you", examples.We4you().Breach, nil, law()},
	}
	for _, tt := range tests {
		var got []req
		for _, r := range tt.terms.Contents.Required {
			got = append(got, req{r.Clause, r.Items})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: contents mismatch (-want +got):\n%s", tt.seed, diff)
		}
		a := tt.terms.Assess(breach.Incident{}, oslo(2026, time.May, 16, 22, 40))
		if a.Required != tt.union || a.Missing != tt.union {
			t.Errorf("%s: required %v missing %v, want both %v", tt.seed, a.Required, a.Missing, tt.union)
		}
	}
}

const bullet = "Tekniske, organisatoriske og sikkerhetsmessige tiltak, kulepunkt 4"

// law is the content of Art. 33(3)(a)–(d).
func law() breach.Items {
	return breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount, breach.RecordCategories,
		breach.RecordCount, breach.ContactPoint, breach.Consequences, breach.Measures)
}

// TestBreachReporting pins who reports, the wider "avvik" and the other
// duties each text states.
func TestBreachReporting(t *testing.T) {
	type got struct {
		Authority, Subjects obligation.Party
		MayReport           breach.Permission
		Wide, Mutual        bool
		DeviationOwed       bool
		Assist              bool
	}
	deviation := breach.Incident{Class: breach.Deviation, Discovered: oslo(2026, time.May, 16, 22, 40)}
	tests := []struct {
		seed  string
		terms breach.Terms
		want  got
	}{
		// "Kunden er ansvarlig for å sende avviksrapporten til Datatilsynet";
		// "bryter med We Are Medias praksis og AUP, kundens beskrivelse,
		// personvernloven eller GDPR skal behandles som avvik".
		{"We Are Media", examples.WeAreMedia().Breach, got{obligation.Controller, 0, 0, true, false, true, true}},
		// "Det er Behandlingsansvarlig sitt ansvar å melde avvik til
		// Datatilsynet"; the controller also tells the data subjects
		// ("Behandlingsansvarliges plikter"); "i strid med etablerte
		// rutiner, instrukser ... så vel som sikkerhetsbrudd".
		{"Assistert Selvhjelp", examples.AssistertSelvhjelp().Breach, got{obligation.Controller, obligation.Controller, 0, true, false, true, true}},
		// 10.1 "Databehandleren må ikke rapportere"; 10.5 each party
		// notifies the other; "sikkerhetsbrudd" only.
		{"Nortelecom", examples.Nortelecom().Breach, got{obligation.Controller, 0, breach.Forbidden, false, true, false, true}},
		{"MailMojo", examples.MailMojo().Breach, got{obligation.Controller, 0, 0, true, false, true, true}},
		// "partene varsle den annen part"; "kunden ansvar for å varsle til
		// datatilsynet og eventuelt de(n) registrerte".
		{"We4you", examples.We4you().Breach, got{obligation.Controller, obligation.Controller, 0, false, true, false, false}},
	}
	for _, tt := range tests {
		r := tt.terms.Reporting
		g := got{r.Authority, r.Subjects, r.ProcessorMayReport, tt.terms.Scope.Wide, tt.terms.Mutual.IsStated(),
			tt.terms.Assess(deviation, deviation.Discovered).Processor.Owed, tt.terms.Assistance.IsStated()}
		if diff := cmp.Diff(tt.want, g); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.seed, diff)
		}
		if err := tt.terms.Validate(); err != nil {
			t.Errorf("%s: %v", tt.seed, err)
		}
	}
}

// TestBreachAcrossSeeds assesses one incident under all five agreements:
// the notices owed, most urgent first.
func TestBreachAcrossSeeds(t *testing.T) {
	var terms []breach.Terms
	for _, a := range examples.All() {
		terms = append(terms, a.Breach)
	}
	inc := breach.Incident{Suspected: oslo(2026, time.May, 16, 21, 50), Discovered: oslo(2026, time.May, 16, 22, 40)}
	var order []int
	for _, o := range breach.AssessAll(terms, inc, inc.Discovered) {
		order = append(order, o.Index)
	}
	// Assistert Selvhjelp (1) from the suspicion at 21:50; then from 22:40
	// the "immediately" ones, We Are Media (0) and MailMojo (3); We4you's
	// "without undue delay" (4); Nortelecom's 24-hour bound (2) last.
	if diff := cmp.Diff([]int{1, 0, 3, 4, 2}, order); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
}
