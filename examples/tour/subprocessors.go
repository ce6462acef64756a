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
	heading(w, tr(tag, "Underdatabehandlere", "Subprocessors"))
	printRegister(w, a, tag)

	heading(w, tr(tag, "Ny underdatabehandler i USA fra ", "New subprocessor in the United States from ")+
		proseDate(obligation.DateOf(tourChangeStart), tag)+tr(tag, ", vurdert ", ", assessed on ")+proseTime(tourChangeAt, tag))
	p := a.SubprocessorPolicy
	as, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Name: "Ny leverandør, Inc.", Start: tourChangeStart}, tourChangeAt, tourCal)
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "tillatelse", "authorisation"), provisionText(p.Authorisation.Provision, authorisationText(p.Authorisation.Kind, tag), tag, a.Language))
	var ch []string
	for _, c := range as.Channels {
		ch = append(ch, c.Label(tag))
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "varsling", "announcement"), provisionText(p.Announcement.Provision, strings.Join(ch, ", "), tag, a.Language))
	notice := tr(tag, "varsel kreves etter GDPR art. 28 nr. 2", "notice required by GDPR Art. 28(2)")
	switch {
	case !as.LatestNotice.IsZero():
		notice += tr(tag, "; senest ", "; at the latest on ") + proseDate(as.LatestNotice, tag) + ", " + as.NoticePeriod.Label(tag) +
			tr(tag, " før oppstart", " before the start") + paren(citeClause(as.NoticeClause, tag, a.Language))
	case !as.NoticePeriod.IsZero():
		notice += "; " + as.NoticePeriod.Label(tag) + tr(tag, ", ingen fast dato", ", no fixed date") + paren(citeClause(as.NoticeClause, tag, a.Language))
	default:
		notice += tr(tag, "; avtalen angir ingen frist", "; the agreement sets no period")
	}
	fmt.Fprintf(w, "    %s\n", notice)
	if !as.EarliestStart.IsZero() {
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "tidligste oppstart ved varsel ", "earliest start with notice on ")+proseDate(obligation.DateOf(tourChangeAt), tag), proseDate(as.EarliestStart, tag))
	}
	obj := provisionText(p.Objection.Provision, tr(tag, "kan motsette seg endringen", "may object to the change"), tag, a.Language)
	if !as.ObjectionPeriod.IsZero() {
		obj += ", " + as.ObjectionPeriod.Label(tag)
	}
	if !as.ObjectionBy.IsZero() {
		obj += tr(tag, ", senest ", ", by ") + proseEnd(as.ObjectionBy, tag)
	}
	if as.Justified {
		obj += tr(tag, ", bare med saklig begrunnelse", ", on justified grounds only")
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "rett til å motsette seg", "right to object"), obj)
	rem := ""
	if as.Remedy.Effect != 0 {
		rem = as.Remedy.Effect.Label(tag)
	}
	for i, o := range as.Remedy.Options {
		if i == 0 {
			rem += ": "
		} else {
			rem += "; "
		}
		rem += fmt.Sprintf("%d. %s", i+1, o.Label(tag))
	}
	if !as.Remedy.Termination.IsZero() {
		if as.Remedy.Termination.Kind == obligation.Immediately {
			rem += tr(tag, ", med umiddelbar virkning", ", with immediate effect")
		} else {
			rem += tr(tag, ", oppsigelsesfrist ", ", notice ") + as.Remedy.Termination.Label(tag)
		}
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "virkning av innsigelse", "effect of an objection"), provisionText(as.Remedy.Provision, rem, tag, a.Language))
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "refusjon", "refund"), provisionText(as.Refund.Provision, as.Refund.Kind.Label(tag), tag, a.Language))
	if as.DeemedAccepted {
		// The text ties acceptance to not objecting or not terminating; the
		// date is the library's reading of the objection window, not a
		// term.
		fmt.Fprintf(w, "    %s: %s%s; %s %s\n", tr(tag, "ansett som akseptert", "deemed accepted"),
			tr(tag, "når behandlingsansvarlig ikke har sagt opp", "when the controller has not terminated"), paren(citeClause(as.SilenceClause, tag, a.Language)),
			tr(tag, "utledet, ikke avtalt: etter innsigelsesfristen", "inferred, not agreed: after the objection window,"), proseEnd(as.AcceptedAfter, tag))
	}
	// The new subprocessor is judged under the agreement's general
	// transfer terms as they stand: a basis they only name counts as
	// named, not as concluded for the recipient.
	t := p.Transfers
	t.Locations, t.Access = []subprocessor.Location{subprocessor.In("US")}, nil
	best := t.Findings(obligation.DateOf(tourChangeStart))[0].Finding
	fmt.Fprintf(w, "    %s: %s; %s\n", tr(tag, "overføring til USA ", "transfer to the United States on ")+proseDate(obligation.DateOf(tourChangeStart), tag), best.Outcome.Label(tag), best.Explain(tag))

	heading(w, tr(tag, "Overføringer ", "Transfers on ")+proseDate(tourTransferDay, tag))
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
		fmt.Fprintf(w, "    %s, %s: %s; %s%s\n", who, place, f.Outcome.Label(tag), f.Explain(tag), paren(citeClause(f.Clause, tag, a.Language)))
	}
}

