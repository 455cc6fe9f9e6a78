package genkittools_test

import (
	"testing"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// approvalRun is a Generate interrupted by a destructive call.
type approvalRun struct {
	srv    *genesystest.Server
	g      *genkit.Genkit
	model  ai.Model
	script *scripted
	refs   []ai.ToolRef
	conv   string
	resp   *ai.ModelResponse
}

// interruptDisconnect starts a Generate with approval enabled whose model
// asks, in one turn, to read conv and to disconnect it. It checks that the
// disconnect interrupted Generate before anything was sent; after is the
// model's turn once Generate is resumed.
func interruptDisconnect(t *testing.T, after turn) *approvalRun {
	t.Helper()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	r := &approvalRun{srv: srv, g: newGenkit(t), conv: activeConversation(t, srv)}
	r.refs = genkittools.Tools(set, genkittools.Options{Approval: true})
	r.model, r.script = defineScripted(t, r.g,
		func(*testing.T, *ai.ModelRequest) *ai.Message {
			return callTools(
				&ai.ToolRequest{Name: "genesys_get_conversation", Ref: "get", Input: map[string]any{"conversationId": r.conv}},
				&ai.ToolRequest{Name: "genesys_post_conversation_disconnect", Ref: "hangup", Input: map[string]any{"conversationId": r.conv}},
			)
		},
		after,
	)

	resp, err := genkit.Generate(t.Context(), r.g, ai.WithModel(r.model), ai.WithPrompt("end the conversation"), ai.WithTools(r.refs...))
	require.NoError(t, err)
	require.Equal(t, ai.FinishReasonInterrupted, resp.FinishReason)
	assert.Equal(t, 1, r.script.calls())
	assert.Empty(t, srv.RequestsFor("postConversationDisconnect"), "nothing is sent before a decision")
	assert.False(t, ended(t, srv, r.conv))
	assert.Len(t, srv.RequestsFor("getConversation"), 1, "the read in the same turn ran")

	pending := genkittools.PendingApprovals(resp)
	require.Len(t, pending, 1)
	p := pending[0]
	assert.Equal(t, "genesys_conversations_post_conversation_disconnect", p.Tool)
	assert.Equal(t, "genesys_post_conversation_disconnect", p.Name)
	assert.NotEmpty(t, p.Title)
	assert.Contains(t, p.Summary, "conversationId="+r.conv)
	assert.JSONEq(t, `{"conversationId":"`+r.conv+`"}`, string(p.Args))
	assert.Equal(t, "hangup", p.Part.ToolRequest.Ref)
	r.resp = resp
	return r
}

func (r *approvalRun) resume(t *testing.T, decide func(genkittools.Pending) (bool, string)) *ai.ModelResponse {
	t.Helper()
	opts, err := genkittools.Resume(r.resp, decide)
	require.NoError(t, err)
	resp, err := genkit.Generate(t.Context(), r.g, append(opts, ai.WithModel(r.model), ai.WithTools(r.refs...))...)
	require.NoError(t, err)
	return resp
}

// After approval the resumed Generate sends the disconnect and the model
// reads Genesys Cloud's answer along with the earlier read.
func TestDestructiveCallRunsAfterApproval(t *testing.T) {
	t.Parallel()
	var conv string
	r := interruptDisconnect(t, func(t *testing.T, req *ai.ModelRequest) *ai.Message {
		out := toolOutputs(t, req)
		assert.Contains(t, out["get"], conv)
		assert.Contains(t, out["hangup"], "disconnected")
		return ai.NewModelTextMessage("ended")
	})
	conv = r.conv

	var asked []genkittools.Pending
	resp := r.resume(t, func(p genkittools.Pending) (bool, string) {
		asked = append(asked, p)
		return true, ""
	})
	assert.Len(t, asked, 1)
	assert.Equal(t, "ended", resp.Text())
	assert.Equal(t, 2, r.script.calls())
	assert.Len(t, r.srv.RequestsFor("postConversationDisconnect"), 1)
	assert.True(t, ended(t, r.srv, conv))
	assert.Len(t, r.srv.RequestsFor("getConversation"), 1, "the earlier read is not repeated")
}

// After rejection nothing is sent and the model reads the refusal with the
// person's reason.
func TestDestructiveCallRefusedAfterRejection(t *testing.T) {
	t.Parallel()
	r := interruptDisconnect(t, func(t *testing.T, req *ai.ModelRequest) *ai.Message {
		refused := toolError(t, toolOutputs(t, req)["hangup"])
		assert.Equal(t, "refused", refused.Kind)
		assert.Contains(t, refused.Message, "the customer is still talking")
		assert.Contains(t, refused.Message, "Nothing was changed")
		return ai.NewModelTextMessage("left it open")
	})

	resp := r.resume(t, func(genkittools.Pending) (bool, string) { return false, "the customer is still talking" })
	assert.Equal(t, "left it open", resp.Text())
	assert.Empty(t, r.srv.RequestsFor("postConversationDisconnect"))
	assert.False(t, ended(t, r.srv, r.conv))
}

// Approve and Reject build the restart parts for ai.WithToolRestarts
// directly.
func TestApproveAndRejectParts(t *testing.T) {
	t.Parallel()
	r := interruptDisconnect(t, func(t *testing.T, req *ai.ModelRequest) *ai.Message {
		assert.Contains(t, toolOutputs(t, req)["hangup"], "disconnected")
		return ai.NewModelTextMessage("ended")
	})
	p := genkittools.PendingApprovals(r.resp)[0]

	rejected := genkittools.Reject(p, "no")
	assert.True(t, rejected.IsToolRequest())
	assert.False(t, rejected.IsInterrupt())

	approved := genkittools.Approve(p)
	assert.Equal(t, p.Part.ToolRequest.Ref, approved.ToolRequest.Ref)
	resp, err := genkit.Generate(t.Context(), r.g, ai.WithModel(r.model), ai.WithTools(r.refs...),
		ai.WithMessages(r.resp.History()...), ai.WithToolRestarts(approved))
	require.NoError(t, err)
	assert.Equal(t, "ended", resp.Text())
	assert.True(t, ended(t, r.srv, r.conv))
}

// An approval covers the arguments the person saw: if the request is
// changed before it is resumed, the call is refused and nothing is sent.
func TestApprovalIsBoundToArguments(t *testing.T) {
	t.Parallel()
	r := interruptDisconnect(t, func(t *testing.T, req *ai.ModelRequest) *ai.Message {
		refused := toolError(t, toolOutputs(t, req)["hangup"])
		assert.Equal(t, "refused", refused.Kind)
		assert.Contains(t, refused.Message, "differ")
		return ai.NewModelTextMessage("refused")
	})
	other := activeConversation(t, r.srv, r.conv)
	p := genkittools.PendingApprovals(r.resp)[0]
	p.Part.ToolRequest.Input = map[string]any{"conversationId": other}

	resp, err := genkit.Generate(t.Context(), r.g, ai.WithModel(r.model), ai.WithTools(r.refs...),
		ai.WithMessages(r.resp.History()...), ai.WithToolRestarts(genkittools.Approve(p)))
	require.NoError(t, err)
	assert.Equal(t, "refused", resp.Text())
	assert.Empty(t, r.srv.RequestsFor("postConversationDisconnect"))
	assert.False(t, ended(t, r.srv, r.conv))
	assert.False(t, ended(t, r.srv, other))
}

// A generic Genkit restart without a decision is not an approval.
func TestRestartWithoutDecisionIsRefused(t *testing.T) {
	t.Parallel()
	r := interruptDisconnect(t, func(t *testing.T, req *ai.ModelRequest) *ai.Message {
		refused := toolError(t, toolOutputs(t, req)["hangup"])
		assert.Equal(t, "refused", refused.Kind)
		return ai.NewModelTextMessage("refused")
	})
	var hangup ai.Tool
	for _, ref := range r.refs {
		if ref.Name() == "genesys_post_conversation_disconnect" {
			hangup = ref.(ai.Tool)
		}
	}
	require.NotNil(t, hangup)
	part := hangup.Restart(r.resp.Interrupts()[0], nil) //nolint:staticcheck // the generic form an application might use

	resp, err := genkit.Generate(t.Context(), r.g, ai.WithModel(r.model), ai.WithTools(r.refs...),
		ai.WithMessages(r.resp.History()...), ai.WithToolRestarts(part))
	require.NoError(t, err)
	assert.Equal(t, "refused", resp.Text())
	assert.Empty(t, r.srv.RequestsFor("postConversationDisconnect"))
}

// Resume decides only this package's interrupts.
func TestResumeRejectsOtherInterrupts(t *testing.T) {
	t.Parallel()
	srv, set := newSim(t, tools.SetOptions{Filter: conversationsOnly})
	g := newGenkit(t)
	conv := activeConversation(t, srv)
	confirm := ai.NewTool("confirm_with_user", "asks the user", func(tc *ai.ToolContext, _ any) (any, error) {
		return nil, tc.Interrupt(&ai.InterruptOptions{Metadata: map[string]any{"question": "sure?"}})
	})
	refs := append(genkittools.Tools(set, genkittools.Options{Approval: true}), confirm)
	model, _ := defineScripted(t, g, func(*testing.T, *ai.ModelRequest) *ai.Message {
		return callTools(
			&ai.ToolRequest{Name: "confirm_with_user", Ref: "c", Input: map[string]any{}},
			&ai.ToolRequest{Name: "genesys_post_conversation_disconnect", Ref: "d", Input: map[string]any{"conversationId": conv}},
		)
	})
	resp, err := genkit.Generate(t.Context(), g, ai.WithModel(model), ai.WithPrompt("x"), ai.WithTools(refs...))
	require.NoError(t, err)
	require.Equal(t, ai.FinishReasonInterrupted, resp.FinishReason)
	assert.Len(t, resp.Interrupts(), 2)
	assert.Len(t, genkittools.PendingApprovals(resp), 1)

	_, err = genkittools.Resume(resp, func(genkittools.Pending) (bool, string) { return true, "" })
	require.ErrorContains(t, err, "confirm_with_user")
	_, err = genkittools.Resume(&ai.ModelResponse{FinishReason: ai.FinishReasonStop}, nil)
	require.Error(t, err)
}
