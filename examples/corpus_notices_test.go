package examples_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// TestStimmaDeemedReceipt: 18.3, counted in the agreement's Swedish
// calendar (lag (1989:253) om allmänna helgdagar). Midsommarafton is not
// an allmän helgdag, so it counts as an arbetsdag; trettondedag jul is,
// so it does not (in the Norwegian calendar it would).
func TestStimmaDeemedReceipt(t *testing.T) {
	a := examples.Stimma()
	cal := a.Calendar.Calendar()
	sto := cal.Location()
	tests := []struct {
		name      string
		ch        agreement.Channel
		sent      time.Time
		confirmed time.Time
		want      obligation.Date
	}{
		// «fem arbetsdagar efter avsändandet»: from Thursday 18 June 2026,
		// Friday 19 (midsommarafton), Monday 22 to Thursday 25 June.
		{"registered letter over midsommar", agreement.RegisteredPost, time.Date(2026, 6, 18, 10, 0, 0, 0, sto), time.Time{}, obligation.NewDate(2026, 6, 25)},
		// From Monday 4 January 2027: 5, 7, 8, 11 and 12 January, since 6
		// January is trettondedag jul (Norway would give 11 January).
		{"registered letter over trettondedag jul", agreement.RegisteredPost, time.Date(2027, 1, 4, 10, 0, 0, 0, sto), time.Time{}, obligation.NewDate(2027, 1, 12)},
		// «nästa arbetsdag efter avsändandet»: from Friday 5 June 2026 the
		// next working day is Monday 8 June (6 June, nationaldagen, is a
		// Saturday).
		{"e-mail without confirmation", agreement.Email, time.Date(2026, 6, 5, 15, 0, 0, 0, sto), time.Time{}, obligation.NewDate(2026, 6, 8)},
		// «när avsändaren erhållit leveransbekräftelse»
		{"e-mail with confirmation", agreement.Email, time.Date(2026, 6, 5, 15, 0, 0, 0, sto), time.Date(2026, 6, 5, 15, 2, 0, 0, sto), obligation.NewDate(2026, 6, 5)},
	}
	for _, tt := range tests {
		got, clause, err := a.Notices.ReceivedOn(tt.ch, tt.sent, tt.confirmed, cal)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got != tt.want || clause != "18.3" {
			t.Errorf("%s: received on %s (clause %s), want %s (clause 18.3)", tt.name, got, clause, tt.want)
		}
	}
	// 18.2 names a registered letter, and 18.3 its receipt; an ordinary
	// letter is neither.
	if got := a.Notices.Channels; len(got) != 3 || got[2] != agreement.RegisteredPost {
		t.Errorf("18.2 channels %v, want the registered letter last", got)
	}
	if _, _, err := a.Notices.ReceivedOn(agreement.Post, time.Date(2026, 6, 18, 10, 0, 0, 0, sto), time.Time{}, cal); !errors.Is(err, agreement.ErrNoReceiptRule) {
		t.Errorf("an ordinary letter: %v, want ErrNoReceiptRule (18.3 speaks of registered letters)", err)
	}
	if _, _, err := a.Notices.ReceivedOn(agreement.Written, time.Date(2026, 6, 5, 15, 0, 0, 0, sto), time.Time{}, cal); !errors.Is(err, agreement.ErrNoReceiptRule) {
		t.Errorf("a channel without a rule: %v, want ErrNoReceiptRule", err)
	}
}

// TestStimmaAuditNoticeUnlessUrgent: 13.3, «Granskning ska, om inte annat
// krävs på grund av misstänkt personuppgiftsincident eller annan
// brådskande omständighet, aviseras minst 14 dagar i förväg». For an
// audit on Monday 15 June 2026, 14 clear days before it leave 31 May as
// the last day for the notice; a suspected breach or another urgent
// circumstance takes the notice away, and with neither fact known the
// notice is owed on the assumption that there is neither.
func TestStimmaAuditNoticeUnlessUrgent(t *testing.T) {
	a := examples.Stimma()
	cal := a.Calendar.Calendar()
	sto := cal.Location()
	notice := func(f obligation.Facts) (obligation.Duty, bool) {
		ev := obligation.Event{Kind: obligation.AuditRequested, At: time.Date(2026, 5, 4, 9, 0, 0, 0, sto),
			Effective: time.Date(2026, 6, 15, 9, 0, 0, 0, sto), Facts: f}
		ds, err := a.Agenda(ev, cal)
		if err != nil {
			t.Fatal(err)
		}
		return dutyOf(ds, obligation.AuditRequested, obligation.GiveAuditNotice)
	}
	last := time.Date(2026, 5, 31, 23, 59, 59, 999999999, sto)
	if d, ok := notice(obligation.Facts{False: obligation.BreachSuspected | obligation.Urgent}); !ok || !d.Due.At.Equal(last) || d.Clause != "13.3" {
		t.Errorf("nothing urgent: notice %+v (found %v), want due %v under 13.3", d, ok, last)
	}
	for _, f := range []obligation.Fact{obligation.BreachSuspected, obligation.Urgent} {
		if d, ok := notice(obligation.Facts{True: f}); ok {
			t.Errorf("%s: a notice is still owed (%+v)", f, d)
		}
	}
	if d, ok := notice(obligation.Facts{}); !ok || !d.Due.At.Equal(last) || d.Assumes.Unless != obligation.BreachSuspected|obligation.Urgent {
		t.Errorf("facts unknown: notice %+v (found %v), want due %v assuming neither a suspected breach nor urgency", d, ok, last)
	}
	// 13.5 c: the audit itself says the duty may be met by answers to
	// written questions.
	ev := obligation.Event{Kind: obligation.AuditRequested, At: time.Date(2026, 5, 4, 9, 0, 0, 0, sto), Effective: time.Date(2026, 6, 15, 9, 0, 0, 0, sto)}
	ds, err := a.Agenda(ev, cal)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := dutyOf(ds, obligation.AuditRequested, obligation.AllowAudit); !ok || !strings.Contains(d.Note, "written questions") || !strings.Contains(d.NoteNB, "skriftlige spørsmål") {
		t.Errorf("audit: %+v (found %v), want its notes to name the written answers of 13.5 c", d, ok)
	}
}
