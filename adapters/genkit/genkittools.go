package genkittools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core"
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

// tool is one catalogue tool as a Genkit tool. Describing and registering
// it takes only its cached name, description and schema. Genkit's own tool
// value, which runs the function (tool context, interrupts, tracing), is
// built on the tool's first run: ai.NewTool infers the schema of its
// output type on every call, about 0.1 ms per tool, which would make
// registering the catalogue cost more than ten times as much.
type tool struct {
	name        string
	description string
	schema      map[string]any // the real input schema, for models
	run         ai.ToolFunc[any, any]

	once   sync.Once
	def    *ai.ToolDef[any, any] // Genkit's tool, without an input schema
	action api.Action            // def's action
}

var _ ai.Tool = (*tool)(nil)

func newTool(set *tools.Set, spec tools.Spec, opts Options) *tool {
	name, short := spec.ShortName, !opts.CatalogueNames
	if !short {
		name = spec.Name
	}
	d := describe(spec, short)
	b := &binding{set: set, spec: spec, name: name, opts: opts}
	return &tool{name: name, description: d.description, schema: d.schema, run: b.run}
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

// build makes Genkit's tool value on first use.
func (t *tool) build() {
	t.once.Do(func() {
		// No input schema: Genkit then accepts any arguments, so the core's
		// check in Set.Call is the one that answers, as tool output rather
		// than a failed Generate.
		t.def = ai.NewTool(t.name, t.description, t.run)
		var c capture
		t.def.Register(&c)
		t.action = c.action
	})
}

// capture is the registry build registers Genkit's tool in, to obtain its
// action; the tool itself is registered as a lazyAction.
type capture struct {
	api.Registry // nil: no other method is called
	action       api.Action
}

func (c *capture) RegisterAction(_ string, a api.Action) {
	if c.action == nil {
		c.action = a
	}
}

// LookupSchema resolves "genkit:" schema references, which these tools
// never use.
func (c *capture) LookupSchema(string) map[string]any { return nil }

// Name returns the name the model calls the tool by.
func (t *tool) Name() string { return t.name }

// Definition describes the tool for a model, with its real input schema;
// the rest is what Genkit's tool value would say.
func (t *tool) Definition() *ai.ToolDefinition {
	return &ai.ToolDefinition{
		Name:         t.name,
		Description:  t.description,
		InputSchema:  t.schema,
		OutputSchema: outputSchema(),
		Metadata:     map[string]any{"multipart": false},
	}
}

// RunRaw runs the tool with arguments as decoded JSON and returns its output.
func (t *tool) RunRaw(ctx context.Context, input any) (any, error) {
	t.build()
	return t.def.RunRaw(ctx, input)
}

// RunRawMultipart runs the tool and returns Genkit's full tool response.
func (t *tool) RunRawMultipart(ctx context.Context, input any) (*ai.MultipartToolResponse, error) {
	t.build()
	return t.def.RunRawMultipart(ctx, input)
}

// Respond answers an interrupted request of this tool.
func (t *tool) Respond(toolReq *ai.Part, outputData any, opts *ai.RespondOptions) *ai.Part {
	t.build()
	return t.def.Respond(toolReq, outputData, opts)
}

// Restart asks Genkit to run an interrupted request of this tool again.
func (t *tool) Restart(toolReq *ai.Part, opts *ai.RestartOptions) *ai.Part {
	t.build()
	return t.def.Restart(toolReq, opts)
}

// Register registers the tool in r under the keys Genkit's tools use: the
// current tool key and, for older lookups, the legacy one.
func (t *tool) Register(r api.Registry) {
	a := &lazyAction{tool: t}
	r.RegisterAction(a.key(), a)
	provider, id := api.ParseName(t.name)
	r.RegisterAction(api.NewKey(api.ActionTypeTool, provider, id), a)
}

// lazyAction is the registered action of a tool. It describes the tool as
// Genkit's tool action would, but with the real input schema, and runs
// Genkit's tool action, built on the first run.
type lazyAction struct{ tool *tool }

var _ api.Action = (*lazyAction)(nil)

func (a *lazyAction) key() string { return api.KeyFromName(api.ActionTypeToolV2, a.tool.name) }

// Register registers the action in r under its key.
func (a *lazyAction) Register(r api.Registry) { r.RegisterAction(a.key(), a) }

// Name returns the tool's name.
func (a *lazyAction) Name() string { return a.tool.name }

// Desc describes the action for Generate and the developer UI.
func (a *lazyAction) Desc() api.ActionDesc {
	t := a.tool
	return api.ActionDesc{
		Type:         api.ActionTypeToolV2,
		Key:          a.key(),
		Name:         t.name,
		Description:  t.description,
		InputSchema:  t.schema,
		OutputSchema: outputSchema(),
		Metadata: map[string]any{
			"type":        api.ActionTypeToolV2,
			"name":        t.name,
			"description": t.description,
			"tool":        map[string]any{"multipart": false},
			"dynamic":     true,
		},
	}
}

// RunJSON runs the tool through Genkit's tool action.
func (a *lazyAction) RunJSON(ctx context.Context, input json.RawMessage, cb func(context.Context, json.RawMessage) error) (json.RawMessage, error) {
	a.tool.build()
	return a.tool.action.RunJSON(ctx, input, cb)
}

// RunJSONWithTelemetry runs the tool through Genkit's tool action and
// returns its trace ids with the result.
func (a *lazyAction) RunJSONWithTelemetry(ctx context.Context, input json.RawMessage, cb func(context.Context, json.RawMessage) error) (*api.ActionRunResult[json.RawMessage], error) {
	a.tool.build()
	return a.tool.action.RunJSONWithTelemetry(ctx, input, cb)
}

// outputSchema is the schema of a Genkit tool's output (the multipart tool
// response every tool action returns), inferred once per process. The map
// is shared and must not be modified.
var outputSchema = sync.OnceValue(func() map[string]any {
	return core.InferSchemaMap((*ai.MultipartToolResponse)(nil))
})

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
