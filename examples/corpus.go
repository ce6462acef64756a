package examples

import "github.com/personvern/dpa/agreement"

// Corpus returns the four further real agreements the model is tried on,
// written by parties the library's authors have no tie to: [Aptible] (a US
// platform's addendum with the 2021/914 clauses and the UK Addendum),
// [Stimma] (a Swedish municipal-sector template), [Sporlos] (a short
// Norwegian click-through agreement) and [Cradl] (a Norwegian vendor's
// English agreement with its Terms of Service). They are kept apart from
// the five seeds of [All], whose tests stay as they are.
//
// Each is modelled as its text stands, including what the model cannot
// yet hold: a term it cannot hold is left out rather than approximated,
// and each constructor's comments say where.
func Corpus() []agreement.Agreement {
	return []agreement.Agreement{Aptible(), Stimma(), Sporlos(), Cradl()}
}
