package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// The exit statuses, as the package documentation lists them.
const (
	exitOK       = 0
	exitFindings = 1
	exitBadInput = 2
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// format is how reports are written.
type format int

const (
	textFormat format = iota
	markdownFormat
	jsonFormat
)

// options are the parsed flags of one run.
type options struct {
	on        obligation.Date
	at        time.Time
	tag       language.Tag
	format    format
	failOn    review.Severity // zero: findings never fail the run
	event     obligation.EventKind
	effective time.Time
	// by and under name, for a termination notice, the party who gave it
	// and the clause of the right it exercises.
	by       obligation.Party
	under    obligation.Clause
	ics      bool
	ids      bool
	incident string
	inc      *breach.Incident // decoded from incident
	change   string
	// changeKind is change, parsed.
	changeKind subprocessor.ChangeKind
	name       string
	start      time.Time
}

// command is one subcommand: its flags beyond the common ones, and what it
// does with one decoded, valid agreement.
type command struct {
	name    string
	summary string
	flags   func(fs *flag.FlagSet, f *flagValues)
	// check validates the options after parsing; nil when none is needed.
	check func(o *options) error
	// each reports on one agreement: the text or Markdown goes to w, the
	// JSON value is returned, and status is exitOK or exitFindings.
	each func(o *options, a agreement.Agreement, w io.Writer) (value any, status int, err error)
	// duties gives the duties of one agreement for --ics; nil for a
	// command without calendar export.
	duties func(o *options, a agreement.Agreement) ([]obligation.Duty, error)
}

// commands lists the subcommands in the order the usage shows them.
var commands = []command{
	validateCommand,
	reviewCommand,
	agendaCommand,
	breachCommand,
	subprocessorCommand,
	transfersCommand,
	renderCommand,
}

// flagValues holds the flags as given, before they are checked.
type flagValues struct {
	on, at, lang, format, failOn, event, effective, by, under, incident, change, name, start string
	ics, ids                                                                                 bool
}

// run is the whole command: it parses args (without the program name),
// writes reports to stdout and diagnostics to stderr, and returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(stderr)
		if len(args) == 0 {
			return exitBadInput
		}
		return exitOK
	}
	i := slices.IndexFunc(commands, func(c command) bool { return c.name == args[0] })
	if i < 0 {
		fmt.Fprintf(stderr, "dpa: unknown command %q\n", args[0])
		usage(stderr)
		return exitBadInput
	}
	cmd := commands[i]
	o, files, err := parseFlags(cmd, args[1:], stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "dpa %s: %v\n", cmd.name, err)
		return exitBadInput
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "dpa %s: no files given\n", cmd.name)
		return exitBadInput
	}
	paths, status := expand(files, stderr)
	return max(status, report(cmd, o, paths, stdout, stderr))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: dpa COMMAND [flags] FILE|DIR... [flags]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-13s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run dpa COMMAND -h for its flags. Exit status: 0 fine, 1 findings at or above --fail-on, 2 bad input.")
}

