package lctools

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/genesyskit/genesyskit/tools"
	"github.com/tmc/langchaingo/llms"
)

// Definitions returns the tools of set as function definitions for
// function-calling models (llms.WithTools), in catalogue order. Parameters
// is the tool's input JSON Schema as a map[string]any: root type object
// with properties, the form every langchaingo provider accepts (Gemini's
// rejects other types).
func Definitions(set *tools.Set, opts Options) []llms.Tool {
	specs := set.Specs()
	out := make([]llms.Tool, len(specs))
	for i, spec := range specs {
		def := definition(spec, opts)
		out[i] = llms.Tool{Type: "function", Function: &def}
	}
	return out
}

func definition(spec tools.Spec, opts Options) llms.FunctionDefinition {
	return llms.FunctionDefinition{Name: opts.name(spec), Description: functionDescription(spec, opts), Parameters: parameters(spec, opts)}
}

// Dispatcher runs the tool calls of a model's answer through a set.
type Dispatcher struct {
	set  *tools.Set
	opts Options
}

// NewDispatcher returns a Dispatcher for the tools of set. It accepts
// both catalogue and short names; opts.JSONErrors chooses how failures are
// rendered, opts.RawAnswers and opts.Shape how answers are.
func NewDispatcher(set *tools.Set, opts Options) *Dispatcher {
	return &Dispatcher{set: set, opts: opts}
}

// Call runs one tool call and returns its response, to be sent back in a
// message of role llms.ChatMessageTypeTool. The arguments go to
// tools.Set.Call unchanged (empty means {}); the answer is shaped unless
// Options.RawAnswers is set. As with [Tool.Call], a failure
// the model can act on — invalid arguments, an unknown tool, an error from
// Genesys Cloud, a refusal — is the response's content and the error is
// nil; only context errors and unexpected failures are returned.
func (d *Dispatcher) Call(ctx context.Context, tc llms.ToolCall) (llms.ToolCallResponse, error) {
	resp := llms.ToolCallResponse{ToolCallID: tc.ID}
	if tc.FunctionCall == nil {
		te := &tools.ToolError{Kind: "unknown_tool", Message: "the tool call names no function", Hint: "Use one of the tools listed for you."}
		resp.Content = d.render(te)
		return resp, nil
	}
	resp.Name = tc.FunctionCall.Name
	args := tc.FunctionCall.Arguments
	if args == "" {
		args = "{}"
	}
	content, err := call(ctx, d.set, d.opts, tc.FunctionCall.Name, tc.FunctionCall.Name, json.RawMessage(args))
	if err != nil {
		return llms.ToolCallResponse{}, err
	}
	resp.Content = content
	return resp, nil
}

func (d *Dispatcher) render(te *tools.ToolError) string {
	if d.opts.JSONErrors {
		return string(te.JSON())
	}
	return te.Error()
}

// Run runs the calls one after another, in order, and returns one message
// of role llms.ChatMessageTypeTool per call, each holding a single
// llms.ToolCallResponse (OpenAI accepts no more per message). It stops at
// the first error Call returns.
func (d *Dispatcher) Run(ctx context.Context, calls []llms.ToolCall) ([]llms.MessageContent, error) {
	out := make([]llms.MessageContent, 0, len(calls))
	for _, tc := range calls {
		resp, err := d.Call(ctx, tc)
		if err != nil {
			return nil, err
		}
		out = append(out, llms.MessageContent{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{resp}})
	}
	return out, nil
}

// Respond returns what to append to the conversation after the model
// answered with choice: the model's own turn (its text, if any, and its
// tool calls) followed by the tool messages of [Dispatcher.Run]. If the
// choice calls no tool it returns just the model's turn.
func (d *Dispatcher) Respond(ctx context.Context, choice *llms.ContentChoice) ([]llms.MessageContent, error) {
	if choice == nil {
		return nil, fmt.Errorf("lctools: Respond needs a choice")
	}
	ai := llms.MessageContent{Role: llms.ChatMessageTypeAI}
	if choice.Content != "" {
		ai.Parts = append(ai.Parts, llms.TextContent{Text: choice.Content})
	}
	for _, tc := range choice.ToolCalls {
		ai.Parts = append(ai.Parts, tc)
	}
	replies, err := d.Run(ctx, choice.ToolCalls)
	if err != nil {
		return nil, err
	}
	return append([]llms.MessageContent{ai}, replies...), nil
}

// WithToolSchemas wraps model so that the tools of set are offered to it
// with their real parameter schemas. agents.NewOpenAIFunctionsAgent
// describes every tool with one string argument ("__arg1") through the
// deprecated llms.WithFunctions, which several providers ignore; the
// wrapper moves those functions to llms.CallOptions.Tools, replacing the
// definitions of the set's tools with [Definitions]'. The model then sends
// a JSON object, which the agent passes to [Tool.Call] as it is. Functions
// that are not tools of set keep their definition.
func WithToolSchemas(model llms.Model, set *tools.Set, opts Options) llms.Model {
	defs := map[string]llms.FunctionDefinition{}
	for _, spec := range set.Specs() {
		def := definition(spec, opts)
		defs[def.Name] = def
	}
	return &schemaModel{Model: model, defs: defs}
}

// schemaModel is the wrapper WithToolSchemas returns.
type schemaModel struct {
	llms.Model
	defs map[string]llms.FunctionDefinition
}

// GenerateContent moves the requested functions to tools, with real
// schemas, and calls the wrapped model.
func (m *schemaModel) GenerateContent(ctx context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error) {
	opts = append(opts, func(o *llms.CallOptions) {
		for _, f := range o.Functions {
			def := f
			if d, ok := m.defs[f.Name]; ok {
				def = d
			}
			o.Tools = append(o.Tools, llms.Tool{Type: "function", Function: &def})
		}
		o.Functions = nil
	})
	return m.Model.GenerateContent(ctx, msgs, opts...)
}

// Call sends a single prompt through GenerateContent, so it sees the same
// tools.
func (m *schemaModel) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, opts...)
}
