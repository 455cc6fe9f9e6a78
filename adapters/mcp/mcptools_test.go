package mcptools_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// ---- harness ----------------------------------------------------------

func newSim(t *testing.T) *genesystest.Server {
	t.Helper()
	sim := genesystest.NewServer(genesystest.Options{Seed: 7, RateLimit: -1})
	t.Cleanup(sim.Close)
	return sim
}

// newSet binds a set to the simulator with client-credentials.
func newSet(t *testing.T, sim *genesystest.Server, opts tools.SetOptions) *tools.Set {
	t.Helper()
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: sim.URL, HTTPClient: sim.Client(), TokenSource: auth.StaticToken(sim.Token())})
	require.NoError(t, err)
	set, err := tools.NewSet(c, opts)
	require.NoError(t, err)
	return set
}

type setup struct {
	opts   mcptools.Options
	client *mcp.ClientOptions
	server *mcp.ServerOptions
}

// connect registers the set on a new server and connects an in-memory
// client to it.
func connect(t *testing.T, set *tools.Set, s setup) *mcp.ClientSession {
	t.Helper()
	ctx := t.Context()
	srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "test"}, s.server)
	require.NoError(t, mcptools.Register(srv, set, s.opts))
	ct, st := mcp.NewInMemoryTransports()
	ss, err := srv.Connect(ctx, st, nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = ss.Close() })
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test-client", Version: "test"}, s.client).Connect(ctx, ct, nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = cs.Close() })
	return cs
}

func listTools(t *testing.T, cs *mcp.ClientSession) []*mcp.Tool {
	t.Helper()
	var out []*mcp.Tool
	for tool, err := range cs.Tools(t.Context(), nil) {
		require.NoError(t, err)
		out = append(out, tool)
	}
	return out
}

func call(t *testing.T, cs *mcp.ClientSession, name, args string) *mcp.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: name, Arguments: json.RawMessage(args)})
	require.NoError(t, err)
	return res
}

func text(t *testing.T, res *mcp.CallToolResult) string {
	t.Helper()
	require.Len(t, res.Content, 1)
	tc, ok := res.Content[0].(*mcp.TextContent)
	require.True(t, ok, "content is %T", res.Content[0])
	return tc.Text
}

// toolError decodes an isError result.
func toolError(t *testing.T, res *mcp.CallToolResult) tools.ToolError {
	t.Helper()
	require.True(t, res.IsError, "want an isError result, got %s", text(t, res))
	var te tools.ToolError
	require.NoError(t, json.Unmarshal([]byte(text(t, res)), &te))
	return te
}

// inboundCall starts a call from a customer to the first queue.
func inboundCall(t *testing.T, sim *genesystest.Server) (convID, customerID string) {
	t.Helper()
	org := sim.Org()
	id, err := sim.InboundCall(org.Queues[0].ID, org.ExternalContacts[0].CellPhone)
	require.NoError(t, err)
	conv, ok := sim.Conversation(id)
	require.True(t, ok)
	for _, p := range conv.Participants {
		if p.Purpose == "customer" {
			return id, p.ID
		}
	}
	t.Fatal("no customer participant")
	return "", ""
}

func names(specs []tools.Spec, short bool) []string {
	var out []string
	for _, s := range specs {
		if short {
			out = append(out, s.ShortName)
		} else {
			out = append(out, s.Name)
		}
	}
	return out
}

func toolNames(ts []*mcp.Tool) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

// ---- listing ----------------------------------------------------------

