package agreement

import "github.com/personvern/dpa/internal/strictjson"

// PathError is the error [Decode] returns, naming the JSON path of the
// first problem ("parties[1].role: agreement: unknown role …").
type PathError = strictjson.PathError

// Decode decodes an agreement from JSON strictly: unknown fields, unknown
// enumeration identifiers, malformed dates, periods and amounts, and data
// after the agreement are errors, reported as a *[PathError]. Decode does
// not validate; call [Agreement.Validate] for that.
func Decode(data []byte) (Agreement, error) {
	var a Agreement
	if err := strictjson.Decode(data, &a); err != nil {
		return Agreement{}, err
	}
	return a, nil
}

// Encode returns a's JSON form, indented with two spaces, as stored in
// examples/testdata. Fields that are absent are omitted and nothing is
// escaped that JSON does not require ("RTO < 4 t" stays as written), so
// the form is stable and readable. Encode refuses, as a *[PathError], a
// value that Decode would not accept back, such as an unspecified role.
func Encode(a Agreement) ([]byte, error) {
	return strictjson.Encode(a)
}
