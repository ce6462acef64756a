package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
)

// breachTerms adds the breach notification terms of seed s to a. The
// texts quoted are the seeds' own words.
func breachTerms(s seed, a *agreement.Agreement) {
	switch s {
	case weAreMedia:
		a.Breach = weAreMediaBreach()
	case assistertSelvhjelp:
		a.Breach = assistertSelvhjelpBreach()
	case nortelecom:
		a.Breach = nortelecomBreach()
	case mailMojo:
		a.Breach = mailMojoBreach()
	case we4you:
		a.Breach = we4youBreach()
	}
}

// weAreMediaBreach: the section "Avvik", two paragraphs.
func weAreMediaBreach() breach.Terms {
	const p1, p2 = "Avvik ¶1", "Avvik ¶2"
	return breach.Terms{
		Provision: obligation.At("Avvik"),
		Scope: breach.Scope{Provision: obligation.At(p1), Wide: true,
			Text: "Bruk av informasjonssystem som bryter med We Are Medias praksis og AUP, kundens beskrivelse, personvernloven eller GDPR skal behandles som avvik."},
		// "så snart den er klar over avviket": the duty arises at
		// awareness with no allowance for delay, read as immediately.
		Deadline: breach.Deadline{Provision: obligation.At(p1),
			Period: obligation.Unquantified(obligation.Immediately), Clock: breach.Awareness,
			Text: "så snart den er klar over avviket"},
		Channel: breach.Channel{Provision: obligation.At(p1), Recipient: breach.ToController,
			Text: "We Are Media vil varsle kunden"},
		Contents: breach.Contents{Provision: obligation.At(p2), Required: []breach.Requirement{
			{Clause: p2, Text: "en beskrivelse av avvikets art", Items: breach.ItemsOf(breach.Nature)},
			{Clause: p2, Text: "kontaktinformasjon til We Are Media kontaktpunkt", Items: breach.ItemsOf(breach.ContactPoint)},
			{Clause: p2, Text: "en beskrivelse av mulige konsekvenser", Items: breach.ItemsOf(breach.Consequences)},
			{Clause: p2, Text: "det implementerte eller planlagte løsningsavviket og begrense konsekvensene", Items: breach.ItemsOf(breach.Measures)},
		}},
		Reporting: breach.Reporting{Provision: obligation.At(p1), Authority: obligation.Controller,
			Text: "Kunden er ansvarlig for å sende avviksrapporten til Datatilsynet."},
		Assistance: breach.Commitment{Provision: obligation.At(p1),
			Text: "samarbeide med kunden for å korrigere avviket når det er nødvendig"},
	}
}

