package subprocessor

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/personvern/dpa/obligation"
)

// Law is the set of dated legal tables the transfer evaluators apply:
// region membership, adequacy decisions and the US frameworks, and the
// standard contractual clauses and UK instruments with their transitions.
// Each row carries its dates and its source.
//
// The module embeds the tables as readable files (law/regions.tsv,
// law/decisions.tsv, law/clauses.tsv); [EmbeddedLaw] returns them, and
// the package-level evaluators ([Transfer], [Register.Transfers]) use
// them. To evaluate against newer facts without changing the module, read
// the tables from your own copy of the files with [ReadLaw], or edit a
// Law value, and call the methods of that value ([Law.Transfer],
// [Law.AssessEntry]). A Law is read, never modified, by the evaluators,
// so one value is safe for concurrent use.
type Law struct {
	// Regions is the dated membership of the EU, of the EEA EFTA states,
	// and of the places transfers to which were for a time treated as
	// transfers within the EEA.
	Regions []Membership
	// Decisions are the adequacy decisions and the US frameworks.
	Decisions []Decision
	// Instruments are the standard contractual clauses and the UK
	// instruments, with the days they could be concluded and used.
	Instruments []Instrument
}

// Membership is one dated row of the region table: Country belongs to
// Group from From (zero: throughout the table's history) until the day
// before Until (zero: still).
type Membership struct {
	// Group is "eu" (a member state of the European Union), "eea" (an EEA
	// EFTA state), "bridge" (not a member, but transfers from the EEA
	// were not yet transfers to a third country) or "eu-law" (not a
	// member, but EU law, the GDPR included, still applied in it: the
	// United Kingdom's transition period).
	Group string
	// Country is the ISO 3166-1 alpha-2 code.
	Country string
	// From is the first day of membership; zero when it predates the table.
	From obligation.Date
	// Until is the first day no longer a member; zero while a member.
	Until obligation.Date
	// Source names where the dates come from.
	Source string
}

// Instrument is one dated row of the table of contractual transfer
// instruments: for one exporter side, a set of standard contractual
// clauses or a UK instrument, when it may be concluded and when it stops
// giving a basis.
type Instrument struct {
	// Exporter is the side whose rules the row states.
	Exporter Exporter
	// Mechanism is [SCC2021], [LegacySCC], [UKIDTA] or [UKAddendum].
	Mechanism Mechanism
	// Act names the instrument.
	Act string
	// From is the first day it may be used; zero when that predates the
	// table.
	From obligation.Date
	// NewUntil is the first day it may no longer be concluded for a new
	// contract; zero when there is no such day.
	NewUntil obligation.Date
	// Until is the first day it gives no basis even for contracts
	// concluded earlier; zero while in force.
	Until obligation.Date
	// Requires is a mechanism that must be named with it on this side (the
	// EU clauses need the UK Addendum for a UK exporter); zero for none.
	Requires Mechanism
	// Source names where the dates come from.
	Source string
}

//go:embed law/*.tsv
var lawFiles embed.FS

// defaultLaw is the embedded tables, parsed once. It is never modified.
var defaultLaw = mustReadLaw()

func mustReadLaw() *Law {
	l, err := ReadLaw(lawFiles)
	if err != nil {
		// The embedded files are part of the module and tested; an error
		// here is a defect of the module, not of any input.
		panic(err)
	}
	return &l
}

// EmbeddedLaw returns a copy of the tables embedded in the module.
func EmbeddedLaw() Law {
	return Law{
		Regions:     append([]Membership(nil), defaultLaw.Regions...),
		Decisions:   append([]Decision(nil), defaultLaw.Decisions...),
		Instruments: append([]Instrument(nil), defaultLaw.Instruments...),
	}
}

// farFuture is a day after every date of the tables: "today's" state.
var farFuture = obligation.NewDate(9999, 12, 31)

