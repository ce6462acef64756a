package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// dutyTerms adds to a the duties of seed s that GDPR Art. 28(3) asks the
// contract to set out and the other concerns do not hold: the controller's
// obligations and rights (first sentence), the processor's security duty
// (point (c)), and what the processor assists with (points (e) and (f)).
func dutyTerms(s seed, a *agreement.Agreement) {
	a.Duties = duties(s)
	assistanceScope(s, a)
}

func duties(s seed) agreement.Duties {
	switch s {
	case weAreMedia:
		return agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("Kundens plikter"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.LawfulProcessing, Clause: "Eierskap og håndteringsansvar",
					Text: "Kunden bestemmer formålet med behandling av personopplysninger … og er ansvarlig for at personopplysningene behandles i samsvar med kravene i lover, forskrifter og regler."},
				{Kind: agreement.KeepOverview, Clause: "Kundens plikter ¶1",
					Text: "Kunden er ansvarlig for å opprettholde en oversikt over personopplysningene som We Are Media behandler på vegne av kunden."},
				{Kind: agreement.GiveInstructions, Clause: "Kundens plikter ¶2",
					Text: "Kunden er ansvarlig for å gi skriftlige instruksjoner om hvordan man behandler personopplysninger."},
				{Kind: agreement.OwnSecurity, Clause: "Kundens plikter ¶3",
					Text: "Kunder er ansvarlige for å treffe passende sikkerhetstiltak for personopplysninger som behandles ved hjelp av We Are Media -tjenester."},
				{Kind: agreement.InformDataSubjects, Clause: "Kundens plikter ¶5",
					Text: "Kunder er forpliktet til å informere brukerne om bruk av databehandlere (inkludert We Are Media)"},
				{Kind: agreement.ReportBreaches, Clause: "Avvik",
					Text: "Kunden er ansvarlig for å sende avviksrapporten til Datatilsynet."},
				{Kind: agreement.AccessData, Clause: "We Are Media sine plikter ¶2",
					Text: "Med mindre annet er avtalt eller kreves i henhold til lov, har kunden rett til å få tilgang til og få tilgang til de behandlede personopplysningene og systemet som brukes til dette formålet."},
				// Nothing lets the customer stop the processing or terminate
				// for We Are Media's breach; the only termination is the one
				// We Are Media may choose on an objection to a subprocessor.
			}},
			Security: agreement.SecurityDuty{
				// "We Are Media er forpliktet til å implementere og vedlikeholde
				// de nødvendige tekniske og organisatoriske tiltakene …",
				// followed by concrete measures under their own headings.
				Provision: obligation.At("Sikkerhet"),
				// "Kunden er enig i at We Are Medias tjenester i prinsippet ikke
				// inkluderer sikkerhetstiltakene som er nødvendige for å
				// behandle personopplysninger om barn og sensitive og
				// konfidensielle personopplysninger (som kryptering eller fysisk
				// isolasjon), med mindre det er uttrykkelig angitt i
				// produktbeskrivelsen og / eller kontrakten."
				SensitiveExcluded: obligation.At("Kundens plikter ¶3"),
			},
		}

	case assistertSelvhjelp:
		return agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("Behandlingsansvarliges plikter"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.LawfulProcessing, Clause: "Behandlingsansvarliges plikter",
					Text: "har tilstrekkelig hjemmelsgrunnlag for Behandling av Personopplysninger"},
				{Kind: agreement.DataAccuracy, Clause: "Behandlingsansvarliges plikter",
					Text: "har ansvaret for nøyaktigheten, integriteten, innholdet, pålitelighet og lovligheten av Personopplysningene"},
				{Kind: agreement.InformDataSubjects, Clause: "Behandlingsansvarliges plikter",
					Text: "har informert den som Personopplysningene gjelder i tråd med gjeldende lovgivning"},
				{Kind: agreement.AnswerRequests, Clause: "Behandlingsansvarliges plikter",
					Text: "svare på henvendelser fra de registrerte om Behandling av Personopplysninger i henhold til denne Databehandleravtalen"},
				{Kind: agreement.OtherObligation, Clause: "Behandlingsansvarliges plikter",
					Text: "vurdere nødvendigheten av spesifikke tiltak som angitt i denne Databehandleravtalens pkt. 2.3.2 og 2.3.4, og bestille slike tiltak fra Databehandler"},
				{Kind: agreement.ReportBreaches, Clause: "Behandlingsansvarliges plikter",
					Text: "Behandlingsansvarlig har plikt til å melde avvik til aktuelle tilsynsmyndigheter og eventuelt til de registrerte uten ugrunnet opphold"},
				{Kind: agreement.AccessData, Clause: "Rammene for databehandlers behandling av personopplysninger",
					Text: "Behandlingsansvarlig har, med mindre annet er avtalt eller følger av lov, rett til tilgang til og innsyn i personopplysninger som behandles hos databehandleren."},
				{Kind: agreement.SuspendProcessing, Clause: "Varighet og opphør",
					Text: "Ved brudd på denne avtale eller personopplysningsloven kan Behandlingsansvarlig pålegge Databehandler å stoppe den videre Behandlingen av opplysningene med øyeblikkelig virkning."},
				{Kind: agreement.TerminateForBreach, Clause: "Mislighold",
					Text: "Hvis det foreligger vesentlig mislighold, kan den andre parten – etter å ha gitt skriftlig varsel og rimelig frist til å bringe forholdet i orden – heve hele eller deler av avtalen med øyeblikkelig virkning"},
			}},
			// "Databehandler plikter å treffe og gjennomføre alle nødvendige
			// og adekvate planlagte og systematiske tekniske,
			// organisatoriske og sikkerhetsmessige tiltak", followed by
			// concrete ones (authorisation, logging, deviation handling) and
			// Vedlegg 2's pseudonymous access codes.
			Security: agreement.SecurityDuty{Provision: obligation.At("Tekniske, organisatoriske og sikkerhetsmessige tiltak")},
		}

	case nortelecom:
		// No heading gathers the controller's obligations and rights; they
		// are spread over the text.
		return agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("4.4"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.VerifyGuarantees, Clause: "4.4",
					Text: "Gjeldende lov forplikter den databehandlingsansvarlige til å sikre at databehandleren gir de nødvendige garantiene for at databehandleren har eller vil implementere passende tekniske og organisatoriske sikkerhetstiltak"},
				{Kind: agreement.GiveInstructions, Clause: "Vedlegg 3.3",
					Text: "Dette vedlegget utgjør den dataansvarliges instruksjon til databehandleren om behandling av personopplysninger på vegne av den databehandlingsansvarlige."},
				{Kind: agreement.OtherRight, Clause: "11.3",
					Text: "har den databehandlingsansvarlige rett til å kreve erstatning og kompensasjon for kostnader som er påført som følge av manglende overholdelse"},
				{Kind: agreement.OtherObligation, Clause: "14.2",
					Text: "Partene er forpliktet til å holde hverandre skriftlig informert om eventuelle endringer i de oppgitte kontaktpersonene."},
				// Neither a right to stop the processing nor to terminate for
				// breach: 12.4 ties the DPA to the main agreement.
			}},
			// 8.1: "Databehandleren må innlemme alle egnede tekniske og
			// organisatoriske tiltak …", with six minimum measures.
			Security: agreement.SecurityDuty{Provision: obligation.At("8.1")},
		}

	case mailMojo:
		return agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("3"),
				Duties: []agreement.ControllerDuty{
					{Kind: agreement.OwnSecurity, Clause: "3",
						Text: "Behandlingsansvarlig skal implementere tilstrekkelige tekniske og organisatoriske tiltak for å sikre og demonstrere overholdelse av EU-forordning 2016/679"},
					{Kind: agreement.ReportBreaches, Clause: "3",
						Text: "Behandlingsansvarlig har plikt til å melde avvik til aktuelle tilsynsmyndigheter og eventuelt til de registrerte uten ugrunnet opphold"},
					// 4: "I tilfelle brudd på denne Databehandleravtalen … gjelder
					// de relevante bestemmelser om brudd i Avtalen." The service
					// agreement's remedies for breach are not reproduced.
					{Kind: agreement.TerminateForBreach, Clause: "4", InDocument: "Avtalen",
						Text: "I tilfelle brudd på denne Databehandleravtalen, eller forpliktelser etter gjeldende lovgivning om Behandling av Personopplysninger, gjelder de relevante bestemmelser om brudd i Avtalen."},
				},
				// "Behandlingsansvarlig bekrefter at Behandlingsansvarlig:" and
				// "Behandlingsansvarlig skal:" are followed by nothing; the
				// same lists in Assistert Selvhjelp's text hold five and two
				// points.
				Blank: []obligation.Clause{"3 ¶1", "3 ¶2"},
			},
			// 2.3.1: "Databehandler skal ved planlagte, systematiske,
			// organisatoriske og tekniske tiltak sikre tilstrekkelig
			// informasjonssikkerhet …" restates the law; the lists of 2.3.2
			// that should hold the measures are empty.
			Security: agreement.SecurityDuty{Provision: obligation.At("2.3.1"), Generic: true},
		}

	case we4you:
		return agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("Arten og formålet med behandlingen"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.GiveInstructions, Clause: "Arten og formålet med behandlingen",
					Text: "Sentralbordet vil kun behandle personopplysninger på vegne av kunden i henhold til avtale mellom partene eller dokumenterbar instruks fra kunden."},
				{Kind: agreement.OrderDeletion, Clause: "Endring og sletting av personopplysninger",
					Text: "Der hvor kunde/oppdragsgiver gir beskjed om at opplysninger skal slettes blir dette omgående og uten ugrunnet opphold."},
				{Kind: agreement.OwnSecurity, Clause: "IT-sikkerhet og personvernsikkerhet",
					Text: "Partene skal foreta egnede tekniske og organisatoriske sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig ved behandling av personopplysninger."},
				{Kind: agreement.ReportBreaches, Clause: "IT-sikkerhet og personvernsikkerhet",
					Text: "Oppdages brudd på personvernsikkerheten har kunden ansvar for å varsle til datatilsynet og eventuelt de(n) registrerte dersom slik varsling er påkrevd."},
			}},
			// "Partene skal foreta egnede tekniske og organisatoriske
			// sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig
			// ved behandling av personopplysninger." No measure is named.
			Security: agreement.SecurityDuty{Provision: obligation.At("IT-sikkerhet og personvernsikkerhet"), Generic: true},
		}
	}
	return agreement.Duties{}
}
