package lctools_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/agents"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/schema"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

// textModel is a scripted llms.Model for the MRKL text protocol: each turn
// reads the whole prompt (tool descriptions, question and scratchpad) and
// answers with text, as a model would.
type textModel struct {
	mu      sync.Mutex
	turns   []func(prompt string) string
	prompts []string
}

func (m *textModel) GenerateContent(_ context.Context, msgs []llms.MessageContent, _ ...llms.CallOption) (*llms.ContentResponse, error) {
	var prompt strings.Builder
	for _, msg := range msgs {
		for _, p := range msg.Parts {
			if t, ok := p.(llms.TextContent); ok {
				prompt.WriteString(t.Text)
			}
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.prompts = append(m.prompts, prompt.String())
	if len(m.turns) == 0 {
		return nil, errors.New("textModel: script exhausted")
	}
	turn := m.turns[0]
	m.turns = m.turns[1:]
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: turn(prompt.String())}}}, nil
}

func (m *textModel) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, opts...)
}

// lastObservation is the newest tool output in a MRKL prompt.
func lastObservation(t *testing.T, prompt string) string {
	t.Helper()
	i := strings.LastIndex(prompt, "\nObservation: ")
	require.GreaterOrEqual(t, i, 0, "no observation in prompt")
	return strings.TrimSpace(prompt[i+len("\nObservation: "):])
}

// A one-shot (MRKL) agent finds the agent's active call, puts the customer
// on hold and leaves a provisional wrap-up note, recovering from a 404 and
// from a bad argument on the way.
func TestOneShotAgentHoldsAndWrapsUp(t *testing.T) {
	t.Parallel()
	srv, set := newSet(t, tools.SetOptions{}, getCalls, getConversation, patchCallPart, postCallWrapup)
	call := answeredCall(t, srv)
	const notes = "Customer asked about a refund; put on hold while checking the order."

	var convID, customer, agent, agentComm string
	m := &textModel{turns: []func(string) string{
		func(string) string {
			return "Thought: I need the call I am on.\nAction: " + getCalls + "\nAction Input: {}"
		},
		func(p string) string {
			var calls struct {
				Entities []struct{ ID string } `json:"entities"`
			}
			untrusted(t, lastObservation(t, p), &calls)
			require.Len(t, calls.Entities, 1)
			convID = calls.Entities[0].ID
			// The model mistypes the id.
			typo := convID[:len(convID)-4] + "0000"
			return "Thought: I need the participants.\nAction: " + getConversation + "\nAction Input: {\"conversationId\":\"" + typo + "\"}"
		},
		func(p string) string {
			obs := lastObservation(t, p)
			require.True(t, strings.HasPrefix(obs, "api_error (404 not.found): "), obs)
			return "Thought: Wrong id; I copy it exactly this time.\nAction: " + getConversation +
				"\nAction Input: ```json\n{\"conversationId\":\"" + convID + "\"}\n```"
		},
		func(p string) string {
			var conv conversationView
			untrusted(t, lastObservation(t, p), &conv)
			customer, agent, agentComm = conv.ids(t)
			return "Thought: Hold the customer.\nAction: " + patchCallPart + "\nAction Input: " +
				`{"conversationId":"` + convID + `","participantId":"` + customer + `","held":"yes"}`
		},
		func(p string) string {
			obs := lastObservation(t, p)
			require.True(t, strings.HasPrefix(obs, "invalid_arguments in field held: "), obs)
			return "Thought: held is a boolean.\nAction: " + patchCallPart + "\nAction Input: " +
				`{"conversationId":"` + convID + `","participantId":"` + customer + `","held":true}`
		},
		func(p string) string {
			require.JSONEq(t, `{"ok":true,"status":202}`, lastObservation(t, p))
			args, _ := json.Marshal(map[string]any{
				"conversationId": convID, "participantId": agent, "communicationId": agentComm,
				"provisional": true, "notes": notes,
			})
			return "Thought: Note it down; the code comes later.\nAction: " + postCallWrapup + "\nAction Input: " + string(args)
		},
		func(p string) string {
			obs := lastObservation(t, p)
			require.False(t, strings.Contains(obs, "error"), obs)
			return "Thought: I now know the final answer\nFinal Answer: The customer is on hold and a draft wrap-up note is saved."
		},
	}}

	ex := agents.NewExecutor(
		agents.NewOneShotAgent(m, lctools.Tools(set, lctools.Options{})),
		agents.WithMaxIterations(10), agents.WithReturnIntermediateSteps(),
	)
	// "My calls" need the agent's own (user) token.
	ctx := auth.WithToken(t.Context(), call.AgentToken)
	out, err := ex.Call(ctx, map[string]any{"input": "Put my caller on hold and note what they asked."})
	require.NoError(t, err)
	assert.Equal(t, "The customer is on hold and a draft wrap-up note is saved.", out["output"])
	steps, ok := out["intermediateSteps"].([]schema.AgentStep)
	require.True(t, ok)
	require.Len(t, steps, 6)
	assert.Equal(t, call.ConversationID, convID)

	// The model was told what each tool takes.
	require.NotEmpty(t, m.prompts)
	assert.Contains(t, m.prompts[0], "- "+patchCallPart+": Holds, mutes, records, confines, disconnects or wraps up one call participant")
	assert.Contains(t, m.prompts[0], "\n  - held (boolean): ")
	assert.Contains(t, m.prompts[0], "\n  - communicationId (string, required): ")

	// The simulator changed: customer held, draft wrap-up on the agent's call.
	cust := participant(t, srv, convID, "customer")
	require.Len(t, cust.Communications, 1)
	assert.True(t, cust.Communications[0].Held)
	ag := participant(t, srv, convID, "agent")
	var comm = ag.Communications[len(ag.Communications)-1]
	assert.Equal(t, agentComm, comm.ID)
	require.NotNil(t, comm.ProvisionalWrapup)
	assert.Equal(t, notes, comm.ProvisionalWrapup.Notes)
	assert.Empty(t, comm.ProvisionalWrapup.Code)
	assert.Nil(t, comm.Wrapup, "a draft is not a final wrap-up")

	// The bad argument never left the process; the good one did, once.
	patches := srv.RequestsFor("patchConversationsCallParticipant")
	require.Len(t, patches, 1)
	assert.JSONEq(t, `{"held":true}`, string(patches[0].Body))
	assert.Len(t, srv.RequestsFor("postConversationsCallParticipantCommunicationWrapup"), 1)
	for _, r := range srv.RequestsFor("getConversationsCalls") {
		assert.Equal(t, call.AgentUserID, r.User)
	}
}