func TestListsTheSetWithSchemasAndAnnotations(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations, tools.ToolsetTransfers}}})
	cs := connect(t, set, setup{})

	listed := listTools(t, cs)
	assert.ElementsMatch(t, names(set.Specs(), false), toolNames(listed))

	kinds := map[tools.Access]int{}
	for _, tool := range listed {
		spec, ok := set.Lookup(tool.Name)
		require.True(t, ok, tool.Name)
		kinds[spec.Access]++

		assert.Equal(t, spec.Title, tool.Title, tool.Name)
		assert.Equal(t, spec.Description, tool.Description, tool.Name)

		schema, err := json.Marshal(tool.InputSchema)
		require.NoError(t, err)
		assert.JSONEq(t, string(spec.Schema()), inlineDefs(t, schema), "%s: the schema reaches the client, repeated parts defined once", tool.Name)
		var root struct{ Type string }
		require.NoError(t, json.Unmarshal(schema, &root))
		assert.Equal(t, "object", root.Type, tool.Name)

		// Annotations say what differs from MCP's defaults (destructive,
		// open world); destructiveHint is given only for tools that change
		// things, and idempotentHint, which the SDK always sends, is true.
		a := tool.Annotations
		require.NotNil(t, a, tool.Name)
		assert.Equal(t, spec.Access == tools.Read, a.ReadOnlyHint, "%s readOnlyHint", tool.Name)
		assert.Equal(t, spec.Idempotent, a.IdempotentHint, "%s idempotentHint", tool.Name)
		if spec.Access == tools.Read {
			assert.Nil(t, a.DestructiveHint, tool.Name)
			assert.True(t, a.IdempotentHint, "%s: reads are idempotent", tool.Name)
		} else {
			require.NotNil(t, a.DestructiveHint, tool.Name)
			assert.Equal(t, spec.Access == tools.Destructive, *a.DestructiveHint, "%s destructiveHint", tool.Name)
		}
		assert.Nil(t, a.OpenWorldHint, "%s: open world is the default", tool.Name)
		assert.Empty(t, a.Title, "%s: the title is on the tool", tool.Name)
	}
	// The selection has every access class, so each branch was checked.
	assert.Positive(t, kinds[tools.Read])
	assert.Positive(t, kinds[tools.Write])
	assert.Positive(t, kinds[tools.Destructive])
}

func TestFilterNarrowsTheSet(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls, tools.ToolsetConversations}}})
	cs := connect(t, set, setup{opts: mcptools.Options{Filter: tools.Filter{
		// genesys_get_conversation is in the set; the wrap-up tool is not,
		// and the filter cannot add it.
		Names: []string{"genesys_conversations_get_call", "genesys_get_conversation", "genesys_conversations_get_conversation_participant_wrapup"},
	}}})
	assert.ElementsMatch(t, []string{"genesys_conversations_get_call", "genesys_conversations_get_conversation"}, toolNames(listTools(t, cs)))

	err := mcptools.Register(mcp.NewServer(&mcp.Implementation{Name: "x", Version: "1"}, nil), set,
		mcptools.Options{Filter: tools.Filter{Names: []string{"genesys_no_such_tool"}}})
	assert.ErrorContains(t, err, "genesys_no_such_tool")
	assert.Error(t, mcptools.Register(nil, set, mcptools.Options{}))
}

func TestReadOnlyHidesWriteAndDestructiveTools(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{})
	cs := connect(t, set, setup{opts: mcptools.Options{Filter: tools.Filter{MaxAccess: tools.Read}}})

	var reads []tools.Spec
	for _, s := range tools.All() {
		if s.Access == tools.Read {
			reads = append(reads, s)
		}
	}
	listed := listTools(t, cs)
	assert.ElementsMatch(t, names(reads, false), toolNames(listed))
	for _, tool := range listed {
		assert.True(t, tool.Annotations.ReadOnlyHint, tool.Name)
		assert.Nil(t, tool.Annotations.DestructiveHint, tool.Name)
	}

	// A hidden tool cannot be called either.
	before := len(sim.Requests())
	_, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: "genesys_conversations_post_conversation_disconnect",
		Arguments: map[string]any{"conversationId": sim.ActiveConversations()[0].ID}})
	assert.ErrorContains(t, err, "unknown tool")
	assert.Len(t, sim.Requests(), before)
}

var mentioned = regexp.MustCompile(`genesys_[a-z0-9_]+`)

