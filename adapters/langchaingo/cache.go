package lctools

import (
	"encoding/json"
	"sync"

	"github.com/genesyskit/genesyskit/tools"
)

// What the adapter derives from a tool's description and schema is
// computed once per process and shared: building the tools for another
// agent costs no schema work. The shared values must not be modified;
// langchaingo and its providers only read them. Under short names, every
// tool a text mentions is named by its short name too.
var (
	descriptions sync.Map // cacheKey -> string
	params       sync.Map // cacheKey -> map[string]any
	shortDescs   sync.Map // tool name -> string
)

type cacheKey struct {
	name  string
	short bool
}

func (o Options) key(spec tools.Spec) cacheKey {
	return cacheKey{spec.Name, !o.CatalogueNames}
}

// agentDescription is describe, once per tool and naming.
func agentDescription(spec tools.Spec, opts Options) string {
	k := opts.key(spec)
	if d, ok := descriptions.Load(k); ok {
		return d.(string)
	}
	d := describe(spec)
	if k.short {
		d = tools.ShortenNames(d)
	}
	actual, _ := descriptions.LoadOrStore(k, d)
	return actual.(string)
}

// functionDescription is the tool's own description for function-calling
// models, which see the schema separately.
func functionDescription(spec tools.Spec, opts Options) string {
	if opts.CatalogueNames {
		return spec.Description
	}
	if d, ok := shortDescs.Load(spec.Name); ok {
		return d.(string)
	}
	d, _ := shortDescs.LoadOrStore(spec.Name, tools.ShortenNames(spec.Description))
	return d.(string)
}

// parameters is the tool's input JSON Schema as the map langchaingo's
// function definitions carry.
func parameters(spec tools.Spec, opts Options) map[string]any {
	k := opts.key(spec)
	if p, ok := params.Load(k); ok {
		return p.(map[string]any)
	}
	raw := spec.Schema()
	if k.short {
		raw = json.RawMessage(tools.ShortenNames(string(raw)))
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		// The registry tests guarantee an object schema; fall back to one
		// that still names the root type.
		m = map[string]any{"type": "object", "properties": map[string]any{}}
	}
	p, _ := params.LoadOrStore(k, m)
	return p.(map[string]any)
}
