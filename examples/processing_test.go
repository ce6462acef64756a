package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

func TestProcessingWellFormed(t *testing.T) {
	for _, a := range examples.All() {
		if a.Processing.Status == 0 {
			t.Errorf("%s: no processing provision", a.ID)
		}
		a.Processing.Description.Check(func(path, msg string) {
			t.Errorf("%s: processing.description.%s: %s", a.ID, path, msg)
		})
	}
}

// kindsOf lists the identifiers of a list's items, in order.
func kindsOf[K annex.Kind](l annex.List[K]) []string {
	var ids []string
	for _, it := range l.Items {
		ids = append(ids, it.Kind.String())
	}
	return ids
}

// TestProcessingFromTheTexts pins what each seed's text says about the
// processing; the clause quoted is where it says so.
func TestProcessingFromTheTexts(t *testing.T) {
	wam, ass, nor, mm, w4 := examples.WeAreMedia().Processing.Description,
		examples.AssistertSelvhjelp().Processing.Description,
		examples.Nortelecom().Processing.Description,
		examples.MailMojo().Processing.Description,
		examples.We4you().Processing.Description
	tests := []struct {
		name   string
		clause string // the seed's words
		got    any
		want   any
	}{
		// We Are Media
		{"We Are Media purposes", `Formål: "Formålet med behandlingen er å levere tjenester i samsvar med tjenesteavtalen og å utføre kundeservice som svar på kundens krav."`,
			kindsOf(wam.Purposes), []string{"service-delivery", "customer-service"}},
		{"We Are Media operations", `Innledning: "inkludert innsamling, registrering, kompilering, lagring, utlevering eller en kombinasjon av disse"`,
			kindsOf(wam.Operations), []string{"collection", "recording", "alignment-or-combination", "storage", "disclosure"}},
		{"We Are Media names no data subjects", "no list of data subjects anywhere in the text",
			wam.DataSubjects.Status, annex.ListAbsent},
		{"We Are Media names no personal data", "no list of personal data anywhere in the text",
			wam.DataCategories.Status, annex.ListAbsent},
		{"We Are Media does not say whether sensitive data are processed", `Kundens plikter: services "i prinsippet ikke inkluderer sikkerhetstiltakene som er nødvendige for å behandle personopplysninger om barn og sensitive ..."`,
			[]annex.Answer{wam.ProcessesSpecialCategories(), wam.ProcessesChildren()}, []annex.Answer{annex.Unstated, annex.Unstated}},
		{"We Are Media physical access control", `Fysisk tilgangskontroll: "bruk av sikkerhetspersonell og bruk av trygge bygninger"`,
			wam.SecurityMeasures.Has(annex.MeasurePhysicalSecurity), true},

		// Assistert Selvhjelp
		{"Assistert purpose is the Veiledere text", `Vedlegg 1, Annet (vennligst spesifiser): "Formålet er å gi Veiledere hos behandlingsansvarlig innsikt i Sluttbrukerens registreringer"`,
			len(ass.Purposes.Items) == 1 && ass.Purposes.Items[0].IsOther() &&
				strings.HasPrefix(ass.Purposes.Items[0].Text, "Formålet er å gi Veiledere hos behandlingsansvarlig innsikt"), true},
		{"Assistert processes health data", `Vedlegg 1: "Oversikt over scoringer på kartleggingsverktøy, for eksempel kartlegging av symptomer på angst og depresjon"`,
			ass.ProcessesSpecialCategories(), annex.Yes},
		{"Assistert health data is Art. 9", "Art. 9(1): data concerning health",
			ass.SpecialCategories.Items[1].Kind.Article(), 9},
		{"Assistert anxiety and depression scores", "Vedlegg 1",
			strings.Contains(ass.SpecialCategories.Items[1].Text, "angst og depresjon"), true},
		{"Assistert data subjects are end users", `Tema for behandlingen: "Personopplysninger som Sluttbrukere registrerer i tjenesten"`,
			kindsOf(ass.DataSubjects), []string{"end-users"}},
		{"Assistert children unknown", "the ticks of Vedlegg 1 (Barn) are lost",
			ass.ProcessesChildren(), annex.Unstated},
		{"Assistert operations named in the DPA", `Om avtalen: "herunder innsamling, registrering, sammenstilling, lagring, utlevering eller kombinasjoner av disse"`,
			[]bool{ass.Operations.Has(annex.OpCollection), ass.Operations.Has(annex.OpRecording), ass.Operations.Has(annex.OpAlignmentOrCombination), ass.Operations.Has(annex.OpStorage), ass.Operations.Has(annex.OpDisclosure)},
			[]bool{true, true, true, true, true}},
		{"Assistert pseudonymous access codes", `Vedlegg 2, Sluttbrukertilgang: "Det brukes et system for anonymisering og pseudonymiesring med unike koder"`,
			[]bool{ass.SecurityMeasures.Has(annex.MeasurePseudonymisationEncryption), ass.SecurityNeeds.Has(annex.NeedPrivacyEnhancingTechnology)}, []bool{true, true}},
		{"Assistert stores no IP addresses", `Vedlegg 2: "Ingen data som kan identifisere Sluttbrukeren lagres i databasen. Dette gjelder også IP-adresser."`,
			ass.DataCategories.Has(annex.DataIPAddress), false},

		// Nortelecom
		{"Nortelecom data subjects", `Vedlegg 3.3 §1.2: "1. Personer over 18 år. 2. Personer under 18 år."`,
			kindsOf(nor.DataSubjects), []string{"persons-over-18", "persons-under-18"}},
		{"Nortelecom processes children's data", "Vedlegg 3.3 §1.2: persons under 18",
			nor.ProcessesChildren(), annex.Yes},
		{"Nortelecom states no sensitive data", `Vedlegg 3.3 §2.1.1: "Ingen sensitive personopplysninger behandles om personer over 18 år."`,
			[]any{nor.SpecialCategories.Status, nor.ProcessesSpecialCategories()}, []any{annex.ListNone, annex.No}},
		{"Nortelecom personal data", `Vedlegg 3.3 §2.1.1: "Navn, adresse, e-post, telefonnummer, ansettelse, tittel og IP-adresse."`,
			kindsOf(nor.DataCategories), []string{"name", "address", "email", "phone", "employment", "title", "ip-address"}},
		{"Nortelecom uses data for its own products", `Vedlegg 3.3 §1.1.2: "Innsamlede personopplysninger brukes også til å forbedre databehandlerens produkter og tjenester."`,
			nor.Purposes.Items[1].Kind.ProcessorOwn() && nor.Purposes.Items[1].Clause == "Vedlegg 3.3 §1.1.2", true},
		{"Nortelecom normal security level", `Vedlegg 3.3 §3.1: "et normalt sikkerhetsnivå må etableres"`,
			nor.SecurityNeeds.Status, annex.ListNone},
		{"Nortelecom encrypted transfer", `8.1(1): "krypterte overføringsprotokoller som HTTPS eller SSL"`,
			nor.SecurityMeasures.Items[0].Kind, annex.MeasureTransmission},

		// MailMojo
		{"MailMojo personal data list is empty", `1: "Databehandler vil kunne ha tilgang til følgende Personopplysninger:" followed by nothing`,
			[]any{mm.DataCategories.Status, mm.DataCategories.Clause, len(mm.DataCategories.Items)}, []any{annex.ListBlank, "1", 0}},
		{"MailMojo measures lists are empty", `2.3.2: "Databehandler skal, i samråd med Behandlingsansvarlig, vurdere:" followed by nothing`,
			mm.SecurityMeasures.Status, annex.ListBlank},
		{"MailMojo purposes", `1: "for å kunne gjennomføre utsendelsen av e-postmarkedsføringen og for å analysere og presentere tilhørende respons"`,
			kindsOf(mm.Purposes)[:2], []string{"newsletter-sending", "response-analytics"}},
		{"MailMojo says nothing of special categories", "no such list in the text",
			mm.ProcessesSpecialCategories(), annex.Unstated},

		// We4you
		{"We4you purpose", `Arten og formålet med behandlingen: "med den hensikt å sikre korrekt kommunikasjon mellom sentralbord og kunde"`,
			kindsOf(w4.Purposes), []string{"switchboard", "switchboard"}},
		{"We4you data subjects", `Arten og formålet med behandlingen: "å kunne betjene kundens kunder og ansatte"`,
			kindsOf(w4.DataSubjects)[:2], []string{"customers-customers", "employees"}},
		{"We4you Google Cloud customer card", `Bruk av underleverandører: "Instruks fra kunden, navn, stillingsbeskrivelse, telefonnummer og epost"`,
			[]bool{w4.DataCategories.Has(annex.DataName), w4.DataCategories.Has(annex.DataTitle), w4.DataCategories.Has(annex.DataPhone), w4.DataCategories.Has(annex.DataEmail)},
			[]bool{true, true, true, true}},
		{"We4you states no duration", "no duration in the statement",
			w4.Duration.IsZero(), true},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, tt.got); d != "" {
			t.Errorf("%s (%s): mismatch (-want +got):\n%s", tt.name, tt.clause, d)
		}
	}
}

// TestProcessingForms keeps each seed's check-list form, in Norwegian as
// text and in English as Markdown, under testdata/processing.
func TestProcessingForms(t *testing.T) {
	for _, a := range examples.All() {
		for _, c := range []struct {
			ext string
			tag language.Tag
			f   annex.Format
		}{
			{"nb.txt", language.MustParse("nb"), annex.PlainText},
			{"en.md", language.English, annex.Markdown},
		} {
			name := a.ID + "." + c.ext
			t.Run(name, func(t *testing.T) {
				got := a.Processing.Description.AppendForm(nil, c.tag, c.f)
				path := filepath.Join("testdata", "processing", name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./examples -update to write it)", err)
				}
				if !bytes.Equal(want, got) {
					t.Errorf("%s is out of date (run go test ./examples -update and review the diff)", path)
				}
			})
		}
	}
}
