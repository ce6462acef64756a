package review

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// Code identifies a [Check] and the findings it reports: a stable
// kebab-case name for programs, tests and suppression lists, as
// staticcheck's identifiers are. The constants of this package are the
// codes of the [Default] checks; each constant's comment says what
// triggers it and what does not.
//
// # Naming rule
//
// A code names the instrument first, then the provision the check tests
// (its [Check.Basis]), then a short topic:
//
//   - "gdpr-" for Regulation (EU) 2016/679, with the article, paragraph
//     and point: "gdpr-28-3-h-audit-missing" tests Art. 28(3)(h),
//     "gdpr-28-3-subject-matter-missing" the first sentence of Art. 28(3);
//   - "scc915-" for the standard contractual clauses of Decision (EU)
//     2021/915, with the clause and point: "scc915-7-5-…" tests Clause
//     7.5, "scc915-10-a-…" Clause 10(a);
//   - "no-" for Norwegian acts and regulations.
//
// The topic ends in what is wrong: "-missing" (the term is not there),
// "-vague" (a standard instead of a period), "-implied" (only implicit),
// "-contradicts" (two clauses disagree), and so on. A code has one
// severity: where the law's answer differs by case, each case has its own
// code. A user's own checks may use any kebab-case code that is not
// taken.
type Code string

// Codes returns the codes of the [Default] checks, in order.
func Codes() []Code { return Set(defaultSet[:]).Codes() }

// Known reports whether c is the code of one of the [Default] checks.
func (c Code) Known() bool {
	for i := range defaultSet {
		if defaultSet[i].Code == c {
			return true
		}
	}
	return false
}

// wellFormed reports whether c is kebab-case: lower-case ASCII letters and
// digits in words joined by single hyphens.
func (c Code) wellFormed() bool {
	if c == "" || c[0] == '-' || c[len(c)-1] == '-' {
		return false
	}
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
		case b == '-' && c[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// String returns the code itself.
func (c Code) String() string { return string(c) }

// MarshalText encodes a well-formed code: a default check's or a user's
// own. A code that is not kebab-case is an error.
func (c Code) MarshalText() ([]byte, error) {
	if !c.wellFormed() {
		return nil, fmt.Errorf("review: malformed finding code %q", string(c))
	}
	return []byte(c), nil
}

// UnmarshalText accepts a well-formed code, so a report with findings of
// a user's own checks decodes; a code that is not kebab-case is an error.
// Use [Code.Known] to tell the default checks' codes.
func (c *Code) UnmarshalText(b []byte) error {
	if !Code(b).wellFormed() {
		return fmt.Errorf("review: malformed finding code %q", b)
	}
	*c = Code(b)
	return nil
}

// Severity is how much a [Finding] matters. Lower values are more severe,
// so sorting by Severity puts the most severe first. The zero Severity is
// unspecified.
type Severity uint8

const (
	// Unmet: a requirement of the law is missing from the agreement or
	// contradicted by it.
	Unmet Severity = iota + 1
	// Weak: the agreement addresses the matter, but weakly, vaguely or in a
	// way that carries a risk; also where the reading is debatable.
	Weak
	// Info: for information; nothing the law requires is missing.
	Info
)

// severityLabels holds each Severity's identifier and its Norwegian
// Bokmål and English names, indexed by the Severity.
var severityLabels = [...]struct{ id, nb, en string }{{},
	{"unmet", "mangler eller motstrid", "missing or contradicted"},
	{"weak", "svakt, vagt eller risikabelt", "weak, vague or risky"},
	{"info", "til orientering", "for information"},
}

func (s Severity) valid() bool { return s != 0 && int(s) < len(severityLabels) }

// String returns the identifier: "unmet", "weak" or "info"; an invalid
// Severity prints as "unset" for zero and "Severity(n)" otherwise.
func (s Severity) String() string {
	if !s.valid() {
		return enum.Fallback("Severity", uint64(s))
	}
	return severityLabels[s].id
}

// MarshalText encodes the identifier; the zero or an unknown Severity is
// an error.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.valid() {
		return nil, fmt.Errorf("review: invalid severity %d", uint8(s))
	}
	return []byte(severityLabels[s].id), nil
}

