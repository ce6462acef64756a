package obligation

import "fmt"

// ItemClauses are the clauses the items of a plain list are read from, by
// position: ItemClauses[i] is where item i is, and an empty entry, or no
// entry, means the list's own clause. A plain list (the channels for
// notices, the ways a change is announced) holds bare values that cannot
// carry a clause of their own; with ItemClauses beside it, an item read
// from another clause does not borrow the list's clause ("18.1: in
// writing; 18.2: by e-mail or registered letter"), and the list's JSON
// stays what it was.
type ItemClauses []Clause

// Of returns the clause of item i: its own, or list where it has none.
func (c ItemClauses) Of(i int, list Clause) Clause {
	if i >= 0 && i < len(c) && c[i] != "" {
		return c[i]
	}
	return list
}

// Check returns an error when there are more clauses than the list has
// items: a clause then names no item.
func (c ItemClauses) Check(items int) error {
	if len(c) > items {
		return fmt.Errorf("%d clauses for %d items: each clause is the clause of the item at its position", len(c), items)
	}
	return nil
}
