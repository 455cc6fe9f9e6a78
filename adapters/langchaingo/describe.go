package lctools

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/genesyskit/genesyskit/tools"
)

// maxEnumValues is how many allowed values a field summary lists before
// it cuts the list short.
const maxEnumValues = 12

// property is the part of a JSON Schema property a field summary shows.
type property struct {
	Type        string          `json:"type"`
	Format      string          `json:"format"`
	Enum        []any           `json:"enum"`
	Description string          `json:"description"`
	Items       *property       `json:"items"`
	Properties  json.RawMessage `json:"properties"`
}

// object is the part of an object schema a summary reads. Properties
// stays raw so that their order is kept.
type object struct {
	Properties json.RawMessage `json:"properties"`
	Required   []string        `json:"required"`
}

// field is one named property, in schema order.
type field struct {
	name string
	property
}

// describe returns the description a text agent sees: the catalogue
// description and a summary of the input schema's top-level fields.
func describe(spec tools.Spec) string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(spec.Description))
	var root object
	err := json.Unmarshal(spec.Schema(), &root)
	var fields []field
	if err == nil {
		fields, err = orderedFields(root.Properties)
	}
	if err != nil {
		// The registry tests guarantee well-formed schemas; say no more
		// than is certain.
		b.WriteString("\nInput: a JSON object.")
		return b.String()
	}
	if len(fields) == 0 {
		b.WriteString("\nInput: {} (this tool takes no arguments).")
		return b.String()
	}
	b.WriteString("\nInput: one JSON object with these fields (leave out what you do not need; no other fields are accepted):")
	for _, f := range fields {
		b.WriteString("\n  - " + f.name + " (" + typeOf(f.property))
		if slices.Contains(root.Required, f.name) {
			b.WriteString(", required")
		}
		b.WriteString(")")
		if d := strings.TrimSpace(f.Description); d != "" {
			b.WriteString(": " + d)
		}
	}
	return b.String()
}

// orderedFields decodes a "properties" object, keeping its key order.
func orderedFields(raw json.RawMessage) ([]field, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("properties is not an object")
	}
	var out []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string)
		var p property
		if err := dec.Decode(&p); err != nil {
			return nil, err
		}
		out = append(out, field{name: name, property: p})
	}
	return out, nil
}

// typeOf renders a property's type for a person or a model reading plain
// text: "string", "string date-time", "integer", "one of "a", "b"",
// "array of string", "object with code, notes", "array of objects with
// type, clauses".
func typeOf(p property) string {
	if len(p.Enum) > 0 {
		vals := make([]string, 0, min(len(p.Enum), maxEnumValues)+1)
		for i, v := range p.Enum {
			if i == maxEnumValues {
				vals = append(vals, "…")
				break
			}
			b, _ := json.Marshal(v)
			vals = append(vals, string(b))
		}
		return p.Type + ", one of " + strings.Join(vals, ", ")
	}
	switch p.Type {
	case "array":
		if p.Items == nil {
			return "array"
		}
		item := typeOf(*p.Items)
		if rest, ok := strings.CutPrefix(item, "object"); ok {
			item = "objects" + rest
		}
		return "array of " + item
	case "object":
		fields, err := orderedFields(p.Properties)
		if err != nil || len(fields) == 0 {
			return "object"
		}
		names := make([]string, len(fields))
		for i, f := range fields {
			names[i] = f.name
		}
		return "object with " + strings.Join(names, ", ")
	case "":
		return "any JSON value"
	}
	if p.Format != "" {
		return p.Type + " " + p.Format
	}
	return p.Type
}
