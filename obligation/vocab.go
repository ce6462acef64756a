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
)

var channelEnum = enum{
	typ: "Channel",
	ids: []string{"", "written", "email", "post", "web-page", "updated-list", "subscription", "appropriate"},
	nb: []string{"ikke angitt", "skriftlig", "e-post", "brev", "i tjenestens portal eller på nettsiden", "oppdatert liste",
		"melding til dem som abonnerer på endringer", "kommunikasjonsform tilpasset hastegraden"},
	en: []string{"not stated", "in writing", "e-mail", "letter", "on the service's portal or website", "updated list",
		"a message to subscribers of updates", "a form suited to the urgency"},
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
