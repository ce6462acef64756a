package breach

import (
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// ValidationError is the error Validate returns: every problem found, each
// with its JSON field path, such as "contents.required[2].items". Match it
// with errors.As.
type ValidationError = valid.Error

// DecodeTerms decodes breach terms from JSON strictly (unknown fields,
// unknown identifiers and malformed periods are errors, reported with
// their JSON path) and validates them.
func DecodeTerms(data []byte) (Terms, error) {
	var t Terms
	if err := strictjson.Decode(data, &t); err != nil {
		return Terms{}, err
	}
	if err := t.Validate(); err != nil {
		return Terms{}, err
	}
	return t, nil
}

// DecodeIncident decodes an incident from JSON strictly and validates it.
// Instants are RFC 3339 with their offset.
func DecodeIncident(data []byte) (Incident, error) {
	var inc Incident
	if err := strictjson.Decode(data, &inc); err != nil {
		return Incident{}, err
	}
	if err := inc.Validate(); err != nil {
		return Incident{}, err
	}
	return inc, nil
}

func checkProvision(l *valid.List, path string, p obligation.Provision) {
	p.Check(func(field, msg string) { l.Add(valid.Join(path, field), msg) })
	if p.Status == obligation.Absent && p.Clause != "" {
		l.Add(valid.Join(path, "status"), "a clause is cited but the status is absent")
	}
}

func checkEnum(l *valid.List, path string, e *enum.Table, v uint8) {
	if v != 0 && !e.Valid(v) {
		l.Addf(path, "invalid %s %d", e.Type, v)
	}
}

// Validate reports every problem with t as a *[ValidationError]: unknown
// enumeration values, malformed periods, a "where possible" flag without a
// bound, and content requirements without a clause or without items.
func (t Terms) Validate() error {
	var l valid.List
	checkProvision(&l, "", t.Provision)
	checkProvision(&l, "scope", t.Scope.Provision)
	checkProvision(&l, "deadline", t.Deadline.Provision)
	if err := t.Deadline.Period.Validate(); err != nil {
		l.Add("deadline.period", err.Error())
	} else if _, ok := t.Deadline.Period.Bound(); t.Deadline.BoundWherePossible && (!ok || t.Deadline.Period.IsQuantified()) {
		l.Add("deadline.boundWherePossible", "only an unquantified period with a bound can have a bound that applies where possible")
	}
	checkEnum(&l, "deadline.clock", &triggerEnum, uint8(t.Deadline.Clock))
	checkEnum(&l, "deadline.bound", &statutoryBoundEnum, uint8(t.Deadline.Bound))
	checkProvision(&l, "channel", t.Channel.Provision)
	if m := t.Channel.Medium; m != 0 && !m.IsValid() {
		l.Addf("channel.medium", "invalid Medium %d", uint8(m))
	}
	checkEnum(&l, "channel.recipient", &recipientEnum, uint8(t.Channel.Recipient))
	checkProvision(&l, "contents", t.Contents.Provision)
	for i, r := range t.Contents.Required {
		path := valid.Index("contents.required", i)
		checkEnum(&l, valid.Join(path, "source"), &sourceEnum, uint8(r.Source))
		if r.Source == Law {
			l.Add(valid.Join(path, "source"), "the agreement's list cannot hold the law's requirements; they apply anyway")
		}
		if r.Clause == "" {
			l.Add(valid.Join(path, "clause"), "a requirement must cite its clause")
		}
		if r.Items&allItems == 0 {
			l.Add(valid.Join(path, "items"), "a requirement must name at least one item")
		}
		if r.Items&^allItems != 0 {
			l.Addf(valid.Join(path, "items"), "invalid items %#x", uint16(r.Items))
		}
	}
	checkProvision(&l, "reporting", t.Reporting.Provision)
	for _, f := range []struct {
		path string
		p    obligation.Party
	}{{"reporting.authority", t.Reporting.Authority}, {"reporting.subjects", t.Reporting.Subjects}} {
		if _, err := f.p.MarshalText(); err != nil {
			l.Add(f.path, err.Error())
		}
	}
	checkEnum(&l, "reporting.processorMayReport", &permissionEnum, uint8(t.Reporting.ProcessorMayReport))
	checkProvision(&l, "mutual", t.Mutual)
	checkProvision(&l, "phased", t.Phased)
	for _, c := range []struct {
		path string
		c    Commitment
	}{{"mitigation", t.Mitigation}, {"assistance", t.Assistance}} {
		checkProvision(&l, c.path, c.c.Provision)
		if err := c.c.Period.Validate(); err != nil {
			l.Add(valid.Join(c.path, "period"), err.Error())
		}
	}
	return l.Err()
}

// Validate reports every problem with inc as a *[ValidationError]:
// unknown enumeration values, negative counts, and an end before the start.
func (inc Incident) Validate() error {
	var l valid.List
	checkEnum(&l, "class", &classEnum, uint8(inc.Class))
	checkEnum(&l, "risk", &riskEnum, uint8(inc.Risk))
	if inc.Effects&^allEffects != 0 {
		l.Addf("effects", "invalid effects %#x", uint8(inc.Effects))
	}
	if !inc.Started.IsZero() && !inc.Ended.IsZero() && inc.Ended.Before(inc.Started) {
		l.Add("ended", "the breach ends before it starts")
	}
	if inc.SubjectCount.Ok && inc.SubjectCount.Value < 0 {
		l.Addf("subjectCount", "a count cannot be negative (%d)", inc.SubjectCount.Value)
	}
	if inc.RecordCount.Ok && inc.RecordCount.Value < 0 {
		l.Addf("recordCount", "a count cannot be negative (%d)", inc.RecordCount.Value)
	}
	return l.Err()
}
