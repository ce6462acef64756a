package obligation

import "golang.org/x/text/language"

// This file holds the one vocabulary the packages share for how notice is
// given: agreement-wide notices, the announcement of a subprocessor
// change and a breach notice all name their channels with [Channel].

// Channel is a way notice is given or must be given. The zero Channel
// means the agreement does not say.
type Channel uint8

const (
	// Written: in writing, in whatever form the agreement allows
	// ("skriftlig (herunder elektronisk)").
	Written Channel = iota + 1
	// Email: by e-mail.
	Email
	// Letter: by letter, on paper.
	Letter
	// Portal: on the service's portal or website, where the controller
	// reads it when it logs in or visits ("varsel i portalen").
	Portal
	// UpdatedList: the processor updates a list (of subprocessors, on a
	// web page or in a privacy policy) that the controller must check
	// itself: no message reaches the controller.
	UpdatedList
	// Subscription: a message to those who have subscribed to updates
	// ("subscribe to receive notifications of new sub-processors").
	Subscription
	// Appropriate: a form of communication suited to the urgency
	// ("hensiktsmessig i forhold til hastegrad").
	Appropriate
	// RegisteredLetter: by registered letter, whose posting the postal
	// service records ("rekommandert brev"; Swedish «rekommenderat
	// brev»). It is a [Letter] too, so a term that accepts any letter
	// accepts it ([Channel.Covers]); a term that asks for a registered
	// letter is not met by an ordinary one.
	RegisteredLetter
)

var channelEnum = enum{
	typ: "Channel",
	ids: []string{"", "written", "email", "post", "web-page", "updated-list", "subscription", "appropriate", "registered-letter"},
	nb: []string{"ikke angitt", "skriftlig", "e-post", "brev", "i tjenestens portal eller på nettsiden", "oppdatert liste",
		"melding til dem som abonnerer på endringer", "kommunikasjonsform tilpasset hastegraden", "rekommandert brev"},
	en: []string{"not stated", "in writing", "e-mail", "letter", "on the service's portal or website", "updated list",
		"a message to subscribers of updates", "a form suited to the urgency", "registered letter"},
}

// channelAliases are identifiers earlier versions wrote, accepted on input.
var channelAliases = map[string]Channel{"written-notice": Written}

// String returns the identifier, such as "email".
func (c Channel) String() string { return channelEnum.str(uint8(c)) }

// Label returns the Norwegian Bokmål or English label.
func (c Channel) Label(tag language.Tag) string { return channelEnum.label(uint8(c), tag) }

// IsValid reports whether c is one of the declared channels.
func (c Channel) IsValid() bool { return channelEnum.valid(uint8(c)) }

// Reaches reports whether notice by c reaches the controller without its
// looking: false for [UpdatedList] and [Portal], which it must check
// itself, true for the others.
func (c Channel) Reaches() bool { return c.IsValid() && c != UpdatedList && c != Portal }

// Covers reports whether a term that names channel c applies to notice
// given by channel d: d is c, or c is [Letter] and d a
// [RegisteredLetter], which is a letter too. Whether e-mail is notice
// [Written] depends on the agreement, so Written covers only itself.
func (c Channel) Covers(d Channel) bool {
	return c == d || c == Letter && d == RegisteredLetter
}

// MarshalText encodes the identifier; the zero Channel is "".
func (c Channel) MarshalText() ([]byte, error) { return channelEnum.marshal(uint8(c)) }

// UnmarshalText accepts exactly the identifiers String returns, or "",
// and "written-notice" for [Written].
func (c *Channel) UnmarshalText(b []byte) error {
	if a, ok := channelAliases[string(b)]; ok {
		*c = a
		return nil
	}
	v, err := channelEnum.unmarshal(b)
	*c = Channel(v)
	return err
}

// RefundKind is what a controller who ends the agreement early gets back
// of what it paid: the one vocabulary of refunds, for a termination over a
// subprocessor change and for any other early end an agreement prices.
// The zero RefundKind means the agreement does not say.
type RefundKind uint8

const (
	// NoRefund: nothing is refunded (MailMojo 2.7: services already
	// invoiced are not refunded).
	NoRefund RefundKind = iota + 1
	// CurrentPeriod: everything paid for the current agreement period
	// ("beløpet som er betalt innen gjeldende avtaleperiode vil bli
	// refundert", We Are Media).
	CurrentPeriod
	// ProRata: the share of what was paid for the period that its unused
	// time makes up ("refusjon som står i forhold til … tid som gjenstår i
	// avtalen", Assistert Selvhjelp).
	ProRata
	// NoFutureInvoices: nothing paid is refunded, but nothing is invoiced
	// for the time after the end ("no future invoices").
	NoFutureInvoices
)

var refundEnum = enum{
	typ: "RefundKind",
	ids: []string{"", "none", "current-period", "pro-rata", "no-future-invoices"},
	nb: []string{"ikke angitt", "ingen refusjon", "refusjon av det som er betalt for gjeldende periode", "forholdsmessig refusjon for ubrukt tid",
		"ingen fakturaer for tiden etter opphøret"},
	en: []string{"not stated", "no refund", "refund of what was paid for the current period", "refund in proportion to the unused time",
		"no invoices for the time after the end"},
}

// refundAliases are the identifiers the agreement package wrote for its
// refund bases before refunds had one vocabulary; accepted on input.
var refundAliases = map[string]RefundKind{"paid-for-current-period": CurrentPeriod, "unused-time": ProRata}

// String returns the identifier: "none", "current-period", "pro-rata" or
// "no-future-invoices".
func (k RefundKind) String() string { return refundEnum.str(uint8(k)) }

// Label returns the Norwegian Bokmål or English label.
func (k RefundKind) Label(tag language.Tag) string { return refundEnum.label(uint8(k), tag) }

// IsValid reports whether k is one of the declared kinds.
func (k RefundKind) IsValid() bool { return refundEnum.valid(uint8(k)) }

// MarshalText encodes the identifier; the zero RefundKind is "".
func (k RefundKind) MarshalText() ([]byte, error) { return refundEnum.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers String returns, or "",
// and the earlier names "paid-for-current-period" and "unused-time".
func (k *RefundKind) UnmarshalText(b []byte) error {
	if a, ok := refundAliases[string(b)]; ok {
		*k = a
		return nil
	}
	v, err := refundEnum.unmarshal(b)
	*k = RefundKind(v)
	return err
}
