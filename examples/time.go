package examples

import "github.com/personvern/dpa/agreement"

// timeTerms adds the time terms (audit, end of processing, requests, delivery) of seed s to a.
func timeTerms(s seed, a *agreement.Agreement) {
	switch s {
	}
}