func TestShortNames(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls, tools.ToolsetConversations}}})
	cs := connect(t, set, setup{opts: mcptools.Options{ShortNames: true}})

	listed := listTools(t, cs)
	assert.ElementsMatch(t, names(set.Specs(), true), toolNames(listed))
	for _, tool := range listed {
		assert.LessOrEqual(t, len(tool.Name), 64)
		// Descriptions and schemas name other tools as the client lists them.
		schema, _ := json.Marshal(tool.InputSchema)
		for _, name := range mentioned.FindAllString(tool.Description+string(schema), -1) {
			if s, ok := tools.Lookup(name); ok {
				assert.Equal(t, s.ShortName, name, "%s mentions a catalogue name", tool.Name)
			}
		}
	}
	post := slices.IndexFunc(listed, func(tl *mcp.Tool) bool { return tl.Name == "genesys_post_calls" })
	require.GreaterOrEqual(t, post, 0)
	schema, _ := json.Marshal(listed[post].InputSchema)
	assert.Contains(t, string(schema), "from genesys_get_calls.")

	id, _ := inboundCall(t, sim)
	res := call(t, cs, "genesys_get_call", `{"conversationId":"`+id+`"}`)
	assert.False(t, res.IsError, text(t, res))
	assert.Contains(t, text(t, res), id)
}

// ---- calls ------------------------------------------------------------

func TestCallsReachGenesys(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{})
	cs := connect(t, set, setup{})
	id, customer := inboundCall(t, sim)

	// Read a call: JSON text, the same object as structured content, and
	// the status and correlation id in _meta.
	res := call(t, cs, "genesys_conversations_get_call", `{"conversationId":"`+id+`"}`)
	require.False(t, res.IsError, text(t, res))
	var body struct {
		Untrusted bool
		Data      struct{ ID string }
	}
	require.NoError(t, json.Unmarshal([]byte(text(t, res)), &body))
	assert.Equal(t, id, body.Data.ID)
	sc, ok := res.StructuredContent.(map[string]any)
	require.True(t, ok, "structured content is %T", res.StructuredContent)
	assert.Equal(t, true, sc["untrusted"])
	assert.EqualValues(t, 200, res.Meta[mcptools.MetaStatus])
	assert.NotEmpty(t, res.Meta[mcptools.MetaCorrelationID])

	// A write.
	res = call(t, cs, "genesys_conversations_patch_call_participant_attributes",
		`{"conversationId":"`+id+`","participantId":"`+customer+`","attributes":{"ticket":"T-42"}}`)
	require.False(t, res.IsError, text(t, res))
	conv, _ := sim.Conversation(id)
	i := slices.IndexFunc(conv.Participants, func(p *genesystest.Participant) bool { return p.ID == customer })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "T-42", conv.Participants[i].Attributes["ticket"])

	// A write answered without a body.
	res = call(t, cs, "genesys_conversations_put_conversation_tags", `{"conversationId":"`+id+`","externalTag":"CRM-7"}`)
	require.False(t, res.IsError, text(t, res))
	conv, _ = sim.Conversation(id)
	assert.Equal(t, "CRM-7", conv.ExternalTag)

	// Another area, with no arguments at all.
	res, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: "genesys_conversations_get_conversation", Arguments: map[string]any{"conversationId": id}})
	require.NoError(t, err)
	require.False(t, res.IsError, text(t, res))
	assert.Contains(t, text(t, res), customer)
}

// TestAnswersAreShaped: answers are shaped by default (no selfUri links,
// long pages cut with a marker, Options.Shape sets the cut) and come as
// Genesys sent them with RawAnswers.
func TestAnswersAreShaped(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{})
	id, _ := inboundCall(t, sim)
	args := `{"conversationId":"` + id + `"}`
	raw, err := set.Call(t.Context(), "genesys_conversations_get_call", json.RawMessage(args))
	require.NoError(t, err)
	require.Contains(t, string(raw.Body), `"selfUri"`)

	res := call(t, connect(t, set, setup{}), "genesys_conversations_get_call", args)
	require.False(t, res.IsError, text(t, res))
	assert.NotContains(t, text(t, res), `"selfUri"`)
	assert.Contains(t, text(t, res), id)
	assert.Less(t, len(text(t, res)), len(raw.Body))
	sc, err := json.Marshal(res.StructuredContent)
	require.NoError(t, err)
	assert.JSONEq(t, text(t, res), string(sc), "structured content is the shaped answer too")

	res = call(t, connect(t, set, setup{opts: mcptools.Options{RawAnswers: true}}), "genesys_conversations_get_call", args)
	assert.JSONEq(t, string(raw.Body), text(t, res))

	cs := connect(t, set, setup{opts: mcptools.Options{Shape: tools.ShapeOptions{MaxItems: 3}}})
	res = call(t, cs, "genesys_conversations_post_customattributes_search", `{"pageSize":10}`)
	require.False(t, res.IsError, text(t, res))
	assert.Contains(t, text(t, res), `"truncated":{"list":"results","shown":3,"omitted":7,`)
}

