package obligation_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the parser resolves TZID with time.LoadLocation

	ics "github.com/arran4/golang-ical"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// seedAgendas gives, for every seed, the duties of the events a calendar
// export is for: a termination notice with a known end, the controller's
// last use, and an audit request.
func seedAgendas(t testing.TB) map[string][]obligation.Duty {
	t.Helper()
	cal := obligation.Norway()
	oslo := cal.Location()
	events := []obligation.Event{
		{Kind: obligation.TerminationNotice, At: time.Date(2026, 1, 15, 10, 0, 0, 0, oslo), Effective: time.Date(2026, 6, 30, 23, 59, 59, 0, oslo)},
		{Kind: obligation.LastUse, At: time.Date(2026, 3, 31, 12, 0, 0, 0, oslo)},
		{Kind: obligation.AuditRequested, At: time.Date(2026, 1, 10, 10, 0, 0, 0, oslo), Effective: time.Date(2026, 3, 3, 9, 0, 0, 0, oslo)},
	}
	out := map[string][]obligation.Duty{}
	for _, a := range examples.All() {
		var all []obligation.Duty
		for _, ev := range events {
			d, err := a.Agenda(ev, cal)
			if err != nil {
				t.Fatalf("%s: %v", a.ID, err)
			}
			all = append(all, d...)
		}
		out[a.ID] = all
	}
	return out
}

func TestICalendarParses(t *testing.T) {
	oslo := obligation.Norway().Location()
	stamp := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	total := 0
	for id, duties := range seedAgendas(t) {
		t.Run(id, func(t *testing.T) {
			for _, tag := range []language.Tag{language.Norwegian, language.English} {
				out := obligation.ICalendar{Stamp: stamp, Location: oslo, Tag: tag}.Append(nil, obligation.Todos{ID: id, Duties: duties})
				checkLines(t, out)
				cal, err := ics.ParseCalendar(bytes.NewReader(out))
				if err != nil {
					t.Fatalf("%s: the parser rejects the export: %v\n%s", tag, err, out)
				}
				todos := cal.Todos()
				if len(todos) != len(duties) {
					t.Fatalf("%s: %d to-dos, want one per duty (%d)", tag, len(todos), len(duties))
				}
				uids := map[string]bool{}
				for i, todo := range todos {
					d := duties[i]
					uid := todo.Id()
					if uid == "" || uids[uid] {
						t.Errorf("to-do %d: UID %q is empty or repeated", i, uid)
					}
					uids[uid] = true
					if got := todo.GetProperty(ics.ComponentPropertySummary).Value; got != d.Debtor.Label(tag)+": "+d.Action.Label(tag) {
						t.Errorf("to-do %d: SUMMARY %q", i, got)
					}
					desc := todo.GetProperty(ics.ComponentPropertyDescription).Value
					if d.Clause != "" && !strings.Contains(desc, string(d.Clause)) {
						t.Errorf("to-do %d: DESCRIPTION %q lacks the clause %q", i, desc, d.Clause)
					}
					if !d.If.IsZero() && !strings.Contains(desc, d.If.Label(tag)) {
						t.Errorf("to-do %d: DESCRIPTION %q lacks the condition %q", i, desc, d.If.Label(tag))
					}
					if d.Note != "" && !strings.Contains(desc, d.Note) {
						t.Errorf("to-do %d: DESCRIPTION %q lacks the agreement's words %q", i, desc, d.Note)
					}
					due, err := todo.GetDueAt()
					if !d.Due.IsFixed() {
						if err == nil {
							t.Errorf("to-do %d: DUE %v for a duty with no due instant", i, due)
						}
						continue
					}
					if err != nil {
						t.Errorf("to-do %d: DUE: %v", i, err)
						continue
					}
					if want := d.Due.At.Truncate(time.Second); !due.Equal(want) {
						t.Errorf("to-do %d: DUE %v, want %v", i, due, want)
					}
					if p := todo.GetProperty(ics.ComponentPropertyDue); p.ICalParameters["TZID"][0] != "Europe/Oslo" {
						t.Errorf("to-do %d: DUE's TZID %v, want Europe/Oslo", i, p.ICalParameters["TZID"])
					}
				}
			}
		})
		total += len(duties)
	}
	if total == 0 {
		t.Fatal("the seeds' agendas have no duties: nothing was tested")
	}
}

// checkLines checks the octet-level rules a parser may forgive: CRLF line
// ends, no line longer than 75 octets, and folds that do not split a UTF-8
// sequence.
func checkLines(t *testing.T, out []byte) {
	t.Helper()
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Error("the export does not end in CRLF")
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 {
			t.Errorf("line %d has %d octets, more than 75: %q", i+1, len(line), line)
		}
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
		if !strings.HasPrefix(string(line), " ") && len(line) > 0 && line[0]&0xC0 == 0x80 {
			t.Errorf("line %d starts inside a UTF-8 sequence", i+1)
		}
	}
	unfolded := strings.ReplaceAll(string(out), "\r\n ", "")
	if !strings.Contains(unfolded, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") {
		t.Error("the export does not start with BEGIN:VCALENDAR and VERSION:2.0")
	}
	for _, r := range unfolded {
		if r == '\uFFFD' {
			t.Error("a fold split a UTF-8 sequence")
			break
		}
	}
}

