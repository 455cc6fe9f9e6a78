package genkittools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core/api"
	"github.com/firebase/genkit/go/genkit"

	"github.com/genesyskit/genesyskit/tools"
)

// Options configures how a tool set is exposed to Genkit. The zero value
// uses short names and leaves approval to the set's own policy.
type Options struct {
	// CatalogueNames names tools by their catalogue names
	// (genesys_conversations_get_call) instead of their short names
	// (genesys_get_call). Short names never exceed 64 characters, the
	// limit of most model providers; some catalogue names do.
	CatalogueNames bool

	// Approval makes destructive tools interrupt Generate and wait for a
	// person's decision (see PendingApprovals, Approve, Reject and Resume)
	// instead of running. It overrides the set's SetOptions.Approve for
	// these calls. Without it, the set's policy applies as is:
	// SetOptions.Approve, RequireApproval, or running without asking.
	//
	// The core checks the arguments before asking, so a call with wrong
	// arguments comes back to the model without troubling a person. The
	// interrupted first attempt sends nothing and is not audited; the
	// resumed one is recorded with its real outcome.
	Approval bool

	// RawAnswers returns Genesys answers as they come, instead of shaped
	// by tools.Spec.Shape: without nulls, empty values and selfUri links,
	// and with long pages cut to Shape.MaxItems items and a marker giving
	// the arguments that fetch the rest.
	RawAnswers bool

	// Shape configures the shaping of answers. The zero value keeps up to
	// tools.DefaultMaxItems items of a page.
	Shape tools.ShapeOptions
}

// Define registers the set's tools on g and returns them. g comes from the
// application's genkit.Init; Define never creates one. Registering a name
// twice on the same g panics, as Genkit does for any action; use [Tools]
// for tools that vary from call to call.
func Define(g *genkit.Genkit, set *tools.Set, opts Options) []ai.Tool {
	specs := set.Specs()
	out := make([]ai.Tool, 0, len(specs))
	for _, spec := range specs {
		t := newTool(set, spec, opts)
		genkit.RegisterAction(g, t)
		out = append(out, t)
	}
	return out
}

// Tools returns the set's tools unregistered, to pass to one Generate call
// with ai.WithTools(genkittools.Tools(set, opts)...). Genkit registers them
// for that call only, so different calls may use different sets.
func Tools(set *tools.Set, opts Options) []ai.ToolRef {
	specs := set.Specs()
	out := make([]ai.ToolRef, 0, len(specs))
	for _, spec := range specs {
		out = append(out, newTool(set, spec, opts))
	}
	return out
}

// Refs converts tools, such as those [Define] returns, for ai.WithTools.
func Refs(ts []ai.Tool) []ai.ToolRef {
	out := make([]ai.ToolRef, len(ts))
	for i, t := range ts {
		out[i] = t
	}
	return out
}

// anySchema is the schema Genkit validates arguments against before a
// tool runs: it accepts every value, so the core's check in Set.Call is the
// one that answers, as tool output rather than a failed Generate.
func anySchema() map[string]any { return map[string]any{} }

// tool is one catalogue tool as a Genkit tool. The embedded ToolDef runs
// the function; tool and the registry wrappers below make every
// description of it — Definition, and the Desc of the action it registers,
// which is what Generate sends to the model — carry the real input schema.
type tool struct {
	*ai.ToolDef[any, any]
	schema map[string]any
}

func newTool(set *tools.Set, spec tools.Spec, opts Options) *tool {
	name, short := spec.ShortName, !opts.CatalogueNames
	if !short {
		name = spec.Name
	}
	d := describe(spec, short)
	b := &binding{set: set, spec: spec, name: name, opts: opts}
	return &tool{
		ToolDef: ai.NewTool(name, d.description, b.run, ai.WithInputSchema(anySchema())),
		schema:  d.schema,
	}
}

// description is how a tool describes itself to models: its description
// and its input schema as the map Genkit carries, both naming other tools
// as the model sees them.
type description struct {
	description string
	schema      map[string]any
}

