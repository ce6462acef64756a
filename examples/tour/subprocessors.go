package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

func init() { sections = append(sections, printSubprocessors) }

// The tour's subprocessor change: a new subprocessor in the United States,
// planned to start on 1 March 2026, assessed on 1 December 2025 at 09:00
// with the notice sent then; transfers are evaluated on 23 November 2026.
var (
	tourChangeStart = time.Date(2026, time.March, 1, 0, 0, 0, 0, tourCal.Location())
	tourChangeAt    = time.Date(2025, time.December, 1, 9, 0, 0, 0, tourCal.Location())
	tourTransferDay = obligation.NewDate(2026, time.November, 23)
)

func printSubprocessors(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Underleverandører", "Subprocessors"))
	writeIndented(w, a.Subprocessors.Table(tag))

	heading(w, tr(tag, "Ny underleverandør i USA fra 1. mars 2026 (vurdert 1. desember 2025 kl. 09:00)",
		"New subprocessor in the United States from 1 March 2026 (assessed 1 December 2025 at 09:00)"))
	p := a.SubprocessorPolicy
	as, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Name: "Ny leverandør, Inc.", Start: tourChangeStart}, tourChangeAt, tourCal)
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "godkjenning", "authorisation"), provisionText(p.Authorisation.Provision, p.Authorisation.Kind.Label(tag), tag))
	var ch []string
	for _, c := range as.Channels {
		ch = append(ch, c.Label(tag))
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "varsling", "announcement"), provisionText(p.Announcement.Provision, strings.Join(ch, ", "), tag))
	notice := tr(tag, "varsel skyldes (personvernforordningen art. 28 nr. 2)", "notice owed (GDPR Art. 28(2))")
	switch {
	case !as.LatestNotice.IsZero():
		notice += tr(tag, "; senest ", "; at the latest on ") + as.LatestNotice.String() + " (" + as.NoticePeriod.Label(tag) + clauseText(as.NoticeClause, tag) + ")"
	case !as.NoticePeriod.IsZero():
		notice += "; " + as.NoticePeriod.Label(tag) + tr(tag, ", ingen fast dato", ", no fixed date") + clauseText(as.NoticeClause, tag)
	default:
		notice += tr(tag, "; ingen frist angitt", "; no period stated")
	}
	fmt.Fprintf(w, "    %s\n", notice)
	if !as.EarliestStart.IsZero() {
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "tidligste oppstart ved varsel 1. desember", "earliest start with notice on 1 December"), as.EarliestStart)
	}
	obj := provisionText(p.Objection.Provision, tr(tag, "kan protestere", "may object"), tag)
	if !as.ObjectionPeriod.IsZero() {
		obj += ", " + as.ObjectionPeriod.Label(tag)
	}
	if !as.ObjectionBy.IsZero() {
		obj += tr(tag, ", senest ", ", by ") + as.ObjectionBy.Format("2006-01-02 15:04 MST")
	}
	if as.Justified {
		obj += tr(tag, ", bare med saklig begrunnelse", ", on justified grounds only")
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "innsigelse", "objection"), obj)
	rem := as.Remedy.Effect.Label(tag)
	if as.Remedy.Effect == 0 {
		rem = ""
	}
	for i, o := range as.Remedy.Options {
		if i == 0 {
			rem += ": "
		} else {
			rem += "; "
		}
		rem += fmt.Sprintf("(%d) %s", i+1, o.Label(tag))
	}
	if !as.Remedy.Termination.IsZero() {
		rem += tr(tag, ", oppsigelse ", ", termination ") + as.Remedy.Termination.Label(tag)
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "virkning", "effect"), provisionText(as.Remedy.Provision, rem, tag))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "refusjon", "refund"), provisionText(as.Refund.Provision, as.Refund.Kind.Label(tag), tag))
	if as.DeemedAccepted {
		fmt.Fprintf(w, "    %s %s%s\n", tr(tag, "ansett som akseptert etter", "deemed accepted after"), as.AcceptedAfter.Format("2006-01-02 15:04 MST"), clauseText(as.SilenceClause, tag))
	}
	us := subprocessor.In("US")
	best := subprocessor.Transfer(us, subprocessor.Safeguard{Clause: p.Transfers.Clause}, obligation.DateOf(tourChangeStart))
	for _, m := range p.Transfers.Mechanisms {
		if f := subprocessor.Transfer(us, subprocessor.Safeguard{Mechanism: m, Clause: p.Transfers.Clause}, obligation.DateOf(tourChangeStart)); f.Outcome == subprocessor.BasisFound && best.Outcome != subprocessor.BasisFound {
			best = f
		}
	}
	fmt.Fprintf(w, "    %s: %s: %s\n", tr(tag, "overføring til USA 1. mars 2026", "transfer to the United States on 1 March 2026"), best.Outcome.Label(tag), best.Explain(tag))

	heading(w, tr(tag, "Overføringer 23. november 2026", "Transfers on 23 November 2026"))
	findings := append(a.Subprocessors.Transfers(tourTransferDay), p.Transfers.Findings(tourTransferDay)...)
	if len(findings) == 0 {
		fmt.Fprintf(w, "    %s\n", tr(tag, "ingen steder oppgitt", "no places stated"))
	}
	for _, f := range findings {
		who := f.Path
		if who == "" {
			who = tr(tag, "avtalen", "the agreement")
		}
		place := f.Location.Label(tag)
		if f.Access {
			place = tr(tag, "tilgang fra ", "access from ") + place
		}
		fmt.Fprintf(w, "    %s, %s: %s: %s%s\n", who, place, f.Outcome.Label(tag), f.Explain(tag), clauseText(f.Clause, tag))
	}
}