// ReadLaw reads the three tables from fsys, in the format of the files
// the module embeds: law/regions.tsv, law/decisions.tsv and
// law/clauses.tsv, tab-separated with a header line, lines starting with
// "#" ignored. Pass os.DirFS(dir) for a directory holding a "law"
// folder. Errors name the file and line.
func ReadLaw(fsys fs.FS) (Law, error) {
	var l Law
	err := readTable(fsys, "law/regions.tsv", []string{"region", "country", "from", "until", "source"}, func(f []string) error {
		m := Membership{Group: f[0], Country: f[1], Source: f[4]}
		switch m.Group {
		case "eu", "eea", "bridge", "eu-law":
		default:
			return fmt.Errorf("region %q (want eu, eea, bridge or eu-law)", m.Group)
		}
		if err := checkCountry(m.Country); err != nil {
			return err
		}
		if err := parseDates(f[2:4], &m.From, &m.Until); err != nil {
			return err
		}
		l.Regions = append(l.Regions, m)
		return nil
	})
	if err != nil {
		return Law{}, err
	}
	err = readTable(fsys, "law/decisions.tsv", []string{"exporter", "country", "mechanism", "act", "from", "until", "limit", "eea-pending", "note", "note-nb", "source"}, func(f []string) error {
		d := Decision{Country: f[1], Act: f[3], Note: f[8], NoteNB: f[9], Source: f[10]}
		if err := d.Exporter.UnmarshalText([]byte(f[0])); err != nil || d.Exporter == 0 {
			return fmt.Errorf("exporter %q", f[0])
		}
		if d.Country == "EEA" {
			// The United Kingdom's and Switzerland's findings for every
			// state of the EEA, dated by the region table.
			if d.Exporter == ExporterEEA {
				return fmt.Errorf("a decision for the EEA from the EEA")
			}
			d.Country, d.Region = "", EEA
		} else if err := checkCountry(d.Country); err != nil {
			return err
		}
		if err := d.Mechanism.UnmarshalText([]byte(f[2])); err != nil {
			return err
		}
		switch d.Mechanism {
		case Adequacy, SafeHarbour, PrivacyShield, DataPrivacyFramework:
		default:
			return fmt.Errorf("mechanism %q is not a decision", f[2])
		}
		if err := parseDates(f[4:6], &d.From, &d.Until); err != nil {
			return err
		}
		switch f[6] {
		case "":
		case "private-sector-only":
			d.Limit = PrivateSectorOnly
		case "certified-only":
			d.Limit = CertifiedOnly
		default:
			return fmt.Errorf("limit %q", f[6])
		}
		switch f[7] {
		case "":
		case "pending":
			d.EEAPending = true
		default:
			return fmt.Errorf("eea-pending %q (want pending or empty)", f[7])
		}
		if d.Act == "" || d.Source == "" {
			return fmt.Errorf("act and source are required")
		}
		if d.Region != 0 && d.Mechanism != Adequacy {
			return fmt.Errorf("a decision for the EEA must be an adequacy decision")
		}
		if (d.Note == "") != (d.NoteNB == "") {
			return fmt.Errorf("a note needs both its English and its Norwegian text")
		}
		l.Decisions = append(l.Decisions, d)
		return nil
	})
	if err != nil {
		return Law{}, err
	}
	err = readTable(fsys, "law/clauses.tsv", []string{"exporter", "mechanism", "act", "from", "new-until", "until", "requires", "source"}, func(f []string) error {
		in := Instrument{Act: f[2], Source: f[7]}
		if err := in.Exporter.UnmarshalText([]byte(f[0])); err != nil || in.Exporter == 0 {
			return fmt.Errorf("exporter %q", f[0])
		}
		if err := in.Mechanism.UnmarshalText([]byte(f[1])); err != nil {
			return err
		}
		switch in.Mechanism {
		case SCC2021, LegacySCC, UKIDTA, UKAddendum:
		default:
			return fmt.Errorf("mechanism %q is not a contractual instrument", f[1])
		}
		if err := parseDates(f[3:4], &in.From); err != nil {
			return err
		}
		if err := parseDates(f[4:6], &in.NewUntil, &in.Until); err != nil {
			return err
		}
		if err := in.Requires.UnmarshalText([]byte(f[6])); err != nil {
			return err
		}
		if in.Act == "" || in.Source == "" {
			return fmt.Errorf("act and source are required")
		}
		l.Instruments = append(l.Instruments, in)
		return nil
	})
	if err != nil {
		return Law{}, err
	}
	return l, nil
}

// parseDates parses the date cells into ds, each empty or YYYY-MM-DD, and checks
// that they are in order.
func parseDates(cells []string, ds ...*obligation.Date) error {
	var last obligation.Date
	for i, c := range cells {
		if c == "" {
			continue
		}
		d, err := obligation.ParseDate(c)
		if err != nil {
			return err
		}
		if !last.IsZero() && !last.Before(d) {
			return fmt.Errorf("%s is not after %s", d, last)
		}
		*ds[i], last = d, d
	}
	return nil
}

