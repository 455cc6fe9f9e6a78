package lctools_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/agents"
	"github.com/tmc/langchaingo/llms"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

func TestDefinitions(t *testing.T) {
	t.Parallel()
	_, set := newSet(t, tools.SetOptions{})
	specs := set.Specs()

	for _, opts := range []lctools.Options{{}, {CatalogueNames: true}} {
		defs := lctools.Definitions(set, opts)
		require.Len(t, defs, len(specs))
		for i, spec := range specs {
			d := defs[i]
			assert.Equal(t, "function", d.Type)
			require.NotNil(t, d.Function)
			if opts.CatalogueNames {
				assert.Equal(t, spec.Name, d.Function.Name)
			} else {
				assert.Equal(t, spec.ShortName, d.Function.Name)
				assert.Regexp(t, `^[a-zA-Z0-9_]{1,64}$`, d.Function.Name)
			}
			if opts.CatalogueNames {
				assert.Equal(t, spec.Description, d.Function.Description)
			} else {
				// Other tools are named as the model sees them.
				assert.Equal(t, tools.ShortenNames(spec.Description), d.Function.Description)
				schema, err := json.Marshal(d.Function.Parameters)
				require.NoError(t, err)
				assertShortNamesOnly(t, spec.Name, d.Function.Description+string(schema))
			}

			// The real schema, as the map[string]any every provider takes
			// (googleai walks it and rejects anything else).
			params, ok := d.Function.Parameters.(map[string]any)
			require.True(t, ok, "%T", d.Function.Parameters)
			assert.Equal(t, "object", params["type"], spec.Name)
			props, ok := params["properties"].(map[string]any)
			require.True(t, ok, spec.Name)
			for name, p := range props {
				_, ok := p.(map[string]any)
				assert.True(t, ok, "%s.%s", spec.Name, name)
			}
			got, err := json.Marshal(params)
			require.NoError(t, err)
			want := string(spec.Schema())
			if !opts.CatalogueNames {
				want = tools.ShortenNames(want)
			}
			assert.JSONEq(t, want, string(got), spec.Name)
		}
	}
}

// toolModel is a scripted function-calling model: each turn sees the
// conversation and the call options and returns a choice, usually with
// tool calls.
type toolModel struct {
	mu    sync.Mutex
	turns []func(msgs []llms.MessageContent, o llms.CallOptions) *llms.ContentChoice
	seen  []llms.CallOptions
}

func (m *toolModel) GenerateContent(_ context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error) {
	var o llms.CallOptions
	for _, opt := range opts {
		opt(&o)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.seen = append(m.seen, o)
	if len(m.turns) == 0 {
		return nil, errors.New("toolModel: script exhausted")
	}
	turn := m.turns[0]
	m.turns = m.turns[1:]
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{turn(msgs, o)}}, nil
}

func (m *toolModel) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, opts...)
}

func toolCall(id, name, args string) llms.ToolCall {
	return llms.ToolCall{ID: id, Type: "function", FunctionCall: &llms.FunctionCall{Name: name, Arguments: args}}
}

// response finds the tool response to a call id in the conversation.
func response(t *testing.T, msgs []llms.MessageContent, id string) llms.ToolCallResponse {
	t.Helper()
	for _, m := range msgs {
		if m.Role != llms.ChatMessageTypeTool {
			continue
		}
		require.Len(t, m.Parts, 1, "one response per tool message")
		r, ok := m.Parts[0].(llms.ToolCallResponse)
		require.True(t, ok, "%T", m.Parts[0])
		if r.ToolCallID == id {
			return r
		}
	}
	t.Fatalf("no response to tool call %s", id)
	return llms.ToolCallResponse{}
}

// offered reports the parameter schema the model was offered for a tool.
func offered(t *testing.T, o llms.CallOptions, name string) map[string]any {
	t.Helper()
	i := slices.IndexFunc(o.Tools, func(x llms.Tool) bool { return x.Function != nil && x.Function.Name == name })
	require.GreaterOrEqual(t, i, 0, "tool %s not offered", name)
	params, ok := o.Tools[i].Function.Parameters.(map[string]any)
	require.True(t, ok)
	return params
}

