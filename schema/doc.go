// Package schema holds the JSON Schemas (draft 2020-12) of the documents
// the library decodes: agreement.schema.json for an agreement
// (agreement.Decode), register.schema.json (subprocessor.DecodeRegister),
// policy.schema.json (subprocessor.DecodePolicy), breach-terms.schema.json
// (breach.DecodeTerms) and incident.schema.json (breach.DecodeIncident).
// An editor that reads JSON Schema completes and checks a document with
// them as it is typed; [Files] embeds them for programs.
//
// The schemas, and the format reference docs/format.md, are generated from
// the Go types by internal/schemagen and are never edited by hand. After
// changing a type that is decoded from JSON (a field, a tag, a doc comment,
// an enumeration value or label), run
//
//	go generate ./...
//
// and commit the result: a test fails while the checked-in files differ
// from what the types give.
package schema

import "embed"

//go:generate go run generate.go

// Files holds the schemas, named <document>.schema.json.
//
//go:embed *.schema.json
var Files embed.FS
