package obligation

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Money is an amount in an ISO 4217 currency.
type Money struct {
	Amount   decimal.Decimal
	Currency currency.Unit
}
