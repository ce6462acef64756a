package annex

// Identifiers name an annex value in the vocabularies privacy engineering
// tools use: the W3C Data Privacy Vocabulary (DPV, release 2.3) and the
// default taxonomy of Ethyca's fideslang (version 3.1.2). Either is empty
// where the vocabulary has no term that means the same: a value is mapped
// only to a term with its meaning, not to a broader or narrower one where
// that would say something the agreement does not (DPV splits "racial or
// ethnic origin" in two; fideslang's "credit card" is narrower than a
// payment card), and fideslang has no terms for processing operations or
// security measures.
//
// Identifiers is a small comparable value; its zero value means no
// identifier in either vocabulary.
type Identifiers struct {
	// DPV is the IRI of the DPV concept: https://w3id.org/dpv#… for the
	// core vocabulary, https://w3id.org/dpv/pd#… for the personal data
	// extension. The versionless IRIs name the latest release; the
	// mapping was made against release 2.3.
	DPV string `json:"dpv,omitzero"`
	// Fides is the fideslang key: a data use for a purpose, a data
	// subject, or a data category for personal and special categories.
	Fides string `json:"fides,omitzero"`
}

// IsZero reports whether neither vocabulary has a term for the value.
func (i Identifiers) IsZero() bool { return i == Identifiers{} }

const (
	dpv   = "https://w3id.org/dpv#"
	dpvPD = "https://w3id.org/dpv/pd#"
)

// Identifiers returns the purpose's DPV purpose and fideslang data use.
func (k PurposeKind) Identifiers() Identifiers { return purposeIDs[k] }

// Identifiers returns the category's DPV data subject and fideslang data
// subject.
func (k SubjectKind) Identifiers() Identifiers { return subjectIDs[k] }

// Identifiers returns the category's DPV personal data concept and
// fideslang data category.
func (k DataKind) Identifiers() Identifiers { return dataIDs[k] }

// Identifiers returns the special category's DPV personal data concept
// and fideslang data category.
func (k SpecialKind) Identifiers() Identifiers { return specialIDs[k] }

// Identifiers returns the operation's DPV processing concept; fideslang
// has none.
func (k OperationKind) Identifiers() Identifiers { return operationIDs[k] }

// Identifiers returns the measure's DPV technical or organisational
// measure; fideslang has none.
func (k MeasureKind) Identifiers() Identifiers { return measureIDs[k] }

