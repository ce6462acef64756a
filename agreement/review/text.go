package review

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/personvern/dpa/internal/cite"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/internal/plaintext"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Keys of the phrases a finding's [Arg] may name.
const (
	noteBlank              = "note.blank"
	noteStatedNone         = "note.stated-none"
	noteSuccessors         = "note.successors"
	noteAlsoCites          = "note.also-cites"
	noteListBlank          = "note.list-blank"
	noteNoNeeds            = "note.no-needs"
	noteNeedsStated        = "note.needs-stated"
	noteTransferScope      = "note.transfer-scope"
	noteLocationUnknown    = "note.location-unknown"
	noteBasisUnnamed       = "note.basis-unnamed"
	noteNoBasisNamed       = "note.no-basis-named"
	noteSchrems1           = "note.schrems1"
	noteSchrems2           = "note.schrems2"
	noteNotDocumented      = "note.not-documented"
	noteNotifyOnly         = "note.notify-only"
	noteInDocument         = "note.in-document"
	noteEnd                = "note.end"
	noteOwnDuties          = "note.own-duties"
	noteGeneralDuty        = "note.general-duty"
	noteNoPeriod           = "note.no-period"
	noteOnlyStandard       = "note.only-standard"
	sensitiveArt9          = "sensitive.art9"
	sensitiveArt10         = "sensitive.art10"
	sensitiveArt9And10     = "sensitive.art9-10"
	subjectAuditNotice     = "subject.audit-notice"
	auditorAppointed       = "auditor.processor-appointed"
	auditorApproved        = "auditor.processor-approved"
	subjectDocumentsNotice = "subject.documents-notice"
	subjectAuditPlan       = "subject.audit-plan"
	subjectTransferTerms   = "subject.transfer-terms"
	mechanismNone          = "mechanism.none"
	mechanismGeneral       = "mechanism.general"
	placeThirdCountry      = "place.third-country"
	placeUnknown           = "place.unknown"
	placeGlobal            = "place.global"
	clausesLaw             = "clauses.law"
	clausesForum           = "clauses.forum"
	clausesLawForum        = "clauses.law-forum"
	placeEEAAdequate       = "place.eea-adequate"
	termOther              = "term.other"
	noteInferred           = "note.inferred"
	noteInferredWhy        = "note.inferred-why"
	roleProcessor          = "role.processor"
	roleEither             = "role.controller-or-processor"
	precedenceOrder        = "precedence.order"
	precedenceRule         = "precedence.rule"
	precedenceUnmet        = "precedence.rule-unmet"
	precedenceExtent       = "precedence.extent"
)

// reviewMessage is one message of the review's catalog: its key, how many
// arguments it takes, and its Norwegian Bokmål and English text.
type reviewMessage struct {
	key    string
	arity  int
	nb, en string
}

