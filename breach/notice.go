package breach

import (
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Notice returns a draft of the processor's notice to the controller, in
// Norwegian Bokmål when tag is Norwegian (nb, nn or no) and in English
// otherwise. It lists every item the law and the agreement require, with
// what the incident knows and the sources that require it, marks the
// missing ones as to follow (Art. 33(4)), and cites the agreement's
// clauses. Instants are shown in Europe/Oslo, numbers in the language's
// form ("1 200" with a no-break space in Norwegian, "1,200" in English).
func (a Assessment) Notice(tag language.Tag) string {
	w := newWriter(tag)
	inc, t, p := a.inc, a.terms, a.Processor
	if inc.Class == Deviation {
		w.line(w.pick("Varsel om avvik (ikke brudd på personopplysningssikkerheten)", "Notice of a deviation (not a personal data breach)"))
	} else {
		w.line(w.pick("Varsel om brudd på personopplysningssikkerheten", "Notice of a personal data breach"))
	}
	if inc.ID != "" {
		w.kv(w.pick("Referanse", "Reference"), inc.ID)
	}
	if !a.At.IsZero() {
		w.kv(w.pick("Utkast per", "Draft as of"), w.instant(a.At))
	}
	w.kv(w.pick("Hjemmel", "Basis"), w.cites(p.Clause, p.Article))
	w.kv(w.pick("Frist for varselet", "Deadline for this notice"), w.deadline(p))
	if t.Channel.Medium != 0 || t.Channel.Recipient != 0 {
		var parts []string
		if t.Channel.Medium != 0 {
			parts = append(parts, t.Channel.Medium.Label(tag))
		}
		if t.Channel.Recipient != 0 {
			parts = append(parts, w.pick("til ", "to ")+t.Channel.Recipient.Label(tag))
		}
		w.kv(w.pick("Sendes", "Send"), strings.Join(parts, " ")+w.clauseSuffix(t.Channel.Clause))
	}
	w.line("")
	w.line(w.pick("Innhold", "Contents"))
	for i := Item(1); i <= numItems; i++ {
		if !a.Required.Has(i) {
			continue
		}
		val, ok := w.value(inc, i)
		if !ok || !inc.Knows().Has(i) {
			val = w.pick("[MANGLER – ettersendes uten unødig opphold, art. 33(4)]", "[MISSING – to follow without undue further delay, Art. 33(4)]")
		}
		w.line("- " + capitalise(i.Label(tag)) + ": " + val)
		var cites []string
		for _, r := range a.Sources(i) {
			cites = append(cites, r.Cite(w.tag))
		}
		w.line("  (" + w.pick("kreves av ", "required by ") + strings.Join(cites, "; ") + ")")
	}
	var extra []string
	for _, f := range []struct {
		k            Known[bool]
		yesNB, yesEN string
		noNB, noEN   string
	}{
		{inc.SpecialCategories, "Særlige kategorier av personopplysninger er berørt", "Special categories of personal data are concerned", "Særlige kategorier av personopplysninger er ikke berørt", "No special categories of personal data are concerned"},
		{inc.Children, "Opplysninger om barn er berørt", "Children's data are concerned", "Opplysninger om barn er ikke berørt", "No children's data are concerned"},
		{inc.Unintelligible, "Opplysningene var kryptert eller på annen måte uleselige for uvedkommende", "The data were encrypted or otherwise unintelligible to unauthorised persons", "Opplysningene var ikke kryptert eller på annen måte uleselige", "The data were not encrypted or otherwise unintelligible"},
	} {
		if f.k.Ok {
			if f.k.Value {
				extra = append(extra, w.pick(f.yesNB, f.yesEN))
			} else {
				extra = append(extra, w.pick(f.noNB, f.noEN))
			}
		}
	}
	if len(extra) > 0 {
		w.line("")
		w.line(w.pick("Andre opplysninger", "Other facts"))
		for _, e := range extra {
			w.line("- " + e + ".")
		}
	}
	d := a.Authority
	w.line("")
	w.line(w.pick("Melding til Datatilsynet", "Notice to Datatilsynet"))
	switch {
	case inc.Class == Deviation:
		w.line("- " + w.pick("Ikke påkrevd: avviket er ikke et brudd på personopplysningssikkerheten (art. 4 nr. 12).",
			"Not required: the deviation is not a personal data breach (Art. 4(12))."))
	case !d.Owed:
		w.line("- " + w.pick("Ikke påkrevd etter art. 33(1) ut fra det som er kjent nå; avviket dokumenteres (art. 33(5)).",
			"Not required under Art. 33(1) on what is known now; the breach is documented (Art. 33(5))."))
	default:
		s := capitalise(w.pick("", "the ")+d.By.Label(tag)) + w.pick(" melder avviket uten ugrunnet opphold og om mulig senest ",
			" notifies without undue delay and where feasible not later than ") + strconv.Itoa(d.Rule.Hours) +
			w.pick(" timer etter å ha blitt kjent med det", " hours after becoming aware") + " (" + d.Rule.Article + ")"
		if !d.Due.IsZero() {
			s += ": " + w.instant(d.Due)
			if d.Basis == Estimate {
				s += w.pick(" dersom varselet kommer fram straks", " if this notice arrives at once")
				if !d.Latest.IsZero() {
					s += w.pick(", og senest ", ", and at the latest ") + w.instant(d.Latest)
				}
			}
		}
		w.line("- " + s + ".")
		w.line("- " + w.pick("Melding etter fristen må begrunnes (art. 33(1)).", "A notice after the deadline must give reasons for the delay (Art. 33(1))."))
	}
	if d.ProcessorMayReport == Forbidden {
		w.line("- " + w.pick("Databehandler skal ikke selv melde avviket til Datatilsynet", "The processor must not report the breach to the authority itself") + w.clauseSuffix(t.Reporting.Clause) + ".")
	}
	return w.b.String()
}

type writer struct {
	tag language.Tag
	nb  bool
	num *message.Printer
	b   strings.Builder
}

func newWriter(tag language.Tag) *writer {
	w := &writer{tag: tag, nb: enum.Norwegian(tag)}
	w.b.Grow(2048) // a notice is about 2 KB; growing from nothing reallocates it seven times
	if w.nb {
		w.num = message.NewPrinter(language.Make("nb"))
	} else {
		w.num = message.NewPrinter(language.English)
	}
	return w
}

func (w *writer) pick(nb, en string) string {
	if w.nb {
		return nb
	}
	return en
}

func (w *writer) line(s string) { w.b.WriteString(s); w.b.WriteByte('\n') }

func (w *writer) kv(k, v string) { w.line(k + ": " + v) }

// count formats n in the language's form; golang.org/x/text groups nb
// numbers with a no-break space, which the tests pin.
func (w *writer) count(n int64) string { return w.num.Sprintf("%d", n) }

var monthsNB = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// instant formats t in Europe/Oslo: "16. mai 2026 kl. 22:40 (CEST)" or
// "16 May 2026 at 22:40 (CEST)".
func (w *writer) instant(t time.Time) string {
	t = t.In(oslo)
	zone, _ := t.Zone()
	if w.nb {
		return strconv.Itoa(t.Day()) + ". " + monthsNB[t.Month()-1] + " " + strconv.Itoa(t.Year()) + " kl. " + t.Format("15:04") + " (" + zone + ")"
	}
	return t.Format("2 January 2006") + " at " + t.Format("15:04") + " (" + zone + ")"
}

func (w *writer) clauseSuffix(c obligation.Clause) string {
	if c == "" {
		return ""
	}
	return " (" + w.pick("avtalen ", "agreement ") + string(c) + ")"
}

func (w *writer) cites(c obligation.Clause, article string) string {
	switch {
	case c == "":
		return article + w.pick(" (avtalen er taus)", " (the agreement is silent)")
	case article == "":
		return w.pick("avtalen ", "agreement ") + string(c)
	}
	return w.pick("avtalen ", "agreement ") + string(c) + "; " + article
}

// deadline describes the processor's deadline with its instant.
func (w *writer) deadline(p ProcessorDeadline) string {
	s := PeriodLabel(p.Period, p.BoundWherePossible, w.tag)
	if p.Text != "" {
		s += " («" + p.Text + "»)"
	}
	if !p.Start.IsZero() {
		s += w.pick(", regnet fra ", ", counted from ") + p.StartedBy.Label(w.tag) + " " + w.instant(p.Start)
	}
	if !p.Due.IsZero() {
		s += "; " + w.pick("senest ", "at the latest ") + w.instant(p.Due)
	}
	return s
}

// value renders what the incident knows about item i.
func (w *writer) value(inc Incident, i Item) (string, bool) {
	list := func(k Known[[]string], none string) (string, bool) {
		if !k.Ok {
			return "", false
		}
		if len(k.Value) == 0 {
			return none, true
		}
		return strings.Join(k.Value, ", "), true
	}
	text := func(k Known[string], none string) (string, bool) {
		if !k.Ok {
			return "", false
		}
		if strings.TrimSpace(k.Value) == "" {
			return none, true
		}
		return k.Value, true
	}
	approx := func(k Known[int64]) (string, bool) {
		if !k.Ok {
			return "", false
		}
		return w.pick("ca. ", "about ") + w.count(k.Value), true
	}
	none := w.pick("ingen kjent", "none known")
	switch i {
	case Nature:
		parts := []string{}
		if d := strings.TrimSpace(inc.Description.Value); inc.Description.Ok && d != "" {
			if !strings.ContainsAny(d[len(d)-1:], ".!?") {
				d += "."
			}
			parts = append(parts, d)
		}
		if inc.Effects != 0 {
			parts = append(parts, w.pick("Berørt: ", "Compromised: ")+inc.Effects.Label(w.tag)+".")
		}
		if len(parts) == 0 {
			return w.pick("ikke beskrevet", "not described"), inc.Description.Ok
		}
		return strings.Join(parts, " "), true
	case Cause:
		return text(inc.Cause, w.pick("ingen oppgitt", "none given"))
	case TimeSpan:
		if inc.Started.IsZero() {
			return "", false
		}
		s := w.pick("fra ", "from ") + w.instant(inc.Started)
		if inc.Ended.IsZero() {
			return s + w.pick(", ikke avsluttet eller slutt ukjent", ", not ended or end unknown"), true
		}
		return s + w.pick(" til ", " to ") + w.instant(inc.Ended), true
	case DiscoveryTime:
		t := earliest(inc.Discovered, inc.Aware)
		if t.IsZero() {
			return "", false
		}
		return w.instant(t), true
	case SubjectCategories:
		return list(inc.SubjectCategories, none)
	case SubjectCount:
		return approx(inc.SubjectCount)
	case RecordCategories:
		return list(inc.RecordCategories, none)
	case RecordCount:
		return approx(inc.RecordCount)
	case ContactPoint:
		if !inc.Contact.Ok {
			return "", false
		}
		c := inc.Contact.Value
		var parts []string
		for _, s := range []string{c.Name, c.Role, c.Email, c.Phone} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			return "", false
		}
		return strings.Join(parts, ", "), true
	case Consequences:
		return text(inc.Consequences, w.pick("ingen kjente", "none known"))
	case Measures:
		if !inc.MeasuresTaken.Ok && !inc.MeasuresProposed.Ok {
			return "", false
		}
		var parts []string
		if inc.MeasuresTaken.Ok {
			s, _ := list(inc.MeasuresTaken, w.pick("ingen ennå", "none yet"))
			parts = append(parts, w.pick("iverksatt: ", "taken: ")+s)
		}
		if inc.MeasuresProposed.Ok {
			s, _ := list(inc.MeasuresProposed, w.pick("ingen", "none"))
			parts = append(parts, w.pick("foreslått: ", "proposed: ")+s)
		}
		return capitalise(strings.Join(parts, "; ")), true
	}
	return "", false
}

