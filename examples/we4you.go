package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// We4you returns We4you AS's short statement on its processing of personal
// data for the customers of its switchboard service ("Databehandling og
// behandling av personopplysninger i We4you AS (GDPR)"), signed by its
// managing director. Clauses are the text's headings. It has no term,
// liability, governing law or audit clause.
func We4you() agreement.Agreement {
	return complete(we4you, agreement.Agreement{
		ID:       "we4you",
		Title:    "Databehandling og behandling av personopplysninger i We4you AS (GDPR)",
		Language: "nb",
		Parties: []agreement.Party{
			{
				Role: agreement.Processor, Name: "We4you AS", Clause: "Arten og formålet med behandlingen",
				Contacts: []agreement.Contact{{Kind: agreement.Signatory, Name: "Øyvind Belsten", Position: "Daglig leder", Clause: "Underskrift"}},
			},
			{Role: agreement.Controller, Name: "Kunden", Generic: true, Clause: "Arten og formålet med behandlingen"},
		},
		Service: agreement.Service{
			Provision:     obligation.At("Arten og formålet med behandlingen"),
			Name:          "Sentralbord",
			SubjectMatter: "A switchboard serving the customer's customers and employees: correct communication between the switchboard and the customer, on agreement or documented instruction.",
			MainAgreement: "oppdragsavtalen",
		},
	})
}
