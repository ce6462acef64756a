package examples_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// TestRetentionUntilEvents: the rows of a retention table that keep data
// until an event rather than for a period, and retention until the purpose
// ceases.
func TestRetentionUntilEvents(t *testing.T) {
	cal := obligation.Norway()
	deletions := func(a interface {
		Agenda(obligation.Event, obligation.Calendar) ([]obligation.Duty, error)
	}, ev obligation.Event) []obligation.Duty {
		t.Helper()
		ds, err := a.Agenda(ev, cal)
		if err != nil {
			t.Fatal(err)
		}
		var out []obligation.Duty
		for _, d := range ds {
			if d.Action == obligation.DeleteData {
				out = append(out, d)
			}
		}
		return out
	}
	st := examples.Stimma()
	// Bilaga 1 §3.2: accounts «Tills kontot raderas eller avtal upphör»:
	// an account closed on Wednesday 4 March 2026 at 14:00 is deleted then.
	closed := oslo(2026, time.March, 4, 14, 0)
	ds := deletions(st, obligation.Event{Kind: obligation.AccountClosed, At: closed})
	if len(ds) != 1 || !ds[0].Due.At.Equal(closed) || ds[0].Clause != "Bilaga 1 §3.2" {
		t.Errorf("Stimma, account closed: deletions %+v, want one due at %v under Bilaga 1 §3.2", ds, closed)
	}
	if got, err := st.Retention.DeleteBy("Användarkonton", closed, cal); err != nil || !got.Equal(closed) {
		t.Errorf("Stimma accounts: DeleteBy = %v, %v; want %v", got, err, closed)
	}
	// «… eller avtal upphör»: both rows end with the agreement too.
	end := oslo(2026, time.June, 30, 12, 0)
	n := 0
	for _, d := range deletions(st, obligation.Event{Kind: obligation.AgreementEnds, At: end}) {
		if d.Clause == "Bilaga 1 §3.2" && d.Due.At.Equal(end) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("Stimma, the agreement ends: %d deletions under Bilaga 1 §3.2 at the end, want 2 (accounts and progress)", n)
	}
	// We4you: «beholdes disse til hensiktsmessigheten opphører», and data
	// no longer relevant «fjernes … uten ugrunnet opphold».
	ds = deletions(examples.We4you(), obligation.Event{Kind: obligation.PurposeEnds, At: oslo(2026, time.May, 4, 9, 0)})
	if len(ds) != 2 {
		t.Fatalf("We4you, the purpose ends: %d deletions, want 2", len(ds))
	}
	for _, d := range ds {
		if d.Due.Period != obligation.Unquantified(obligation.WithoutUndueDelay) || d.Due.IsFixed() {
			t.Errorf("We4you, the purpose ends: deletion due %+v, want «uten ugrunnet opphold» with no fixed instant", d.Due)
		}
	}
}
