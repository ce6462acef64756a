package agreement

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/personvern/dpa/obligation"
)

// Receipt is when a notice sent by one channel counts as received («anses
// ha kommit mottagaren tillhanda», Stimma 18.3), whatever the day it was
// in fact read.
type Receipt struct {
	// Clause is the clause that says so.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Channel is how the notice is sent (post, email): the text may
	// deem each channel received on a different day.
	Channel Channel `json:"channel"`
	// OnConfirmation reports that the notice counts as received when the
	// sender gets a delivery confirmation («när avsändaren erhållit
	// leveransbekräftelse»).
	OnConfirmation bool `json:"onConfirmation,omitzero"`
	// After is the period from sending at whose last day the notice
	// counts as received: with OnConfirmation, where no confirmation came
	// («om sådan inte erhållits, nästa arbetsdag efter avsändandet»: one
	// working day); otherwise always («fem arbetsdagar efter
	// avsändandet»).
	After obligation.Period `json:"after,omitzero"`
}

// ErrNoReceiptRule is returned by [Notices.ReceivedOn] when the agreement
// says nothing of when a notice by the channel counts as received.
var ErrNoReceiptRule = errors.New("agreement: no rule for when such a notice counts as received")

// ReceivedOn returns the day a notice sent at sent by channel ch counts
// as received, counted in cal (the agreement's own calendar: its working
// days, such as Sweden's for a Swedish agreement), and the clause that
// says so. confirmed is when the sender got a delivery confirmation, or
// the zero time. It returns an error wrapping [ErrNoReceiptRule] when no
// receipt rule names the channel. A rule for the channel itself comes
// first; a rule for letters applies to a registered letter that has none
// of its own ([obligation.Channel.Covers]).
func (n Notices) ReceivedOn(ch Channel, sent, confirmed time.Time, cal obligation.Calendar) (obligation.Date, obligation.Clause, error) {
	k := slices.IndexFunc(n.Receipts, func(r Receipt) bool { return r.Channel == ch })
	if k < 0 {
		k = slices.IndexFunc(n.Receipts, func(r Receipt) bool { return r.Channel.Covers(ch) })
	}
	if k < 0 {
		return obligation.Date{}, "", fmt.Errorf("%w: %s", ErrNoReceiptRule, ch)
	}
	r := &n.Receipts[k]
	if r.OnConfirmation && !confirmed.IsZero() {
		return obligation.DateOf(confirmed.In(cal.Location())), r.Clause, nil
	}
	if r.After.IsZero() {
		return obligation.Date{}, r.Clause, fmt.Errorf("%w: clause %s gives no period without a confirmation", ErrNoReceiptRule, r.Clause)
	}
	d, err := cal.DeadlineDay(sent, r.After)
	return d, r.Clause, err
}
