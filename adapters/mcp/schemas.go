package mcptools

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/google/jsonschema-go/jsonschema"

	"github.com/genesyskit/genesyskit/tools"
)

// minSharedBytes is the smallest subschema worth moving to $defs: below it
// a "$ref" costs about as much as the copy it replaces.
const minSharedBytes = 120

type schemaKey struct {
	name  string
	short bool
}

// schemas caches each tool's listed input schema, so registering the
// tools on another server costs no schema work.
var schemas sync.Map // schemaKey -> json.RawMessage

// inputSchema returns the input schema a client is shown for spec: the
// core's schema, with tool names shortened when short is set and with
// subschemas that repeat inside it (such as the filter clauses of an
// analytics query) defined once under $defs. It is computed once per
// process.
func inputSchema(spec tools.Spec, short bool) (json.RawMessage, error) {
	key := schemaKey{spec.Name, short}
	if s, ok := schemas.Load(key); ok {
		return s.(json.RawMessage), nil
	}
	raw := spec.Schema()
	if short {
		raw = json.RawMessage(shortenNames(string(raw)))
	}
	s := new(jsonschema.Schema)
	if err := json.Unmarshal(raw, s); err != nil {
		return nil, fmt.Errorf("mcptools: schema of %s: %w", spec.Name, err)
	}
	if err := keepOrder(raw, s); err != nil {
		return nil, fmt.Errorf("mcptools: schema of %s: %w", spec.Name, err)
	}
	if err := share(s); err != nil {
		return nil, fmt.Errorf("mcptools: schema of %s: %w", spec.Name, err)
	}
	out, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("mcptools: schema of %s: %w", spec.Name, err)
	}
	actual, _ := schemas.LoadOrStore(key, json.RawMessage(out))
	return actual.(json.RawMessage), nil
}

// keepOrder records the order of the properties in raw on s, at every
// depth, so the client lists them as the core declares them (path
// parameters first, then the body in model order).
func keepOrder(raw json.RawMessage, s *jsonschema.Schema) error {
	var node struct {
		Properties           json.RawMessage `json:"properties"`
		Items                json.RawMessage `json:"items"`
		AdditionalProperties json.RawMessage `json:"additionalProperties"`
	}
	if err := json.Unmarshal(raw, &node); err != nil {
		return err
	}
	if len(node.Properties) > 0 {
		dec := json.NewDecoder(bytes.NewReader(node.Properties))
		if _, err := dec.Token(); err != nil { // {
			return err
		}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			name, _ := tok.(string)
			var sub json.RawMessage
			if err := dec.Decode(&sub); err != nil {
				return err
			}
			s.PropertyOrder = append(s.PropertyOrder, name)
			if p := s.Properties[name]; p != nil {
				if err := keepOrder(sub, p); err != nil {
					return err
				}
			}
		}
	}
	if len(node.Items) > 0 && s.Items != nil {
		if err := keepOrder(node.Items, s.Items); err != nil {
			return err
		}
	}
	if len(node.AdditionalProperties) > 0 && node.AdditionalProperties[0] == '{' && s.AdditionalProperties != nil {
		return keepOrder(node.AdditionalProperties, s.AdditionalProperties)
	}
	return nil
}

// share moves subschemas that occur more than once in root to root's
// $defs, largest first, and refers to them with $ref.
func share(root *jsonschema.Schema) error {
	for {
		var (
			counts = map[string]int{}
			sizes  = map[string]int{}
			names  = map[string]string{}
		)
		err := walk(root, "", func(s *jsonschema.Schema, name string) error {
			b, err := json.Marshal(s)
			if err != nil {
				return err
			}
			k := string(b)
			counts[k]++
			sizes[k] = len(b)
			if _, ok := names[k]; !ok {
				names[k] = name
			}
			return nil
		})
		if err != nil {
			return err
		}
		best := ""
		for k, n := range counts {
			if n > 1 && sizes[k] >= minSharedBytes && (len(k) > len(best) || (len(k) == len(best) && k < best)) {
				best = k
			}
		}
		if best == "" {
			return nil
		}
		def := defName(root, names[best])
		var shared *jsonschema.Schema
		if err := replace(root, best, func(s *jsonschema.Schema) *jsonschema.Schema {
			if shared == nil {
				shared = s
			}
			return &jsonschema.Schema{Ref: "#/$defs/" + def}
		}); err != nil {
			return err
		}
		if root.Defs == nil {
			root.Defs = map[string]*jsonschema.Schema{}
		}
		root.Defs[def] = shared
	}
}

// defName picks a readable, unused $defs name from the property where the
// subschema first occurs.
func defName(root *jsonschema.Schema, base string) string {
	if base == "" {
		base = "def"
	}
	name := base
	for i := 2; root.Defs[name] != nil; i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}

// child is a subschema with the property name it sits under (array
// items and map values take their container's name).
type child struct {
	schema *jsonschema.Schema
	name   string
}

// children lists the subschemas of s in a stable order.
func children(s *jsonschema.Schema, name string) []child {
	var out []child
	for _, k := range sortedKeys(s.Properties) {
		out = append(out, child{s.Properties[k], k})
	}
	if s.Items != nil {
		out = append(out, child{s.Items, name})
	}
	if s.AdditionalProperties != nil {
		out = append(out, child{s.AdditionalProperties, name})
	}
	for _, k := range sortedKeys(s.Defs) {
		out = append(out, child{s.Defs[k], k})
	}
	return out
}

func sortedKeys(m map[string]*jsonschema.Schema) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// walk calls fn for every subschema below s (not s itself).
func walk(s *jsonschema.Schema, name string, fn func(*jsonschema.Schema, string) error) error {
	for _, c := range children(s, name) {
		if err := fn(c.schema, c.name); err != nil {
			return err
		}
		if err := walk(c.schema, c.name, fn); err != nil {
			return err
		}
	}
	return nil
}

// replace swaps every subschema of s whose JSON is key for the schema
// with returns; it does not look inside a replaced subschema.
func replace(s *jsonschema.Schema, key string, with func(*jsonschema.Schema) *jsonschema.Schema) error {
	for k, p := range s.Properties {
		np, err := replaceOne(p, key, with)
		if err != nil {
			return err
		}
		s.Properties[k] = np
	}
	var err error
	if s.Items != nil {
		if s.Items, err = replaceOne(s.Items, key, with); err != nil {
			return err
		}
	}
	if s.AdditionalProperties != nil {
		if s.AdditionalProperties, err = replaceOne(s.AdditionalProperties, key, with); err != nil {
			return err
		}
	}
	for k, d := range s.Defs {
		if err := replace(d, key, with); err != nil {
			return err
		}
		s.Defs[k] = d
	}
	return nil
}

func replaceOne(s *jsonschema.Schema, key string, with func(*jsonschema.Schema) *jsonschema.Schema) (*jsonschema.Schema, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	if string(b) == key {
		return with(s), nil
	}
	return s, replace(s, key, with)
}