// parseFlags parses the common flags and cmd's own, which may come before,
// between or after the file names; "--" ends the flags. It returns the
// options and the file arguments.
func parseFlags(cmd command, args []string, stderr io.Writer) (*options, []string, error) {
	var v flagValues
	fs := flag.NewFlagSet("dpa "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&v.on, "on", "", "the `DATE` to evaluate on, 2006-01-02 (default: the day of --at, or today in Europe/Oslo)")
	fs.StringVar(&v.at, "at", "", "the `TIME` of the event: RFC 3339, or 2006-01-02T15:04 in Europe/Oslo (default: the start of --on, or now)")
	fs.StringVar(&v.lang, "lang", "nb", "the language of labels and messages: nb or en")
	fs.StringVar(&v.format, "format", "text", "the output format: text, markdown or json")
	if cmd.flags != nil {
		cmd.flags(fs, &v)
	}
	if cmd.duties != nil {
		fs.BoolVar(&v.ics, "ics", false, "write the deadlines as one iCalendar (RFC 5545) with a to-do per duty, instead of a report")
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: dpa %s [flags] FILE|DIR... [flags]\n\n%s.\n\nFlags:\n", cmd.name, cmd.summary)
		fs.PrintDefaults()
	}
	var files []string
	rest := args
	if i := slices.Index(args, "--"); i >= 0 {
		rest = args[:i]
	}
	for {
		if err := fs.Parse(rest); err != nil {
			return nil, nil, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		files = append(files, rest[0])
		rest = rest[1:]
	}
	if i := slices.Index(args, "--"); i >= 0 {
		files = append(files, args[i+1:]...)
	}
	o, err := v.options()
	if err != nil {
		return nil, nil, err
	}
	if cmd.check != nil {
		if err := cmd.check(o); err != nil {
			return nil, nil, err
		}
	}
	return o, files, nil
}

// options checks the flag values and fills in the defaults.
func (v *flagValues) options() (*options, error) {
	o := &options{ics: v.ics, ids: v.ids, incident: v.incident, change: v.change, name: v.name}
	switch v.lang {
	case "nb":
		o.tag = language.Norwegian
	case "en":
		o.tag = language.English
	default:
		return nil, fmt.Errorf("--lang %q: want nb or en", v.lang)
	}
	switch v.format {
	case "text":
		o.format = textFormat
	case "markdown", "md":
		o.format = markdownFormat
	case "json":
		o.format = jsonFormat
	default:
		return nil, fmt.Errorf("--format %q: want text, markdown or json", v.format)
	}
	var err error
	if v.on != "" {
		if o.on, err = obligation.ParseDate(v.on); err != nil {
			return nil, fmt.Errorf("--on: %w", err)
		}
	}
	if v.at != "" {
		if o.at, err = parseTime(v.at); err != nil {
			return nil, fmt.Errorf("--at: %w", err)
		}
	}
	switch {
	case o.on.IsZero() && o.at.IsZero():
		// A command is the one place that may read the clock: the
		// evaluators it calls are given the instant explicitly.
		o.at = now().In(oslo)
		o.on = obligation.DateOf(o.at)
	case o.on.IsZero():
		o.on = obligation.DateOf(o.at.In(oslo))
	case o.at.IsZero():
		o.at = o.on.In(oslo)
	}
	switch v.failOn {
	case "":
	case "unmet":
		o.failOn = review.Unmet
	case "weak":
		o.failOn = review.Weak
	default:
		return nil, fmt.Errorf("--fail-on %q: want unmet or weak", v.failOn)
	}
	if v.event != "" {
		if err := o.event.UnmarshalText([]byte(v.event)); err != nil {
			return nil, fmt.Errorf("--event: %w", err)
		}
	}
	if v.effective != "" {
		if o.effective, err = parseTime(v.effective); err != nil {
			return nil, fmt.Errorf("--effective: %w", err)
		}
	}
	switch v.by {
	case "":
	case "controller":
		o.by = obligation.Controller
	case "processor":
		o.by = obligation.Processor
	default:
		return nil, fmt.Errorf("--by %q: want controller or processor", v.by)
	}
	o.under = obligation.Clause(v.under)
	if v.start != "" {
		if o.start, err = parseTime(v.start); err != nil {
			return nil, fmt.Errorf("--start: %w", err)
		}
	}
	return o, nil
}

// now is the clock, read only for the defaults of --on and --at and for
// the iCalendar's DTSTAMP; the tests set it.
var now = time.Now

// oslo is the location of the Norwegian calendar, which every command
// counts in.
var oslo = obligation.Norway().Location()

// parseTime reads an instant: RFC 3339 with its offset, or a date with an
// optional time of day in Europe/Oslo.
func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, oslo); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time: want RFC 3339 (2026-05-16T22:40:00+02:00) or 2026-05-16T22:40 in Europe/Oslo", s)
}

// expand turns the arguments into the list of files: a file stands for
// itself, a directory for every .json file below it in lexical order.
// A missing argument is reported and gives exitBadInput.
func expand(args []string, stderr io.Writer) ([]string, int) {
	var paths []string
	status := exitOK
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(stderr, "dpa: %v\n", err)
			status = exitBadInput
			continue
		}
		if !info.IsDir() {
			paths = append(paths, arg)
			continue
		}
		n := len(paths)
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".json") {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "dpa: %v\n", err)
			status = exitBadInput
		}
		if len(paths) == n {
			fmt.Fprintf(stderr, "dpa: %s: no .json files\n", arg)
			status = exitBadInput
		}
	}
	return paths, status
}

// fileReport is one file's entry in the JSON output.
type fileReport struct {
	File string `json:"file"`
	// Error is why the file could not be read or decoded.
	Error *fileError `json:"error,omitzero"`
	// Problems are the validation problems of a decoded agreement.
	Problems []agreement.Problem `json:"problems,omitzero"`
	// Result is the command's answer for a valid agreement.
	Result any `json:"result,omitzero"`
}

type fileError struct {
	Path    string `json:"path,omitzero"`
	Message string `json:"message"`
}

// report runs cmd over every path and writes the reports; it returns the
// worst status.
func report(cmd command, o *options, paths []string, stdout, stderr io.Writer) int {
	progress := newProgress(stderr, len(paths))
	defer progress.done()
	if o.ics {
		return writeICS(cmd, o, paths, stdout, stderr, progress)
	}
	status := exitOK
	var reports []fileReport
	for n, path := range paths {
		progress.show(n, path)
		r, body, s := reportFile(cmd, o, path)
		status = max(status, s)
		if o.format == jsonFormat {
			reports = append(reports, r)
			continue
		}
		writeFile(stdout, o, r, body)
	}
	if o.format == jsonFormat {
		b, err := json.MarshalIndent(reports, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dpa %s: %v\n", cmd.name, err)
			return exitBadInput
		}
		stdout.Write(append(b, '\n'))
	}
	return status
}

