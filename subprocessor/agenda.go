package subprocessor

import (
	"time"

	"github.com/personvern/dpa/obligation"
)

// Agenda returns the deadlines of the assessment as duties, so that they
// can be listed or exported with the other duties ([obligation.ICalendar]):
// the processor's notice to the controller, due at the end of
// [Assessment.LatestNotice] in loc, and, where the agreement gives the
// controller a window to object, the end of that window
// ([Assessment.ObjectionBy]), as the controller's notice of its
// objection. A deadline the assessment does not have is left out; the
// notice is listed without a due instant when no latest day is known.
func (a Assessment) Agenda(loc *time.Location) []obligation.Duty {
	var duties []obligation.Duty
	if a.NoticeOwed {
		d := obligation.Duty{Event: obligation.SubprocessorChangeAnnounced, Since: a.NoticeFrom,
			Debtor: obligation.Processor, Creditor: obligation.Controller, Action: obligation.Notify,
			Due: obligation.Due{Period: a.NoticePeriod, Before: !a.NoticePeriod.IsZero()}, Clause: a.NoticeClause}
		if !a.LatestNotice.IsZero() && loc != nil {
			d.Due.At = a.LatestNotice.AddDays(1).In(loc).Add(-time.Nanosecond)
		}
		duties = append(duties, d)
	}
	if a.Objection == obligation.Stated && !a.ObjectionBy.IsZero() {
		duties = append(duties, obligation.Duty{Event: obligation.SubprocessorChangeAnnounced, Since: a.NoticeFrom,
			Debtor: obligation.Controller, Creditor: obligation.Processor, Action: obligation.Notify,
			Due: obligation.Due{At: a.ObjectionBy, Period: a.ObjectionPeriod}, Clause: a.ObjectionClause,
			Note: "the last instant an objection is on time"})
	}
	return duties
}
