package lctools_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	langchain "github.com/tmc/langchaingo/tools"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/tools"
)

func byName(t *testing.T, ts []langchain.Tool, name string) langchain.Tool {
	t.Helper()
	for _, x := range ts {
		if x.Name() == name {
			return x
		}
	}
	t.Fatalf("no tool %s", name)
	return nil
}

func TestToolsNames(t *testing.T) {
	t.Parallel()
	_, set := newSet(t, tools.SetOptions{})
	specs := set.Specs()

	short := lctools.Tools(set, lctools.Options{})
	long := lctools.Tools(set, lctools.Options{CatalogueNames: true})
	require.Len(t, short, len(specs))
	require.Len(t, long, len(specs))
	seen := map[string]bool{}
	for i, spec := range specs {
		assert.Equal(t, spec.ShortName, short[i].Name())
		assert.LessOrEqual(t, len(short[i].Name()), 64, spec.ShortName)
		assert.Equal(t, spec.Name, long[i].Name())
		assert.Equal(t, spec.Name, short[i].(*lctools.Tool).Spec().Name)
		// The executor matches names case-insensitively.
		upper := strings.ToUpper(short[i].Name())
		assert.False(t, seen[upper], "duplicate name %s", upper)
		seen[upper] = true
	}
}

func TestToolsDescribeTheInput(t *testing.T) {
	t.Parallel()
	_, set := newSet(t, tools.SetOptions{})
	ts := lctools.Tools(set, lctools.Options{})

	long := lctools.Tools(set, lctools.Options{CatalogueNames: true})
	for i, spec := range set.Specs() {
		d := ts[i].Description()
		assert.True(t, strings.HasPrefix(d, tools.ShortenNames(spec.Description)), spec.Name)
		assert.Contains(t, d, "\nInput: ", spec.Name)
		assertShortNamesOnly(t, spec.Name, d)
		assert.True(t, strings.HasPrefix(long[i].Description(), spec.Description), spec.Name)
	}

	patch := byName(t, ts, patchCallPart).Description()
	for _, want := range []string{
		"Input: one JSON object with these fields",
		"\n  - conversationId (string, required): Conversation id.",
		"\n  - participantId (string, required): ",
		"\n  - held (boolean): True holds, false resumes.",
		"\n  - wrapup (object with code, name, notes, tags, ",
		"\n  - state (string, one of \"alerting\", \"dialing\", ",
		"\n  - resumeTime (string date-time): ",
	} {
		assert.Contains(t, patch, want)
	}
	assert.NotContains(t, patch, "held (boolean, required)")
	assert.Contains(t, byName(t, ts, getCalls).Description(), "\nInput: {} (this tool takes no arguments).")
	wrap := byName(t, ts, postCallWrapup).Description()
	assert.Contains(t, wrap, "\n  - tags (array of string): ")
	assert.Contains(t, wrap, "\n  - durationSeconds (integer): ")
	query := byName(t, ts, "genesys_post_analytics_conversations_details_query").Description()
	assert.Contains(t, query, "\n  - conversationFilters (array of objects with type, clauses, predicates): ")
	assert.Contains(t, query, "\n  - interval (string, required): ")
}

