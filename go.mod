module github.com/personvern/dpa

go 1.27.0

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	github.com/shopspring/decimal v1.4.0
	golang.org/x/text v0.43.0
)