// A function-calling loop: the model asks for tools, the dispatcher runs
// them through the set, the responses go back, and the model finishes.
// Wrong arguments, an unknown tool and a 404 become responses the model
// reads; the run goes on.
func TestDispatcherFunctionCallingLoop(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getCalls, getConversation, patchCallPart, postCallWrapup)
	call := answeredCall(t, srv)
	opts := lctools.Options{JSONErrors: true}
	const notes = "Waiting for the billing team."

	var convID, customer, agent, agentComm string
	m := &toolModel{turns: []func([]llms.MessageContent, llms.CallOptions) *llms.ContentChoice{
		func(_ []llms.MessageContent, o llms.CallOptions) *llms.ContentChoice {
			held := offered(t, o, patchCallPart)["properties"].(map[string]any)["held"].(map[string]any)
			require.Equal(t, "boolean", held["type"])
			return &llms.ContentChoice{Content: "Looking up your call.", ToolCalls: []llms.ToolCall{
				toolCall("c1", getCalls, ""),
				toolCall("c2", getConversation, `{"conversationId":12}`),
				toolCall("c3", "genesys_hold_everyone", `{}`),
				toolCall("c4", getConversation, `{"conversationId":"00000000-0000-4000-8000-000000000000"}`),
			}}
		},
		func(msgs []llms.MessageContent, _ llms.CallOptions) *llms.ContentChoice {
			var calls struct {
				Entities []struct{ ID string } `json:"entities"`
			}
			r := response(t, msgs, "c1")
			assert.Equal(t, getCalls, r.Name)
			untrusted(t, r.Content, &calls)
			require.Len(t, calls.Entities, 1)
			convID = calls.Entities[0].ID

			var te tools.ToolError
			require.NoError(t, json.Unmarshal([]byte(response(t, msgs, "c2").Content), &te))
			assert.Equal(t, "invalid_arguments", te.Kind)
			assert.Equal(t, "conversationId", te.Field)
			require.NoError(t, json.Unmarshal([]byte(response(t, msgs, "c3").Content), &te))
			assert.Equal(t, "unknown_tool", te.Kind)
			require.NoError(t, json.Unmarshal([]byte(response(t, msgs, "c4").Content), &te))
			assert.Equal(t, "api_error", te.Kind)
			assert.Equal(t, 404, te.Status)
			return &llms.ContentChoice{ToolCalls: []llms.ToolCall{
				toolCall("c5", getConversation, `{"conversationId":"`+convID+`"}`),
			}}
		},
		func(msgs []llms.MessageContent, _ llms.CallOptions) *llms.ContentChoice {
			var conv conversationView
			untrusted(t, response(t, msgs, "c5").Content, &conv)
			customer, agent, agentComm = conv.ids(t)
			wrap, _ := json.Marshal(map[string]any{
				"conversationId": convID, "participantId": agent, "communicationId": agentComm,
				"provisional": true, "notes": notes,
			})
			return &llms.ContentChoice{ToolCalls: []llms.ToolCall{
				toolCall("c6", patchCallPart, `{"conversationId":"`+convID+`","participantId":"`+customer+`","held":true}`),
				toolCall("c7", postCallWrapup, string(wrap)),
			}}
		},
		func(msgs []llms.MessageContent, _ llms.CallOptions) *llms.ContentChoice {
			assert.JSONEq(t, `{"ok":true,"status":202}`, response(t, msgs, "c6").Content)
			assert.JSONEq(t, `{"ok":true,"status":200}`, response(t, msgs, "c7").Content)
			return &llms.ContentChoice{Content: "On hold, note saved."}
		},
	}}

	ctx := auth.WithToken(t.Context(), call.AgentToken)
	d := lctools.NewDispatcher(set, opts)
	defs := lctools.Definitions(set, opts)
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Hold my caller and note that we wait for billing.")}
	var final string
	for range 6 {
		resp, err := m.GenerateContent(ctx, msgs, llms.WithTools(defs))
		require.NoError(t, err)
		choice := resp.Choices[0]
		replies, err := d.Respond(ctx, choice)
		require.NoError(t, err)

		// The model's turn comes first, with its text and its calls, then
		// one tool message per call, in order.
		require.Len(t, replies, 1+len(choice.ToolCalls))
		assert.Equal(t, llms.ChatMessageTypeAI, replies[0].Role)
		var parts []llms.ContentPart
		if choice.Content != "" {
			parts = append(parts, llms.TextContent{Text: choice.Content})
		}
		for i, tc := range choice.ToolCalls {
			parts = append(parts, tc)
			r := replies[1+i]
			assert.Equal(t, llms.ChatMessageTypeTool, r.Role)
			require.Len(t, r.Parts, 1)
			assert.Equal(t, tc.ID, r.Parts[0].(llms.ToolCallResponse).ToolCallID)
			assert.Equal(t, tc.FunctionCall.Name, r.Parts[0].(llms.ToolCallResponse).Name)
		}
		assert.Equal(t, parts, replies[0].Parts)
		msgs = append(msgs, replies...)
		if len(choice.ToolCalls) == 0 {
			final = choice.Content
			break
		}
	}
	assert.Equal(t, "On hold, note saved.", final)
	assert.Empty(t, m.turns)

	assert.True(t, participant(t, srv, convID, "customer").Communications[0].Held)
	comms := participant(t, srv, convID, "agent").Communications
	w := comms[len(comms)-1].ProvisionalWrapup
	require.NotNil(t, w)
	assert.Equal(t, notes, w.Notes)
	assert.Len(t, srv.RequestsFor("getConversation"), 2) // the 404 and the right one; not the invalid one
}

