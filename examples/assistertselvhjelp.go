package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// AssistertSelvhjelp returns Assistert Selvhjelp AS's service agreement
// ("Tjenesteavtale", updated 11.05.2020, valid from 15.03.2020) with its
// data processing agreement and Vedlegg 1 (purposes and categories) and
// Vedlegg 2 (security). Clauses are the section headings of the text.
func AssistertSelvhjelp() agreement.Agreement {
	return complete(assistertSelvhjelp, agreement.Agreement{
		ID:        "assistert-selvhjelp",
		Title:     "TJENESTEAVTALE",
		Language:  "nb",
		Updated:   obligation.NewDate(2020, 5, 11),
		ValidFrom: obligation.NewDate(2020, 3, 15),
		Documents: []agreement.Document{
			{Title: "Salgsbetingelser", About: "general terms of sale", Included: true},
			{Title: "Databehandleravtale", Included: true},
			{Title: "Personvernerklæringen", About: "privacy policy; lists the subprocessors"},
			{Title: "Opplysninger gitt ved bestilling", About: "order details and specially agreed terms"},
			{Title: "Vedlegg 1 – Formål og kategorier", Included: true},
			{Title: "Vedlegg 2 – Detaljerte krav til informasjonssikkerhet", Included: true},
		},
		Parties: []agreement.Party{
			{
				Role: agreement.Processor, Name: "Assistert Selvhjelp AS", OrgNumber: "998504163",
				Address: "Sødal Terrasse 44, 4630 Kristiansand", Country: "NO", Clause: "Avtalens parter",
				Contacts: []agreement.Contact{{
					Kind: agreement.ContactPoint, Email: "kontakt@assistertselvhjelp.no", Clause: "Kontaktinformasjon",
				}},
			},
			{Role: agreement.Controller, Name: "Virksomheten", Generic: true, Clause: "Avtalens parter"},
		},
		Service: agreement.Service{
			Provision:     obligation.At("Tema for behandlingen"),
			Name:          "Assistert Selvhjelp",
			SubjectMatter: "Internet-assisted treatment and self-help for mental health: storing what end users register under a pseudonymous access code the controller assigns, and making it available to them and, with their consent, to the controller's supervisors.",
			MainAgreement: "tjeneste/oppdragsavtalen",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("Om avtalen"),
			Cited: []agreement.Law{
				{ID: "LOV-2018-06-15-38", Title: "personopplysningsloven (LOV-2018-06-15-38)", Clause: "Om avtalen"},
				{ID: "32016R0679", Title: "EUs personvernforordning (2016/679/EC av 27.april 2016)", Clause: "Om avtalen"},
			},
		},
		// "I tilfelle konflikt mellom denne avtalen og
		// tjeneste/oppdragsavtalen, skal denne databehandleravtalen gjelde."
		Precedence: agreement.Precedence{
			Provision:   obligation.At("Omfang"),
			OverMain:    true,
			YieldsToLaw: true,
		},
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At("Lovvalg, konflikt- og tvisteløsning"),
			Country:   "NO",
			Venue:     "Kristiansand tingrett",
			Amicable:  obligation.Days(30),
		},
		Notices: agreement.Notices{
			Provision: obligation.At("Meddelelser og kontakt"),
			Channels:  []agreement.Channel{agreement.Written, agreement.Email},
		},
		// "Dersom ikke annet fremgår av bestillingen, kontrakt og/eller
		// faktura er avtaleperiode på 12 måneder": a default the order may
		// change. The DPA's own duration ("Varighet og opphør" ¶1) is
		// the processing description's Duration.
		Term: agreement.Term{
			Provision: obligation.At("Avtaleperiode"),
			Basis:     agreement.FixedPeriods,
			Period:    obligation.Months(12),
			Default:   true,
			Renewal: agreement.Renewal{
				Provision: obligation.At("Fornyelse"),
				Automatic: true,
				Period:    obligation.Months(12),
			},
		},
		// "Avtalen kan sies opp skriftlig av begge parter med en gjensidig
		// frist på 6 måneder."
		// In «Avtalen kan sies opp skriftlig av begge parter», «Avtalen»,
		// capitalised, is the text's defined term for the whole agreement
		// (the service agreement with the processor agreement), so the two
		// end together.
		Termination: agreement.Termination{
			Provision: obligation.At("Varighet og opphør"),
			By:        agreement.EitherParty,
			Notice:    obligation.Months(6),
			Written:   true,
			Coupled:   true,
			Rights: []agreement.TerminationRight{
				// "Bruk av underleverandører" ¶3: the controller may end
				// «Avtalen», the whole agreement, on three months' notice:
				// «kan behandlingsansvarlig si opp Avtalen med tre måneders frist beregnet fra skriftlig (herunder elektronisk) meddelelse om oppsigelse»
				{Provision: obligation.At("Bruk av underleverandører ¶3"), By: agreement.ControllerOnly,
					Ground: agreement.OnSubprocessorObjection, Notice: obligation.Months(3), Written: true, Extent: agreement.EndsWhole},
				// "Mislighold": the party not in breach may end the whole
				// agreement or part of it at once, after a written warning:
				// «kan den andre parten – etter å ha gitt skriftlig varsel og rimelig frist til å bringe forholdet i orden – heve hele eller deler av avtalen med øyeblikkelig virkning»
				// The warning is written; the text sets no form for the
				// heving itself.
				{Provision: obligation.At("Mislighold"), By: agreement.EitherParty, Ground: agreement.ForBreach,
					Immediate: true, Extent: agreement.EndsWholeOrPart},
			},
		},
	})
}
