package examples

import "github.com/personvern/dpa/agreement"

// breachTerms adds the breach notification terms of seed s to a.
func breachTerms(s seed, a *agreement.Agreement) {
	switch s {
	}
}
