package agreement

import (
	"errors"
	"regexp"
	"slices"
	"strings"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// ValidationError is the error [Agreement.Validate] returns: every problem
// found, each with the JSON path of its field. Use errors.As to reach it.
type ValidationError = valid.Error

// Problem is one problem in a [ValidationError].
type Problem = valid.Problem

// Validate checks that a is well formed and returns every problem at once
// as a *[ValidationError], or nil. It checks form, not law: a valid
// agreement may still lack what GDPR Art. 28 requires.
func (a Agreement) Validate() error {
	var l valid.List
	a.check(&l)
	return l.Err()
}

func (a Agreement) check(l *valid.List) {
	if a.ID == "" {
		l.Add("id", "missing")
	}
	if a.Title == "" {
		l.Add("title", "missing")
	}
	if a.Language == "" {
		l.Add("language", "missing")
	} else if _, err := language.Parse(a.Language); err != nil {
		l.Addf("language", "%q is not a BCP 47 language tag", a.Language)
	}
	checkDate(l, "signed", a.Signed)
	checkDate(l, "updated", a.Updated)
	checkDate(l, "versionDate", a.VersionDate)
	checkDate(l, "validFrom", a.ValidFrom)
	if !a.Signed.IsZero() && !a.Updated.IsZero() && a.Updated.Before(a.Signed) {
		l.Addf("updated", "%s is before the signing date %s", a.Updated, a.Signed)
	}
	for i, d := range a.Documents {
		if d.Title == "" {
			l.Add(valid.Join(valid.Index("documents", i), "title"), "missing")
		}
	}
	a.checkParties(l)

	checkProvision(l, "service", a.Service.Provision)
	checkProvision(l, "laws", a.Laws.Provision)
	for i, law := range a.Laws.Cited {
		p := valid.Index("laws.cited", i)
		switch {
		case law.ID == "" && law.Title == "":
			l.Add(valid.Join(p, "id"), "missing: give the identifier, or the title the text names the instrument by")
		case law.ID != "" && !lawID.MatchString(law.ID):
			l.Addf(valid.Join(p, "id"), "%q is neither a Lovdata identifier (LOV-2018-06-15-38) nor a CELEX number (32016R0679)", law.ID)
		}
	}
	checkProvision(l, "precedence", a.Precedence.Provision)
	checkProvision(l, "governingLaw", a.GoverningLaw.Provision)
	checkCountry(l, "governingLaw.country", a.GoverningLaw.Country)
	checkPeriod(l, "governingLaw.amicable", a.GoverningLaw.Amicable)
	checkProvision(l, "governingLaw.arbitration", a.GoverningLaw.Arbitration.Provision)
	if _, err := a.Calendar.MarshalText(); err != nil {
		l.Add("calendar", err.Error())
	}
	checkProvision(l, "notices", a.Notices.Provision)
	for i, c := range a.Notices.Channels {
		if _, err := c.MarshalText(); err != nil {
			l.Add(valid.Index("notices.channels", i), err.Error())
		}
	}
	if err := a.Notices.ItemClauses.Check(len(a.Notices.Channels)); err != nil {
		l.Add("notices.itemClauses", err.Error())
	}
	for i, r := range a.Notices.Receipts {
		p := valid.Index("notices.receipts", i)
		if _, err := r.Channel.MarshalText(); err != nil || r.Channel == 0 {
			l.Add(valid.Join(p, "channel"), "missing or unknown channel")
		}
		checkPeriod(l, valid.Join(p, "after"), r.After)
		if !r.OnConfirmation && r.After.IsZero() {
			l.Add(valid.Join(p, "after"), "missing: a receipt needs a confirmation or a period")
		}
	}
	a.checkTerm(l)
	checkProvision(l, "processing", a.Processing.Provision)
	a.Processing.Description.Check(func(path, msg string) {
		l.Add(valid.Join("processing.description", path), msg)
	})
	merge(l, "subprocessors", a.Subprocessors.Validate())
	merge(l, "subprocessorPolicy", a.SubprocessorPolicy.Validate())
	merge(l, "breach", a.Breach.Validate())
	a.Liability.check(l, "liability")
	a.Fees.check(l, "fees")
	a.Assistance.check(l, "assistance")
	a.checkTime(l)
	a.checkDuties(l)
	a.checkReadings(l)
	for i, c := range a.Choices {
		p := valid.Index("choices", i)
		if c.Clause == "" {
			l.Add(valid.Join(p, "clause"), "missing: where the text offers the choice")
		}
		if len(c.Options) < 2 {
			l.Add(valid.Join(p, "options"), "a choice has at least two options")
		}
		if c.Chosen < 0 || c.Chosen > len(c.Options) {
			l.Addf(valid.Join(p, "chosen"), "%d is not the number of one of the %d options", c.Chosen, len(c.Options))
		}
		for j, o := range c.Options {
			op := valid.Index(valid.Join(p, "options"), j)
			if o.Name == "" {
				l.Add(valid.Join(op, "name"), "missing")
			}
			for k, r := range o.Terms {
				if !isTerm(r.Term) || r.Value == nil {
					l.Addf(valid.Index(valid.Join(op, "terms"), k), "a term of an option needs the JSON path of a term and its value")
				}
			}
		}
	}
	for i, ph := range a.Placeholders {
		if strings.TrimSpace(ph.Field) == "" {
			l.Add(valid.Join(valid.Index("placeholders", i), "field"), "a placeholder needs the path of the field it leaves open")
		}
	}
}

// checkDuties checks the controller's duties, the security duty and the
// assistance scope: known kinds, and clauses for what is stated.
func (a Agreement) checkDuties(l *valid.List) {
	c := a.Duties.Controller
	checkProvision(l, "duties.controller", c.Provision)
	for i, d := range c.Duties {
		if !enumValid(d.Kind, dutyKindLabels) {
			l.Add(valid.Join(valid.Index("duties.controller.duties", i), "kind"), "missing or unknown duty kind")
		}
		if d.Clause == "" {
			l.Add(valid.Join(valid.Index("duties.controller.duties", i), "clause"), "a duty needs the clause it comes from")
		}
	}
	s := a.Duties.Security
	checkProvision(l, "duties.security", s.Provision)
	checkProvision(l, "duties.security.sensitiveExcluded", s.SensitiveExcluded)
	checkProvision(l, "duties.security.changes", s.Changes.Provision)
	scope := a.Assistance.Scope
	checkProvision(l, "assistance.scope", scope.Provision)
	for i, t := range scope.Tasks {
		if !enumValid(t.Task, taskLabels) {
			l.Add(valid.Join(valid.Index("assistance.scope.tasks", i), "task"), "missing or unknown task")
		}
	}
}

// merge adds the problems of a part's own validation below path.
func merge(l *valid.List, path string, err error) {
	if err == nil {
		return
	}
	var ve *valid.Error
	if !errors.As(err, &ve) {
		l.Add(path, err.Error())
		return
	}
	for _, p := range ve.Problems {
		if p.Path == "" {
			l.Add(path, p.Message)
		} else if strings.HasPrefix(p.Path, "[") {
			l.Add(path+p.Path, p.Message)
		} else {
			l.Add(valid.Join(path, p.Path), p.Message)
		}
	}
}

func (a Agreement) checkParties(l *valid.List) {
	if len(a.Parties) == 0 {
		l.Add("parties", "missing: an agreement has a controller and a processor")
		return
	}
	var controllers, processors int
	for i, p := range a.Parties {
		path := valid.Index("parties", i)
		switch p.Role {
		case Controller:
			controllers++
		case Processor:
			processors++
		default:
			l.Add(valid.Join(path, "role"), "missing or unknown role")
		}
		if p.Name == "" && !a.leftOpen(valid.Join(path, "name")) {
			l.Add(valid.Join(path, "name"), "missing")
		}
		if p.Acts != 0 {
			if _, err := p.Acts.MarshalText(); err != nil {
				l.Add(valid.Join(path, "acts"), "unknown capacity")
			}
		}
		if len(p.ControllerFor) > 0 {
			annex.Description{Purposes: annex.ListAt("", p.ControllerFor...)}.Check(func(sub, msg string) {
				if rest, ok := strings.CutPrefix(sub, "purposes.items"); ok {
					l.Add(valid.Join(path, "controllerFor")+rest, msg)
				}
			})
		}
		if p.OrgNumber != "" && !ValidOrgNumber(p.OrgNumber) {
			l.Addf(valid.Join(path, "orgNumber"), "%q is not a Norwegian organisation number (9 digits with a modulus-11 check digit)", p.OrgNumber)
		}
		checkCountry(l, valid.Join(path, "country"), p.Country)
		for j, c := range p.Contacts {
			if _, err := c.Kind.MarshalText(); err != nil {
				l.Add(valid.Join(valid.Index(valid.Join(path, "contacts"), j), "kind"), "missing or unknown contact kind")
			}
		}
	}
	if controllers == 0 {
		l.Add("parties", "no controller")
	}
	if processors == 0 {
		l.Add("parties", "no processor")
	}
}

// leftOpen reports whether a placeholder marks the field at path as left
// open by a template.
func (a Agreement) leftOpen(path string) bool {
	for _, ph := range a.Placeholders {
		if ph.Field == path {
			return true
		}
	}
	return false
}

func (a Agreement) checkTerm(l *valid.List) {
	for i, r := range a.Termination.Rights {
		p := valid.Index("termination.rights", i)
		checkProvision(l, p, r.Provision)
		if !enumValid(r.By, terminatorLabels) {
			l.Add(valid.Join(p, "by"), "missing or unknown party")
		}
		if !enumValid(r.Ground, groundLabels) {
			l.Add(valid.Join(p, "ground"), "missing or unknown ground")
		}
		if r.Extent != 0 && !enumValid(r.Extent, extentLabels) {
			l.Add(valid.Join(p, "extent"), "unknown extent")
		}
		if r.Immediate && !r.Notice.IsZero() {
			l.Add(valid.Join(p, "notice"), "a right with immediate effect has no notice period")
		}
		checkPeriod(l, valid.Join(p, "notice"), r.Notice)
		checkPeriod(l, valid.Join(p, "cure"), r.Cure)
		checkPeriod(l, valid.Join(p, "after"), r.After)
		if r.BeforeChange && r.Ground != OnSubprocessorObjection && r.Ground != OnMaterialChange {
			l.Addf(valid.Join(p, "beforeChange"), "only a right that answers a change takes effect before it, not one on %s", r.Ground)
		}
		if !r.Cure.IsZero() && r.Ground != ForBreach {
			l.Addf(valid.Join(p, "cure"), "only a right for breach gives a deadline to remedy, not one on %s", r.Ground)
		}
		if err := r.If.Validate(); err != nil {
			l.Add(valid.Join(p, "if"), err.Error())
		}
	}
	checkProvision(l, "formation", a.Formation.Provision)
	checkProvision(l, "changes", a.Changes.Provision)
	checkProvision(l, "assignment", a.Assignment.Provision)
	checkProvision(l, "duties.unable", a.Duties.Unable.Provision)
	checkPeriod(l, "duties.unable.notify", a.Duties.Unable.Notify)
	for i, c := range a.Instructions.Channels {
		if !c.IsValid() {
			l.Add(valid.Index("instructions.channels", i), "missing or unknown channel")
		}
	}
	checkPeriod(l, "changes.notice", a.Changes.Notice)
	t := a.Term
	checkProvision(l, "term", t.Provision)
	if t.Basis != 0 {
		if !enumValid(t.Basis, termLabels) {
			l.Add("term.basis", "unknown term basis")
		}
	}
	for _, b := range []struct {
		path  string
		bound TermBound
	}{{"term.atLeast", t.AtLeast}, {"term.atMost", t.AtMost}} {
		switch {
		case b.bound == TermBound{}:
		case !enumValid(b.bound.Basis, termLabels):
			l.Add(b.path+".basis", "missing or unknown term basis")
		case b.bound.Basis == t.Basis:
			l.Add(b.path+".basis", "the same basis as term.basis")
		}
	}
	checkPeriod(l, "term.period", t.Period)
	if t.Basis == FixedPeriods && t.Period.IsZero() {
		l.Add("term.period", "a fixed term needs the length of its periods")
	}
	checkProvision(l, "term.renewal", t.Renewal.Provision)
	checkPeriod(l, "term.renewal.period", t.Renewal.Period)
	if t.Renewal.Automatic && t.Renewal.Period.IsZero() {
		l.Add("term.renewal.period", "an automatic renewal needs the length of the renewed period")
	}
	n := a.Termination
	checkProvision(l, "termination", n.Provision)
	checkPeriod(l, "termination.notice", n.Notice)
	if n.By != 0 {
		if !enumValid(n.By, terminatorLabels) {
			l.Add("termination.by", "unknown terminator")
		}
	}
	if w := a.Audit.Auditor; w != 0 {
		if !enumValid(w, auditorLabels) {
			l.Add("audit.auditor", "unknown auditor")
		}
	}
}

// lawID matches Lovdata identifiers of acts and regulations and CELEX
// numbers of EU legislation (sector 3: R regulations, L directives, D
// decisions).
var lawID = regexp.MustCompile(`^(?:(?:LOV|FOR)-\d{4}-\d{2}-\d{2}-\d{1,5}|3\d{4}[RLD]\d{4})$`)

// ValidOrgNumber reports whether s is a well-formed Norwegian organisation
// number: nine digits whose last is the modulus-11 check digit with the
// weights 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysund Register Centre).
func ValidOrgNumber(s string) bool {
	if len(s) != 9 {
		return false
	}
	weights := [8]int{3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := 0; i < 9; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		if i < 8 {
			sum += int(s[i]-'0') * weights[i]
		}
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == int(s[8]-'0')
}

// ValidCountry reports whether code is an ISO 3166-1 alpha-2 country code.
func ValidCountry(code string) bool {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code
}

func checkCountry(l *valid.List, path, code string) {
	if code != "" && !ValidCountry(code) {
		l.Addf(path, "%q is not an ISO 3166-1 alpha-2 country code", code)
	}
}

func checkDate(l *valid.List, path string, d obligation.Date) {
	if !d.IsZero() && !d.IsValid() {
		l.Addf(path, "%04d-%02d-%02d is not a calendar date", d.Year, int(d.Month), d.Day)
	}
}

// checkPeriod reports a malformed period; [obligation.Period.Validate]
// already rejects a count below one.
func checkPeriod(l *valid.List, path string, p obligation.Period) {
	if err := p.Validate(); err != nil {
		l.Add(path, err.Error())
	}
}

func checkProvision(l *valid.List, path string, p obligation.Provision) {
	p.Check(func(field, msg string) { l.Add(valid.Join(path, field), msg) })
}

// checkReadings checks that every reading names a term, a document and a
// value, and that the order of precedence names documents the agreement
// has.
func (a Agreement) checkReadings(l *valid.List) {
	for i, name := range a.Precedence.Order {
		if name != a.mainText() && name != a.Title && !slices.ContainsFunc(a.Documents, func(d Document) bool { return d.Title == name }) {
			l.Addf(valid.Index("precedence.order", i), "%q is not the title of one of the agreement's documents", name)
		}
	}
	isDoc := func(name string) bool {
		return name == a.mainText() || name == a.Title || slices.ContainsFunc(a.Documents, func(d Document) bool { return d.Title == name })
	}
	for i, r := range a.Precedence.Rules {
		p := valid.Index("precedence.rules", i)
		if !isDoc(r.Document) {
			l.Addf(valid.Join(p, "document"), "%q is not the title of one of the agreement's documents", r.Document)
		}
		for j, o := range r.Over {
			if !isDoc(o) {
				l.Addf(valid.Index(valid.Join(p, "over"), j), "%q is not the title of one of the agreement's documents", o)
			}
		}
		if r.If != 0 {
			if _, err := r.If.MarshalText(); err != nil {
				l.Add(valid.Join(p, "if"), "unknown document condition")
			}
		}
		for j, t := range r.Terms {
			if !isTerm(t) {
				l.Addf(valid.Index(valid.Join(p, "terms"), j), "%q is not the JSON path of a term (fields only, such as \"breach\")", t)
			}
		}
	}
	for i, r := range a.Readings {
		p := valid.Index("readings", i)
		if !isTerm(r.Term) {
			l.Addf(valid.Join(p, "term"), "%q is not the JSON path of a term (fields only, such as \"subprocessorPolicy.notice\")", r.Term)
		}
		if strings.TrimSpace(r.Document) == "" {
			l.Add(valid.Join(p, "document"), "missing: the title of the document that gives the reading")
		}
		if r.Clause == "" {
			l.Add(valid.Join(p, "clause"), "missing: where the document gives the reading")
		}
		if r.Value == nil {
			l.Add(valid.Join(p, "value"), "missing: the reading itself")
		}
	}
}
