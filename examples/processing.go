package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
)

// processingTerms adds the processing description (annex) of seed s to a.
// Texts are the seeds' own words; each list and item cites its clause.
func processingTerms(s seed, a *agreement.Agreement) {
	switch s {
	case weAreMedia:
		a.Processing = agreement.Processing{Provision: obligation.At("Formål"), Description: weAreMediaProcessing()}
	case assistertSelvhjelp:
		a.Processing = agreement.Processing{Provision: obligation.At("Vedlegg 1"), Description: assistertSelvhjelpProcessing()}
	case nortelecom:
		a.Processing = agreement.Processing{Provision: obligation.At("Vedlegg 3.3"), Description: nortelecomProcessing()}
	case mailMojo:
		a.Processing = agreement.Processing{Provision: obligation.At("1"), Description: mailMojoProcessing()}
	case we4you:
		a.Processing = agreement.Processing{Provision: obligation.At("Arten og formålet med behandlingen"), Description: we4youProcessing()}
	}
}

// weAreMediaProcessing: the opening paragraph (¶1, before any heading) names the
// operations, "Formål" the purposes, and "Sikkerhet" with its sub-headings
// the measures. The text names no data subjects, no categories of data
// and no duration. On children's and sensitive data it says only that the
// services do not include the security measures they need ("Kundens
// plikter" ¶3), not whether such data are processed.
func weAreMediaProcessing() annex.Description {
	return annex.Description{
		Purposes: annex.ListAt("Formål",
			annex.Purpose{Kind: annex.PurposeServiceDelivery, Text: "å levere tjenester i samsvar med tjenesteavtalen"},
			annex.Purpose{Kind: annex.PurposeCustomerService, Text: "å utføre kundeservice som svar på kundens krav"},
		),
		// "inkludert innsamling, registrering, kompilering, lagring,
		// utlevering eller en kombinasjon av disse". "Kompilering" stands
		// where Assistert Selvhjelp's otherwise identical sentence has
		// "sammenstilling", the Norwegian GDPR's word for alignment or
		// combination; the machine translation is kept as its text.
		Operations: annex.InferredAt(string(obligation.Opening(1)), "an enumeration inside the sentence that says what the agreement governs",
			annex.Operation{Kind: annex.OpCollection},
			annex.Operation{Kind: annex.OpRecording},
			annex.Operation{Kind: annex.OpAlignmentOrCombination, Text: "kompilering"},
			annex.Operation{Kind: annex.OpStorage},
			annex.Operation{Kind: annex.OpDisclosure},
		),
		SecurityMeasures: annex.ListAt("Sikkerhet",
			annex.Measure{Kind: annex.MeasureRegularTesting, Clause: "Sikkerhet ¶2",
				Text: "We Are Media er forpliktet til å bistå kunder i regelmessige sikkerhetskontroller."},
			annex.Measure{Kind: annex.MeasurePhysicalSecurity, Clause: "Fysisk tilgangskontroll",
				Text: "bruk av sikkerhetspersonell og bruk av trygge bygninger og steder for å forhindre uautorisert tilgang til personlig informasjon"},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: "Systemtilgangskontroll",
				Text: "autentisering av brukernavn og passord, tofaktorautentisering, dokumentert autorisasjonsprosess"},
			annex.Measure{Kind: annex.MeasureSystemConfiguration, Clause: "Systemtilgangskontroll",
				Text: "dokumentert endringsadministrasjonsprosess"},
			annex.Measure{Kind: annex.MeasureEventLogging, Clause: "Systemtilgangskontroll",
				Text: "loggføring på flere nivåer"},
			annex.Measure{Kind: annex.MeasureTransmission, Clause: "Overføringskontroll",
				Text: "sikre at det er mulig å overføre dataene til riktig person uten uautorisert lesing, kopiering, endring eller sletting av dataene under dataoverføringsprosessen"},
			annex.Measure{Kind: annex.MeasureTimelyRestore, Clause: "Backup",
				Text: "Sikkerhetskopien utføres i samsvar med serviceavtalen. For tjenester som eksplisitt ikke inkluderer sikkerhetskopier, er kunden ansvarlig for å gi passende sikkerhetskopier."},
			// Logical separation of customers fits none of the Annex III
			// headings squarely.
			annex.Measure{Kind: annex.MeasureOther, Clause: "Logisk separasjon",
				Text: "I We Are Medias system skilles data fra forskjellige kunder logisk for å sikre at personopplysninger registrert for forskjellige formål kan behandles separat."},
		),
		Nature: annex.Statement{Clause: string(obligation.Opening(1)),
			Text: "behandlingen av personopplysninger fra We Are Media (databehandler) på vegne av kunder (behandlere), inkludert innsamling, registrering, kompilering, lagring, utlevering eller en kombinasjon av disse"},
	}
}

