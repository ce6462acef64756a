package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// calendarOf is the calendar a command counts a's periods in: the one the
// agreement names, Europe/Oslo and Norwegian public holidays by default.
func calendarOf(a agreement.Agreement) obligation.Calendar { return a.Calendar.Calendar() }

// tr picks the Norwegian or the English text for tag, by the rule the
// library's labels follow.
func tr(tag language.Tag, nb, en string) string {
	if enum.Norwegian(tag) {
		return nb
	}
	return en
}

// clauseText is " (pkt. 2.7)" or " (clause 2.7)", or "" without a clause.
func clauseText(c obligation.Clause, tag language.Tag) string {
	if c == "" {
		return ""
	}
	return tr(tag, " (pkt. ", " (clause ") + string(c) + ")"
}

// timeText shows an instant in Oslo time, to the minute.
func timeText(t time.Time) string {
	return t.In(oslo).Format("2006-01-02 15:04 MST")
}

// item writes one line of a list: indented in text, a bullet in Markdown.
func item(w io.Writer, o *options, format string, args ...any) {
	if o.format == markdownFormat {
		fmt.Fprintf(w, "- "+format+"\n", args...)
		return
	}
	fmt.Fprintf(w, "  "+format+"\n", args...)
}

var validateCommand = command{
	name:    "validate",
	summary: "decode each file strictly and check it; list every problem with its JSON path",
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		item(w, o, "%s", tr(o.tag, "velformet: ingen feil funnet", "well formed: no problems found"))
		return nil, exitOK, nil
	},
}

var reviewCommand = command{
	name:    "review",
	summary: "the Art. 28 review of each agreement on the day --on",
	flags: func(fs *flag.FlagSet, v *flagValues) {
		fs.StringVar(&v.failOn, "fail-on", "", "exit 1 when a finding is at least this severe: unmet or weak")
	},
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		r, err := review.Agreement(a, o.on)
		if err != nil {
			return nil, exitBadInput, err
		}
		status := exitOK
		for _, f := range r.Findings {
			if o.failOn != 0 && f.Severity != 0 && f.Severity <= o.failOn {
				status = exitFindings
			}
		}
		switch o.format {
		case markdownFormat:
			err = r.WriteMarkdown(w, o.tag)
		case textFormat:
			err = r.WriteText(w, o.tag)
		}
		return reviewJSON(r, o.tag), status, err
	},
}

// reviewView is the JSON form of a review: the report, with each
// finding's message in the language of --lang beside its data, so that
// a program reading the output need not know the message catalog.
type reviewView struct {
	review.Report
	Findings []findingView `json:"findings,omitempty"`
}

type findingView struct {
	review.Finding
	Message string `json:"message"`
}

func reviewJSON(r review.Report, tag language.Tag) reviewView {
	v := reviewView{Report: r}
	for _, f := range r.Findings {
		v.Findings = append(v.Findings, findingView{f, f.Message(tag)})
	}
	return v
}

var agendaCommand = command{
	name:    "agenda",
	summary: "the duties an event (--event at --at) creates, with their due instants",
	flags: func(fs *flag.FlagSet, v *flagValues) {
		fs.StringVar(&v.event, "event", "", "the `KIND` of event, such as termination-notice, last-use or audit-requested")
		fs.StringVar(&v.effective, "effective", "", "the `TIME` what the event announces takes effect (an audit's start, the agreement's end)")
		fs.StringVar(&v.by, "by", "", "for a termination notice, the `PARTY` who gave it: controller or processor")
		fs.StringVar(&v.under, "under", "", "for a termination notice, the `CLAUSE` of the right it exercises (default: notice without a ground)")
	},
	check: func(o *options) error {
		if o.event == 0 {
			return errors.New("--event is required: the kind of event, such as termination-notice")
		}
		if (o.by != 0 || o.under != "") && o.event != obligation.TerminationNotice {
			return errors.New("--by and --under are for --event termination-notice")
		}
		return nil
	},
	duties: func(o *options, a agreement.Agreement) ([]obligation.Duty, error) {
		return a.Agenda(agendaEvent(o), calendarOf(a))
	},
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		ev := agendaEvent(o)
		duties, err := a.Agenda(ev, calendarOf(a))
		if err != nil {
			return nil, exitOK, err
		}
		writeDuties(w, o, duties)
		if duties == nil {
			duties = []obligation.Duty{}
		}
		return duties, exitOK, nil
	},
}

