package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// Nortelecom returns Nortelecom's data processing agreement
// ("Databehandlingsavtale"), an annex to the parties' main agreement, with
// Vedlegg 3.3 (the controller's instructions) and Vedlegg 8.2 (security
// measures). Clauses are the text's own numbers.
func Nortelecom() agreement.Agreement {
	return complete(nortelecom, agreement.Agreement{
		ID:       "nortelecom",
		Title:    "Databehandlingsavtale",
		Language: "nb",
		Documents: []agreement.Document{
			{Title: "Avtale", About: "the main agreement (hovedavtale); sets governing law, jurisdiction and the limitation of liability in its point 13"},
			{Title: "Databehandlingsavtale", Included: true},
			{Title: "Vedlegg 3.3", About: "the controller's instructions", Included: true},
			{Title: "Vedlegg 8.2", About: "security measures", Included: true},
			{Title: "Listen over underbehandlere", About: "on the processor's website (7.1)"},
		},
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "Nortelecom", Clause: "3.1"},
			{Role: agreement.Controller, Name: "Den databehandlingsansvarlige", Generic: true, Clause: "3.1"},
		},
		Service: agreement.Service{
			Provision:     obligation.At("Bakgrunn og introduksjon"),
			Name:          "Nortelecom",
			SubjectMatter: "Goods or services under the main agreement, bought for internal use or for distribution to the controller's end users; personal data collected to fulfil purchase orders placed with a seller, in the web shop or by XML/EDI integration (Vedlegg 3.3 1.1.1).",
			MainAgreement: "hovedavtalen («Avtale»)",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("2.1"),
			Cited: []agreement.Law{
				{ID: "31995L0046", Title: "nasjonal lovgivning som implementerer direktiv 95/46/EF fra 24. oktober 1995", Clause: "2.1"},
				{ID: "32016R0679", Title: "GDPR, forordning (EU) 2016/679", Clause: "2.1"},
			},
		},
		Precedence: agreement.Precedence{
			Provision: obligation.At("12.3"),
			OverMain:  true,
			Only:      []obligation.Clause{"12.1", "12.2"},
			// 12.3: «punktene 12.1 og 12.2 for databehandlingsavtalen har forrang»
			// over «tilsvarende bestemmelser i andre avtaler mellom partene»,
			// the main agreement («Avtale») included.
			Rules: []agreement.PrecedenceRule{{Clause: "12.3", Document: "Databehandlingsavtale", Over: []string{"Avtale"},
				Clauses: []obligation.Clause{"12.1", "12.2"}}},
		},
		GoverningLaw: agreement.GoverningLaw{
			Provision:  obligation.At("15.1"),
			InDocument: "avtalen",
		},
		// 1.1: notices in writing by e-mail; 2.3: "skriftlig" means e-mail.
		Notices: agreement.Notices{
			Provision: obligation.At("1.1"),
			Channels:  []agreement.Channel{agreement.Written, agreement.Email},
		},
		Term: agreement.Term{
			Provision: obligation.At("12.1"),
			Basis:     agreement.WhileProcessing,
		},
		// 12.4: the DPA and the main agreement cannot be terminated
		// separately; no notice period of its own.
		Termination: agreement.Termination{
			Provision: obligation.At("12.4"),
			Coupled:   true,
		},
	})
}