// reviewMessages are the review's texts. A finding's message has its code
// as key; its arguments are the finding's Args, in order, padded with
// empty strings to the arity.
var reviewMessages = [...]reviewMessage{
	{string(SubjectMatterMissing), 1,
		"Avtalen angir ikke hva behandlingen gjelder (behandlingens gjenstand), som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not state the subject matter of the processing, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(DurationMissing), 1,
		"Avtalen angir ikke hvor lenge behandlingen varer, og knytter den heller ikke til hovedavtalen; art. 28 nr. 3 krever at avtalen fastsetter behandlingens varighet.%[1]s",
		"The agreement does not state how long the processing lasts, nor tie it to the main agreement; Art. 28(3) requires the contract to set out its duration.%[1]s"},
	{string(ProcessingNotDescribed), 1,
		"Avtalen beskriver ikke behandlingen: dens art og formål, typen personopplysninger og kategoriene av registrerte, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not describe the processing: its nature and purpose, the type of personal data and the categories of data subjects, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(PurposeMissing), 1,
		"Avtalen angir ikke formålet med behandlingen, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not state the purpose of the processing, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(DataSubjectsMissing), 1,
		"Avtalen angir ikke kategoriene av registrerte, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not state the categories of data subjects, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(PersonalDataMissing), 1,
		"Avtalen angir ikke hvilke typer personopplysninger som behandles, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not state the types of personal data processed, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(NatureMissing), 1,
		"Avtalen beskriver ikke behandlingens art, verken med egne ord eller ved å angi behandlingsaktivitetene, som art. 28 nr. 3 krever at avtalen fastsetter.%[1]s",
		"The agreement does not describe the nature of the processing, in its own words or by listing the processing operations, which Art. 28(3) requires the contract to set out.%[1]s"},
	{string(ControllerDutiesMissing), 1,
		"Avtalen angir ikke den behandlingsansvarliges plikter og rettigheter, som art. 28 nr. 3 første punktum krever at avtalen fastsetter.%[1]s",
		"The agreement does not set out the obligations and rights of the controller, which the first sentence of Art. 28(3) requires the contract to set out.%[1]s"},
	{string(ControllerDutiesBlank), 0,
		"Avtalen innleder en liste over den behandlingsansvarliges plikter, men lar den stå tom. Art. 28 nr. 3 første punktum krever at avtalen fastsetter den behandlingsansvarliges plikter og rettigheter; andre punkter kan dekke noe av dette, derfor er dette en advarsel.",
		"The agreement introduces a list of the controller's obligations and leaves it empty. The first sentence of Art. 28(3) requires the contract to set out the controller's obligations and rights; other clauses may cover some of them, hence a warning."},
	{string(ProcessorOwnPurpose), 1,
		"Avtalen lar databehandleren bruke personopplysningene til egne formål («%[1]s»). En databehandler som overtrer forordningen ved å fastsette formålene med og midlene for behandlingen, anses som behandlingsansvarlig for denne behandlingen (art. 28 nr. 10), og en databehandler kan bare behandle opplysningene etter instruks fra den behandlingsansvarlige (art. 29). Denne behandlingen kan derfor ikke avtales som databehandling på vegne av kunden; den krever et eget behandlingsgrunnlag hos databehandleren.",
		"The agreement lets the processor use the personal data for its own purposes (“%[1]s”). A processor that infringes the Regulation by determining the purposes and means of processing is considered a controller in respect of that processing (Art. 28(10)), and a processor may process the data only on the controller's instructions (Art. 29). This processing therefore cannot be agreed as processing on the customer's behalf; the processor needs its own legal basis for it."},
	{string(SensitiveDataSafeguards), 2,
		"Avtalen omfatter %[1]s. Klausul 7.5 i standardavtalevilkårene (EU) 2021/915 krever særlige begrensninger og/eller ytterligere garantier for slike sensitive opplysninger, beskrevet i avtalen.%[2]s Dette er en advarsel: gjennomgangen kan ikke skille avtalte særlige garantier fra alminnelige sikkerhetstiltak.",
		"The agreement covers %[1]s. Clause 7.5 of the standard contractual clauses of Decision (EU) 2021/915 calls for specific restrictions and/or additional safeguards for such sensitive data, described in the agreement.%[2]s This is a warning: the review cannot tell agreed specific safeguards from general security measures."},
	{string(ChildrenDataSafeguards), 0,
		"Avtalen omfatter personopplysninger om barn, men angir ingen særlige sikkerhetsbehov for dem. Barn fortjener særlig vern (fortalepunkt 38), og art. 32 nr. 1 krever sikkerhet som står i forhold til risikoen. Om et alminnelig sikkerhetsnivå er nok, avhenger av behandlingen; derfor er dette en advarsel.",
		"The agreement covers children's personal data but states no special security needs for them. Children merit specific protection (recital 38), and Art. 32(1) asks for security appropriate to the risk. Whether an ordinary level of security is enough depends on the processing, so this is a warning."},
	{string(MeasuresNotListed), 1,
		"Avtalen beskriver ingen konkrete tekniske og organisatoriske sikkerhetstiltak. Art. 28 nr. 3 bokstav c krever at databehandleren treffer tiltakene art. 32 krever; EDPB (retningslinjer 07/2020) og vedlegg III til standardavtalevilkårene (EU) 2021/915 forventer at tiltakene beskrives konkret, ikke bare ved å gjengi loven.%[1]s",
		"The agreement describes no concrete technical and organisational security measures. Art. 28(3)(c) requires the processor to take the measures Art. 32 requires; the EDPB (Guidelines 07/2020) and Annex III of the standard contractual clauses of Decision (EU) 2021/915 expect them described concretely, not by restating the law.%[1]s"},
	{string(SecurityDutyMissing), 1,
		"Avtalen pålegger ikke databehandleren å treffe tiltakene art. 32 krever, og beskriver ingen sikkerhetstiltak. Art. 28 nr. 3 bokstav c krever at avtalen fastsetter denne plikten.%[1]s",
		"The agreement neither requires the processor to take the measures Art. 32 requires nor describes any security measures. Art. 28(3)(c) requires the contract to stipulate that duty.%[1]s"},
	{string(MeasuresRestateLaw), 0,
		"Avtalens sikkerhetsvilkår gjengir bare art. 32 i generelle ord (som egnede tekniske og organisatoriske tiltak, eller lignende) uten konkrete tiltak. EDPB (retningslinjer 07/2020) og vedlegg III til standardavtalevilkårene (EU) 2021/915 krever at tiltakene beskrives konkret og ikke generelt, slik at den behandlingsansvarlige kan vurdere om de er egnet. Plikten er likevel påtatt, derfor er dette en advarsel.",
		"The agreement's security terms only restate Art. 32 in general words (such as appropriate technical and organisational measures, or the like), with no concrete measure. The EDPB (Guidelines 07/2020) and Annex III of the standard contractual clauses of Decision (EU) 2021/915 ask for measures described concretely and not in a generic manner, so the controller can judge whether they are appropriate. The duty is still undertaken, hence a warning."},
	{string(SensitiveSecurityExcluded), 0,
		"Avtalen sier at tjenestens sikkerhetstiltak ikke omfatter det som trengs for sensitive opplysninger (særlige kategorier etter art. 9 og opplysninger om straffedommer og lovovertredelser etter art. 10) eller opplysninger om barn, med mindre det er avtalt særskilt. For sensitive opplysninger krever klausul 7.5 i standardavtalevilkårene (EU) 2021/915 særlige begrensninger og/eller ytterligere garantier; for barn krever art. 32 nr. 1 sikkerhet som står i forhold til risikoen, og fortalepunkt 38 gir dem særlig vern. Avtalen sier ikke om slike opplysninger behandles; gjør de det, mangler garantiene, og avtalen legger ansvaret på kunden. Derfor er dette en advarsel.",
		"The agreement says the service's security does not cover what sensitive data (special categories under Art. 9 and data on criminal convictions and offences under Art. 10) or children's data need, unless agreed separately. For sensitive data, Clause 7.5 of the standard contractual clauses of Decision (EU) 2021/915 calls for specific restrictions and/or additional safeguards; for children, Art. 32(1) asks for security appropriate to the risk, and recital 38 gives them specific protection. The agreement does not say whether such data are processed; if they are, the safeguards are missing and the agreement puts them on the customer. Hence a warning."},
	{string(InstructionsMissing), 1,
		"Avtalen fastsetter ikke at databehandleren bare kan behandle personopplysningene etter dokumenterte instrukser fra den behandlingsansvarlige, slik art. 28 nr. 3 bokstav a krever.%[1]s",
		"The agreement does not stipulate that the processor processes the personal data only on documented instructions from the controller, as Art. 28(3)(a) requires.%[1]s"},
	{string(InfringingInstructionMissing), 1,
		"Avtalen pålegger ikke databehandleren å underrette den behandlingsansvarlige umiddelbart dersom en instruks etter databehandlerens mening er i strid med personvernregelverket.%[1]s Plikten følger direkte av art. 28 nr. 3 annet ledd og gjelder uansett; den er ikke blant punktene avtalen skal angi etter bokstav a til h, men EDPB og klausul 7.1 i standardavtalevilkårene (EU) 2021/915 tar den med. Mangelen er derfor en svakhet i utformingen, ikke et krav som ikke er oppfylt.",
		"The agreement does not require the processor to inform the controller immediately if, in its opinion, an instruction infringes data protection law.%[1]s The duty follows directly from the second subparagraph of Art. 28(3) and applies anyway; it is not among the points (a) to (h) the contract must set out, but the EDPB and Clause 7.1 of Decision (EU) 2021/915 include it. Its absence is therefore a drafting weakness, not an unmet requirement."},
	{string(InfringingInstructionLate), 0,
		"Avtalen gir databehandleren lengre tid enn loven til å si fra om en instruks som er i strid med personvernregelverket: art. 28 nr. 3 annet ledd krever at det skjer umiddelbart.",
		"The agreement gives the processor longer than the law to say that an instruction infringes data protection law: the second subparagraph of Art. 28(3) requires it immediately."},
	{string(ConfidentialityMissing), 1,
		"Avtalen sikrer ikke at personene som har tilgang til personopplysningene, har taushetsplikt, slik art. 28 nr. 3 bokstav b krever.%[1]s",
		"The agreement does not ensure that the persons authorised to process the personal data are bound by confidentiality, as Art. 28(3)(b) requires.%[1]s"},
	{string(StaffNotBound), 0,
		"Avtalen gjør databehandleren ansvarlig for konfidensialitet, men sier ikke at de som behandler opplysningene, har forpliktet seg til taushet eller har lovbestemt taushetsplikt (art. 28 nr. 3 bokstav b). Databehandlerens egen plikt kan leses slik at den omfatter de ansatte; derfor er dette en advarsel.",
		"The agreement makes the processor responsible for confidentiality but does not say that the persons processing the data have committed themselves to confidentiality or are under a statutory duty (Art. 28(3)(b)). The processor's own duty may be read to reach its staff; hence a warning."},
	{string(RightsAssistanceMissing), 1,
		"Avtalen pålegger ikke databehandleren å bistå den behandlingsansvarlige med å svare på henvendelser fra registrerte som vil utøve sine rettigheter etter kapittel III, slik art. 28 nr. 3 bokstav e krever.%[1]s",
		"The agreement does not require the processor to assist the controller in responding to requests from data subjects exercising their rights under Chapter III, as Art. 28(3)(e) requires.%[1]s"},
	{string(AssistanceMissing), 1,
		"Avtalen pålegger ikke databehandleren å bistå den behandlingsansvarlige med å oppfylle pliktene etter art. 32–36 (sikkerhet, melding og varsling av avvik, vurdering av personvernkonsekvenser og forhåndsdrøftinger), slik art. 28 nr. 3 bokstav f krever.%[1]s",
		"The agreement does not require the processor to assist the controller in ensuring compliance with Arts. 32 to 36 (security, breach notification and communication, data protection impact assessment and prior consultation), as Art. 28(3)(f) requires.%[1]s"},
	{string(AssistanceGeneralOnly), 1,
		"Avtalen pålegger databehandleren å bistå den behandlingsansvarlige bare i generelle ordelag, uten å nevne pliktene etter art. 32–36 som art. 28 nr. 3 bokstav f gjelder.%[1]s Den generelle plikten kan leses slik at den omfatter dem, derfor er dette en advarsel.",
		"The agreement requires the processor to assist the controller only in general terms, without naming the obligations under Arts. 32 to 36 that Art. 28(3)(f) concerns.%[1]s The general duty may be read to cover them, hence a warning."},
	{string(AssistanceScopeIncomplete), 2,
		"Avtalens bistandsplikt nevner ikke pliktene etter art. %[1]s, som art. 28 nr. 3 bokstav f også omfatter.%[2]s Derfor er dette en advarsel.",
		"The agreement's duty to assist does not name the obligations under Art. %[1]s, which Art. 28(3)(f) covers too.%[2]s Hence a warning."},
	{string(EndMissing), 1,
		"Avtalen sier ikke hva som skjer med personopplysningene når tjenesten opphører. Art. 28 nr. 3 bokstav g krever at databehandleren, etter den behandlingsansvarliges valg, sletter eller tilbakeleverer dem og sletter eksisterende kopier.%[1]s",
		"The agreement does not say what happens to the personal data when the service ends. Art. 28(3)(g) requires the processor, at the controller's choice, to delete or return them and to delete existing copies.%[1]s"},
	{string(NoDeletion), 0,
		"Avtalen sier ikke at databehandleren sletter personopplysningene når tjenesten opphører, slik art. 28 nr. 3 bokstav g krever.",
		"The agreement does not say that the processor deletes the personal data when the service ends, as Art. 28(3)(g) requires."},
	{string(NoReturnChoice), 0,
		"Avtalen sier at personopplysningene slettes når tjenesten opphører, men gir ikke den behandlingsansvarlige valget om å få dem tilbakelevert eller eksportert først. Art. 28 nr. 3 bokstav g overlater valget til den behandlingsansvarlige; en eksportfunksjon utenfor avtalen kan dekke dette, derfor er dette en advarsel.",
		"The agreement says the personal data are deleted when the service ends but does not give the controller the choice of having them returned or exported first. Art. 28(3)(g) leaves the choice to the controller; an export facility outside the agreement may give it, hence a warning."},
	{string(ComplianceInformationMissing), 1,
		"Avtalen pålegger ikke databehandleren å gjøre tilgjengelig all informasjon som er nødvendig for å påvise at pliktene er oppfylt, slik art. 28 nr. 3 bokstav h krever.%[1]s",
		"The agreement does not require the processor to make available all information necessary to demonstrate compliance, as Art. 28(3)(h) requires.%[1]s"},
	{string(AuditMissing), 1,
		"Avtalen gir ikke den behandlingsansvarlige rett til revisjon, herunder inspeksjon, selv eller ved en revisor den gir fullmakt, slik art. 28 nr. 3 bokstav h krever.%[1]s",
		"The agreement gives the controller no right to audits, including inspections, by itself or an auditor it mandates, as Art. 28(3)(h) requires.%[1]s"},
	{string(AuditThirdPartyOnly), 0,
		"Avtalen lar bare en uavhengig tredjepart gjennomføre revisjon. Art. 28 nr. 3 bokstav h gir den behandlingsansvarlige rett til revisjon selv eller ved en revisor den gir fullmakt; den behandlingsansvarlige kan godta begrensningen, men loven gir den valget, derfor er dette en advarsel.",
		"The agreement lets only an independent third party carry out audits. Art. 28(3)(h) gives the controller audits by itself or by an auditor it mandates; the controller may accept the limit, but the law gives it the choice, hence a warning."},
	{string(AuditScopeLimited), 1,
		"Avtalen holder dette utenfor revisjonen: %[1]s. Art. 28 nr. 3 bokstav h krever at databehandleren gjør tilgjengelig all informasjon som er nødvendig for å påvise at pliktene overholdes, og muliggjør revisjoner; et unntak som når behandlingens egne prosesser kan gjøre etterlevelsen umulig å kontrollere, derfor er dette en advarsel.",
		"The agreement excludes from audits: %[1]s. Art. 28(3)(h) requires the processor to make available all information necessary to demonstrate compliance and to allow for audits; an exclusion that reaches the processing's own processes may leave compliance unverifiable, hence a warning."},
	{string(AuditorByProcessor), 1,
		"Avtalen lar bare %[1]s gjennomføre revisjon. Art. 28 nr. 3 bokstav h gir revisjon ved den behandlingsansvarlige eller en annen revisor den behandlingsansvarlige gir fullmakt; når databehandleren utpeker eller må godkjenne revisoren, er valget ikke lenger den behandlingsansvarliges, derfor er dette en advarsel.",
		"The agreement lets only %[1]s carry out audits. Art. 28(3)(h) gives audits by the controller or another auditor mandated by the controller; when the processor appoints or must approve the auditor, the choice is no longer the controller's, hence a warning."},
	{"per.calendar-year", 0, "per kalenderår", "per calendar year"},
	{"per.year", 0, "per år", "per year"},
	{"per.any-year", 0, "innenfor enhver periode på tolv måneder", "in any twelve months"},
	{"per.calendar-month", 0, "per kalendermåned", "per calendar month"},
	{"per.month", 0, "per måned", "per month"},
	{"per.any-month", 0, "innenfor enhver periode på én måned", "in any one month"},
	{string(AuditLimited), 2,
		"Avtalen begrenser revisjonene til %[1]s %[2]s, uten unntak når det er tegn på brudd. Art. 28 nr. 3 bokstav h setter ingen slik grense, og standardavtalevilkårene (EU) 2021/915 klausul 7.6 bokstav c tillater revisjon med rimelige mellomrom eller ved tegn på manglende etterlevelse; derfor er dette en advarsel.",
		"The agreement limits audits to %[1]s %[2]s, with no exception where there are signs of non-compliance. Art. 28(3)(h) sets no such limit, and Clause 7.6(c) of Decision (EU) 2021/915 allows audits at reasonable intervals or on indications of non-compliance; hence a warning."},
	{string(AuditNoticeVague), 2,
		"Avtalen krever at den behandlingsansvarlige varsler %[1]s, men%[2]s Plikten er den behandlingsansvarliges, og personvernforordningen setter ingen frist for den; dette er til orientering.",
		"The agreement requires the controller to give notice %[1]s, but%[2]s The duty is the controller's, and the GDPR sets no period for it; this is for information."},
	{string(TerminationNoticeVague), 0,
		"Avtalen kan sies opp med varsel, men angir ingen oppsigelsesfrist. Den som sier opp, kan ikke vite når avtalen opphører; derfor er dette en advarsel.",
		"The agreement may be terminated by notice but sets no notice period. The party that terminates cannot tell when the agreement ends; hence a warning."},
	{string(SuspensionRightMissing), 3,
		"Avtalen sier ikke selv at den behandlingsansvarlige kan pålegge databehandleren å stanse behandlingen når databehandleren bryter avtalen eller personvernregelverket. Personvernforordningen krever ikke et slikt vilkår, men standardavtalevilkårene (EU) 2021/915 klausul 10 bokstav a gir den behandlingsansvarlige denne retten.%[1]s%[2]s%[3]s",
		"The agreement does not itself let the controller instruct the processor to suspend the processing while the processor is in breach of the agreement or of data protection law. The GDPR does not require such a term, but Clause 10(a) of Decision (EU) 2021/915 gives the controller that right.%[1]s%[2]s%[3]s"},
	{string(TerminationRightMissing), 3,
		"Avtalen sier ikke selv at den behandlingsansvarlige kan si opp eller heve avtalen når databehandleren ikke etterlever den. Personvernforordningen krever ikke et slikt vilkår, men standardavtalevilkårene (EU) 2021/915 klausul 10 bokstav b gir den behandlingsansvarlige denne retten, blant annet når etterlevelse ikke er gjenopprettet innen en måned etter stans.%[1]s%[2]s%[3]s",
		"The agreement does not itself let the controller terminate it for the processor's non-compliance. The GDPR does not require such a term, but Clause 10(b) of Decision (EU) 2021/915 gives the controller that right, among other cases when compliance is not restored within one month of a suspension.%[1]s%[2]s%[3]s"},
	{string(DeletionContradictsRetention), 4,
		"Avtalen beholder «%[1]s» i %[2]s, men %[3]s krever sletting innen %[4]s fra samme hendelse. Art. 28 nr. 3 bokstav g krever sletting eller tilbakelevering med mindre lagring kreves etter EU-retten eller nasjonal rett; et vilkår om slik lagring kan løse motstriden, derfor er dette en advarsel.",
		"The agreement keeps “%[1]s” for %[2]s, but %[3]s requires deletion within %[4]s of the same event. Art. 28(3)(g) requires deletion or return unless Union or Member State law requires storage; a condition tying the retention to such a law may resolve this, hence a warning."},
	{string(RetentionOutlastsEnd), 3,
		"Avtalen beholder «%[1]s» i %[2]s regnet fra en hendelse i avtaleperioden, så opplysninger fra like før opphøret kan bli beholdt så lenge etter det, mens %[3]s krever at opplysningene slettes ved opphør. Art. 28 nr. 3 bokstav g krever sletting eller tilbakelevering ved opphør med mindre lagring kreves etter EU-retten eller nasjonal rett; teksten sier ikke hvilken regel som går foran, derfor er dette en advarsel.",
		"The agreement keeps “%[1]s” for %[2]s counted from an event during the term, so data from just before the end may be kept that long after it, while %[3]s requires the data deleted at the end. Art. 28(3)(g) requires deletion or return at the end unless Union or Member State law requires storage; the text does not say which term governs, hence a warning."},
	{string(StepsOverlap), 4,
		"To trinn ved opphør overlapper: %[1]s skal skje innen %[2]s, men %[3]s har frist %[4]s fra samme hendelse, så det senere trinnet faller sikkert før det tidligere er ute. En rekkefølge i teksten eller frister som løper fra forrige trinn kan løse dette; derfor er dette en advarsel.",
		"Two steps of the end overlap: %[1]s is due within %[2]s, but %[3]s runs %[4]s from the same event, so the later step certainly falls before the earlier one's period ends. An order in the text, or periods that run from the previous step, may resolve this; hence a warning."},
	{"phase.1", 0, "å gjøre opplysningene tilgjengelige (eksport, tilbakelevering, kopi)", "making the data available (export, return, copy)"},
	{"phase.2", 0, "slettingen", "the deletion"},
	{"phase.3", 0, "slettingen av sikkerhetskopiene", "the deletion of the backups"},
	{"phase.4", 0, "bekreftelsen av slettingen", "the confirmation of the deletion"},
	{string(PeriodContradiction), 4,
		"Avtalen setter to ulike frister for samme plikt når avtalen opphører: %[1]s setter fristen til %[2]s, %[3]s til %[4]s. En forrangsregel eller et vilkår knyttet til én av dem kan løse motstriden; derfor er dette en advarsel.",
		"The agreement sets two different periods for the same duty when it ends: %[1]s sets it at %[2]s, %[3]s at %[4]s. A precedence clause or a condition attached to one of them may resolve this; hence a warning."},
	{string(SeparateTermination), 0,
		"Databehandleravtalen kan sies opp med varsel for seg, uavhengig av tjenesten den hører til, og avtalen knytter ikke oppsigelsen til hovedavtalen. Opphører den mens behandlingen fortsetter, mangler behandlingen den avtalen art. 28 nr. 3 krever; EDPB (uttalelse 14/2019) fraråder at avtalen kan sies opp separat. Derfor er dette en advarsel.",
		"The processor agreement can be terminated by notice on its own, apart from the service it serves, and the agreement does not tie the termination to the main agreement. If it ended while the processing went on, the processing would lack the contract Art. 28(3) requires; the EDPB (Opinion 14/2019) advises against separate termination. Hence a warning."},
	{string(RequestNoticeMissing), 0,
		"Avtalen pålegger ikke databehandleren å videresende henvendelser fra registrerte til den behandlingsansvarlige. Personvernforordningen sier det ikke uttrykkelig, men standardavtalevilkårene (EU) 2021/915 klausul 8 bokstav a krever at databehandleren straks varsler den behandlingsansvarlige om slike henvendelser.",
		"The agreement does not require the processor to pass data subjects' requests on to the controller. The GDPR does not say so in terms, but Clause 8(a) of Decision (EU) 2021/915 has the processor promptly notify the controller of any such request."},
	{string(SubprocessorTermsMissing), 1,
		"Avtalen har ingen vilkår om bruk av underdatabehandlere. Art. 28 nr. 3 bokstav d krever at avtalen fastsetter at databehandleren overholder vilkårene i art. 28 nr. 2 og 4 for å engasjere en annen databehandler.%[1]s",
		"The agreement has no terms on engaging subprocessors. Art. 28(3)(d) requires the contract to stipulate that the processor respects the conditions of Art. 28(2) and (4) for engaging another processor.%[1]s"},
	{string(AuthorisationMissing), 0,
		"Avtalen lister opp underdatabehandlere, men gir ingen skriftlig forhåndstillatelse til å bruke dem, slik art. 28 nr. 2 krever.",
		"The agreement lists subprocessors but gives no prior written authorisation to engage them, as Art. 28(2) requires."},
	{string(NoObjectionRight), 1,
		"Avtalen gir databehandleren generell tillatelse til å bruke underdatabehandlere, men gir ikke den behandlingsansvarlige mulighet til å motsette seg endringer, slik art. 28 nr. 2 krever ved generell tillatelse.%[1]s",
		"The agreement gives the processor a general authorisation to engage subprocessors but no opportunity for the controller to object to changes, which Art. 28(2) requires under a general authorisation.%[1]s"},
	{string(NoChangeInformation), 1,
		"Avtalen gir generell tillatelse til å bruke underdatabehandlere, men pålegger ikke databehandleren å informere om planlagte tilføyelser eller utskiftninger, slik art. 28 nr. 2 krever.%[1]s",
		"The agreement gives a general authorisation to engage subprocessors but does not require the processor to inform the controller of intended additions or replacements, as Art. 28(2) requires.%[1]s"},
	{string(NoticePeriodMissing), 1,
		"Avtalen sier ikke hvor lang tid før en ny underdatabehandler tas i bruk den behandlingsansvarlige skal varsles. Art. 28 nr. 2 setter ingen frist, men uten en frist kan muligheten til å motsette seg bli uten innhold; EDPB (retningslinjer 07/2020) anbefaler en tidsramme, og standardavtalevilkårene (EU) 2021/915 klausul 7.7 forutsetter en.%[1]s",
		"The agreement does not say how long before a new subprocessor starts the controller must be told. Art. 28(2) sets no period, but without one the opportunity to object can be empty; the EDPB (Guidelines 07/2020) recommends a time frame, and Clause 7.7 of Decision (EU) 2021/915 provides for one.%[1]s"},
	{string(ObjectionFromStart), 0,
		"Fristen for å motsette seg en ny underdatabehandler løper fra den dagen den begynner å behandle opplysningene, så den behandlingsansvarlige kan bare protestere etter at endringen er gjort. Art. 28 nr. 2 gir anledning til å motsette seg tiltenkte endringer, og standardavtalevilkårene (EU) 2021/915 klausul 7.7 bokstav a krever tid til å protestere før engasjementet; derfor er dette en advarsel.",
		"The window for objecting to a new subprocessor runs from the day it starts processing, so the controller can object only once the change is made. Art. 28(2) gives the opportunity to object to intended changes, and Clause 7.7(a) of Decision (EU) 2021/915 asks for time to object prior to the engagement; hence a warning."},
	{string(ObjectionWithoutEffect), 0,
		"Avtalen gir den behandlingsansvarlige rett til å motsette seg en ny underdatabehandler, men sier at innsigelsen ikke får noen virkning: databehandleren kan likevel bruke den, og ingen rett til å si opp følger. Art. 28 nr. 2 gir anledning til å motsette seg endringer, og etter standardavtalevilkårene (EU) 2021/915 klausul 7.7 bokstav a skal innsigelsen komme før engasjementet; en innsigelse uten virkning gir ingen reell mulighet, derfor er dette en advarsel.",
		"The agreement gives the controller a right to object to a new subprocessor but says the objection has no effect: the processor may use it anyway, and no right to terminate follows. Art. 28(2) gives the opportunity to object to changes, and under Clause 7.7(a) of Decision (EU) 2021/915 the objection comes before the engagement; an objection without effect gives no real opportunity, hence a warning."},
	{string(StartBeforeObjection), 5,
		"Varselet før en ny underdatabehandler begynner (%[4]s) og fristen for å motsette seg den (%[5]s fra varselet) er like lange, men regnet med kalenderen kan underdatabehandleren begynne før fristen er ute: et varsel %[1]s lar den begynne %[2]s, mens fristens siste dag flyttes forbi helg eller helligdag til %[3]s. Standardavtalevilkårene (EU) 2021/915 klausul 7.7 bokstav a krever tid til å protestere før engasjementet; derfor er dette en advarsel.",
		"The notice before a new subprocessor starts (%[4]s) and the window for objecting to it (%[5]s from the notice) are alike, but counted with the calendar the subprocessor may start before the window closes: a notice on %[1]s lets it start on %[2]s, while the window's last day moves past a weekend or holiday to %[3]s. Clause 7.7(a) of Decision (EU) 2021/915 asks for time to object prior to the engagement; hence a warning."},
	{string(ObjectionOutlastsNotice), 2,
		"Fristen for å motsette seg en ny underdatabehandler (%[1]s fra varselet) er lengre enn varselet før den begynner (%[2]s), så den kan begynne før fristen er ute. Standardavtalevilkårene (EU) 2021/915 klausul 7.7 bokstav a krever tid til å protestere før engasjementet; derfor er dette en advarsel.",
		"The window for objecting to a new subprocessor (%[1]s from the notice) is longer than the notice before it starts (%[2]s), so it may start before the window closes. Clause 7.7(a) of Decision (EU) 2021/915 asks for time to object prior to the engagement; hence a warning."},
	{string(ListUpdateOnly), 0,
		"Endringer i underdatabehandlere kunngjøres bare ved at en liste oppdateres, som den behandlingsansvarlige selv må oppsøke. Art. 28 nr. 2 krever at databehandleren informerer den behandlingsansvarlige; om en oppdatert liste er nok, kan diskuteres, derfor er dette en advarsel.",
		"Changes of subprocessors are announced only by updating a list the controller has to look up. Art. 28(2) requires the processor to inform the controller; whether an updated list does so is debatable, so this is a warning."},
	{string(ObjectionWindowShort), 0,
		"Den behandlingsansvarlige må motsette seg en ny underdatabehandler straks, uten tid til å vurdere endringen. Art. 28 nr. 2 krever en reell mulighet til å protestere; om en slik frist gir det, kan diskuteres, derfor er dette en advarsel.",
		"The controller must object to a new subprocessor at once, with no time to assess the change. Art. 28(2) requires a real opportunity to object; whether such a window gives one is debatable, hence a warning."},
	{string(SpecificDeemedAccepted), 0,
		"Avtalen krever skriftlig forhåndsgodkjenning av hver underdatabehandler (særskilt tillatelse), men sier samtidig at en ny underdatabehandler anses godtatt dersom den behandlingsansvarlige ikke sier opp avtalen. Det gjør tillatelsen i realiteten generell, og den eneste virkningen av å motsette seg er at den behandlingsansvarlige kan si opp. Om et slikt protester-eller-gå-vilkår gir muligheten til å motsette seg som art. 28 nr. 2 krever, kan diskuteres: etter Kommisjonens spørsmål og svar om standardavtalevilkårene kan databehandleren ikke bruke en underdatabehandler den behandlingsansvarlige har motsatt seg. Avtalen er også selvmotsigende; derfor er dette en advarsel.",
		"The agreement requires prior written approval of each subprocessor (specific authorisation), yet says that a new subprocessor counts as accepted unless the controller terminates. That makes the authorisation general in substance, and the only effect of an objection is that the controller may terminate. Whether such an object-or-leave term gives the opportunity to object Art. 28(2) requires is debatable: under the Commission's Q&A on the standard clauses, the processor may not engage a subprocessor the controller has objected to. The agreement also contradicts itself; hence a warning."},
	{string(FlowDownMissing), 1,
		"Avtalen pålegger ikke databehandleren å binde underdatabehandlere til de samme personvernforpliktelsene ved avtale, slik art. 28 nr. 4 krever.%[1]s",
		"The agreement does not require the processor to bind its subprocessors by contract to the same data protection obligations, as Art. 28(4) requires.%[1]s"},
	{string(SubprocessorLiabilityMissing), 1,
		"Avtalen sier ikke at databehandleren fortsatt er fullt ansvarlig overfor den behandlingsansvarlige for underdatabehandlernes oppfyllelse.%[1]s Det følger av art. 28 nr. 4 uansett, og standardavtalevilkårene (EU) 2021/915 klausul 7.7 bokstav d sier det uttrykkelig; derfor er dette en advarsel.",
		"The agreement does not say that the processor remains fully liable to the controller for its subprocessors' performance.%[1]s Art. 28(4) provides it anyway, and Clause 7.7(d) of Decision (EU) 2021/915 says so expressly; hence a warning."},
	{string(SubprocessorAgreement), 1,
		"%[1]s Da skal avtalen pålegge leverandøren de samme personvernforpliktelsene som er fastsatt i kundens avtale med den behandlingsansvarlige (art. 28 nr. 4), og kunden kan bare engasjere leverandøren med særskilt eller generell skriftlig forhåndsgodkjenning fra den behandlingsansvarlige (art. 28 nr. 2). Gjennomgangen kan ikke sammenligne denne avtalen med den; skaff kundens avtale og sammenlign dem.",
		"%[1]s The agreement must then impose on the vendor the same data protection obligations as the customer's contract with the controller sets out (Art. 28(4)), and the customer may engage the vendor only with that controller's prior specific or general written authorisation (Art. 28(2)). The review cannot compare this agreement with that contract; obtain the customer's contract and compare them."},
	{roleProcessor, 0,
		"Kunden er selv databehandler for sine egne behandlingsansvarlige, så leverandøren er kundens underdatabehandler.",
		"The customer is itself a processor for controllers of its own, so the vendor is its subprocessor."},
	{roleEither, 0,
		"Kunden kan være behandlingsansvarlig eller databehandler for sine egne behandlingsansvarlige; der den er databehandler, er leverandøren kundens underdatabehandler.",
		"The customer may be a controller or a processor for controllers of its own; where it is a processor, the vendor is its subprocessor."},
	{string(TransferNoBasis), 3,
		"%[1]s: personopplysninger behandles i eller nås fra %[2]s, og på gjennomgangsdatoen har de ikke noe gyldig overføringsgrunnlag (grunnlag angitt: %[3]s). Etter kapittel V kan personopplysninger bare overføres til tredjeland med en beslutning om tilstrekkelig beskyttelsesnivå, nødvendige garantier eller et unntak (art. 44).",
		"%[1]s: personal data are processed in or reached from %[2]s, and on the review date they have no valid transfer basis (basis named: %[3]s). Under Chapter V, personal data may go to a third country only under an adequacy decision, appropriate safeguards or a derogation (Art. 44)."},
	{string(TransferUndetermined), 4,
		"%[1]s: Ut fra avtalen kan det ikke avgjøres om personopplysninger som behandles i eller nås fra %[2]s, har et gyldig overføringsgrunnlag (grunnlag angitt: %[3]s).%[4]s Det må undersøkes etter kapittel V (art. 44).",
		"%[1]s: the agreement does not settle whether personal data processed in or reached from %[2]s have a valid transfer basis (basis named: %[3]s).%[4]s It needs checking under Chapter V (Art. 44)."},
	{string(TransferJudgement), 3,
		"%[1]s: overføringen til %[2]s har et grunnlag (%[3]s), men det krever en juridisk vurdering: et unntak etter art. 49 gjelder bare i særlige situasjoner, og en beslutning om tilstrekkelig beskyttelsesnivå må være tatt inn i EØS-avtalen for å gjelde i Norge.",
		"%[1]s: the transfer to %[2]s has a basis (%[3]s), but it needs a legal judgement: an Art. 49 derogation covers specific situations only, and an adequacy decision must be incorporated into the EEA Agreement to apply in Norway."},
	{string(TransferNoneNamed), 2,
		"%[1]s: personopplysninger behandles i eller nås fra %[2]s, og avtalen oppgir intet overføringsgrunnlag for den overføringen. Kapittel V krever at et grunnlag finnes, ikke at avtalen nevner det, så om overføringen er lovlig, kan ikke avgjøres ut fra avtalen; det må undersøkes (art. 44).",
		"%[1]s: personal data are processed in or reached from %[2]s, and the agreement names no transfer basis for that transfer. Chapter V requires a basis to exist, not that the agreement names one, so whether the transfer is lawful cannot be settled from the agreement; it needs checking (Art. 44)."},
	{string(TransferRegionNoBasis), 2,
		"%[1]s: stedet som er oppgitt, %[2]s, omfatter tredjeland, og avtalen oppgir intet overføringsgrunnlag. Overføringer dit krever et grunnlag etter kapittel V (art. 44); avtalen bør si hvilket, eller begrense stedet til EØS.",
		"%[1]s: the place given, %[2]s, includes third countries, and the agreement names no transfer basis. Transfers there need a basis under Chapter V (Art. 44); the agreement should say which, or limit the place to the EEA."},
	{string(TransferBasisLapsed), 5,
		"%[1]s: avtalen nevner også %[3]s (%[4]s) for overføringen til %[2]s, men det har ikke gitt grunnlag siden %[5]s. Et annet grunnlag avtalen nevner, gjelder; henvisningen bør fjernes.",
		"%[1]s: the agreement also names %[3]s (%[4]s) for the transfer to %[2]s, which has given no basis since %[5]s. Another basis the agreement names holds; the reference should be removed."},
	{string(ClausesModuleMisfit), 2,
		"%[1]s: standardavtalene i beslutning (EU) 2021/914 som er oppgitt, bruker modul %[2]s. Modul 1 gjelder overføringer mellom to behandlingsansvarlige og modul 4 fra en databehandler til en behandlingsansvarlig; overføringer under en databehandleravtale går fra behandlingsansvarlig til databehandler (modul 2) eller mellom databehandlere (modul 3). Klausulene kan ikke endres utover valg av modul (klausul 2 bokstav a), så feil modul gir ikke grunnlag for overføringen.",
		"%[1]s: the standard contractual clauses of Decision (EU) 2021/914 named use Module %[2]s. Module 1 covers transfers between two controllers and Module 4 from a processor to a controller; a processor agreement's transfers go from controller to processor (Module 2) or between processors (Module 3). The clauses may not be modified beyond selecting the module (Clause 2(a)), so the wrong module gives the transfer no basis."},
	{string(ClausesLawOutsideEU), 3,
		"%[1]s: standardavtalene i beslutning (EU) 2021/914 som er oppgitt, velger %[3]s i %[2]s. Modul 1 til 3 krever lovvalg og verneting i en EU-medlemsstat (klausul 17 og 18), så klausulene slik de er fylt ut, gir ikke grunnlag for overføringen.",
		"%[1]s: the standard contractual clauses of Decision (EU) 2021/914 named choose %[3]s of %[2]s. Modules 1 to 3 require the law and the courts of an EU Member State (Clauses 17 and 18), so the clauses as completed give the transfer no basis."},
	{string(ClausesLawEEA), 3,
		"%[1]s: standardavtalene i beslutning (EU) 2021/914 som er oppgitt, velger %[3]s i %[2]s, en EFTA-stat i EØS. Klausul 17 og 18 nevner en EU-medlemsstat; EØS-avtalens protokoll 1 leser rettigheter og plikter for EU-statene som gitt avtalepartene, men om det gjelder disse klausulene, er ikke bekreftet i kildene. Det krever en juridisk vurdering.",
		"%[1]s: the standard contractual clauses of Decision (EU) 2021/914 named choose %[3]s of %[2]s, an EEA EFTA state. Clauses 17 and 18 name an EU Member State; EEA Protocol 1 reads the rights and obligations of EU states as conferred on the Contracting Parties, but whether that covers these clauses is not confirmed by the sources. It needs a legal judgement."},
	{clausesLaw, 0, "lovvalget", "the law"},
	{clausesForum, 0, "vernetinget", "the courts"},
	{clausesLawForum, 0, "lovvalget og vernetinget", "the law and the courts"},
	{string(InvalidMechanismOnly), 4,
		"Avtalen viser til %[1]s (%[2]s) som eneste grunnlag for overføring til tredjeland. Det har ikke vært et gyldig grunnlag siden %[3]s (%[4]s), og avtalen nevner ikke noe annet.",
		"The agreement names %[1]s (%[2]s) as its only basis for transfers to third countries. It has not been a valid basis since %[3]s (%[4]s), and the agreement names no other."},
	{string(InvalidMechanism), 4,
		"Avtalen viser til %[1]s (%[2]s) som grunnlag for overføring til tredjeland. Det har ikke vært et gyldig grunnlag siden %[3]s (%[4]s); avtalen nevner også andre grunnlag, som kan gjelde.",
		"The agreement names %[1]s (%[2]s) as a basis for transfers to third countries. It has not been a valid basis since %[3]s (%[4]s); the agreement also names other bases, which may still serve."},
	{string(TransferAssessmentOverdue), 2,
		"%[1]s: vurderingen av overføringens virkninger skulle etter avtalen vært gjennomgått på nytt senest %[2]s, og den dagen er passert. Loven setter ikke noe intervall, men EDPB-anbefaling 01/2020 om supplerende tiltak ber eksportøren vurdere på nytt med passende mellomrom; derfor er dette en advarsel.",
		"%[1]s: under the agreement, the transfer impact assessment was due for review by %[2]s, and that day has passed. The law sets no interval, but the EDPB's Recommendations 01/2020 on supplementary measures ask the exporter to re-evaluate at appropriate intervals; hence a warning."},
	{string(BreachTermsMissing), 0,
		"Avtalen sier ingenting om varsling av brudd på personopplysningssikkerheten. Art. 28 nr. 3 bokstav f krever at avtalen fastsetter at databehandleren bistår med art. 32–36, varsling etter art. 33 og 34 medregnet; databehandlerens plikt til å varsle etter art. 33 nr. 2 gjelder uansett.",
		"The agreement says nothing about notifying personal data breaches. Art. 28(3)(f) requires the contract to stipulate that the processor assists with Arts. 32–36, notification under Arts. 33 and 34 included; the processor's duty to notify under Art. 33(2) applies anyway."},
	{string(BreachDeadlineUnquantified), 0,
		"Avtalen setter ingen frist for å varsle den behandlingsansvarlige ut over lovens krav om varsel uten ugrunnet opphold (art. 33 nr. 2). Det er loven, men EDPB (retningslinjer 07/2020) anbefaler å avtale et antall timer, slik at den behandlingsansvarlige rekker sin egen frist på 72 timer.",
		"The agreement sets no deadline for notifying the controller beyond the law's requirement of notice without undue delay (Art. 33(2)). That is the law, but the EDPB (Guidelines 07/2020) recommends agreeing a number of hours, so that the controller can meet its own 72 hours."},
	{string(BreachDeadlineLoose), 0,
		"Avtalens frist for å varsle den behandlingsansvarlige er løsere enn lovens krav om varsel uten ugrunnet opphold (art. 33 nr. 2), eller så lang at den behandlingsansvarlige ikke rekker sin egen frist på 72 timer (art. 33 nr. 1).",
		"The agreement's deadline for notifying the controller is looser than the law's requirement of notice without undue delay (Art. 33(2)), or so long that the controller cannot meet its own 72 hours (Art. 33(1))."},
	{string(BreachContentsIncomplete), 1,
		"Avtalens krav til innholdet i varselet utelater noe av det art. 33 nr. 3 krever at den behandlingsansvarlige gir tilsynsmyndigheten: %[1]s. Den behandlingsansvarlige kan bare gi det databehandleren forteller; noe av dette kreves bare om mulig, derfor er dette en advarsel.",
		"The agreement's list of what the notice must contain leaves out items Art. 33(3) requires the controller to give the authority: %[1]s. The controller can only give what the processor tells it; some of these are required only where possible, so this is a warning."},
	{string(BreachContentsNotListed), 0,
		"Avtalen sier ikke hva varselet til den behandlingsansvarlige skal inneholde. Minstekravene i art. 33 nr. 3 gjelder uansett for den behandlingsansvarliges melding, og standardavtalevilkårene (EU) 2021/915 klausul 9.2 lister dem for databehandlerens varsel.",
		"The agreement does not say what the notice to the controller must contain. The minimum of Art. 33(3) applies to the controller's notification anyway, and Clause 9.2 of Decision (EU) 2021/915 lists it for the processor's notice."},
	{string(TemplateToFill), 2,
		"Avtalen er en mal. Før den signeres, må %[1]s ting fylles ut eller velges: %[2]s.",
		"The agreement is a template. Before it is signed, %[1]s things are to be filled in or chosen: %[2]s."},
	{string(DocumentsContradict), 7,
		"«%[1]s» %[2]s og «%[3]s» %[4]s angir %[5]s ulikt. %[6]s går «%[1]s» foran%[7]s, og gjennomgangen bruker det; avtalen bør likevel rettes så dokumentene sier det samme.",
		"“%[1]s” %[2]s and “%[3]s” %[4]s give %[5]s differently. %[6]s “%[1]s” prevails%[7]s, and the review applies it; the agreement should still be corrected so that the documents agree."},
	{precedenceOrder, 0, "Etter avtalens rangordning", "By the agreement's order of precedence"},
	{precedenceRule, 1, "Etter rangordningsregelen i %[1]s", "By the rule of precedence in %[1]s"},
	{precedenceUnmet, 1, "Fordi vilkåret i rangordningsregelen i %[1]s ikke er oppfylt,", "Since the condition of the rule of precedence in %[1]s is not met,"},
	{precedenceExtent, 0, " så langt dokumentene er uforenlige", " to the extent the documents are inconsistent"},
	{string(DocumentsContradictUnranked), 5,
		"«%[1]s» %[2]s og «%[3]s» %[4]s angir %[5]s ulikt, og avtalen sier ikke hvilket dokument som går foran. Hvilket punkt som binder, må avgjøres ved tolking; gjennomgangen bruker det første.",
		"“%[1]s” %[2]s and “%[3]s” %[4]s give %[5]s differently, and the agreement does not say which document prevails. Which clause binds is a matter of interpretation; the review applies the first."},
	{string(AssistanceCostConflict), 2,
		"Avtalen er selvmotsigende om hva bistanden koster: %[1]s sier at den er kostnadsfri, mens %[2]s sier at den faktureres. Loven krever bistanden, ikke at den er gratis, men hvilket punkt som går foran, må avgjøres ved tolking; derfor er dette en advarsel.",
		"The agreement contradicts itself on what assistance costs: %[1]s makes it free, while %[2]s bills it. The law requires the assistance, not that it be free, but which clause prevails is a matter of interpretation; hence a warning."},
	{string(LiabilityMaximumUnquantified), 0,
		"Avtalen begrenser ansvaret til et maksimalbeløp den aldri angir, så grensen kan ikke beregnes. Der begrensningen gjelder databehandlerens ansvar for underdatabehandlere, passer den dårlig med art. 28 nr. 4, som gjør databehandleren fullt ansvarlig overfor den behandlingsansvarlige; det kan diskuteres, derfor er dette en advarsel.",
		"The agreement caps liability at a maximum amount it never states, so the limit cannot be computed. Where the cap covers the processor's liability for its subprocessors, it sits uneasily with Art. 28(4), under which the processor remains fully liable to the controller; that is debatable, hence a warning."},
	{string(NoDocumentReproduced), 0,
		"Avtalen nevner dokumentene den består av, men gjengir ingen av dem, så gjennomgangen bygger bare på det som er modellert og er ufullstendig for vilkårene i dokumentene.",
		"The agreement names the documents it consists of but reproduces none of them, so the review rests only on what was modelled and is incomplete for the documents' terms."},
	{string(DocumentNotReproduced), 1,
		"«%[1]s» er en del av avtalen, men teksten er ikke med i den publiserte avtalen, så vilkårene der er ikke gjennomgått, og gjennomgangen er ufullstendig for det dokumentet regulerer. Dokumentet kan godt være skriftlig; skaff det og gå gjennom det.",
		"“%[1]s” is part of the agreement, but its text is not in the published agreement, so its terms were not reviewed, and the review is incomplete for what it settles. The document may well be in writing; obtain it and review it."},
	{string(TermsNotReviewed), 2,
		"%[1]s av avtalens %[2]s vilkår kunne ikke gjennomgås: de står i en del av teksten som mangler i kopien, eller i et dokument som ikke er gjengitt. De er ikke meldt som manglende; skaff hele teksten og gå gjennom dem.",
		"%[1]s of the agreement's %[2]s terms could not be reviewed: they are in a part of the text missing from the copy, or in a document not reproduced. They are not reported as missing; obtain the full text and review them."},
	{string(LawRepealed), 5,
		"Avtalen viser til %[1]s, som ble opphevet med virkning fra %[2]s og erstattet av %[3]s. Avtalen bør vise til gjeldende regelverk.%[4]s%[5]s",
		"The agreement cites %[1]s, which was repealed with effect from %[2]s and replaced by %[3]s. The agreement should cite the law in force.%[4]s%[5]s"},
	{string(GoverningLawMissing), 1,
		"Avtalen angir verken lovvalg eller verneting. Det er ikke et krav etter art. 28, men art. 28 nr. 3 forutsetter en avtale etter unionsretten eller nasjonal rett, og uten et valg avgjøres lovvalg og domstol etter internasjonal privatrett, noe som gjør en tvist mindre forutsigbar.%[1]s",
		"The agreement names neither a governing law nor a venue. That is not an Art. 28 requirement, but Art. 28(3) asks for a contract under Union or Member State law, and without a choice the law and the court follow from the rules of private international law, which makes a dispute less predictable.%[1]s"},
	{string(VenueMissing), 1,
		"Avtalen velger lovgivningen i %[1]s, men angir ikke verneting. Det er ikke et krav etter art. 28; uten verneting følger domstolen av de alminnelige reglene om verneting.",
		"The agreement chooses the law of %[1]s but names no venue. That is not an Art. 28 requirement; without a venue the court follows from the general rules on jurisdiction."},

	{string(SensitiveSecurityContradiction), 1,
		"Avtalen sier at tjenestens sikkerhetstiltak ikke omfatter det som trengs for sensitive opplysninger, men sier samtidig at den omfatter %[1]s. Klausul 7.5 i standardavtalevilkårene (EU) 2021/915 krever særlige begrensninger og/eller ytterligere garantier for slike opplysninger; her behandles de uten dem.",
		"The agreement says the service's security does not cover what sensitive data need, yet also says it covers %[1]s. Clause 7.5 of the standard contractual clauses of Decision (EU) 2021/915 calls for specific restrictions and/or additional safeguards for such data; here they are processed without them."},
	{string(ChildrenSecurityExcluded), 0,
		"Avtalen sier at tjenestens sikkerhetstiltak ikke omfatter det som trengs for opplysninger om barn, men sier samtidig at den omfatter opplysninger om barn. Art. 32 nr. 1 krever sikkerhet som står i forhold til risikoen, og barn fortjener særlig vern (fortalepunkt 38); her behandles opplysningene uten det avtalen selv sier de trenger.",
		"The agreement says the service's security does not cover what children's data need, yet also says it covers children's data. Art. 32(1) asks for security appropriate to the risk, and children merit specific protection (recital 38); here the data are processed without what the agreement itself says they need."},
	{string(DPIAAssistanceMissing), 1,
		"Avtalens bistandsplikt nevner ikke pliktene etter art. %[1]s, og avtalen har ingen generell bistandsplikt. Art. 28 nr. 3 bokstav f krever bistand også med vurdering av personvernkonsekvenser og forhåndsdrøftinger (art. 35–36), som ingenting annet i avtalen dekker.",
		"The agreement's duty to assist does not name the obligations under Art. %[1]s, and the agreement has no general duty to assist. Art. 28(3)(f) requires assistance with the data protection impact assessment and prior consultation too (Arts. 35–36), which nothing else in the agreement covers."},
	{string(AuditImplied), 0,
		"Avtalen gir ikke uttrykkelig den behandlingsansvarlige rett til revisjon, herunder inspeksjon, som art. 28 nr. 3 bokstav h krever, men den setter vilkår for varsel om revisjoner eller tester, så den forutsetter at de kan skje. Om det gir en rett til revisjon, kan diskuteres; derfor er dette en advarsel.",
		"The agreement does not expressly give the controller the right to audits, including inspections, that Art. 28(3)(h) requires, but it sets terms for notice of audits or tests, so it assumes they may happen. Whether that grants a right to audit is debatable; hence a warning."},
	{string(AuditSoft), 0,
		"Avtalen lover bare å imøtekomme ønsker om revisjon eller inspeksjon velvillig; den gir ikke den behandlingsansvarlige en rett til revisjon, herunder inspeksjon, selv eller ved en revisor den gir fullmakt, slik art. 28 nr. 3 bokstav h krever. Databehandleren har en plikt til å bidra, men avtalen gir ingen frist eller start; derfor er dette en advarsel.",
		"The agreement only undertakes to meet wishes for audits or inspections favourably; it does not give the controller a right to audits, including inspections, by itself or an auditor it mandates, as Art. 28(3)(h) requires. The processor has a duty to contribute, but the agreement sets no time or start; hence a warning."},
	{string(AuditByReports), 0,
		"Avtalen lar en fersk revisjonsrapport eller sertifisering erstatte den behandlingsansvarliges revisjon av områdene den dekker. Art. 28 nr. 3 bokstav h gir den behandlingsansvarlige rett til revisjon, herunder inspeksjon; en rapport kan være nok for den behandlingsansvarlige, men loven lar ikke databehandleren sette den i stedet. Derfor er dette en advarsel.",
		"The agreement lets a recent audit report or certification replace the controller's audit of the areas it covers. Art. 28(3)(h) gives the controller audits, including inspections; a report may satisfy the controller, but the law does not let the processor substitute it. Hence a warning."},
	{string(NoticePeriodVague), 1,
		"Avtalen angir bare en skjønnsmessig frist (%[1]s) for hvor lang tid før en ny underdatabehandler tas i bruk den behandlingsansvarlige skal varsles, ikke et antall dager. Art. 28 nr. 2 setter ingen frist, men EDPB (retningslinjer 07/2020) anbefaler en tidsramme, og standardavtalevilkårene (EU) 2021/915 klausul 7.7 forutsetter en; derfor er dette en advarsel.",
		"The agreement gives only a standard (%[1]s), not a number of days, for how long before a new subprocessor starts the controller must be told. Art. 28(2) sets no period, but the EDPB (Guidelines 07/2020) recommends a time frame, and Clause 7.7 of Decision (EU) 2021/915 provides for one; hence a warning."},
	{string(DirectiveCited), 4,
		"Avtalen viser til %[1]s, som ble opphevet med virkning fra %[2]s (art. 94 nr. 1) og erstattet av %[3]s. Etter art. 94 nr. 2 leses henvisningen som en henvisning til forordningen, så den har ingen virkning for hvilke regler som gjelder.%[4]s I Norge gjaldt direktivets ordning, personopplysningsloven av 2000, til 20. juli 2018.",
		"The agreement cites %[1]s, which was repealed with effect from %[2]s (Art. 94(1)) and replaced by %[3]s. Under Art. 94(2) the reference reads as one to the GDPR, so it does not change which rules apply.%[4]s In Norway, the Directive's regime, the Personal Data Act of 2000, applied until 20 July 2018."},
	{string(DurationImplied), 0,
		"Avtalen angir ikke hvor lenge behandlingen varer, men vilkårene om hva som skjer ved opphør løper fra avtalens opphør, så behandlingen varer underforstått like lenge som avtalen og tjenesten den hører til. Art. 28 nr. 3 krever at avtalen fastsetter behandlingens varighet; her følger den bare indirekte, derfor er dette en advarsel.",
		"The agreement does not state how long the processing lasts, but its terms on the end run from the end of the agreement, so the processing implicitly lasts as long as the agreement and the service it serves. Art. 28(3) requires the contract to set out the duration; here it follows only by implication, hence a warning."},
	{string(DataSubjectsImplied), 0,
		"Avtalen angir ikke kategoriene av registrerte; de fremgår bare indirekte av beskrivelsen av tjenesten, og avtalen tillater også opplysninger fra andre kilder. Art. 28 nr. 3 krever at avtalen fastsetter kategoriene av registrerte; derfor er dette en advarsel.",
		"The agreement does not set out the categories of data subjects; they follow only indirectly from the description of the service, and the agreement allows data from other sources too. Art. 28(3) requires the contract to set out the categories of data subjects; hence a warning."},
	{noteBlank, 0, " Punktet er ikke fylt ut.", " The clause is left blank."},
	{noteInferred, 0, " (Utledet av teksten, ikke uttrykkelig sagt.)", " (Inferred from the text, not stated in it.)"},
	{noteInferredWhy, 1, " (Utledet av teksten, ikke uttrykkelig sagt: %[1]s.)", " (Inferred from the text, not stated in it: %[1]s.)"},
	{noteStatedNone, 0, " Avtalen sier uttrykkelig at det ikke finnes noe slikt.", " The agreement says expressly that there is none."},
	{noteSuccessors, 0,
		" Avtalen sier at også regelverk som erstatter de nevnte lovene gjelder, noe som begrenser virkningen.",
		" The agreement says that whatever replaces the laws it cites also applies, which limits the effect."},
	{noteListBlank, 0, " Avtalen innleder listen, men lar den stå tom.", " The agreement introduces the list but leaves it empty."},
	{noteNoNeeds, 0, " Avtalen angir ingen særlige sikkerhetsbehov eller garantier for dem.", " The agreement states no special security needs or safeguards for them."},
	{noteNeedsStated, 0,
		" Avtalen angir særlige sikkerhetsbehov; der avtalen knytter dem til en egen avtale om økt sikkerhet, slik et avkrysningsvedlegg kan gjøre, må det kontrolleres at en slik avtale er inngått.",
		" The agreement states special security needs; where it ties them to a separate agreement on increased security, as a check-list annex may, check that one was made."},
	{noteInDocument, 0,
		" Avtalen overlater dette til et annet dokument som ikke er gjengitt: ",
		" The agreement leaves this to another document, which is not reproduced: "},
	{noteEnd, 0, ".", "."},
	{noteOwnDuties, 0,
		" Databehandlerens egne sikkerhets- og avviksplikter kan leses slik at de dekker dette.",
		" The processor's own security and breach duties may be read to cover this."},
	{noteGeneralDuty, 0,
		" Avtalens generelle bistandsplikt kan leses slik at den dekker dette.",
		" The agreement's general duty to assist may be read to cover this."},
	{noteNoPeriod, 0, " angir ingen frist.", " sets no period."},
	{noteOnlyStandard, 0, " angir bare en skjønnsmessig frist, ikke et antall dager.", " gives only a standard, not a number of days."},
	{sensitiveArt9, 0, "særlige kategorier av personopplysninger (art. 9)", "special categories of personal data (Art. 9)"},
	{sensitiveArt10, 0, "personopplysninger om straffedommer og lovovertredelser (art. 10)", "personal data relating to criminal convictions and offences (Art. 10)"},
	{sensitiveArt9And10, 0,
		"særlige kategorier av personopplysninger (art. 9) og personopplysninger om straffedommer og lovovertredelser (art. 10)",
		"special categories of personal data (Art. 9) and personal data relating to criminal convictions and offences (Art. 10)"},
	{subjectAuditNotice, 0, "før revisjon eller inspeksjon", "before an audit or inspection"},
	{auditorAppointed, 0, "en revisor databehandleren utpeker", "an auditor the processor appoints"},
	{auditorApproved, 0, "en revisor databehandleren må godkjenne", "an auditor the processor must approve"},
	{subjectDocumentsNotice, 0, "før dokumentinnsyn", "before access to documents"},
	{subjectAuditPlan, 0, "med en revisjonsplan før revisjonen", "with an audit plan before the audit"},
	{noteNotDocumented, 0, " Avtalen nevner instrukser, men ikke at de skal være dokumentert.", " The agreement mentions instructions, but not that they are documented."},
	{noteNotifyOnly, 0, " Avtalen sier bare at databehandleren skal varsle om henvendelser, ikke at den skal bistå.", " The agreement only says the processor passes requests on, not that it assists."},
	{noteTransferScope, 0,
		" Grunnlaget gjelder bare for noen mottakere, og avtalen sier ikke om denne er omfattet.",
		" The basis covers only some recipients, and the agreement does not say whether this one is covered."},
	{noteLocationUnknown, 0, " Avtalen sier ikke hvor opplysningene behandles.", " The agreement does not say where the data are processed."},
	{noteBasisUnnamed, 0, " Avtalen lover et godkjent overføringsgrunnlag uten å si hvilket.", " The agreement promises an approved transfer basis without saying which."},
	{noteNoBasisNamed, 0, " Avtalen oppgir intet overføringsgrunnlag for denne overføringen.", " The agreement names no transfer basis for this transfer."},
	{noteSchrems1, 0, "EU-domstolens dom C-362/14, Schrems I", "judgment of the Court of Justice in C-362/14, Schrems I"},
	{noteSchrems2, 0, "EU-domstolens dom C-311/18, Schrems II", "judgment of the Court of Justice in C-311/18, Schrems II"},
	{subjectTransferTerms, 0, "Avtalens vilkår om overføring", "The agreement's transfer terms"},
	{mechanismNone, 0, "ingen", "none"},
	{mechanismGeneral, 0, "bare de generelle overføringsvilkårene", "only the general transfer terms"},
	{placeThirdCountry, 0, "et tredjeland som avtalen ikke navngir", "a third country that the agreement does not name"},
	{placeUnknown, 0, "et sted som avtalen ikke oppgir", "a place that the agreement does not state"},
	{placeGlobal, 0, "et område som omfatter tredjeland, der leverandøren har virksomhet", "an area that includes third countries, anywhere the provider operates"},
	{placeEEAAdequate, 0, "EØS og land med tilstrekkelighetsbeslutning", "the EEA and the countries with an adequacy decision"},
	{noteAlsoCites, 0, " Avtalen viser også til det nye regelverket.", " The agreement also cites the replacement."},

	{"report.title", 2, "Gjennomgang av «%[1]s» per %[2]s", "Review of “%[1]s” on %[2]s"},
	{"report.title-processor", 3, "Gjennomgang av «%[1]s» (%[2]s) per %[3]s", "Review of “%[1]s” (%[2]s) on %[3]s"},
	{"report.none", 0, "Ingen funn.", "No findings."},
	{"report.and", 0, " og ", " and "},
	{"report.document", 1, "dokumentet %[1]s", "the document %[1]s"},
	{termOther, 1, "vilkåret %[1]s", "the term %[1]s"},
	{"term.end", 0, "vilkårene om hva som skjer med opplysningene ved opphør", "the terms on what happens to the data at the end"},
	{"term.breach.deadline", 0, "fristen for å varsle den behandlingsansvarlige om avvik", "the deadline for notifying the controller of a breach"},
	{"term.subprocessorPolicy.notice", 0, "varselet før en ny underdatabehandler tas i bruk", "the notice before a new subprocessor starts"},
	{"report.absent", 0, "ikke i avtalen", "not in the agreement"},
	{"report.no-clause", 0, "punkt ikke oppgitt", "clause not given"},
}

