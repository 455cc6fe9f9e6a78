package schema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"

	"github.com/invopop/jsonschema"
)

// Enum is implemented by named string types whose values are a fixed set.
// Fields of such a type get an "enum" keyword in their schema, and Decode
// rejects any other value.
type Enum interface {
	EnumValues() []string
}

var enumType = reflect.TypeFor[Enum]()

// compiled is the cached schema of one Go type: the JSON handed to models
// and the parsed form used for validation.
type compiled struct {
	raw  json.RawMessage
	root *node
	err  error
}

var cache sync.Map // reflect.Type -> *compiled

// For returns the JSON Schema of the struct that v points to (or is). The
// schema is computed on first use and cached; the returned bytes are shared,
// so callers must not modify them.
func For(v any) (json.RawMessage, error) {
	c := load(reflect.TypeOf(v))
	return c.raw, c.err
}

// MustFor is like For but panics if the type cannot be described. It is
// meant for package-level tables of known-good types and for tests.
func MustFor(v any) json.RawMessage {
	raw, err := For(v)
	if err != nil {
		panic(err)
	}
	return raw
}

func load(t reflect.Type) *compiled {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if c, ok := cache.Load(t); ok {
		return c.(*compiled)
	}
	c := compile(t)
	actual, _ := cache.LoadOrStore(t, c)
	return actual.(*compiled)
}

func compile(t reflect.Type) *compiled {
	if t == nil || t.Kind() != reflect.Struct {
		return &compiled{err: fmt.Errorf("schema: %v is not a struct type", t)}
	}
	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		DoNotReference: true,
		Anonymous:      true,
		Mapper:         mapEnum,
	}
	s := r.ReflectFromType(t)
	s.Version = ""
	openNested(s, true)
	raw, err := json.Marshal(s)
	if err != nil {
		return &compiled{err: fmt.Errorf("schema: %v: %w", t, err)}
	}
	root := new(node)
	if err := json.Unmarshal(raw, root); err != nil {
		return &compiled{err: fmt.Errorf("schema: %v: %w", t, err)}
	}
	if root.Type != "object" {
		return &compiled{err: fmt.Errorf("schema: %v: root type is %q, want object", t, root.Type)}
	}
	return &compiled{raw: raw, root: root}
}

// mapEnum gives named string types that implement Enum a string schema with
// their values. Field tags (description, format) are applied on top by the
// reflector.
func mapEnum(t reflect.Type) *jsonschema.Schema {
	if t.Kind() != reflect.String || !t.Implements(enumType) {
		return nil
	}
	values := reflect.Zero(t).Interface().(Enum).EnumValues()
	enum := make([]any, len(values))
	for i, v := range values {
		enum[i] = v
	}
	return &jsonschema.Schema{Type: "string", Enum: enum}
}

// openNested drops "additionalProperties": false from nested objects: it
// is repeated boilerplate in every typed body model, and Decode rejects
// unknown fields of any object that declares properties all the same. The
// root keeps it, so the tool's own arguments are visibly closed.
func openNested(s *jsonschema.Schema, root bool) {
	if s == nil {
		return
	}
	if !root && s.AdditionalProperties == jsonschema.FalseSchema && s.Properties != nil && s.Properties.Len() > 0 {
		s.AdditionalProperties = nil
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			openNested(p.Value, false)
		}
	}
	openNested(s.Items, false)
	if s.AdditionalProperties != jsonschema.FalseSchema && s.AdditionalProperties != jsonschema.TrueSchema {
		openNested(s.AdditionalProperties, false)
	}
}
