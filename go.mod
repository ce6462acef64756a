module github.com/personvern/dpa

go 1.27.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/shopspring/decimal v1.4.0
	golang.org/x/text v0.43.0
)
