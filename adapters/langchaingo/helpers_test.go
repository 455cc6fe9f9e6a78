package lctools_test

import (
	"encoding/json"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// The tools the scenario tests give their agents.
const (
	getCalls        = "genesys_get_calls"
	getConversation = "genesys_get_conversation"
	patchCallPart   = "genesys_patch_call_participant"
	postCallWrapup  = "genesys_post_call_participant_communication_wrapup"
)

var mentioned = regexp.MustCompile(`genesys_[a-z0-9_]+`)

// assertShortNamesOnly checks that text names other tools by their short
// names only, as the model sees them under the default options.
func assertShortNamesOnly(t *testing.T, tool, text string) {
	t.Helper()
	for _, name := range mentioned.FindAllString(text, -1) {
		if s, ok := tools.Lookup(name); ok {
			assert.Equal(t, s.ShortName, name, "%s mentions a catalogue name", tool)
		}
	}
}

// newSet starts a simulator and returns it with a set of the named tools
// (every tool if none is named), using client-credentials by default.
func newSet(t *testing.T, opts tools.SetOptions, names ...string) (*genesystest.Server, *tools.Set) {
	t.Helper()
	srv := genesystest.NewServer(genesystest.Options{Seed: 7})
	t.Cleanup(srv.Close)
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	require.NoError(t, err)
	opts.Filter.Names = names
	set, err := tools.NewSet(c, opts)
	require.NoError(t, err)
	return srv, set
}

// liveCall is a call a customer placed to a queue and an agent answered.
type liveCall struct {
	ConversationID string
	AgentUserID    string
	AgentToken     string // a user token of the agent, for the "my calls" tools
	QueueID        string
}

// answeredCall plays an inbound call answered by a queue member who has no
// other active conversation, so "my calls" lists exactly this one.
func answeredCall(t *testing.T, srv *genesystest.Server) liveCall {
	t.Helper()
	busy := map[string]bool{}
	for _, c := range srv.ActiveConversations() {
		for _, p := range c.Participants {
			busy[p.UserID] = true
		}
	}
	org := srv.Org()
	q := org.Queues[0]
	i := slices.IndexFunc(q.MemberIDs, func(id string) bool { return !busy[id] })
	require.GreaterOrEqual(t, i, 0, "every member of %s is busy", q.Name)
	agent := q.MemberIDs[i]

	id, err := srv.InboundCall(q.ID, org.ExternalContacts[0].CellPhone)
	require.NoError(t, err)
	_, err = srv.ConnectAgent(id, agent)
	require.NoError(t, err)
	return liveCall{ConversationID: id, AgentUserID: agent, AgentToken: srv.UserToken(agent), QueueID: q.ID}
}

// participantState finds a participant of a conversation by purpose.
func participant(t *testing.T, srv *genesystest.Server, convID, purpose string) *genesystest.Participant {
	t.Helper()
	c, ok := srv.Conversation(convID)
	require.True(t, ok, "conversation %s", convID)
	for _, p := range c.Participants {
		if p.Purpose == purpose {
			return p
		}
	}
	t.Fatalf("conversation %s has no %s participant", convID, purpose)
	return nil
}

// untrusted unwraps the envelope the core puts around answers carrying
// customer-written text.
func untrusted(t *testing.T, body string, into any) {
	t.Helper()
	var env struct {
		Untrusted bool            `json:"untrusted"`
		Data      json.RawMessage `json:"data"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &env), body)
	require.True(t, env.Untrusted, body)
	require.NoError(t, json.Unmarshal(env.Data, into), body)
}

// conversationView is what the scripted models read from
// genesys_get_conversation.
type conversationView struct {
	ID           string `json:"id"`
	Participants []struct {
		ID      string `json:"id"`
		Purpose string `json:"purpose"`
		UserID  string `json:"userId"`
		Calls   []struct {
			ID    string `json:"id"`
			State string `json:"state"`
		} `json:"calls"`
	} `json:"participants"`
}

// ids picks the customer participant, the agent participant and the
// agent's connected call communication.
func (v conversationView) ids(t *testing.T) (customer, agent, agentComm string) {
	t.Helper()
	for _, p := range v.Participants {
		switch p.Purpose {
		case "customer":
			customer = p.ID
		case "agent":
			agent = p.ID
			for _, c := range p.Calls {
				if c.State == "connected" {
					agentComm = c.ID
				}
			}
		}
	}
	require.NotEmpty(t, customer)
	require.NotEmpty(t, agent)
	require.NotEmpty(t, agentComm)
	return customer, agent, agentComm
}