type descKey struct {
	name  string
	short bool
}

// descriptions caches each tool's description, so the schema is decoded
// once per process. The maps are shared by every tool value and must not
// be modified; Genkit and its model plugins only read them.
var descriptions sync.Map // descKey -> description

// describe returns spec's description, with short tool names if short.
func describe(spec tools.Spec, short bool) description {
	key := descKey{spec.Name, short}
	if d, ok := descriptions.Load(key); ok {
		return d.(description)
	}
	d := description{description: spec.Description}
	raw := spec.Schema()
	if short {
		d.description = tools.ShortenNames(d.description)
		raw = json.RawMessage(tools.ShortenNames(string(raw)))
	}
	if err := json.Unmarshal(raw, &d.schema); err != nil {
		// The registry test guarantees every schema is a JSON object.
		panic(fmt.Sprintf("genkittools: schema of %s: %v", spec.Name, err))
	}
	actual, _ := descriptions.LoadOrStore(key, d)
	return actual.(description)
}

// Definition describes the tool for a model, with its real input schema.
func (t *tool) Definition() *ai.ToolDefinition {
	d := t.ToolDef.Definition()
	d.InputSchema = t.schema
	return d
}

// Register registers the tool's action in r so that it describes itself
// with the real input schema.
func (t *tool) Register(r api.Registry) {
	t.ToolDef.Register(schemaRegistry{Registry: r, schema: t.schema})
}

// schemaRegistry registers actions wrapped in schemaAction.
type schemaRegistry struct {
	api.Registry
	schema map[string]any
}

func (r schemaRegistry) RegisterAction(key string, a api.Action) {
	r.Registry.RegisterAction(key, schemaAction{Action: a, schema: r.schema})
}

// schemaAction is a tool action whose descriptor carries the real input
// schema; running it still validates against anySchema only.
type schemaAction struct {
	api.Action
	schema map[string]any
}

func (a schemaAction) Desc() api.ActionDesc {
	d := a.Action.Desc()
	d.InputSchema = a.schema
	return d
}

func (a schemaAction) Register(r api.Registry) {
	a.Action.Register(schemaRegistry{Registry: r, schema: a.schema})
}

// binding runs one tool of a set.
type binding struct {
	set  *tools.Set
	spec tools.Spec
	name string // the name the model sees
	opts Options
}

// run is the Genkit tool function: the model's arguments, re-encoded as
// JSON, go to Set.Call unchanged, and the answer is shaped unless
// Options.RawAnswers.
func (b *binding) run(tc *ai.ToolContext, in any) (any, error) {
	args, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("genkittools: %s: encoding arguments: %w", b.name, err)
	}
	ctx := context.Context(tc)
	var person *gate
	if b.opts.Approval && b.spec.Access == tools.Destructive {
		person = newGate(tc)
		ctx = tools.WithApprover(ctx, person.approve)
	}
	res, err := b.set.Call(ctx, b.spec.Name, args)
	if err != nil {
		if person != nil && person.asked != nil && errors.Is(err, tools.ErrApprovalPending) {
			// The core checked the arguments and asked for approval; no
			// decision exists yet, so hand the question to the application.
			return nil, tc.Interrupt(&ai.InterruptOptions{Metadata: interruptMetadata(person.asked)})
		}
		return errorOutput(b.name, err)
	}
	if !b.opts.RawAnswers {
		res = b.spec.Shape(res, args, b.opts.Shape)
	}
	return json.RawMessage(res.Body), nil
}

// errorOutput renders a failure the model can act on as the tool's output,
// and returns any other failure as an error, which ends Generate.
func errorOutput(name string, err error) (any, error) {
	te := tools.AsToolError(name, err)
	if te == nil {
		return nil, err
	}
	var out map[string]any
	if jerr := json.Unmarshal(te.JSON(), &out); jerr != nil {
		return nil, err
	}
	return out, nil
}