// assistertSelvhjelpBreach: "Avvik og avviksmeldinger" and the fourth
// bullet under "Tekniske, organisatoriske og sikkerhetsmessige tiltak".
func assistertSelvhjelpBreach() breach.Terms {
	const (
		avvik  = "Avvik og avviksmeldinger"
		p1     = avvik + " ¶1"
		p2     = avvik + " ¶2"
		p3     = avvik + " ¶3"
		bullet = "Tekniske, organisatoriske og sikkerhetsmessige tiltak, kulepunkt 4"
	)
	req := func(text string, items ...breach.Item) breach.Requirement {
		return breach.Requirement{Clause: bullet, Text: text, Items: breach.ItemsOf(items...)}
	}
	return breach.Terms{
		Provision: obligation.At(avvik),
		Scope: breach.Scope{Provision: obligation.At(p1), Wide: true,
			Text: "Enhver bruk av informasjonssystemene og Personopplysninger i strid med etablerte rutiner, instrukser fra Behandlingsansvarlig eller gjeldende lovgivning om Behandling av Personopplysninger, så vel som sikkerhetsbrudd, skal behandles som avvik."},
		// Two wordings, both strict: "umiddelbart og uten unødig opphold"
		// (¶3) and "ved mistanke om eller konstatering av avvik, omgående
		// varsle" (the bullet). The stricter reading: immediately, from
		// suspicion.
		Deadline: breach.Deadline{Provision: obligation.At(p3 + "; " + bullet),
			Period: obligation.Unquantified(obligation.Immediately), Clock: breach.Suspicion,
			Text: "umiddelbart og uten unødig opphold … ved mistanke om eller konstatering av avvik, omgående"},
		Channel: breach.Channel{Provision: obligation.At(p3), Medium: breach.Appropriate, Recipient: breach.ToControllerContact,
			Text: "bruke kontaktopplysninger som er oppgitt av Behandlingsansvarlig, og bruke kommunikasjonsform som er hensiktsmessig i forhold til hastegrad"},
		Contents: breach.Contents{Provision: obligation.At(bullet), Required: []breach.Requirement{
			req("avviket", breach.Nature),
			req("forklaring om årsak", breach.Cause),
			req("tidsrom", breach.TimeSpan),
			req("tidspunktet avviket ble oppdaget", breach.DiscoveryTime),
			req("kategoriene av og omtrentlig antall registrerte som er berørt", breach.SubjectCategories, breach.SubjectCount),
			req("kategoriene av og omtrentlig antall registreringer av personopplysninger som er berørt", breach.RecordCategories, breach.RecordCount),
			req("navnet på og kontaktopplysningene til personvernombudet eller et annet kontaktpunkt der mer informasjon kan innhentes", breach.ContactPoint),
			req("antatte konsekvenser av avviket", breach.Consequences),
			req("hvilke umiddelbare tiltak som er igangsatt eller vurderes igangsatt for å håndtere avviket", breach.Measures),
		}},
		Reporting: breach.Reporting{Provision: obligation.At(p3), Authority: obligation.Controller, Subjects: obligation.Controller,
			Text: "Det er Behandlingsansvarlig sitt ansvar å melde avvik til Datatilsynet i henhold til gjeldende lovgivning."},
		Mitigation: breach.Commitment{Provision: obligation.At(p2),
			Text: "rutiner og systematiske prosesser for å følge opp avvik, som skal inkludere reetablering av normaltilstanden, eliminasjon av årsaken til avviket, og hindre gjentagelse"},
		Assistance: breach.Commitment{Provision: obligation.At(p3),
			Text: "gi Behandlingsansvarlig all informasjon nødvendig for å sette Behandlingsansvarlig i stand til å overholde gjeldende lovgivning"},
	}
}

// nortelecomBreach: clause 10, with written notices by e-mail under 1.1
// and 2.3.
func nortelecomBreach() breach.Terms {
	return breach.Terms{
		Provision: obligation.At("10"),
		Scope:     breach.Scope{Provision: obligation.At("10.1"), Text: "sikkerhetsbrudd"},
		Deadline: breach.Deadline{Provision: obligation.At("10.1"),
			Period:             obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)),
			BoundWherePossible: true, Clock: breach.Discovery,
			Text: "uten unødig forsinkelse. Hvis det er mulig, må meldingen gis senest tjuefire (24) timer etter at sikkerhetsbruddet er oppdaget"},
		Channel: breach.Channel{Provision: obligation.At("1.1"), Medium: breach.Email, Recipient: breach.ToController,
			Text: "Merknader gitt i henhold til databehandlingsavtalen må sendes skriftlig via e-post."},
		Contents: breach.Contents{Provision: obligation.At("10.2"), Required: []breach.Requirement{
			{Clause: "10.2.1", Text: "Sikkerhetsbruddets art og tiltakene som databehandleren foreslår å ta eller som databehandleren allerede har tatt for å begrense de negative konsekvensene av sikkerhetsbruddet",
				Items: breach.ItemsOf(breach.Nature, breach.Measures)},
			{Clause: "10.2.2", Text: "Kategoriene av de registrerte, det omtrentlige antallet berørte registrerte og det omtrentlige antallet berørte registreringer av personopplysninger",
				Items: breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)},
			{Clause: "10.2.3", Text: "De oppdagede og sannsynlige konsekvensene av sikkerhetsbruddet for behandlingen av personopplysninger og tiltakene databehandleren har tatt eller foreslått å gjøre for å avhjelpe disse konsekvensene",
				Items: breach.ItemsOf(breach.Consequences, breach.Measures)},
		}},
		Reporting: breach.Reporting{Provision: obligation.At("10.1"), Authority: obligation.Controller, ProcessorMayReport: breach.Forbidden,
			Text: "Databehandleren må ikke rapportere om sikkerhetsbrudd knyttet til personopplysninger som behandles på vegne av den databehandlingsansvarlige."},
		Mutual: obligation.At("10.5"),
		Mitigation: breach.Commitment{Provision: obligation.At("10.3"), Period: obligation.Unquantified(obligation.Immediately),
			Text: "umiddelbart ta alle nødvendige tiltak for å begrense de negative konsekvensene av sikkerhetsbruddet og for å forhindre gjentakelse"},
		Assistance: breach.Commitment{Provision: obligation.At("10.6"), OnRequest: true,
			Text: "bistå og veilede den behandlingsansvarlige hvis den behandlingsansvarlige ber om det"},
	}
}