// TestICalendarTimezone checks the VTIMEZONE against the EU summer-time
// rule (Directive 2000/84/EC, art. 2 and 3): summer time starts at 01:00
// UTC on the last Sunday of March and ends at 01:00 UTC on the last Sunday
// of October; Norway follows it (forskrift om sommertid). In 2026 those are
// 29 March (02:00 CET becomes 03:00 CEST) and 25 October (03:00 CEST
// becomes 02:00 CET).
func TestICalendarTimezone(t *testing.T) {
	oslo := obligation.Norway().Location()
	d := obligation.Duty{Event: obligation.LastUse, Debtor: obligation.Processor, Action: obligation.DeleteData,
		Due: obligation.Due{At: time.Date(2026, 7, 1, 23, 59, 59, 999999999, oslo)}}
	out := string(obligation.ICalendar{Location: oslo}.Append(nil, obligation.Todos{Duties: []obligation.Duty{d}}))
	for _, want := range []string{
		"BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\n",
		"BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n",
		"DUE;TZID=Europe/Oslo:20260701T235959\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the export lacks %q:\n%s", want, out)
		}
	}
	utc := string(obligation.ICalendar{}.Append(nil, obligation.Todos{Duties: []obligation.Duty{d}}))
	if strings.Contains(utc, "VTIMEZONE") || !strings.Contains(utc, "DUE:20260701T215959Z\r\n") {
		t.Errorf("without a location, DUE is not in UTC:\n%s", utc)
	}
}

// TestICalendarStableUID checks that exporting again, later and after the
// due instant changed, keeps every UID, so a calendar updates the to-do.
func TestICalendarStableUID(t *testing.T) {
	oslo := obligation.Norway().Location()
	since := time.Date(2026, 3, 31, 12, 0, 0, 0, oslo)
	d := obligation.Duty{Event: obligation.LastUse, Since: since, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.DeleteData, Clause: "5", Due: obligation.Due{At: time.Date(2027, 3, 31, 23, 59, 59, 0, oslo)}}
	later := d
	later.Due.At = later.Due.At.AddDate(0, 1, 0)
	uid := func(c obligation.ICalendar, id string, d ...obligation.Duty) []string {
		cal, err := ics.ParseCalendar(bytes.NewReader(c.Append(nil, obligation.Todos{ID: id, Duties: d})))
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, todo := range cal.Todos() {
			ids = append(ids, todo.Id())
		}
		return ids
	}
	first := uid(obligation.ICalendar{Location: oslo}, "mailmojo", d)
	again := uid(obligation.ICalendar{Location: oslo, Stamp: since.AddDate(0, 2, 0), Tag: language.Norwegian}, "mailmojo", later)
	if first[0] != again[0] {
		t.Errorf("UID changed from %s to %s on a re-export", first[0], again[0])
	}
	other := uid(obligation.ICalendar{Location: oslo}, "we4you", d)
	if other[0] == first[0] {
		t.Error("two agreements' duties share a UID")
	}
	twice := uid(obligation.ICalendar{}, "mailmojo", d, d)
	if twice[0] == twice[1] {
		t.Error("two equal duties in one export share a UID")
	}
}

func TestICalendarEscapesAndFolds(t *testing.T) {
	note := strings.Repeat("Behandlingsansvarlig; kunden, og «æøå» \\ ", 6) + "\nslutt"
	d := obligation.Duty{Event: obligation.LastUse, Debtor: obligation.Processor, Action: obligation.DeleteData, Note: note}
	out := obligation.ICalendar{Tag: language.Norwegian}.Append(nil, obligation.Todos{Duties: []obligation.Duty{d}})
	checkLines(t, out)
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	desc := cal.Todos()[0].GetProperty(ics.ComponentPropertyDescription).Value
	if !strings.Contains(desc, note) {
		t.Errorf("DESCRIPTION after parsing %q, want it to hold %q", desc, note)
	}
}

// ExampleICalendar exports the duties after the controller last used
// MailMojo's platform: clause 5 has the data deleted within 12 months.
func ExampleICalendar() {
	cal := obligation.Norway()
	a := examples.MailMojo()
	duties, _ := a.Agenda(obligation.Event{Kind: obligation.LastUse, At: time.Date(2026, 3, 31, 12, 0, 0, 0, cal.Location())}, cal)
	c := obligation.ICalendar{Stamp: time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC), Location: cal.Location(), Tag: language.English}
	var b bytes.Buffer
	c.Write(&b, obligation.Todos{ID: a.ID, Duties: duties})
	for _, line := range strings.Split(b.String(), "\r\n") {
		if strings.HasPrefix(line, "SUMMARY") || strings.HasPrefix(line, "DUE") {
			fmt.Println(line)
		}
	}
	// Output:
	// SUMMARY:processor: delete the personal data
	// DUE;TZID=Europe/Oslo:20270331T235959
	// SUMMARY:processor: confirm the deletion in writing
}

func BenchmarkICalendarAppend(b *testing.B) {
	oslo := obligation.Norway().Location()
	var duties []obligation.Duty
	for _, d := range seedAgendas(b) {
		duties = append(duties, d...)
	}
	c := obligation.ICalendar{Stamp: time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC), Location: oslo, Tag: language.Norwegian}
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = c.Append(buf[:0], obligation.Todos{ID: "seeds", Duties: duties})
	}
}
