package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// WeAreMedia returns We Are Media's data processing agreement
// ("Databehandleravtale", last updated 03.03.2021), the processor's standard
// terms for its customers. The text has no clause numbers: clauses are its
// section headings; the paragraphs before the first heading ("Formål")
// are the opening, cited as [obligation.Opening]: ¶1 the subject matter
// and, after its colon, the laws; ¶2 the precedence of the law. The line
// "Sist oppdatert" is a date, not a paragraph.
//
// It cites the 2000 Personal Data Act and its regulation and the 2001
// Health Registers Act, all repealed, and has no governing law, venue,
// term or liability clause.
func WeAreMedia() agreement.Agreement {
	return complete(weAreMedia, agreement.Agreement{
		ID:       "we-are-media",
		Title:    "Databehandleravtale",
		Language: "nb",
		Updated:  obligation.NewDate(2021, 3, 3),
		Documents: []agreement.Document{
			{Title: "Databehandleravtale", Included: true},
			{Title: "tjenesteavtalen", About: "the service agreement the processing serves"},
			{Title: "personvernerklæringen", About: "privacy policy; holds the contact point's details"},
			{Title: "AUP", About: "acceptable use policy"},
		},
		Parties: []agreement.Party{
			{
				Role: agreement.Processor, Name: "We Are Media", Clause: obligation.Opening(1),
				Contacts: []agreement.Contact{{
					Kind:   agreement.ContactPoint,
					Name:   "personvernsansvarlig eller et annet kontaktpunkt",
					Where:  "personvernerklæringen",
					Clause: "We Are Media sine plikter",
				}},
			},
			{Role: agreement.Controller, Name: "Kunden", Generic: true, Clause: obligation.Opening(1)},
		},
		Service: agreement.Service{
			Provision:     obligation.At(obligation.Opening(1)),
			Name:          "We Are Media sine tjenester",
			SubjectMatter: "Processing of personal data on behalf of customers through We Are Media's services (subprocessors included): collection, recording, compilation, storage, disclosure or a combination of these.",
			MainAgreement: "tjenesteavtalen",
		},
		Laws: agreement.Laws{
			Provision: obligation.At(obligation.Opening(1)),
			Cited: []agreement.Law{
				{ID: "LOV-2000-04-14-31", Title: "Lov av 14.april 2000 nr. 31 om behandling av personopplysninger (personopplysningsloven)", Clause: obligation.Opening(1)},
				// The text dates the regulation 13 December 2000; Lovdata
				// identifies personopplysningsforskriften as
				// FOR-2000-12-15-1265 (shared/legal FACTS §4, snl.no).
				{ID: "FOR-2000-12-15-1265", Title: "Forskrift av 13.desember 2000 nr. 1265 om behandling av personopplysninger (personopplysningsforskriften)", Clause: obligation.Opening(1)},
				{ID: "32016R0679", Title: "EU forordning 2016/679/EC av 27.april 2016 (personvernforordningen)", Clause: obligation.Opening(1)},
				{ID: "LOV-2001-05-18-24", Title: "Lov om helseregistre og behandling av helseregistre av 18.mai 2001 nr.24 (helseregisterloven)", Clause: obligation.Opening(1)},
				{ID: "LOV-2014-06-20-42", Title: "Lov om behandling av helseopplysninger ved ytelse av helsehjelp av 20.juni 2014 nr. 42 (pasientjournalloven)", Clause: obligation.Opening(1)},
			},
			Successors: true,
		},
		Precedence: agreement.Precedence{
			Provision:   obligation.At(obligation.Opening(2)),
			YieldsToLaw: true,
		},
		// "Bruk av underleverandører" ¶6: when the customer objects to a
		// new subprocessor, We Are Media may end the whole relationship:
		// «(3) si opp avtaleforholdet»; no notice period is given.
		// «Gjennom (3) har kunden rett til umiddelbart å varsle oppsigelsen»
		// is read as the customer's right then to terminate at once.
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At("Bruk av underleverandører ¶6"), By: agreement.ProcessorOnly,
				Ground: agreement.OnSubprocessorObjection, Extent: agreement.EndsWhole},
			{Provision: obligation.InferredAt("Bruk av underleverandører ¶6", "«har kunden rett til umiddelbart å varsle oppsigelsen» is read as a right to terminate with immediate effect once We Are Media chooses (3)"),
				By: agreement.ControllerOnly, Ground: agreement.OnSubprocessorObjection, Immediate: true, Extent: agreement.EndsWhole},
		}},
	})
}
