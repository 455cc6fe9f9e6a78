package lctools

import (
	"encoding/json"
	"sync"

	"github.com/genesyskit/genesyskit/tools"
)

// What the adapter derives from a tool's schema is computed once per
// process and shared: building the tools for another agent costs no
// schema work. The shared values must not be modified; langchaingo and
// its providers only read them.
var (
	descriptions sync.Map // tool name -> string
	params       sync.Map // tool name -> map[string]any
)

// cachedDescription is describe, once per tool.
func cachedDescription(spec tools.Spec) string {
	if d, ok := descriptions.Load(spec.Name); ok {
		return d.(string)
	}
	d, _ := descriptions.LoadOrStore(spec.Name, describe(spec))
	return d.(string)
}

// parameters is the tool's input JSON Schema as the map langchaingo's
// function definitions carry.
func parameters(spec tools.Spec) map[string]any {
	if p, ok := params.Load(spec.Name); ok {
		return p.(map[string]any)
	}
	var m map[string]any
	if err := json.Unmarshal(spec.Schema(), &m); err != nil || m == nil {
		// The registry tests guarantee an object schema; fall back to one
		// that still names the root type.
		m = map[string]any{"type": "object", "properties": map[string]any{}}
	}
	p, _ := params.LoadOrStore(spec.Name, m)
	return p.(map[string]any)
}