func TestDispatcherCall(t *testing.T) {
	t.Parallel()
	_, set := newSet(t, tools.SetOptions{DryRun: true}, getCalls)
	d := lctools.NewDispatcher(set, lctools.Options{})

	// Both names work; the response echoes the name the model used.
	for _, name := range []string{"genesys_get_calls", "genesys_conversations_get_calls"} {
		r, err := d.Call(t.Context(), toolCall("x", name, ""))
		require.NoError(t, err)
		assert.Equal(t, llms.ToolCallResponse{ToolCallID: "x", Name: name, Content: r.Content}, r)
		assert.Contains(t, r.Content, `"path":"/api/v2/conversations/calls"`)
	}

	r, err := d.Call(t.Context(), llms.ToolCall{ID: "y", Type: "function"})
	require.NoError(t, err)
	assert.Equal(t, "y", r.ToolCallID)
	assert.Contains(t, r.Content, "unknown_tool: ")

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, liveSet := newSet(t, tools.SetOptions{}, getConversation)
	_, err = lctools.NewDispatcher(liveSet, lctools.Options{}).Run(ctx, []llms.ToolCall{toolCall("z", getConversation, `{"conversationId":"c-1"}`)})
	require.ErrorIs(t, err, context.Canceled)

	_, err = d.Respond(t.Context(), nil)
	require.Error(t, err)
}

// agents.NewOpenAIFunctionsAgent offers every tool with one string
// argument; WithToolSchemas offers the real schemas, and the JSON object
// the model sends reaches the tool as it is.
func TestOpenAIFunctionsAgentWithToolSchemas(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getConversation, patchCallPart)
	call := answeredCall(t, srv)
	customer := participant(t, srv, call.ConversationID, "customer").ID
	opts := lctools.Options{}

	m := &toolModel{turns: []func([]llms.MessageContent, llms.CallOptions) *llms.ContentChoice{
		func(_ []llms.MessageContent, o llms.CallOptions) *llms.ContentChoice {
			assert.Empty(t, o.Functions)
			require.Len(t, o.Tools, 2)
			props := offered(t, o, patchCallPart)["properties"].(map[string]any)
			assert.Contains(t, props, "held")
			assert.NotContains(t, props, "__arg1")
			return &llms.ContentChoice{ToolCalls: []llms.ToolCall{
				toolCall("a1", patchCallPart, `{"conversationId":"`+call.ConversationID+`","participantId":"`+customer+`","held":"true"}`),
			}}
		},
		func(msgs []llms.MessageContent, _ llms.CallOptions) *llms.ContentChoice {
			r := response(t, msgs, "a1")
			assert.Contains(t, r.Content, "invalid_arguments in field held: ")
			return &llms.ContentChoice{ToolCalls: []llms.ToolCall{
				toolCall("a2", patchCallPart, `{"conversationId":"`+call.ConversationID+`","participantId":"`+customer+`","held":true}`),
			}}
		},
		func(msgs []llms.MessageContent, _ llms.CallOptions) *llms.ContentChoice {
			assert.JSONEq(t, `{"ok":true,"status":202}`, response(t, msgs, "a2").Content)
			return &llms.ContentChoice{Content: "Held."}
		},
	}}
	agent := agents.NewOpenAIFunctionsAgent(lctools.WithToolSchemas(m, set, opts), lctools.Tools(set, opts))
	out, err := agents.NewExecutor(agent).Call(t.Context(), map[string]any{"input": "Hold the caller."})
	require.NoError(t, err)
	assert.Equal(t, "Held.", out["output"])
	assert.True(t, participant(t, srv, call.ConversationID, "customer").Communications[0].Held)
	assert.Len(t, srv.RequestsFor("patchConversationsCallParticipant"), 1)
}
