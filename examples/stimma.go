package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// b1 names a section of Bilaga 1 (the instruction), b2 one of Bilaga 2
// (the subprocessors).
func b1(n string) obligation.Clause { return obligation.Clause("Bilaga 1 §" + n) }
func b2(n string) obligation.Clause { return obligation.Clause("Bilaga 2 §" + n) }

// Stimma returns the Swedish processor agreement for the e-learning
// platform Stimma («Personuppgiftsbiträdesavtal (PUB-avtal)», «för
// tjänsten Stimma e-learningplattform», «Baserat på SKR-koncernens
// avtalsmall för personuppgiftsbiträdesavtal»), with Bilaga 1 (the controller's
// instructions) and Bilaga 2 (subprocessors, with the notice template
// Bilaga 2a), as published by Sambruk. It is a template for signing: the
// parties, the subprocessors and their places, the number of data subjects,
// the dates and the boxes of Bilaga 1 §13 are unfilled. Clauses are the
// text's own numbers; the appendices' sections are written "Bilaga 1 §3.2".
func Stimma() agreement.Agreement {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	return agreement.Agreement{
		ID:       "sambruk-stimma",
		Title:    "Personuppgiftsbiträdesavtal (PUB-avtal)",
		Language: "sv",
		Documents: []agreement.Document{
			{Title: "Huvudavtalet", Kind: agreement.MainAgreementDocument, About: "the agreement for providing the Stimma service (1.1); sets the limitations of liability (14.3)"},
			{Title: "Personuppgiftsbiträdesavtal (PUB-avtal)", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: "Bilaga 1 – Instruktion för behandling av personuppgifter", Kind: agreement.AnnexDocument, Included: true},
			{Title: "Bilaga 2 – Lista över underbiträden", Kind: agreement.AnnexDocument, About: "with Bilaga 2a, the template notice of a new subprocessor", Included: true},
		},
		// «Parter»: every field of both tables is a placeholder
		// («[ORGANISATION]», «[LEVERANTÖR/SAMBRUK]», «[ORG.NR]», …; see
		// Placeholders), so the names are blank. The text defines and uses
		// throughout «(nedan kallad "den Personuppgiftsansvarige")» and
		// «(nedan kallad "Personuppgiftsbiträdet")».
		Parties: []agreement.Party{
			{Role: agreement.Controller, Called: "den Personuppgiftsansvarige", Clause: "Parter"},
			{Role: agreement.Processor, Called: "Personuppgiftsbiträdet", Clause: "Parter"},
		},
		Placeholders: stimmaPlaceholders(),
		Service: agreement.Service{
			Provision: obligation.At("3.1"),
			Name:      "Stimma",
			// 1.1: «tjänsten Stimma, en e-learningplattform för
			// mikroutbildningar»; Bilaga 1 §2.1: for the controller's
			// «medarbetare och användare».
			SubjectMatter: "The e-learning platform Stimma (micro-courses) for the controller's staff and users: accounts and log-in, course progress, reminders, statistics and AI-based learning support (Bilaga 1 §2.1).",
			MainAgreement: "Huvudavtalet",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("1.3"),
			Cited:     []agreement.Law{{ID: "32016R0679", Title: "Europaparlamentets och rådets förordning (EU) 2016/679", Clause: "1.3"}},
		},
		// 21.1: this agreement prevails over the Huvudavtal «såvitt avser
		// behandling av personuppgifter»; 21.2: the GDPR prevails over
		// this agreement. Which terms that subject reaches the text does
		// not say, so the rule settles no conflict on its own: one would
		// be reported for interpretation. Nothing ranks the Bilagor
		// against the PUB-avtal.
		Precedence: agreement.Precedence{Provision: obligation.At("21"), OverMain: true, YieldsToLaw: true,
			Rules: []agreement.PrecedenceRule{{Clause: "21.1", Document: "Personuppgiftsbiträdesavtal (PUB-avtal)", Over: []string{"Huvudavtalet"},
				Regarding: "såvitt avser behandling av personuppgifter"}}},
		// Bilaga 1 §8.1 f: «Meddela personuppgiftsincidenter utan onödigt
		// dröjsmål», with no hours, against 9.1's «senast inom 24 timmar».
		Readings: []agreement.Reading{
			{Term: "breach.deadline", Document: "Bilaga 1 – Instruktion för behandling av personuppgifter", Clause: b1("8.1 f"),
				Value: &agreement.Agreement{Breach: breach.Terms{Deadline: breach.Deadline{
					Provision: obligation.At(b1("8.1 f")).From("Bilaga 1 – Instruktion för behandling av personuppgifter"),
					Period:    obligation.Unquantified(obligation.WithoutUndueDelay),
					Text:      "Meddela personuppgiftsincidenter utan onödigt dröjsmål"}}}},
		},
		// 20.1 Swedish law; 20.2 negotiation first (no period); 20.3
		// «svensk allmän domstol med Stockholms tingsrätt som första
		// instans».
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At("20"),
			Country:   "SE",
			Venue:     "Stockholms tingsrätt",
		},
		// 20.1: Swedish law, so periods are counted with the Swedish
		// public holidays and in Stockholm time.
		Calendar: obligation.SwedishCalendar,
		// 18.1 in writing; 18.2 «E-post till angiven e-postadress» or
		// «Rekommenderat brev till angiven postadress». 18.3: a
		// notice counts as received «Vid e-post: när avsändaren erhållit
		// leveransbekräftelse eller, om sådan inte erhållits, nästa
		// arbetsdag efter avsändandet» and «Vid rekommenderat brev: fem
		// arbetsdagar efter avsändandet».
		Notices: agreement.Notices{
			Provision:   obligation.At("18"),
			Channels:    []agreement.Channel{agreement.Written, agreement.Email, agreement.RegisteredPost},
			ItemClauses: obligation.ItemClauses{"18.1", "18.2", "18.2"},
			Receipts: []agreement.Receipt{
				{Clause: "18.3", Channel: agreement.Email, OnConfirmation: true, After: obligation.BusinessDays(1)},
				{Clause: "18.3", Channel: agreement.RegisteredPost, After: obligation.BusinessDays(5)},
			},
		},
		// 17.1: «Ändringar av och tillägg till detta Avtal ska vara
		// skriftliga och undertecknade av behöriga företrädare för båda
		// parter för att vara giltiga.»
		Changes: agreement.Changes{Provision: obligation.At("17.1"), Signed: true},
		// 19.1: no assignment «utan den andra partens skriftliga samtycke»;
		// 19.2: «Personuppgiftsbiträdet får dock överlåta Avtalet till ett
		// företag inom samma koncern, under förutsättning att den
		// Personuppgiftsansvarige informeras och att det mottagande
		// företaget uppfyller kraven i detta Avtal.»
		Assignment: agreement.Assignment{Provision: obligation.At("19.1"), Consent: true, WithinGroup: true, GroupClause: "19.2"},
		// 15.1: in force on signature, «så länge Personuppgiftsbiträdet
		// behandlar personuppgifter för den Personuppgiftsansvariges
		// räkning»; 15.2: ends automatically when the Huvudavtal ends.
		Term: agreement.Term{Provision: obligation.At("15.1"), Basis: agreement.WhileProcessing,
			AtMost: agreement.TermBound{Basis: agreement.FollowsMainAgreement, Clause: "15.2"}},
		// 11.4: «rätt att säga upp Avtalet med omedelbar verkan» when the
		// parties cannot agree on a new subprocessor; 15.3: «med omedelbar
		// verkan» on a material breach, instructions not followed, or
		// processing against the GDPR.
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At("11.4"), By: agreement.ControllerOnly, Ground: agreement.OnSubprocessorObjection, Immediate: true,
				Extent: agreement.EndsWhole},
			// 15.3: «rätt att säga upp Avtalet med omedelbar verkan om:»
			// the whole agreement, as under 11.4.
			{Provision: obligation.At("15.3"), By: agreement.ControllerOnly, Ground: agreement.ForBreach, Immediate: true,
				Extent: agreement.EndsWhole},
		}},
		Processing: agreement.Processing{Provision: obligation.At("3.2"), Description: stimmaProcessing()},
		// Bilaga 1 §3.2, «Lagringstider»: «Aktivitetsloggar | 12 månader»
		// and «Påminnelsehistorik | 6 månader», without saying from when;
		// read as from each entry. The rows for accounts («Tills kontot
		// raderas eller avtal upphör») and progress («Tills användaren eller
		// den Personuppgiftsansvarige begär radering, eller avtal upphör»)
		// set no period: they are kept until the first of two events.
		Retention: agreement.Retention{Provision: obligation.At(b1("3.2")), Schedule: []agreement.RetentionTerm{
			{Provision: obligation.At(b1("3.2")), Category: "Användarkonton", From: obligation.AccountClosed,
				Or: []obligation.EventKind{obligation.AgreementEnds}, Until: true, Note: "until the account is deleted or the agreement ends",
				NoteNB: "til kontoen slettes eller avtalen opphører"},
			{Provision: obligation.At(b1("3.2")), Category: "Utbildningsprogression", From: obligation.DeletionRequested,
				Or: []obligation.EventKind{obligation.AgreementEnds}, Until: true,
				Note:   "until the user or the controller asks for deletion, or the agreement ends",
				NoteNB: "til brukeren eller behandlingsansvarlig ber om sletting, eller avtalen opphører"},
			{Provision: obligation.InferredAt(b1("3.2"), "the table gives «12 månader» without saying from when; read as from each log entry"),
				Category: "Aktivitetsloggar", Keep: obligation.Months(12), From: obligation.RecordCreated, Note: "Felsökning och säkerhet"},
			{Provision: obligation.InferredAt(b1("3.2"), "the table gives «6 månader» without saying from when; read as from each reminder"),
				Category: "Påminnelsehistorik", Keep: obligation.Months(6), From: obligation.RecordCreated, Note: "Uppföljning av påminnelser"},
		}},
		Instructions: agreement.Instructions{
			Provision:  obligation.At("6"),
			Documented: true,
			// 6.2: «skriftligen och signeras av behörig företrädare»; «även
			// … via e-post från behörig person».
			Channels: []agreement.Channel{agreement.Written, agreement.Email},
			// 5.2: «omedelbart underrätta den Personuppgiftsansvarige om
			// Personuppgiftsbiträdet anser att en instruktion strider mot
			// Dataskyddsförordningen».
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("5.2"), Notify: obligation.Unquantified(obligation.Immediately)},
		},
		// 7.2: informed, bound and trained; 7.3: «Konfidentialitetsåtagandet
		// gäller även efter Avtalets upphörande.»
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("7"), Staff: true, Survives: obligation.At("7.3")},
		// 10.3: requests received directly are forwarded «utan onödigt
		// dröjsmål»; 10.1 and 10.4: assist, within the GDPR's time limits.
		Requests: agreement.Requests{
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("10"),
				Notify: obligation.Unquantified(obligation.WithoutUndueDelay), Assist: true},
		},
		Audit: agreement.Audit{
			Provision:   obligation.At("13.2"),
			Information: obligation.At("13.1"),
			// 13.3: «aviseras minst 14 dagar i förväg», unless a suspected
			// breach or «annan brådskande omständighet» requires otherwise.
			Inspection: agreement.AdvanceNotice{Provision: obligation.At("13.3"), Period: obligation.Days(14),
				Unless: obligation.BreachSuspected | obligation.Urgent},
			ThirdParty: agreement.ThirdPartyAudit{Provision: obligation.At("13.2"), Allowed: true},
			// 13.5: the processor «kan uppfylla sina skyldigheter enligt
			// denna punkt» with (a) third-party certification «(t.ex. ISO
			// 27001)», (b) reports of an independent auditor, or (c)
			// answers to written questions.
			Reports: agreement.AuditReports{Provision: obligation.At("13.5"),
				Standards:      []string{"relevant tredjepartscertifiering (t.ex. ISO 27001)", "revisionsrapporter från oberoende revisor"},
				InsteadOfAudit: true, WrittenAnswers: true},
		},
		End: agreement.EndOfProcessing{
			Provision: obligation.At("16"),
			Steps: []obligation.Rule{
				// 16.1: «enligt den Personuppgiftsansvariges val: a)
				// återlämna alla personuppgifter … i ett strukturerat,
				// allmänt använt och maskinläsbart format; eller b) radera
				// alla personuppgifter och befintliga kopior»; 16.3: the
				// choice is made «senast vid Avtalets upphörande», and «Om
				// den Personuppgiftsansvarige inte meddelar sitt val ska
				// Personuppgiftsbiträdet radera personuppgifterna.»: the
				// deletion is each branch's default, and the choice a duty
				// due at the end.
				// 5.1 g adds, for the return: «radera befintliga kopior».
				{On: obligation.AgreementEnds, Debtor: C, Creditor: P, Action: obligation.Choose,
					Anchor: obligation.AtEffective, Clause: "16.3",
					Note:   "return (16.1 a) or deletion (16.1 b), at the latest when the agreement ends; without a choice the processor deletes",
					NoteNB: "tilbakelevering (16.1 a) eller sletting (16.1 b), senest når avtalen opphører; uten et valg sletter databehandleren"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Clause: "16.1 a",
					If:     obligation.Condition{Choice: obligation.Return, By: C, Default: obligation.Delete, Words: "enligt den Personuppgiftsansvariges val"},
					Note:   "in a structured, commonly used and machine-readable format (JSON, CSV or SQL dump, 16.4)",
					NoteNB: "i et strukturert, alminnelig anvendt og maskinlesbart format (JSON, CSV eller SQL-dump, 16.4)"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "5.1 g",
					If:   obligation.Condition{Choice: obligation.Return, By: C, Default: obligation.Delete, Unless: obligation.RetentionRequired, Words: "radera befintliga kopior såvida inte unionsrätten eller medlemsstaternas nationella rätt kräver lagring"},
					Note: "existing copies, after the return", NoteNB: "eksisterende kopier, etter tilbakeleveringen"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "16.1 b",
					If:   obligation.Condition{Choice: obligation.Delete, By: C, Default: obligation.Delete, Unless: obligation.RetentionRequired, Words: "såvida inte lagring krävs enligt unionsrätten eller medlemsstaternas nationella rätt"},
					Note: "all personal data and existing copies", NoteNB: "alle personopplysninger og eksisterende kopier"},
				// 16.2: «Personuppgiftsbiträdet ska skriftligen bekräfta att
				// radering har skett inom 30 dagar från Avtalets
				// upphörande.»
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion,
					Due: obligation.Days(30), Anchor: obligation.FromEvent, Clause: "16.2",
					Note: "written confirmation that deletion has taken place", NoteNB: "skriftlig bekreftelse på at sletting har skjedd"},
			},
		},
		// Bilaga 2 §2.1: three rows whose names, organisation numbers,
		// addresses and places are placeholders («[HOSTING-LEVERANTÖR]»,
		// «[AI-LEVERANTÖR, t.ex. OpenAI]», «[E-POSTLEVERANTÖR]»).
		Subprocessors: subprocessor.Register{
			Provision: obligation.BlankAt(b2("2.1")),
			Source:    subprocessor.Listed,
		},
		SubprocessorPolicy: subprocessor.Policy{
			// 11.1: «endast anlita ett Underbiträde efter föregående
			// skriftligt godkännande»; 11.2: the list in Bilaga 2 is
			// approved.
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("11.1"), Kind: subprocessor.Specific},
			// 11.3: «informera den Personuppgiftsansvarige skriftligen minst
			// 30 dagar innan det nya Underbiträdet anlitas».
			Announcement: subprocessor.Announcement{Provision: obligation.At("11.3"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
			Notice:       subprocessor.Notice{Provision: obligation.At("11.3"), Period: obligation.Days(30)},
			// 11.4: «Invändningen ska vara skriftlig och motiverad.»
			Objection: subprocessor.Objection{Provision: obligation.At("11.4"), Justified: true, Written: true},
			// 11.4: «Om parterna inte kan enas om anlitandet av det nya
			// Underbiträdet har den Personuppgiftsansvarige rätt att säga
			// upp Avtalet med omedelbar verkan.»
			Remedy: subprocessor.Remedy{
				Provision:   obligation.At("11.4"),
				Effect:      subprocessor.ControllerMayTerminate,
				Scope:       subprocessor.WholeAgreement,
				Termination: obligation.Unquantified(obligation.Immediately),
				Condition:   "if the parties cannot agree on the new subprocessor",
			},
			Liability: obligation.At("11.6"),
			FlowDown:  obligation.At("11.5"),
			// 12.1: no transfer outside the EU/EEA «utan föregående
			// skriftligt godkännande»; 12.2: then «säkerställa att lämpliga
			// skyddsåtgärder vidtas i enlighet med kapitel V», «såsom» a)
			// adequacy, b) standard clauses, c) binding corporate rules or d)
			// another approved tool: examples for a future transfer, not a
			// basis relied on; 12.3: «Vid tidpunkten för detta Avtals
			// ingående behandlas personuppgifter endast inom EU/EES.»
			Transfers: subprocessor.Transfers{Provision: obligation.At("12"), Undertaking: true},
		},
		Breach: breach.Terms{
			Provision: obligation.At("9"),
			// 9.1: «utan onödigt dröjsmål, och senast inom 24 timmar efter
			// att ha fått kännedom om en personuppgiftsincident».
			Deadline: breach.Deadline{Provision: obligation.At("9.1"),
				Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)), Clock: breach.Awareness,
				Text: "utan onödigt dröjsmål, och senast inom 24 timmar efter att ha fått kännedom om en personuppgiftsincident"},
			Channel: breach.Channel{Provision: obligation.At("9.1"), Recipient: breach.ToController,
				Text: "underrätta den Personuppgiftsansvarige om incidenten"},
			Contents: breach.Contents{Provision: obligation.At("9.2"), Required: []breach.Requirement{
				{Clause: "9.2 a", Text: "en beskrivelse av personuppgiftsincidentens art, inbegripet, om möjligt, de kategorier av och det ungefärliga antalet registrerade som berörs samt de kategorier av och det ungefärliga antalet personuppgiftsposter som berörs",
					Items: breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount, breach.RecordCategories, breach.RecordCount)},
				{Clause: "9.2 b", Text: "namn på och kontaktuppgifter till den kontaktpunkt där mer information kan erhållas",
					Items: breach.ItemsOf(breach.ContactPoint)},
				{Clause: "9.2 c", Text: "en beskrivelse av de sannolika konsekvenserna av personuppgiftsincidenten",
					Items: breach.ItemsOf(breach.Consequences)},
				{Clause: "9.2 d", Text: "en beskrivelse av de åtgärder som Personuppgiftsbiträdet har vidtagit eller föreslagit för att hantera personuppgiftsincidenten, inbegripet, när så är lämpligt, åtgärder för att mildra dess potentiella negativa effekter",
					Items: breach.ItemsOf(breach.Measures)},
			}},
			Assistance: breach.Commitment{Provision: obligation.At("9.4"),
				Text: "bistå den Personuppgiftsansvarige vid anmälan till tillsynsmyndigheten och vid information till registrerade"},
		},
		Liability: agreement.Liability{
			Provision: obligation.At("14"),
			Undertakings: []agreement.Undertaking{
				// 14.1: «Part som bryter mot detta Avtal ska ersätta
				// motparten för den skada som uppstår till följd av
				// avtalsbrottet.»
				{Provision: obligation.At("14.1"), Kind: agreement.Compensate,
					When: "till följd av avtalsbrottet"},
				// 14.2: «Personuppgiftsbiträdet ska hålla den
				// Personuppgiftsansvarige skadeslös för krav från
				// registrerade eller tillsynsmyndigheter som uppstår till
				// följd av att Personuppgiftsbiträdet inte har fullgjort
				// sina skyldigheter enligt detta Avtal eller
				// Dataskyddsförordningen.»
				{Provision: obligation.At("14.2"), Kind: agreement.Indemnify, By: agreement.Processor,
					Against: []agreement.LossKind{agreement.DataSubjectClaims, agreement.Fines},
					When:    "som uppstår till följd av att Personuppgiftsbiträdet inte har fullgjort sina skyldigheter enligt detta Avtal eller Dataskyddsförordningen"},
			},
			// 14.3: «Ansvarsbegränsningar som följer av Huvudavtalet gäller
			// även för detta Avtal, såvida inte tvingande lagstiftning
			// föreskriver annat.»
			Caps: []agreement.Cap{{Provision: obligation.At("14.3"), Kind: agreement.OtherDocument, Document: "Huvudavtalet"}},
			// 14.4: «Ansvarsbegränsningen gäller inte vid uppsåt eller grov
			// vårdslöshet.»
			Lift: agreement.CapLift{Provision: obligation.At("14.4"),
				By: []agreement.Culpability{agreement.GrossNegligence, agreement.Intent}},
		},
		Assistance: agreement.Assistance{
			Scope: agreement.AssistanceScope{Provision: obligation.At("5.1"), Tasks: []agreement.Assist{
				{Task: agreement.RightsRequests, Clause: "5.1 e"},
				{Task: agreement.SecurityTask, Clause: "5.1 f"},
				{Task: agreement.BreachTask, Clause: "5.1 f"},
				{Task: agreement.ImpactAssessment, Clause: "5.1 f"},
				{Task: agreement.PriorConsultation, Clause: "5.1 f"},
			}},
		},
		Duties: agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("4"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.LawfulProcessing, Clause: "4.1 a"},
				{Kind: agreement.GiveInstructions, Clause: "4.1 b"},
				{Kind: agreement.OtherObligation, Clause: "4.1 c", Text: "informera Personuppgiftsbiträdet om eventuella ändringar i instruktionerna"},
				{Kind: agreement.InformDataSubjects, Clause: "4.1 d"},
				{Kind: agreement.AnswerRequests, Clause: "4.1 e"},
				// 15.3: immediate termination if the processor materially
				// breaches the agreement, does not follow instructions or
				// breaches the GDPR.
				{Kind: agreement.TerminateForBreach, Clause: "15.3"},
			}},
			Security: agreement.SecurityDuty{Provision: obligation.At("8")},
		},
	}
}

