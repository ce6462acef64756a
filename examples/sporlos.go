package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// Sporlos returns Datamynt AS's data processing agreement for the web
// analytics service Sporløs («Databehandleravtale», «Versjon 1 · gjelder fra
// 30.09.2026») with Bilag A (the processing), B (security measures) and C
// (subprocessors). The text is published as one HTML page; clauses are its
// own numbers, the lettered duties of 4 as "4 a" to "4 h" (the text itself
// writes «punkt 4 d»), the two paragraphs of 8 as "8 ¶1" and "8 ¶2", and the
// paragraphs under the title, before 1, as the opening text: "¶1" is the
// version line, "¶2" the paragraph that says what the agreement governs.
//
// The agreement is accepted electronically when an account is created (2).
// It refers to the service agreement («tjenesteavtalen», 10) and the sales
// terms («salgsbetingelsene», 8), neither of which is reproduced.
func Sporlos() agreement.Agreement {
	const (
		P     = obligation.Processor
		C     = obligation.Controller
		intro = obligation.Clause("¶2")
	)
	return agreement.Agreement{
		ID:        "datamynt-sporlos",
		Title:     "Databehandleravtale",
		Version:   "1",
		Language:  "nb",
		ValidFrom: obligation.NewDate(2026, 9, 30),
		Documents: []agreement.Document{
			{Title: "Databehandleravtale", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: "Bilag A", About: "nature, purpose and scope of the processing", Included: true},
			{Title: "Bilag B", About: "security measures (GDPR Art. 32)", Included: true},
			{Title: "Bilag C", About: "subprocessors", Included: true},
			{Title: "tjenesteavtalen", About: "the service agreement the DPA runs with (10)"},
			{Title: "salgsbetingelsene", About: "the sales terms, which set the 90 days of 8"},
			{Title: "en egen databehandleravtale", Kind: agreement.ProcessorAgreement, Hypothetical: true,
				About: "a processor agreement the parties may have signed separately, «for eksempel KS' standardavtale» (2)"},
		},
		Parties: []agreement.Party{
			// 1: «Datamynt AS, org.nr 936 017 207, Maridalsveien 163, 0461
			// Oslo («Datamynt»)»; 2: a signed copy on request at
			// post@sporlos.no.
			{Role: agreement.Processor, Name: "Datamynt AS", OrgNumber: "936017207", Address: "Maridalsveien 163, 0461 Oslo",
				Country: "NO", Clause: "1",
				Contacts: []agreement.Contact{{Kind: agreement.ContactPoint, Email: "post@sporlos.no", Clause: "2"}}},
			// 1: «virksomheten som har opprettet konto i Sporløs, slik den er
			// registrert i kontoen («Kunden»)».
			{Role: agreement.Controller, Name: "Kunden", Generic: true, Clause: "1"},
		},
		Service: agreement.Service{
			Provision: obligation.At(intro),
			Name:      "Sporløs",
			// 3: «Sporløs er laget for å ikke samle inn personopplysninger»;
			// the agreement still gives «fulle garantier etter GDPR art. 28
			// for den begrensede behandlingen som skjer».
			SubjectMatter: "Datamynt's processing of personal data on the customer's behalf when the customer uses the web analytics service Sporløs, built not to collect personal data; the agreement covers the limited processing that still takes place (Bilag A).",
			MainAgreement: "tjenesteavtalen",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("4"),
			Cited: []agreement.Law{
				{ID: "32016R0679", Title: "GDPR", Clause: "4"},
			},
		},
		// 2: «Har partene signert en egen databehandleravtale (for
		// eksempel KS' standardavtale), gjelder den foran denne.» The rule
		// holds only where the parties signed one: until then this
		// agreement's terms stand.
		Precedence: agreement.Precedence{Provision: obligation.At("2"),
			Rules: []agreement.PrecedenceRule{{Clause: "2", Document: "en egen databehandleravtale", Over: []string{"Databehandleravtale"}, If: agreement.IfSigned}}},
		// 12: «Norsk rett. Verneting er Oslo tingrett.»
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At("12"),
			Country:   "NO",
			Venue:     "Oslo tingrett",
		},
		// 10: «så lenge Datamynt behandler personopplysninger på vegne av
		// Kunden, og uansett så lenge tjenesteavtalen løper».
		Term: agreement.Term{
			Provision: obligation.At("10"),
			Basis:     agreement.WhileProcessing,
			AtLeast:   agreement.TermBound{Basis: agreement.FollowsMainAgreement},
		},
		// 4 d: the customer «kan motsette seg endringen og si opp tjenesten
		// med virkning før endringen trer i kraft»; 11: changes that weaken
		// its protection are notified «minst 30 dager i forveien, og Kunden
		// kan si opp før de trer i kraft».
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At("4 d"), By: agreement.ControllerOnly, Ground: agreement.OnSubprocessorObjection, BeforeChange: true},
			{Provision: obligation.At("11"), By: agreement.ControllerOnly, Ground: agreement.OnMaterialChange, BeforeChange: true},
		}},
		// 2: «Avtalen inngås elektronisk når Kunden oppretter konto og
		// godtar vilkårene, jf. GDPR art. 28 nr. 9. Datamynt lagrer
		// tidspunktet og hvilken versjon som ble godtatt. Kunden kan be om
		// et signert eksemplar».
		Formation: agreement.Formation{Provision: obligation.At("2"), Electronic: true, Recorded: true, SignedCopy: true},
		// 11: «Datamynt kan publisere nye versjoner av Avtalen. Endringer
		// som svekker Kundens vern, varsles minst 30 dager i forveien, og
		// Kunden kan si opp før de trer i kraft. Tidligere versjoner gis ut
		// på forespørsel.»
		Changes: agreement.Changes{Provision: obligation.At("11"), ByProcessor: true, Notice: obligation.Days(30),
			OnlyWeakening: true, EarlierOnRequest: true},
		Processing: agreement.Processing{Provision: obligation.At("Bilag A"), Description: sporlosProcessing()},
		// Bilag A: «Hashen lages med et tilfeldig salt som byttes og
		// forkastes hvert døgn, så besøk kan ikke kobles på tvers av
		// dager»; Bilag B: «Dagens salt er tilfeldig og forkastes etter
		// døgnet.» The event data are kept for «Tjenesteavtalens løpetid».
		Retention: agreement.Retention{Provision: obligation.At("Bilag A"), Schedule: []agreement.RetentionTerm{
			{Provision: obligation.At("Bilag A"), Category: "salt for the daily-rotating hash", Keep: obligation.Hours(24),
				From: obligation.RecordCreated, Note: "byttes og forkastes hvert døgn"},
		}},
		// 4 a: «Kun behandle personopplysninger etter dokumenterte instrukser
		// fra Kunden, herunder det som følger av Avtalen og tjenestens
		// konfigurasjon. Datamynt varsler Kunden dersom en instruks anses å
		// være i strid med personvernregelverket.» No time is given.
		Instructions: agreement.Instructions{
			Provision:  obligation.At("4 a"),
			Documented: true,
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("4 a")},
		},
		// 4 b: «kun personell med tjenstlig behov får tilgang, og de er
		// underlagt taushetsplikt».
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("4 b"), Staff: true},
		// 7: «Henvendelser fra registrerte som Datamynt mottar direkte,
		// videreformidles til Kunden uten ugrunnet opphold. Datamynt svarer
		// ikke registrerte på egen hånd uten instruks.» 4 e: assist with
		// «egnede tekniske og organisatoriske tiltak».
		Requests: agreement.Requests{
			DataSubjects: agreement.RequestTerm{
				Provision:            obligation.At("7"),
				Notify:               obligation.Unquantified(obligation.WithoutUndueDelay),
				ApprovalBeforeAnswer: true,
				Assist:               true,
			},
		},
		// 9: «Datamynt gir Kunden informasjonen som trengs for å dokumentere
		// etterlevelse, og muliggjør revisjon (egen eller ved uavhengig
		// revisor) med rimelig varsel, inntil én gang per år eller ved
		// mistanke om brudd.» The cost is not stated. «per år» does not
		// say whether the calendar year or any twelve months: the window
		// is left unstated, and a second audit is refused only where both
		// readings refuse it.
		Audit: agreement.Audit{
			Provision:   obligation.At("9"),
			Information: obligation.At("9"),
			Inspection:  agreement.AdvanceNotice{Provision: obligation.At("9"), Period: obligation.Unquantified(obligation.ReasonableTime)},
			ThirdParty:  agreement.ThirdPartyAudit{Provision: obligation.At("9"), Allowed: true},
			Limit: agreement.AuditLimit{Provision: obligation.At("9"), Limit: obligation.Limit{
				Times: 1, Per: obligation.Years(1), Unless: obligation.NonCompliance,
				Words: "inntil én gang per år eller ved mistanke om brudd"}},
		},
		End: agreement.EndOfProcessing{
			Provision: obligation.At("8"),
			Steps: []obligation.Rule{
				// 8 ¶1: «Kunden kan be om sletting av ett nettsted eller hele
				// kontoen … Dataene slettes da fra tjenesten umiddelbart.»
				{On: obligation.DeletionRequested, Debtor: P, Creditor: C, Action: obligation.DeleteData,
					Due: obligation.Unquantified(obligation.Immediately), Anchor: obligation.FromEvent, Clause: "8 ¶1",
					Note:   "one site or the whole account, on the customer's request in the service or at post@sporlos.no",
					NoteNB: "ett nettsted eller hele kontoen, etter kundens anmodning i tjenesten eller til post@sporlos.no"},
				// 8 ¶1: «Kopier i nattlige sikkerhetskopier slettes
				// automatisk, senest 35 dager etter.»
				{On: obligation.DeletionRequested, Debtor: P, Creditor: C, Action: obligation.DeleteBackups,
					Due: obligation.Days(35), Anchor: obligation.FromEvent, Clause: "8 ¶1",
					Note: "copies in the nightly backups, automatically", NoteNB: "kopier i de nattlige sikkerhetskopiene, automatisk"},
				// 8 ¶2: «Kunden kan laste ned sine data som CSV før det.»
				// The window closes with the deletion, which may come any
				// day within the 90: the 90th day is the latest it can stay
				// open, not a day the customer can count on.
				{On: obligation.AgreementEnds, Debtor: C, Creditor: P, Action: obligation.ExportData,
					Due: obligation.Days(90), Anchor: obligation.FromEvent, Clause: "8 ¶2",
					If:     obligation.Condition{Unless: obligation.ControllerDeleted, Words: "uten at Kunden har slettet selv"},
					Note:   "download the data as CSV before they are deleted; the window closes with the deletion, at the latest when the 90 days run out",
					NoteNB: "laste ned opplysningene som CSV før de slettes; vinduet lukkes med slettingen, senest når de 90 dagene er ute"},
				// 8 ¶2: «Avsluttes kundeforholdet uten at Kunden har slettet
				// selv, slettes dataene innen 90 dager etter at
				// avtaleforholdet er avsluttet, slik salgsbetingelsene sier.»
				// 4 g: «Ved opphør slette personopplysningene, med mindre
				// lagring er pålagt (se punkt 8).»
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData,
					Due: obligation.Days(90), Anchor: obligation.FromEvent, Clause: "8 ¶2",
					If: obligation.Condition{Unless: obligation.ControllerDeleted | obligation.RetentionRequired,
						Words: "uten at Kunden har slettet selv (8 ¶2); med mindre lagring er pålagt (4 g)"}},
			},
		},
		Subprocessors: subprocessor.Register{
			// Bilag C: «Ingen. Drift og sikkerhetskopier skjer på Datamynts
			// egne maskiner i Oslo.»
			Provision: obligation.At("Bilag C"),
			Source:    subprocessor.NoneUsed,
		},
		SubprocessorPolicy: subprocessor.Policy{
			// 4 d: «Bare bruke underleverandørene i Bilag C. Planlagte
			// endringer varsles Kunden på e-post minst 30 dager i forveien.
			// Kunden kan motsette seg endringen og si opp tjenesten med
			// virkning før endringen trer i kraft.» The text does not name
			// the kind of authorisation; changes go ahead after notice unless
			// the customer leaves, which is the mechanism of a general
			// authorisation (GDPR Art. 28(2) second sentence).
			Authorisation: subprocessor.AuthorisationTerm{
				Provision: obligation.InferredAt("4 d", "the text names no kind of authorisation; a change goes ahead after 30 days' notice unless the customer objects and terminates, the mechanism of a general authorisation (GDPR Art. 28(2), second sentence)"),
				Kind:      subprocessor.General},
			Announcement: subprocessor.Announcement{Provision: obligation.At("4 d"), Channels: []subprocessor.Channel{subprocessor.Email}},
			Notice:       subprocessor.Notice{Provision: obligation.At("4 d"), Period: obligation.Days(30)},
			Objection:    subprocessor.Objection{Provision: obligation.At("4 d")},
			Remedy: subprocessor.Remedy{
				Provision: obligation.At("4 d"),
				Effect:    subprocessor.ControllerMayTerminate,
				Scope:     subprocessor.WholeAgreement,
				Condition: "if the customer objects; the termination takes effect before the change does",
			},
			// 6: «Personopplysninger behandles og lagres i Norge (se Bilag
			// C). Det skjer ingen overføring ut av EØS. En eventuell endring
			// krever varsel etter punkt 4 d og et gyldig
			// overføringsgrunnlag etter GDPR kapittel V.»
			Transfers: subprocessor.Transfers{Provision: obligation.NoneAt("6"), Undertaking: true},
		},
		Breach: breach.Terms{
			Provision: obligation.At("5"),
			// 5: «Datamynt varsler Kunden uten ugrunnet opphold etter å ha
			// blitt kjent med et brudd, med tilstrekkelig informasjon til at
			// Kunden kan oppfylle sin varslingsplikt til Datatilsynet (art.
			// 33) og eventuelt de registrerte (art. 34).» No hours, no list
			// of contents.
			Deadline: breach.Deadline{Provision: obligation.At("5"),
				Period: obligation.Unquantified(obligation.WithoutUndueDelay), Clock: breach.Awareness,
				Text: "uten ugrunnet opphold etter å ha blitt kjent med et brudd"},
			Channel: breach.Channel{Provision: obligation.At("5"), Recipient: breach.ToController, Text: "Datamynt varsler Kunden"},
			Assistance: breach.Commitment{Provision: obligation.At("4 f"),
				Text: "Bistå Kunden med å oppfylle pliktene etter art. 32–36 (sikkerhet, avviksvarsling, personvernkonsekvensvurdering og forhåndsdrøfting)"},
		},
		Assistance: agreement.Assistance{
			Scope: agreement.AssistanceScope{Provision: obligation.At("4"), Tasks: []agreement.Assist{
				{Task: agreement.RightsRequests, Clause: "4 e"},
				{Task: agreement.SecurityTask, Clause: "4 f"},
				{Task: agreement.BreachTask, Clause: "4 f"},
				{Task: agreement.ImpactAssessment, Clause: "4 f"},
				{Task: agreement.PriorConsultation, Clause: "4 f"},
			}},
		},
		Duties: agreement.Duties{
			// The text lists no duties of the customer; it gives it the
			// right to have data deleted (8 ¶1: «Kunden kan be om sletting
			// av ett nettsted eller hele kontoen») and instructs through the
			// service's configuration (4 a).
			Controller: agreement.ControllerDuties{Provision: obligation.At("8 ¶1"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.OrderDeletion, Clause: "8 ¶1"},
				{Kind: agreement.GiveInstructions, Clause: "4 a"},
			}},
			// 4 c: «Iverksette sikkerhetstiltak etter GDPR art. 32 (se Bilag
			// B).»
			Security: agreement.SecurityDuty{Provision: obligation.At("4 c")},
		},
	}
}

