package mcptools

import (
	"bytes"
	"crypto/sha256"
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

// descriptions caches each tool's description with short tool names.
var descriptions sync.Map // tool name -> string

// shortDescription is spec's description naming other tools by their
// short names, computed once per process.
func shortDescription(spec tools.Spec) string {
	if d, ok := descriptions.Load(spec.Name); ok {
		return d.(string)
	}
	d, _ := descriptions.LoadOrStore(spec.Name, tools.ShortenNames(spec.Description))
	return d.(string)
}

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
		raw = json.RawMessage(tools.ShortenNames(string(raw)))
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
			keys   = map[*jsonschema.Schema]string{} // each subschema's fingerprint, for this round
			sizes  = map[string]int{}
			counts = map[string]int{}
			names  = map[string]string{}
		)
		if _, _, err := fingerprint(root, keys, sizes); err != nil {
			return err
		}
		_ = walk(root, "", func(s *jsonschema.Schema, name string) error {
			k := keys[s]
			counts[k]++
			if _, ok := names[k]; !ok {
				names[k] = name
			}
			return nil
		})
		best := ""
		for k, n := range counts {
			if n > 1 && sizes[k] >= minSharedBytes && (sizes[k] > sizes[best] || (sizes[k] == sizes[best] && k < best)) {
				best = k
			}
		}
		if best == "" {
			return nil
		}
		def := defName(root, names[best])
		var shared *jsonschema.Schema
		replace(root, func(s *jsonschema.Schema) *jsonschema.Schema {
			if keys[s] != best {
				return nil
			}
			if shared == nil {
				shared = s
			}
			return &jsonschema.Schema{Ref: "#/$defs/" + def}
		})
		if root.Defs == nil {
			root.Defs = map[string]*jsonschema.Schema{}
		}
		root.Defs[def] = shared
	}
}

// fingerprint computes, bottom-up, a hash of each subschema's content and
// the approximate size of its JSON, so equal subschemas are found without
// encoding every subtree again at every level.
func fingerprint(s *jsonschema.Schema, keys map[*jsonschema.Schema]string, sizes map[string]int) (string, int, error) {
	shallow := *s
	shallow.Properties, shallow.Items, shallow.AdditionalProperties, shallow.Defs = nil, nil, nil, nil
	b, err := json.Marshal(&shallow)
	if err != nil {
		return "", 0, err
	}
	h := sha256.New()
	h.Write(b)
	size := len(b)
	for _, c := range []struct {
		tag string
		s   *jsonschema.Schema
	}{{"items", s.Items}, {"additionalProperties", s.AdditionalProperties}} {
		if c.s == nil {
			continue
		}
		k, n, err := fingerprint(c.s, keys, sizes)
		if err != nil {
			return "", 0, err
		}
		fmt.Fprintf(h, "|%s=%s", c.tag, k)
		size += len(c.tag) + 4 + n
	}
	for _, group := range []struct {
		tag string
		m   map[string]*jsonschema.Schema
	}{{"properties", s.Properties}, {"$defs", s.Defs}} {
		for _, name := range sortedKeys(group.m) {
			k, n, err := fingerprint(group.m[name], keys, sizes)
			if err != nil {
				return "", 0, err
			}
			fmt.Fprintf(h, "|%s.%q=%s", group.tag, name, k)
			size += len(name) + 4 + n
		}
	}
	key := string(h.Sum(nil))
	keys[s] = key
	sizes[key] = size
	return key, size, nil
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

// replace swaps every subschema of s for which with returns a schema; it
// does not look inside a swapped subschema.
func replace(s *jsonschema.Schema, with func(*jsonschema.Schema) *jsonschema.Schema) {
	swap := func(c *jsonschema.Schema) *jsonschema.Schema {
		if n := with(c); n != nil {
			return n
		}
		replace(c, with)
		return c
	}
	for k, p := range s.Properties {
		s.Properties[k] = swap(p)
	}
	if s.Items != nil {
		s.Items = swap(s.Items)
	}
	if s.AdditionalProperties != nil {
		s.AdditionalProperties = swap(s.AdditionalProperties)
	}
	for _, d := range s.Defs {
		replace(d, with)
	}
}