func TestInvalidArgumentsAreToolErrorsAndSendNothing(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{})
	cs := connect(t, set, setup{})
	before := len(sim.Requests())

	for _, tc := range []struct{ name, args, field string }{
		{"genesys_conversations_get_call", `{}`, "conversationId"},
		{"genesys_conversations_get_call", `{"conversationId":42}`, "conversationId"},
		{"genesys_conversations_put_conversation_tags", `{"conversationId":"c-1","externalTag":"x","colour":"red"}`, "colour"},
		{"genesys_conversations_patch_call_participant_attributes", `{"conversationId":"c","participantId":"p","attributes":{"a":1}}`, "attributes"},
	} {
		res := call(t, cs, tc.name, tc.args)
		te := toolError(t, res)
		assert.Equal(t, "invalid_arguments", te.Kind, tc.args)
		assert.Contains(t, te.Field, tc.field, tc.args)
		assert.Equal(t, tc.name, te.Tool)
		assert.NotEmpty(t, te.Hint)
		// The structured content carries the same error.
		sc, ok := res.StructuredContent.(map[string]any)
		require.True(t, ok)
		assert.Equal(t, "invalid_arguments", sc["error"])
	}
	// The SDK did not validate (it would have said "validating arguments"),
	// and nothing reached Genesys.
	assert.Len(t, sim.Requests(), before)
}

func TestAPIErrorsAreToolErrors(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{})
	cs := connect(t, set, setup{})

	te := toolError(t, call(t, cs, "genesys_conversations_get_call", `{"conversationId":"00000000-0000-0000-0000-000000000000"}`))
	assert.Equal(t, "api_error", te.Kind)
	assert.Equal(t, 404, te.Status)
	assert.Equal(t, "not.found", te.Code)
	assert.NotEmpty(t, te.Message)
	assert.NotEmpty(t, te.CorrelationID)
	assert.Len(t, sim.RequestsFor("getConversationsCall"), 1)

	// A logged-in-user tool with client credentials: Genesys says why.
	te = toolError(t, call(t, cs, "genesys_conversations_get_conversations", `{}`))
	assert.Equal(t, 400, te.Status)
	assert.Contains(t, te.Message, "user context")
}

// ---- approval ---------------------------------------------------------

// elicitations records what a client was asked and answers with a fixed
// result.
type elicitations struct {
	mu     sync.Mutex
	asked  []*mcp.ElicitParams
	answer *mcp.ElicitResult
}

func (e *elicitations) handler(_ context.Context, req *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.asked = append(e.asked, req.Params)
	return e.answer, nil
}

func (e *elicitations) count() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.asked)
}