// assistertSelvhjelpProcessing: Vedlegg 1 ("Formål og kategorier") is a
// check-list form whose tick marks did not survive publication: every box
// of every list reads the same, so which of the printed options the
// parties ticked cannot be recovered. The DPA itself says the annex is
// for the parties to complete ("Behandlingens formål, kategorier av
// opplysninger og hvem er registrert": "vedlegget må fylles ut av
// avtalepartene"), so the published boxes may never have been ticked; the
// "Annet" texts, though, are filled in. What is recorded here is what the
// text evidently describes, each item citing the passage that shows it:
//
//   - purposes: the "Annet (vennligst spesifiser)" text about Veiledere,
//     the only purpose filled in; whether any of the seven printed
//     purposes (Helsetjenester, say) was ticked is lost;
//   - data subjects: the service's end users ("Sluttbrukere", Tema for
//     behandlingen); whether Pasienter, Barn or other printed categories
//     were ticked is lost, and "Andre (vennligst spesifiser)" has no text;
//   - personal data: the examples under "Annet, vennligst spesifiser
//     under"; none of the printed categories is evidenced, and Vedlegg 2
//     says no data identifying the end user, IP addresses included, are
//     stored;
//   - special categories: health data, the anxiety and depression scores
//     and the standardised answers about behaviour, emotions and thoughts
//     of a mental-health service (Omfang); the other boxes are lost;
//   - security needs: privacy-enhancing technology, evident from the
//     pseudonymous access codes (Vedlegg 2, Sluttbrukertilgang); whether
//     confidentiality, integrity or availability were ticked is lost,
//     though the form itself says sensitive data call for at least one;
//   - operations: those the DPA names ("Om avtalen" ¶2) and the restriction
//     and deletion it promises; the form's ticks are lost.
func assistertSelvhjelpProcessing() annex.Description {
	return annex.Description{
		Purposes: annex.ListAt("Vedlegg 1",
			annex.Purpose{Kind: annex.PurposeOther,
				Text: "Formålet er å gi Veiledere hos behandlingsansvarlig innsikt i Sluttbrukerens registreringer, og dermed kunne gi effektiv oppfølging av Sluttbrukere som benytter Tjenesten."},
		),
		DataSubjects: annex.InferredAt("Vedlegg 1", "Vedlegg 1 is a check-list whose boxes are unticked in the published text; its printed categories do not include the end users, whom Tema for behandlingen names",
			annex.DataSubject{Kind: annex.SubjectEndUsers, Clause: "Tema for behandlingen",
				Text: "Personopplysninger som Sluttbrukere registrerer i tjenesten med en anonymisert tilgangskode"},
		),
		DataCategories: annex.ListAt("Vedlegg 1",
			annex.DataCategory{Kind: annex.DataOther, Text: "Hvilket innhold som er gjennomgått"},
			annex.DataCategory{Kind: annex.DataUsage, Text: "Automatisk informasjon om dato/klokkeslett for innlogging, og tidsbruk"},
			annex.DataCategory{Kind: annex.DataUsage, Text: "Klikkstrøm-data, type operativsystem og nettleser og andre brukeropplysninger som en er en del av tjenesteanalysen"},
			annex.DataCategory{Kind: annex.DataDevice, Text: "type operativsystem og nettleser"},
			annex.DataCategory{Kind: annex.DataOther, Text: "Evaluering og tilbakemeldinger knyttet til bruk av Tjenestene"},
		),
		SpecialCategories: annex.InferredAt("Vedlegg 1", "Vedlegg 1 is a check-list whose boxes are unticked in the published text; health data are read from the answers and scores its filled-in examples list",
			annex.SpecialCategory{Kind: annex.SpecialHealth,
				Text: "Standardiserte svar/svarkategorier relatert til spørsmål og oppgaver om atferd, emosjoner, tanker og opplevelse av ulike situasjoner"},
			annex.SpecialCategory{Kind: annex.SpecialHealth,
				Text: "Oversikt over scoringer på kartleggingsverktøy, for eksempel kartlegging av symptomer på angst og depresjon"},
		),
		SecurityNeeds: annex.InferredAt("Vedlegg 1", "Vedlegg 1 is a check-list whose boxes are unticked in the published text; the need is read from the pseudonymous access codes of Vedlegg 2",
			annex.SecurityNeed{Kind: annex.NeedPrivacyEnhancingTechnology, Clause: "Vedlegg 2, Sluttbrukertilgang",
				Text: "Det brukes et system for anonymisering og pseudonymiesring med unike koder for å gi brukere tilgang til systemet."},
		),
		Operations: annex.InferredAt("Vedlegg 1", "Vedlegg 1 is a check-list whose boxes are unticked in the published text; the operations are those the DPA names",
			annex.Operation{Kind: annex.OpCollection, Clause: "Om avtalen"},
			annex.Operation{Kind: annex.OpRecording, Clause: "Om avtalen"},
			annex.Operation{Kind: annex.OpStorage, Clause: "Om avtalen"},
			annex.Operation{Kind: annex.OpDisclosure, Clause: "Om avtalen"},
			annex.Operation{Kind: annex.OpAlignmentOrCombination, Clause: "Om avtalen", Text: "sammenstilling"},
			annex.Operation{Kind: annex.OpRestriction, Clause: "Databehandlers plikter",
				Text: "ha rutiner for og teknisk mulighet til å begrense Behandlingen av den registrertes personopplysninger"},
			annex.Operation{Kind: annex.OpErasureOrDestruction, Clause: "Varighet og opphør",
				Text: "irreversibelt slette eller forsvarlig destruere alle opplysningene og alle eventuelle kopier og sikkerhetskopier"},
		),
		// Vedlegg 2's "Vurdering av tiltak" lists the four measures of
		// Art. 32(1) only as things to consider ("vurdere"), so they are
		// not recorded as measures taken.
		SecurityMeasures: annex.ListAt("Vedlegg 2",
			annex.Measure{Kind: annex.MeasurePseudonymisationEncryption, Clause: "Vedlegg 2, Sluttbrukertilgang",
				Text: "Det brukes et system for anonymisering og pseudonymiesring med unike koder for å gi brukere tilgang til systemet."},
			annex.Measure{Kind: annex.MeasureDataMinimisation, Clause: "Vedlegg 2, Sluttbrukertilgang",
				Text: "Ingen data som kan identifisere Sluttbrukeren lagres i databasen. Dette gjelder også IP-adresser."},
			annex.Measure{Kind: annex.MeasureConfidentialityIntegrity, Clause: "Tekniske, organisatoriske og sikkerhetsmessige tiltak",
				Text: "etablere og etterkomme nødvendige tekniske og organisatoriske tiltak med hensyn til vedvarende konfidensialitet, integritet, tilgjengelighet og robusthet ved Behandling av Personopplysninger"},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: "Tekniske, organisatoriske og sikkerhetsmessige tiltak",
				Text: "ha rutiner for autorisasjon og styring som sikrer at bare de av Databehandlers medarbeidere som har reelt behov for tilgang til systemer og opplysningene for å ivareta nødvendige oppgaver for gjennomføring av tjeneste/oppdragsavtalen får slik tilgang"},
			annex.Measure{Kind: annex.MeasureEventLogging, Clause: "Tekniske, organisatoriske og sikkerhetsmessige tiltak",
				Text: "registrere all autorisert og uautorisert tilgang til informasjon. Alle oppslag som gjøres skal registreres slik at de kan spores til den enkelte bruker"},
			annex.Measure{Kind: annex.MeasureRegularTesting, Clause: "Sikkerhetsrevisjoner",
				Text: "Databehandler vil foreta nødvendige sikkerhetsrevisjoner for systemer og lignende som er relevant for Behandlingen av Personopplysninger"},
		),
		Nature: annex.Statement{Clause: "Tema for behandlingen",
			Text: "Databehandleren skal Behandle Personopplysninger som Sluttbrukere registrerer i tjenesten med en anonymisert tilgangskode som tildeles av Behandlingsansvarlig: Databehandler skal lagre data og gjøre dem tilgjengelig for Sluttbrukere ved innlogging med den anonymiserte tilgangskoden."},
		Duration: annex.Statement{Clause: "Varighet og opphør",
			Text: "Denne databehandleravtalen gjelder fra inngåelse av Tjenesteavtalen og gjelder til avtalen og alle gjeldende avtaler mellom partene, som innebærer at Databehandler skal Behandle Personopplysninger på vegne av behandlingsansvarlig, er opphørt."},
	}
}

