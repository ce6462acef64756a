package examples

import "github.com/personvern/dpa/agreement"

// moneyTerms adds liability, fees and assistance costs of seed s to a.
func moneyTerms(s seed, a *agreement.Agreement) {
	switch s {
	}
}
