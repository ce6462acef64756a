package annex

// Description is an agreement's description of the processing.
type Description struct{}
