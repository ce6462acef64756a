package annex

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is a description with every list state: stated lists with known,
// described and "other" items, an explicit none, a blank list, an absent
// list, and texts that look like Markdown.
func sample() Description {
	return Description{
		Purposes: ListAt("Vedlegg 1",
			Purpose{Kind: PurposeHealthServices, Clause: "Omfang"},
			Purpose{Kind: PurposeOther, Text: "Oppfølging av *sluttbrukere* [veiledning] <b>"},
			Purpose{Kind: PurposeOther, Text: "Statistikk", Clause: "Vedlegg 1 ¶3"},
		),
		DataSubjects: ListAt("Vedlegg 1",
			DataSubject{Kind: SubjectPatients},
			DataSubject{Kind: SubjectPersonsUnder18, Text: "Personer under 18 år"},
		),
		DataCategories:    BlankAt[DataKind]("Vedlegg 1 ¶2"),
		SpecialCategories: ListAt("Vedlegg 1", SpecialCategory{Kind: SpecialHealth, Text: "Skårer for angst og depresjon"}, SpecialCategory{Kind: SpecialOffences}),
		SecurityNeeds:     NoneAt[NeedKind]("3.1"),
		SecurityMeasures: ListAt("Vedlegg 2",
			Measure{Kind: MeasureTransmission, Text: "HTTPS_only & TLS 1.3", Clause: "8.1(1)"},
			Measure{Kind: MeasureOther, Text: "Logisk separasjon av kunder"},
		),
		Nature:   Statement{Clause: "Tema", Text: "1. Lagring\nog tilgjengeliggjøring # for sluttbrukere"},
		Duration: Statement{Clause: "12.1", Text: "Så lenge tjenesten leveres."},
	}
}

func TestFormGolden(t *testing.T) {
	cases := []struct {
		file string
		d    Description
		tag  language.Tag
		f    Format
	}{
		{"sample.nb.txt", sample(), nb, PlainText},
		{"sample.en.txt", sample(), en, PlainText},
		{"sample.nb.md", sample(), nb, Markdown},
		{"sample.en.md", sample(), en, Markdown},
		{"zero.en.txt", Description{}, en, 0},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.d.WriteForm(&buf, c.tag, c.f); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", c.file)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("%s differs from the rendering; run go test -update and review the diff\ngot:\n%s", path, buf.Bytes())
			}
		})
	}
}

// The golden files are reviewed by eye; these assertions pin what the
// form must say whatever its layout.
func TestFormContents(t *testing.T) {
	d := sample()
	text := string(d.AppendForm(nil, nb, PlainText))
	for _, want := range []string{
		"  ☒ Helsetjenester (Omfang)\n",
		"  ☐ Personaladministrasjon\n",
		"  ☒ Annet (vennligst spesifiser): Oppfølging av *sluttbrukere* [veiledning] <b>\n",
		"  ☒ Annet (vennligst spesifiser): Statistikk (Vedlegg 1 ¶3)\n",
		"  ☒ Personer under 18 år\n      – Personer under 18 år\n",
		"Personopplysninger om barn: Ja\n",
		"Særlige kategorier av personopplysninger: Ja\n",
		"  ☒ Særlige kategorier av personopplysninger: se nedenfor\n",
		"  ☒ Opplysninger om lovovertredelser (art. 10)\n",
		"  ☒ Helseopplysninger (art. 9 nr. 1)\n      – Skårer for angst og depresjon\n",
		"  Listen står tom i avtaleteksten.\n",
		"  Avtalen sier uttrykkelig at det ikke er noen.\n",
		"  Avtalen har ingen slik liste.\n",
		"  ☐ Andre (vennligst spesifiser):\n",
		"  1. Lagring og tilgjengeliggjøring # for sluttbrukere\n",
		"      – HTTPS_only & TLS 1.3 (8.1(1))\n",
		"  ☒ Andre tiltak (vennligst spesifiser): Logisk separasjon av kunder\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text form lacks %q", want)
		}
	}
	md := string(d.AppendForm(nil, en, Markdown))
	for _, want := range []string{
		"# Processing of personal data: purposes and categories\n",
		"- Personal data about children: **Yes**\n",
		"## Purposes of the processing\n\nSource: Vedlegg 1\n\n- ☐ Personnel administration\n",
		`- ☒ Other (please specify): Oppfølging av \*sluttbrukere\* \[veiledning\] \<b\>` + "\n",
		"1\\. Lagring og tilgjengeliggjøring # for sluttbrukere\n",
		`  - HTTPS\_only \& TLS 1.3 (8.1(1))` + "\n",
		"The list is empty in the agreement's text.\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown form lacks %q", want)
		}
	}
	if strings.Contains(md, "\n\n\n") {
		t.Error("Markdown form has more than one blank line in a row")
	}
}

func TestAppendFormKeepsPrefix(t *testing.T) {
	out := Description{}.AppendForm([]byte("prefix\n"), en, PlainText)
	if !bytes.HasPrefix(out, []byte("prefix\nProcessing of personal data")) {
		t.Errorf("AppendForm lost or changed the prefix: %q", out[:40])
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteFormError(t *testing.T) {
	if err := sample().WriteForm(failWriter{}, en, Markdown); err == nil || err.Error() != "disk full" {
		t.Errorf("WriteForm error = %v, want the writer's", err)
	}
}

func TestAppendFormNoAllocs(t *testing.T) {
	d := sample()
	buf := make([]byte, 0, 1<<16)
	if n := testing.AllocsPerRun(50, func() { buf = d.AppendForm(buf[:0], nb, Markdown) }); n != 0 {
		t.Errorf("AppendForm into a large enough buffer allocates %v times", n)
	}
}

func TestSummary(t *testing.T) {
	got := string(sample().AppendSummary(nil, en, "- "))
	want := "- Purposes: Health services; Oppfølging av *sluttbrukere* [veiledning] <b>; Statistikk (clause Vedlegg 1)\n" +
		"- Data subjects: Patients; Persons under 18 (clause Vedlegg 1)\n" +
		"- Personal data: the list is empty in the agreement's text (clause Vedlegg 1 ¶2)\n" +
		"- Special categories: Data concerning health; Personal data relating to offences (clause Vedlegg 1)\n" +
		"- Operations: the agreement has no such list\n" +
		"- Special security needs: the agreement states that there are none (clause 3.1)\n" +
		"- Security measures: 2 measures (clause Vedlegg 2)\n" +
		"- Children's data: Yes\n"
	if got != want {
		t.Errorf("summary:\n%s\nwant:\n%s", got, want)
	}
	long := Description{Purposes: ListAt("1",
		Purpose{Kind: PurposeOther, Text: strings.Repeat("å", 70)},
		Purpose{Kind: PurposeSwitchboard, Text: "a"},
		Purpose{Kind: PurposeSwitchboard, Text: "b"},
	)}
	line, _, _ := strings.Cut(string(long.AppendSummary(nil, nb, "")), "\n")
	if want := "Formål: " + strings.Repeat("å", 60) + "…; Sentralbordtjeneste for den behandlingsansvarliges innringere (pkt. 1)"; line != want {
		t.Errorf("got  %q\nwant %q", line, want)
	}
}
