package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the iCalendar parser resolves TZID with time.LoadLocation

	ics "github.com/arran4/golang-ical"
	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// example is one run of the command: its arguments (file names relative to
// the repository's root, where the test runs), the exit status it must
// give, what its output must contain (values taken from the agreements'
// texts or the law), and the golden file holding its whole output.
type example struct {
	name   string
	args   []string
	status int
	// contains are lines or parts of lines the output must have, each
	// with the reason it is right.
	contains []string
	reason   string
}

// seeds is the five seed agreements' JSON files, as a shell would expand
// examples/testdata/*.json.
func seeds(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("examples/testdata/*.json")
	if err != nil || len(files) != 5 {
		t.Fatalf("examples/testdata/*.json: %d files, %v", len(files), err)
	}
	return files
}

// fixedNow is the clock of the tests: the iCalendar's DTSTAMP.
func fixedNow() time.Time { return time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) }

func TestExamples(t *testing.T) {
	t.Chdir("../..") // file names as a user at the repository's root writes them
	now = fixedNow
	mailmojo := "examples/testdata/mailmojo.json"
	examples := []example{
		{
			name:     "validate-three-faults",
			args:     []string{"validate", "--lang", "en", "cmd/dpa/testdata/files/three-faults.json"},
			status:   exitBadInput,
			contains: []string{"  language: \"norsk\"", "  parties[0].orgNumber: \"123456789\"", "  parties[1].country: \"XX\""},
			reason:   "the file has three faults, one in each of these fields; all three are reported, with their JSON paths",
		},
		{
			name:     "validate-dir",
			args:     []string{"validate", "cmd/dpa/testdata/files", "--lang", "en"},
			status:   exitBadInput,
			contains: []string{"== cmd/dpa/testdata/files/unknown-field.json\n  parties[0].organisation: unknown field", "== cmd/dpa/testdata/files/valid.json\n  well formed"},
			reason:   "a directory stands for every file in it; the bad files are reported and the file after them is still read",
		},
		{
			name:     "validate-json",
			args:     []string{"validate", "--format=json", "cmd/dpa/testdata/files/three-faults.json"},
			status:   exitBadInput,
			contains: []string{`"path": "parties[1].country"`},
		},
		{
			name:   "review-fail-on-unmet",
			args:   append([]string{"review", "--fail-on", "unmet", "--on", "2026-11-23", "--lang", "en"}, seeds(t)...),
			status: exitFindings,
			contains: []string{
				"[gdpr-28-3-personal-data-missing]",
			},
			reason: "MailMojo's clause 1 introduces the list of personal data and leaves it empty: Art. 28(3) is unmet, so --fail-on unmet exits 1",
		},
		{
			name:   "review-standard-clauses",
			args:   []string{"review", "examples/testdata/standard/standard-clauses.json", "--fail-on", "weak", "--on", "2026-11-23"},
			status: exitOK,
			reason: "the agreement written from the 2021/915 standard clauses meets every check, so not even --fail-on weak fails",
		},
		{
			name:   "review-markdown",
			args:   []string{"review", "--format", "markdown", "--on", "2026-11-23", mailmojo},
			status: exitOK,
			reason: "without --fail-on, findings do not fail the run",
		},
		{
			name:     "review-json",
			args:     []string{"review", "--format", "json", "--lang", "en", "--on", "2026-11-23", mailmojo},
			status:   exitOK,
			contains: []string{`"severity": "unmet",`, `"message": "The agreement does not state the types of personal data processed`},
			reason:   "MailMojo's clause 1 leaves the list of personal data empty; the JSON gives the finding's data and its message in English",
		},
		{
			name:     "agenda-last-use",
			args:     []string{"agenda", mailmojo, "--event", "last-use", "--at", "2026-03-31T12:00", "--lang", "en"},
			status:   exitOK,
			contains: []string{"2027-03-31 23:59 CEST: processor: delete the personal data, 12 months (clause 5)"},
			reason:   "MailMojo clause 5: data are deleted at the latest 12 months after the controller last used the platform",
		},
		{
			name: "agenda-termination-under-a-right",
			args: []string{"agenda", "examples/testdata/assistert-selvhjelp.json", "--event", "termination-notice", "--at", "2026-01-06T10:00",
				"--by", "controller", "--under", "Bruk av underleverandører ¶3", "--lang", "en"},
			status:   exitOK,
			contains: []string{"2026-04-07 23:59 CEST: processor: "},
			reason:   "Assistert Selvhjelp, «Bruk av underleverandører» ¶3: three months from notice on 6 January 2026 is Monday 6 April, 2. påskedag: Tuesday 7 April",
		},
		{
			name:   "agenda-json",
			args:   []string{"agenda", "--format", "json", "--event", "last-use", "--at", "2026-03-31T12:00+02:00", mailmojo},
			status: exitOK,
		},
		{
			name:     "breach",
			args:     []string{"breach", "--at", "2026-05-16T22:40", "--lang", "en", mailmojo},
			status:   exitOK,
			contains: []string{"immediately («umiddelbart»)", "(clause 2.4)", "at the earliest 2026-05-19 22:40 CEST (GDPR art. 33(1))"},
			reason:   "MailMojo 2.4: the processor notifies «umiddelbart»; Art. 33(1): the controller has 72 hours from becoming aware, at the earliest from discovery on Saturday 16 May 2026 at 22:40",
		},
		{
			name:     "subprocessor",
			args:     []string{"subprocessor", "--at", "2026-01-05T09:00", "--lang", "en", mailmojo},
			status:   exitOK,
			contains: []string{"earliest start: 2026-03-06", "by 2026-02-05 23:59 CET"},
			reason:   "MailMojo 2.7: two months' notice of a new subprocessor and one month to object, from a notice on 5 January 2026",
		},
		{
			name:     "agenda-ics",
			args:     []string{"agenda", "--ics", "--event", "last-use", "--at", "2026-03-31T12:00", "--lang", "en", mailmojo},
			status:   exitOK,
			contains: []string{"DUE;TZID=Europe/Oslo:20270331T235959\r\n"},
			reason:   "MailMojo clause 5: deletion at the latest 12 months after the last use on 31 March 2026",
		},
		{
			name:     "breach-ics",
			args:     []string{"breach", "--ics", "--at", "2026-05-16T22:40", mailmojo},
			status:   exitOK,
			contains: []string{"DUE;TZID=Europe/Oslo:20260519T224000\r\n"},
			reason:   "Art. 33(1): 72 hours from the controller's awareness, at the earliest the discovery on 16 May 2026 at 22:40",
		},
		{
			name:     "subprocessor-ics",
			args:     []string{"subprocessor", "--ics", "--at", "2025-12-01T09:00", "--start", "2026-03-01", "--lang", "en", mailmojo},
			status:   exitOK,
			contains: []string{"DUE;TZID=Europe/Oslo:20251231T235959\r\n", "DUE;TZID=Europe/Oslo:20260102T235959\r\n"},
			reason:   "MailMojo 2.7: notice two months before a start on 1 March 2026, so by 31 December 2025; one month to object from 1 December 2025, to 1 January 2026, a public holiday, so to the end of 2 January",
		},
		{
			name:   "transfers",
			args:   []string{"transfers", "--on", "2026-11-23", "examples/testdata/we-are-media.json"},
			status: exitOK,
		},
		{
			name:   "render",
			args:   []string{"render", "--format", "markdown", "examples/testdata/assistert-selvhjelp.json"},
			status: exitOK,
		},
		{
			name:     "render-ids",
			args:     []string{"render", "--format", "json", "--ids", "examples/testdata/standard/standard-clauses.json"},
			status:   exitOK,
			contains: []string{`"value": "personnel-administration",`, `"dpv": "https://w3id.org/dpv#HumanResourceManagement",`, `"fides": "employment"`},
			reason:   "with --ids the JSON carries each annex value's DPV and fideslang identifiers beside the agreement",
		},
		{
			name:     "unknown-command",
			args:     []string{"revue", mailmojo},
			status:   exitBadInput,
			contains: []string{`dpa: unknown command "revue"`},
		},
		{
			name:     "bad-flag-value",
			args:     []string{"review", mailmojo, "--lang", "sv"},
			status:   exitBadInput,
			contains: []string{`--lang "sv": want nb or en`},
		},
		{
			name:     "missing-file",
			args:     []string{"validate", "cmd/dpa/testdata/files/absent.json", "cmd/dpa/testdata/files/valid.json"},
			status:   exitBadInput,
			contains: []string{"absent.json: no such file or directory", "== cmd/dpa/testdata/files/valid.json"},
			reason:   "a file that is not there is reported, and the next one is still read",
		},
	}
	for _, ex := range examples {
		t.Run(ex.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(ex.args, &stdout, &stderr)
			got := "$ dpa " + strings.Join(ex.args, " ") + "\n" + stdout.String()
			if stderr.Len() > 0 {
				got += "-- stderr --\n" + stderr.String()
			}
			got += "-- exit status --\n" + string(rune('0'+status)) + "\n"
			if status != ex.status {
				t.Errorf("exit status %d, want %d (%s)\n%s", status, ex.status, ex.reason, got)
			}
			for _, c := range ex.contains {
				if !strings.Contains(got, c) {
					t.Errorf("output lacks %q (%s)\n%s", c, ex.reason, got)
				}
			}
			golden := filepath.Join("cmd/dpa/testdata/golden", ex.name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func TestFlagsAnywhere(t *testing.T) {
	t.Chdir("../..")
	file := "examples/testdata/mailmojo.json"
	orders := [][]string{
		{"review", "--on", "2026-11-23", "--lang=en", file},
		{"review", file, "--on", "2026-11-23", "--lang=en"},
		{"review", "--lang=en", file, "--on=2026-11-23"},
		{"review", "--on", "2026-11-23", "--lang=en", "--", file},
	}
	var first string
	for i, args := range orders {
		var stdout, stderr bytes.Buffer
		if status := run(args, &stdout, &stderr); status != exitOK {
			t.Fatalf("%q: exit status %d: %s", args, status, stderr.String())
		}
		if i == 0 {
			first = stdout.String()
			continue
		}
		if diff := cmp.Diff(first, stdout.String()); diff != "" {
			t.Errorf("%q differs from %q (-first +this):\n%s", args, orders[0], diff)
		}
	}
	if !strings.Contains(first, "23 November 2026") {
		t.Errorf("the review is not on --on's day:\n%s", first)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2026-05-16T22:40:00+02:00", "2026-05-16T22:40:00+02:00"},
		{"2026-05-16T22:40", "2026-05-16T22:40:00+02:00"},
		{"2026-01-16 22:40", "2026-01-16T22:40:00+01:00"},
		{"2026-05-16", "2026-05-16T00:00:00+02:00"},
		{"2026-05-16T20:40Z", "2026-05-16T20:40:00Z"},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in)
		if err != nil {
			t.Errorf("parseTime(%q): %v", tt.in, err)
			continue
		}
		if s := got.Format("2006-01-02T15:04:05Z07:00"); s != tt.want {
			t.Errorf("parseTime(%q) = %s, want %s (Europe/Oslo: CEST in summer, CET in winter)", tt.in, s, tt.want)
		}
	}
	if _, err := parseTime("16.05.2026"); err == nil {
		t.Error("parseTime(16.05.2026): no error")
	}
}

// TestAgendaICS exports the agenda of a termination notice with a known
// end for every seed and parses it with an independent iCalendar parser:
// there is one to-do for every duty the library's agenda gives, with its
// due instant.
func TestAgendaICS(t *testing.T) {
	t.Chdir("../..")
	now = fixedNow
	files := seeds(t)
	args := append([]string{"agenda", "--ics", "--event", "termination-notice", "--at", "2026-01-15T10:00", "--effective", "2026-06-30T23:59:59"}, files...)
	var stdout, stderr bytes.Buffer
	if status := run(args, &stdout, &stderr); status != exitOK {
		t.Fatalf("exit status %d: %s", status, stderr.String())
	}
	cal, err := ics.ParseCalendar(&stdout)
	if err != nil {
		t.Fatalf("the parser rejects the export: %v", err)
	}
	var want []obligation.Duty
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := agreement.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		oslo := obligation.Norway().Location()
		d, err := a.Agenda(obligation.Event{Kind: obligation.TerminationNotice, At: time.Date(2026, 1, 15, 10, 0, 0, 0, oslo),
			Effective: time.Date(2026, 6, 30, 23, 59, 59, 0, oslo)}, obligation.Norway())
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, d...)
	}
	todos := cal.Todos()
	if len(want) == 0 || len(todos) != len(want) {
		t.Fatalf("%d to-dos, want %d (one per duty)", len(todos), len(want))
	}
	for i, todo := range todos {
		due, err := todo.GetDueAt()
		if fixed := want[i].Due.IsFixed(); fixed != (err == nil) || fixed && !due.Equal(want[i].Due.At.Truncate(time.Second)) {
			t.Errorf("to-do %d: DUE %v (%v), want %v", i, due, err, want[i].Due.At)
		}
	}
}
