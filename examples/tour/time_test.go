package main

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestTourPrintsAgendas checks the dates the tour's agenda section prints,
// worked out from the texts: Assistert Selvhjelp ends at the end of 15 July
// 2026 (6 months' notice), its inspection notice is due on 31 January, and
// Nortelecom's audit plan on 2 February (9.8).
func TestTourPrintsAgendas(t *testing.T) {
	var buf bytes.Buffer
	if err := tour(&buf, language.Norwegian); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"15.07.2026 23:59  databehandler: stanse behandlingen; 6 måneder (pkt. Varighet og opphør)",
		"31.01.2026 23:59  behandlingsansvarlig: varsle revisjon; 30 dager før",
		"02.02.2026 23:59  behandlingsansvarlig: sende detaljert revisjonsplan; 4 uker før (pkt. 9.8)",
		"30.09.2026 23:59  databehandler: slette personopplysningene; 3 måneder",
		"avtalen fastsetter ikke selv når den opphører",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("tour does not print %q", want)
		}
	}
}

// TestTourCitesTheAuditCostWhereTheTextPutsIt: Nortelecom grants the
// audit in 9.7 and puts its cost in 9.12 («Enhver revisjon utføres for den
// databehandlingsansvarliges regning»); the agenda cites each clause for
// its own term.
func TestTourCitesTheAuditCostWhereTheTextPutsIt(t *testing.T) {
	for _, tt := range []struct {
		lang, want string
	}{
		{"nb", "gi adgang til revisjon; med mindre revisjonsrapporten er godtatt i stedet for revisjon (pkt. 9.7); for behandlingsansvarliges regning (pkt. 9.12)"},
		{"en", "(clause 9.7); at the controller's cost (clause 9.12)"},
	} {
		var buf bytes.Buffer
		if err := tour(&buf, language.MustParse(tt.lang)); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tt.want) {
			t.Errorf("%s tour does not print %q", tt.lang, tt.want)
		}
	}
}
