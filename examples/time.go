package examples

import (
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// timeTerms adds the time terms (instructions, requests, audit, end of
// processing, confidentiality, delivery and support) of seed s to a, each
// with the clause of the published text and the text's words beside it.
func timeTerms(s seed, a *agreement.Agreement) {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	switch s {
	case weAreMedia:
		// "We Are Media skal bare behandle personlig informasjon i samsvar
		// med kundens skriftlige instruksjoner." … "forbeholder seg retten
		// til å nekte å behandle personopplysninger som bryter loven og er
		// forpliktet til å varsle kunder om denne saken." No time is given.
		a.Instructions = agreement.Instructions{
			Provision:  obligation.At("We Are Media sine plikter"),
			Documented: true,
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("We Are Media sine plikter"), MayRefuse: true},
		}
		// "forpliktet til å gi kundene tilgang til dokumenter og yte hjelp
		// slik at kundene kan oppfylle sitt ansvar".
		a.Requests = agreement.Requests{
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("We Are Media sine plikter"), Assist: true},
		}
		// No audit right; the customer must announce its own security
		// audits and system tests "i tide", and unannounced testing breaches
		// the AUP.
		a.Audit = agreement.Audit{
			Information: obligation.At("We Are Media sine plikter"),
			Inspection: agreement.AdvanceNotice{Provision: obligation.At("Sikkerhet ¶2"),
				Period: obligation.Unquantified(obligation.InTime)},
		}
		// "Kunden må eksportere data … før utløpet av den endelige
		// avtaleperioden" through the web interface; help on request;
		// export outside the interface "basert på forløpt tid og gjeldende
		// timepris"; all data, backups included, deleted after the final
		// period.
		const end = "Returner og ødelegg personlig informasjon"
		onRequest := obligation.Condition{When: obligation.Requested, Words: "på forespørsel"}
		a.End = agreement.EndOfProcessing{
			Provision: obligation.At(end),
			Steps: []obligation.Rule{
				{On: obligation.AgreementEnds, Debtor: C, Creditor: P, Action: obligation.ExportData, Anchor: obligation.AtEffective,
					Clause: end, Note: "through the web interface, before the final period expires", NoteNB: "gjennom webgrensesnittet, før den siste avtaleperioden utløper"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.Assist, Anchor: obligation.AtEffective,
					OnRequest: true, If: onRequest, Clause: end, Note: "help with the export", NoteNB: "hjelp med eksporten"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, OnRequest: true,
					If:   obligation.Condition{When: obligation.Requested, Words: "dataeksport utenfor omfanget av We Are Media-grensesnittstøtte"},
					Cost: obligation.Cost{Kind: obligation.Billed, Per: obligation.Hour}, Clause: end,
					Note: "export outside the web interface, billed by elapsed time at the current hourly rate", NoteNB: "eksport utenfor webgrensesnittet, fakturert etter medgått tid og gjeldende timepris"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: end,
					Note: "after the final period expires, under We Are Media's own procedures", NoteNB: "etter at den siste avtaleperioden er utløpt, etter databehandlerens egne rutiner"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteBackups, Clause: end,
					Note: "all data including all backups", NoteNB: "alle data, også alle sikkerhetskopier"},
			},
		}
		// "Denne klausulen gjelder også etter opphør av avtalen."
		a.Confidentiality = agreement.Confidentiality{
			Provision: obligation.At("Taushetsplikt"),
			Survives:  obligation.At("Taushetsplikt"),
		}

	case assistertSelvhjelp:
		a.Instructions = agreement.Instructions{
			Provision:  obligation.At("Rammene for databehandlers behandling av personopplysninger"),
			Documented: true,
			// "omgående underrette den Behandlingsansvarlige dersom
			// Databehandler mener at en instruks er i strid med
			// personvernforordningen".
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("Databehandlers plikter"),
				Notify: obligation.Unquantified(obligation.Immediately)},
		}
		a.Requests = agreement.Requests{
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("Vedlegg 2 Henvendelser fra de registrerte"), Assist: true},
		}
		// "Behandlingsansvarlig skal gi Databehandler varsel i rimelig tid
		// ved krav om innsyn og kontroll, vanligvis minst 30 dagers varsel.
		// For krav om dokumentinnsyn bør det gis minst 14 dagers varsel. …
		// Innsyn og kontroll kan gjennomføres av Behandlingsansvarlig eller
		// tredjepart som Behandlingsansvarlig utpeker. Databehandler kan
		// kreve dekket dokumenterte merkostnader som påløper ved slike
		// revisjoner."
		const audit = "Gjennomføring av innsyn, verifikasjon og revisjon"
		a.Audit = agreement.Audit{
			Provision:   obligation.At(audit),
			Information: obligation.At("Sikkerhetsrevisjoner"),
			// "av Behandlingsansvarlig eller tredjepart som
			// Behandlingsansvarlig utpeker": the law's choice.
			Auditor:    agreement.ControllerOrMandated,
			Inspection: agreement.AdvanceNotice{Provision: obligation.At(audit), Period: obligation.Days(30), Usual: true},
			Documents:  agreement.AdvanceNotice{Provision: obligation.At(audit), Period: obligation.Days(14), Usual: true},
			ThirdParty: agreement.ThirdPartyAudit{Provision: obligation.At(audit), Allowed: true},
			Cost:       agreement.AuditCost{Provision: obligation.At(audit), Cost: obligation.Cost{Kind: obligation.DocumentedExtraCosts}},
		}
		// "Ved opphør … skal Databehandler slette opplysninger … gjennom at
		// den koden som gir adgang til opplysningene endres"; "Etter at alle
		// opplysningene er overført til Behandlingsansvarlig og bekreftet
		// mottatt av denne, skal Databehandler irreversibelt slette … alle
		// eventuelle kopier og sikkerhetskopier"; "skal gjøres
		// kostnadsfritt"; "skriftlig bekreftelse på at opplysningene er
		// overført og slettet".
		const end = "Varighet og opphør"
		free := obligation.Cost{Kind: obligation.Free}
		a.End = agreement.EndOfProcessing{
			Provision: obligation.At(end),
			Steps: []obligation.Rule{
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Anchor: obligation.AtEffective,
					Cost: free, Clause: end, Note: "by changing the access code, so the data can no longer be linked to a person", NoteNB: "ved at tilgangskoden endres, så opplysningene ikke lenger kan knyttes til en person"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Cost: free, Clause: end,
					Note: "all data transferred to the controller, who confirms receipt", NoteNB: "alle opplysningene overføres til behandlingsansvarlig, som bekrefter mottaket"},
				{On: obligation.ReturnConfirmed, Debtor: P, Creditor: C, Action: obligation.DeleteBackups, Cost: free, Clause: end,
					If: obligation.Condition{Unless: obligation.RetentionRequired,
						Words: "med mindre ufravikelige rettsregler krever at personopplysningene fortsatt lagres"},
					Note: "irreversible deletion of all data, copies and backups; on shared infrastructure made inaccessible until overwritten", NoteNB: "irreversibel sletting av alle opplysninger, kopier og sikkerhetskopier; på delt infrastruktur gjort utilgjengelige til de er overskrevet"},
				{On: obligation.ReturnConfirmed, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Cost: free,
					Anchor: obligation.AfterPrevious, Clause: end,
					Note: "written confirmation that the data were transferred and deleted", NoteNB: "skriftlig bekreftelse på at opplysningene er overført og slettet"},
			},
		}
		a.Confidentiality = agreement.Confidentiality{
			Provision:          obligation.At("Taushetsplikt"),
			Staff:              true,
			SignedDeclarations: true,
			// "Taushetsplikten gjelder også etter avtalens opphør."
			Survives: obligation.At("Taushetsplikt"),
		}
		// "skal Assistert Selvhjelp levere Tjenesten … uten unødig opphold
		// og senest 7 dager etter bestillingen"; "Virksomheten skal varsles
		// per epost når tjenesten er levert"; "Responstid vil normalt være
		// innen 24 t, på virkedager mellom kl 9-16."
		a.Delivery = agreement.Delivery{
			Provision:       obligation.At("Levering"),
			Within:          obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Days(7)),
			NotifyDelivered: true,
			Support: agreement.Support{
				Provision: obligation.At("Support"),
				Response:  obligation.Hours(24),
				Hours:     obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour},
				Normal:    true,
			},
		}

	case nortelecom:
		// 4.3: only as the controller "har instruert databehandleren
		// skriftlig". No duty to flag infringing instructions.
		a.Instructions = agreement.Instructions{Provision: obligation.At("4.3"), Documented: true}
		a.Requests = agreement.Requests{
			// 4.6: "varsle … så snart som mulig etter mottakelse av
			// forespørselen" and no answer "uten å ha mottatt et skriftlig
			// forhåndsgodkjenning"; 5.1: assistance with data subjects'
			// rights.
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("4.6"),
				Notify: obligation.Unquantified(obligation.AsSoonAsPossible), ApprovalBeforeAnswer: true, Assist: true},
			// 14.1: "umiddelbart varsle" of decisions of an authority, and
			// help to answer "innen en rimelig periode på tid". (4.6 also
			// covers authority requests, "as soon as possible".)
			Authorities: agreement.RequestTerm{Provision: obligation.At("14.1"),
				Notify: obligation.Unquantified(obligation.Immediately), Assist: true,
				AssistWithin: obligation.Unquantified(obligation.ReasonableTime)},
		}
		a.Audit = agreement.Audit{
			Provision:   obligation.At("9.7"),
			Information: obligation.At("9.1"),
			// 4.5: "uavhengig av om dette utføres av den behandlingsansvarlige
			// eller en tredjepart utnevnt av datakontrolleren". What the
			// processor approves in 9.7 is the confidentiality agreement,
			// not the auditor.
			Auditor: agreement.ControllerOrMandated,
			// 9.8: "sende en detaljert plan for den foreslåtte revisjonen
			// innen fire (4) uker før de foreslåtte datoene".
			Plan: agreement.AdvanceNotice{Provision: obligation.At("9.8"), Period: obligation.Weeks(4)},
			// 9.7: "en gang per kalenderår"; a third party needs "en
			// skriftlig konfidensialitetsavtale … som skal godkjennes av
			// databehandleren".
			Limit: agreement.AuditLimit{Provision: obligation.At("9.7"),
				Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.CalendarPeriod, Words: "en gang per kalenderår"}},
			ThirdParty: agreement.ThirdPartyAudit{Provision: obligation.At("9.7"), Allowed: true, ConfidentialityAgreement: true, ApprovedByProcessor: true},
			Reports: agreement.AuditReports{Provision: obligation.At("9.9"),
				Standards: []string{"SSAE 16 / ISAE 3402 Type 2", "ISO", "NIST", "PCI DSS", "HIPAA"},
				MaxAge:    obligation.Months(12), InsteadOfAudit: true},
			BusinessHours: obligation.At("9.10"),
			Cost:          agreement.AuditCost{Provision: obligation.At("9.12"), Cost: obligation.Cost{Kind: obligation.RequesterPays}},
		}
		// 12.2: "må databehandleren på anmodning lage en kopi av alle
		// personopplysningene … tilgjengelig … og slette
		// personopplysningene på forespørsel. Hvis databehandlingsansvarlig
		// ikke ber om en kopi …, vil alle personopplysningene bli slettet
		// innen tre (3) måneder etter utløpet av avtalen" (Vedlegg 3.3
		// §4.3 says the same). Vedlegg 3.3 §4.2 says "så snart en av
		// følgende hendelser inntreffer: … hvis denne
		// databehandlingsavtalen opphører uavhengig av hvilken grunn og
		// slettingen ikke bryter gjeldende lov": deletion once the
		// agreement ends, with no time allowed, so immediately. 12.3 gives
		// 12.2 precedence over other agreements, not over §4.2.
		a.End = agreement.EndOfProcessing{
			Provision: obligation.At("12.2"),
			Steps: []obligation.Rule{
				{On: obligation.CopyRequested, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Clause: "12.2",
					Note: "a copy of all personal data processed for the controller", NoteNB: "en kopi av alle personopplysninger som er behandlet for behandlingsansvarlig"},
				{On: obligation.DeletionRequested, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "12.2"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData,
					Due: obligation.Unquantified(obligation.Immediately), Clause: "Vedlegg 3.3 §4.2",
					If:   obligation.Condition{Unless: obligation.RetentionRequired, Words: "og slettingen ikke bryter gjeldende lov"},
					Note: "once the agreement ends, for whatever reason", NoteNB: "når avtalen opphører, uansett grunn"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Months(3), Clause: "12.2",
					If:   obligation.Condition{Unless: obligation.CopyWanted, Words: "Hvis databehandlingsansvarlig ikke ber om en kopi"},
					Note: "also Vedlegg 3.3 §4.3", NoteNB: "også vedlegg 3.3 pkt. 4.3"},
			},
		}
		a.Confidentiality = agreement.Confidentiality{
			Provision: obligation.At("13.1"),
			Staff:     true,
			// 13.3: "Taushetsplikten forblir i kraft etter oppsigelsen".
			Survives: obligation.At("13.3"),
		}

	case mailMojo:
		a.Instructions = agreement.Instructions{Provision: obligation.At("2.2"), Documented: true}
		// 2.3.3 assistance with data subjects' requests, paid under 2.3.5:
		// "en timepris á kr 1.100 eks. mva."
		a.Requests = agreement.Requests{
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("2.3.3"), Assist: true,
				Cost: obligation.Cost{Kind: obligation.Billed, Rate: obligation.NOK(1100), Per: obligation.Hour}},
		}
		// 2.6: "rett til å kreve sikkerhetsrevisjon utført av uavhengig
		// tredjepart … Databehandler kan kreve en særskilt godtgjørelse";
		// 2.3.1: the measures and internal-control documentation "gjøres
		// tilgjengelig … på forespørsel".
		a.Audit = agreement.Audit{
			Provision:   obligation.At("2.6"),
			Information: obligation.At("2.3.1"),
			Auditor:     agreement.IndependentAuditor,
			ThirdParty:  agreement.ThirdPartyAudit{Provision: obligation.At("2.6"), Required: true},
			Cost:        agreement.AuditCost{Provision: obligation.At("2.6"), Cost: obligation.Cost{Kind: obligation.Billed}},
		}
		// 5: "Databehandler sletter alle Personopplysningene etter 12
		// måneder fra siste gang plattformen ble benyttet" and "skal gi
		// Behandlingsansvarlig en skriftlig erklæring".
		a.End = agreement.EndOfProcessing{
			Provision: obligation.At("5"),
			Steps: []obligation.Rule{
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Clause: "5",
					Note: "the controller may export or delete the data from the platform on its own initiative", NoteNB: "behandlingsansvarlig kan selv eksportere eller slette opplysningene fra plattformen"},
				{On: obligation.LastUse, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Months(12), Clause: "5",
					If: obligation.Condition{Unless: obligation.RetentionRequired,
						Words: "med mindre ufravikelig lovgivning forhindrer Databehandler fra slik sletting"}},
				{On: obligation.LastUse, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Anchor: obligation.AfterPrevious, Clause: "5",
					Note: "a written declaration that all data were deleted and no copy kept", NoteNB: "en skriftlig erklæring om at alle opplysninger er slettet og ingen kopi beholdt"},
			},
		}
		a.Confidentiality = agreement.Confidentiality{
			Provision: obligation.At("2.5"),
			Staff:     true,
			// "Taushetsplikten gjelder også etter at Avtalen opphører"; 5:
			// "Forpliktelsene etter pkt. 2.5 og 4 skal fortsette å gjelde".
			Survives: obligation.At("2.5"),
		}

	case we4you:
		a.Instructions = agreement.Instructions{Provision: obligation.At("Arten og formålet med behandlingen"), Documented: true}
		// "Der hvor kunde/oppdragsgiver har behov for stedlig ettersyn vil
		// disse krav blir imøtekommet positivt."
		a.Audit = agreement.Audit{
			Provision:     obligation.At("Innsyn i opplysninger"),
			Discretionary: true,
			Information:   obligation.At("Innsyn i opplysninger"),
		}
		// "Der hvor kunde/oppdragsgiver gir beskjed om at opplysninger skal
		// slettes blir dette omgående og uten ugrunnet opphold. Opphører et
		// kunde/leverandørfold slettes alle personopplysninger omgående.
		// Der hvor kunden ønsker bekreftelse på sletting av informasjon vil
		// slik erklæring utstedes."
		const end = "Endring og sletting av personopplysninger"
		now := obligation.Unquantified(obligation.Immediately)
		wanted := obligation.Condition{When: obligation.Requested, Words: "Der hvor kunden ønsker bekreftelse på sletting"}
		a.End = agreement.EndOfProcessing{
			Provision: obligation.At(end),
			Steps: []obligation.Rule{
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: now, Clause: end},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, OnRequest: true, If: wanted, Clause: end},
				{On: obligation.DeletionRequested, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: now, Clause: end},
				{On: obligation.DeletionRequested, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, OnRequest: true, If: wanted, Clause: end},
			},
		}
		// "Ved sletting av opplysninger som ikke lenger er relevante
		// fjernes disse ved hensiktsmessighet uten ugrunnet opphold hos
		// We4you. Der hvor historiske opplysninger er nødvendige å beholde
		// for oppdragets formål beholdes disse til hensiktsmessigheten
		// opphører." Both run from the moment the data stop serving the
		// purpose.
		a.Retention = agreement.Retention{Provision: obligation.At(end), Schedule: []agreement.RetentionTerm{
			{Provision: obligation.At(end), Category: "opplysninger som ikke lenger er relevante",
				Keep: obligation.Unquantified(obligation.WithoutUndueDelay), From: obligation.PurposeEnds,
				Note: "removed without undue delay once no longer relevant", NoteNB: "fjernes uten ugrunnet opphold når de ikke lenger er relevante"},
			{Provision: obligation.InferredAt(end, "«beholdes disse til hensiktsmessigheten opphører» sets no time after the purpose ceases; the removal «uten ugrunnet opphold» of data no longer relevant is read to apply to them then"),
				Category: "historiske opplysninger som er nødvendige for oppdragets formål",
				Keep:     obligation.Unquantified(obligation.WithoutUndueDelay), From: obligation.PurposeEnds,
				Note:   "historical data kept while the assignment's purpose needs them",
				NoteNB: "historiske opplysninger beholdes så lenge oppdragets formål krever dem"},
		}}
		// "Alle ansatte i We4you AS har undertegnet taushetserklæring";
		// nothing on survival.
		a.Confidentiality = agreement.Confidentiality{
			Provision:          obligation.At("IT-sikkerhet og personvernsikkerhet"),
			Staff:              true,
			SignedDeclarations: true,
		}
	}
}
