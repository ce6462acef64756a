package review

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// Check is one check of the review: a value that says what it looks for
// and runs it, as an analysis.Analyzer of golang.org/x/tools does for Go
// code. Its Code is stable, like a staticcheck identifier: programs,
// tests and suppression lists may key on it.
//
// A Check is a plain value. Copy one from [Default], change its Severity,
// or write a check of one's own as a literal, and run any list of them
// with [Set.Review].
type Check struct {
	// Code identifies the check and every finding it reports.
	Code Code
	// Title names the check in one line, in Norwegian Bokmål and English.
	Title Text
	// Doc says what triggers the check and what does not.
	Doc Text
	// Basis is the provision the check tests. A finding may cite a more
	// precise point within it (an assistance cost term under Art. 28(3)
	// cites point (g) or (h)); a check whose findings each cite their
	// own instrument (a repealed Norwegian act and the act that replaced
	// it) leaves Basis zero.
	Basis Reference
	// Severity is the severity of every finding of the check. [Default]
	// gives each check its default; a user may raise or lower it.
	Severity Severity
	// Run reports the check's findings on the agreement and day of the
	// [Pass], with [Pass.Report]. It must be pure: read only the pass's
	// Agreement and On, and never change the agreement. The driver sets
	// each finding's Code and Severity from the check, and its Basis
	// where the finding leaves it zero, so Run need only say where and
	// why. A finding of a check whose code has no message in the review's
	// catalog (a user's own) shows its first Text argument in Norwegian
	// Bokmål and its second in English.
	Run func(p *Pass)
}

// Pass is what a [Check] runs on: one agreement on one day, as an
// analysis.Pass is one package for an analyser. The driver makes one
// Pass per review and hands it to each check in turn. A Pass is valid
// only while the review runs: the driver reuses it for a later review,
// so a check must not keep it, nor its Agreement, once Run returns.
type Pass struct {
	// Agreement is the agreement under review. Checks read it and never
	// change it.
	Agreement *agreement.Agreement
	// On is the review date, a real day.
	On obligation.Date

	// law holds the transfer tables given with [WithLaw]; nil: the
	// tables the subprocessor package embeds.
	law *subprocessor.Law

	out []Finding
	// shared holds what the functions several default checks share have
	// found on this pass, each computed once: pool[spans[i].from:spans[i].to]
	// for the function of family i.
	pool  []Finding
	spans [len(families)]struct {
		from, to int
		done     bool
	}
	// agreement holds the agreement under review, which Agreement points
	// to: the Pass, reused, holds it where a review would otherwise copy
	// it to the heap.
	agreement agreement.Agreement
}

// passes holds the Passes of finished reviews for the next ones, with the
// room their findings took: a review then allocates little beyond the
// findings it returns. The pool is not state a review can observe: a Pass
// leaves it cleared but for its copy of the agreement, which the next
// review overwrites (the pool drops what it holds at garbage collection).
var passes = sync.Pool{New: func() any { return new(Pass) }}

// newPass returns a cleared Pass from passes for agreement a on day on.
func newPass(a *agreement.Agreement, on obligation.Date) *Pass {
	p := passes.Get().(*Pass)
	if len(a.Readings) == 0 {
		p.agreement = *a // Governing would return a itself, through two copies
	} else {
		p.agreement = a.Governing()
	}
	p.Agreement, p.On = &p.agreement, on
	return p
}

// release clears p but for its copy of the agreement and puts it back in
// passes. Clearing the copy would cost as much as making it while the
// collector runs (a write barrier for each of its pointers), and the next
// review overwrites it.
func (p *Pass) release() {
	p.reset()
	passes.Put(p)
}

// reset clears p but for its copy of the agreement and the room of its
// slices.
func (p *Pass) reset() {
	clear(p.out)
	clear(p.pool)
	p.Agreement, p.On, p.law = nil, obligation.Date{}, nil
	p.out, p.pool = p.out[:0], p.pool[:0]
	p.spans = [len(families)]struct {
		from, to int
		done     bool
	}{}
}

// Report records a finding of the check being run.
func (p *Pass) Report(f Finding) { p.out = append(p.out, f) }

// famTransfers and famInvalidMechanisms index the families that read the
// transfer tables: a Pass runs them against its tables ([WithLaw]).
const famTransfers, famInvalidMechanisms = 20, 21

// sharedFindings returns what the function of family fam finds on this
// pass, running it the first time it is asked for.
func (p *Pass) sharedFindings(fam int) []Finding {
	sp := &p.spans[fam]
	if !sp.done {
		from := len(p.pool)
		switch fam {
		case famTransfers:
			p.pool = checkTransfersUnder(p.pool, p.Agreement, p.On, p.law)
		case famInvalidMechanisms:
			p.pool = checkInvalidMechanismsUnder(p.pool, p.Agreement, p.On, p.law)
		default:
			p.pool = families[fam](p.pool, p.Agreement, p.On)
		}
		sp.from, sp.to, sp.done = from, len(p.pool), true
	}
	return p.pool[sp.from:sp.to]
}

