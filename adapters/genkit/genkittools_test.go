package genkittools_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core/api"
	"github.com/firebase/genkit/go/genkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	"github.com/genesyskit/genesyskit/tools"
)

var mentioned = regexp.MustCompile(`genesys_[a-z0-9_]+`)

// Generate offers the tools with their real schemas, runs the calls the
// model asks for against the simulator and feeds the answers back.
func TestGenerateRunsToolsAgainstSimulator(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	g := newGenkit(t)
	conv := activeConversation(t, srv)

	model, script := defineScripted(t, g,
		func(t *testing.T, req *ai.ModelRequest) *ai.Message {
			require.Len(t, req.Tools, len(set.Specs()))
			defs := map[string]*ai.ToolDefinition{}
			for _, d := range req.Tools {
				defs[d.Name] = d
			}
			tags := defs["genesys_put_conversation_tags"]
			require.NotNil(t, tags, "tools are offered by short name")
			spec, _ := set.Lookup("genesys_put_conversation_tags")
			var want map[string]any
			require.NoError(t, json.Unmarshal([]byte(tools.ShortenNames(string(spec.Schema()))), &want))
			assert.Equal(t, want, tags.InputSchema, "the model sees the catalogue schema, naming tools by short name")
			assert.ElementsMatch(t, []any{"conversationId", "externalTag"}, tags.InputSchema["required"])
			assert.Equal(t, tools.ShortenNames(spec.Description), tags.Description)
			for _, d := range req.Tools {
				schema, err := json.Marshal(d.InputSchema)
				require.NoError(t, err)
				for _, name := range mentioned.FindAllString(d.Description+string(schema), -1) {
					if s, ok := tools.Lookup(name); ok {
						assert.Equal(t, s.ShortName, name, "%s mentions a catalogue name", d.Name)
					}
				}
			}
			return callTools(
				&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "get", Input: map[string]any{"conversationId": conv}},
				&ai.ToolRequest{Name: "genesys_put_conversation_tags", Ref: "tag", Input: map[string]any{"conversationId": conv, "externalTag": "CRM-42"}},
			)
		},
		func(t *testing.T, req *ai.ModelRequest) *ai.Message {
			out := toolOutputs(t, req)
			assert.Contains(t, out["get"], `"id":"`+conv+`"`)
			assert.JSONEq(t, `"CRM-42"`, out["tag"])
			return ai.NewModelTextMessage("tagged " + conv)
		},
	)

	resp, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("tag the conversation"),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	require.NoError(t, err)
	assert.Equal(t, "tagged "+conv, resp.Text())
	assert.Equal(t, 2, script.calls())

	c, _ := srv.Conversation(conv)
	assert.Equal(t, "CRM-42", c.ExternalTag)
	assert.Len(t, srv.RequestsFor("getConversation"), 1)
	assert.Len(t, srv.RequestsFor("putConversationTags"), 1)
}

// Failures the model can act on come back as tool output and Generate
// goes on. Invalid arguments are answered by the core's check (the
// InputError naming the field) and never reach the simulator, although
// they violate the schema the model was shown.
func TestFailuresComeBackAsOutput(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	g := newGenkit(t)
	conv := activeConversation(t, srv)

	model, _ := defineScripted(t, g,
		func(*testing.T, *ai.ModelRequest) *ai.Message {
			return callTools(
				&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "missing", Input: map[string]any{}},
				&ai.ToolRequest{Name: "genesys_put_conversation_tags", Ref: "type", Input: map[string]any{"conversationId": conv, "externalTag": 42}},
				&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "extra", Input: map[string]any{"conversationId": conv, "expand": "all"}},
				&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "notfound", Input: map[string]any{"conversationId": "no-such-conversation"}},
			)
		},
		func(t *testing.T, req *ai.ModelRequest) *ai.Message {
			out := toolOutputs(t, req)

			missing := toolError(t, out["missing"])
			assert.Equal(t, "invalid_arguments", missing.Kind)
			assert.Equal(t, "conversationId", missing.Field)
			assert.Equal(t, "genesys_get_conversation", missing.Tool)

			typ := toolError(t, out["type"])
			assert.Equal(t, "invalid_arguments", typ.Kind)
			assert.Equal(t, "externalTag", typ.Field)

			extra := toolError(t, out["extra"])
			assert.Equal(t, "invalid_arguments", extra.Kind)
			assert.Contains(t, extra.Field+extra.Message, "expand")

			notFound := toolError(t, out["notfound"])
			assert.Equal(t, "api_error", notFound.Kind)
			assert.Equal(t, 404, notFound.Status)
			assert.NotEmpty(t, notFound.Hint)
			return ai.NewModelTextMessage("recovered")
		},
	)

	resp, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("look"),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	require.NoError(t, err, "failures must not abort Generate")
	assert.Equal(t, "recovered", resp.Text())

	// Only the well-formed 404 call was sent.
	gets := srv.RequestsFor("getConversation")
	require.Len(t, gets, 1)
	assert.Contains(t, gets[0].Path, "no-such-conversation")
	assert.Empty(t, srv.RequestsFor("putConversationTags"))
}

