package examples_test

import (
	"errors"
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
