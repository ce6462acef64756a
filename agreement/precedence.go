package agreement

import (
	"slices"
	"strings"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// PrecedenceRule is one statement of precedence that a plain ranking
// ([Precedence].Order) cannot hold: a document that prevails only to the
// extent of an inconsistency («To the extent the terms of the Standard
// Contractual Clauses … are inconsistent with the terms of this DPA, the
// terms of the Standard Contractual Clauses shall govern»), only with some
// of its clauses («only 12.1 and 12.2 prevail»), only as regards some
// terms («såvitt avser behandling av personuppgifter»), or only if it
// exists or is signed separately («Har partene signert en egen
// databehandleravtale …, gjelder den foran denne»).
//
// A rule decides between Document and each document of Over. Where a
// rule names two documents but its limits leave a reading out, the rule
// does not decide, and neither does the Order: the text's precedence does
// not reach that reading, and the conflict is unranked
// ([Conflict].Governing is -1).
type PrecedenceRule struct {
	// Clause is where the text states the rule.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Document is the title of the document that prevails, as [Document]
	// gives it.
	Document string `json:"document"`
	// Over are the titles of the documents it prevails over; empty means
	// every other document of the agreement.
	Over []string `json:"over,omitzero"`
	// ToTheExtent reports that Document prevails only to the extent of an
	// inconsistency: where its reading of a term leaves a part unstated
	// (a zero field), the other reading's part stands, since silence is
	// no inconsistency ([Agreement.Governing]).
	ToTheExtent bool `json:"toTheExtent,omitzero"`
	// Clauses limits the rule to these clauses of Document and the
	// clauses under them ("12.1" covers "12.1(a)", not "12.10"); a
	// reading from another clause of Document does not prevail by this
	// rule. Empty means all of Document.
	Clauses []obligation.Clause `json:"clauses,omitzero"`
	// Terms limits the rule to these terms, as JSON paths through fields
	// ("breach", "subprocessorPolicy.notice"), and the terms under them.
	// Empty means every term, unless Regarding is set.
	Terms []string `json:"terms,omitzero"`
	// Regarding is the text's own words where it limits the rule to a
	// subject ("såvitt avser behandling av personuppgifter"). Where the
	// text does not say which terms that subject covers, Terms stays empty
	// and the rule decides no conflict: which terms the subject reaches is
	// a matter of interpretation the model does not settle.
	Regarding string `json:"regarding,omitzero"`
	// If is the condition on Document for the rule to apply: that it
	// exists, or that the parties signed it separately. The zero value
	// means the rule always applies.
	If DocumentCondition `json:"if,omitzero"`
}

// DocumentCondition is the condition a [PrecedenceRule] puts on the
// document it ranks first. The zero value means none.
type DocumentCondition uint8

const (
	// IfExists: the document prevails only if there is one; a document
	// the agreement names only as one there may be is marked
	// [Document].Hypothetical.
	IfExists DocumentCondition = iota + 1
	// IfSigned: the document prevails only if the parties signed it
	// separately; [Document].Signed is the date they did.
	IfSigned
)

var documentConditionLabels = []label{{},
	{"exists", "hvis dokumentet finnes", "if the document exists"},
	{"signed", "hvis partene har signert dokumentet særskilt", "if the parties signed the document separately"},
}

// String returns the identifier, such as "signed".
func (c DocumentCondition) String() string {
	return enumString(c, documentConditionLabels, "DocumentCondition")
}

// Label returns the condition in Norwegian Bokmål or English.
func (c DocumentCondition) Label(tag language.Tag) string {
	return enumLabel(c, documentConditionLabels, tag, "DocumentCondition")
}

// MarshalText encodes the identifier.
func (c DocumentCondition) MarshalText() ([]byte, error) {
	return enumMarshal(c, documentConditionLabels, "document condition")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (c *DocumentCondition) UnmarshalText(b []byte) error {
	return enumUnmarshal(c, b, documentConditionLabels, "document condition")
}

// document returns the agreement's document titled title, and whether
// there is one.
func (a Agreement) document(title string) (Document, bool) {
	i := slices.IndexFunc(a.Documents, func(d Document) bool { return d.Title == title })
	if i < 0 {
		return Document{}, false
	}
	return a.Documents[i], true
}

// holds reports whether the rule's condition on its document holds.
func (a Agreement) holds(r PrecedenceRule) bool {
	switch r.If {
	case 0:
		return true
	case IfExists:
		d, ok := a.document(r.Document)
		return ok && !d.Hypothetical
	case IfSigned:
		d, ok := a.document(r.Document)
		return ok && !d.Signed.IsZero()
	}
	return false
}

// names reports whether the rule ranks doc first over other.
func (r PrecedenceRule) names(doc, other string) bool {
	return r.Document == doc && doc != other && (len(r.Over) == 0 || slices.Contains(r.Over, other))
}

// reaches reports whether the rule's limits take in the reading of term
// from clause.
func (r PrecedenceRule) reaches(term string, clause obligation.Clause) bool {
	if len(r.Terms) == 0 && r.Regarding != "" {
		return false
	}
	if len(r.Terms) > 0 && !slices.ContainsFunc(r.Terms, func(t string) bool { return term == t || strings.HasPrefix(term, t+".") }) {
		return false
	}
	if len(r.Clauses) > 0 && !slices.ContainsFunc(r.Clauses, func(c obligation.Clause) bool { return within(clause, c) }) {
		return false
	}
	return true
}

// within reports whether clause is c or a clause under it: "12.1(a)" and
// "12.1 b" are under "12.1"; "12.10" is not.
func within(clause, c obligation.Clause) bool {
	rest, ok := strings.CutPrefix(string(clause), string(c))
	if !ok || c == "" {
		return false
	}
	if rest == "" {
		return true
	}
	switch rest[0] {
	case '.', '(', ' ', '-':
		return true
	}
	return false
}

// title returns the title a source's document goes by in the order of
// precedence: the main text's title for the agreement's own text.
func (a Agreement) title(doc string) string {
	if doc == "" {
		return a.mainText()
	}
	return doc
}

// decision is how precedence settles between two readings of a term.
type decision struct {
	first   bool // the first reading prevails
	decided bool
	rule    int  // index in Precedence.Rules, or -1 for the Order
	extent  bool // the rule's document prevails only to the extent of an inconsistency
}

// decide settles between the readings x and y of term: by a rule that
// names their documents, else by the Order.
func (a Agreement) decide(term string, x, y Source) decision {
	dx, dy := a.title(x.Document), a.title(y.Document)
	if dx == dy {
		return decision{rule: -1}
	}
	named := false
	for i, r := range a.Precedence.Rules {
		for _, s := range [2]struct {
			doc, other string
			clause     obligation.Clause
			first      bool
		}{{dx, dy, x.Clause, true}, {dy, dx, y.Clause, false}} {
			if !r.names(s.doc, s.other) {
				continue
			}
			named = true
			if !a.holds(r) {
				// A document that prevails only if it exists or is
				// signed separately has no force until it does: the
				// other reading stands.
				return decision{first: !s.first, decided: true, rule: i}
			}
			if r.reaches(term, s.clause) {
				return decision{first: s.first, decided: true, rule: i, extent: r.ToTheExtent}
			}
		}
	}
	if named {
		return decision{rule: -1}
	}
	rx, okx := a.rank(dx)
	ry, oky := a.rank(dy)
	if !okx || !oky {
		return decision{rule: -1}
	}
	return decision{first: rx < ry, decided: true, rule: -1}
}