var (
	tagNB = language.Norwegian // "no": Bokmål serves nb, nn and no alike
	tagEN = language.English
)

// reviewCatalog builds the catalog once; it is never changed afterwards.
var reviewCatalog = sync.OnceValues(func() (*catalog.Builder, map[string]int) {
	b := catalog.NewBuilder(catalog.Fallback(tagEN))
	arity := make(map[string]int, len(reviewMessages))
	for _, m := range reviewMessages {
		// SetString fails only on a malformed tag; these tags are constants.
		_ = b.SetString(tagNB, m.key, m.nb)
		_ = b.SetString(tagEN, m.key, m.en)
		arity[m.key] = m.arity
	}
	return b, arity
})

// printer formats the review's texts in one language.
type printer struct {
	p     *message.Printer
	nb    bool
	arity map[string]int
	// own reports whether the agreement is written in the printer's
	// language: a clause heading in another language is quoted as a name.
	own bool
	// The phrases every finding's place uses, formatted once.
	absent, noClause, and string
}

// reviewPrinters are the two printers, built once: a message.Printer is
// safe for concurrent use (each call formats in a pooled copy).
var reviewPrinters = sync.OnceValue(func() [2]printer {
	return [2]printer{buildPrinter(tagNB), buildPrinter(tagEN)}
})

