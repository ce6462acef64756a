package main

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestTourPrintsEverySeed runs the tour in both languages and checks that
// each agreement and the facts its text gives appear.
func TestTourPrintsEverySeed(t *testing.T) {
	for _, tc := range []struct {
		tag  language.Tag
		want []string
	}{
		{language.Norwegian, []string{
			"We Are Media: Databehandleravtale", "Assistert Selvhjelp AS: TJENESTEAVTALE",
			"Nortelecom: Databehandlingsavtale", "MailMojo: Databehandleravtale", "We4you AS: Databehandling og behandling",
			"Kristiansand tingrett", "oppsigelsesfrist 6 måneder", "org.nr. 998504163", "Oslo tingrett",
			"versjon 1.0 av 24. mai 2018", "norsk rett",
		}},
		{language.English, []string{
			"We Are Media: Databehandleravtale", "We4you AS:", "notice 6 months", "renewed automatically for 12 months",
			"version 1.0 of 24 May 2018", "Norwegian law", "“Kristiansand tingrett” (district court)",
		}},
	} {
		var buf bytes.Buffer
		if err := tour(&buf, tc.tag); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("tour (%v) does not print %q", tc.tag, w)
			}
		}
	}
}

// TestTourOneLanguage: a tag that is neither Norwegian nor English gets
// the English tour throughout, as the library's own labels do, and every
// Norwegian tag (nb, nn, no) the Bokmål one.
func TestTourOneLanguage(t *testing.T) {
	run := func(tag language.Tag) string {
		var buf bytes.Buffer
		if err := tour(&buf, tag); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	if en, de := run(language.English), run(language.German); de != en {
		t.Error("tour (de) differs from tour (en)")
	}
	nb := run(language.MustParse("nb"))
	for _, tag := range []string{"nn", "no"} {
		if run(language.MustParse(tag)) != nb {
			t.Errorf("tour (%s) differs from tour (nb)", tag)
		}
	}
}
