package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// node is the subset of JSON Schema that the reflector emits for tool inputs.
type node struct {
	Type                 string           `json:"type"`
	Description          string           `json:"description"`
	Properties           map[string]*node `json:"properties"`
	Required             []string         `json:"required"`
	AdditionalProperties json.RawMessage  `json:"additionalProperties"`
	Items                *node            `json:"items"`
	Enum                 []any            `json:"enum"`
	Format               string           `json:"format"`
	Minimum              *float64         `json:"minimum"`
	Maximum              *float64         `json:"maximum"`
	MinLength            *int             `json:"minLength"`
	MaxLength            *int             `json:"maxLength"`
	MinItems             *int             `json:"minItems"`
	MaxItems             *int             `json:"maxItems"`

	// values is the additionalProperties schema of a map, parsed lazily.
	values *node
}

// MaxArgumentBytes caps the size of the arguments Decode accepts. Genesys
// Cloud itself refuses request bodies over 512,000 bytes.
const MaxArgumentBytes = 512_000

// Decode checks raw JSON arguments against the schema of dst's struct type
// and, if they are valid, decodes them into dst (a non-nil pointer to a
// struct). Empty input and JSON null count as {}. Optional fields given as
// null are treated as absent. Every rejection is an *InputError.
func Decode(data []byte, dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("schema: Decode needs a non-nil pointer, got %T", dst)
	}
	c := load(rv.Type())
	if c.err != nil {
		return c.err
	}
	if len(data) > MaxArgumentBytes {
		return &InputError{Reason: fmt.Sprintf("arguments are %d bytes; the limit is %d", len(data), MaxArgumentBytes)}
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || string(data) == "null" {
		data = []byte("{}")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return &InputError{Reason: "arguments are not valid JSON: " + err.Error()}
	}
	if dec.More() {
		return &InputError{Reason: "arguments must be a single JSON object; found extra data after it"}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return &InputError{Reason: "arguments must be a JSON object, not " + jsonKind(v)}
	}
	dropNulls(c.root, obj)
	if err := c.root.check("", obj); err != nil {
		return err
	}
	clean, err := json.Marshal(obj)
	if err != nil {
		return &InputError{Reason: err.Error()}
	}
	strict := json.NewDecoder(bytes.NewReader(clean))
	strict.DisallowUnknownFields()
	if err := strict.Decode(dst); err != nil {
		return decodeError(err)
	}
	return nil
}

// Validate checks an already-decoded value (for example a tool struct built
// in Go) against its schema by encoding it and running the same checks as
// Decode.
func Validate(v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return &InputError{Reason: err.Error()}
	}
	c := load(reflect.TypeOf(v))
	if c.err != nil {
		return c.err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var obj any
	if err := dec.Decode(&obj); err != nil {
		return &InputError{Reason: err.Error()}
	}
	if m, ok := obj.(map[string]any); ok {
		dropNulls(c.root, m)
	}
	return c.root.check("", obj)
}

// dropNulls removes optional properties whose value is null, recursively, so
// that a model sending {"queueId": null} means "not set".
func dropNulls(n *node, obj map[string]any) {
	for k, v := range obj {
		p := n.Properties[k]
		if v == nil {
			if !slices.Contains(n.Required, k) {
				delete(obj, k)
			}
			continue
		}
		if p == nil {
			continue
		}
		switch x := v.(type) {
		case map[string]any:
			if p.Type == "object" && p.Properties != nil {
				dropNulls(p, x)
			}
		case []any:
			if p.Items != nil && p.Items.Properties != nil {
				for _, e := range x {
					if m, ok := e.(map[string]any); ok {
						dropNulls(p.Items, m)
					}
				}
			}
		}
	}
}

func (n *node) check(path string, v any) error {
	if v == nil {
		return &InputError{Field: path, Reason: "must not be null"}
	}
	switch n.Type {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return typeError(path, "an object", v)
		}
		return n.checkObject(path, obj)
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return typeError(path, "an array", v)
		}
		if n.MinItems != nil && len(arr) < *n.MinItems {
			return &InputError{Field: path, Reason: fmt.Sprintf("must have at least %d items", *n.MinItems)}
		}
		if n.MaxItems != nil && len(arr) > *n.MaxItems {
			return &InputError{Field: path, Reason: fmt.Sprintf("must have at most %d items", *n.MaxItems)}
		}
		if n.Items != nil {
			for i, e := range arr {
				if err := n.Items.check(fmt.Sprintf("%s[%d]", path, i), e); err != nil {
					return err
				}
			}
		}
		return nil
	case "string":
		s, ok := v.(string)
		if !ok {
			return typeError(path, "a string", v)
		}
		return n.checkString(path, s)
	case "integer":
		num, ok := v.(json.Number)
		if !ok {
			return typeError(path, "an integer", v)
		}
		i, err := strconv.ParseInt(num.String(), 10, 64)
		if err != nil {
			return &InputError{Field: path, Reason: fmt.Sprintf("must be a whole number, got %s", num)}
		}
		return n.checkRange(path, float64(i))
	case "number":
		num, ok := v.(json.Number)
		if !ok {
			return typeError(path, "a number", v)
		}
		f, err := num.Float64()
		if err != nil || math.IsInf(f, 0) {
			return &InputError{Field: path, Reason: fmt.Sprintf("must be a finite number, got %s", num)}
		}
		return n.checkRange(path, f)
	case "boolean":
		if _, ok := v.(bool); !ok {
			return typeError(path, "true or false", v)
		}
		return nil
	}
	return nil
}

