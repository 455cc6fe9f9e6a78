// Package schema turns genesyskit tool input structs into JSON Schemas and
// checks model-supplied arguments against them.
//
// A tool's input is a Go struct whose exported fields carry json tags in the
// Genesys Cloud API's own spelling and jsonschema tags for descriptions,
// formats and bounds. [For] reflects such a struct once (through
// github.com/invopop/jsonschema), caches the result and returns a compact
// schema: no $schema, no $id, no $ref, every nested object inlined, the root
// always "type": "object". That is the form MCP hosts, Genkit and the
// function-calling APIs of OpenAI, Gemini and Anthropic all accept.
//
// [Decode] is the single argument check used by every adapter. It validates
// raw JSON against the cached schema — JSON types, required fields, enum
// values, date-time formats and unknown fields — and only then decodes it
// into the struct. Every failure is an [*InputError] that names the field
// (for example "wrapup.code" or "participants[0].address") and the reason,
// so a model can correct its call.
//
// # Enumerations
//
// A named string type lists its allowed values by implementing [Enum]; every
// field of that type, and every slice of it, gets an "enum" keyword:
//
//	type SpeakTo string
//
//	func (SpeakTo) EnumValues() []string { return []string{"DESTINATION", "OBJECT", "BOTH", "CONFERENCE"} }
package schema
