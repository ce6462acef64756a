// Package valid holds the validation error shared by the public packages,
// so that one errors.As target matches a problem found anywhere in an
// agreement.
package valid

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem is one well-formedness problem: where it is and what is wrong.
type Problem struct {
	// Path names the field in JSON terms, such as
	// "subprocessors[2].country".
	Path string `json:"path"`
	// Message says what is wrong, in English.
	Message string `json:"message"`
}

// String returns "path: message".
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Error is returned by Validate methods: every problem found, in the order
// the fields were visited.
type Error struct {
	Problems []Problem `json:"problems"`
}

// Error joins the problems, one per line after a count.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(e.Problems)))
	if len(e.Problems) == 1 {
		b.WriteString(" problem")
	} else {
		b.WriteString(" problems")
	}
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// List collects problems while a value is walked.
type List struct {
	problems []Problem
}

// Add records a problem at path.
func (l *List) Add(path, message string) {
	l.problems = append(l.problems, Problem{Path: path, Message: message})
}

// Addf records a problem at path, with the message built from a format.
func (l *List) Addf(path, format string, args ...any) {
	l.Add(path, fmt.Sprintf(format, args...))
}

// Len reports how many problems were recorded.
func (l *List) Len() int { return len(l.problems) }

// Err returns nil when nothing was recorded, and an *Error otherwise.
func (l *List) Err() error {
	if len(l.problems) == 0 {
		return nil
	}
	return &Error{Problems: l.problems}
}

// Join returns a path to a field below parent: Join("a", "b") is "a.b".
func Join(parent, field string) string {
	if parent == "" {
		return field
	}
	return parent + "." + field
}

// Index returns a path to an element below parent: Index("a", 2) is "a[2]".
func Index(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}