func capitalise(s string) string {
	for i, r := range s {
		if i == 0 {
			return strings.ToUpper(string(r)) + s[len(string(r)):]
		}
	}
	return s
}

// PeriodLabel describes a period in Norwegian Bokmål or English, such as
// "uten ugrunnet opphold, og om mulig senest 24 timer" or "immediately".
// wherePossible adds "where possible" to a bound. The kind's phrase and
// the lengths are [obligation.Period.Label]'s; a zero or unknown kind
// gives "no period stated".
func PeriodLabel(p obligation.Period, wherePossible bool, tag language.Tag) string {
	nb := enum.Norwegian(tag)
	pick := func(n, e string) string {
		if nb {
			return n
		}
		return e
	}
	switch p.Kind {
	case obligation.Within:
		return pick("innen ", "within ") + p.Label(tag)
	case obligation.Immediately, obligation.WithoutUndueDelay, obligation.AsSoonAsPossible, obligation.ReasonableTime,
		obligation.InGoodTime, obligation.InTime, obligation.Promptly:
	default:
		return pick("ingen frist oppgitt", "no period stated")
	}
	kind := obligation.Unquantified(p.Kind).Label(tag)
	b, ok := p.Bound()
	if !ok {
		return kind
	}
	bound := pick(", og senest ", ", and at the latest ")
	if wherePossible {
		bound = pick(", og om mulig senest ", ", and where possible at the latest ")
	}
	return kind + bound + b.Label(tag)
}
