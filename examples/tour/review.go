package main

import (
	"fmt"
	"github.com/personvern/dpa/agreement/review"
	"io"
	"strings"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// reviewDay is the day the tour reviews every seed on. It is fixed, not
// today, so the tour prints the same on every run.
var reviewDay = obligation.NewDate(2026, 11, 23)

// printReview prints the Art. 28 review of a, in Norwegian unless the tag
// asks for English. printAgreement calls it after every other section, so
// each seed's part of the tour ends with its review.
func printReview(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Gjennomgang etter GDPR art. 28", "Review against GDPR Art. 28"))
	var b strings.Builder
	r, err := review.Agreement(a, reviewDay)
	if err == nil {
		err = r.WriteText(&b, tag)
	}
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	writeIndented(w, b.String())
}