// newPrinter returns the printer for Norwegian Bokmål (the tags nb, nn and
// no) or English (any other tag).
func newPrinter(tag language.Tag) printer {
	if norwegian(tag) {
		return reviewPrinters()[0]
	}
	return reviewPrinters()[1]
}

// reportPrinter returns the printer for tag that quotes the clause
// headings of r's agreement when it is written in another language.
func reportPrinter(r Report, tag language.Tag) printer {
	pr := newPrinter(tag)
	if l, err := language.Parse(r.Language); err == nil {
		pr.own = norwegian(l) == pr.nb
	}
	return pr
}

func buildPrinter(t language.Tag) printer {
	cat, arity := reviewCatalog()
	pr := printer{p: message.NewPrinter(t, message.Catalog(cat)), nb: t == tagNB, arity: arity}
	pr.absent = pr.text("report.absent")
	pr.noClause = pr.text("report.no-clause")
	pr.and = pr.text("report.and")
	return pr
}

func (pr printer) tag() language.Tag {
	if pr.nb {
		return tagNB
	}
	return tagEN
}

func (pr printer) text(key string, args ...any) string {
	for len(args) < pr.arity[key] {
		args = append(args, "")
	}
	return pr.p.Sprintf(key, args...)
}

func (pr printer) arg(a Arg) string {
	switch {
	case a.Key != "" && a.Clause != "":
		// A phrase that cites a clause.
		return pr.text(a.Key, pr.clause(a.Clause))
	case a.Text != "":
		return a.Text
	case a.Clause != "":
		return cite.Clause(a.Clause, pr.nb, pr.own)
	case !a.Date.IsZero():
		return cite.Date(a.Date, pr.nb)
	case a.Law != "":
		if pr.nb {
			return a.Law.Label(tagNB)
		}
		return a.Law.Label(tagEN)
	case a.Country != "":
		return countryName(a.Country, pr.nb)
	case a.Mechanism != 0:
		return a.Mechanism.Label(pr.tag())
	case a.Mechanisms != 0:
		return a.Mechanisms.Label(pr.tag())
	case !a.Period.IsZero():
		return a.Period.Label(pr.tag())
	case a.Items != 0:
		list := a.Items.List()
		names := make([]string, len(list))
		for i, it := range list {
			names[i] = it.Label(pr.tag())
		}
		return strings.Join(names, ", ")
	case a.Key != "":
		if _, ok := pr.arity[a.Key]; ok {
			return pr.text(a.Key)
		}
		if path, ok := strings.CutPrefix(a.Key, "term."); ok {
			return pr.text(termOther, path)
		}
		return a.Key
	}
	return ""
}