// A final wrap-up needs a code the queue offers: the model reads the codes,
// and a wrong one comes back from Genesys Cloud as an observation. The
// tools are exposed under their catalogue names here.
func TestOneShotAgentFinalWrapup(t *testing.T) {
	t.Parallel()
	const (
		getConv  = "genesys_conversations_get_conversation"
		getCodes = "genesys_conversations_get_call_participant_wrapupcodes"
		postWrap = "genesys_conversations_post_call_participant_communication_wrapup"
	)
	srv, set := newSet(t, tools.SetOptions{}, getConv, getCodes, postWrap)
	call := answeredCall(t, srv)

	// A code the org has but the call's queue does not offer.
	org := srv.Org()
	offered := map[string]bool{}
	for _, q := range org.Queues {
		if q.ID == call.QueueID {
			for _, id := range q.WrapupCodeIDs {
				offered[id] = true
			}
		}
	}
	var notOffered string
	for _, wc := range org.WrapupCodes {
		if !offered[wc.ID] {
			notOffered = wc.ID
		}
	}
	require.NotEmpty(t, notOffered)

	var agent, agentComm, code string
	wrapup := func(code string) string {
		args, _ := json.Marshal(map[string]any{
			"conversationId": call.ConversationID, "participantId": agent, "communicationId": agentComm,
			"code": code, "notes": "Refund issued.",
		})
		return "Action: " + postWrap + "\nAction Input: " + string(args)
	}
	m := &textModel{turns: []func(string) string{
		func(string) string {
			return "Action: " + getConv + "\nAction Input: {\"conversationId\":\"" + call.ConversationID + "\"}"
		},
		func(p string) string {
			var conv conversationView
			untrusted(t, lastObservation(t, p), &conv)
			_, agent, agentComm = conv.ids(t)
			return wrapup(notOffered)
		},
		func(p string) string {
			obs := lastObservation(t, p)
			require.True(t, strings.HasPrefix(obs, "api_error (400 "), obs)
			require.Contains(t, obs, " in field code: ")
			return "Action: " + getCodes + "\nAction Input: " + `{"conversationId":"` + call.ConversationID + `","participantId":"` + agent + `"}`
		},
		func(p string) string {
			var codes []struct{ ID, Name string }
			require.NoError(t, json.Unmarshal([]byte(lastObservation(t, p)), &codes))
			require.NotEmpty(t, codes)
			code = codes[0].ID
			return wrapup(code)
		},
		func(p string) string {
			require.JSONEq(t, `{"ok":true,"status":200}`, lastObservation(t, p))
			return "Final Answer: wrapped up"
		},
	}}
	ex := agents.NewExecutor(agents.NewOneShotAgent(m, lctools.Tools(set, lctools.Options{CatalogueNames: true})), agents.WithMaxIterations(6))
	out, err := ex.Call(t.Context(), map[string]any{"input": "Wrap up my call as a refund."})
	require.NoError(t, err)
	assert.Equal(t, "wrapped up", out["output"])

	comm := participant(t, srv, call.ConversationID, "agent").Communications
	w := comm[len(comm)-1].Wrapup
	require.NotNil(t, w)
	assert.Equal(t, code, w.Code)
	assert.Equal(t, "Refund issued.", w.Notes)
	assert.Len(t, srv.RequestsFor("postConversationsCallParticipantCommunicationWrapup"), 2)
}
