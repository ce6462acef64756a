package annex

import "golang.org/x/text/language"

// Kind is the set of enumerations an [Item] can hold: [PurposeKind],
// [SubjectKind], [DataKind], [SpecialKind], [OperationKind], [NeedKind] and
// [MeasureKind]. It is sealed: only this package's enumerations satisfy it.
//
// Every Kind is a small integer whose zero value means unspecified. Its
// String and MarshalText give a stable English identifier in kebab case
// ("health-services"), UnmarshalText accepts exactly those identifiers, and
// Label gives the Norwegian Bokmål or English text for display.
type Kind interface {
	~uint8
	String() string
	Label(tag language.Tag) string
	table() *table
}

// PurposeKind is a purpose of the processing (formål med behandlingen). The
// first seven are the check-list of Assistert Selvhjelp's Vedlegg 1; the
// rest are the purposes the other seed agreements give.
type PurposeKind uint8

// The purposes.
const (
	PurposePersonnelAdministration PurposeKind = iota + 1 // Personaladministrasjon
	PurposeHealthServices                                 // Helsetjenester
	PurposeCameraSurveillance                             // Kameraovervåkning
	PurposeStatutoryTasks                                 // Lovpålagte oppgaver
	PurposeDebtCollection                                 // Inkasso
	PurposeCustomerManagement                             // Kundebehandling
	PurposeSupplierManagement                             // Leverandørhåndtering
	PurposeServiceDelivery                                // delivering the service the controller buys
	PurposeCustomerService                                // customer service at the controller's request
	PurposeNewsletterSending                              // sending newsletters and e-mail marketing
	PurposeResponseAnalytics                              // measuring and presenting the response to mailings
	PurposeSwitchboard                                    // a switchboard serving the controller's callers
	PurposeOrderFulfilment                                // fulfilling the controller's orders
	// PurposeProductImprovement is improving the processor's own products
	// and services (Nortelecom Vedlegg 3.3 §1.1.2): a purpose of the
	// processor, not of the controller; see [PurposeKind.ProcessorOwn].
	PurposeProductImprovement
	PurposeOther // Annet (vennligst spesifiser): needs its text
)

var purposeTable = table{typ: "PurposeKind", other: uint8(PurposeOther), entries: []entry{
	{},
	{"personnel-administration", "Personaladministrasjon", "Personnel administration"},
	{"health-services", "Helsetjenester", "Health services"},
	{"camera-surveillance", "Kameraovervåkning", "Camera surveillance"},
	{"statutory-tasks", "Lovpålagte oppgaver", "Tasks required by law"},
	{"debt-collection", "Inkasso", "Debt collection"},
	{"customer-management", "Kundebehandling", "Customer management"},
	{"supplier-management", "Leverandørhåndtering", "Supplier management"},
	{"service-delivery", "Levering av tjenesten", "Delivering the service"},
	{"customer-service", "Kundeservice", "Customer service"},
	{"newsletter-sending", "Utsendelse av nyhetsbrev og e-postmarkedsføring", "Sending newsletters and e-mail marketing"},
	{"response-analytics", "Måling og analyse av respons på utsendelser", "Measuring and analysing the response to mailings"},
	{"switchboard", "Sentralbordtjeneste for den behandlingsansvarliges innringere", "Switchboard service for the controller's callers"},
	{"order-fulfilment", "Oppfyllelse av bestillinger", "Fulfilling orders"},
	{"product-improvement", "Forbedring av databehandlerens egne produkter og tjenester", "Improving the processor's own products and services"},
	{"other", "Annet", "Other"},
}}

func (PurposeKind) table() *table { return &purposeTable }

// String returns the identifier, such as "health-services";
// "unset" for the zero value.
func (k PurposeKind) String() string { return purposeTable.str(uint8(k)) }

