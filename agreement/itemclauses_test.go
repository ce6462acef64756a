package agreement_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// A plain list's items can each say where they are read from, and a file
// written before they could still decodes, each item then citing the
// list's clause.
func TestItemClauses(t *testing.T) {
	a := examples.Stimma()
	// 18.1: in writing; 18.2: by e-mail or registered letter.
	n := a.Notices
	var got []obligation.Clause
	for i := range n.Channels {
		got = append(got, n.ItemClauses.Of(i, n.Clause))
	}
	if diff := cmp.Diff([]obligation.Clause{"18.1", "18.2", "18.2"}, got); diff != "" {
		t.Errorf("channels' clauses mismatch (-want +got):\n%s", diff)
	}

	data, err := agreement.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), `"itemClauses"`)
	j := strings.Index(string(data[i:]), "]")
	if i < 0 || j < 0 {
		t.Fatal("the encoded agreement has no itemClauses")
	}
	// The same file as written before items had clauses: drop the field
	// and the comma before it.
	old := strings.TrimRight(string(data[:i]), " \n,") + string(data[i+j+1:])
	back, err := agreement.Decode([]byte(old))
	if err != nil {
		t.Fatalf("a file without itemClauses: %v", err)
	}
	if back.Notices.ItemClauses != nil || back.Notices.ItemClauses.Of(2, back.Notices.Clause) != "18" {
		t.Errorf("decoded without itemClauses: %v, item 2 cites %s, want the list's 18", back.Notices.ItemClauses, back.Notices.ItemClauses.Of(2, back.Notices.Clause))
	}

	bad := examples.Stimma()
	bad.Notices.ItemClauses = append(bad.Notices.ItemClauses, "18.3")
	bad.SubprocessorPolicy.Announcement.ItemClauses = obligation.ItemClauses{"11.3", "11.4"}
	err = bad.Validate()
	for _, want := range []string{"notices.itemClauses", "subprocessorPolicy.announcement.itemClauses"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate: %v; want a problem at %s", err, want)
		}
	}
	if p, q := bad.SubprocessorPolicy, examples.Stimma().SubprocessorPolicy; p.Equal(q) {
		t.Error("policies whose announcements cite different clauses are Equal")
	}
}