func (pr printer) message(f Finding) string {
	key := string(f.Code)
	if _, ok := pr.arity[key]; !ok {
		// A user's own check: its first two Text arguments are the
		// message in Norwegian Bokmål and English.
		switch {
		case len(f.Args) >= 2 && !pr.nb && f.Args[1].Text != "":
			return f.Args[1].Text
		case len(f.Args) >= 1 && f.Args[0].Text != "":
			return f.Args[0].Text
		}
		return key
	}
	args := make([]any, 0, 5)
	for i, a := range f.Args {
		if i == pr.arity[key] {
			break
		}
		args = append(args, pr.arg(a))
	}
	if f.Code == DocumentsContradict && len(args) == 5 {
		// A report written before the finding said what decides: then
		// only the agreement's order of precedence could.
		args = append(args, pr.text(precedenceOrder), "")
	}
	if f.Inferred != "" {
		// The models write their reasons in English: a Norwegian
		// message says that the term is inferred, and the finding's
		// Inferred field keeps why.
		if pr.nb {
			return pr.text(key, args...) + pr.text(noteInferred)
		}
		return pr.text(key, args...) + pr.text(noteInferredWhy, strings.TrimRight(f.Inferred, "."))
	}
	return pr.text(key, args...)
}

// title is the report's heading: the agreement's title, or its ID when it
// has none, with the processor's name where the report has it.
func (pr printer) title(r Report) string {
	t := r.Title
	if t == "" {
		t = r.Agreement
	}
	if r.Processor != "" {
		return pr.text("report.title-processor", t, r.Processor, cite.Date(r.On, pr.nb))
	}
	return pr.text("report.title", t, cite.Date(r.On, pr.nb))
}