// UnmarshalText accepts exactly the identifiers String returns.
func (s *Severity) UnmarshalText(b []byte) error {
	for i := 1; i < len(severityLabels); i++ {
		if severityLabels[i].id == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("review: unknown severity %s (want one of unmet, weak, info)", enum.Quote(string(b)))
}

// Finding is one thing a review found. It is data: its text is produced
// at display time by [Finding.Message] in the reader's language.
type Finding struct {
	// Code says what kind of finding this is.
	Code Code `json:"code"`
	// Severity says how much it matters.
	Severity Severity `json:"severity"`
	// Clause is the clause the finding concerns, when there is one.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Also are further clauses with the same problem: the same gap in two
	// paragraphs is one finding that cites both.
	Also []obligation.Clause `json:"also,omitempty"`
	// Absent reports that what the finding concerns is not in the
	// agreement at all; Clause is then empty.
	Absent bool `json:"absent,omitzero"`
	// Basis is the legal reference behind the finding.
	Basis Reference `json:"basis"`
	// Args are the message's parameters, in the order the message of Code
	// uses them.
	Args []Arg `json:"args,omitzero"`
	// Inferred is the reason, where the finding rests on a term the
	// agreement's model reads from the text rather than one the text
	// states ([obligation.Inferred]); the message ends by saying so, in
	// English with the reason (the models' reasons are in English), in
	// Norwegian without it.
	Inferred string `json:"inferred,omitzero"`
}

// Equal reports whether f and g are the same finding. Finding holds a
// slice, so == does not compile; Equal lets go-cmp compare findings.
func (f Finding) Equal(g Finding) bool {
	return f.Code == g.Code && f.Severity == g.Severity && f.Clause == g.Clause &&
		slices.Equal(f.Also, g.Also) && f.Absent == g.Absent && f.Basis == g.Basis && slices.Equal(f.Args, g.Args) &&
		f.Inferred == g.Inferred
}

// Arg is one parameter of a finding's message. At most one field is set,
// but for Key with Clause:
// Text is shown as it is (a document's title, a subprocessor's name), Date
// in the reader's language; Law, Country (ISO 3166-1 alpha-2), Mechanism,
// Mechanisms (the transfer bases an agreement names), Items (breach notice
// contents) and Period by their names in the reader's language; Clause as
// a reference to a clause of the agreement, cited in the reader's language
// ("pkt. 4.2", "clause 4.2"); and Key is a phrase of the review's message
// catalog. Key and Clause together are a phrase that cites the clause
// ("the rule of precedence in clause 6.3"). The zero Arg shows as nothing.
type Arg struct {
	Text       string                    `json:"text,omitzero"`
	Date       obligation.Date           `json:"date,omitzero"`
	Law        Instrument                `json:"law,omitzero"`
	Country    string                    `json:"country,omitzero"`
	Mechanism  subprocessor.Mechanism    `json:"mechanism,omitzero"`
	Mechanisms subprocessor.MechanismSet `json:"mechanisms,omitzero"`
	Items      breach.Items              `json:"items,omitzero"`
	Period     obligation.Period         `json:"period,omitzero"`
	Key        string                    `json:"key,omitzero"`
	Clause     obligation.Clause         `json:"clause,omitzero"`
}

// Report is the result of a review: the agreement's ID and title, the review date
// and the findings, ordered by severity (most severe first), then legal
// basis, then code, then clause. The order is stable: the same agreement
// reviewed on the same day gives the same report. A Report is a value;
// its methods return new reports and never change the receiver's findings.
type Report struct {
	// Agreement is the reviewed agreement's ID.
	Agreement string `json:"agreement"`
	// Title is the reviewed agreement's title, and Processor the name of
	// its processor party, for the report's heading.
	Title     string `json:"title,omitempty"`
	Processor string `json:"processor,omitempty"`
	// On is the day the agreement was reviewed on.
	On obligation.Date `json:"on,omitzero"`
	// Language is the BCP 47 tag of the agreement's language: the text
	// quotes a clause heading as a name when it is written in another
	// language.
	Language string `json:"language,omitzero"`
	// Findings are the findings in the report's order; nil when there are
	// none.
	Findings []Finding `json:"findings,omitzero"`
}

// Equal reports whether r and s hold the same findings for the same
// agreement and day.
func (r Report) Equal(s Report) bool {
	return r.Agreement == s.Agreement && r.Title == s.Title && r.Processor == s.Processor && r.On == s.On && r.Language == s.Language && slices.EqualFunc(r.Findings, s.Findings, Finding.Equal)
}

// Filter returns the report with only the findings keep accepts.
func (r Report) Filter(keep func(Finding) bool) Report {
	out := Report{Agreement: r.Agreement, Title: r.Title, Processor: r.Processor, On: r.On, Language: r.Language}
	for _, f := range r.Findings {
		if keep(f) {
			out.Findings = append(out.Findings, f)
		}
	}
	return out
}

// WithSeverity returns the report with only findings of the given
// severities.
func (r Report) WithSeverity(s ...Severity) Report {
	return r.Filter(func(f Finding) bool { return slices.Contains(s, f.Severity) })
}

// WithCode returns the report with only findings of the given codes.
func (r Report) WithCode(c ...Code) Report {
	return r.Filter(func(f Finding) bool { return slices.Contains(c, f.Code) })
}

// Within returns the report with only findings whose basis lies within
// ref: Reference{Instrument: GDPR, Article: "28"} keeps findings under
// every paragraph and point of Art. 28.
func (r Report) Within(ref Reference) Report {
	return r.Filter(func(f Finding) bool { return ref.Contains(f.Basis) })
}

// Suppress returns the report without findings of the given codes, for
// findings a reader has seen and accepted.
func (r Report) Suppress(c ...Code) Report {
	return r.Filter(func(f Finding) bool { return !slices.Contains(c, f.Code) })
}

// Has reports whether the report holds a finding with code c.
func (r Report) Has(c Code) bool {
	return slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Code == c })
}

