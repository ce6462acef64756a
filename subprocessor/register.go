package subprocessor

// Register is the list of subprocessors an agreement names or refers to.
type Register struct{}

// Policy is an agreement's rules for engaging and changing subprocessors.
type Policy struct{}
