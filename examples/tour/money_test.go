package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

// TestTourMoney checks the caps for 2026 the tour prints in Norwegian,
// against the seeds' texts: MailMojo 4 ("begrenset til kr 25 000"),
// Assistert Selvhjelp's annual fee (the tour's example NOK 120 000),
// Nortelecom 9.6's unstated maximum, and no cap for the others.
func TestTourMoney(t *testing.T) {
	nb := language.MustParse("nb")
	want := map[string][]string{
		"mailmojo": {
			"ansvarsbegrensning 2026: kr\u00a025\u00a0000 per kalenderår (pkt. 4); gjelder ikke ved grov uaktsomhet eller forsett (pkt. 4)",
			"2026: kr\u00a065\u00a0000 kan kreves av kr\u00a076\u00a0000 krevd",
			"2027: kr\u00a08\u00a0000 kan kreves",
			"30. september 2026: kr\u00a09\u00a0000, direkte tap, uaktsomhet; kan kreves: kr\u00a03\u00a0000; ansvarsbegrensningen er nådd, avkortet med kr\u00a06\u00a0000 (pkt. 4)",
		},
		"assistert-selvhjelp": {
			"ansvarsbegrensning 2026: kr\u00a0120\u00a0000 per kalenderår",
			"motstrid: kostnadsfritt (pkt. Databehandlers plikter) mot databehandlers vanlige timesatser (vedlegg 2, Kompensasjon)",
			"kan ikke kreves erstattet: indirekte tap, herunder tapt fortjeneste og tapte besparelser (pkt. Mislighold)",
			"refusjon, oppsigelse etter vesentlige endringer i avtalen: forholdsmessig etter ubrukte tjenester og gjenstående tid",
		},
		"nortelecom":   {"begrenset av et maksimalbeløp som ikke er oppgitt (pkt. 9.6)"},
		"we-are-media": {"ansvarsbegrensning 2026: ingen ansvarsbegrensning oppgitt"},
		"we4you":       {"ansvarsbegrensning 2026: ingen ansvarsbegrensning oppgitt"},
	}
	for _, a := range examples.All() {
		var buf bytes.Buffer
		printMoney(&buf, a, nb)
		for _, w := range want[a.ID] {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s: the tour does not print %q in:\n%s", a.ID, w, buf.String())
			}
		}
	}
	var buf bytes.Buffer
	printMoney(&buf, agreement.Agreement{ID: "x"}, language.English)
	if !strings.Contains(buf.String(), "liability cap 2026: no cap stated") {
		t.Errorf("English: %s", buf.String())
	}
}