// The adapter's tool output for invalid arguments is exactly the core's
// ToolError for Set.Call's InputError: one code path.
func TestInvalidArgumentsAreTheCoresError(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	args := json.RawMessage(`{"externalTag":"x"}`)
	_, callErr := set.Call(t.Context(), "genesys_put_conversation_tags", args)
	want := tools.AsToolError("genesys_put_conversation_tags", callErr)
	require.NotNil(t, want)

	var tag ai.Tool
	for _, ref := range genkittools.Tools(set, genkittools.Options{}) {
		if ref.Name() == "genesys_put_conversation_tags" {
			tag = ref.(ai.Tool)
		}
	}
	require.NotNil(t, tag)
	out, err := tag.RunRaw(t.Context(), map[string]any{"externalTag": "x"})
	require.NoError(t, err)
	got, err := json.Marshal(out)
	require.NoError(t, err)
	assert.JSONEq(t, string(want.JSON()), string(got))
	assert.Empty(t, srv.RequestsFor("putConversationTags"))
}

// Define registers the tools on the caller's Genkit; catalogue names can be
// chosen, and the registered tools keep the real schema and the core's
// argument check.
func TestDefineRegistersTools(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	g := newGenkit(t)
	conv := activeConversation(t, srv)

	defined := genkittools.Define(g, set, genkittools.Options{CatalogueNames: true})
	require.Len(t, defined, len(set.Specs()))

	const name = "genesys_conversations_get_conversation"
	registered := genkit.LookupTool(g, name)
	require.NotNil(t, registered)
	spec, _ := set.Lookup(name)
	var want map[string]any
	require.NoError(t, json.Unmarshal(spec.Schema(), &want))
	assert.Equal(t, want, registered.Definition().InputSchema)
	for _, d := range defined {
		if d.Name() == name {
			assert.Equal(t, want, d.Definition().InputSchema)
		}
	}
	assert.Nil(t, genkit.LookupTool(g, "genesys_get_conversation"), "short names are not registered")

	model, _ := defineScripted(t, g,
		func(*testing.T, *ai.ModelRequest) *ai.Message {
			return callTools(
				&ai.ToolRequest{Name: name, Ref: "ok", Input: map[string]any{"conversationId": conv}},
				&ai.ToolRequest{Name: name, Ref: "bad", Input: map[string]any{"conversationId": 7}},
			)
		},
		func(t *testing.T, req *ai.ModelRequest) *ai.Message {
			out := toolOutputs(t, req)
			assert.Contains(t, out["ok"], conv)
			bad := toolError(t, out["bad"])
			assert.Equal(t, "invalid_arguments", bad.Kind)
			assert.Equal(t, name, bad.Tool)
			return ai.NewModelTextMessage("done")
		},
	)
	resp, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("look"),
		ai.WithTools(genkittools.Refs(defined)...))
	require.NoError(t, err)
	assert.Equal(t, "done", resp.Text())
	assert.Len(t, srv.RequestsFor("getConversation"), 1)
}

// A cancelled context is not something the model can fix: it ends
// Generate with an error.
func TestCancelledContextAbortsGenerate(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	g := newGenkit(t)
	conv := activeConversation(t, srv)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()

	model, script := defineScripted(t, g,
		func(*testing.T, *ai.ModelRequest) *ai.Message {
			cancel() // the caller gives up while the model answers
			return callTools(&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "get", Input: map[string]any{"conversationId": conv}})
		},
	)
	_, err := genkit.Generate(ctx, g, ai.WithModel(model), ai.WithPrompt("look"),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	require.Error(t, err)
	assert.Contains(t, err.Error(), context.Canceled.Error())
	assert.Equal(t, 1, script.calls(), "the model is not called again")
}

// Without Options.Approval the set's own policy decides: here it requires
// an approver and has none, so the model reads a refusal and nothing is
// sent.
func TestSetPolicyAppliesWithoutApprovalOption(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly, RequireApproval: true})
	g := newGenkit(t)
	conv := activeConversation(t, srv)

	model, _ := defineScripted(t, g,
		func(*testing.T, *ai.ModelRequest) *ai.Message {
			return callTools(&ai.ToolRequest{Name: "genesys_post_conversation_disconnect", Ref: "d", Input: map[string]any{"conversationId": conv}})
		},
		func(t *testing.T, req *ai.ModelRequest) *ai.Message {
			refused := toolError(t, toolOutputs(t, req)["d"])
			assert.Equal(t, "refused", refused.Kind)
			return ai.NewModelTextMessage("not allowed")
		},
	)
	resp, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("hang up"),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	require.NoError(t, err)
	assert.Equal(t, ai.FinishReasonStop, resp.FinishReason)
	assert.Empty(t, srv.RequestsFor("postConversationDisconnect"))
	assert.False(t, ended(t, srv, conv))
}

