package examples

import "github.com/personvern/dpa/agreement"

// seed names one of the five agreements, so that each concern's file can
// fill its part of every seed.
type seed uint8

const (
	weAreMedia seed = iota + 1
	assistertSelvhjelp
	nortelecom
	mailMojo
	we4you
)

// complete adds every concern's terms to a seed's core.
func complete(s seed, a agreement.Agreement) agreement.Agreement {
	processingTerms(s, &a)
	subprocessorTerms(s, &a)
	breachTerms(s, &a)
	moneyTerms(s, &a)
	timeTerms(s, &a)
	dutyTerms(s, &a)
	return a
}

// All returns the five seed agreements in the order of their source files.
func All() []agreement.Agreement {
	return []agreement.Agreement{WeAreMedia(), AssistertSelvhjelp(), Nortelecom(), MailMojo(), We4you()}
}
