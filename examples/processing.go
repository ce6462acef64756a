package examples

import "github.com/personvern/dpa/agreement"

// processingTerms adds the processing description (annex) of seed s to a.
func processingTerms(s seed, a *agreement.Agreement) {
	switch s {
	}
}
