package obligation

import (
	"strconv"

	"golang.org/x/text/language"
)

// periodWords are the singular and plural of each unit, and each kind's
// phrase, in Norwegian Bokmål and English.
var (
	unitWords = [...][4]string{ // nb singular, nb plural, en singular, en plural
		Hour:        {"time", "timer", "hour", "hours"},
		Day:         {"dag", "dager", "day", "days"},
		BusinessDay: {"virkedag", "virkedager", "business day", "business days"},
		Week:        {"uke", "uker", "week", "weeks"},
		Month:       {"måned", "måneder", "month", "months"},
		Year:        {"år", "år", "year", "years"},
	}
	kindWords = [...][2]string{
		Immediately:       {"umiddelbart", "immediately"},
		WithoutUndueDelay: {"uten ugrunnet opphold", "without undue delay"},
		AsSoonAsPossible:  {"så snart som mulig", "as soon as possible"},
		ReasonableTime:    {"innen rimelig tid", "within a reasonable time"},
		InGoodTime:        {"i god tid", "in good time"},
		InTime:            {"i tide", "in time"},
		Promptly:          {"raskt", "promptly"},
	}
)

// Label returns the period in words, in Norwegian Bokmål when tag is
// Norwegian (nb, nn or no) and in English otherwise: "6 måneder",
// "24 hours", "uten ugrunnet opphold, senest 24 timer". The zero Period
// gives "" and an invalid one its String form.
func (p Period) Label(tag language.Tag) string {
	if p.IsZero() {
		return ""
	}
	if p.Validate() != nil {
		return p.String()
	}
	nb := isNorwegian(tag)
	if p.Kind == Within {
		return count(p.N, p.Unit, nb)
	}
	i := 1
	if nb {
		i = 0
	}
	s := kindWords[p.Kind][i]
	if b, ok := p.Bound(); ok {
		if nb {
			s += ", senest " + count(b.N, b.Unit, true)
		} else {
			s += ", at the latest " + count(b.N, b.Unit, false)
		}
	}
	return s
}

func count(n int, u Unit, nb bool) string {
	w := unitWords[u]
	i := 2
	if nb {
		i = 0
	}
	if n != 1 {
		i++
	}
	return strconv.Itoa(n) + " " + w[i]
}