// nortelecomProcessing: Vedlegg 3.3 ("Instruksjon til databehandleren")
// holds purposes, data subjects and categories; clause 8.1 and Vedlegg
// 8.2 the measures. Its purposes include the processor's own: improving
// its products (§1.1.2) and sharing with manufacturers to improve its
// product range (§1.1.3).
func nortelecomProcessing() annex.Description {
	return annex.Description{
		Purposes: annex.ListAt("Vedlegg 3.3 §1.1",
			annex.Purpose{Kind: annex.PurposeOrderFulfilment, Clause: "Vedlegg 3.3 §1.1.1",
				Text: "Innsamling av personopplysninger er nødvendig for at databehandleren skal oppfylle sine forpliktelser under innkjøpsordren den databehandlingsansvarlige har lagt inn hos databehandlerens selger eller plassert digitalt via databehandlerens nettbutikk eller via XML / EDI-integrasjon."},
			annex.Purpose{Kind: annex.PurposeProductImprovement, Clause: "Vedlegg 3.3 §1.1.2",
				Text: "Innsamlede personopplysninger brukes også til å forbedre databehandlerens produkter og tjenester."},
			annex.Purpose{Kind: annex.PurposeProductImprovement, Clause: "Vedlegg 3.3 §1.1.3",
				Text: "Innsamlede personopplysninger kan under spesielle omstendigheter deles med tredjeparter, det være seg systemleverandører for å administrere tjenestene angitt i punkt 1.1.1 og 1.1.2 og produsenter med det formål å forbedre databehandlerens produktspekter."},
		),
		DataSubjects: annex.ListAt("Vedlegg 3.3 §1.2",
			annex.DataSubject{Kind: annex.SubjectPersonsOver18},
			annex.DataSubject{Kind: annex.SubjectPersonsUnder18},
		),
		// §2.1.1 and §2.1.2 give the same "Generelle personopplysninger"
		// for both groups: "Navn, adresse, e-post, telefonnummer,
		// ansettelse, tittel og IP-adresse."
		DataCategories: annex.ListAt("Vedlegg 3.3 §2.1",
			annex.DataCategory{Kind: annex.DataName},
			annex.DataCategory{Kind: annex.DataAddress},
			annex.DataCategory{Kind: annex.DataEmail},
			annex.DataCategory{Kind: annex.DataPhone},
			annex.DataCategory{Kind: annex.DataEmployment},
			annex.DataCategory{Kind: annex.DataTitle},
			annex.DataCategory{Kind: annex.DataIPAddress},
		),
		// "Sensitive personopplysninger: Ingen sensitive
		// personopplysninger behandles om personer over 18 år." and the
		// same for persons under 18.
		SpecialCategories: annex.NoneAt[annex.SpecialKind]("Vedlegg 3.3 §2.1"),
		// "et normalt sikkerhetsnivå må etableres": a normal level of
		// security, read as no special security needs.
		SecurityNeeds: annex.NoneAt[annex.NeedKind]("Vedlegg 3.3 §3.1"),
		Operations: annex.ListAt("Vedlegg 3.3",
			annex.Operation{Kind: annex.OpCollection, Clause: "Vedlegg 3.3 §1.1.1", Text: "Innsamling av personopplysninger"},
			annex.Operation{Kind: annex.OpStorage, Clause: "Vedlegg 3.3 §4.3", Text: "Personopplysninger lagres hos databehandleren"},
			annex.Operation{Kind: annex.OpUse, Clause: "Vedlegg 3.3 §1.1.2", Text: "brukes også til å forbedre databehandlerens produkter og tjenester"},
			annex.Operation{Kind: annex.OpDisclosure, Clause: "Vedlegg 3.3 §1.1.3", Text: "kan under spesielle omstendigheter deles med tredjeparter"},
			annex.Operation{Kind: annex.OpErasureOrDestruction, Clause: "Vedlegg 3.3 §4.2", Text: "Databehandleren må slette alle personopplysningene"},
		),
		SecurityMeasures: annex.ListAt("8.1",
			annex.Measure{Kind: annex.MeasureTransmission, Clause: "8.1(1)",
				Text: "Sikre en sikker overføring av personopplysninger mellom databehandleren og tredjeparter som fungerer som underbehandlere ved å bruke bare krypterte overføringsprotokoller som HTTPS eller SSL."},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: "8.1(2)",
				Text: "Sikre at bare autorisert personell har tilgang til personopplysninger for de avtalte formålene, inkludert tiltak som begrenser tilgang til personopplysninger ved å lage en liste som spesifiserer hvilke forhåndsbestemte datamaskiner basert på IP-adresser som har tilgang til personopplysninger"},
			annex.Measure{Kind: annex.MeasureEventLogging, Clause: "8.1(3)",
				Text: "Ved at databehandleren bare tillater sine ansatte tilgang til personopplysninger gjennom sporbare kontoer som kan spores etter navn og logges tilstrekkelig når de brukes"},
			annex.Measure{Kind: annex.MeasureConfidentialityIntegrity, Clause: "8.1(4)",
				Text: "Sikre personopplysninger mot uautorisert og ulovlig lagring, behandling, tilgang eller utlevering"},
			annex.Measure{Kind: annex.MeasureRegularTesting, Clause: "8.1(5)",
				Text: "Systematisering av gjentatte og periodiske prosedyrer for skanning, identifisering og avhjelping av enestående sikkerhetsproblemer på servere, arbeidsstasjoner, nettverk, utstyr og applikasjoner"},
			annex.Measure{Kind: annex.MeasureITGovernance, Clause: "Vedlegg 8.2",
				Text: "Klassifisering av personopplysninger for å sikre at relevante sikkerhetstiltak implementeres i forhold til risikovurderinger."},
			annex.Measure{Kind: annex.MeasurePseudonymisationEncryption, Clause: "Vedlegg 8.2",
				Text: "Vurdering av pseudonymisering og kryptering som risikoreduserende faktorer."},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: "Vedlegg 8.2",
				Text: "Begrensning av tilgang til personopplysninger til relevante personer som kreves tilgang i henhold til denne databehandlingsavtalen eller under avtalen."},
			annex.Measure{Kind: annex.MeasureConfidentialityIntegrity, Clause: "Vedlegg 8.2",
				Text: "Operere og implementere systemer som kan oppdage, gjenopprette, motsette seg og rapportere hendelser i forhold til personopplysninger."},
			annex.Measure{Kind: annex.MeasureITGovernance, Clause: "Vedlegg 8.2",
				Text: "Kartlegg sikkerhetsstrukturen og hvordan personopplysninger overføres mellom partene."},
			annex.Measure{Kind: annex.MeasureRegularTesting, Clause: "Vedlegg 8.2",
				Text: "Gjennomføre vurderinger av databehandlerens egne sikkerhetsnivåer for å sikre at gjeldende tekniske og organisatoriske tiltak er tilstrekkelig for å beskytte personopplysninger, i samsvar med GDPR artikkel 32 angående sikkerhetsbehandling og artikkel 25 angående databeskyttelse ved utvikling og som standard."},
		),
		Duration: annex.Statement{Clause: "12.1",
			Text: "Databehandlingsavtalen forblir i kraft så lenge databehandleren leverer tjenestene som er beskrevet i avtalen til den databehandlingsansvarlige eller så lenge databehandleren behandler personopplysninger på vegne av den databehandlingsansvarlige."},
	}
}

