package annex_test

import (
	"encoding/json/v2"
	"fmt"
	"os"
	"strings"

	"github.com/personvern/dpa/annex"
	"golang.org/x/text/language"
)

var nb = language.MustParse("nb")

// A whole flow: describe the processing as Nortelecom's Vedlegg 3.3 does,
// check it, ask the two questions a review asks first, store it as JSON
// and render the ticked rows of its check-list form in Norwegian.
func Example() {
	d := annex.Description{
		DataSubjects: annex.ListAt("Vedlegg 3.3 §1.2",
			annex.DataSubject{Kind: annex.SubjectPersonsOver18},
			annex.DataSubject{Kind: annex.SubjectPersonsUnder18},
		),
		DataCategories: annex.ListAt("Vedlegg 3.3 §2.1",
			annex.DataCategory{Kind: annex.DataName},
			annex.DataCategory{Kind: annex.DataIPAddress},
		),
		// "Ingen sensitive personopplysninger behandles"
		SpecialCategories: annex.NoneAt[annex.SpecialKind]("Vedlegg 3.3 §2.1"),
	}

	d.Check(func(path, msg string) { fmt.Println("problem:", path, msg) })
	fmt.Println("children:", d.ProcessesChildren())
	fmt.Println("special categories:", d.ProcessesSpecialCategories())

	data, _ := json.Marshal(d)
	fmt.Println(string(data))

	for _, line := range strings.Split(string(d.AppendForm(nil, nb, annex.PlainText)), "\n") {
		if strings.Contains(line, "☒") || strings.Contains(line, "uttrykkelig") {
			fmt.Println(line)
		}
	}
	// Output:
	// children: yes
	// special categories: no
	// {"dataSubjects":{"status":"stated","clause":"Vedlegg 3.3 §1.2","items":["persons-over-18","persons-under-18"]},"dataCategories":{"status":"stated","clause":"Vedlegg 3.3 §2.1","items":["name","ip-address"]},"specialCategories":{"status":"none","clause":"Vedlegg 3.3 §2.1"}}
	//   ☒ Personer over 18 år
	//   ☒ Personer under 18 år
	//   ☒ Navn
	//   ☒ IP-adresse
	//   Avtalen sier uttrykkelig at det ikke er noen.
}

func ExampleListAt() {
	purposes := annex.ListAt("Formål",
		annex.Purpose{Kind: annex.PurposeServiceDelivery},
		annex.Purpose{Kind: annex.PurposeOther, Text: "Oppfølging av sluttbrukere"},
	)
	fmt.Println(purposes.Status, purposes.Has(annex.PurposeServiceDelivery))
	for _, p := range purposes.Items {
		fmt.Println(p.Label(language.English))
	}
	// Output:
	// stated true
	// Delivering the service
	// Oppfølging av sluttbrukere
}

func ExampleNoneAt() {
	d := annex.Description{SpecialCategories: annex.NoneAt[annex.SpecialKind]("Vedlegg 3.3 §2.1")}
	fmt.Println(d.SpecialCategories.Status, d.ProcessesSpecialCategories())
	// Output: none no
}

// MailMojo's list of personal data is introduced and left empty, which is
// not the same as having no such list.
func ExampleBlankAt() {
	blank := annex.BlankAt[annex.DataKind]("1")
	var absent annex.List[annex.DataKind]
	fmt.Println(blank.Status, blank.Status.Label(language.English))
	fmt.Println(absent.Status, absent.Status.Label(language.English))
	// Output:
	// blank The list is empty in the agreement's text
	// absent The agreement has no such list
}

func ExampleDescription_Check() {
	d := annex.Description{
		Purposes: annex.ListAt("1",
			annex.Purpose{Kind: annex.PurposeOther},
			annex.Purpose{Kind: annex.PurposeCustomerService},
			annex.Purpose{Kind: annex.PurposeCustomerService},
		),
		DataCategories: annex.List[annex.DataKind]{Status: annex.ListStated},
	}
	d.Check(func(path, msg string) { fmt.Printf("processing.%s: %s\n", path, msg) })
	// Output:
	// processing.purposes.items[0].text: an "other" item needs its text
	// processing.purposes.items[2]: duplicates items[1]
	// processing.dataCategories.items: a stated list needs at least one item (use status none or blank for a list without items)
}

func ExampleDescription_ProcessesChildren() {
	d := annex.Description{DataSubjects: annex.ListAt("1.2", annex.DataSubject{Kind: annex.SubjectPersonsUnder18})}
	fmt.Println(d.ProcessesChildren().Label(nb))
	fmt.Println(annex.Description{}.ProcessesChildren().Label(nb))
	// Output:
	// Ja
	// Ikke oppgitt
}

