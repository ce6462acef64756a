// Package obligation answers "by when, and who owes what": periods and the
// deadlines they give, calendars of working days, the duties an agreement's
// events create, and the primitives every term shares, such as the clause a
// term comes from ([Clause], [Provision]).
package obligation
