package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// moneyTerms adds liability, fees and assistance costs of seed s to a.
func moneyTerms(s seed, a *agreement.Agreement) {
	switch s {
	case weAreMedia:
		// No cap and no exclusion of kinds of loss. The one disclaimer:
		// "Under ingen omstendigheter vil We Are Media påta seg noe ansvar
		// for bruken av slike tjenester" (third-party services that are
		// not subprocessors).
		a.Liability = agreement.Liability{
			Disclaimers: []agreement.Disclaimer{{
				Provision: obligation.At("Bruk av underleverandører"),
				By:        agreement.Processor,
				About:     "Bruk av alle tredjeparts tjenester som ikke er underleverandører",
			}},
		}
		a.Fees = agreement.Fees{
			Refunds: []agreement.Refund{{
				// "Gjennom (3) har kunden rett til umiddelbart å varsle
				// oppsigelsen, og beløpet som er betalt innen gjeldende
				// avtaleperiode vil bli refundert."
				Provision: obligation.At("Bruk av underleverandører"),
				On:        agreement.SubprocessorObjection,
				Basis:     agreement.PaidForCurrentPeriod,
			}},
		}
		a.Assistance = agreement.Assistance{Costs: []agreement.CostTerm{{
			// "Dataeksport utenfor omfanget av We Are Media
			// -grensesnittstøtte … bør bæres av kunden, og fakturaer bør
			// utstedes basert på forløpt tid og gjeldende timepris."
			Provision: obligation.At("Returner og ødelegg personlig informasjon"),
			For:       agreement.DataExport,
			Basis:     agreement.UsualRates,
		}}}

	case assistertSelvhjelp:
		// The DPA's "Mislighold" and the service agreement's "Forsinkelse
		// og manglende levering" state the same cap and exclusion: "Samlet
		// erstatning pr. kalenderår er begrenset til et beløp som
		// tilsvarer Avtalens samlede årlige vederlag ekskl.
		// merverdiavgift. Erstatning for indirekte tap kan ikke kreves.
		// Indirekte tap omfatter, men er ikke begrenset til, tapt
		// fortjeneste av enhver art og tapte besparelser."
		// In the DPA either party may claim ("den andre parten"); in the
		// service agreement the customer claims against the processor.
		annualFee := func(clause obligation.Clause, mutual bool) agreement.Cap {
			return agreement.Cap{
				Provision:    obligation.At(clause),
				Kind:         agreement.FeeBased,
				Basis:        agreement.AnnualFee,
				ExcludingVAT: true,
				Period:       agreement.PerCalendarYear,
				Mutual:       mutual,
			}
		}
		a.Liability = agreement.Liability{
			Provision: obligation.At("Mislighold"),
			Excluded: agreement.Exclusion{
				Provision: obligation.At("Mislighold"),
				Indirect:  true,
				Kinds:     []agreement.LossKind{agreement.LostProfit, agreement.LostSavings},
			},
			Caps: []agreement.Cap{annualFee("Mislighold", true), annualFee("Forsinkelse og manglende levering", false)},
		}
		a.Fees = agreement.Fees{
			// "Den oppgitte prisen for Tjenester er den totale prisen …
			// Denne prisen inkluderer alle avgifter og tilleggskostnader";
			// "Assistert Selvhjelp kan ikke gjøre prisendringer for
			// Tjenester i avtaleperioden".
			Provision:     obligation.At("Priser"),
			Period:        obligation.Months(12),
			IncludesVAT:   true,
			FixedInPeriod: true,
			// "Virksomheten faktureres for avtaleperioden forskuddsvis.";
			// "Betalingsfristen fremgår av fakturaen og er på minimum 14
			// kalenderdager etter fakturadato"; "Faktura for ny
			// avtaleperiode kan utstedes inntil 14 kalenderdager før ny
			// periode begynner å løpe."
			Invoicing: agreement.Invoicing{
				Provision:      obligation.At("Betaling"),
				InAdvance:      true,
				Due:            obligation.Days(14),
				DueAtLeast:     true,
				EarliestBefore: obligation.Days(14),
			},
			// "Det må i denne forbindelse påregnes årlig justering av pris
			// basert på konsumpris indeks (jfr. SSB)"; other changes
			// "varsles om dette senest 1 måned i forkant av avtalt
			// fornyelsesdato".
			Adjustment: agreement.PriceAdjustment{
				Provision:          obligation.At("Priser"),
				Index:              agreement.ConsumerPriceIndex,
				AtRenewal:          true,
				OtherChangesNotice: obligation.Months(1),
			},
			// "Virksomheten kan i så tilfelle kreve refusjon som står i
			// forhold til ubrukte Tjenester som brukt/ubrukt og tid som
			// gjenstår i avtalen." Both limbs: the unused services and
			// the time left.
			Refunds: []agreement.Refund{{
				Provision: obligation.At("Endringer i tjenesteavtalen"),
				On:        agreement.MaterialChange,
				Basis:     agreement.UnusedTime,
				Services:  true,
			}},
		}
		a.Assistance = agreement.Assistance{Costs: []agreement.CostTerm{
			// "Databehandlerens bistand i forbindelse med ovennevnte skal
			// gjøres kostnadsfritt."
			{Provision: obligation.At("Databehandlers plikter"), For: agreement.GeneralAssistance, Basis: agreement.Free},
			// Vedlegg 2: "Bistand fra Databehandler som fastsatt i denne
			// Databehandleravtalen … skal kompenseres av
			// Behandlingsansvarlig i samsvar med Databehandlers vanlige
			// betingelser og timesatser." Contradicts the line above.
			{Provision: obligation.At("Vedlegg 2 Kompensasjon"), For: agreement.GeneralAssistance, Basis: agreement.UsualRates},
			// "Behandlingsansvarlig er innforstått med at Databehandler kan
			// beregne seg en særskilt godtgjørelse for gjennomføringen av
			// revisjonen."
			{Provision: obligation.At("Sikkerhetsrevisjoner"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
			// "Databehandler kan kreve dekket dokumenterte merkostnader som
			// påløper ved slike revisjoner."
			{Provision: obligation.At("Gjennomføring av innsyn, verifikasjon og revisjon"), For: agreement.AuditHelp, Basis: agreement.DocumentedCosts},
			// Return and deletion: "Databehandlerens bistand i forbindelse
			// med ovennevnte skal gjøres kostnadsfritt."
			{Provision: obligation.At("Varighet og opphør"), For: agreement.ReturnAndDeletion, Basis: agreement.Free},
		}}

	case nortelecom:
		// 9.6: "Databehandlerens ansvar kan ikke overstige et beløp som
		// tilsvarer databehandlerens omsetning foregående kalenderår i
		// henhold til avtalen, men beløpet er under alle omstendigheter
		// underlagt et maksimalbeløp." No figure is given, and the text
		// does not say what period the cap limits. 11.4: "Databehandlerens
		// ansvar er begrenset som beskrevet i avtalens punkt 13", the main
		// agreement's clause, which is not part of the published text.
		a.Liability = agreement.Liability{
			Provision: obligation.At("11"),
			// 11.1: "databehandleren … er ansvarlig for eventuelle bøter og
			// økonomiske tap som databehandlingsansvarlig pådrar seg."
			Recoverable: agreement.Recoverable{
				Provision: obligation.At("11.1"),
				Losses:    []agreement.LossKind{agreement.Fines},
			},
			// 11.2: "databehandleren [er] ikke ansvarlig for
			// databehandlingsansvarliges handlinger og unnlatelser. I
			// tillegg er databehandleren ikke ansvarlig for sine egne
			// handlinger og unnlatelser hvis de oppstår som et resultat av
			// databehandlerens overholdelse av gjeldende lov."
			Disclaimers: []agreement.Disclaimer{
				{Provision: obligation.At("11.2"), By: agreement.Processor, About: "databehandlingsansvarliges handlinger og unnlatelser"},
				{Provision: obligation.At("11.2"), By: agreement.Processor, About: "sine egne handlinger og unnlatelser hvis de oppstår som et resultat av databehandlerens overholdelse av gjeldende lov"},
			},
			Caps: []agreement.Cap{
				{Provision: obligation.At("9.6"), Kind: agreement.PreviousYearRevenue},
				{Provision: obligation.At("9.6"), Kind: agreement.UnquantifiedMaximum},
				{Provision: obligation.At("11.4"), Kind: agreement.OtherDocument, Document: "avtalens punkt 13"},
			},
		}
		a.Assistance = agreement.Assistance{Costs: []agreement.CostTerm{
			// 5.4: "Enhver avtale mellom partene om godtgjørelse eller
			// lignende i forbindelse med databehandlerens bistand til den
			// behandlingsansvarlige vises i avtalen."
			{Provision: obligation.At("5.4"), For: agreement.GeneralAssistance, Basis: agreement.InOtherDocument, Document: "avtalen"},
			// 9.3: "Eventuelle utgifter som påløper i forbindelse med fysisk
			// inspeksjon ligger hos den databehandlingsansvarlige.
			// Databehandleren vil bli godtgjort for tiden og ressursene …"
			{Provision: obligation.At("9.3"), For: agreement.AuditHelp, Basis: agreement.ControllersCost},
			// 9.12: "Enhver revisjon utføres for den
			// databehandlingsansvarliges regning. … inngå en avtale om
			// betaling av eventuelle relaterte gebyrer før en revisjon
			// gjennomføres."
			{Provision: obligation.At("9.12"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
		}}

	case mailMojo:
		a.Liability = agreement.Liability{
			Provision: obligation.At("4"),
			// "I tilfelle uaktsomme brudd … kan Partene kreve erstatning for
			// sitt direkte økonomiske tap (f.eks. merarbeid, bistand fra
			// kompetent rådgiver m.m.)"
			Recoverable: agreement.Recoverable{
				Provision:      obligation.At("4"),
				Losses:         []agreement.LossKind{agreement.DirectLoss},
				Only:           true,
				MinCulpability: agreement.Negligence,
			},
			// "Partene kan ikke kreve erstatning for indirekte tap;
			// eksempelvis tapt fortjeneste, tap som følge av driftsavbrudd,
			// krav fra tredjeparter eller de registrerte eller
			// myndighetspålagte sanksjoner."
			Excluded: agreement.Exclusion{
				Provision: obligation.At("4"),
				Indirect:  true,
				Kinds: []agreement.LossKind{
					agreement.LostProfit, agreement.BusinessInterruption, agreement.ThirdPartyClaims,
					agreement.DataSubjectClaims, agreement.Fines,
				},
			},
			// "Partenes samlede erstatningsansvar for brudd på denne
			// Databehandleravtalen i løpet av et kalenderår er begrenset til
			// kr 25 000."
			Caps: []agreement.Cap{{
				Provision: obligation.At("4"),
				Kind:      agreement.FixedAmount,
				Amount:    obligation.NOK(25000),
				Period:    agreement.PerCalendarYear,
				Mutual:    true,
			}},
			// "Begrensninger i forrige avsnitt gjelder ikke ved forsettlige
			// eller grovt uaktsomme brudd."
			Lift: agreement.CapLift{
				Provision: obligation.At("4"),
				By:        []agreement.Culpability{agreement.GrossNegligence, agreement.Intent},
			},
		}
		a.Fees = agreement.Fees{
			// 2.7: "Tjenester som allerede er fakturert på tidspunktet for
			// oppsigelse (herunder abonnement på MailMojo) refunderes ikke
			// ved en slik oppsigelse."
			Refunds: []agreement.Refund{{
				Provision: obligation.NoneAt("2.7"),
				On:        agreement.SubprocessorObjection,
			}},
		}
		a.Assistance = agreement.Assistance{Costs: []agreement.CostTerm{
			// 2.3.5: "… skal kompenseres av Behandlingsansvarlig til en
			// timepris á kr 1.100 eks. mva., med betalingsfrist 10 dager
			// netto."
			{
				Provision:    obligation.At("2.3.5"),
				For:          agreement.GeneralAssistance,
				Basis:        agreement.HourlyRate,
				Rate:         obligation.NOK(1100),
				ExcludingVAT: true,
				Payment:      obligation.Days(10),
			},
			// 2.6: "Databehandler kan kreve en særskilt godtgjørelse for
			// gjennomføringen av revisjonen."
			{Provision: obligation.At("2.6"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
		}}

	case we4you:
		// The statement says nothing about liability, fees or the cost of
		// assistance.
	}
}

// assistanceScope adds to a what the processor of seed s assists the
// controller with (GDPR Art. 28(3)(e) and (f)). dutyTerms calls it after
// moneyTerms has set the cost of that assistance.
func assistanceScope(s seed, a *agreement.Agreement) {
	switch s {
	case weAreMedia:
		a.Assistance.Scope = agreement.AssistanceScope{Provision: obligation.At("We Are Media sine plikter"), Tasks: []agreement.Assist{
			// ¶2: "We Are Media er forpliktet til å gi kundene tilgang til
			// dokumenter og yte hjelp slik at kundene kan oppfylle sitt
			// ansvar i samsvar med lover og regler."
			{Task: agreement.ComplianceInGeneral, Clause: "We Are Media sine plikter ¶2"},
			// ¶3: "We Are Media er forpliktet til å bistå databehandlere
			// [the customers] med å oppfylle kravene for å etablere et
			// passende sikkerhetsnivå, inkludert å iverksette nødvendige
			// tiltak, som å varsle sikkerhetsbrudd, evaluere
			// personvernkonsekvenser og gjennomføre tidligere diskusjoner
			// [forhåndsdrøftinger, prior consultation] på kundens
			// forespørsel."
			{Task: agreement.SecurityTask, Clause: "We Are Media sine plikter ¶3"},
			{Task: agreement.BreachTask, Clause: "We Are Media sine plikter ¶3"},
			{Task: agreement.ImpactAssessment, Clause: "We Are Media sine plikter ¶3"},
			{Task: agreement.PriorConsultation, Clause: "We Are Media sine plikter ¶3"},
		}}

	case assistertSelvhjelp:
		a.Assistance.Scope = agreement.AssistanceScope{Provision: obligation.At("Databehandlers plikter"), Tasks: []agreement.Assist{
			// "samarbeide med og bistå Behandlingsansvarlig ved oppfyllelse
			// av de registrertes rettigheter … fastsatt i
			// personvernforordningen kapittel III"
			{Task: agreement.RightsRequests, Clause: "Databehandlers plikter"},
			// "bistå Behandlingsansvarlig for å sikre overholdelse av
			// forpliktelsene i personvernforordningen artiklene 35-36"
			{Task: agreement.ImpactAssessment, Clause: "Databehandlers plikter"},
			{Task: agreement.PriorConsultation, Clause: "Databehandlers plikter"},
			// "bistå Behandlingsansvarlig med å sikre overholdelse av
			// forpliktelsene i personvernforordningen artiklene 32–34"
			{Task: agreement.SecurityTask, Clause: "Tekniske, organisatoriske og sikkerhetsmessige tiltak"},
			{Task: agreement.BreachTask, Clause: "Tekniske, organisatoriske og sikkerhetsmessige tiltak"},
		}}

	case nortelecom:
		a.Assistance.Scope = agreement.AssistanceScope{Provision: obligation.At("5"), Tasks: []agreement.Assist{
			// 5.1–5.2: assistance with requests from data subjects
			// exercising their rights, point by point.
			{Task: agreement.RightsRequests, Clause: "5.1"},
			// 5.3: "Gjennomføring av en konsekvensanalyse av
			// databeskyttelse …; og … Rådfør deg med tilsynsmyndigheten
			// (Datatilsynet) før behandlingen"
			{Task: agreement.ImpactAssessment, Clause: "5.3"},
			{Task: agreement.PriorConsultation, Clause: "5.3"},
			// 10.6: "Hvis den behandlingsansvarlige er underlagt en plikt
			// til å rapportere sikkerhetsbruddet, må databehandleren bistå
			// og veilede den behandlingsansvarlige hvis den
			// behandlingsansvarlige ber om det."
			{Task: agreement.BreachTask, Clause: "10.6"},
			// Nothing on assisting with the controller's own Art. 32
			// duties; 4.5 gives information so the controller can judge the
			// processor's measures.
		}}

	case mailMojo:
		// 2.3.4: "Databehandler skal gi bistand slik at
		// Behandlingsansvarlig kan ivareta sitt eget ansvar etter lov og
		// forskrift, herunder bistå Behandlingsansvarlig med å:" and
		// nothing follows (Assistert Selvhjelp's identical text lists
		// Arts. 32–36 there).
		a.Assistance.Scope = agreement.AssistanceScope{Provision: obligation.BlankAt("2.3.4"), Tasks: []agreement.Assist{
			// 2.1: "Databehandler skal bistå Behandlingsansvarlig i å sikre
			// og dokumentere at Behandlingsansvarlig overholder sine
			// forpliktelser under gjeldende lovgivning om Behandling av
			// Personopplysninger."
			{Task: agreement.ComplianceInGeneral, Clause: "2.1"},
			// 2.3.3: "… skal Databehandler implementere tekniske og
			// organisatoriske tiltak for å bistå Behandlingsansvarlig med å
			// svare på henvendelser angående utøvelse av de registrertes
			// rettigheter."
			{Task: agreement.RightsRequests, Clause: "2.3.3"},
		}}

	case we4you:
		// The statement says nothing about assisting the customer.
	}
}
