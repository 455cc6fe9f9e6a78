package genesystest_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// chatThread opens an internal chat on the live messaging conversation and
// exchanges three messages (agent, team lead, agent); it returns the
// conversation and the agent's internal-message communication.
func chatThread(t *testing.T, f *fixture) (genesystest.Conversation, *genesystest.Communication) {
	t.Helper()
	out := openThread(t, f)
	for k, text := range []string{
		"Customer's parcel has been stuck at the depot for 5 days. Can I send a replacement now?",
		"Yes, send it now, it's past the 3-day threshold. Tag the order 'carrier delay' please.",
		"Will do, thanks!",
	} {
		comm := out["communicationId"]
		if k == 1 {
			comm = out["peerCommunicationId"]
		}
		callTool(t, f, "genesys_conversations_post_conversation_communication_internalmessages",
			map[string]any{"conversationId": f.values["conv"], "communicationId": comm, "text": text})
	}
	c := f.conv(t, f.values["conv"])
	for _, p := range c.Participants {
		for _, m := range p.Communications {
			if m.ID == out["communicationId"] {
				return c, m
			}
		}
	}
	t.Fatal("internal-message communication not found")
	return genesystest.Conversation{}, nil
}

// teamLead returns a supervisor who is not the given user.
func teamLead(t *testing.T, f *fixture, not string) genesystest.User {
	t.Helper()
	for _, u := range f.org.Users {
		if u.Supervisor && u.ID != not {
			return u
		}
	}
	t.Fatal("no team lead in the org")
	return genesystest.User{}
}

// openThread opens an internal-message chat from the live message
// conversation's agent to a team lead and records the ids in f.values.
func openThread(t *testing.T, f *fixture) map[string]any {
	t.Helper()
	c := f.liveConv(t, "message", true)
	a := agentOf(c)
	lead := teamLead(t, f, a.UserID)
	out := callTool(t, f, "genesys_conversations_post_conversation_participant_internalmessages_users_communications",
		map[string]any{"conversationId": c.ID, "participantId": a.ID, "targetUserId": lead.ID})
	f.values["conv"], f.values["agent"], f.values["agentUser"], f.values["lead"] = c.ID, a.ID, a.UserID, lead.ID
	f.values["comm"], f.values["peer"] = out["communicationId"].(string), out["peerCommunicationId"].(string)
	return out
}