func TestElicitationApproval(t *testing.T) {
	t.Parallel()
	legacy := &mcp.ServerOptions{SupportedProtocolVersions: []string{"2025-11-25"}}
	for _, tc := range []struct {
		name     string
		server   *mcp.ServerOptions
		answer   *mcp.ElicitResult
		approved bool
		reason   string
	}{
		{"approve", nil, &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}}, true, ""},
		{"approve on 2025-11-25", legacy, &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}}, true, ""},
		{"accept without approving", nil, &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": false}}, false, "did not approve"},
		{"decline", nil, &mcp.ElicitResult{Action: "decline"}, false, "declined"},
		{"decline on 2025-11-25", legacy, &mcp.ElicitResult{Action: "decline"}, false, "declined"},
		{"cancel", nil, &mcp.ElicitResult{Action: "cancel"}, false, "dismissed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			sim := newSim(t)
			set := newSet(t, sim, tools.SetOptions{RequireApproval: true})
			e := &elicitations{answer: tc.answer}
			cs := connect(t, set, setup{
				opts:   mcptools.Options{Approval: mcptools.ApprovalElicit},
				client: &mcp.ClientOptions{ElicitationHandler: e.handler},
				server: tc.server,
			})
			id, _ := inboundCall(t, sim)
			want := "2026-07-28" // multi round-trip: the client asks and calls again
			if tc.server != nil {
				want = "2025-11-25" // the SDK asks with elicitation/create and calls the handler again
			}
			require.Equal(t, want, cs.InitializeResult().ProtocolVersion)

			// Reads and writes run without asking.
			require.False(t, call(t, cs, "genesys_conversations_get_call", `{"conversationId":"`+id+`"}`).IsError)
			require.False(t, call(t, cs, "genesys_conversations_put_conversation_tags", `{"conversationId":"`+id+`","externalTag":"x"}`).IsError)
			assert.Zero(t, e.count())

			res := call(t, cs, "genesys_conversations_post_conversation_disconnect", `{"conversationId":"`+id+`"}`)
			require.Equal(t, 1, e.count(), "asked once")
			asked := e.asked[0]
			assert.Contains(t, asked.Message, "genesys_conversations_post_conversation_disconnect")
			assert.Contains(t, asked.Message, "conversationId="+id)
			schema, _ := json.Marshal(asked.RequestedSchema)
			assert.JSONEq(t, `{"type":"object","properties":{"approve":{"type":"boolean","title":"Approve","description":"Run this action now."}},"required":["approve"]}`, string(schema))

			sent := sim.RequestsFor("postConversationDisconnect")
			if tc.approved {
				assert.False(t, res.IsError, text(t, res))
				assert.Len(t, sent, 1)
				return
			}
			te := toolError(t, res)
			assert.Equal(t, "refused", te.Kind)
			assert.Contains(t, te.Message, tc.reason)
			assert.Contains(t, te.Message, "Nothing was changed")
			assert.Empty(t, sent)
		})
	}
}

func TestElicitationApprovesOnlyTheCallAsked(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{RequireApproval: true})
	e := &elicitations{answer: &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}}}
	cs := connect(t, set, setup{
		opts:   mcptools.Options{Approval: mcptools.ApprovalElicit},
		client: &mcp.ClientOptions{ElicitationHandler: e.handler},
	})
	a, _ := inboundCall(t, sim)
	b, _ := inboundCall(t, sim)
	require.False(t, call(t, cs, "genesys_conversations_post_conversation_disconnect", `{"conversationId":"`+a+`"}`).IsError)
	require.False(t, call(t, cs, "genesys_conversations_post_conversation_disconnect", `{"conversationId":"`+b+`"}`).IsError)
	assert.Equal(t, 2, e.count(), "every destructive call asks")

	// An answer given for one call does not approve another.
	_, err := cs.CallTool(t.Context(), &mcp.CallToolParams{
		Name:      "genesys_conversations_delete_conversation",
		Arguments: map[string]any{"conversationId": sim.ActiveConversations()[0].ID},
		InputResponses: mcp.InputResponseMap{
			"genesyskit_approval_000000000000000000000000": &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}},
		},
	})
	require.NoError(t, err)
	assert.Equal(t, 3, e.count(), "asked again")
}

func TestApprovalWithoutElicitationIsRefused(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{RequireApproval: true})
	cs := connect(t, set, setup{opts: mcptools.Options{Approval: mcptools.ApprovalElicit}})
	id, _ := inboundCall(t, sim)

	te := toolError(t, call(t, cs, "genesys_conversations_post_conversation_disconnect", `{"conversationId":"`+id+`"}`))
	assert.Equal(t, "refused", te.Kind)
	assert.Contains(t, te.Message, "does not support elicitation")
	assert.Empty(t, sim.RequestsFor("postConversationDisconnect"))
	assert.False(t, call(t, cs, "genesys_conversations_get_call", `{"conversationId":"`+id+`"}`).IsError)
}

