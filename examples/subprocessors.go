package examples

import "github.com/personvern/dpa/agreement"

// subprocessorTerms adds the subprocessor register and policy of seed s to a.
func subprocessorTerms(s seed, a *agreement.Agreement) {
	switch s {
	}
}