// agendaEvent is the event the agenda command's options describe.
func agendaEvent(o *options) obligation.Event {
	return obligation.Event{Kind: o.event, At: o.at, Effective: o.effective, By: o.by, Clause: o.under}
}

// writeDuties writes one line per duty, or a line saying there are none.
func writeDuties(w io.Writer, o *options, duties []obligation.Duty) {
	if len(duties) == 0 {
		item(w, o, "%s", tr(o.tag, "ingen plikter etter avtalen", "no duties under the agreement"))
		return
	}
	for _, d := range duties {
		item(w, o, "%s", dutyText(d, o.tag))
	}
}

// dutyText is one duty on one line: when, who, what, and why.
func dutyText(d obligation.Duty, tag language.Tag) string {
	var when string
	switch {
	case d.Refused && d.Lifts != 0:
		when = tr(tag, "avslått med mindre ", "refused unless ") + d.Lifts.Label(tag)
	case d.Refused:
		when = tr(tag, "avslått", "refused")
	case d.Due.IsFixed():
		when = timeText(d.Due.At)
	case !d.Due.Period.IsZero():
		when = d.Due.Period.Label(tag)
	default:
		when = tr(tag, "ingen frist", "no deadline")
	}
	parts := []string{fmt.Sprintf("%s: %s: %s", when, d.Debtor.Label(tag), d.Action.Label(tag))}
	if d.Due.IsFixed() && !d.Due.Period.IsZero() {
		before := ""
		if d.Due.Before {
			before = tr(tag, " før", " before")
		}
		parts = append(parts, d.Due.Period.Label(tag)+before)
	}
	if d.Cost.Kind != 0 {
		parts = append(parts, d.Cost.Kind.Label(tag))
	}
	if d.OnRequest {
		parts = append(parts, tr(tag, "på forespørsel", "on request"))
	}
	if d.Survives {
		parts = append(parts, tr(tag, "gjelder etter opphør", "survives the end"))
	}
	s := strings.Join(parts, ", ") + clauseText(d.Clause, tag)
	// The condition, unless it only repeats "on request", and what an
	// undated duty waits for.
	if c := d.If; !(c.When == obligation.Requested && c.Unless == 0 && c.Choice == 0 && d.OnRequest) {
		if l := c.Label(tag); l != "" {
			s += ": " + l
		}
	}
	if d.Pending != 0 {
		s += ": " + d.Event.Label(tag) + ": " + d.Pending.Label(tag)
	}
	if d.Note != "" {
		s += ": " + d.Note
	}
	return s
}

var breachCommand = command{
	name:    "breach",
	summary: "the breach deadlines and missing notice contents for an incident discovered at --at",
	flags: func(fs *flag.FlagSet, v *flagValues) {
		fs.StringVar(&v.incident, "incident", "", "the incident as a JSON `FILE` (default: one discovered at --at)")
	},
	check: func(o *options) error {
		if o.incident == "" {
			return nil
		}
		data, err := os.ReadFile(o.incident)
		if err != nil {
			return fmt.Errorf("--incident: %w", err)
		}
		inc, err := breach.DecodeIncident(data)
		if err != nil {
			return fmt.Errorf("--incident %s: %w", o.incident, err)
		}
		o.inc = &inc
		return nil
	},
	duties: func(o *options, a agreement.Agreement) ([]obligation.Duty, error) {
		return a.Governing().Breach.Assess(o.incidentOrDefault(), o.at).Agenda(), nil
	},
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		as := a.Governing().Breach.Assess(o.incidentOrDefault(), o.at)
		v := breachView{Processor: processorView{
			Owed: as.Processor.Owed, Period: as.Processor.Period, Start: as.Processor.Start,
			Due: as.Processor.Due, Clause: as.Processor.Clause, Article: as.Processor.Article, Text: as.Processor.Text,
		}, Overdue: as.Overdue, Duties: as.Agenda()}
		if d := as.Authority; d.Owed {
			v.Authority = &authorityView{By: d.By, Hours: d.Rule.Hours, Article: d.Rule.Article, From: d.From, Due: d.Due, Latest: d.Latest, Clause: d.Clause}
		}
		for _, m := range as.MissingContents() {
			v.Missing = append(v.Missing, m.Item)
		}
		writeBreach(w, o, as)
		return v, exitOK, nil
	},
}

