package genesystest_test

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// isoStart formats a time the way the tools expect startTime.
func isoStart(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// otherAgentCall returns an active call whose agent is not the fixture's
// user, for a supervisor (Users[0]) to barge, coach or monitor.
func otherAgentCall(t *testing.T, f *fixture) genesystest.Conversation {
	t.Helper()
	return mustFind(t, f.srv.ActiveConversations(), func(c genesystest.Conversation) bool {
		a := agentOf(c)
		return c.MediaType == "call" && a != nil && a.UserID != f.org.Users[0].ID
	}, "no active call with another agent")
}

// superviseArgs names the agent of another agent's call (otherAgentCall)
// as the participant to barge, coach or monitor.
func superviseArgs(t *testing.T, f *fixture) string {
	c := otherAgentCall(t, f)
	f.values["id"], f.values["target"] = c.ID, agentOf(c).ID
	return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["target"]})
}

// liveComm returns the newest communication of a media type that has not
// ended.
func liveComm(p *genesystest.Participant, media string) *genesystest.Communication {
	for i := len(p.Communications) - 1; i >= 0; i-- {
		m := p.Communications[i]
		if m.MediaType == media && m.State != "disconnected" && m.State != "terminated" {
			return m
		}
	}
	return nil
}

func getCallCheck(t *testing.T, f *fixture, res *tools.Result) {
	c := f.userConv(t, "call")
	body := decodeBody(t, res)
	assert.Equal(t, c.ID, body["id"])
	assert.Equal(t, "active", body["recordingState"])
	assert.Len(t, body["participants"], len(c.Participants))
	found := false
	for _, p := range body["participants"].([]any) {
		pm := p.(map[string]any)
		if u, ok := pm["user"].(map[string]any); ok && u["id"] == f.org.Users[0].ID {
			found = true
			assert.Equal(t, "connected", pm["state"])
		}
	}
	assert.True(t, found, "the agent appears with its user")
}

func listCallsCheck(t *testing.T, f *fixture, res *tools.Result) {
	body := decodeBody(t, res)
	entities := body["entities"].([]any)
	require.Len(t, entities, 1, "Users[0] is on one live call")
	assert.Equal(t, f.userConv(t, "call").ID, entities[0].(map[string]any)["id"])
}

func historyCheck(t *testing.T, f *fixture, res *tools.Result) {
	body := decodeBody(t, res)
	entities := body["entities"].([]any)
	require.NotEmpty(t, entities, "Users[0] has past calls in the seeded history")
	assert.EqualValues(t, 25, body["pageSize"])
	last := ""
	for _, e := range entities {
		em := e.(map[string]any)
		c := f.conv(t, em["id"].(string))
		assert.NotNil(t, c.EndTime, "history lists ended calls")
		mine := false
		for _, p := range em["participants"].([]any) {
			if u, ok := p.(map[string]any)["user"].(map[string]any); ok && u["id"] == f.org.Users[0].ID {
				mine = true
			}
		}
		assert.True(t, mine, "every call includes the user")
		if last != "" {
			assert.LessOrEqual(t, em["startTime"], last, "newest first")
		}
		last = em["startTime"].(string)
	}
}

