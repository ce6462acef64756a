package subprocessor

import (
	"github.com/personvern/dpa/internal/enum"

	"github.com/personvern/dpa/obligation"
)

// Limit is a scope condition of a dated [Decision]. Its zero value,
// [Whole], means no condition.
type Limit uint8

const (
	// Whole: the decision covers every recipient in the country.
	Whole Limit = iota
	// PrivateSectorOnly: only private-sector (commercial) recipients
	// (Canada: organisations subject to PIPEDA; Japan: the private sector
	// under the APPI).
	PrivateSectorOnly
	// CertifiedOnly: only recipients on the framework's list (the US
	// frameworks).
	CertifiedOnly
)

var limitNames = [...]string{"whole", "private-sector-only", "certified-only"}

// String returns the identifier: "whole", "private-sector-only" or
// "certified-only".
func (l Limit) String() string {
	if int(l) < len(limitNames) {
		return limitNames[l]
	}
	return enum.Fallback("Limit", uint64(l))
}

// Decision is one dated legal basis in the transfer table ([Law]): an
// adequacy decision or a US framework, for which exporter side, when it
// applies and to whom.
type Decision struct {
	// Country is the ISO 3166-1 alpha-2 code of the destination; empty
	// when Region is set.
	Country string
	// Region is [EEA] for a United Kingdom or Swiss finding that covers
	// every state in the EEA on the day (by the region table); zero for a
	// decision on one country.
	Region Region
	// Mechanism is [Adequacy] for a country decision, or the US framework
	// ([SafeHarbour], [PrivacyShield], [DataPrivacyFramework]).
	Mechanism Mechanism
	// Act names the decision ("2000/518/EC").
	Act string
	// From is the first day it applies; zero when its start is not
	// modelled. Unless noted, it is the day of adoption (FACTS.md §3.1).
	From obligation.Date
	// Until is the first day it no longer applies; zero while in force.
	Until obligation.Date
	// Limit is its scope condition.
	Limit Limit
	// Note is a scope remark that does not change the outcome but should
	// be read (the 2021 UK decision's immigration exclusion).
	Note string
	// NoteNB is Note in Norwegian Bokmål.
	NoteNB string
	// EEAPending reports that its incorporation into the EEA Agreement
	// was not confirmed by the sources: applying it in Norway needs a
	// legal judgement (FACTS.md §3.2, "EEA lag").
	EEAPending bool
	// Exporter is the side whose decision it is: [ExporterEEA] for the
	// Commission's, [ExporterUK] for the United Kingdom's (the UK
	// Extension of the DPF), [ExporterCH] for Switzerland's.
	Exporter Exporter
	// Source names where the row comes from.
	Source string
}