// incidentOrDefault is the incident of --incident, or one discovered at
// --at.
func (o *options) incidentOrDefault() breach.Incident {
	if o.inc != nil {
		return *o.inc
	}
	return breach.Incident{Discovered: o.at}
}

// breachView is the JSON form of a breach assessment.
type breachView struct {
	Processor processorView     `json:"processor"`
	Overdue   bool              `json:"overdue,omitzero"`
	Authority *authorityView    `json:"authority,omitzero"`
	Missing   []breach.Item     `json:"missing,omitzero"`
	Duties    []obligation.Duty `json:"duties,omitzero"`
}

type processorView struct {
	Owed    bool              `json:"owed"`
	Period  obligation.Period `json:"period,omitzero"`
	Start   time.Time         `json:"start,omitzero"`
	Due     time.Time         `json:"due,omitzero"`
	Clause  obligation.Clause `json:"clause,omitzero"`
	Article string            `json:"article,omitzero"`
	Text    string            `json:"text,omitzero"`
}

type authorityView struct {
	By      obligation.Party  `json:"by"`
	Hours   int               `json:"hours"`
	Article string            `json:"article"`
	From    time.Time         `json:"from,omitzero"`
	Due     time.Time         `json:"due,omitzero"`
	Latest  time.Time         `json:"latest,omitzero"`
	Clause  obligation.Clause `json:"clause,omitzero"`
}

func writeBreach(w io.Writer, o *options, as breach.Assessment) {
	tag := o.tag
	p := as.Processor
	line := breach.PeriodLabel(p.Period, p.BoundWherePossible, tag)
	if p.Text != "" {
		line += " («" + p.Text + "»)"
	}
	if !p.Start.IsZero() {
		line += tr(tag, ", fra ", ", from ") + p.StartedBy.Label(tag) + " " + timeText(p.Start)
	}
	if !p.Due.IsZero() {
		line += tr(tag, "; senest ", "; at the latest ") + timeText(p.Due)
	}
	item(w, o, "%s: %s%s", tr(tag, "databehandlers frist", "processor's deadline"), line, clauseText(p.Clause, tag))
	if d := as.Authority; d.Owed {
		s := fmt.Sprintf("%s, %d %s", d.By.Label(tag), d.Rule.Hours, tr(tag, "timer", "hours"))
		if !d.Due.IsZero() {
			s += tr(tag, ", tidligst ", ", at the earliest ") + timeText(d.Due)
		}
		if !d.Latest.IsZero() {
			s += tr(tag, ", senest ", ", at the latest ") + timeText(d.Latest)
		}
		s += " (" + d.Rule.Article + ")"
		item(w, o, "%s: %s", tr(tag, "melding til Datatilsynet", "notice to Datatilsynet"), s)
	}
	missing := as.MissingContents()
	if len(missing) == 0 {
		item(w, o, "%s", tr(tag, "varselet mangler ingenting", "the notice lacks nothing"))
		return
	}
	for _, m := range missing {
		cites := make([]string, len(m.Sources))
		for i, s := range m.Sources {
			cites[i] = s.Cite(tag)
		}
		item(w, o, "%s: %s (%s)", tr(tag, "varselet mangler", "the notice lacks"), m.Item.Label(tag), strings.Join(cites, "; "))
	}
}

