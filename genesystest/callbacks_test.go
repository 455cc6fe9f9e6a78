package genesystest_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// queuedCall returns an active call still waiting in queue (no agent).
func queuedCall(t *testing.T, f *fixture) genesystest.Conversation {
	t.Helper()
	for _, c := range f.srv.ActiveConversations() {
		if c.MediaType == "call" && agentOf(c) == nil {
			return c
		}
	}
	t.Fatal("no call waiting in queue")
	return genesystest.Conversation{}
}

func getCallbackCheck(t *testing.T, f *fixture, res *tools.Result) {
	cb := f.liveConv(t, "callback", false)
	cm := customerOf(cb).Communications[0]
	body := decodeBody(t, res)
	assert.Equal(t, cb.ID, body["id"])
	found := false
	for _, p := range body["participants"].([]any) {
		pm := p.(map[string]any)
		if pm["purpose"] == "customer" {
			found = true
			assert.Equal(t, "none", pm["state"], "not placed yet")
			assert.Equal(t, []any{cm.CallbackNumbers[0]}, pm["callbackNumbers"])
			assert.Equal(t, cm.CallbackScheduledTime.UTC().Format("2006-01-02T15:04:05.000Z"), pm["callbackScheduledTime"])
		}
	}
	assert.True(t, found, "the customer to call back is listed")
}

// assignCallbackToUser0 makes Users[0] the agent of the seeded callback
// and returns its id.
func assignCallbackToUser0(t *testing.T, f *fixture) string {
	t.Helper()
	cb := f.liveConv(t, "callback", false)
	_, err := f.set.Call(t.Context(), "genesys_conversations_patch_callbacks",
		json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "agentId": f.org.Users[0].ID})))
	require.NoError(t, err)
	return cb.ID
}

func listCallbacksCheck(t *testing.T, f *fixture, res *tools.Result) {
	entities := decodeBody(t, res)["entities"].([]any)
	require.Len(t, entities, 1)
	assert.Equal(t, f.values["id"], entities[0].(map[string]any)["id"])
}