// Names longer than providers allow never reach them by default.
func TestShortNamesByDefault(t *testing.T) {
	t.Parallel()
	_, set := newSim(t, tools.SetOptions{})
	refs := genkittools.Tools(set, genkittools.Options{})
	require.Len(t, refs, len(set.Specs()))
	long := 0
	for i, ref := range refs {
		assert.LessOrEqual(t, len(ref.Name()), 64)
		assert.Equal(t, set.Specs()[i].ShortName, ref.Name())
		if len(set.Specs()[i].Name) > 64 {
			long++
		}
	}
	for i, ref := range genkittools.Tools(set, genkittools.Options{CatalogueNames: true}) {
		assert.Equal(t, set.Specs()[i].Name, ref.Name())
	}
	t.Logf("%d catalogue names exceed 64 characters", long)
}

// Answers reach the model shaped — no selfUri links — unless
// Options.RawAnswers asks for them as Genesys sent them.
func TestAnswersAreShaped(t *testing.T) {
	t.Parallel()
	for _, raw := range []bool{false, true} {
		srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
		g := newGenkit(t)
		conv := activeConversation(t, srv)
		var out string
		model, _ := defineScripted(t, g,
			func(t *testing.T, req *ai.ModelRequest) *ai.Message {
				return callTools(&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "get", Input: map[string]any{"conversationId": conv}})
			},
			func(t *testing.T, req *ai.ModelRequest) *ai.Message {
				out = toolOutputs(t, req)["get"]
				return ai.NewModelTextMessage("done")
			},
		)
		_, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("read it"),
			ai.WithTools(genkittools.Tools(set, genkittools.Options{RawAnswers: raw})...))
		require.NoError(t, err)
		assert.Contains(t, out, `"id":"`+conv+`"`)
		if raw {
			assert.Contains(t, out, `"selfUri"`, "RawAnswers keeps the answer as sent")
		} else {
			assert.NotContains(t, out, `"selfUri"`, "answers are shaped by default")
		}
	}
}

// recorder is a registry that records what is registered in it.
type recorder struct {
	api.Registry
	actions map[string]api.Action
}

func (r *recorder) RegisterAction(key string, a api.Action) {
	if r.actions == nil {
		r.actions = map[string]api.Action{}
	}
	r.actions[key] = a
}

// The tools are built lazily, so they must describe and register
// themselves exactly as Genkit's own tool value would, apart from the real
// input schema; and the first run builds Genkit's tool and runs it.
func TestToolsDescribeThemselvesAsGenkitTools(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	conv := activeConversation(t, srv)
	for _, ref := range genkittools.Tools(set, genkittools.Options{}) {
		ours := ref.(ai.Tool)
		d := ours.Definition()
		genkits := ai.NewTool(ours.Name(), d.Description,
			func(*ai.ToolContext, any) (any, error) { return nil, nil }, ai.WithInputSchema(map[string]any{}))
		want := genkits.Definition()
		want.InputSchema = d.InputSchema
		assert.Equal(t, want, d, ours.Name())

		var got, gk recorder
		ours.Register(&got)
		genkits.Register(&gk)
		require.Len(t, got.actions, len(gk.actions), ours.Name())
		for key, a := range gk.actions {
			require.Contains(t, got.actions, key, ours.Name())
			wantDesc := a.Desc()
			wantDesc.InputSchema = d.InputSchema
			assert.Equal(t, wantDesc, got.actions[key].Desc(), key)
			assert.Equal(t, a.Name(), got.actions[key].Name(), key)
		}
	}

	// A registered action runs the tool through Genkit's tool action.
	var r recorder
	for _, ref := range genkittools.Tools(set, genkittools.Options{}) {
		if ref.Name() == "genesys_get_conversation" {
			ref.(ai.Tool).Register(&r)
		}
	}
	out, err := r.actions["/tool.v2/genesys_get_conversation"].RunJSON(t.Context(), json.RawMessage(`{"conversationId":"`+conv+`"}`), nil)
	require.NoError(t, err)
	var resp ai.MultipartToolResponse
	require.NoError(t, json.Unmarshal(out, &resp))
	assert.Contains(t, fmt.Sprint(resp.Output), conv)
}