var subprocessorCommand = command{
	name:    "subprocessor",
	summary: "what a subprocessor change (--change, noticed at --at) requires",
	flags: func(fs *flag.FlagSet, v *flagValues) {
		fs.StringVar(&v.change, "change", "add", "the `KIND` of change: add, replace, remove, relocate, move-access, widen or amend")
		fs.StringVar(&v.name, "name", "", "the `NAME` of the subprocessor concerned")
		fs.StringVar(&v.start, "start", "", "the `TIME` the subprocessor is planned to start")
	},
	check: func(o *options) error {
		if err := o.changeKind.UnmarshalText([]byte(o.change)); err != nil {
			return fmt.Errorf("--change: %w", err)
		}
		return nil
	},
	duties: func(o *options, a agreement.Agreement) ([]obligation.Duty, error) {
		as, err := a.Governing().SubprocessorPolicy.Assess(o.subprocessorChange(), o.at, calendarOf(a))
		if err != nil {
			return nil, err
		}
		return as.Agenda(calendarOf(a).Location()), nil
	},
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		as, err := a.Governing().SubprocessorPolicy.Assess(o.subprocessorChange(), o.at, calendarOf(a))
		if err != nil {
			return nil, exitOK, err
		}
		writeSubprocessor(w, o, as)
		return as, exitOK, nil
	},
}

// subprocessorChange is the change the flags describe, noticed at --at.
func (o *options) subprocessorChange() subprocessor.Change {
	return subprocessor.Change{Kind: o.changeKind, Name: o.name, Start: o.start, Noticed: o.at}
}

func writeSubprocessor(w io.Writer, o *options, as subprocessor.Assessment) {
	tag := o.tag
	if as.NoticeOwed {
		s := tr(tag, "varsel skyldes", "notice owed")
		if as.Rule != "" {
			s += " (" + as.Rule + ")"
		}
		if as.Advisory {
			s += tr(tag, ", som forsiktig valg", ", as the safe course")
		}
		item(w, o, "%s", s)
	} else {
		item(w, o, "%s", tr(tag, "varsel skyldes ikke", "no notice owed"))
	}
	if as.Authorisation != 0 {
		item(w, o, "%s: %s", tr(tag, "godkjenning", "authorisation"), as.Authorisation.Label(tag))
	}
	if len(as.Channels) > 0 {
		ch := make([]string, len(as.Channels))
		for i, c := range as.Channels {
			ch[i] = c.Label(tag)
		}
		item(w, o, "%s: %s%s", tr(tag, "varsling", "announcement"), strings.Join(ch, ", "), clauseText(as.ChannelClause, tag))
	}
	if !as.NoticePeriod.IsZero() {
		item(w, o, "%s: %s%s", tr(tag, "varslingsfrist", "notice period"), as.NoticePeriod.Label(tag), clauseText(as.NoticeClause, tag))
	}
	if !as.LatestNotice.IsZero() {
		item(w, o, "%s: %s", tr(tag, "varsel senest", "notice at the latest on"), as.LatestNotice)
	}
	if !as.EarliestStart.IsZero() {
		s := as.EarliestStart.String()
		if as.Late {
			s += tr(tag, " (planlagt oppstart er for tidlig)", " (the planned start is too early)")
		}
		item(w, o, "%s: %s", tr(tag, "tidligste oppstart", "earliest start"), s)
	}
	var obj string
	switch as.Objection {
	case obligation.Stated:
		obj = tr(tag, "kan protestere", "may object")
	case obligation.StatedNone:
		obj = tr(tag, "ingen rett til å protestere", "no right to object")
	default:
		obj = tr(tag, "avtalen sier ingenting; art. 28 nr. 2 gir likevel adgang til å protestere", "the agreement is silent; Art. 28(2) still lets the controller object")
	}
	if !as.ObjectionPeriod.IsZero() {
		obj += ", " + as.ObjectionPeriod.Label(tag)
	}
	if !as.ObjectionBy.IsZero() {
		obj += tr(tag, ", senest ", ", by ") + timeText(as.ObjectionBy)
	}
	if as.Justified {
		obj += tr(tag, ", bare med saklig begrunnelse", ", on justified grounds only")
	}
	item(w, o, "%s: %s%s", tr(tag, "innsigelse", "objection"), obj, clauseText(as.ObjectionClause, tag))
	if as.Remedy.Effect != 0 {
		item(w, o, "%s: %s", tr(tag, "virkning av innsigelse", "effect of an objection"), as.Remedy.Effect.Label(tag))
	}
	if as.Refund.Kind != 0 {
		item(w, o, "%s: %s", tr(tag, "refusjon", "refund"), as.Refund.Kind.Label(tag))
	}
	if as.DeemedAccepted {
		item(w, o, "%s %s%s", tr(tag, "ansett som akseptert etter", "deemed accepted after"), timeText(as.AcceptedAfter), clauseText(as.SilenceClause, tag))
	}
}