func (n *node) checkObject(path string, obj map[string]any) error {
	for _, name := range n.Required {
		if _, ok := obj[name]; !ok {
			return &InputError{Field: join(path, name), Reason: "is required" + n.hint(name)}
		}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, known := n.Properties[k]
		if !known {
			values, err := n.valueSchema()
			if err != nil {
				return err
			}
			if values == nil {
				return &InputError{Field: join(path, k), Reason: "is not a known field" + n.known()}
			}
			p = values
		}
		if err := p.check(join(path, k), obj[k]); err != nil {
			return err
		}
	}
	return nil
}

// valueSchema returns the schema of a map's values, or nil when the object
// accepts no properties beyond the declared ones.
func (n *node) valueSchema() (*node, error) {
	if n.values != nil {
		return n.values, nil
	}
	ap := bytes.TrimSpace(n.AdditionalProperties)
	switch {
	case len(ap) == 0:
		if n.Properties == nil {
			return &node{}, nil // free-form object: any value
		}
		return nil, nil
	case string(ap) == "false":
		return nil, nil
	case string(ap) == "true":
		return &node{}, nil
	}
	var values node
	if err := json.Unmarshal(ap, &values); err != nil {
		return nil, fmt.Errorf("schema: bad additionalProperties: %w", err)
	}
	return &values, nil
}

func (n *node) checkString(path, s string) error {
	if len(n.Enum) > 0 {
		for _, e := range n.Enum {
			if e == s {
				return nil
			}
		}
		return &InputError{Field: path, Reason: fmt.Sprintf("must be one of %s; got %q", enumList(n.Enum), s)}
	}
	if n.MinLength != nil && len([]rune(s)) < *n.MinLength {
		if *n.MinLength == 1 {
			return &InputError{Field: path, Reason: "must not be empty"}
		}
		return &InputError{Field: path, Reason: fmt.Sprintf("must be at least %d characters long", *n.MinLength)}
	}
	if n.MaxLength != nil && len([]rune(s)) > *n.MaxLength {
		return &InputError{Field: path, Reason: fmt.Sprintf("must be at most %d characters long", *n.MaxLength)}
	}
	if n.Format == "date-time" {
		if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
			return &InputError{Field: path, Reason: fmt.Sprintf("must be an ISO-8601 date-time such as 2026-01-31T14:00:00Z; got %q", s)}
		}
	}
	return nil
}

func (n *node) checkRange(path string, f float64) error {
	if n.Minimum != nil && f < *n.Minimum {
		return &InputError{Field: path, Reason: fmt.Sprintf("must be at least %v", *n.Minimum)}
	}
	if n.Maximum != nil && f > *n.Maximum {
		return &InputError{Field: path, Reason: fmt.Sprintf("must be at most %v", *n.Maximum)}
	}
	return nil
}

// hint adds the property description to a "required" message, which tells a
// model where the missing value comes from.
func (n *node) hint(name string) string {
	if p := n.Properties[name]; p != nil && p.Description != "" {
		return "; expected: " + p.Description
	}
	return ""
}

func (n *node) known() string {
	if len(n.Properties) == 0 {
		return "; this object takes no fields"
	}
	names := make([]string, 0, len(n.Properties))
	for k := range n.Properties {
		names = append(names, k)
	}
	sort.Strings(names)
	return "; known fields are " + strings.Join(names, ", ")
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func typeError(path, want string, v any) *InputError {
	return &InputError{Field: path, Reason: fmt.Sprintf("must be %s, not %s", want, jsonKind(v))}
}

func jsonKind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number (" + x.String() + ")"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func enumList(values []any) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = fmt.Sprint(v)
	}
	if len(parts) > 12 {
		return strings.Join(parts[:12], ", ") + fmt.Sprintf(", … (%d values; see the schema)", len(parts))
	}
	return strings.Join(parts, ", ")
}

// decodeError converts an error from the final strict decode, which should
// only fire for values the schema cannot express (such as integer overflow).
func decodeError(err error) error {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return &InputError{Field: ute.Field, Reason: fmt.Sprintf("cannot hold %s", ute.Value)}
	}
	return &InputError{Reason: err.Error()}
}