// The adapter checks nothing itself: wrong arguments come back as the
// core's InputError, naming the field, as the tool's output, and nothing
// reaches Genesys Cloud.
func TestCallInvalidArgumentsAreObservations(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, patchCallPart)
	text := lctools.Tools(set, lctools.Options{})[0]
	js := lctools.Tools(set, lctools.Options{JSONErrors: true})[0]

	for _, tc := range []struct {
		name, input, field string
	}{
		{"wrong type", `{"conversationId":"c-1","participantId":"p-1","held":"yes"}`, "held"},
		{"unknown field", `{"conversationId":"c-1","participantId":"p-1","hold":true}`, "hold"},
		{"missing required", `{"participantId":"p-1","held":true}`, "conversationId"},
		{"empty", "   ", "conversationId"},
		{"bad enum", `{"conversationId":"c-1","participantId":"p-1","state":"on hold"}`, "state"},
		{"nested", `{"conversationId":"c-1","participantId":"p-1","wrapup":{"notes":7}}`, "wrapup.notes"},
		{"not JSON", `put the customer on hold`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, direct := set.Call(t.Context(), patchCallPart, json.RawMessage(strings.TrimSpace(tc.input)))
			if strings.TrimSpace(tc.input) == "" {
				_, direct = set.Call(t.Context(), patchCallPart, json.RawMessage(`{}`))
			}
			var inputErr *tools.InputError
			require.ErrorAs(t, direct, &inputErr)
			assert.Equal(t, tc.field, inputErr.Field)

			obs, err := text.Call(t.Context(), tc.input)
			require.NoError(t, err)
			assert.Equal(t, tools.AsToolError(patchCallPart, direct).Error(), obs)
			assert.True(t, strings.HasPrefix(obs, "invalid_arguments"), obs)
			if tc.field != "" {
				assert.Contains(t, obs, "invalid_arguments in field "+tc.field+": ")
			}

			obs, err = js.Call(t.Context(), tc.input)
			require.NoError(t, err)
			var te tools.ToolError
			require.NoError(t, json.Unmarshal([]byte(obs), &te), obs)
			assert.Equal(t, "invalid_arguments", te.Kind)
			assert.Equal(t, tc.field, te.Field)
			assert.Equal(t, patchCallPart, te.Tool)
		})
	}
	assert.Empty(t, srv.RequestsFor("patchConversationsCallParticipant"))
}

// What text agents wrap around the JSON is removed; the arguments reach
// the core as written.
func TestCallCleansInput(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{DryRun: true}, patchCallPart, getCalls)
	ts := lctools.Tools(set, lctools.Options{})
	patch, calls := byName(t, ts, patchCallPart), byName(t, ts, getCalls)
	args := `{"conversationId":"c-1","participantId":"p-1","held":true}`

	for name, input := range map[string]string{
		"plain":              args,
		"spaces":             "\n  " + args + " \t\n",
		"observation":        args + "\nObservation:",
		"tabbed observation": args + "\n\tObservation: ",
		"json fence":         "```json\n" + args + "\n```",
		"bare fence":         "```\n" + args + "\n```",
		"one-line fence":     "```" + args + "```",
		"fence, observation": "```json\n" + args + "\n```\nObservation:",
	} {
		t.Run(name, func(t *testing.T) {
			obs, err := patch.Call(t.Context(), input)
			require.NoError(t, err)
			var req struct {
				DryRun bool
				Method string
				Path   string
				Body   map[string]any
			}
			require.NoError(t, json.Unmarshal([]byte(obs), &req), obs)
			assert.True(t, req.DryRun)
			assert.Equal(t, "PATCH", req.Method)
			assert.Equal(t, "/api/v2/conversations/calls/c-1/participants/p-1", req.Path)
			assert.Equal(t, map[string]any{"held": true}, req.Body)
		})
	}
	for _, empty := range []string{"", " \n", "```json\n```", "\nObservation:"} {
		obs, err := calls.Call(t.Context(), empty)
		require.NoError(t, err)
		assert.Contains(t, obs, `"path":"/api/v2/conversations/calls"`, "input %q", empty)
	}
	assert.Empty(t, srv.Requests())
}

func TestCallAPIErrorIsObservation(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getConversation)
	const missing = `{"conversationId":"00000000-0000-4000-8000-000000000000"}`

	obs, err := lctools.Tools(set, lctools.Options{})[0].Call(t.Context(), missing)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(obs, "api_error (404 not.found): "), obs)
	assert.Contains(t, obs, "Check the ids")

	obs, err = lctools.Tools(set, lctools.Options{JSONErrors: true})[0].Call(t.Context(), missing)
	require.NoError(t, err)
	var te tools.ToolError
	require.NoError(t, json.Unmarshal([]byte(obs), &te), obs)
	assert.Equal(t, "api_error", te.Kind)
	assert.Equal(t, 404, te.Status)
	assert.Equal(t, "not.found", te.Code)
	assert.Len(t, srv.RequestsFor("getConversation"), 2)
}