var internalMessageSimCases = []simCase{
	{
		tool: "genesys_conversations_get_conversation_communication_internalmessages",
		args: func(t *testing.T, f *fixture) string {
			c, m := chatThread(t, f)
			return jsonArgs(map[string]any{"conversationId": c.ID, "communicationId": m.ID, "pageSize": 2})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, comm := f.conv(t, f.values["conv"]), f.values["comm"]
			body := decodeBody(t, res)
			ents := entitiesOf(t, body)
			require.Len(t, ents, 2)
			assert.EqualValues(t, 3, body["total"], "the whole thread, both directions")
			assert.EqualValues(t, 2, body["pageCount"])
			assert.Contains(t, body, "nextUri")
			assert.Equal(t, c.InternalMessages[0].ID, ents[0]["id"])
			assert.Equal(t, comm, ents[0]["communicationId"])
			assert.Equal(t, f.values["lead"], ents[1]["sender"].(map[string]any)["id"])
			assert.Equal(t, f.values["peer"], ents[1]["communicationId"], "the colleague's reply was sent on the peer communication")
		},
	},
	{
		name: "get_conversation_communication_internalmessages_page_2", tool: "genesys_get_conversation_communication_internalmessages",
		args: func(t *testing.T, f *fixture) string {
			c, m := chatThread(t, f)
			return jsonArgs(map[string]any{"conversationId": c.ID, "communicationId": m.ID, "pageSize": 2, "pageNumber": 2})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			body := decodeBody(t, res)
			ents := entitiesOf(t, body)
			require.Len(t, ents, 1)
			assert.Equal(t, c.InternalMessages[2].ID, ents[0]["id"])
			assert.NotContains(t, body, "nextUri")
			assert.Contains(t, body, "previousUri")
		},
	},
	{
		tool: "genesys_conversations_get_conversation_communication_internalmessage",
		args: func(t *testing.T, f *fixture) string {
			c, m := chatThread(t, f)
			return jsonArgs(map[string]any{"conversationId": c.ID, "communicationId": m.ID, "messageId": c.InternalMessages[1].ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			msg := c.InternalMessages[1]
			body := decodeBody(t, res)
			assert.Equal(t, msg.ID, body["id"])
			assert.Equal(t, msg.SenderUserID, body["sender"].(map[string]any)["id"])
			assert.Equal(t, msg.RecipientUserID, body["recipient"].(map[string]any)["id"])
			nm := body["normalizedMessage"].(map[string]any)
			assert.Equal(t, msg.Text, nm["text"])
			assert.Equal(t, "Inbound", nm["direction"], "received on the agent's side")
		},
	},
	{
		tool: "genesys_conversations_post_conversation_communication_internalmessages",
		args: func(t *testing.T, f *fixture) string {
			openThread(t, f)
			return jsonArgs(map[string]any{"conversationId": f.values["conv"], "communicationId": f.values["comm"],
				"text": "Customer is asking for a refund on a 40-day-old order. OK to approve as a one-off?"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			c := f.conv(t, f.values["conv"])
			require.Len(t, c.InternalMessages, 1)
			msg := c.InternalMessages[0]
			assert.Equal(t, msg.ID, body["id"])
			assert.Equal(t, f.values["comm"], msg.CommunicationID)
			assert.Equal(t, f.values["agentUser"], msg.SenderUserID)
			assert.Equal(t, f.values["lead"], msg.RecipientUserID)
			assert.Equal(t, "Customer is asking for a refund on a 40-day-old order. OK to approve as a one-off?", msg.Text)
			assert.Equal(t, f.now, msg.Time)
			assert.Equal(t, f.values["agentUser"], body["sender"].(map[string]any)["id"])
			assert.Equal(t, "Outbound", body["normalizedMessage"].(map[string]any)["direction"])
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_internalmessages_users_communications",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			a := agentOf(c)
			lead := teamLead(t, f, a.UserID)
			f.values["conv"], f.values["agent"], f.values["lead"] = c.ID, a.ID, lead.ID
			f.values["parts"] = strconv.Itoa(len(c.Participants))
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID, "targetUserId": lead.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			c := f.conv(t, f.values["conv"])
			assert.Equal(t, c.ID, body["conversation"].(map[string]any)["id"])
			assert.NotEmpty(t, body["commandId"])
			before, err := strconv.Atoi(f.values["parts"])
			require.NoError(t, err)
			require.Len(t, c.Participants, before+1, "the colleague joined")
			agent := participantByID(t, c, f.values["agent"])
			own := agent.Communications[len(agent.Communications)-1]
			assert.Equal(t, body["communicationId"], own.ID)
			assert.Equal(t, "internalmessage", own.MediaType)
			assert.Equal(t, "connected", own.State)
			assert.Equal(t, "message", agent.Communications[0].MediaType, "the customer chat is untouched")
			assert.Equal(t, "connected", agent.Communications[0].State)
			peer := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.values["lead"], peer.UserID)
			assert.Equal(t, "user", peer.Purpose)
			require.Len(t, peer.Communications, 1)
			assert.Equal(t, body["peerCommunicationId"], peer.Communications[0].ID)
			assert.Equal(t, "alerting", peer.Communications[0].State, "the colleague has not answered yet")
			assert.Nil(t, c.EndTime)
		},
	},
}

func TestInternalMessageErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	opened := openThread(t, f)
	conv, comm := f.values["conv"], f.values["comm"]
	base := "/api/v2/conversations/" + conv + "/communications/" + comm + "/internalmessages"

	t.Run("unknown ids", func(t *testing.T) {
		for _, tc := range []struct {
			tool string
			args map[string]any
		}{
			{"genesys_conversations_get_conversation_communication_internalmessages", map[string]any{"conversationId": "nope", "communicationId": comm}},
			{"genesys_conversations_get_conversation_communication_internalmessages", map[string]any{"conversationId": conv, "communicationId": "nope"}},
			{"genesys_conversations_get_conversation_communication_internalmessage", map[string]any{"conversationId": conv, "communicationId": comm, "messageId": "nope"}},
			{"genesys_conversations_post_conversation_communication_internalmessages", map[string]any{"conversationId": conv, "communicationId": "nope", "text": "hi"}},
			{"genesys_conversations_post_conversation_participant_internalmessages_users_communications", map[string]any{"conversationId": conv, "participantId": "nope", "targetUserId": f.org.Users[1].ID}},
			{"genesys_conversations_post_conversation_participant_internalmessages_users_communications", map[string]any{"conversationId": conv, "participantId": f.values["agent"], "targetUserId": "nope"}},
		} {
			ae := toolAPIError(t, f.set, tc.tool, tc.args)
			assert.Equal(t, http.StatusNotFound, ae.Status, "%s %v", tc.tool, tc.args)
			assert.Equal(t, "not.found", ae.Code)
		}
	})

	t.Run("bad requests", func(t *testing.T) {
		c := f.conv(t, conv)
		agent := participantByID(t, c, f.values["agent"])
		confer := "/api/v2/conversations/" + conv + "/participants/" + agent.ID + "/internalmessages/users/communications"
		call := f.liveConv(t, "call", true)
		for _, tc := range []struct {
			method, path, body, field string
		}{
			{"POST", base, `{}`, "text"},
			{"POST", base, `{"text":"   "}`, "text"},
			{"POST", base, `{"text":42}`, "text"},
			{"POST", base, `{"text":"hi","to":"x"}`, "to"},
			{"GET", base + "?pageSize=0", "", "pageSize"},
			{"GET", base + "?pageSize=201", "", "pageSize"},
			{"GET", base + "?pageNumber=x", "", "pageNumber"},
			{"GET", "/api/v2/conversations/" + conv + "/communications/" + agent.Communications[0].ID + "/internalmessages", "", "communicationId"},
			{"POST", confer, `{}`, "targetUserId"},
			{"POST", confer, `{"targetUserId":"` + agent.UserID + `"}`, "targetUserId"},
			{"POST", confer, `{"targetUserId":"` + f.values["lead"] + `"}`, "targetUserId"},
			{"POST", "/api/v2/conversations/" + conv + "/participants/" + customerOf(c).ID + "/internalmessages/users/communications", `{"targetUserId":"` + f.values["lead"] + `"}`, "participantId"},
			{"POST", "/api/v2/conversations/" + call.ID + "/participants/" + agentOf(call).ID + "/internalmessages/users/communications", `{"targetUserId":"` + f.values["lead"] + `"}`, "conversationId"},
		} {
			status, body := rawCall(t, f, tc.method, tc.path, "", tc.body)
			assert.Equal(t, http.StatusBadRequest, status, "%s %s %s", tc.method, tc.path, tc.body)
			assert.Equal(t, tc.field, fieldOf(body), "%s %s %s", tc.method, tc.path, tc.body)
		}
		assert.Empty(t, f.conv(t, conv).InternalMessages)
		assert.Len(t, f.conv(t, conv).Participants, len(c.Participants), "no second colleague added")
	})

	t.Run("each side writes on its own communication", func(t *testing.T) {
		// A user token that does not own the communication is refused.
		status, body := rawCall(t, f, "POST", base, f.srv.UserToken(f.values["lead"]), `{"text":"Hello from the wrong desk"}`)
		assert.Equal(t, http.StatusForbidden, status, "%v", body)

		// The colleague answers on the peer communication, which accepts it.
		peerPath := "/api/v2/conversations/" + conv + "/communications/" + opened["peerCommunicationId"].(string) + "/internalmessages"
		status, body = rawCall(t, f, "POST", peerPath, f.srv.UserToken(f.values["lead"]), `{"text":"Sure, go ahead and approve it."}`)
		require.Equal(t, http.StatusOK, status, "%v", body)
		assert.Equal(t, f.values["lead"], body["sender"].(map[string]any)["id"])
		assert.Equal(t, f.values["agentUser"], body["recipient"].(map[string]any)["id"])
		c := f.conv(t, conv)
		peer := c.Participants[len(c.Participants)-1]
		assert.Equal(t, "connected", peer.Communications[0].State)
		require.NotNil(t, peer.ConnectedTime)

		// Both sides list the same thread.
		own := callTool(t, f, "genesys_conversations_get_conversation_communication_internalmessages", map[string]any{"conversationId": conv, "communicationId": comm})
		other := callTool(t, f, "genesys_conversations_get_conversation_communication_internalmessages", map[string]any{"conversationId": conv, "communicationId": opened["peerCommunicationId"]})
		assert.EqualValues(t, 1, own["total"])
		assert.EqualValues(t, 1, other["total"])
	})

	t.Run("ended threads take no messages", func(t *testing.T) {
		c := f.conv(t, conv)
		callTool(t, f, "genesys_conversations_post_conversation_disconnect", map[string]any{"conversationId": conv})
		ae := toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_internalmessages",
			map[string]any{"conversationId": conv, "communicationId": comm, "text": "Are you still there?"})
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.Len(t, f.conv(t, c.ID).InternalMessages, len(c.InternalMessages))
	})
}