// reportFile reads, decodes and validates one file and, when it is a valid
// agreement, runs the command on it.
func reportFile(cmd command, o *options, path string) (fileReport, []byte, int) {
	a, r, status := load(path)
	if status != exitOK {
		return r, nil, status
	}
	var body bytes.Buffer
	value, status, err := cmd.each(o, a, &body)
	if err != nil {
		r.Error = &fileError{Message: err.Error()}
		return r, nil, exitBadInput
	}
	r.Result = value
	return r, body.Bytes(), status
}

// load reads, decodes and validates the agreement in one file. When it
// cannot, the report says why and the status is exitBadInput.
func load(path string) (agreement.Agreement, fileReport, int) {
	r := fileReport{File: filepath.ToSlash(path)}
	data, err := os.ReadFile(path)
	if err != nil {
		r.Error = &fileError{Message: err.Error()}
		return agreement.Agreement{}, r, exitBadInput
	}
	a, err := agreement.Decode(data)
	if err != nil {
		r.Error = &fileError{Message: err.Error()}
		var pe *agreement.PathError
		if errors.As(err, &pe) {
			r.Error = &fileError{Path: pe.Path, Message: pe.Err.Error()}
		}
		return agreement.Agreement{}, r, exitBadInput
	}
	if err := a.Validate(); err != nil {
		var ve *agreement.ValidationError
		if !errors.As(err, &ve) {
			r.Error = &fileError{Message: err.Error()}
			return agreement.Agreement{}, r, exitBadInput
		}
		r.Problems = ve.Problems
		return agreement.Agreement{}, r, exitBadInput
	}
	return a, r, exitOK
}

// writeICS writes the duties of every agreement as one iCalendar on
// stdout; a file that cannot be read is reported on stderr, so that
// stdout holds the calendar alone.
func writeICS(cmd command, o *options, paths []string, stdout, stderr io.Writer, progress *progress) int {
	status := exitOK
	var lists []obligation.Todos
	for n, path := range paths {
		progress.show(n, path)
		a, r, s := load(path)
		if s == exitOK {
			duties, err := cmd.duties(o, a)
			if err != nil {
				r.Error = &fileError{Message: err.Error()}
				s = exitBadInput
			} else {
				id := a.ID
				if id == "" {
					id = r.File
				}
				lists = append(lists, obligation.Todos{ID: id, Duties: duties})
			}
		}
		if s != exitOK {
			writeFile(stderr, &options{format: textFormat}, r, nil)
		}
		status = max(status, s)
	}
	c := obligation.ICalendar{Stamp: now(), Location: oslo, Tag: o.tag}
	if err := c.Write(stdout, lists...); err != nil {
		fmt.Fprintf(stderr, "dpa %s: %v\n", cmd.name, err)
		return exitBadInput
	}
	return status
}

// writeFile writes one file's report as text or Markdown: a heading with
// the file's name, then its errors or the command's report.
func writeFile(w io.Writer, o *options, r fileReport, body []byte) {
	if o.format == markdownFormat {
		fmt.Fprintf(w, "# %s\n\n", r.File)
	} else {
		fmt.Fprintf(w, "== %s\n", r.File)
	}
	bullet := "  "
	if o.format == markdownFormat {
		bullet = "- "
	}
	switch {
	case r.Error != nil && r.Error.Path != "":
		fmt.Fprintf(w, "%s%s: %s\n", bullet, r.Error.Path, r.Error.Message)
	case r.Error != nil:
		fmt.Fprintf(w, "%s%s\n", bullet, r.Error.Message)
	case r.Problems != nil:
		for _, p := range r.Problems {
			fmt.Fprintf(w, "%s%s\n", bullet, p)
		}
	default:
		w.Write(body)
	}
	if o.format == markdownFormat || r.Error != nil || r.Problems != nil {
		fmt.Fprintln(w)
	}
}

// progress shows "[n/total] file" on standard error while files are read,
// when standard error is a terminal and there is more than one file.
type progress struct {
	w     io.Writer
	total int
	shown bool
}

func newProgress(stderr io.Writer, total int) *progress {
	p := &progress{total: total}
	if f, ok := stderr.(*os.File); ok && total > 1 {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			p.w = f
		}
	}
	return p
}

func (p *progress) show(n int, path string) {
	if p.w == nil {
		return
	}
	fmt.Fprintf(p.w, "\r\033[K[%d/%d] %s", n+1, p.total, path)
	p.shown = true
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
