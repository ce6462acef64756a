package obligation_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Example_money prices MailMojo's assistance (2.3.5: "timepris á kr 1.100
// eks. mva.") for three and a half hours, adds Norwegian VAT and prints
// the invoice lines in Norwegian and English. The Norwegian amounts group
// digits with no-break spaces (U+00A0).
func Example_money() {
	rate := obligation.NOK(1100)
	net := rate.Mul(decimal.RequireFromString("3.5")).Round()
	vat := net.VAT(obligation.NorwegianVAT())
	gross, err := net.Add(vat)
	if err != nil {
		fmt.Println(err)
		return
	}
	nb := language.MustParse("nb")
	for _, m := range []obligation.Money{net, vat, gross} {
		fmt.Printf("%-14s %s\n", m.Display(nb, obligation.DisplayMinor), m.Display(language.English, obligation.DisplayMinor))
	}
	// Output:
	// kr 3 850,00    NOK 3,850.00
	// kr 962,50      NOK 962.50
	// kr 4 812,50    NOK 4,812.50
}

func ExampleNOK() {
	fmt.Println(obligation.NOK(25000))
	// Output: 25000 NOK
}

func ExampleNewMoney() {
	m := obligation.NewMoney(decimal.RequireFromString("12.5"), currency.EUR)
	fmt.Println(m, m.MinorDigits())
	// Output: 12.5 EUR 2
}

func ExampleParseMoney() {
	m, err := obligation.ParseMoney("1100.50 NOK")
	fmt.Println(m, err)
	_, err = obligation.ParseMoney("kr 1 100,50")
	fmt.Println(err)
	// Output:
	// 1100.5 NOK <nil>
	// obligation: invalid amount "kr 1 100,50": unexpected 'k' in the amount; write it as digits with an optional "." and fraction
}

func ExampleMoney_Add() {
	sum, err := obligation.NOK(10000).Add(obligation.NOK(12000))
	fmt.Println(sum, err)

	_, err = obligation.NOK(10000).Add(obligation.MustParseMoney("100 EUR"))
	var mm obligation.MismatchError
	fmt.Println(errors.As(err, &mm), mm.B.Currency)

	var zero obligation.Money
	sum, _ = zero.Add(obligation.MustParseMoney("100 EUR"))
	fmt.Println(sum)
	// Output:
	// 22000 NOK <nil>
	// true EUR
	// 100 EUR
}

func ExampleMoney_Round() {
	fmt.Println(obligation.MustParseMoney("0.005 NOK").Round())
	fmt.Println(obligation.MustParseMoney("-0.005 NOK").Round())
	fmt.Println(obligation.MustParseMoney("0.005 NOK").RoundWith(obligation.HalfEven))
	// Output:
	// 0.01 NOK
	// -0.01 NOK
	// 0 NOK
}

func ExampleMoney_VAT() {
	net := obligation.NOK(1100)
	fmt.Println(net.VAT(obligation.NorwegianVAT()), net.WithVAT(obligation.NorwegianVAT()))
	// Output: 275 NOK 1375 NOK
}

func ExampleMoney_Share() {
	// The unused 306 of 366 days of a NOK 120 000 year.
	m, err := obligation.NOK(120000).Share(306, 366)
	fmt.Println(m, err)
	// Output: 100327.87 NOK <nil>
}

func ExampleMoney_Display() {
	nb := language.MustParse("nb")
	fmt.Println(obligation.NOK(25000).Display(nb, obligation.DisplayCompact))
	fmt.Println(obligation.NOK(1100).Display(nb, obligation.DisplayMinor))
	fmt.Println(obligation.NOK(25000).Display(language.English, obligation.DisplayMinor))
	// Output:
	// kr 25 000
	// kr 1 100,00
	// NOK 25,000.00
}

func ExampleMustParseMoney() {
	fmt.Println(obligation.MustParseMoney("25000 NOK").Equal(obligation.NOK(25000)))
	// Output: true
}

func ExampleMoney_MarshalText() {
	b, err := json.Marshal(struct {
		Cap  obligation.Money `json:"cap"`
		Rate obligation.Money `json:"rate,omitzero"`
	}{Cap: obligation.NOK(25000)})
	fmt.Println(string(b), err)
	// Output: {"cap":"25000 NOK"} <nil>
}

func ExampleMoney_MulDiv() {
	// A price of NOK 120 000 adjusted from index 130.0 to 134.5.
	price := obligation.NOK(120000)
	adjusted, err := price.MulDiv(decimal.RequireFromString("134.5"), decimal.RequireFromString("130.0"), obligation.HalfAwayFromZero)
	fmt.Println(adjusted, err)
	// Output: 124153.85 NOK <nil>
}

func ExampleMoney_Cmp() {
	left, err := obligation.NOK(25000).Sub(obligation.NOK(22000))
	fmt.Println(left, err)
	c, err := left.Cmp(obligation.NOK(9000))
	fmt.Println(c, err)
	// Output:
	// 3000 NOK <nil>
	// -1 <nil>
}

func ExampleMoney_AppendDisplay() {
	buf := make([]byte, 0, 32)
	buf = append(buf, "Total: "...)
	buf = obligation.MustParseMoney("4812.5 NOK").AppendDisplay(buf, language.English, obligation.DisplayMinor)
	fmt.Println(string(buf))
	// Output: Total: NOK 4,812.50
}

func ExampleRounding_Label() {
	fmt.Println(obligation.HalfEven.Label(language.English), "/", obligation.HalfEven.Label(language.MustParse("nb")))
	// Output: half to even / halvt til partall
}
