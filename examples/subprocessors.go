package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// subprocessorTerms adds the subprocessor register and policy of seed s to a.
// Locations the texts do not state stay unknown; clause references for the
// unnumbered texts are the section heading and the paragraph (¶) within it.
func subprocessorTerms(s seed, a *agreement.Agreement) {
	switch s {
	case weAreMedia:
		// "Bruk av underleverandører" ¶1: We Are Media keeps a list of the
		// names and places of all subprocessors; the text does not say
		// where the list is published.
		a.Subprocessors = subprocessor.Register{
			Provision: obligation.At("Bruk av underleverandører ¶1"),
			Source:    subprocessor.Referenced,
			Reference: "en liste over navn og steder for alle underleverandører som er involvert i behandlingen av personopplysninger",
		}
		a.SubprocessorPolicy = subprocessor.Policy{
			// ¶3: "Kunder godtar at We Are Media kan bruke underleverandører".
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("Bruk av underleverandører ¶3"), Kind: subprocessor.General},
			// ¶5: the list is updated at least 30 days before a new
			// subprocessor starts processing personal data.
			Announcement: subprocessor.Announcement{Provision: obligation.At("Bruk av underleverandører ¶5"), Channels: []subprocessor.Channel{subprocessor.UpdatedList}},
			Notice:       subprocessor.Notice{Provision: obligation.At("Bruk av underleverandører ¶5"), Period: obligation.Days(30)},
			// ¶6: an objection is to be notified "umiddelbart"; no
			// grounds are required.
			Objection: subprocessor.Objection{Provision: obligation.At("Bruk av underleverandører ¶6"), Period: obligation.Unquantified(obligation.Immediately)},
			// ¶6: We Are Media will (1) stop using the subprocessor, (2) not
			// use it for the customer's data, or (3) terminate; under (3)
			// the customer may terminate at once.
			Remedy: subprocessor.Remedy{
				Provision:   obligation.At("Bruk av underleverandører ¶6"),
				Effect:      subprocessor.ProcessorChooses,
				Options:     []subprocessor.Option{subprocessor.StopUsing, subprocessor.ExcludeController, subprocessor.ProcessorTerminates},
				Scope:       subprocessor.WholeAgreement,
				Termination: obligation.Unquantified(obligation.Immediately),
				Condition:   "if We Are Media chooses to terminate (option 3)",
			},
			// ¶6: "beløpet som er betalt innen gjeldende avtaleperiode vil
			// bli refundert".
			Refund:    subprocessor.Refund{Provision: obligation.At("Bruk av underleverandører ¶6"), Kind: subprocessor.CurrentPeriod},
			Liability: obligation.At("Bruk av underleverandører ¶4"),
			// ¶3: "forutsatt at de må behandle personopplysninger i samsvar
			// med denne avtalen".
			FlowDown: obligation.At("Bruk av underleverandører ¶3"),
			// "Internasjonal dataeksport": processing outside Norway, the
			// EU and Switzerland, with no transfer mechanism named; it
			// "skal utføres i samsvar med gjeldende lover og forskrifter",
			// an undertaking to comply with the law, Chapter V included.
			Transfers: subprocessor.Transfers{
				Provision:   obligation.At("Internasjonal dataeksport"),
				Locations:   []subprocessor.Location{subprocessor.Unnamed},
				Undertaking: true,
			},
		}
	case assistertSelvhjelp:
		a.Subprocessors = subprocessor.Register{
			// ¶4, second bullet: an updated list of the subprocessors'
			// identity and location "som angitt i Personvernerklæringen".
			Provision: obligation.At("Bruk av underleverandører ¶4"),
			Source:    subprocessor.Referenced,
			Reference: "Personvernerklæringen",
		}
		a.SubprocessorPolicy = subprocessor.Policy{
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("Bruk av underleverandører ¶2"), Kind: subprocessor.General},
			// ¶2: written notice, electronic included.
			Announcement: subprocessor.Announcement{Provision: obligation.At("Bruk av underleverandører ¶2"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
			// ¶4, fourth bullet: changes are announced "i god tid", a
			// standard rather than a number of days.
			Notice: subprocessor.Notice{Provision: obligation.At("Bruk av underleverandører ¶4, kulepunkt 4"), Period: obligation.Unquantified(obligation.InGoodTime)},
			// ¶3: in writing, at the latest 14 days after the electronic
			// notice, and only on justified grounds ("saklig begrunnet").
			Objection: subprocessor.Objection{
				Provision: obligation.At("Bruk av underleverandører ¶3"),
				Period:    obligation.Days(14),
				Anchor:    subprocessor.FromNotice,
				Justified: true,
				Written:   true,
			},
			// ¶3: if the processor does not follow the objection, the
			// controller may terminate with three months' notice from the
			// written notice of termination.
			Remedy: subprocessor.Remedy{
				Provision:   obligation.At("Bruk av underleverandører ¶3"),
				Effect:      subprocessor.ControllerMayTerminate,
				Scope:       subprocessor.WholeAgreement,
				Termination: obligation.Months(3),
				Condition:   "if the processor does not follow the objection",
			},
			Liability: obligation.At("Bruk av underleverandører ¶5"),
			FlowDown:  obligation.At("Bruk av underleverandører ¶4"),
			// "Overføring av personopplysninger til utlandet": data stay in
			// Norway, except developers living outside the EU (country not
			// named) with access to pseudonymised data; "godkjente
			// overføringsgrunnlag" for third countries, not named.
			Transfers: subprocessor.Transfers{
				Provision:  obligation.At("Overføring av personopplysninger til utlandet"),
				Locations:  []subprocessor.Location{subprocessor.In("NO")},
				Access:     []subprocessor.Location{subprocessor.Unnamed},
				Mechanisms: []subprocessor.Mechanism{subprocessor.UnnamedBasis},
			},
		}
	case nortelecom:
		a.Subprocessors = subprocessor.Register{
			// 7.1: the subprocessors are "oppført her", through a link to
			// the processor's website, which 6.1 names "databehandlerens
			// nettsted"; the list is not in the text.
			Provision: obligation.At("7.1"),
			Source:    subprocessor.Referenced,
			Reference: "databehandlerens nettsted",
		}
		a.SubprocessorPolicy = subprocessor.Policy{
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.1"), Kind: subprocessor.General},
			// 7.1: the list is updated; 6.1: for third-country
			// subprocessors, by updating the list and forwarding notices of
			// the change; 1.1 and 2.3: written notices are e-mail.
			Announcement: subprocessor.Announcement{Provision: obligation.At("6.1"), Channels: []subprocessor.Channel{subprocessor.UpdatedList, subprocessor.Email}},
			// No notice period and no objection right are stated: both
			// stay Absent.
			Liability: obligation.At("9.6"),
			FlowDown:  obligation.At("7.2"),
			// 6.1: processing outside the EEA through the listed
			// subprocessors; 6.2: "i samsvar med gjeldende lov"; no
			// mechanism named; Vedlegg 3.3 §5 refers back to 6 and 7.1.
			Transfers: subprocessor.Transfers{
				Provision:   obligation.At("6.1"),
				Locations:   []subprocessor.Location{subprocessor.Unnamed},
				Undertaking: true,
			},
		}
	case mailMojo:
		a.Subprocessors = subprocessor.Register{
			Provision: obligation.At("Bilag 1"),
			Source:    subprocessor.Listed,
			Entries: []subprocessor.Entry{
				{Name: "SendGrid, Inc.", Service: "SendGrid", Purpose: "Infrastruktur for utsendelse av hver enkelt e-post i nyhetsbrevene som sendes.",
					Reach: subprocessor.PersonalData, Clause: "Bilag 1"},
				{Name: "Amazon Web Services, Inc.", Service: "Amazon S3", Purpose: "Lagring av backup.",
					Reach: subprocessor.PersonalData, Clause: "Bilag 1"},
				{Name: "Functional Software, Inc.", Service: "Sentry", Purpose: "Overvåkning av unntakstilstander og feilsøking av teknisk plattform.",
					Reach: subprocessor.AnonymousStatistics, Clause: "Bilag 1"},
			},
		}
		a.SubprocessorPolicy = subprocessor.Policy{
			// 2.7 ¶1: every subprocessor needs the controller's prior written
			// approval; those in Bilag 1 are accepted.
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("2.7"), Kind: subprocessor.Specific},
			// 2.7 ¶2: written notice 2 months before the new subprocessor
			// starts; objection within 1 month; then termination with
			// immediate effect; invoiced services not refunded; without
			// termination the subprocessor counts as accepted.
			Announcement: subprocessor.Announcement{Provision: obligation.At("2.7"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
			Notice:       subprocessor.Notice{Provision: obligation.At("2.7"), Period: obligation.Months(2)},
			Objection:    subprocessor.Objection{Provision: obligation.At("2.7"), Period: obligation.Months(1), Anchor: subprocessor.FromNotice},
			Remedy: subprocessor.Remedy{
				Provision:   obligation.At("2.7"),
				Effect:      subprocessor.ControllerMayTerminate,
				Scope:       subprocessor.WholeAgreement,
				Termination: obligation.Unquantified(obligation.Immediately),
				Condition:   "if the controller objects",
			},
			Refund:   subprocessor.Refund{Provision: obligation.At("2.7"), Kind: subprocessor.NoRefund},
			Silence:  subprocessor.Silence{Provision: obligation.At("2.7"), Accepts: true},
			FlowDown: obligation.At("2.7"),
			// 2.8: Privacy Shield, "EUs standardavtaler" (no version named,
			// so both the clauses of the time and their 2021/914
			// successor fit the words) or another accepted and specifically
			// stated basis; access from outside the EU/EEA counts; the
			// processor may sign standard clauses for the controller.
			Transfers: subprocessor.Transfers{
				Provision:        obligation.At("2.8"),
				Mechanisms:       []subprocessor.Mechanism{subprocessor.PrivacyShield, subprocessor.LegacySCC, subprocessor.SCC2021, subprocessor.UnnamedBasis},
				AccessIsTransfer: true,
				MaySignSCC:       true,
			},
		}
	case we4you:
		a.Subprocessors = subprocessor.Register{
			Provision: obligation.At("Bruk av underleverandører ¶2"),
			Source:    subprocessor.Listed,
			// The table's columns are name, "System/formål" and
			// "Informasjonsinnhold"; names are as the text gives them, and
			// each category is the text's words, spelling included, as
			// the cell's commas, "og" and sentences part them.
			Entries: []subprocessor.Entry{
				{Name: "Zisson", Purpose: "Telefonsystem", Reach: subprocessor.PersonalData,
					Categories: []string{"Navn", "telefonnummer til avdelinger og ansatte hus kunden"}, Clause: "Bruk av underleverandører ¶2"},
				{Name: "Google Cloud", Purpose: "Kundekort", Reach: subprocessor.PersonalData,
					Categories: []string{"Instruks fra kunden", "navn", "stillingsbeskrivelse", "telefonnummer", "epost"}, Clause: "Bruk av underleverandører ¶2"},
				{Name: "Microsoft Outlook", Purpose: "Sende og motta epost", Reach: subprocessor.PersonalData,
					Categories: []string{"beskjeder og informasjon fra kunde", "beskjeder til kunde på vegen av innringer"}, Clause: "Bruk av underleverandører ¶2"},
			},
		}
		a.SubprocessorPolicy = subprocessor.Policy{
			// ¶1: "til enhver tid rett til å benytte underleverandører".
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("Bruk av underleverandører ¶1"), Kind: subprocessor.General},
			// ¶3: the overview is kept up to date; no notice period and no
			// objection right are stated.
			Announcement: subprocessor.Announcement{Provision: obligation.At("Bruk av underleverandører ¶3"), Channels: []subprocessor.Channel{subprocessor.UpdatedList}},
		}
	}
}