func TestApprovalRefuseAndFromSet(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	e := &elicitations{answer: &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}}}
	client := &mcp.ClientOptions{ElicitationHandler: e.handler}
	id, _ := inboundCall(t, sim)
	disconnect := `{"conversationId":"` + id + `"}`

	// Refuse: never asks, never sends.
	cs := connect(t, newSet(t, sim, tools.SetOptions{}), setup{opts: mcptools.Options{Approval: mcptools.ApprovalRefuse}, client: client})
	te := toolError(t, call(t, cs, "genesys_conversations_post_conversation_disconnect", disconnect))
	assert.Equal(t, "refused", te.Kind)
	assert.Contains(t, te.Message, "does not run destructive actions")

	// From the set: RequireApproval without a hook refuses...
	cs = connect(t, newSet(t, sim, tools.SetOptions{RequireApproval: true}), setup{client: client})
	te = toolError(t, call(t, cs, "genesys_conversations_post_conversation_disconnect", disconnect))
	assert.Equal(t, "refused", te.Kind)
	assert.Empty(t, sim.RequestsFor("postConversationDisconnect"))
	assert.Zero(t, e.count())

	// ...and the set's own hook decides.
	var hook []string
	var mu sync.Mutex
	set := newSet(t, sim, tools.SetOptions{Approve: func(_ context.Context, a tools.Approval) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		hook = append(hook, a.Tool.Name)
		return true, nil
	}})
	cs = connect(t, set, setup{client: client})
	res := call(t, cs, "genesys_conversations_post_conversation_disconnect", disconnect)
	assert.False(t, res.IsError, text(t, res))
	assert.Equal(t, []string{"genesys_conversations_post_conversation_disconnect"}, hook)
	assert.Zero(t, e.count())
	assert.Len(t, sim.RequestsFor("postConversationDisconnect"), 1)
}

// ---- per-request credentials over streamable HTTP -----------------------

type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}

func TestPerRequestBearerTokenOverHTTP(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations}}})
	srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "test"}, nil)
	require.NoError(t, mcptools.Register(srv, set, mcptools.Options{}))
	httpSrv := httptest.NewServer(mcptools.NewHTTPHandler(srv, nil))
	t.Cleanup(httpSrv.Close)
	require.True(t, strings.HasPrefix(httpSrv.URL, "http://127.0.0.1:"), httpSrv.URL)

	// An agent answers a call, so they have a conversation.
	agent := sim.Org().Users[0].ID
	id, _ := inboundCall(t, sim)
	_, err := sim.ConnectAgent(id, agent)
	require.NoError(t, err)

	dial := func(token string) *mcp.ClientSession {
		hc := &http.Client{Timeout: 30 * time.Second}
		if token != "" {
			hc.Transport = bearer{token: token, next: http.DefaultTransport}
		}
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "1"}, nil).Connect(t.Context(),
			&mcp.StreamableClientTransport{Endpoint: httpSrv.URL, HTTPClient: hc, DisableStandaloneSSE: true}, nil)
		require.NoError(t, err)
		t.Cleanup(func() { _ = cs.Close() })
		return cs
	}

	// Without a header the Client's client credentials are used, and
	// Genesys wants a user.
	te := toolError(t, call(t, dial(""), "genesys_conversations_get_conversations", `{}`))
	assert.Equal(t, 400, te.Status)
	assert.Contains(t, te.Message, "user context")

	// With the agent's token the call acts as the agent.
	res := call(t, dial(sim.UserToken(agent)), "genesys_conversations_get_conversations", `{}`)
	require.False(t, res.IsError, text(t, res))
	assert.Contains(t, text(t, res), id)
	sent := sim.RequestsFor("getConversations")
	require.Len(t, sent, 2)
	assert.Empty(t, sent[0].User)
	assert.Equal(t, agent, sent[1].User)

	// RequireBearerToken refuses calls without a token: a JSON-RPC error,
	// and nothing is sent.
	srv3 := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "test"}, nil)
	require.NoError(t, mcptools.Register(srv3, set, mcptools.Options{Credentials: mcptools.RequireBearerToken}))
	httpSrv3 := httptest.NewServer(mcptools.NewHTTPHandler(srv3, nil))
	t.Cleanup(httpSrv3.Close)
	cs3, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "1"}, nil).Connect(t.Context(),
		&mcp.StreamableClientTransport{Endpoint: httpSrv3.URL, DisableStandaloneSSE: true}, nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = cs3.Close() })
	_, err = cs3.CallTool(t.Context(), &mcp.CallToolParams{Name: "genesys_conversations_get_conversation", Arguments: map[string]any{"conversationId": id}})
	assert.ErrorContains(t, err, "Authorization: Bearer")
	assert.Empty(t, sim.RequestsFor("getConversation"))

	// ServerCredentials ignores the header.
	srv2 := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "test"}, nil)
	require.NoError(t, mcptools.Register(srv2, set, mcptools.Options{Credentials: mcptools.ServerCredentials}))
	httpSrv2 := httptest.NewServer(mcptools.NewHTTPHandler(srv2, nil))
	t.Cleanup(httpSrv2.Close)
	hc := &http.Client{Transport: bearer{token: sim.UserToken(agent), next: http.DefaultTransport}}
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "1"}, nil).Connect(t.Context(),
		&mcp.StreamableClientTransport{Endpoint: httpSrv2.URL, HTTPClient: hc, DisableStandaloneSSE: true}, nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = cs.Close() })
	assert.True(t, call(t, cs, "genesys_conversations_get_conversations", `{}`).IsError)
}