func TestCallSuccessReturnsTheAnswer(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getConversation)
	call := answeredCall(t, srv)

	obs, err := lctools.Tools(set, lctools.Options{CatalogueNames: true})[0].Call(t.Context(), `{"conversationId":"`+call.ConversationID+`"}`)
	require.NoError(t, err)
	var conv conversationView
	untrusted(t, obs, &conv)
	assert.Equal(t, call.ConversationID, conv.ID)
}

// Answers are shaped by default, for text agents and for the Dispatcher,
// and come as Genesys sent them with RawAnswers.
func TestCallShapesAnswers(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getConversation)
	id := answeredCall(t, srv).ConversationID
	args := `{"conversationId":"` + id + `"}`
	raw, err := set.Call(t.Context(), getConversation, json.RawMessage(args))
	require.NoError(t, err)
	require.Contains(t, string(raw.Body), `"selfUri"`)

	for _, opts := range []lctools.Options{{}, {RawAnswers: true}} {
		obs, err := lctools.Tools(set, opts)[0].Call(t.Context(), args)
		require.NoError(t, err)
		r, err := lctools.NewDispatcher(set, opts).Call(t.Context(), toolCall("x", getConversation, args))
		require.NoError(t, err)
		assert.Equal(t, obs, r.Content, "both paths render the same answer")
		if opts.RawAnswers {
			assert.JSONEq(t, string(raw.Body), obs)
			continue
		}
		assert.NotContains(t, obs, `"selfUri"`)
		assert.Less(t, len(obs), len(raw.Body))
		var conv conversationView
		untrusted(t, obs, &conv)
		assert.Equal(t, id, conv.ID)
	}
}

// A refused approval is something to tell the model, not a failure of
// the run.
func TestCallRefusedIsObservation(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{RequireApproval: true}, patchCallPart)
	call := answeredCall(t, srv)
	customer := participant(t, srv, call.ConversationID, "customer")
	tool := lctools.Tools(set, lctools.Options{})[0]
	args := `{"conversationId":"` + call.ConversationID + `","participantId":"` + customer.ID + `","held":true}`

	obs, err := tool.Call(t.Context(), args)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(obs, "refused: "), obs)

	// An approver on the run's context decides per call.
	var asked []tools.Approval
	ctx := tools.WithApprover(t.Context(), func(_ context.Context, a tools.Approval) (bool, error) {
		asked = append(asked, a)
		return false, errors.New("the supervisor said no")
	})
	obs, err = tool.Call(ctx, args)
	require.NoError(t, err)
	assert.Contains(t, obs, "the supervisor said no")
	require.Len(t, asked, 1)
	assert.Equal(t, "genesys_conversations_patch_call_participant", asked[0].Tool.Name)
	assert.Empty(t, srv.RequestsFor("patchConversationsCallParticipant"))

	ctx = tools.WithApprover(t.Context(), func(context.Context, tools.Approval) (bool, error) { return true, nil })
	obs, err = tool.Call(ctx, args)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ok":true,"status":202}`, obs)
	assert.True(t, participant(t, srv, call.ConversationID, "customer").Communications[0].Held)
}

// Only a context error stops the run.
func TestCallContextErrorIsGoError(t *testing.T) {
	t.Parallel()
	_, set := newSet(t, tools.SetOptions{}, getConversation)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()

	obs, err := lctools.Tools(set, lctools.Options{})[0].Call(ctx, `{"conversationId":"c-1"}`)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, obs)
	assert.Contains(t, err.Error(), getConversation)
}