func ExampleDescription_ProcessesSpecialCategories() {
	d := annex.Description{SpecialCategories: annex.ListAt("Vedlegg 1",
		annex.SpecialCategory{Kind: annex.SpecialHealth, Text: "kartlegging av symptomer på angst og depresjon"},
	)}
	fmt.Println(d.ProcessesSpecialCategories())
	// Output: yes
}

func ExampleDescription_AppendForm() {
	d := annex.Description{SecurityNeeds: annex.ListAt("Vedlegg 1", annex.SecurityNeed{Kind: annex.NeedConfidentiality})}
	form := string(d.AppendForm(nil, language.English, annex.Markdown))
	_, needs, _ := strings.Cut(form, "## Special security needs\n\n")
	needs, _, _ = strings.Cut(needs, "\n\n## ")
	fmt.Println(needs)
	// Output:
	// Source: Vedlegg 1
	//
	// - ☒ Confidentiality
	// - ☐ Integrity
	// - ☐ Availability
	// - ☐ Privacy-enhancing technologies (for example data protection by design)
}

func ExampleDescription_WriteForm() {
	d := annex.Description{Operations: annex.ListAt("Om avtalen", annex.Operation{Kind: annex.OpStorage})}
	var b strings.Builder
	_ = d.WriteForm(&b, nb, annex.PlainText)
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "  ☒") {
			fmt.Println(line)
		}
	}
	// Output:
	//   ☒ Lagring
}

func ExampleItem_MarshalJSONTo() {
	items := []annex.Measure{
		{Kind: annex.MeasureEventLogging},
		{Kind: annex.MeasureOther, Text: "Logisk separasjon", Clause: "Logisk separasjon"},
	}
	json.MarshalWrite(os.Stdout, items)
	fmt.Println()
	// Output: ["event-logging",{"kind":"other","text":"Logisk separasjon","clause":"Logisk separasjon"}]
}

func ExampleItem_UnmarshalJSONFrom() {
	var subjects []annex.DataSubject
	err := json.Unmarshal([]byte(`["patients", {"kind": "other", "text": "Veiledere"}]`), &subjects)
	fmt.Println(subjects, err)
	err = json.Unmarshal([]byte(`["patient"]`), &subjects)
	fmt.Println(err != nil)
	// Output:
	// [patients other: Veiledere] <nil>
	// true
}

func ExampleSpecialKind_Article() {
	for _, k := range []annex.SpecialKind{annex.SpecialHealth, annex.SpecialCriminalConvictions} {
		fmt.Printf("%s: Art. %d\n", k, k.Article())
	}
	// Output:
	// health: Art. 9
	// criminal-convictions: Art. 10
}

func ExamplePurposeKind_Label() {
	for _, tag := range []string{"nb", "nn", "en"} {
		fmt.Println(annex.PurposeCameraSurveillance.Label(language.MustParse(tag)))
	}
	// Output:
	// Kameraovervåkning
	// Kameraovervåkning
	// Camera surveillance
}

func ExampleMeasureKind_AnnexIII() {
	fmt.Println(annex.MeasureEventLogging.AnnexIII(), annex.MeasureEventLogging.Label(language.English))
	// Output: 9 Measures for ensuring events logging
}

func ExampleSubjectKind_Children() {
	fmt.Println(annex.SubjectPersonsUnder18.Children(), annex.SubjectPupils.Children())
	// Output: true false
}

// A summary of MailMojo's description, as a tour or a log line would show
// it.
func ExampleDescription_AppendSummary() {
	d := annex.Description{
		Purposes: annex.ListAt("1",
			annex.Purpose{Kind: annex.PurposeNewsletterSending},
			annex.Purpose{Kind: annex.PurposeResponseAnalytics},
		),
		DataCategories:   annex.BlankAt[annex.DataKind]("1"),
		SecurityMeasures: annex.BlankAt[annex.MeasureKind]("2.3.2"),
	}
	fmt.Print(string(d.AppendSummary(nil, nb, "  ")))
	// Output:
	//   Formål: Utsendelse av nyhetsbrev og e-postmarkedsføring; Måling og analyse av respons på utsendelser (pkt. 1)
	//   Registrerte: avtalen har ingen slik liste
	//   Personopplysninger: listen står tom i avtaleteksten (pkt. 1)
	//   Særlige kategorier: avtalen har ingen slik liste
	//   Behandlingsaktiviteter: avtalen har ingen slik liste
	//   Spesielle sikkerhetsbehov: avtalen har ingen slik liste
	//   Sikkerhetstiltak: listen står tom i avtaleteksten (pkt. 2.3.2)
	//   Opplysninger om barn: Ikke oppgitt
}
