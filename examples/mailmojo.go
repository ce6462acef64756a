package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// MailMojo returns the data processing agreement of the newsletter service
// MailMojo ("Databehandleravtale", version 1.0 of 24 May 2018) with Bilag 1
// (subprocessors). Clauses are the text's own numbers. The text names the
// processor only through its service.
func MailMojo() agreement.Agreement {
	return complete(mailMojo, agreement.Agreement{
		ID:       "mailmojo",
		Title:    "Databehandleravtale",
		Version:  "1.0",
		Language: "nb",
		// "Versjon 1.0, 24. mai 2018": the version's date, not an update.
		VersionDate: obligation.NewDate(2018, 5, 24),
		Documents: []agreement.Document{
			{Title: "Avtalen", About: "the subscription agreement for the service"},
			{Title: "Databehandleravtale", Included: true},
			{Title: "Bilag 1", About: "subprocessors", Included: true},
		},
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "MailMojo", Clause: "1"},
			{Role: agreement.Controller, Name: "Behandlingsansvarlig", Generic: true, Clause: "1"},
		},
		Service: agreement.Service{
			Provision:     obligation.At("1"),
			Name:          "MailMojo",
			SubjectMatter: "A technology platform for e-mail marketing: sending newsletters to the controller's own lists stored on the platform, and measuring and presenting the response.",
			MainAgreement: "Avtalen",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("1"),
			Cited: []agreement.Law{
				{ID: "31995L0046", Title: "EU-Direktiv 95/46/EC («Direktivet»)", Clause: "1"},
				{ID: "32016R0679", Title: "EU-forordning 2016/679 datert 27.4.2016", Clause: "1"},
			},
		},
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At("6"),
			Country:   "NO",
			Venue:     "Oslo tingrett",
		},
		Term: agreement.Term{
			Provision: obligation.At("5"),
			Basis:     agreement.FollowsMainAgreement,
		},
		// 2.7: after an objection to a new subprocessor the controller may
		// end the agreement at once:
		// «Dersom Behandlingsansvarlig motsetter seg endringen, kan Behandlingsansvarlig si opp avtalen med umiddelbar virkning.»
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At("2.7"), By: agreement.ControllerOnly, Ground: agreement.OnSubprocessorObjection,
				Immediate: true, Extent: agreement.EndsWhole},
		}},
	})
}