// mailMojoProcessing: section 1 describes the service and its purposes.
// Its list of personal data is empty in the published text: "Databehandler
// vil kunne ha tilgang til følgende Personopplysninger:" is followed by
// the next paragraph. So are the two lists of 2.3.2 ("ta i betraktning:"
// and "vurdere:"), the only place the agreement would list security
// measures. The text has no list of data subjects; §1's "sine egne
// e-postlister" identifies them as the recipients of the newsletters.
func mailMojoProcessing() annex.Description {
	return annex.Description{
		Purposes: annex.ListAt("1",
			annex.Purpose{Kind: annex.PurposeNewsletterSending, Text: "for å kunne gjennomføre utsendelsen av e-postmarkedsføringen"},
			annex.Purpose{Kind: annex.PurposeResponseAnalytics, Text: "for å analysere og presentere tilhørende respons på dette til Behandlingsansvarlig"},
			annex.Purpose{Kind: annex.PurposeCustomerService, Text: "dersom Behandlingsansvarlig etterspør hjelp til håndtering av e-postlister eller annen kundeservice som krever at Databehandler behandler Personopplysningene"},
			annex.Purpose{Kind: annex.PurposeOther, Text: "gi Behandlingsansvarlig bedre segmentering av e-postlister, automatisere utsendelse av nyhetsbrev og presentere bedre statistikk over respons"},
		),
		// 1 names no categories of data subjects: they are the people on
		// the controller's «egne e-postlister», and 1 also lets the
		// processor take data from the controller's other services
		// («eksempelvis nettbutikkløsning»).
		DataSubjects: annex.InferredAt("1", "the recipients on the controller's «egne e-postlister»; other sources («andre tjenester som Behandlingsansvarlig benytter») are allowed",
			annex.DataSubject{Kind: annex.SubjectNewsletterRecipients, Text: "sine egne e-postlister som lagres i plattformen"},
		),
		DataCategories: annex.BlankAt[annex.DataKind]("1"),
		// The definition of «Behandling»: "enhver bruk av
		// personopplysninger, som f.eks. innsamling, registrering,
		// sammenstilling, lagring og utlevering eller en kombinasjon av
		// slike bruksmåter". Read as the list of operations, as the same
		// enumeration is in We Are Media's opening and Assistert
		// Selvhjelp's "Om avtalen".
		Operations: annex.InferredAt("1", "an enumeration of examples inside the definition of «Behandling»",
			annex.Operation{Kind: annex.OpCollection},
			annex.Operation{Kind: annex.OpRecording},
			annex.Operation{Kind: annex.OpAlignmentOrCombination, Text: "sammenstilling"},
			annex.Operation{Kind: annex.OpStorage},
			annex.Operation{Kind: annex.OpDisclosure},
		),
		SecurityMeasures: annex.BlankAt[annex.MeasureKind]("2.3.2"),
		Nature: annex.Statement{Clause: "1",
			Text: "Databehandler leverer en teknologiplattform for e-postmarkedsføring. Behandlingsansvarlig benytter seg av denne plattformen for å sende nyhetsbrev og annen e-postmarkedsføring til sine egne e-postlister som lagres i plattformen, og for å kunne måle responsen og resultatene av denne markedsføringen."},
		Duration: annex.Statement{Clause: "5",
			Text: "Denne Databehandleravtalen skal gjelde fra den dato den er signert av begge parter og inntil Avtalen utløper, eller inntil Databehandlers plikt til ytelse av tjenester i henhold til Avtalen opphører av annen grunn"},
	}
}