var callSimCases = []simCase{
	{
		tool: "genesys_conversations_get_call",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.userConv(t, "call").ID})
		},
		check: getCallCheck,
	},
	{
		tool: "genesys_conversations_get_conversations_call",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.userConv(t, "call").ID})
		},
		check: getCallCheck,
	},
	{
		name: "get_call_historical", tool: "genesys_conversations_get_call",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.pastConv(t, "call").ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			for _, p := range decodeBody(t, res)["participants"].([]any) {
				assert.Equal(t, "disconnected", p.(map[string]any)["state"])
			}
		},
	},
	{tool: "genesys_conversations_get_calls", user: true, check: listCallsCheck},
	{tool: "genesys_conversations_get_conversations_calls", user: true, check: listCallsCheck},
	{tool: "genesys_conversations_get_calls_history", user: true, check: historyCheck},
	{tool: "genesys_conversations_get_conversations_calls_history", user: true, check: historyCheck},
	{
		name: "get_calls_history_interval_expand", tool: "genesys_conversations_get_calls_history", user: true,
		args: func(t *testing.T, f *fixture) string {
			from, to := f.now.Add(-72*time.Hour), f.now
			f.values["from"], f.values["to"] = isoStart(from), isoStart(to)
			return jsonArgs(map[string]any{"interval": f.values["from"] + "/" + f.values["to"], "expand": []string{"user", "queue", "externalcontact"}, "pageSize": 2})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			entities := body["entities"].([]any)
			require.NotEmpty(t, entities)
			assert.LessOrEqual(t, len(entities), 2)
			for _, e := range entities {
				em := e.(map[string]any)
				assert.GreaterOrEqual(t, em["startTime"], f.values["from"])
				assert.Less(t, em["startTime"], f.values["to"])
				for _, p := range em["participants"].([]any) {
					pm := p.(map[string]any)
					if u, ok := pm["user"].(map[string]any); ok {
						assert.NotEmpty(t, u["email"], "user expanded")
					}
					if q, ok := pm["queue"].(map[string]any); ok {
						assert.NotNil(t, q["memberCount"], "queue expanded")
					}
					if c, ok := pm["externalContact"].(map[string]any); ok {
						assert.NotEmpty(t, c["lastName"], "contact expanded")
					}
				}
			}
			if body["total"].(float64) > 2 {
				assert.Contains(t, body["nextUri"], "expand=user")
				assert.Contains(t, body["nextUri"], "pageNumber=2")
			}
		},
	},
	{
		tool: "genesys_conversations_patch_call",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["id"] = c.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "startTime": isoStart(c.StartTime), "participants": []any{}, "state": "disconnected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			require.NotNil(t, c.EndTime)
			assert.Equal(t, f.now, *c.EndTime)
			for _, p := range c.Participants {
				assert.NotNil(t, p.EndTime, "participant %s disconnected", p.ID)
			}
			a := byPurpose(c, "agent")
			assert.True(t, a.WrapupRequired, "the agent goes to wrap-up")
			assert.Equal(t, "client", a.Communications[0].DisconnectType)
			assert.Equal(t, c.ID, decodeBody(t, res)["id"])
		},
	},
	{
		name: "patch_call_secure_pause", tool: "genesys_conversations_patch_call",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["id"] = c.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "startTime": isoStart(c.StartTime), "participants": []any{}, "recordingState": "PAUSED"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			assert.True(t, c.SecurePause)
			assert.Equal(t, "PAUSED", c.RecordingState)
			assert.Nil(t, c.EndTime, "the call goes on")
			body := decodeBody(t, res)
			assert.Equal(t, true, body["securePause"])
			assert.Equal(t, "PAUSED", body["recordingState"])
		},
	},
	{
		tool: "genesys_conversations_patch_call_conference",
		args: func(t *testing.T, f *fixture) string {
			target, other := f.userConv(t, "call"), otherAgentCall(t, f)
			f.values["target"], f.values["other"] = target.ID, other.ID
			f.values["otherCustomer"] = customerOf(other).Name
			f.values["otherAgent"] = agentOf(other).UserID
			return jsonArgs(map[string]any{"conversationId": target.ID, "conversationIds": []string{other.ID}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			target, other := f.conv(t, f.values["target"]), f.conv(t, f.values["other"])
			assert.Equal(t, []string{other.ID}, target.ConferenceIDs)
			require.NotNil(t, other.EndTime, "the merged call ends")
			for _, p := range other.Participants {
				if p.Purpose != "acd" {
					assert.Equal(t, "transfer.conference", p.Communications[len(p.Communications)-1].DisconnectType)
				}
			}
			names, users := map[string]bool{}, map[string]bool{}
			for _, p := range target.Participants {
				if p.EndTime == nil {
					names[p.Name], users[p.UserID] = true, true
				}
			}
			assert.True(t, names[f.values["otherCustomer"]], "the other caller joined the conference")
			assert.True(t, users[f.values["otherAgent"]], "the other agent joined the conference")
			assert.True(t, users[f.org.Users[0].ID], "the target's agent is still there")
		},
	},
	{
		tool: "genesys_conversations_post_call",
		args: func(t *testing.T, f *fixture) string {
			cb := f.liveConv(t, "callback", false)
			_, err := f.set.Call(t.Context(), "genesys_conversations_post_conversation_assign",
				json.RawMessage(jsonArgs(map[string]any{"conversationId": cb.ID, "id": f.org.Users[2].ID})))
			require.NoError(t, err)
			f.values["id"] = cb.ID
			f.values["number"] = customerOf(cb).Communications[0].CallbackNumbers[0]
			return jsonArgs(map[string]any{"conversationId": cb.ID, "callNumber": f.values["number"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			cust := customerOf(c)
			assert.Equal(t, "connected", cust.Communications[0].State, "the callback is no longer scheduled")
			call := liveComm(cust, "call")
			require.NotNil(t, call, "the customer was dialled")
			assert.Equal(t, "outbound", call.Direction)
			a := agentOf(c)
			require.NotNil(t, a)
			assert.Equal(t, f.org.Users[2].ID, a.UserID)
			assert.NotNil(t, liveComm(a, "call"), "the agent has a call leg")
			assert.Equal(t, c.ID, decodeBody(t, res)["id"])
			// The callback now shows up as a call too.
			got, err := f.set.Call(t.Context(), "genesys_conversations_get_call", json.RawMessage(jsonArgs(map[string]any{"conversationId": c.ID})))
			require.NoError(t, err)
			assert.Len(t, openBody(t, got)["participants"], 2, "agent and customer carry calls")
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_barge", user: true,
		args: superviseArgs,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			sup := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.org.Users[0].ID, sup.UserID)
			assert.Equal(t, []string{"barge"}, sup.MediaRoles)
			assert.Equal(t, f.values["target"], sup.BargedParticipantID)
			assert.False(t, liveComm(sup, "call").Muted, "a barging supervisor is heard")
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_coach", user: true,
		args: superviseArgs,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			sup := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.org.Users[0].ID, sup.UserID)
			assert.Equal(t, []string{"coach"}, sup.MediaRoles)
			assert.Equal(t, f.values["target"], sup.CoachedParticipantID)
			assert.Equal(t, "user", sup.Purpose)
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_monitor", user: true,
		args: func(t *testing.T, f *fixture) string {
			args := superviseArgs(t, f)
			f.values["count"] = strconv.Itoa(len(f.conv(t, f.values["id"]).Participants))
			return args
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			before, _ := strconv.Atoi(f.values["count"])
			require.Len(t, c.Participants, before+1, "one participant joined")
			sup := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.org.Users[0].ID, sup.UserID)
			assert.Equal(t, []string{"monitor"}, sup.MediaRoles)
			assert.Equal(t, f.values["target"], sup.MonitoredParticipantID)
			assert.True(t, liveComm(sup, "call").Muted, "a monitor is not heard")
		},
	},
	{
		tool: "genesys_conversations_post_call_participants",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["id"] = c.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "startTime": isoStart(c.StartTime),
				"participants": []any{map[string]any{"address": "+13175559876", "name": "Billing desk"}}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			p := c.Participants[len(c.Participants)-1]
			assert.Equal(t, "external", p.Purpose)
			assert.Equal(t, "+13175559876", p.Address)
			assert.Equal(t, "Billing desk", p.Name)
			require.NotNil(t, liveComm(p, "call"))
			assert.Equal(t, "connected", liveComm(p, "call").State)
			assert.Len(t, decodeBody(t, res)["participants"], len(c.Participants))
		},
	},
	{
		tool: "genesys_conversations_post_call_participants_user_user_id",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["id"] = c.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "userId": f.org.Users[0].ID, "startTime": isoStart(c.StartTime),
				"participants": []any{map[string]any{"userId": f.org.Users[6].ID}}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			p := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.org.Users[6].ID, p.UserID)
			assert.Equal(t, "user", p.Purpose)
			assert.NotNil(t, liveComm(p, "call"))
		},
	},
	{
		tool: "genesys_conversations_post_calls", user: true,
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"phoneNumber": "+13175550777", "callerId": "+13175550199", "callFromQueueId": f.org.Queues[1].ID,
				"attributes": map[string]string{"orderId": "A-1001"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			id, _ := body["id"].(string)
			require.NotEmpty(t, id)
			c := f.conv(t, id)
			assert.Equal(t, "outbound", c.Direction)
			assert.Equal(t, "call", c.MediaType)
			assert.Equal(t, f.now, c.StartTime)
			require.Len(t, c.Participants, 2)
			a, ext := c.Participants[0], c.Participants[1]
			assert.Equal(t, "agent", a.Purpose)
			assert.Equal(t, f.org.Users[0].ID, a.UserID)
			assert.Equal(t, f.org.Queues[1].ID, a.QueueID)
			assert.Equal(t, "external", ext.Purpose)
			assert.Equal(t, "+13175550777", ext.Address)
			assert.Equal(t, "+13175550199", ext.ANI)
			assert.Equal(t, "A-1001", ext.Attributes["orderId"])
			assert.Equal(t, "connected", liveComm(ext, "call").State)
			// The new call is the user's.
			list, err := f.user.Call(t.Context(), "genesys_conversations_get_calls", json.RawMessage(`{}`))
			require.NoError(t, err)
			assert.Contains(t, string(list.Body), id)
		},
	},
	{
		tool: "genesys_conversations_post_calls_user_user_id",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"userId": f.org.Users[3].ID, "callQueueId": f.org.Queues[2].ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, decodeBody(t, res)["id"].(string))
			require.Len(t, c.Participants, 2)
			assert.Equal(t, f.org.Users[3].ID, c.Participants[0].UserID)
			assert.Equal(t, "acd", c.Participants[1].Purpose)
			assert.Equal(t, f.org.Queues[2].ID, c.Participants[1].QueueID)
		},
	},
}

func TestCallLookupsAndErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := t.Context()

	_, err := f.set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(`{"conversationId":"no-such-call"}`))
	ae := apiErr(t, err)
	assert.Equal(t, http.StatusNotFound, ae.Status)
	assert.Equal(t, "not.found", ae.Code)

	email := f.liveConv(t, "email", true)
	_, err = f.set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(jsonArgs(map[string]any{"conversationId": email.ID})))
	assert.Equal(t, "not.found", apiErr(t, err).Code, "an email is not a call")

	for _, path := range []string{"/api/v2/conversations/calls", "/api/v2/conversations/calls/history"} {
		status, body := rawCall(t, f, http.MethodGet, path, f.srv.Token(), "")
		assert.Equal(t, http.StatusBadRequest, status, path)
		assert.Contains(t, body["message"], "user context", path)
	}

	userTok := f.srv.UserToken(f.org.Users[0].ID)
	for query, field := range map[string]string{
		"pageSize=51":        "pageSize",
		"pageSize=0":         "pageSize",
		"pageNumber=x":       "pageNumber",
		"interval=yesterday": "interval",
		"interval=2026-11-02T00:00:00Z/2026-11-01T00:00:00Z": "interval",
		"expand=wrapup": "expand",
	} {
		status, body := rawCall(t, f, http.MethodGet, "/api/v2/conversations/calls/history?"+query, userTok, "")
		assert.Equal(t, http.StatusBadRequest, status, query)
		assert.Equal(t, field, fieldOf(body), query)
	}

	// Paging: the pages split the history without overlap.
	status, all := rawCall(t, f, http.MethodGet, "/api/v2/conversations/calls/history?pageSize=50", userTok, "")
	require.Equal(t, http.StatusOK, status)
	total := int(all["total"].(float64))
	require.Greater(t, total, 2)
	seen := map[string]bool{}
	for n := 1; n <= (total+1)/2; n++ {
		status, pg := rawCall(t, f, http.MethodGet, "/api/v2/conversations/calls/history?pageSize=2&pageNumber="+strconv.Itoa(n), userTok, "")
		require.Equal(t, http.StatusOK, status)
		for _, e := range pg["entities"].([]any) {
			id := e.(map[string]any)["id"].(string)
			assert.False(t, seen[id], "page %d repeats %s", n, id)
			seen[id] = true
		}
	}
	assert.Len(t, seen, total)
}