// The mappings, read-only after initialisation. A value that is not here
// has no term in either vocabulary.
var (
	purposeIDs = map[PurposeKind]Identifiers{
		PurposePersonnelAdministration: {DPV: dpv + "HumanResourceManagement", Fides: "employment"},
		PurposeStatutoryTasks:          {DPV: dpv + "LegalCompliance", Fides: "essential.legal_obligation"},
		PurposeCustomerManagement:      {DPV: dpv + "CustomerManagement"},
		PurposeSupplierManagement:      {DPV: dpv + "VendorManagement"},
		PurposeServiceDelivery:         {DPV: dpv + "ServiceProvision", Fides: "essential.service"},
		PurposeCustomerService:         {DPV: dpv + "CustomerCare", Fides: "essential.service.operations.support"},
		PurposeNewsletterSending:       {DPV: dpv + "DirectMarketing", Fides: "marketing.communications.email"},
		PurposeResponseAnalytics:       {Fides: "analytics.reporting.campaign_insights"},
		PurposeOrderFulfilment:         {DPV: dpv + "CustomerOrderManagement"},
		PurposeProductImprovement:      {DPV: dpv + "ImproveExistingProductsAndServices", Fides: "functional.service.improve"},
	}
	subjectIDs = map[SubjectKind]Identifiers{
		SubjectEmployees:            {DPV: dpv + "Employee", Fides: "employee"},
		SubjectChildren:             {DPV: dpv + "Child"},
		SubjectPupils:               {DPV: dpv + "Student"},
		SubjectPatients:             {DPV: dpv + "Patient", Fides: "patient"},
		SubjectNextOfKin:            {Fides: "next_of_kin"},
		SubjectSuppliers:            {Fides: "supplier_vendor"},
		SubjectEndUsers:             {DPV: dpv + "User"},
		SubjectCustomersCustomers:   {DPV: dpv + "Customer", Fides: "customer"},
		SubjectNewsletterRecipients: {DPV: dpv + "Subscriber"},
		SubjectPersonsOver18:        {DPV: dpv + "Adult"},
		SubjectPersonsUnder18:       {DPV: dpv + "Child"},
	}
	dataIDs = map[DataKind]Identifiers{
		DataContactInformation: {DPV: dpvPD + "Contact", Fides: "user.contact"},
		DataWorkRelated:        {DPV: dpvPD + "Professional"},
		DataPayment:            {Fides: "user.payment"},
		DataPaymentCard:        {DPV: dpvPD + "PaymentCard"},
		DataName:               {DPV: dpvPD + "Name", Fides: "user.name"},
		DataAddress:            {DPV: dpvPD + "PhysicalAddress", Fides: "user.contact.address"},
		DataEmail:              {DPV: dpvPD + "EmailAddress", Fides: "user.contact.email"},
		DataPhone:              {DPV: dpvPD + "TelephoneNumber", Fides: "user.contact.phone_number"},
		DataNationalIDNumber:   {DPV: dpvPD + "OfficialID", Fides: "user.government_id.national_identification_number"},
		DataTitle:              {Fides: "user.job_title"},
		DataIPAddress:          {DPV: dpvPD + "IPAddress", Fides: "user.device.ip_address"},
		DataUsage:              {DPV: dpvPD + "ServiceConsumptionBehaviour"},
		DataDevice:             {DPV: dpvPD + "DeviceBased", Fides: "user.device"},
		DataMessages:           {DPV: dpvPD + "Communication"},
	}
	specialIDs = map[SpecialKind]Identifiers{
		SpecialRacialOrEthnicOrigin: {Fides: "user.demographic.race_ethnicity"},
		SpecialPoliticalOpinions:    {DPV: dpvPD + "PoliticalOpinion", Fides: "user.demographic.political_opinion"},
		SpecialTradeUnionMembership: {DPV: dpvPD + "TradeUnionMembership"},
		SpecialGenetic:              {DPV: dpvPD + "Genetic", Fides: "user.health_and_medical.genetic"},
		SpecialBiometric:            {DPV: dpvPD + "Biometric", Fides: "user.biometric"},
		SpecialHealth:               {DPV: dpvPD + "Health", Fides: "user.health_and_medical"},
		SpecialSexLifeOrOrientation: {DPV: dpvPD + "Sexual"},
		SpecialCriminalConvictions:  {DPV: dpvPD + "CriminalConviction", Fides: "user.criminal_history"},
		SpecialOffences:             {DPV: dpvPD + "CriminalOffence", Fides: "user.criminal_history"},
	}
	operationIDs = map[OperationKind]Identifiers{
		OpCollection:   {DPV: dpv + "Collect"},
		OpRecording:    {DPV: dpv + "Record"},
		OpOrganisation: {DPV: dpv + "Organise"},
		OpStructuring:  {DPV: dpv + "Structure"},
		OpStorage:      {DPV: dpv + "Store"},
		OpRetrieval:    {DPV: dpv + "Retrieve"},
		OpConsultation: {DPV: dpv + "Consult"},
		OpUse:          {DPV: dpv + "Use"},
		OpDisclosure:   {DPV: dpv + "Disclose"},
		OpRestriction:  {DPV: dpv + "Restrict"},
	}
	measureIDs = map[MeasureKind]Identifiers{
		MeasureRegularTesting:   {DPV: dpv + "EffectivenessDeterminationProcedures"},
		MeasurePhysicalSecurity: {DPV: dpv + "PhysicalMeasure"},
		MeasureEventLogging:     {DPV: dpv + "LoggingPolicy"},
		MeasureITGovernance:     {DPV: dpv + "GovernanceProcedures"},
		MeasureCertification:    {DPV: dpv + "Certification"},
		MeasureDataQuality:      {DPV: dpv + "DataQualityManagement"},
	}
)