// sporlosProcessing: Bilag A, a table of five rows, and Bilag B, eight
// bullets. The text says nothing of special categories or children.
func sporlosProcessing() annex.Description {
	const a, b = "Bilag A", "Bilag B"
	return annex.Description{
		Purposes: annex.ListAt(a,
			annex.Purpose{Kind: annex.PurposeOther, Text: "Aggregert webanalyse (besøksstatistikk) for Kundens nettsted(er)"},
		),
		DataSubjects: annex.ListAt(a,
			annex.DataSubject{Kind: annex.SubjectWebsiteVisitors, Text: "Besøkende på Kundens nettsted"},
		),
		// The row «Opplysninger» lists what is kept; the row «Behandlingens
		// art» adds the IP address and User-Agent, used «flyktig» and
		// «lagres aldri».
		DataCategories: annex.ListAt(a,
			annex.DataCategory{Kind: annex.DataUsage, Text: "Sidesti, henvisningskilde (vertsnavn)"},
			annex.DataCategory{Kind: annex.DataDevice, Text: "grov enhets-, nettleser- og OS-type"},
			annex.DataCategory{Kind: annex.DataOther, Text: "land og fylke"},
			annex.DataCategory{Kind: annex.DataOther, Text: "daglig-roterende hash"},
			annex.DataCategory{Kind: annex.DataIPAddress, Clause: a + ", Behandlingens art", Text: "IP-adresse … brukes flyktig"},
			annex.DataCategory{Kind: annex.DataDevice, Clause: a + ", Behandlingens art", Text: "nettleserinformasjon (User-Agent) … brukes flyktig"},
		),
		Operations: annex.ListAt(a,
			annex.Operation{Kind: annex.OpCollection, Text: "Innsamling av anonyme hendelsesdata"},
			annex.Operation{Kind: annex.OpUse, Text: "IP-adresse og nettleserinformasjon (User-Agent) brukes flyktig til a) en daglig-roterende enveis-hash for å telle unike besøkende og b) oppslag av land og fylke"},
		),
		SecurityMeasures: annex.ListAt(b,
			annex.Measure{Kind: annex.MeasureDataMinimisation, Text: "Ingen lagring av IP-adresser. Dagens salt er tilfeldig og forkastes etter døgnet."},
			annex.Measure{Kind: annex.MeasureDataMinimisation, Text: "Ingen informasjonskapsler, vedvarende identifikatorer eller fingerprinting hos de besøkende."},
			annex.Measure{Kind: annex.MeasureDataMinimisation, Text: "Geografi bevisst begrenset til land og fylke, ikke by, for å hindre re-identifisering."},
			annex.Measure{Kind: annex.MeasureTransmission, Text: "All trafikk over TLS (HTTPS). Databasen er ikke eksponert mot internett."},
			annex.Measure{Kind: annex.MeasureUserIdentification, Text: "Innlogging med passord (lagret som hash) eller Google/Microsoft. Innlogginger kan trekkes tilbake, mislykkede forsøk strupes, og ingen økt varer mer enn 30 dager."},
			annex.Measure{Kind: annex.MeasurePhysicalSecurity, Text: "Drift på Datamynts egen server i Oslo, uten ekstern hostingleverandør."},
			annex.Measure{Kind: annex.MeasureTimelyRestore, Text: "Nattlige sikkerhetskopier på Datamynts egne maskiner i Oslo, på to adresser, og gjenopprettet på prøve hver natt."},
			annex.Measure{Kind: annex.MeasureOther, Text: "Åpen kildekode, slik at alt over kan etterprøves."},
		),
		Nature: annex.Statement{Clause: a,
			Text: "Innsamling av anonyme hendelsesdata. IP-adresse og nettleserinformasjon (User-Agent) brukes flyktig til a) en daglig-roterende enveis-hash for å telle unike besøkende og b) oppslag av land og fylke. IP-adresse og User-Agent lagres aldri."},
		Duration: annex.Statement{Clause: a,
			Text: "Tjenesteavtalens løpetid. Hashen lages med et tilfeldig salt som byttes og forkastes hvert døgn, så besøk kan ikke kobles på tvers av dager."},
	}
}
