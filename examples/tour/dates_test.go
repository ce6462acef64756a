package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/personvern/dpa/examples"
	"golang.org/x/text/language"
)

// The tour's date rule (style.go): in running text a day is written out,
// "15. januar 2026" or "15 January 2026"; the numeric forms belong to the
// agenda's date column only. Identifiers that hold a date (LOV-2014-06-20-42)
// and quotations of the agreement are not dates of the tour's own.
var (
	isoDay     = regexp.MustCompile(`(^|[^\w-])\d{4}-\d\d-\d\d($|[^\w-])`)
	numericDay = regexp.MustCompile(`(^|[^\w.])\d\d\.\d\d\.\d{4}($|[^\w])`)
	// agendaRow is a line of an agenda: its date column first.
	agendaRow = regexp.MustCompile(`^\s*(\d\d\.\d\d\.\d{4}|\d{4}-\d\d-\d\d) \d\d:\d\d  `)
)

// proseDates returns the lines of out that write a day in a numeric form
// outside the agenda's date column and outside quotations.
func proseDates(out string) []string {
	var bad []string
	for _, line := range strings.Split(out, "\n") {
		bare := quoted.ReplaceAllString(agendaRow.ReplaceAllString(line, ""), "")
		if isoDay.MatchString(bare) || numericDay.MatchString(bare) {
			bad = append(bad, strings.TrimSpace(line))
		}
	}
	return bad
}

// TestTourWritesDaysByItsRule prints every agreement's section, review
// included, in both languages and reports a numeric day in running text.
func TestTourWritesDaysByItsRule(t *testing.T) {
	for _, lang := range []string{"nb", "en"} {
		for _, a := range append(examples.All(), examples.Corpus()...) {
			var buf bytes.Buffer
			printAgreement(&buf, a, language.MustParse(lang))
			for _, l := range proseDates(buf.String()) {
				t.Errorf("%s, %s: a numeric day in running text: %s", lang, a.ID, l)
			}
		}
	}
}

// TestDateRuleCheckFails makes sure the check finds a numeric day in
// running text and leaves the agenda's column, identifiers and quotations
// alone.
func TestDateRuleCheckFails(t *testing.T) {
	for _, tt := range []struct {
		line string
		bad  bool
	}{
		{"    the agreement, Norway: no transfer; NO is in the EEA on 2026-11-23", true},
		{"    Avtalen viser til helseregisterloven, opphevet fra 01.01.2015.", true},
		{"    30.06.2026 23:59  databehandler: stanse behandlingen (pkt. 10)", false},
		{"    2026-06-30 23:59  processor: cease processing (clause 10)", false},
		{"    the Patient Records Act (LOV-2014-06-20-42)", false},
		{"    clause “Subprocessor Directory (Last updated: 2022-04-07)”", false},
	} {
		if got := len(proseDates(tt.line)) == 1; got != tt.bad {
			t.Errorf("%q: reported %v, want %v", tt.line, got, tt.bad)
		}
	}
}