// Text is a text in Norwegian Bokmål and English.
type Text struct {
	NB string `json:"nb"`
	EN string `json:"en"`
}

// In returns the text in Norwegian Bokmål for the tags nb, nn and no, and
// in English for any other tag.
func (t Text) In(nb bool) string {
	if nb {
		return t.NB
	}
	return t.EN
}

// Set is a list of checks, run in order by [Set.Review]. The zero Set runs
// nothing. Its methods return new sets and never change the receiver.
type Set []Check

// Default returns the review's default set of checks, one for each [Code]
// constant, in the order the codes are documented. Each call returns a new
// slice, which the caller may change.
func Default() Set { return slices.Clone(defaultSet[:]) }

// Lookup returns the check of s with code c.
func (s Set) Lookup(c Code) (Check, bool) {
	for _, ch := range s {
		if ch.Code == c {
			return ch, true
		}
	}
	return Check{}, false
}

// Codes returns the codes of the checks of s, in order.
func (s Set) Codes() []Code {
	out := make([]Code, len(s))
	for i, ch := range s {
		out[i] = ch.Code
	}
	return out
}

// Without returns s without the checks of the given codes.
func (s Set) Without(codes ...Code) Set {
	return slices.DeleteFunc(slices.Clone(s), func(ch Check) bool { return slices.Contains(codes, ch.Code) })
}

// Only returns the checks of s with the given codes, in the order of s.
func (s Set) Only(codes ...Code) Set {
	return slices.DeleteFunc(slices.Clone(s), func(ch Check) bool { return !slices.Contains(codes, ch.Code) })
}

// With returns s with the given checks added at the end.
func (s Set) With(checks ...Check) Set {
	return append(slices.Clone(s), checks...)
}

// WithSeverity returns s with the check of code c reporting its findings
// at severity sev.
func (s Set) WithSeverity(c Code, sev Severity) Set {
	out := slices.Clone(s)
	for i := range out {
		if out[i].Code == c {
			out[i].Severity = sev
		}
	}
	return out
}

// ErrInvalidDate is the error [Agreement] and [Set.Review] return for a
// review date that is not a real day (the zero Date, 2026-02-30).
var ErrInvalidDate = errors.New("review: invalid review date")

// ErrInvalidCheck is the error [Set.Review] returns for a check it cannot
// run: no Run function, a code that is not kebab-case, a code two checks
// share, or no valid Severity.
var ErrInvalidCheck = errors.New("review: invalid check")

// An Option changes how a review runs. [WithLaw] is the one there is.
type Option struct {
	law *subprocessor.Law
}

// WithLaw returns an option under which the transfer checks (Chapter V,
// and the mechanisms that no longer exist) judge against law rather than
// against the legal tables the subprocessor package embeds: newer facts
// read with [subprocessor.ReadLaw], or a copy of
// [subprocessor.EmbeddedLaw] with rows changed, as the subprocessor
// package's own evaluators take them ([subprocessor.Law.Transfers]).
// The review only reads law.
func WithLaw(law subprocessor.Law) Option { return Option{law: &law} }

// Agreement reviews agreement a on day on with the [Default] checks: it
// reads the agreement as a privacy lawyer would before signing or after
// the law has moved, against GDPR Art. 28 and the other rules a processor
// agreement must meet. It returns every [Finding] in a [Report], each
// with its [Code], [Severity], the clauses it concerns and its legal
// basis.
//
// Agreement is pure: it reads no clock and keeps no state, so it is safe
// for concurrent use. Checks that depend on the date (a law repealed on
// a given day, a transfer decision in force) are evaluated on on, which
// must be a real day: otherwise the error wraps [ErrInvalidDate].
//
// Agreement checks what the agreement's model holds; a term the model
// does not hold yet is not checked, so an empty report does not mean the
// agreement is complete.
//
// Options change how it runs: [WithLaw] gives the transfer tables.
func Agreement(a agreement.Agreement, on obligation.Date, opts ...Option) (Report, error) {
	return Set(defaultSet[:]).review(a, on, false, opts)
}

// Review runs the checks of s on agreement a on day on, in order, and
// returns their findings in a [Report]. Each finding takes its check's
// Code and Severity. Findings of one check that differ only in their
// clause (the same gap in two paragraphs) become one finding that cites
// each clause.
//
// The error wraps [ErrInvalidDate] when on is not a real day, and
// [ErrInvalidCheck] when a check cannot be run; the report is then empty.
// Options change how it runs, as for [Agreement].
func (s Set) Review(a agreement.Agreement, on obligation.Date, opts ...Option) (Report, error) {
	return s.review(a, on, true, opts)
}

