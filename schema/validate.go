package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
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

	// plan is how values of this node are stored into the Go type last
	// seen at its place, so the scanner looks it up only once.
	plan atomic.Pointer[typePlan]
}

// typePlan is how the scanner stores a node's values into Go type t.
type typePlan struct {
	t      reflect.Type
	direct bool // the scanner stores the value itself (see direct)

	// For an object stored in a struct: the node's properties that are
	// fields of the struct, in field order (the order a schema lists them
	// in, which models usually keep), and their positions by name.
	members []member
	byName  map[string]int
}

// member is one property of an object node stored in a struct field.
type member struct {
	name     string
	node     *node
	index    []int // of the struct field
	required int   // position in the node's Required, or -1
}

// planFor returns how to store n's values into t, computed once per node
// and type.
func (n *node) planFor(t reflect.Type) *typePlan {
	if p := n.plan.Load(); p != nil && p.t == t {
		return p
	}
	p := &typePlan{t: t, direct: direct(n, t)}
	if et := deref(t); p.direct && et.Kind() == reflect.Struct {
		fields := fieldsOf(et)
		for name, index := range fields {
			if sub := n.Properties[name]; sub != nil {
				p.members = append(p.members, member{name: name, node: sub, index: index, required: slices.Index(n.Required, name)})
			}
		}
		// Field order: the order of the indexes, embedded fields in place.
		slices.SortFunc(p.members, func(a, b member) int { return slices.Compare(a.index, b.index) })
		p.byName = make(map[string]int, len(p.members))
		for i, m := range p.members {
			p.byName[m.name] = i
		}
	}
	n.plan.Store(p)
	return p
}

// deref strips t's pointers.
func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
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
	// The value is checked and stored in one pass. dst is left alone when
	// the arguments are rejected: a zero dst (the usual case, a new input)
	// is filled in place and zeroed again on failure; anything else is
	// filled through a fresh value.
	if v := rv.Elem(); v.IsZero() {
		if err := validate(c.root, data, v); err != nil {
			v.SetZero()
			return syntaxError(err, data)
		}
		return nil
	}
	fresh := reflect.New(rv.Type().Elem())
	if err := validate(c.root, data, fresh.Elem()); err != nil {
		return syntaxError(err, data)
	}
	rv.Elem().Set(fresh.Elem())
	return nil
}

// syntaxError turns the scanner's errSyntax into encoding/json's own
// description of the problem.
func syntaxError(err error, data []byte) error {
	if !errors.Is(err, errSyntax) {
		return err
	}
	var v any
	if jerr := json.Unmarshal(data, &v); jerr != nil {
		return &InputError{Reason: "arguments are not valid JSON: " + jerr.Error()}
	}
	return &InputError{Reason: "arguments are not valid JSON: nested too deeply"}
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
	return syntaxError(validate(c.root, raw, reflect.Value{}), raw)
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