var transfersCommand = command{
	name:    "transfers",
	summary: "the legal basis of each subprocessor's transfers on the day --on",
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		findings := append(a.Subprocessors.Transfers(o.on), a.SubprocessorPolicy.Transfers.Findings(o.on)...)
		if len(findings) == 0 {
			item(w, o, "%s", tr(o.tag, "ingen steder oppgitt", "no places stated"))
			return []subprocessor.EntryFinding{}, exitOK, nil
		}
		for _, f := range findings {
			who := f.Path
			if who == "" {
				who = tr(o.tag, "avtalen", "the agreement")
			}
			place := f.Location.Label(o.tag)
			if f.Access {
				place = tr(o.tag, "tilgang fra ", "access from ") + place
			}
			item(w, o, "%s, %s: %s: %s%s", who, place, f.Outcome.Label(o.tag), f.Explain(o.tag), clauseText(f.Clause, o.tag))
		}
		return findings, exitOK, nil
	},
}

var renderCommand = command{
	name:    "render",
	summary: "the agreement's annexes (what is processed) as a form; as json, the agreement itself",
	flags: func(fs *flag.FlagSet, v *flagValues) {
		fs.BoolVar(&v.ids, "ids", false, "with --format json, add each annex value's DPV and fideslang identifiers")
	},
	each: func(o *options, a agreement.Agreement, w io.Writer) (any, int, error) {
		switch o.format {
		case jsonFormat:
			b, err := agreement.Encode(a)
			if err != nil {
				return nil, exitOK, err
			}
			if o.ids {
				return struct {
					Agreement   rawJSON               `json:"agreement"`
					Identifiers map[string][]identity `json:"identifiers"`
				}{rawJSON(b), identifiers(a.Processing.Description)}, exitOK, nil
			}
			return rawJSON(b), exitOK, nil
		case markdownFormat:
			return nil, exitOK, a.WriteAnnexes(w, o.tag, annex.Markdown)
		}
		return nil, exitOK, a.WriteAnnexes(w, o.tag, annex.PlainText)
	},
}

// rawJSON is JSON already encoded, written into the output as it is.
type rawJSON []byte

func (r rawJSON) MarshalJSON() ([]byte, error) { return r, nil }

// identity is an annex value with its identifiers in DPV and fideslang.
type identity struct {
	Value string `json:"value"`
	annex.Identifiers
}

// identifiers lists, for each annex list of d that has items, every item's
// value and identifiers, keyed by the list's JSON name.
func identifiers(d annex.Description) map[string][]identity {
	out := map[string][]identity{}
	add := func(list, value string, ids annex.Identifiers) {
		out[list] = append(out[list], identity{value, ids})
	}
	for _, it := range d.Purposes.Items {
		add("purposes", it.Kind.String(), it.Kind.Identifiers())
	}
	for _, it := range d.DataSubjects.Items {
		add("dataSubjects", it.Kind.String(), it.Kind.Identifiers())
	}
	for _, it := range d.DataCategories.Items {
		add("dataCategories", it.Kind.String(), it.Kind.Identifiers())
	}
	for _, it := range d.SpecialCategories.Items {
		add("specialCategories", it.Kind.String(), it.Kind.Identifiers())
	}
	for _, it := range d.Operations.Items {
		add("operations", it.Kind.String(), it.Kind.Identifiers())
	}
	for _, it := range d.SecurityMeasures.Items {
		add("securityMeasures", it.Kind.String(), it.Kind.Identifiers())
	}
	return out
}
