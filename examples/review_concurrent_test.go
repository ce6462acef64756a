package examples_test

import (
	"sync"
	"testing"

	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/examples"
)

// Reviews running at once give the reports they give one at a time: a
// review reuses its working state between calls, and none may see
// another's agreement or findings.
func TestReviewConcurrent(t *testing.T) {
	as := append(append(examples.All(), examples.StandardClauses(), examples.StandardClausesTemplate()), examples.Corpus()...)
	want := make([]review.Report, len(as))
	for i, a := range as {
		want[i] = mustReview(t, a, reviewDay)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(as) {
				i := (g + k) % len(as)
				got, err := review.Agreement(as[i], reviewDay)
				if err != nil {
					t.Error(err)
					return
				}
				if !got.Equal(want[i]) {
					t.Errorf("%s: a review run beside others differs from one run alone", as[i].ID)
					return
				}
			}
		}()
	}
	wg.Wait()
}
