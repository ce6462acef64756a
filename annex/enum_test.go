package annex

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var (
	nb = language.MustParse("nb")
	en = language.English
)

// kindCase exercises one enumeration generically.
type kindCase struct {
	name      string
	table     *table
	roundTrip func(v uint8) (string, uint8, error)
	label     func(v uint8, tag language.Tag) string
}

func caseOf[K interface {
	Kind
	MarshalText() ([]byte, error)
}, P interface {
	*K
	UnmarshalText([]byte) error
}](name string) kindCase {
	return kindCase{
		name:  name,
		table: (*new(K)).table(),
		roundTrip: func(v uint8) (string, uint8, error) {
			text, err := K(v).MarshalText()
			if err != nil {
				return "", 0, err
			}
			var back K
			err = P(&back).UnmarshalText(text)
			return string(text), uint8(back), err
		},
		label: func(v uint8, tag language.Tag) string { return K(v).Label(tag) },
	}
}

var kindCases = []kindCase{
	caseOf[PurposeKind]("PurposeKind"),
	caseOf[SubjectKind]("SubjectKind"),
	caseOf[DataKind]("DataKind"),
	caseOf[SpecialKind]("SpecialKind"),
	caseOf[OperationKind]("OperationKind"),
	caseOf[NeedKind]("NeedKind"),
	caseOf[MeasureKind]("MeasureKind"),
}

func TestKindsRoundTripAndLabels(t *testing.T) {
	for _, c := range kindCases {
		t.Run(c.name, func(t *testing.T) {
			if c.table.typ != c.name {
				t.Errorf("table type name %q, want %q", c.table.typ, c.name)
			}
			seen := map[string]uint8{}
			for v := uint8(1); int(v) < len(c.table.entries); v++ {
				id, back, err := c.roundTrip(v)
				if err != nil || back != v {
					t.Errorf("%d: round trip gave %d, %v", v, back, err)
				}
				if id != strings.ToLower(id) || strings.ContainsAny(id, " _") {
					t.Errorf("%d: identifier %q is not kebab case", v, id)
				}
				if prev, dup := seen[id]; dup {
					t.Errorf("%d: identifier %q also names %d", v, id, prev)
				}
				seen[id] = v
				if c.label(v, nb) == "" || c.label(v, en) == "" {
					t.Errorf("%d (%s): missing label", v, id)
				}
			}
			if _, _, err := c.roundTrip(0); err == nil {
				t.Error("the zero value marshals; want an error (zero means unspecified)")
			}
			if _, _, err := c.roundTrip(uint8(len(c.table.entries))); err == nil {
				t.Error("an out-of-range value marshals; want an error")
			}
		})
	}
}

func TestUnmarshalTextRejects(t *testing.T) {
	for _, in := range []string{"", "Health", "health ", "helse", "other:x", "unspecified"} {
		var k SpecialKind
		if err := k.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", in, k)
		} else if !strings.HasPrefix(err.Error(), "annex: unknown SpecialKind") {
			t.Errorf("UnmarshalText(%q) error %q lacks the package and type", in, err)
		}
	}
}