// clause cites a clause of the agreement: "pkt. 2.7", "pkt. Avvik, første
// avsnitt", "innledningen, første avsnitt" ([cite.Clause]).
func (pr printer) clause(c obligation.Clause) string { return cite.Clause(c, pr.nb, pr.own) }

// paragraphs cites a finding's clause and the others it also cites as
// paragraphs of one heading ("pkt. 3, første og andre avsnitt"), when
// they are.
func (pr printer) paragraphs(f Finding) (string, bool) {
	h, n, ok := f.Clause.Paragraph()
	if !ok {
		return "", false
	}
	ns := make([]int, 0, 1+len(f.Also))
	ns = append(ns, n)
	for _, c := range f.Also {
		h2, m, ok := c.Paragraph()
		if !ok || h2 != h {
			return "", false
		}
		ns = append(ns, m)
	}
	return cite.Paragraphs(h, ns, pr.nb, pr.own), true
}

// where is the place a finding concerns: its clause and the others it
// also cites, or that the agreement has no such term.
func (pr printer) where(f Finding) string {
	switch {
	case f.Code == DocumentNotReproduced && len(f.Args) > 0 && f.Args[0].Text == string(f.Clause):
		// The agreement names the document but no clause of it: the place
		// is the document itself, not a clause with its title.
		return pr.text("report.document", cite.Quote(f.Args[0].Text, pr.nb))
	case f.Clause != "" && len(f.Also) > 0:
		if s, ok := pr.paragraphs(f); ok {
			return s
		}
		s := pr.clause(f.Clause)
		for i, c := range f.Also {
			sep := ", "
			if i == len(f.Also)-1 {
				sep = pr.and
			}
			s += sep + pr.clause(c)
		}
		return s
	case f.Clause != "":
		return pr.clause(f.Clause)
	case f.Absent:
		return pr.absent
	}
	return pr.noClause
}