var callbackSimCases = []simCase{
	{
		tool: "genesys_conversations_get_callback",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "callback", false).ID})
		},
		check: getCallbackCheck,
	},
	{
		tool: "genesys_conversations_get_conversations_callback",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "callback", false).ID})
		},
		check: getCallbackCheck,
	},
	{
		name: "get_callbacks_none", tool: "genesys_conversations_get_callbacks", user: true,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Empty(t, decodeBody(t, res)["entities"], "Users[0] has no callback yet")
		},
	},
	{
		tool: "genesys_conversations_get_callbacks", user: true,
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = assignCallbackToUser0(t, f)
			return "{}"
		},
		check: listCallbacksCheck,
	},
	{
		tool: "genesys_conversations_get_conversations_callbacks", user: true,
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = assignCallbackToUser0(t, f)
			return "{}"
		},
		check: listCallbacksCheck,
	},
	{
		tool: "genesys_conversations_patch_callback",
		args: func(t *testing.T, f *fixture) string {
			cb := f.liveConv(t, "callback", false)
			f.values["id"] = cb.ID
			return jsonArgs(map[string]any{"conversationId": cb.ID, "startTime": isoStart(cb.StartTime), "participants": []any{}, "state": "disconnected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			require.NotNil(t, c.EndTime)
			for _, p := range c.Participants {
				assert.NotNil(t, p.EndTime)
			}
			assert.Equal(t, "disconnected", customerOf(c).Communications[0].State)
			assert.Equal(t, c.ID, decodeBody(t, res)["id"])
		},
	},
	{
		tool: "genesys_conversations_patch_callbacks",
		args: func(t *testing.T, f *fixture) string {
			cb := f.liveConv(t, "callback", false)
			f.values["id"] = cb.ID
			f.values["when"] = isoStart(f.now.Add(26 * time.Hour))
			return jsonArgs(map[string]any{"conversationId": cb.ID, "agentId": f.org.Users[4].ID, "queueId": f.org.Queues[2].ID,
				"callbackScheduledTime": f.values["when"], "callbackNumbers": []string{"+13175550999"}, "validateCallbackNumbers": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			cm := customerOf(c).Communications[0]
			assert.Equal(t, "scheduled", cm.State, "still waiting for its time")
			assert.Equal(t, f.values["when"], isoStart(*cm.CallbackScheduledTime))
			assert.Equal(t, []string{"+13175550999"}, cm.CallbackNumbers)
			a := agentOf(c)
			require.NotNil(t, a)
			assert.Equal(t, f.org.Users[4].ID, a.UserID)
			assert.Equal(t, f.org.Queues[2].ID, a.QueueID)
			body := decodeBody(t, res)
			assert.Equal(t, c.ID, body["conversation"].(map[string]any)["id"])
			ids := body["callbackIdentifiers"].([]any)
			require.Len(t, ids, 1)
			assert.Equal(t, cm.ID, ids[0].(map[string]any)["id"])
		},
	},
	{
		tool: "genesys_conversations_post_callbacks",
		args: func(t *testing.T, f *fixture) string {
			f.values["number"] = f.org.ExternalContacts[3].CellPhone
			f.values["when"] = isoStart(f.now.Add(3 * time.Hour))
			return jsonArgs(map[string]any{"callbackNumbers": []string{f.values["number"]}, "queueId": f.org.Queues[1].ID,
				"callbackScheduledTime": f.values["when"], "data": map[string]string{"notes": "wants a quote"}, "scriptId": "script-1"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			id := body["conversation"].(map[string]any)["id"].(string)
			c := f.conv(t, id)
			assert.Equal(t, "callback", c.MediaType)
			assert.Equal(t, f.now, c.StartTime)
			cust := customerOf(c)
			require.NotNil(t, cust)
			contact := f.org.ExternalContacts[3]
			assert.Equal(t, contact.ID, cust.ExternalContactID, "linked to the contact owning the number")
			assert.Equal(t, contact.FirstName+" "+contact.LastName, cust.Name)
			assert.Equal(t, "wants a quote", cust.Attributes["notes"])
			cm := cust.Communications[0]
			assert.Equal(t, "scheduled", cm.State)
			assert.Equal(t, []string{f.values["number"]}, cm.CallbackNumbers)
			assert.Equal(t, f.values["when"], isoStart(*cm.CallbackScheduledTime))
			assert.Equal(t, "script-1", cm.ScriptID)
			acd := byPurpose(c, "acd")
			require.NotNil(t, acd)
			assert.Equal(t, f.org.Queues[1].ID, acd.QueueID)
			got, err := f.set.Call(t.Context(), "genesys_conversations_get_callback", json.RawMessage(jsonArgs(map[string]any{"conversationId": id})))
			require.NoError(t, err)
			assert.Equal(t, id, openBody(t, got)["id"])
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_callbacks",
		args: func(t *testing.T, f *fixture) string {
			c := queuedCall(t, f)
			cust := customerOf(c)
			f.values["id"], f.values["customer"] = c.ID, cust.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": cust.ID, "callbackNumbers": []string{cust.Address}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			cust := participantByID(t, c, f.values["customer"])
			cb := liveComm(cust, "callback")
			require.NotNil(t, cb)
			assert.Equal(t, "scheduled", cb.State)
			assert.Equal(t, []string{cust.Address}, cb.CallbackNumbers)
			assert.Equal(t, f.now, *cb.CallbackScheduledTime, "no time means as soon as possible")
			acd := byPurpose(c, "acd")
			assert.NotNil(t, liveComm(acd, "callback"), "routed through the call's queue")
			got, err := f.set.Call(t.Context(), "genesys_conversations_get_callback", json.RawMessage(jsonArgs(map[string]any{"conversationId": c.ID})))
			require.NoError(t, err, "the conversation now carries a callback")
			assert.Equal(t, c.ID, openBody(t, got)["id"])
		},
	},
}

func TestCallbackErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := t.Context()
	tok := f.srv.Token()

	_, err := f.set.Call(ctx, "genesys_conversations_get_callback", json.RawMessage(`{"conversationId":"no-such-callback"}`))
	assert.Equal(t, "not.found", apiErr(t, err).Code)
	_, err = f.set.Call(ctx, "genesys_conversations_get_callback", json.RawMessage(jsonArgs(map[string]any{"conversationId": f.userConv(t, "call").ID})))
	assert.Equal(t, "not.found", apiErr(t, err).Code, "a plain call is not a callback")
	status, resp := rawCall(t, f, http.MethodGet, "/api/v2/conversations/callbacks", tok, "")
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, resp["message"], "user context")

	q := f.org.Queues[0].ID
	for body, field := range map[string]string{
		`{"queueId":"` + q + `"}`:                                                                                            "callbackNumbers",
		`{"queueId":"` + q + `","callbackNumbers":[]}`:                                                                       "callbackNumbers",
		`{"callbackNumbers":["+13175550123"]}`:                                                                               "queueId",
		`{"queueId":"` + q + `","callbackNumbers":["call me"],"validateCallbackNumbers":true}`:                               "callbackNumbers",
		`{"queueId":"` + q + `","callbackNumbers":["+13175550123"],"callbackScheduledTime":"tomorrow"}`:                      "callbackScheduledTime",
		`{"queueId":"` + q + `","callbackNumbers":["+13175550123"],"customerFirstCallbackDeliveryMode":"Always"}`:            "customerFirstCallbackDeliveryMode",
		`{"callbackNumbers":["+13175550123"],"routingData":{"languageId":"x"}}`:                                              "routingData.queueId",
		`{"callbackNumbers":["+13175550123"],"routingData":{"queueId":"` + q + `","routingFlags":["AGENT_OWNED_CALLBACK"]}}`: "routingData.scoredAgents",
		`{"callbackNumbers":["+13175550123"],"queueId":"` + q + `","routingData":{"queueId":"` + f.org.Queues[1].ID + `"}}`:  "queueId",
		`{"callbackNumbers":"+13175550123","queueId":"` + q + `"}`:                                                           "callbackNumbers",
	} {
		status, resp := rawCall(t, f, http.MethodPost, "/api/v2/conversations/callbacks", tok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	for body, entity := range map[string]string{
		`{"callbackNumbers":["+13175550123"],"queueId":"nowhere"}`:                                                         "queue",
		`{"callbackNumbers":["+13175550123"],"routingData":{"queueId":"` + q + `","skillIds":["nothing"]}}`:                "skill",
		`{"callbackNumbers":["+13175550123"],"routingData":{"queueId":"` + q + `","scoredAgents":[{"agent":{"id":"x"}}]}}`: "user",
	} {
		status, resp := rawCall(t, f, http.MethodPost, "/api/v2/conversations/callbacks", tok, body)
		assert.Equal(t, http.StatusNotFound, status, body)
		assert.Equal(t, entity, resp["entityName"], body)
	}
	// An agent-owned callback with its one scored agent is fine.
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/callbacks", tok,
		`{"callbackNumbers":["+13175550123"],"routingData":{"queueId":"`+q+`","routingFlags":["AGENT_OWNED_CALLBACK"],"scoredAgents":[{"agent":{"id":"`+f.org.Users[2].ID+`"},"score":100}]}}`)
	require.Equal(t, http.StatusAccepted, status)
	created := f.conv(t, resp["conversation"].(map[string]any)["id"].(string))
	assert.Equal(t, "+13175550123", customerOf(created).Name, "no contact owns the number")

	// Rescheduling.
	cb := f.liveConv(t, "callback", false)
	for body, field := range map[string]string{
		`{"agentId":"` + f.org.Users[1].ID + `"}`:                                         "conversationId",
		`{"conversationId":"` + cb.ID + `"}`:                                              "agentId",
		`{"conversationId":"` + cb.ID + `","agentId":"x","callbackScheduledTime":"soon"}`: "callbackScheduledTime",
	} {
		status, resp := rawCall(t, f, http.MethodPatch, "/api/v2/conversations/callbacks", tok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	_, err = f.set.Call(ctx, "genesys_conversations_patch_callbacks", json.RawMessage(`{"conversationId":"no-such-callback","agentId":"x"}`))
	assert.Equal(t, "not.found", apiErr(t, err).Code)
	_, err = f.set.Call(ctx, "genesys_conversations_patch_callbacks", json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "agentId": "nobody"})))
	assert.Equal(t, "user", apiErr(t, err).EntityName)

	// Once dialled, a callback cannot be rescheduled.
	_, err = f.set.Call(ctx, "genesys_conversations_patch_callbacks", json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "agentId": f.org.Users[2].ID})))
	require.NoError(t, err)
	_, err = f.set.Call(ctx, "genesys_conversations_post_call", json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "callNumber": customerOf(cb).Address})))
	require.NoError(t, err)
	_, err = f.set.Call(ctx, "genesys_conversations_patch_callbacks", json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "agentId": f.org.Users[2].ID})))
	ae := apiErr(t, err)
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	assert.Contains(t, ae.Message, "already been placed")

	// Ending a callback: only state disconnected.
	other := created.ID
	for body, field := range map[string]string{
		`{"state":"connected"}`:                 "state",
		`{"participants":[]}`:                   "state",
		`{"recordingState":"PAUSED"}`:           "recordingState",
		`{"conversationIds":["` + cb.ID + `"]}`: "conversationIds",
	} {
		status, resp := rawCall(t, f, http.MethodPatch, "/api/v2/conversations/callbacks/"+other, tok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	status, _ = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/callbacks/"+other, tok, `{"state":"disconnected"}`)
	require.Equal(t, http.StatusOK, status)
	status, _ = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/callbacks/"+other, tok, `{"state":"disconnected"}`)
	assert.Equal(t, http.StatusBadRequest, status, "already ended")
	status, _ = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/callbacks/no-such-callback", tok, `{"state":"disconnected"}`)
	assert.Equal(t, http.StatusNotFound, status)
}

func TestParticipantCallbacks(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	tok := f.srv.Token()
	c := queuedCall(t, f)
	cust := customerOf(c)
	base := "/api/v2/conversations/" + c.ID + "/participants/"

	status, resp := rawCall(t, f, http.MethodPost, base+byPurpose(c, "acd").ID+"/callbacks", tok, "")
	assert.Equal(t, http.StatusBadRequest, status, "only external parties are called back")
	assert.Equal(t, "participantId", fieldOf(resp))
	status, resp = rawCall(t, f, http.MethodPost, base+"nobody/callbacks", tok, "")
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "participant", resp["entityName"])
	status, _ = rawCall(t, f, http.MethodPost, "/api/v2/conversations/no-such-conversation/participants/"+cust.ID+"/callbacks", tok, "")
	assert.Equal(t, http.StatusNotFound, status)
	status, resp = rawCall(t, f, http.MethodPost, base+cust.ID+"/callbacks", tok, `{"queueId":"`+f.org.Queues[3].ID+`"}`)
	assert.Equal(t, http.StatusBadRequest, status, "a body must hold callbackNumbers")
	assert.Equal(t, "callbackNumbers", fieldOf(resp))

	// Without a body the caller's own number is called back through the
	// call's queue.
	status, _ = rawCall(t, f, http.MethodPost, base+cust.ID+"/callbacks", tok, "")
	require.Equal(t, http.StatusCreated, status)
	got := participantByID(t, f.conv(t, c.ID), cust.ID)
	cb := liveComm(got, "callback")
	require.NotNil(t, cb)
	assert.Equal(t, []string{cust.ANI}, cb.CallbackNumbers)
	assert.Equal(t, cust.Name, cb.CallbackUserName)
	status, _ = rawCall(t, f, http.MethodPost, base+cust.ID+"/callbacks", tok, "")
	assert.Equal(t, http.StatusBadRequest, status, "one scheduled callback per party")

	// Ended conversations take no callbacks.
	past := f.pastConv(t, "call")
	status, _ = rawCall(t, f, http.MethodPost, "/api/v2/conversations/"+past.ID+"/participants/"+customerOf(past).ID+"/callbacks", tok, `{"callbackNumbers":["+13175550123"]}`)
	assert.Equal(t, http.StatusBadRequest, status)
}
