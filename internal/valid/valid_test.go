package valid

import (
	"errors"
	"testing"
)

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list must give a nil error")
	}
	l.Add(Join(Index("subprocessors", 2), "country"), `"XX" is not an ISO 3166-1 code`)
	l.Addf("parties", "no %s", "controller")
	err := l.Err()
	var ve *Error
	if !errors.As(err, &ve) || len(ve.Problems) != 2 {
		t.Fatalf("Err() = %v", err)
	}
	want := "2 problems\n\tsubprocessors[2].country: \"XX\" is not an ISO 3166-1 code\n\tparties: no controller"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if got := (Problem{Message: "m"}).String(); got != "m" {
		t.Errorf("pathless problem = %q", got)
	}
	if got := Join("", "a"); got != "a" {
		t.Errorf(`Join("", "a") = %q`, got)
	}
}