// we4youProcessing: the statement's first section ("Arten og formålet med
// behandlingen") gives purpose, nature and data subjects. It has no list
// of personal data of its own; the categories recorded are the
// "Informasjonsinnhold" column of its subprocessor table, the data it
// passes on. It names no duration, no special categories and no security
// needs, and its only measures are general.
func we4youProcessing() annex.Description {
	const nature = "Arten og formålet med behandlingen"
	const subs = "Bruk av underleverandører"
	return annex.Description{
		Purposes: annex.ListAt(nature,
			annex.Purpose{Kind: annex.PurposeSwitchboard, Text: "sikre korrekt kommunikasjon mellom sentralbord og kunde"},
			annex.Purpose{Kind: annex.PurposeSwitchboard, Text: "å kunne betjene kundens kunder og ansatte på en best mulig måte"},
		),
		DataSubjects: annex.ListAt(nature,
			annex.DataSubject{Kind: annex.SubjectCustomersCustomers, Text: "kundens kunder"},
			annex.DataSubject{Kind: annex.SubjectEmployees, Text: "ansatte"},
			annex.DataSubject{Kind: annex.SubjectCallers, Clause: subs, Text: "Sender beskjeder til kunde på vegen av innringer"},
		),
		DataCategories: annex.ListAt(subs,
			annex.DataCategory{Kind: annex.DataName},
			annex.DataCategory{Kind: annex.DataPhone},
			annex.DataCategory{Kind: annex.DataTitle, Text: "stillingsbeskrivelse"},
			annex.DataCategory{Kind: annex.DataEmail},
			annex.DataCategory{Kind: annex.DataMessages, Text: "Mottar beskjeder og informasjon fra kunde. Sender beskjeder til kunde på vegen av innringer"},
			annex.DataCategory{Kind: annex.DataOther, Text: "Instruks fra kunden"},
		),
		Operations: annex.ListAt(nature,
			annex.Operation{Kind: annex.OpCollection, Text: "innhentet"},
			annex.Operation{Kind: annex.OpRecording, Text: "registrert"},
			annex.Operation{Kind: annex.OpAdaptationOrAlteration, Clause: "Endring og sletting av personopplysninger", Text: "ajourføring oppdaterte opplysninger"},
			annex.Operation{Kind: annex.OpStorage, Clause: "Endring og sletting av personopplysninger", Text: "Der hvor historiske opplysninger er nødvendige å beholde for oppdragets formål beholdes disse til hensiktsmessigheten opphører."},
			annex.Operation{Kind: annex.OpErasureOrDestruction, Clause: "Endring og sletting av personopplysninger", Text: "Ved sletting av opplysninger som ikke lenger er relevante fjernes disse ved hensiktsmessighet uten ugrunnet opphold hos We4you."},
		),
		SecurityMeasures: annex.ListAt("IT-sikkerhet og personvernsikkerhet",
			annex.Measure{Kind: annex.MeasureOther,
				Text: "Partene skal foreta egnede tekniske og organisatoriske sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig ved behandling av personopplysninger."},
			annex.Measure{Kind: annex.MeasureOther,
				Text: "Alle ansatte i We4you AS har undertegnet taushetserklæring. Ved evnt. nytilsetting eller ved bruk av vikarer vil taushetserklæring signeres før oppstart."},
		),
		Nature: annex.Statement{Clause: nature,
			Text: "Formålet med og arten av sentralbordets behandling av personopplysninger er å kunne betjene kundens kunder og ansatte på en best mulig måte. Behandling av personopplysninger etter denne avtale gjelder personopplysninger som er innhentet, og registrert etter avtale med kunden, slik at sentralbordet kan utføre oppdraget for kunden."},
	}
}