// severity is the severity's label with a capital first letter, as a
// heading.
func (pr printer) severity(s Severity) string {
	l := s.Label(tagEN)
	if pr.nb {
		l = s.Label(tagNB)
	}
	if l == "" || l[0] < 'a' || l[0] > 'z' {
		return l
	}
	return strings.ToUpper(l[:1]) + l[1:]
}

func countryName(code string, nb bool) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	d := display.English
	if nb {
		d = display.Norwegian
	}
	if n := d.Regions().Name(r); n != "" {
		return n
	}
	return code
}

// Message returns the finding's text in Norwegian Bokmål (for the tags nb,
// nn and no) or English (for any other tag).
//
// A finding alone does not know its agreement's language, so Message
// quotes every clause heading it cites as a name; [Report.WriteText] and
// [Report.WriteMarkdown] quote only headings in another language.
func (f Finding) Message(tag language.Tag) string { return newPrinter(tag).message(f) }

// Label returns the severity's name in Norwegian Bokmål (for the tags nb,
// nn and no) or English.
func (s Severity) Label(tag language.Tag) string {
	switch {
	case !s.valid():
		return s.String()
	case norwegian(tag):
		return severityLabels[s].nb
	}
	return severityLabels[s].en
}

// Label returns the reference as a lawyer writes it: "GDPR Art. 28(3)(h)"
// in English, "GDPR art. 28 nr. 3 bokstav h" in Norwegian; "Decision (EU)
// 2021/915 Clause 7.5"; "LOV-2018-06-15-38 § 5".
func (r Reference) Label(tag language.Tag) string { return r.label(norwegian(tag)) }