// stimmaPlaceholders are the template's open fields that no provision of
// the model holds as blank, in the text's order.
func stimmaPlaceholders() []obligation.Placeholder {
	var ps []obligation.Placeholder
	for i, party := range []string{"[ORGANISATION]", "[LEVERANTÖR/SAMBRUK]"} {
		p := func(field string) string { return "parties[" + string(rune('0'+i)) + "]." + field }
		ps = append(ps,
			obligation.Placeholder{Field: p("name"), Clause: "Parter", Text: party},
			obligation.Placeholder{Field: p("orgNumber"), Clause: "Parter", Text: "[ORG.NR]"},
			obligation.Placeholder{Field: p("address"), Clause: "Parter", Text: "[ADRESS]"},
			obligation.Placeholder{Field: p("contacts"), Clause: "Parter", Text: "[NAMN] [E-POST] [TELEFON]"},
		)
	}
	return append(ps,
		obligation.Placeholder{Field: "signed", Clause: "22", Text: "Ort och datum ____"},
		obligation.Placeholder{Field: "processing.description.dataSubjects", Clause: b1("6.1"), Text: "Uppskattad mängd: [ANTAL]"},
		obligation.Placeholder{Field: "parties[1].contacts", Clause: b1("12.2"), Text: "Kontaktperson för personuppgiftsincidenter: [NAMN] [E-POST] [TELEFON], Tillgänglighet [t.ex. \"Vardagar 08-17\" eller \"Dygnet runt\"]"},
		obligation.Placeholder{Field: "processing.description.purposes", Clause: b1("13.1"), Text: "[ ] Aktivera / [ ] Inaktivera automatiska påminnelser; [ANTAL] dagar, [ANTAL] st, [ANTAL] dagar"},
		obligation.Placeholder{Field: "processing.description.purposes", Clause: b1("13.2"), Text: "[ ] Aktivera / [ ] Inaktivera AI-tutorfunktion"},
		obligation.Placeholder{Field: "end.steps", Clause: b1("13.3"), Text: "[ ] Återlämna ([ ] JSON [ ] CSV [ ] SQL-dump) / [ ] Radera"},
		obligation.Placeholder{Field: "subprocessors.entries", Clause: b2("2.1"), Text: "[HOSTING-LEVERANTÖR] [ORG.NR] [ADRESS], [LAND, t.ex. Sverige/EU]"},
		obligation.Placeholder{Field: "subprocessors.entries", Clause: b2("2.1"), Text: "[AI-LEVERANTÖR, t.ex. OpenAI] [ORG.NR] [ADRESS], [LAND], [t.ex. EU-US Data Privacy Framework / Standardavtalsklausuler]"},
		obligation.Placeholder{Field: "subprocessors.entries", Clause: b2("2.1"), Text: "[E-POSTLEVERANTÖR] [ORG.NR] [ADRESS], [LAND], [Skyddsåtgärd om tredjeland]"},
		obligation.Placeholder{Field: "subprocessorPolicy.objection.period", Clause: "Bilaga 2a", Text: "[DATUM, 30 dagar från meddelandet]"},
	)
}