// Label returns the purpose's name in Norwegian Bokmål (for nb, nn and no)
// or English.
func (k PurposeKind) Label(tag language.Tag) string { return purposeTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared purposes.
func (k PurposeKind) IsValid() bool { return purposeTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k PurposeKind) MarshalText() ([]byte, error) { return purposeTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *PurposeKind) UnmarshalText(text []byte) error {
	v, err := purposeTable.unmarshal(text)
	if err == nil {
		*k = PurposeKind(v)
	}
	return err
}

// ProcessorOwn reports whether the purpose serves the processor rather
// than the controller. A processor that determines its own purposes is a
// controller for that processing (GDPR Art. 28(10)).
func (k PurposeKind) ProcessorOwn() bool { return k == PurposeProductImprovement }

// SubjectKind is a category of data subjects (kategori av registrerte). The
// first ten are the check-list of Assistert Selvhjelp's Vedlegg 1; the rest
// are the categories the other seed agreements name.
type SubjectKind uint8

// The categories of data subjects.
const (
	SubjectEmployees            SubjectKind = iota + 1 // Ansatte
	SubjectChildren                                    // Barn
	SubjectBusinessPartners                            // Samarbeidspartnere/næringsdrivende
	SubjectResidents                                   // Innbyggere
	SubjectPupils                                      // Elever
	SubjectRefugees                                    // Flyktninger
	SubjectPatients                                    // Pasienter
	SubjectNextOfKin                                   // Pårørende
	SubjectSuppliers                                   // Leverandører
	SubjectWebsiteVisitors                             // Nettstedsbesøkende
	SubjectEndUsers                                    // users of the service the controller offers
	SubjectCustomersCustomers                          // the controller's own customers
	SubjectCallers                                     // people who call the controller's switchboard
	SubjectNewsletterRecipients                        // people on the controller's mailing lists
	SubjectPersonsOver18                               // Personer over 18 år (Nortelecom)
	SubjectPersonsUnder18                              // Personer under 18 år (Nortelecom): children
	SubjectOther                                       // Andre (vennligst spesifiser): needs its text
)

var subjectTable = table{typ: "SubjectKind", other: uint8(SubjectOther), entries: []entry{
	{},
	{"employees", "Ansatte", "Employees"},
	{"children", "Barn", "Children"},
	{"business-partners", "Samarbeidspartnere/næringsdrivende", "Business partners and self-employed persons"},
	{"residents", "Innbyggere", "Residents"},
	{"pupils", "Elever", "Pupils and students"},
	{"refugees", "Flyktninger", "Refugees"},
	{"patients", "Pasienter", "Patients"},
	{"next-of-kin", "Pårørende", "Next of kin"},
	{"suppliers", "Leverandører", "Suppliers"},
	{"website-visitors", "Nettstedsbesøkende", "Website visitors"},
	{"end-users", "Sluttbrukere", "End users"},
	{"customers-customers", "Den behandlingsansvarliges kunder", "The controller's customers"},
	{"callers", "Innringere", "Callers"},
	{"newsletter-recipients", "Mottakere av nyhetsbrev", "Newsletter recipients"},
	{"persons-over-18", "Personer over 18 år", "Persons over 18"},
	{"persons-under-18", "Personer under 18 år", "Persons under 18"},
	{"other", "Andre", "Others"},
}}

func (SubjectKind) table() *table { return &subjectTable }

// String returns the identifier, such as "patients"; "unset" for the
// zero value.
func (k SubjectKind) String() string { return subjectTable.str(uint8(k)) }

// Label returns the category's name in Norwegian Bokmål (for nb, nn and no)
// or English.
func (k SubjectKind) Label(tag language.Tag) string { return subjectTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared categories.
func (k SubjectKind) IsValid() bool { return subjectTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k SubjectKind) MarshalText() ([]byte, error) { return subjectTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *SubjectKind) UnmarshalText(text []byte) error {
	v, err := subjectTable.unmarshal(text)
	if err == nil {
		*k = SubjectKind(v)
	}
	return err
}

// Children reports whether the category consists of children:
// [SubjectChildren] and [SubjectPersonsUnder18]. The GDPR does not define
// a child; Norwegian law counts persons under 18 as children ("Med barn
// menes personer under 18 år", Prop. 56 LS (2017–2018) ch. 13.1,
// https://regjeringen.no/no/dokumenter/prop.-56-ls-20172018/id2594627/?ch=13;
// Datatilsynet: "Personer under 18 år er i utgangspunktet mindreårige",
// https://www.datatilsynet.no/personvern-pa-ulike-omrader/kundehandtering-handel-og-medlemskap/digitale-tjenester-og-forbrukeres-personopplysninger/barn-og-unge-forbrukere/).
// Pupils may be children too, but not necessarily, so they do not count.
func (k SubjectKind) Children() bool {
	return k == SubjectChildren || k == SubjectPersonsUnder18
}

// DataKind is a category of personal data (kategori av personopplysninger)
// other than the special categories, which are [SpecialKind]. The first five
// are the check-list of Assistert Selvhjelp's Vedlegg 1; the rest are the
// categories the other seed agreements name.
type DataKind uint8

// The categories of personal data.
const (
	DataContactInformation DataKind = iota + 1 // Kontaktinformasjon
	DataWorkRelated                            // Arbeidsrelatert informasjon
	DataMonitoring                             // Overvåkning/overvåkningsdata
	DataPayment                                // Betalingsinformasjon
	DataPaymentCard                            // Betalingskortinformasjon
	DataName                                   // Navn
	DataAddress                                // Adresse
	DataEmail                                  // E-postadresse
	DataPhone                                  // Telefonnummer
	DataNationalIDNumber                       // Fødselsnummer
	DataEmployment                             // Ansettelse
	DataTitle                                  // Tittel
	DataIPAddress                              // IP-adresse
	DataUsage                                  // log-ins, time spent, clickstream
	DataDevice                                 // operating system, browser
	DataMessages                               // the content of messages
	DataOther                                  // Annet (vennligst spesifiser): needs its text
)

var dataTable = table{typ: "DataKind", other: uint8(DataOther), entries: []entry{
	{},
	{"contact-information", "Kontaktinformasjon", "Contact information"},
	{"work-related", "Arbeidsrelatert informasjon", "Work-related information"},
	{"monitoring", "Overvåkningsdata", "Monitoring data"},
	{"payment", "Betalingsinformasjon", "Payment information"},
	{"payment-card", "Betalingskortinformasjon", "Payment card information"},
	{"name", "Navn", "Name"},
	{"address", "Adresse", "Address"},
	{"email", "E-postadresse", "E-mail address"},
	{"phone", "Telefonnummer", "Telephone number"},
	{"national-id-number", "Fødselsnummer", "National identity number"},
	{"employment", "Ansettelse", "Employment"},
	{"title", "Tittel", "Title"},
	{"ip-address", "IP-adresse", "IP address"},
	{"usage", "Bruksdata", "Usage data"},
	{"device", "Enhetsdata", "Device data"},
	{"messages", "Innhold i meldinger", "Content of messages"},
	{"other", "Annet", "Other"},
}}

func (DataKind) table() *table { return &dataTable }

// String returns the identifier, such as "ip-address"; "unset" for
// the zero value.
func (k DataKind) String() string { return dataTable.str(uint8(k)) }

// Label returns the category's name in Norwegian Bokmål (for nb, nn and no)
// or English.
func (k DataKind) Label(tag language.Tag) string { return dataTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared categories.
func (k DataKind) IsValid() bool { return dataTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k DataKind) MarshalText() ([]byte, error) { return dataTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *DataKind) UnmarshalText(text []byte) error {
	v, err := dataTable.unmarshal(text)
	if err == nil {
		*k = DataKind(v)
	}
	return err
}

// SpecialKind is a special category of personal data: the categories of
// GDPR Art. 9(1) and, kept apart, the criminal convictions and offences of
// Art. 10 ([SpecialKind.Article] tells which). The values follow Assistert
// Selvhjelp's Vedlegg 1, which lists convictions and offences separately.
// The 2021/915 clauses (Clause 7.5) call both groups "sensitive data".
type SpecialKind uint8

// The special categories.
const (
	SpecialRacialOrEthnicOrigin SpecialKind = iota + 1 // Art. 9(1)
	SpecialPoliticalOpinions                           // Art. 9(1)
	SpecialBeliefs                                     // religious or philosophical beliefs, Art. 9(1)
	SpecialTradeUnionMembership                        // Art. 9(1)
	SpecialGenetic                                     // genetic data, Art. 9(1)
	SpecialBiometric                                   // biometric data for unique identification, Art. 9(1)
	SpecialHealth                                      // data concerning health, Art. 9(1)
	SpecialSexLifeOrOrientation                        // sex life or sexual orientation, Art. 9(1)
	SpecialCriminalConvictions                         // Art. 10
	SpecialOffences                                    // Art. 10
)

// Art. 9(1) ties "for the purpose of uniquely identifying a natural person"
// to biometric data only (FACTS §1.6); Assistert Selvhjelp's form repeats it
// for genetic data, which the labels here do not copy.
var specialTable = table{typ: "SpecialKind", entries: []entry{
	{},
	{"racial-or-ethnic-origin", "Rasemessig eller etnisk opprinnelse", "Racial or ethnic origin"},
	{"political-opinions", "Politiske meninger", "Political opinions"},
	{"religious-or-philosophical-beliefs", "Religiøs eller filosofisk overbevisning", "Religious or philosophical beliefs"},
	{"trade-union-membership", "Fagforeningsmedlemskap", "Trade union membership"},
	{"genetic", "Genetiske opplysninger", "Genetic data"},
	{"biometric", "Biometriske opplysninger med det formål entydig å identifisere en fysisk person", "Biometric data for the purpose of uniquely identifying a natural person"},
	{"health", "Helseopplysninger", "Data concerning health"},
	{"sex-life-or-orientation", "Opplysninger om en fysisk persons seksuelle forhold eller seksuelle legning", "Data concerning a natural person's sex life or sexual orientation"},
	{"criminal-convictions", "Opplysninger om straffedommer", "Personal data relating to criminal convictions"},
	{"offences", "Opplysninger om lovovertredelser", "Personal data relating to offences"},
}}

func (SpecialKind) table() *table { return &specialTable }

// String returns the identifier, such as "health"; "unset" for the
// zero value.
func (k SpecialKind) String() string { return specialTable.str(uint8(k)) }

// Label returns the category's name in Norwegian Bokmål (for nb, nn and no)
// or English.
func (k SpecialKind) Label(tag language.Tag) string { return specialTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared categories.
func (k SpecialKind) IsValid() bool { return specialTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k SpecialKind) MarshalText() ([]byte, error) { return specialTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *SpecialKind) UnmarshalText(text []byte) error {
	v, err := specialTable.unmarshal(text)
	if err == nil {
		*k = SpecialKind(v)
	}
	return err
}

// Article returns the GDPR article that governs the category: 9 for the
// Art. 9(1) categories, 10 for criminal convictions and offences, and 0 for
// a value that is not a declared category.
func (k SpecialKind) Article() int {
	switch {
	case k >= SpecialRacialOrEthnicOrigin && k <= SpecialSexLifeOrOrientation:
		return 9
	case k == SpecialCriminalConvictions || k == SpecialOffences:
		return 10
	}
	return 0
}

// OperationKind is a processing operation (behandlingsaktivitet): the verbs
// of the definition of processing in GDPR Art. 4(2), in its order.
type OperationKind uint8

// The processing operations.
const (
	OpCollection             OperationKind = iota + 1 // innsamling
	OpRecording                                       // registrering
	OpOrganisation                                    // organisering
	OpStructuring                                     // strukturering
	OpStorage                                         // lagring
	OpAdaptationOrAlteration                          // tilpasning eller endring
	OpRetrieval                                       // gjenfinning
	OpConsultation                                    // konsultasjon
	OpUse                                             // bruk
	OpDisclosure                                      // utlevering ved overføring, spredning eller tilgjengeliggjøring
	OpAlignmentOrCombination                          // sammenstilling eller samkjøring
	OpRestriction                                     // begrensning
	OpErasureOrDestruction                            // sletting eller tilintetgjøring
	OpOther                                           // Annet (vennligst spesifiser): needs its text
)

var operationTable = table{typ: "OperationKind", other: uint8(OpOther), entries: []entry{
	{},
	{"collection", "Innsamling", "Collection"},
	{"recording", "Registrering", "Recording"},
	{"organisation", "Organisering", "Organisation"},
	{"structuring", "Strukturering", "Structuring"},
	{"storage", "Lagring", "Storage"},
	{"adaptation-or-alteration", "Tilpasning eller endring", "Adaptation or alteration"},
	{"retrieval", "Gjenfinning", "Retrieval"},
	{"consultation", "Konsultasjon", "Consultation"},
	{"use", "Bruk", "Use"},
	{"disclosure", "Utlevering ved overføring, spredning eller tilgjengeliggjøring", "Disclosure by transmission, dissemination or otherwise making available"},
	{"alignment-or-combination", "Sammenstilling eller samkjøring", "Alignment or combination"},
	{"restriction", "Begrensning", "Restriction"},
	{"erasure-or-destruction", "Sletting eller tilintetgjøring", "Erasure or destruction"},
	{"other", "Annet", "Other"},
}}

func (OperationKind) table() *table { return &operationTable }

// String returns the identifier, such as "storage"; "unset" for the
// zero value.
func (k OperationKind) String() string { return operationTable.str(uint8(k)) }

// Label returns the operation's name in Norwegian Bokmål (for nb, nn and
// no) or English.
func (k OperationKind) Label(tag language.Tag) string { return operationTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared operations.
func (k OperationKind) IsValid() bool { return operationTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k OperationKind) MarshalText() ([]byte, error) { return operationTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *OperationKind) UnmarshalText(text []byte) error {
	v, err := operationTable.unmarshal(text)
	if err == nil {
		*k = OperationKind(v)
	}
	return err
}

// NeedKind is a special security need (spesielt sikkerhetsbehov), as in
// Assistert Selvhjelp's Vedlegg 1: ticking one calls for an agreement on
// increased security.
type NeedKind uint8

// The security needs.
const (
	NeedConfidentiality            NeedKind = iota + 1 // konfidensialitet
	NeedIntegrity                                      // integritet
	NeedAvailability                                   // tilgjengelighet
	NeedPrivacyEnhancingTechnology                     // personvernfremmende teknologier, e.g. data protection by design
)

var needTable = table{typ: "NeedKind", entries: []entry{
	{},
	{"confidentiality", "Konfidensialitet", "Confidentiality"},
	{"integrity", "Integritet", "Integrity"},
	{"availability", "Tilgjengelighet", "Availability"},
	{"privacy-enhancing-technology", "Personvernfremmende teknologier (for eksempel innebygd personvern)", "Privacy-enhancing technologies (for example data protection by design)"},
}}

func (NeedKind) table() *table { return &needTable }

// String returns the identifier, such as "integrity"; "unset" for the
// zero value.
func (k NeedKind) String() string { return needTable.str(uint8(k)) }

// Label returns the need's name in Norwegian Bokmål (for nb, nn and no) or
// English.
func (k NeedKind) Label(tag language.Tag) string { return needTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared needs.
func (k NeedKind) IsValid() bool { return needTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k NeedKind) MarshalText() ([]byte, error) { return needTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *NeedKind) UnmarshalText(text []byte) error {
	v, err := needTable.unmarshal(text)
	if err == nil {
		*k = NeedKind(v)
	}
	return err
}

// MeasureKind is the heading a technical or organisational security measure
// comes under: the seventeen example headings of Annex III of the 2021/915
// standard contractual clauses, in their order, and [MeasureOther] for a
// measure that fits none of them. The English labels are the headings'
// wording (Commission Implementing Decision (EU) 2021/915, Annex III, as
// copied verbatim in ugurkocde/licensemeter-website src/lib/dpaClauses.ts);
// the Norwegian labels are this package's translation.
type MeasureKind uint8

// The measure headings.
const (
	MeasurePseudonymisationEncryption MeasureKind = iota + 1 // 1
	MeasureConfidentialityIntegrity                          // 2: ongoing confidentiality, integrity, availability and resilience
	MeasureTimelyRestore                                     // 3
	MeasureRegularTesting                                    // 4
	MeasureUserIdentification                                // 5: user identification and authorisation
	MeasureTransmission                                      // 6: protection of data during transmission
	MeasureStorage                                           // 7: protection of data during storage
	MeasurePhysicalSecurity                                  // 8
	MeasureEventLogging                                      // 9
	MeasureSystemConfiguration                               // 10
	MeasureITGovernance                                      // 11
	MeasureCertification                                     // 12
	MeasureDataMinimisation                                  // 13
	MeasureDataQuality                                       // 14
	MeasureLimitedRetention                                  // 15
	MeasureAccountability                                    // 16
	MeasurePortabilityErasure                                // 17
	MeasureOther                                             // a measure under no Annex III heading: needs its text
)

var measureTable = table{typ: "MeasureKind", other: uint8(MeasureOther), entries: []entry{
	{},
	{"pseudonymisation-and-encryption", "Tiltak for pseudonymisering og kryptering av personopplysninger", "Measures of pseudonymisation and encryption of personal data"},
	{"confidentiality-integrity-availability-resilience", "Tiltak for å sikre vedvarende konfidensialitet, integritet, tilgjengelighet og robusthet i behandlingssystemer og -tjenester", "Measures for ensuring ongoing confidentiality, integrity, availability and resilience of processing systems and services"},
	{"timely-restore", "Tiltak for å sikre evnen til å gjenopprette tilgjengeligheten og tilgangen til personopplysninger i rett tid ved en fysisk eller teknisk hendelse", "Measures for ensuring the ability to restore the availability and access to personal data in a timely manner in the event of a physical or technical incident"},
	{"regular-testing", "Prosesser for regelmessig testing, vurdering og evaluering av hvor effektive de tekniske og organisatoriske tiltakene for å sikre behandlingen er", "Processes for regularly testing, assessing and evaluating the effectiveness of technical and organisational measures in order to ensure the security of the processing"},
	{"user-identification-and-authorisation", "Tiltak for identifisering og autorisasjon av brukere", "Measures for user identification and authorisation"},
	{"protection-in-transmission", "Tiltak for beskyttelse av data under overføring", "Measures for the protection of data during transmission"},
	{"protection-in-storage", "Tiltak for beskyttelse av data under lagring", "Measures for the protection of data during storage"},
	{"physical-security", "Tiltak for å sikre fysisk sikkerhet på steder der personopplysninger behandles", "Measures for ensuring physical security of locations at which personal data are processed"},
	{"event-logging", "Tiltak for å sikre logging av hendelser", "Measures for ensuring events logging"},
	{"system-configuration", "Tiltak for å sikre systemkonfigurasjon, herunder standardkonfigurasjon", "Measures for ensuring system configuration, including default configuration"},
	{"it-governance", "Tiltak for intern styring og ledelse av IT og IT-sikkerhet", "Measures for internal IT and IT security governance and management"},
	{"certification-and-assurance", "Tiltak for sertifisering/kvalitetssikring av prosesser og produkter", "Measures for certification/assurance of processes and products"},
	{"data-minimisation", "Tiltak for å sikre dataminimering", "Measures for ensuring data minimisation"},
	{"data-quality", "Tiltak for å sikre datakvalitet", "Measures for ensuring data quality"},
	{"limited-retention", "Tiltak for å sikre begrenset lagringstid", "Measures for ensuring limited data retention"},
	{"accountability", "Tiltak for å sikre ansvarlighet", "Measures for ensuring accountability"},
	{"portability-and-erasure", "Tiltak for å muliggjøre dataportabilitet og sikre sletting", "Measures for allowing data portability and ensuring erasure"},
	{"other", "Andre tiltak", "Other measures"},
}}

func (MeasureKind) table() *table { return &measureTable }

// String returns the identifier, such as "event-logging"; "unset"
// for the zero value.
func (k MeasureKind) String() string { return measureTable.str(uint8(k)) }

// Label returns the heading in Norwegian Bokmål (for nb, nn and no) or
// English.
func (k MeasureKind) Label(tag language.Tag) string { return measureTable.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared headings.
func (k MeasureKind) IsValid() bool { return measureTable.valid(uint8(k)) }

// MarshalText returns the identifier; the zero value and unknown values are
// errors.
func (k MeasureKind) MarshalText() ([]byte, error) { return measureTable.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers MarshalText returns.
func (k *MeasureKind) UnmarshalText(text []byte) error {
	v, err := measureTable.unmarshal(text)
	if err == nil {
		*k = MeasureKind(v)
	}
	return err
}

// AnnexIII returns the heading's position (1 to 17) in Annex III of the
// 2021/915 clauses, or 0 for [MeasureOther] and undeclared values.
func (k MeasureKind) AnnexIII() int {
	if k >= MeasurePseudonymisationEncryption && k <= MeasurePortabilityErasure {
		return int(k)
	}
	return 0
}