// Count returns how many findings have severity s.
func (r Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// sortedFindings returns a new slice with the findings of fs in the order
// [Report] documents; the last keys make the order total, so it does not
// depend on the checks' order. It sorts their indexes and copies each
// finding once: a finding is large, and moving it in the heap while the
// collector runs costs a write barrier for each of its pointers.
func sortedFindings(fs []Finding) []Finding {
	var buf [64]int
	order := buf[:0]
	if len(fs) > len(buf) {
		order = make([]int, 0, len(fs))
	}
	for i := range fs {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(i, j int) int { return compareFindings(&fs[i], &fs[j]) })
	out := make([]Finding, len(fs))
	for k, i := range order {
		out[k] = fs[i]
	}
	return out
}

// compareFindings orders two findings by the keys [Report] documents. It
// compares key by key and stops at the first that differs: sorting a
// report compares findings many times, and most differ in severity or
// basis.
func compareFindings(f, g *Finding) int {
	if c := cmp.Compare(f.Severity, g.Severity); c != 0 {
		return c
	}
	if c := f.Basis.Compare(g.Basis); c != 0 {
		return c
	}
	if c := strings.Compare(string(f.Code), string(g.Code)); c != 0 {
		return c
	}
	if c := strings.Compare(string(f.Clause), string(g.Clause)); c != 0 {
		return c
	}
	return slices.CompareFunc(f.Args, g.Args, compareArg)
}

func compareArg(a, b Arg) int {
	if c := strings.Compare(a.Text, b.Text); c != 0 {
		return c
	}
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Law), string(b.Law)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Country, b.Country); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Mechanism, b.Mechanism); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Items, b.Items); c != 0 {
		return c
	}
	if a.Period != b.Period {
		if c := strings.Compare(a.Period.String(), b.Period.String()); c != 0 {
			return c
		}
	}
	return strings.Compare(a.Key, b.Key)
}

// Reference is a point in a legal instrument: GDPR Art. 28(3)(h) is
// Reference{Instrument: GDPR, Article: "28", Paragraph: 3, Point: "h"}. The
// article is an article of an EU regulation or directive, a clause of the
// 2021/915 standard clauses ("7.5") or a section (§) of a Norwegian act;
// an empty Article refers to the instrument as a whole. It is comparable.
type Reference struct {
	Instrument Instrument `json:"instrument"`
	Article    string     `json:"article,omitzero"`
	// Paragraph is the numbered paragraph (GDPR "28(3)"); 0 means none.
	Paragraph int `json:"paragraph,omitzero"`
	// Subparagraph is the unnumbered subparagraph of the paragraph, from
	// 1 ("Art. 28(3), second subparagraph" is 2); 0 means the whole
	// paragraph.
	Subparagraph int `json:"subparagraph,omitzero"`
	// Point is the lettered point ("h"); empty means none.
	Point string `json:"point,omitzero"`
}

// Art returns the reference to GDPR Art. article(paragraph)(point); a zero
// paragraph or empty point leaves that part out.
func Art(article string, paragraph int, point string) Reference {
	return Reference{Instrument: GDPR, Article: article, Paragraph: paragraph, Point: point}
}

// Contains reports whether s lies within r: the same instrument, and every
// part r gives equal in s.
func (r Reference) Contains(s Reference) bool {
	return r.Instrument == s.Instrument &&
		(r.Article == "" || r.Article == s.Article) &&
		(r.Paragraph == 0 || r.Paragraph == s.Paragraph) &&
		(r.Subparagraph == 0 || r.Subparagraph == s.Subparagraph) &&
		(r.Point == "" || r.Point == s.Point)
}

// Compare orders references: the GDPR first, then the 2021/915 clauses,
// then other instruments by identifier; within an instrument by article
// in numeric order (28 before 32, 7.5 before 7.10), paragraph,
// subparagraph and point.
func (r Reference) Compare(s Reference) int {
	if r == s {
		return 0
	}
	if c := cmp.Compare(r.Instrument.rank(), s.Instrument.rank()); c != 0 {
		return c
	}
	if c := strings.Compare(string(r.Instrument), string(s.Instrument)); c != 0 {
		return c
	}
	if c := compareNumbers(r.Article, s.Article); c != 0 {
		return c
	}
	return cmp.Or(
		cmp.Compare(r.Paragraph, s.Paragraph),
		cmp.Compare(r.Subparagraph, s.Subparagraph),
		strings.Compare(r.Point, s.Point),
	)
}

// compareNumbers compares dotted numbers such as "7.5" and "7.10" part by
// part, numerically where both parts are numbers.
func compareNumbers(a, b string) int {
	for a != "" || b != "" {
		var pa, pb string
		pa, a, _ = strings.Cut(a, ".")
		pb, b, _ = strings.Cut(b, ".")
		na, okA := number(pa)
		nb, okB := number(pb)
		var c int
		if okA && okB {
			c = cmp.Compare(na, nb)
		} else {
			c = strings.Compare(pa, pb)
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// number returns the value of s when it is a run of at most 18 decimal
// digits. It stands in for strconv.Atoi, whose error for a part that is
// not a number (the empty article of a whole instrument, "V") allocates,
// and sorting a report compares articles many times.
func number(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