// authorisationText names the kind of authorisation in the words of
// GDPR Art. 28(2): «særlig eller generell skriftlig tillatelse».
func authorisationText(k subprocessor.Authorisation, tag language.Tag) string {
	switch k {
	case subprocessor.Specific:
		return tr(tag, "særlig skriftlig tillatelse", "prior specific written authorisation")
	case subprocessor.General:
		return tr(tag, "generell skriftlig tillatelse", "general written authorisation")
	}
	return k.Label(tag)
}

// printRegister lists the subprocessors in the agreement's order, one per
// line, with the text's own words quoted.
func printRegister(w io.Writer, a agreement.Agreement, tag language.Tag) {
	r := a.Subprocessors
	if len(r.Entries) == 0 {
		switch {
		case r.Source == subprocessor.Referenced:
			fmt.Fprintf(w, "    %s: %s%s\n", tr(tag, "listen holdes i et annet dokument", "the list is kept in another document"),
				quote(r.Reference, tag), paren(citeClause(r.Clause, tag, a.Language)))
		default:
			fmt.Fprintf(w, "    %s\n", provisionText(r.Provision, tr(tag, "ingen oppført", "none listed"), tag, a.Language))
		}
		return
	}
	for _, e := range r.Entries {
		line := e.Name
		if e.Service != "" && e.Service != e.Name {
			line += ", " + e.Service
		}
		var parts []string
		if e.Purpose != "" {
			parts = append(parts, tr(tag, "formål ", "purpose ")+quote(strings.TrimSuffix(e.Purpose, "."), tag))
		}
		if e.OptIn {
			parts = append(parts, tr(tag, "bare om behandlingsansvarlig slår det på", "only if the controller enables it"))
		}
		if e.Reach != 0 {
			reach := e.Reach.Label(tag)
			if len(e.Categories) > 0 {
				cats := make([]string, len(e.Categories))
				for i, c := range e.Categories {
					cats[i] = quote(c, tag)
				}
				reach += " " + strings.Join(cats, ", ")
			}
			parts = append(parts, reach)
		}
		var places []string
		for _, l := range e.Processing {
			places = append(places, l.Label(tag))
		}
		if len(places) == 0 {
			parts = append(parts, tr(tag, "sted ikke oppgitt", "place not stated"))
		} else {
			parts = append(parts, tr(tag, "behandles i ", "processed in ")+strings.Join(places, ", "))
		}
		fmt.Fprintf(w, "    %s: %s%s\n", line, strings.Join(parts, "; "), paren(citeClause(e.Clause, tag, a.Language)))
	}
}