// mailMojoBreach: clause 2.4.
func mailMojoBreach() breach.Terms {
	return breach.Terms{
		Provision: obligation.At("2.4"),
		Scope: breach.Scope{Provision: obligation.At("2.4"), Wide: true,
			Text: "Enhver bruk av informasjonssystemene og Personopplysninger i strid med etablerte rutiner, instrukser fra Behandlingsansvarlig eller gjeldende lovgivning om behandling av personopplysninger, så vel som sikkerhetsbrudd, skal behandles som avvik."},
		// No trigger is stated; the law's awareness applies.
		Deadline: breach.Deadline{Provision: obligation.At("2.4"),
			Period: obligation.Unquantified(obligation.Immediately), Text: "umiddelbart"},
		Reporting: breach.Reporting{Provision: obligation.At("2.4"), Authority: obligation.Controller,
			Text: "Det er Behandlingsansvarlig sitt ansvar å melde avvik til Datatilsynet i henhold til gjeldende lovgivning."},
		Mitigation: breach.Commitment{Provision: obligation.At("2.4"),
			Text: "rutiner og systematiske prosesser for å følge opp avvik, som skal inkludere reetablering av normaltilstanden, eliminasjon av årsaken til avviket og hindre gjentagelse"},
		Assistance: breach.Commitment{Provision: obligation.At("2.4"),
			Text: "gi Behandlingsansvarlig all informasjon nødvendig for å sette Behandlingsansvarlig i stand til å overholde gjeldende lovgivning"},
	}
}

// we4youBreach: the section "IT-sikkerhet og personvernsikkerhet".
func we4youBreach() breach.Terms {
	const c = "IT-sikkerhet og personvernsikkerhet"
	return breach.Terms{
		Provision: obligation.At(c),
		Scope:     breach.Scope{Provision: obligation.At(c), Text: "brudd på personvernsikkerheten"},
		Deadline: breach.Deadline{Provision: obligation.At(c),
			Period: obligation.Unquantified(obligation.WithoutUndueDelay), Clock: breach.Discovery,
			Text: "oppdager brudd på personvernsikkerheten skal partene varsle den annen part uten ugrunnet opphold"},
		Reporting: breach.Reporting{Provision: obligation.At(c), Authority: obligation.Controller, Subjects: obligation.Controller,
			Text: "Oppdages brudd på personvernsikkerheten har kunden ansvar for å varsle til datatilsynet og eventuelt de(n) registrerte dersom slik varsling er påkrevd."},
		Mutual: obligation.At(c),
	}
}