func TestBearerToken(t *testing.T) {
	t.Parallel()
	for header, want := range map[string]string{
		"Bearer abc":     "abc",
		"bearer  abc ":   "abc",
		"BEARER abc":     "abc",
		"Basic dXNlcg==": "",
		"Bearer":         "",
		"":               "",
	} {
		req := &mcp.CallToolRequest{Extra: &mcp.RequestExtra{Header: http.Header{"Authorization": {header}}}}
		ts, err := mcptools.BearerToken(t.Context(), req)
		require.NoError(t, err)
		if want == "" {
			assert.Nil(t, ts, header)
			continue
		}
		require.NotNil(t, ts, header)
		tok, err := ts.Token()
		require.NoError(t, err)
		assert.Equal(t, want, tok.AccessToken, header)
	}
	ts, err := mcptools.BearerToken(t.Context(), &mcp.CallToolRequest{})
	assert.NoError(t, err)
	assert.Nil(t, ts, "stdio and in-memory requests have no header")
}

// inlineDefs replaces every {"$ref":"#/$defs/NAME"} in a listed schema by
// the definition and drops $defs, giving the self-contained form the core
// produces.
func inlineDefs(t *testing.T, schema []byte) string {
	t.Helper()
	var root map[string]any
	require.NoError(t, json.Unmarshal(schema, &root))
	defs, _ := root["$defs"].(map[string]any)
	delete(root, "$defs")
	var expand func(v any) any
	expand = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				def, found := defs[strings.TrimPrefix(ref, "#/$defs/")]
				require.True(t, found, "dangling %s", ref)
				return expand(def)
			}
			for k, e := range x {
				x[k] = expand(e)
			}
		case []any:
			for i, e := range x {
				x[i] = expand(e)
			}
		}
		return v
	}
	out, err := json.Marshal(expand(root))
	require.NoError(t, err)
	return string(out)
}

// TestSharedDefinitions checks that a schema with repeated parts lists
// them once, and that a schema without any is listed as the core wrote it.
func TestSharedDefinitions(t *testing.T) {
	t.Parallel()
	sim := newSim(t)
	set := newSet(t, sim, tools.SetOptions{Filter: tools.Filter{Names: []string{
		"genesys_conversations_post_analytics_conversations_details_query", "genesys_conversations_get_call",
	}}})
	cs := connect(t, set, setup{})
	for _, tool := range listTools(t, cs) {
		spec, _ := set.Lookup(tool.Name)
		schema, err := json.Marshal(tool.InputSchema)
		require.NoError(t, err)
		var root struct {
			Defs map[string]json.RawMessage `json:"$defs"`
		}
		require.NoError(t, json.Unmarshal(schema, &root))
		if spec.Toolset == tools.ToolsetAnalytics {
			assert.NotEmpty(t, root.Defs, "the query's filters repeat their clauses and predicates")
			assert.Less(t, len(schema), len(spec.Schema())*2/3, "sharing saves at least a third")
		} else {
			assert.Empty(t, root.Defs)
		}
		assert.JSONEq(t, string(spec.Schema()), inlineDefs(t, schema))
	}
}