func TestStringFallbacks(t *testing.T) {
	tests := []struct{ got, want string }{
		{PurposeKind(0).String(), "unset"},
		{PurposeKind(200).String(), "PurposeKind(200)"},
		{ListStatus(9).String(), "ListStatus(9)"},
		{ListAbsent.String(), "absent"},
		{Unstated.String(), "unstated"},
		{Format(0).String(), "unset"},
		{Markdown.String(), "markdown"},
		{Format(7).String(), "Format(7)"},
		{SpecialHealth.Label(nb), "Helseopplysninger"},
		{SpecialKind(0).Label(nb), "Ikke angitt"},
		{SpecialKind(0).Label(en), "Unspecified"},
		{SpecialKind(99).Label(en), "SpecialKind(99)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The GLOSSARY gives helseopplysninger / data concerning health. Bokmål
// serves nb, nn and no; every other language, Danish and Swedish
// included, reads English, as in the rest of the library.
func TestLabelLanguage(t *testing.T) {
	tests := []struct {
		tag  string
		want string
	}{
		{"nb", "Helseopplysninger"},
		{"nb-NO", "Helseopplysninger"},
		{"nn", "Helseopplysninger"},
		{"no", "Helseopplysninger"},
		{"da", "Data concerning health"},
		{"sv", "Data concerning health"},
		{"en", "Data concerning health"},
		{"en-GB", "Data concerning health"},
		{"de", "Data concerning health"},
		{"und", "Data concerning health"},
	}
	for _, tt := range tests {
		if got := SpecialHealth.Label(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Label(%s) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

func TestLabelNoAllocs(t *testing.T) {
	for _, tag := range []language.Tag{nb, en, language.MustParse("nn-NO"), language.MustParse("da")} {
		if n := testing.AllocsPerRun(100, func() { _ = OpCollection.Label(tag) }); n != 0 {
			t.Errorf("Label(%v) allocates %v times", tag, n)
		}
	}
}

// The operations are the verbs of GDPR Art. 4(2), as the GLOSSARY gives
// the English and Norwegian texts.
func TestOperationsAreArticle4_2(t *testing.T) {
	wantEN := []string{
		"collection", "recording", "organisation", "structuring", "storage",
		"adaptation or alteration", "retrieval", "consultation", "use",
		"disclosure by transmission, dissemination or otherwise making available",
		"alignment or combination", "restriction", "erasure or destruction",
	}
	wantNB := []string{
		"innsamling", "registrering", "organisering", "strukturering", "lagring",
		"tilpasning eller endring", "gjenfinning", "konsultasjon", "bruk",
		"utlevering",
		"sammenstilling eller samkjøring", "begrensning", "sletting eller tilintetgjøring",
	}
	var gotEN, gotNB []string
	for k := OpCollection; k < OpOther; k++ {
		gotEN = append(gotEN, strings.ToLower(k.Label(en)))
		nbl := strings.ToLower(k.Label(nb))
		if k == OpDisclosure {
			// The statutory text continues "ved overføring, spredning eller
			// alle andre former for tilgjengeliggjøring"; the label keeps
			// the sense in fewer words.
			nbl, _, _ = strings.Cut(nbl, " ved ")
		}
		gotNB = append(gotNB, nbl)
	}
	if d := cmp.Diff(wantEN, gotEN); d != "" {
		t.Errorf("English labels mismatch (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantNB, gotNB); d != "" {
		t.Errorf("Norwegian labels mismatch (-want +got):\n%s", d)
	}
}

// The measure headings are Annex III of Decision (EU) 2021/915, word for
// word and in order.
func TestMeasuresAreAnnexIII(t *testing.T) {
	want := []string{
		"Measures of pseudonymisation and encryption of personal data",
		"Measures for ensuring ongoing confidentiality, integrity, availability and resilience of processing systems and services",
		"Measures for ensuring the ability to restore the availability and access to personal data in a timely manner in the event of a physical or technical incident",
		"Processes for regularly testing, assessing and evaluating the effectiveness of technical and organisational measures in order to ensure the security of the processing",
		"Measures for user identification and authorisation",
		"Measures for the protection of data during transmission",
		"Measures for the protection of data during storage",
		"Measures for ensuring physical security of locations at which personal data are processed",
		"Measures for ensuring events logging",
		"Measures for ensuring system configuration, including default configuration",
		"Measures for internal IT and IT security governance and management",
		"Measures for certification/assurance of processes and products",
		"Measures for ensuring data minimisation",
		"Measures for ensuring data quality",
		"Measures for ensuring limited data retention",
		"Measures for ensuring accountability",
		"Measures for allowing data portability and ensuring erasure",
	}
	var got []string
	for k := MeasurePseudonymisationEncryption; k < MeasureOther; k++ {
		got = append(got, k.Label(en))
		if k.AnnexIII() != len(got) {
			t.Errorf("%v.AnnexIII() = %d, want %d", k, k.AnnexIII(), len(got))
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("headings mismatch (-want +got):\n%s", d)
	}
	if MeasureOther.AnnexIII() != 0 {
		t.Error("MeasureOther has an Annex III position")
	}
}

// Assistert Selvhjelp's Vedlegg 1 lists ten special categories: eight
// under Art. 9(1) and, split in two, the criminal convictions and offences
// of Art. 10 (FACTS §1.6).
func TestSpecialArticles(t *testing.T) {
	var art9, art10 int
	for k := SpecialKind(1); k.IsValid(); k++ {
		switch k.Article() {
		case 9:
			art9++
		case 10:
			art10++
		default:
			t.Errorf("%v has no article", k)
		}
	}
	if art9 != 8 || art10 != 2 {
		t.Errorf("Art. 9: %d, Art. 10: %d; want 8 and 2", art9, art10)
	}
	if SpecialCriminalConvictions.Article() != 10 || SpecialOffences.Article() != 10 || SpecialBiometric.Article() != 9 {
		t.Error("criminal data must be Art. 10 and biometric data Art. 9")
	}
	if SpecialKind(0).Article() != 0 {
		t.Error("the zero value has an article")
	}
}

// Every row of Assistert Selvhjelp's Vedlegg 1 check-lists has a value,
// with the form's own Norwegian wording as its label where the form's
// wording is the legal one.
func TestAssistertRowsExpressible(t *testing.T) {
	rows := []struct {
		row  string
		kind interface{ Label(language.Tag) string }
	}{
		{"Personaladministrasjon", PurposePersonnelAdministration},
		{"Helsetjenester", PurposeHealthServices},
		{"Kameraovervåkning", PurposeCameraSurveillance},
		{"Lovpålagte oppgaver", PurposeStatutoryTasks},
		{"Inkasso", PurposeDebtCollection},
		{"Kundebehandling", PurposeCustomerManagement},
		{"Leverandørhåndtering", PurposeSupplierManagement},
		{"Annet", PurposeOther},
		{"Ansatte", SubjectEmployees},
		{"Barn", SubjectChildren},
		{"Samarbeidspartnere/næringsdrivende", SubjectBusinessPartners},
		{"Innbyggere", SubjectResidents},
		{"Elever", SubjectPupils},
		{"Flyktninger", SubjectRefugees},
		{"Pasienter", SubjectPatients},
		{"Pårørende", SubjectNextOfKin},
		{"Leverandører", SubjectSuppliers},
		{"Nettstedsbesøkende", SubjectWebsiteVisitors},
		{"Andre", SubjectOther},
		{"Kontaktinformasjon", DataContactInformation},
		{"Arbeidsrelatert informasjon", DataWorkRelated},
		{"Betalingsinformasjon", DataPayment},
		{"Betalingskortinformasjon", DataPaymentCard},
		{"Rasemessig eller etnisk opprinnelse", SpecialRacialOrEthnicOrigin},
		{"Politiske meninger", SpecialPoliticalOpinions},
		{"Religiøs eller filosofisk overbevisning", SpecialBeliefs},
		{"Fagforeningsmedlemskap", SpecialTradeUnionMembership},
		{"Helseopplysninger", SpecialHealth},
		{"Opplysninger om straffedommer", SpecialCriminalConvictions},
		{"Opplysninger om lovovertredelser", SpecialOffences},
		{"Innsamling", OpCollection},
		{"Registrering", OpRecording},
		{"Lagring", OpStorage},
		{"Strukturering", OpStructuring},
		{"Organisering", OpOrganisation},
		{"Tilpasning eller endring", OpAdaptationOrAlteration},
		{"Gjenfinning", OpRetrieval},
		{"Sletting eller tilintetgjøring", OpErasureOrDestruction},
	}
	for _, r := range rows {
		if got := r.kind.Label(nb); got != r.row {
			t.Errorf("label %q, want the form's %q", got, r.row)
		}
	}
}

func TestChildrenKinds(t *testing.T) {
	for k := SubjectKind(1); k.IsValid(); k++ {
		want := k == SubjectChildren || k == SubjectPersonsUnder18
		if k.Children() != want {
			t.Errorf("%v.Children() = %v", k, !want)
		}
	}
	if !PurposeProductImprovement.ProcessorOwn() || PurposeServiceDelivery.ProcessorOwn() {
		t.Error("only product improvement serves the processor")
	}
}

func TestStatusAndAnswerText(t *testing.T) {
	for s := ListAbsent; s <= ListBlank; s++ {
		text, err := s.MarshalText()
		var back ListStatus
		if err != nil || back.UnmarshalText(text) != nil || back != s {
			t.Errorf("%v: round trip failed", s)
		}
	}
	for a := Unstated; a <= No; a++ {
		text, err := a.MarshalText()
		var back Answer
		if err != nil || back.UnmarshalText(text) != nil || back != a {
			t.Errorf("%v: round trip failed", a)
		}
	}
	var s ListStatus
	if s.UnmarshalText([]byte("empty")) == nil {
		t.Error("unknown status accepted")
	}
	var a Answer
	if a.UnmarshalText([]byte("maybe")) == nil {
		t.Error("unknown answer accepted")
	}
	if _, err := Answer(3).MarshalText(); err == nil {
		t.Error("invalid answer marshals")
	}
	if Yes.Label(nb) != "Ja" || No.Label(en) != "No" || ListBlank.Label(en) == "" {
		t.Error("labels")
	}
}

// Labels are safe for concurrent use.
func TestLabelConcurrent(t *testing.T) {
	tags := []language.Tag{nb, en, language.MustParse("da"), language.MustParse("de"), language.MustParse("sv")}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 200; i++ {
				_ = PurposeOther.Label(tags[i%len(tags)])
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