func TestPatchCallValidation(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.userConv(t, "call")
	tok := f.srv.Token()
	path := "/api/v2/conversations/calls/" + c.ID
	for body, field := range map[string]string{
		`{"state":"connected","participants":[]}`:          "state",
		`{"state":"gone"}`:                                 "state",
		`{"recordingState":"NONE"}`:                        "recordingState",
		`{"recordingState":"LOUD"}`:                        "recordingState",
		`{"startTime":"yesterday","state":"disconnected"}`: "startTime",
		`{"state":5}`:                                      "state",
		`{"bogus":true}`:                                   "bogus",
		`{"participants":[],"startTime":""}`:               "state",
		`{"conversationIds":["` + c.ID + `"]}`:             "conversationIds",
	} {
		status, resp := rawCall(t, f, http.MethodPatch, path, tok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	status, resp := rawCall(t, f, http.MethodPatch, path, tok, `{"conversationIds":["no-such-call"]}`)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "not.found", resp["code"])
	assert.Nil(t, f.conv(t, c.ID).EndTime, "rejected updates change nothing")

	// Pause and resume.
	status, _ = rawCall(t, f, http.MethodPatch, path, tok, `{"recordingState":"paused"}`)
	require.Equal(t, http.StatusAccepted, status)
	assert.True(t, f.conv(t, c.ID).SecurePause)
	status, _ = rawCall(t, f, http.MethodPatch, path, tok, `{"recordingState":"ACTIVE"}`)
	require.Equal(t, http.StatusAccepted, status)
	got := f.conv(t, c.ID)
	assert.False(t, got.SecurePause)
	assert.Equal(t, "ACTIVE", got.RecordingState)

	// Ended calls cannot be changed.
	status, _ = rawCall(t, f, http.MethodPatch, path, tok, `{"state":"disconnected"}`)
	require.Equal(t, http.StatusAccepted, status)
	status, resp = rawCall(t, f, http.MethodPatch, path, tok, `{"state":"disconnected"}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, resp["message"], "ended")

	// Merging through PATCH works like the conference endpoint.
	other := otherAgentCall(t, f)
	targetID, err := f.srv.InboundCall(f.org.Queues[2].ID, f.org.ExternalContacts[5].CellPhone)
	require.NoError(t, err)
	_, err = f.srv.ConnectAgent(targetID, f.org.Users[2].ID)
	require.NoError(t, err)
	target := f.conv(t, targetID)
	status, _ = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/calls/"+target.ID, tok, `{"conversationIds":["`+other.ID+`"]}`)
	require.Equal(t, http.StatusAccepted, status)
	assert.Contains(t, f.conv(t, target.ID).ConferenceIDs, other.ID)
	assert.NotNil(t, f.conv(t, other.ID).EndTime)
	status, resp = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/calls/"+target.ID+"/conference", tok, `{"conversationIds":["`+other.ID+`"]}`)
	assert.Equal(t, http.StatusBadRequest, status, "an ended call cannot be merged again")
	assert.Equal(t, "conversationIds", fieldOf(resp))
	status, resp = rawCall(t, f, http.MethodPatch, "/api/v2/conversations/calls/"+target.ID+"/conference", tok, `{"conversationIds":[]}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "conversationIds", fieldOf(resp))
}

func TestNewCallsAndParties(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := t.Context()
	tok, userTok := f.srv.Token(), f.srv.UserToken(f.org.Users[0].ID)

	// A client-credentials token has nobody to place the call.
	status, resp := rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls", tok, `{"phoneNumber":"+13175550123"}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, resp["message"], "user context")

	for body, field := range map[string]string{
		`{}`: "phoneNumber",
		`{"phoneNumber":"+13175550123","callUserId":"` + f.org.Users[1].ID + `"}`: "phoneNumber",
		`{"callUserId":"` + f.org.Users[0].ID + `"}`:                              "callUserId",
		`{"phoneNumber":"+13175550123","label":"Nope"}`:                           "label",
		`{"phoneNumber":"+13175550123","participants":[{"name":"x"}]}`:            "participants[0]",
		`{"phoneNumber":17}`: "phoneNumber",
	} {
		status, resp := rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls", userTok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	for body, entity := range map[string]string{
		`{"callUserId":"nobody"}`:                                     "user",
		`{"callQueueId":"nowhere"}`:                                   "queue",
		`{"phoneNumber":"+13175550123","callFromQueueId":"nowhere"}`:  "queue",
		`{"phoneNumber":"+13175550123","externalContactId":"nobody"}`: "external contact",
		`{"conversationIds":["no-such-call"]}`:                        "call conversation",
	} {
		status, resp := rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls", userTok, body)
		assert.Equal(t, http.StatusNotFound, status, body)
		assert.Equal(t, entity, resp["entityName"], body)
	}
	_, err := f.set.Call(ctx, "genesys_conversations_post_calls_user_user_id", json.RawMessage(`{"userId":"nobody","phoneNumber":"+13175550123"}`))
	assert.Equal(t, "not.found", apiErr(t, err).Code)

	// An ad-hoc conference: a new call with a party and an existing call merged in.
	other := otherAgentCall(t, f)
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls", userTok,
		`{"participants":[{"address":"+13175550444"},{"queueId":"`+f.org.Queues[0].ID+`"}],"conversationIds":["`+other.ID+`"]}`)
	require.Equal(t, http.StatusOK, status)
	conf := f.conv(t, resp["id"].(string))
	assert.Equal(t, []string{other.ID}, conf.ConferenceIDs)
	purposes := map[string]int{}
	for _, p := range conf.Participants {
		purposes[p.Purpose]++
	}
	assert.Equal(t, map[string]int{"agent": 2, "external": 1, "acd": 1, "customer": 1}, purposes)
	assert.NotNil(t, f.conv(t, other.ID).EndTime)

	// Adding parties: validation.
	c := f.userConv(t, "call")
	path := "/api/v2/conversations/calls/" + c.ID + "/participants"
	for body, field := range map[string]string{
		`{"startTime":"` + isoStart(c.StartTime) + `","participants":[]}`:      "participants",
		`{"participants":[{"name":"nobody to dial"}]}`:                         "participants[0]",
		`{"participants":[{"userId":"` + f.org.Users[0].ID + `"}]}`:            "participants[0].userId",
		`{"participants":[{"address":"+13175550123","wrapupRequired":"yes"}]}`: "participants.wrapupRequired",
	} {
		status, resp := rawCall(t, f, http.MethodPost, path, tok, body)
		assert.Equal(t, http.StatusBadRequest, status, body)
		assert.Equal(t, field, fieldOf(resp), body)
	}
	status, _ = rawCall(t, f, http.MethodPost, path, tok, `{"participants":[{"queueId":"nowhere"}]}`)
	assert.Equal(t, http.StatusNotFound, status)
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+c.ID+"/participants/user/"+f.org.Users[7].ID, tok, `{"participants":[{"address":"+13175550123"}]}`)
	assert.Equal(t, http.StatusBadRequest, status, "the acting user must be on the call")
	assert.Equal(t, "userId", fieldOf(resp))
	status, _ = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+c.ID+"/participants/user/nobody", tok, `{"participants":[{"address":"+13175550123"}]}`)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Len(t, f.conv(t, c.ID).Participants, len(c.Participants), "rejected requests add nobody")

	// Dialling needs a number and an agent.
	cb := f.liveConv(t, "callback", false)
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+cb.ID, tok, `{"callNumber":""}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "callNumber", fieldOf(resp))
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+cb.ID, tok, `{"callNumber":"+13175550123"}`)
	assert.Equal(t, http.StatusBadRequest, status, "nobody is on the scheduled callback yet")
	assert.Contains(t, resp["message"], "agent")
	status, _ = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+f.liveConv(t, "email", true).ID, tok, `{"callNumber":"+13175550123"}`)
	assert.Equal(t, http.StatusNotFound, status)
}

func TestSupervisorParticipants(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	userTok := f.srv.UserToken(f.org.Users[0].ID)
	c := otherAgentCall(t, f)
	agent := agentOf(c)
	base := "/api/v2/conversations/calls/" + c.ID + "/participants/"

	status, resp := rawCall(t, f, http.MethodPost, base+agent.ID+"/monitor", f.srv.Token(), "")
	assert.Equal(t, http.StatusBadRequest, status, "a supervisor needs a user token")
	assert.Contains(t, resp["message"], "user context")
	status, resp = rawCall(t, f, http.MethodPost, base+"no-such-participant/coach", userTok, "")
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "participant", resp["entityName"])
	own := f.userConv(t, "call")
	status, resp = rawCall(t, f, http.MethodPost, "/api/v2/conversations/calls/"+own.ID+"/participants/"+agentOf(own).ID+"/barge", userTok, "")
	assert.Equal(t, http.StatusBadRequest, status, "nobody barges into their own call")
	assert.Equal(t, "participantId", fieldOf(resp))
	ended := byPurpose(c, "acd")
	status, _ = rawCall(t, f, http.MethodPost, base+ended.ID+"/monitor", userTok, "")
	assert.Equal(t, http.StatusBadRequest, status, "the ACD leg has left")

	// Monitor, then barge: the same participant changes role.
	status, _ = rawCall(t, f, http.MethodPost, base+agent.ID+"/monitor", userTok, "")
	require.Equal(t, http.StatusCreated, status)
	status, _ = rawCall(t, f, http.MethodPost, base+agent.ID+"/barge", userTok, "")
	require.Equal(t, http.StatusOK, status)
	got := f.conv(t, c.ID)
	require.Len(t, got.Participants, len(c.Participants)+1)
	sup := got.Participants[len(got.Participants)-1]
	assert.Equal(t, []string{"barge"}, sup.MediaRoles)
	assert.Equal(t, agent.ID, sup.BargedParticipantID)
	assert.Empty(t, sup.MonitoredParticipantID)
	assert.False(t, liveComm(sup, "call").Muted)

	// An agent on the call is not a supervisor.
	status, _ = rawCall(t, f, http.MethodPost, base+customerOf(c).ID+"/coach", f.srv.UserToken(agent.UserID), "")
	assert.Equal(t, http.StatusBadRequest, status)
}