// review runs s; validate is false only for the default set, which
// TestInvalidChecks and the catalogue tests hold valid.
func (s Set) review(a agreement.Agreement, on obligation.Date, validate bool, opts []Option) (Report, error) {
	if !on.IsValid() {
		return Report{}, fmt.Errorf("%w: %d-%02d-%02d is not a day", ErrInvalidDate, on.Year, int(on.Month), on.Day)
	}
	for i, ch := range s {
		if !validate {
			break
		}
		if err := ch.validate(); err != nil {
			return Report{}, fmt.Errorf("%w: checks[%d] (%q): %s", ErrInvalidCheck, i, string(ch.Code), err)
		}
		for _, prev := range s[:i] {
			if prev.Code == ch.Code {
				return Report{}, fmt.Errorf("%w: checks[%d]: code %q appears twice", ErrInvalidCheck, i, string(ch.Code))
			}
		}
	}
	// Where the agreement's documents give a term differently, every check
	// reads the reading that prevails; the others stay in a.Readings for
	// the checks of the conflicts themselves.
	p := newPass(&a, on)
	defer p.release()
	for _, o := range opts {
		if o.law != nil {
			p.law = o.law
		}
	}
	g := p.Agreement
	r := Report{Agreement: g.ID, Title: g.Title, On: on, Language: g.Language}
	for _, p := range g.Parties {
		if p.Role == agreement.Processor {
			r.Processor = p.DisplayName()
			break
		}
	}
	for i := range s {
		ch := &s[i]
		n := len(p.out)
		ch.Run(p)
		fs := p.out
		for j := n; j < len(fs); j++ {
			f := &fs[j]
			f.Code, f.Severity = ch.Code, ch.Severity
			if f.Basis == (Reference{}) {
				f.Basis = ch.Basis
			}
		}
		p.out = fs[:n+merge(fs[n:])]
	}
	fs := p.out
	if g.Template {
		// A template's blanks are left to whoever fills it in:
		// gdpr-28-3-template-to-fill lists them, and no other finding
		// reports them as missing.
		fs = slices.DeleteFunc(fs, blankFinding)
	}
	if len(fs) == 0 {
		return r, nil
	}
	// The report gets its own copy: p.out stays with the Pass.
	r.Findings = sortedFindings(fs)
	return r, nil
}

// merge folds the findings of one check that differ only in their clause
// into the first of them, which then cites the others' clauses in Also,
// and returns how many findings remain at the front of fs.
func merge(fs []Finding) int {
	if len(fs) < 2 {
		return len(fs)
	}
	n := 0
	for _, f := range fs {
		k := slices.IndexFunc(fs[:n], func(g Finding) bool {
			return g.Clause != "" && f.Clause != "" && g.Basis == f.Basis && g.Absent == f.Absent &&
				slices.Equal(g.Args, f.Args)
		})
		if k < 0 {
			fs[n] = f
			n++
			continue
		}
		if f.Clause != fs[k].Clause && !slices.Contains(fs[k].Also, f.Clause) {
			fs[k].Also = append(fs[k].Also, f.Clause)
		}
	}
	return n
}

func (ch Check) validate() error {
	switch {
	case ch.Run == nil:
		return errors.New("no Run function")
	case !ch.Code.wellFormed():
		return errors.New("the code is not kebab-case (lower-case letters, digits and single hyphens)")
	case !ch.Severity.valid():
		return fmt.Errorf("invalid severity %d", uint8(ch.Severity))
	}
	return nil
}

// checkFunc is the form of the default checks' functions: they append
// their findings to dst, each with its code. A term they cannot judge
// (not seen, or in a document not reproduced) gives the zero Finding,
// which has no code.
type checkFunc func(dst []Finding, a *agreement.Agreement, on obligation.Date) []Finding

// only returns the Run function of the default check of code c: it runs
// fn and reports fn's findings of code c, dropping the rest.
func only(c Code, fn checkFunc) func(*Pass) {
	return func(p *Pass) {
		n := len(p.out)
		p.out = fn(p.out, p.Agreement, p.On)
		p.out = p.out[:n+keep(p.out[n:], c)]
	}
}

// shared returns the Run function of the default check of code c whose
// function, families[fam], reports the findings of several codes: a pass
// runs it once, and each of the checks that share it reports its own.
func shared(c Code, fam int) func(*Pass) {
	return func(p *Pass) {
		for _, f := range p.sharedFindings(fam) {
			if f.Code == c {
				p.Report(f)
			}
		}
	}
}

// keep moves the findings of fs with code c to its front, in order, and
// returns how many there are.
func keep(fs []Finding, c Code) int {
	n := 0
	for _, f := range fs {
		if f.Code == c {
			fs[n] = f
			n++
		}
	}
	return n
}