// String returns the English label, as [Reference.Label] gives it.
func (r Reference) String() string { return r.label(false) }

var ordinalsNB = [...]string{"", "første", "annet", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende"}
var ordinalsEN = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

func (r Reference) label(nb bool) string {
	name, word := r.Instrument.short(nb)
	if r.Article == "" {
		return name
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte(' ')
	b.WriteString(word)
	b.WriteByte(' ')
	b.WriteString(r.Article)
	lovdata := isLovdata(r.Instrument)
	switch {
	case r.Paragraph <= 0:
	case nb && lovdata:
		b.WriteString(" " + ordinal(r.Paragraph, true) + " ledd")
	case nb:
		b.WriteString(" nr. " + strconv.Itoa(r.Paragraph))
	default:
		b.WriteString("(" + strconv.Itoa(r.Paragraph) + ")")
	}
	if r.Point != "" {
		if nb {
			b.WriteString(" bokstav " + r.Point)
		} else {
			b.WriteString("(" + r.Point + ")")
		}
	}
	if r.Subparagraph > 0 {
		if nb {
			b.WriteString(" " + ordinal(r.Subparagraph, true) + " ledd")
		} else {
			b.WriteString(", " + ordinal(r.Subparagraph, false) + " subparagraph")
		}
	}
	return b.String()
}

func ordinal(n int, nb bool) string {
	switch {
	case n > 0 && n < len(ordinalsNB) && nb:
		return ordinalsNB[n]
	case n > 0 && n < len(ordinalsEN):
		return ordinalsEN[n]
	}
	return strconv.Itoa(n) + "."
}

// WriteText writes the report as plain text in Norwegian Bokmål (for the
// tags nb, nn and no) or English: a title, then the findings grouped by
// severity with the count of each group, each with its legal basis, the clause it concerns, its code
// and its message.
func (r Report) WriteText(w io.Writer, tag language.Tag) error {
	pr := reportPrinter(r, tag)
	var b strings.Builder
	b.Grow(128 + 512*len(r.Findings))
	b.WriteString(pr.title(r))
	b.WriteByte('\n')
	if len(r.Findings) == 0 {
		b.WriteString(pr.text("report.none"))
		b.WriteByte('\n')
	}
	var last Severity
	for _, f := range r.Findings {
		if f.Severity != last {
			last = f.Severity
			b.WriteString("\n" + pr.severity(f.Severity) + " (" + strconv.Itoa(r.Count(f.Severity)) + ")\n")
		}
		b.WriteString("  * ")
		b.WriteString(f.Basis.label(pr.nb))
		b.WriteString(", ")
		b.WriteString(plaintext.OneLine(pr.where(f)))
		b.WriteString(" [")
		b.WriteString(string(f.Code))
		b.WriteString("]\n    ")
		b.WriteString(plaintext.OneLine(pr.message(f)))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes the report as Markdown in Norwegian Bokmål (for the
// tags nb, nn and no) or English: a heading, a section per severity with
// its count, and a list item per finding, its message after a hard line
// break (a backslash, as CommonMark writes one). Text taken from the
// agreement is escaped.
func (r Report) WriteMarkdown(w io.Writer, tag language.Tag) error {
	pr := reportPrinter(r, tag)
	var b strings.Builder
	b.Grow(128 + 512*len(r.Findings))
	b.WriteString("# " + plaintext.MarkdownEscape(pr.title(r)) + "\n")
	if len(r.Findings) == 0 {
		b.WriteString("\n" + pr.text("report.none") + "\n")
	}
	for i := 0; i < len(r.Findings); {
		s := r.Findings[i].Severity
		j := i
		for j < len(r.Findings) && r.Findings[j].Severity == s {
			j++
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n\n", plaintext.MarkdownEscape(pr.severity(s)), j-i)
		for _, f := range r.Findings[i:j] {
			fmt.Fprintf(&b, "- **%s**, %s (`%s`)\\\n  %s\n",
				plaintext.MarkdownEscape(f.Basis.label(pr.nb)), plaintext.MarkdownEscape(pr.where(f)),
				strings.ReplaceAll(string(f.Code), "`", ""), plaintext.MarkdownEscape(pr.message(f)))
		}
		i = j
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// norwegian reports whether tag asks for Norwegian; Bokmål serves nb, nn
// and no alike, by the library's one rule ([enum.Norwegian]).
func norwegian(tag language.Tag) bool { return enum.Norwegian(tag) }