// stimmaProcessing: Bilaga 1 §§3–6 and §9. The quantities of §6.1 are
// placeholders («[ANTAL]»).
func stimmaProcessing() annex.Description {
	other := func(clause obligation.Clause, text string) annex.Purpose {
		return annex.Purpose{Kind: annex.PurposeOther, Clause: string(clause), Text: text}
	}
	return annex.Description{
		Purposes: annex.ListAt(string(b1("4.1")),
			annex.Purpose{Kind: annex.PurposeServiceDelivery, Text: "Tillhandahålla utbildningstjänsten"},
			other(b1("4.1"), "Spåra utbildningsprogression"),
			other(b1("4.1"), "Skicka påminnelser"),
			other(b1("4.1"), "Generera statistik"),
			other(b1("4.1"), "Säkerhet och felsökning"),
			other(b1("4.1"), "AI-stöd"),
		),
		DataSubjects: annex.ListAt(string(b1("6")),
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.1")), Text: "Studenter/Deltagare"},
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.1")), Text: "Redaktörer"},
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.1")), Text: "Administratörer"},
			annex.DataSubject{Kind: annex.SubjectEmployees, Clause: string(b1("6.2")), Text: "Anställda hos den Personuppgiftsansvarige"},
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.2")), Text: "Förtroendevalda hos den Personuppgiftsansvarige"},
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.2")), Text: "Konsulter eller inhyrd personal"},
			annex.DataSubject{Kind: annex.SubjectOther, Clause: string(b1("6.2")), Text: "Andra personer som den Personuppgiftsansvarige tilldelar utbildningar"},
		),
		DataCategories: annex.ListAt(string(b1("5.1")),
			annex.DataCategory{Kind: annex.DataEmail, Text: "E-postadress"},
			annex.DataCategory{Kind: annex.DataName, Text: "Namn"},
			annex.DataCategory{Kind: annex.DataOther, Text: "Användarroll (student/redaktör/admin), Verifieringsstatus, Senaste inloggning"},
			annex.DataCategory{Kind: annex.DataOther, Text: "Påbörjade kurser, Slutförda lektioner, Quizresultat, Tid per lektion"},
			annex.DataCategory{Kind: annex.DataIPAddress, Text: "IP-adress (i loggar)"},
			annex.DataCategory{Kind: annex.DataUsage, Text: "Tidsstämplar för aktivitet"},
			annex.DataCategory{Kind: annex.DataOther, Text: "E-postdomän (för organisationstillhörighet)"},
		),
		// §5.2: «Inga känsliga personuppgifter (särskilda kategorier enligt
		// artikel 9 GDPR) behandlas i tjänsten.» §5.3: no data on criminal
		// convictions or offences.
		SpecialCategories: annex.NoneAt[annex.SpecialKind](string(b1("5.2"))),
		Operations: annex.ListAt(string(b1("4.2")),
			annex.Operation{Kind: annex.OpCollection, Text: "Insamling (vid registrering och användning)"},
			annex.Operation{Kind: annex.OpStorage, Text: "Lagring (i databas)"},
			annex.Operation{Kind: annex.OpStructuring, Text: "Strukturering (organisering av data per användare och kurs)"},
			annex.Operation{Kind: annex.OpUse, Text: "Användning (för att tillhandahålla tjänsten)"},
			annex.Operation{Kind: annex.OpDisclosure, Text: "Utlämnande genom överföring (e-postpåminnelser)"},
			annex.Operation{Kind: annex.OpErasureOrDestruction, Text: "Radering (vid begäran eller avtalets upphörande)"},
		),
		SecurityMeasures: annex.ListAt(string(b1("9")),
			annex.Measure{Kind: annex.MeasureTransmission, Clause: string(b1("9.1")), Text: "Kryptering vid överföring: All kommunikation sker över HTTPS/TLS"},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: string(b1("9.1")), Text: "Säker autentisering: E-postbaserad inloggning med tidsbegränsade engångslänkar"},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: string(b1("9.1")), Text: "Åtkomstkontroll: Rollbaserad behörighetsstyrning (student, redaktör, admin)"},
			annex.Measure{Kind: annex.MeasureEventLogging, Clause: string(b1("9.1")), Text: "Loggning: Loggning av säkerhetsrelevanta händelser"},
			annex.Measure{Kind: annex.MeasureSystemConfiguration, Clause: string(b1("9.1")), Text: "Brandvägg: Nätverksskydd mot obehörig åtkomst"},
			annex.Measure{Kind: annex.MeasureTimelyRestore, Clause: string(b1("9.1")), Text: "Säkerhetskopiering: Daglig backup av databas med krypterad lagring"},
			annex.Measure{Kind: annex.MeasureOther, Clause: string(b1("9.1")), Text: "Separerade miljöer: Separering av utvecklings-, test- och produktionsmiljöer"},
			annex.Measure{Kind: annex.MeasureITGovernance, Clause: string(b1("9.2")), Text: "Sekretessavtal: All personal har undertecknat sekretessavtal"},
			annex.Measure{Kind: annex.MeasureITGovernance, Clause: string(b1("9.2")), Text: "Utbildning: Personal utbildas regelbundet i dataskydd och informationssäkerhet"},
			annex.Measure{Kind: annex.MeasureUserIdentification, Clause: string(b1("9.2")), Text: "Behörighetshantering: Regelbunden översyn av behörigheter (minst årligen)"},
			annex.Measure{Kind: annex.MeasureITGovernance, Clause: string(b1("9.2")), Text: "Incidenthantering: Dokumenterade rutiner för hantering av säkerhetsincidenter"},
			annex.Measure{Kind: annex.MeasurePhysicalSecurity, Clause: string(b1("9.2")), Text: "Fysisk säkerhet: Driftmiljön är fysiskt skyddad (datacenter med åtkomstkontroll)"},
		),
		Nature: annex.Statement{Clause: string(b1("4.2")),
			Text: "Insamling, lagring, strukturering, användning, utlämnande genom överföring (e-postpåminnelser) och radering"},
		Duration: annex.Statement{Clause: string(b1("3.1")),
			Text: "Behandlingen påbörjas när användarkonton skapas eller användare registreras i systemet och pågår så länge huvudavtalet är i kraft."},
	}
}