// readTable reads one tab-separated table: comment lines, a header equal
// to cols, then rows of exactly len(cols) cells.
func readTable(fsys fs.FS, name string, cols []string, row func([]string) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("subprocessor: law: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	header := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !header {
			if strings.Join(f, ",") != strings.Join(cols, ",") {
				return fmt.Errorf("subprocessor: law: %s:%d: header %q, want %q", name, n, strings.Join(f, ","), strings.Join(cols, ","))
			}
			header = true
			continue
		}
		if len(f) != len(cols) {
			return fmt.Errorf("subprocessor: law: %s:%d: %d cells, want %d", name, n, len(f), len(cols))
		}
		if err := row(f); err != nil {
			return fmt.Errorf("subprocessor: law: %s:%d: %w", name, n, err)
		}
	}
	if !header {
		return fmt.Errorf("subprocessor: law: %s: no header line", name)
	}
	return sc.Err()
}

// member reports whether country belongs to group on day on.
func (l *Law) member(group, country string, on obligation.Date) bool {
	return l.memberOf(group, "", country, on)
}

// memberOf reports whether country belongs to group, or to group2 when it
// is not empty, on day on.
func (l *Law) memberOf(group, group2, country string, on obligation.Date) bool {
	for i := range l.Regions {
		m := &l.Regions[i]
		// The country first: most rows differ there.
		if sameCode(m.Country, country) && (m.Group == group || m.Group == group2 && group2 != "") &&
			(m.From.IsZero() || !on.Before(m.From)) && (m.Until.IsZero() || on.Before(m.Until)) {
			return true
		}
	}
	return false
}

// groupSet is a set of the region table's groups.
type groupSet uint8

const (
	inEU groupSet = 1 << iota
	inEEAEFTA
	inBridge
	inEULaw
)

// groups returns the groups country belongs to on day on.
func (l *Law) groups(country string, on obligation.Date) groupSet {
	var g groupSet
	for i := range l.Regions {
		m := &l.Regions[i]
		if !sameCode(m.Country, country) || !(m.From.IsZero() || !on.Before(m.From)) || !(m.Until.IsZero() || on.Before(m.Until)) {
			continue
		}
		switch m.Group {
		case "eu":
			g |= inEU
		case "eea":
			g |= inEEAEFTA
		case "bridge":
			g |= inBridge
		case "eu-law":
			g |= inEULaw
		}
	}
	return g
}

// inEEA reports whether country is in the EEA on day on: an EU member
// state or an EEA EFTA state.
func (l *Law) inEEA(country string, on obligation.Date) bool {
	return l.memberOf("eu", "eea", country, on)
}

// Member reports whether the country with ISO 3166-1 alpha-2 code country
// is in region r on day on: for [EU], an EU member state; for [EEA] and
// [EUEEA], an EU member state or an EEA EFTA state; for [EEAAdequate],
// also a country with an adequacy decision for EEA exporters on that day
// (whatever its scope); for [Global], every country.
func (l Law) Member(r Region, country string, on obligation.Date) bool {
	switch r {
	case EU:
		return l.member("eu", country, on)
	case EEA, EUEEA:
		return l.inEEA(country, on)
	case EEAAdequate:
		if l.inEEA(country, on) {
			return true
		}
		for i := range l.Decisions {
			d := &l.Decisions[i]
			if d.Exporter == ExporterEEA && d.Country == country && (d.Mechanism == Adequacy || d.Mechanism == DataPrivacyFramework) && d.applies(on) {
				return true
			}
		}
		return false
	case Global:
		return true
	}
	return false
}

// sameCode reports whether a and b are the same country code, comparing
// two-letter codes byte by byte: the tables are scanned for every place
// judged, and a string comparison call per row costs more than the rest.
func sameCode(a, b string) bool {
	if len(a) == 2 && len(b) == 2 {
		return a[0] == b[0] && a[1] == b[1]
	}
	return a == b
}

// covers reports whether decision d names country, or a region country is
// in on day on.
func (l *Law) covers(d *Decision, country string, on obligation.Date) bool {
	if d.Region == EEA {
		return country != "" && l.inEEA(country, on)
	}
	return sameCode(d.Country, country)
}

// InEEA reports whether the country is in the EEA on day on.
func (l Law) InEEA(country string, on obligation.Date) bool { return l.inEEA(country, on) }

// applies reports whether d is in force on day on.
func (d *Decision) applies(on obligation.Date) bool {
	return (d.From.IsZero() || !on.Before(d.From)) && (d.Until.IsZero() || on.Before(d.Until))
}
