package genesystest_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// wrappedAgent returns the agent participant of an ended conversation and
// its last communication, which the seed wrapped up.
func wrappedAgent(t *testing.T, c genesystest.Conversation) (*genesystest.Participant, *genesystest.Communication) {
	t.Helper()
	p := byPurpose(c, "agent")
	require.NotNil(t, p, "conversation %s has an agent", c.ID)
	require.NotEmpty(t, p.Communications)
	return p, p.Communications[len(p.Communications)-1]
}

// lastComm is the newest communication of a participant.
func lastComm(p *genesystest.Participant) *genesystest.Communication {
	return p.Communications[len(p.Communications)-1]
}

// queueCodes returns the wrap-up code ids a queue offers.
func queueCodes(t *testing.T, f *fixture, queueID string) []string {
	t.Helper()
	return mustFind(t, f.org.Queues, func(q genesystest.Queue) bool { return q.ID == queueID }, "unknown queue %s", queueID).WrapupCodeIDs
}

// assertAssigned checks an AssignedWrapupCode answer against a recorded wrap-up.
func assertAssigned(t *testing.T, w *genesystest.Wrapup, res *tools.Result) {
	t.Helper()
	require.NotNil(t, w)
	body := decodeBody(t, res)
	assert.Equal(t, w.Code, body["code"])
	assert.Equal(t, w.Notes, body["notes"])
	assert.EqualValues(t, w.DurationSeconds, body["durationSeconds"])
	require.NotNil(t, w.EndTime)
	assert.Equal(t, w.EndTime.UTC().Format("2006-01-02T15:04:05.000Z"), body["endTime"])
	assert.NotContains(t, body, "name", "AssignedWrapupCode has no name")
}

// assertCodesOfQueue checks a wrapupcodes answer: exactly the queue's codes,
// each with its division and dates.
func assertCodesOfQueue(t *testing.T, f *fixture, queueID string, res *tools.Result) {
	t.Helper()
	var codes []map[string]any
	require.NoError(t, json.Unmarshal(res.Body, &codes), "a bare array: %s", res.Body)
	var ids []string
	for _, c := range codes {
		ids = append(ids, c["id"].(string))
		assert.Equal(t, f.org.Divisions[0].ID, c["division"].(map[string]any)["id"])
		assert.NotEmpty(t, c["dateCreated"])
		assert.NotEmpty(t, c["name"])
	}
	assert.ElementsMatch(t, queueCodes(t, f, queueID), ids)
}

// pastWrapupArgs names the wrapped-up agent of a past conversation of the
// media (and, with comm, its last communication) and remembers them.
func pastWrapupArgs(media string, comm bool) func(*testing.T, *fixture) string {
	return func(t *testing.T, f *fixture) string {
		c := f.pastConv(t, media)
		p, m := wrappedAgent(t, c)
		f.values["conv"], f.values["p"] = c.ID, p.ID
		args := map[string]any{"conversationId": c.ID, "participantId": p.ID}
		if comm {
			args["communicationId"] = m.ID
		}
		return jsonArgs(args)
	}
}

// checkPastWrapup checks the answer against the remembered participant's
// wrap-up or, with comm, its last communication's.
func checkPastWrapup(comm bool) func(*testing.T, *fixture, *tools.Result) {
	return func(t *testing.T, f *fixture, res *tools.Result) {
		p := participantByID(t, f.conv(t, f.values["conv"]), f.values["p"])
		w := p.Wrapup
		if comm {
			w = lastComm(p).Wrapup
		}
		assertAssigned(t, w, res)
	}
}

// liveAgentArgs names the agent of a live conversation of the media and
// remembers its queue.
func liveAgentArgs(media string) func(*testing.T, *fixture) string {
	return func(t *testing.T, f *fixture) string {
		c := f.liveConv(t, media, true)
		a := agentOf(c)
		f.values["queue"] = a.QueueID
		return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID})
	}
}

var wrapupSimCases = []simCase{
	{
		tool:  "genesys_conversations_get_call_participant_communication_wrapup",
		args:  pastWrapupArgs("call", true),
		check: checkPastWrapup(true),
	},
	{
		tool:  "genesys_conversations_get_call_participant_wrapup",
		args:  pastWrapupArgs("call", false),
		check: checkPastWrapup(false),
	},
	{
		name: "get_call_participant_wrapup_not_yet_recorded", tool: "genesys_conversations_get_call_participant_wrapup",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": agentOf(c).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.JSONEq(t, `{}`, string(res.Body), "a participant without wrap-up answers an empty AssignedWrapupCode")
		},
	},
	{
		name: "get_call_participant_wrapup_provisional", tool: "genesys_conversations_get_call_participant_wrapup",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			a := agentOf(c)
			_, err := f.set.Call(t.Context(), "genesys_conversations_post_call_participant_communication_wrapup", json.RawMessage(jsonArgs(map[string]any{
				"conversationId": c.ID, "participantId": a.ID, "communicationId": lastComm(a).ID,
				"provisional": true, "notes": "Customer may call back about the refund.", "tags": []string{"refund"},
			})))
			require.NoError(t, err)
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID, "provisional": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, "Customer may call back about the refund.", body["notes"])
			assert.Equal(t, []any{"refund"}, body["tags"])
			assert.NotContains(t, body, "code", "the draft has no code yet")
		},
	},
	{
		tool:  "genesys_conversations_get_call_participant_wrapupcodes",
		args:  liveAgentArgs("call"),
		check: func(t *testing.T, f *fixture, res *tools.Result) { assertCodesOfQueue(t, f, f.values["queue"], res) },
	},
	{
		tool:  "genesys_conversations_get_callback_participant_communication_wrapup",
		args:  pastWrapupArgs("callback", true),
		check: checkPastWrapup(true),
	},
	{
		tool:  "genesys_conversations_get_callback_participant_wrapup",
		args:  pastWrapupArgs("callback", false),
		check: checkPastWrapup(false),
	},
	{
		tool: "genesys_conversations_get_callback_participant_wrapupcodes",
		args: func(t *testing.T, f *fixture) string {
			c := f.pastConv(t, "callback")
			p, _ := wrappedAgent(t, c)
			f.values["queue"] = p.QueueID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": p.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) { assertCodesOfQueue(t, f, f.values["queue"], res) },
	},
	{
		tool:  "genesys_conversations_get_conversation_participant_wrapup",
		args:  pastWrapupArgs("message", false),
		check: checkPastWrapup(false),
	},
	{
		tool:  "genesys_conversations_get_conversation_participant_wrapupcodes",
		args:  liveAgentArgs("message"),
		check: func(t *testing.T, f *fixture, res *tools.Result) { assertCodesOfQueue(t, f, f.values["queue"], res) },
	},
	{
		// The customer hangs up, the agent enters after-call work, and the
		// wrap-up completes it.
		tool: "genesys_conversations_post_call_participant_communication_wrapup",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			a := agentOf(c)
			require.NoError(t, f.srv.CustomerHangsUp(c.ID))
			code := queueCodes(t, f, a.QueueID)[1]
			f.values["conv"], f.values["p"], f.values["code"] = c.ID, a.ID, code
			return jsonArgs(map[string]any{
				"conversationId": c.ID, "participantId": a.ID, "communicationId": lastComm(a).ID,
				"code": code, "notes": "Refund approved.", "tags": []string{"refund", "vip"},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			p := participantByID(t, f.conv(t, f.values["conv"]), f.values["p"])
			m := lastComm(p)
			require.NotNil(t, p.Wrapup)
			assert.Equal(t, f.values["code"], p.Wrapup.Code)
			assert.Equal(t, "Refund approved.", p.Wrapup.Notes)
			assert.Equal(t, []string{"refund", "vip"}, p.Wrapup.Tags)
			assert.False(t, p.Wrapup.Provisional)
			require.NotNil(t, p.Wrapup.EndTime)
			assert.Equal(t, f.now, *p.Wrapup.EndTime)
			assert.False(t, p.WrapupRequired, "after-call work is complete")
			assert.Equal(t, p.Wrapup, m.Wrapup)
			i := slices.IndexFunc(m.Segments, func(s *genesystest.Segment) bool { return s.Type == "wrapup" })
			require.GreaterOrEqual(t, i, 0, "a wrap-up segment")
			require.NotNil(t, m.Segments[i].End, "the wrap-up segment is closed")
			assert.Equal(t, f.values["code"], m.Segments[i].WrapupCode)
			assert.Equal(t, "Refund approved.", m.Segments[i].WrapupNote)
		},
	},
	{
		// A draft saved during the call: no code, after-call work still due.
		tool: "genesys_conversations_post_conversations_call_participant_communication_wrapup",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			a := agentOf(c)
			f.values["conv"], f.values["p"] = c.ID, a.ID
			return jsonArgs(map[string]any{
				"conversationId": c.ID, "participantId": a.ID, "communicationId": lastComm(a).ID,
				"provisional": true, "notes": "Asked about upgrade pricing.",
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			p := participantByID(t, f.conv(t, f.values["conv"]), f.values["p"])
			m := lastComm(p)
			require.NotNil(t, m.ProvisionalWrapup)
			assert.True(t, m.ProvisionalWrapup.Provisional)
			assert.Equal(t, "Asked about upgrade pricing.", m.ProvisionalWrapup.Notes)
			assert.Empty(t, m.ProvisionalWrapup.Code)
			assert.Nil(t, m.Wrapup, "no final wrap-up")
			assert.Nil(t, p.Wrapup)
			assert.True(t, p.WrapupRequired, "wrap-up is still required")
			assert.Equal(t, "connected", m.State, "the call goes on")
		},
	},
	{
		// An agent answers the scheduled callback and picks the code while
		// still connected.
		tool: "genesys_conversations_post_callback_participant_communication_wrapup",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "callback", false)
			q := byPurpose(c, "acd").QueueID
			var user string
			for _, qq := range f.org.Queues {
				if qq.ID == q {
					user = qq.MemberIDs[0]
				}
			}
			pid, err := f.srv.ConnectAgent(c.ID, user)
			require.NoError(t, err)
			a := participantByID(t, f.conv(t, c.ID), pid)
			code := queueCodes(t, f, q)[0]
			f.values["conv"], f.values["p"], f.values["code"] = c.ID, pid, code
			return jsonArgs(map[string]any{
				"conversationId": c.ID, "participantId": pid, "communicationId": lastComm(a).ID,
				"code": code, "durationSeconds": 45,
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			p := participantByID(t, f.conv(t, f.values["conv"]), f.values["p"])
			require.NotNil(t, p.Wrapup)
			assert.Equal(t, f.values["code"], p.Wrapup.Code)
			assert.Equal(t, 45, p.Wrapup.DurationSeconds)
			assert.False(t, p.WrapupRequired)
			assert.Equal(t, p.Wrapup, lastComm(p).Wrapup)
		},
	},
}

// wrapupPath builds the path of a call communication's wrap-up.
func wrapupPath(convID, partID, commID string) string {
	return "/api/v2/conversations/calls/" + convID + "/participants/" + partID + "/communications/" + commID + "/wrapup"
}

func TestWrapupErrors(t *testing.T) {
	t.Parallel()
	call := func(t *testing.T, f *fixture, tool string, args map[string]any) *tools.APIError {
		t.Helper()
		_, err := f.set.Call(t.Context(), tool, json.RawMessage(jsonArgs(args)))
		var ae *tools.APIError
		require.True(t, errors.As(err, &ae), "want an API error, got %v", err)
		return ae
	}
	fields := func(ae *tools.APIError) []string {
		var out []string
		for _, d := range ae.Details {
			out = append(out, d.FieldName)
		}
		return out
	}

	t.Run("unknown ids", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		a := agentOf(c)
		for name, args := range map[string]map[string]any{
			"conversation":  {"conversationId": "00000000-0000-4000-8000-000000000000", "participantId": a.ID},
			"participant":   {"conversationId": c.ID, "participantId": "00000000-0000-4000-8000-000000000000"},
			"wrong media":   {"conversationId": f.liveConv(t, "message", true).ID, "participantId": a.ID},
			"communication": {"conversationId": c.ID, "participantId": a.ID, "communicationId": "00000000-0000-4000-8000-000000000000"},
		} {
			tool := "genesys_conversations_get_call_participant_wrapup"
			if _, ok := args["communicationId"]; ok {
				tool = "genesys_conversations_get_call_participant_communication_wrapup"
			}
			ae := call(t, f, tool, args)
			assert.Equal(t, http.StatusNotFound, ae.Status, name)
			assert.Equal(t, "not.found", ae.Code, name)
		}
		ae := call(t, f, "genesys_conversations_get_call_participant_wrapupcodes", map[string]any{"conversationId": c.ID, "participantId": "nope"})
		assert.Equal(t, "not.found", ae.Code)
		ae = call(t, f, "genesys_conversations_post_call_participant_communication_wrapup", map[string]any{
			"conversationId": c.ID, "participantId": a.ID, "communicationId": lastComm(a).ID, "code": "00000000-0000-4000-8000-000000000000",
		})
		assert.Equal(t, http.StatusNotFound, ae.Status, "an unknown wrap-up code")
		assert.Equal(t, "00000000-0000-4000-8000-000000000000", ae.EntityID)
	})

	t.Run("code rules", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		a := agentOf(c)
		base := map[string]any{"conversationId": c.ID, "participantId": a.ID, "communicationId": lastComm(a).ID}
		with := func(extra map[string]any) map[string]any {
			m := map[string]any{}
			for k, v := range base {
				m[k] = v
			}
			for k, v := range extra {
				m[k] = v
			}
			return m
		}
		const post = "genesys_conversations_post_call_participant_communication_wrapup"

		ae := call(t, f, post, with(map[string]any{"notes": "no code"}))
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.Equal(t, "conversation.error.wrapup.code.required", ae.Code)
		assert.Equal(t, []string{"code"}, fields(ae))

		offered := queueCodes(t, f, a.QueueID)
		var foreign string
		for _, w := range f.org.WrapupCodes {
			if !slices.Contains(offered, w.ID) {
				foreign = w.ID
			}
		}
		require.NotEmpty(t, foreign, "some code is not offered by the agent's queue")
		ae = call(t, f, post, with(map[string]any{"code": foreign}))
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.Equal(t, []string{"code"}, fields(ae))

		ae = call(t, f, post, with(map[string]any{"code": offered[0], "endTime": "2099-01-01T00:00:00Z"}))
		assert.Equal(t, []string{"endTime"}, fields(ae))

		cust := customerOf(c)
		ae = call(t, f, post, map[string]any{"conversationId": c.ID, "participantId": cust.ID, "communicationId": lastComm(cust).ID, "code": offered[0]})
		assert.Equal(t, http.StatusBadRequest, ae.Status, "customers do not wrap up")

		after, _ := f.srv.Conversation(c.ID)
		assert.Nil(t, participantByID(t, after, a.ID).Wrapup, "refused wrap-ups change nothing")

		// A final wrap-up cannot be replaced.
		_, err := f.set.Call(t.Context(), post, json.RawMessage(jsonArgs(with(map[string]any{"code": offered[0]}))))
		require.NoError(t, err)
		ae = call(t, f, post, with(map[string]any{"code": offered[1]}))
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		after, _ = f.srv.Conversation(c.ID)
		assert.Equal(t, offered[0], participantByID(t, after, a.ID).Wrapup.Code)
	})

	t.Run("past wrap-up is final", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.pastConv(t, "callback")
		p, m := wrappedAgent(t, c)
		ae := call(t, f, "genesys_conversations_post_callback_participant_communication_wrapup", map[string]any{
			"conversationId": c.ID, "participantId": p.ID, "communicationId": m.ID, "code": queueCodes(t, f, p.QueueID)[0],
		})
		assert.Equal(t, http.StatusBadRequest, ae.Status)
	})

	t.Run("malformed requests", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		a := agentOf(c)
		path := wrapupPath(c.ID, a.ID, lastComm(a).ID)
		for body, field := range map[string]string{
			`{"durationSeconds":"long"}`:                 "durationSeconds",
			`{"code":"x","colour":"blue"}`:               "colour",
			`{"provisional":"yes"}`:                      "provisional",
			`{"tags":"refund"}`:                          "tags",
			`{"provisional":true,"tags":[""]}`:           "tags",
			`{"provisional":true,"endTime":"yesterday"}`: "endTime",
		} {
			status, ae := rawCall(t, f, http.MethodPost, path, "", body)
			assert.Equal(t, http.StatusBadRequest, status, body)
			assert.Equal(t, field, fieldOf(ae), body)
		}
		status, ae := rawCall(t, f, http.MethodGet, "/api/v2/conversations/calls/"+c.ID+"/participants/"+a.ID+"/wrapup?provisional=maybe", "", "")
		assert.Equal(t, http.StatusBadRequest, status)
		assert.Equal(t, "provisional", fieldOf(ae))

		// A body-less POST is a provisional-less wrap-up without a code.
		status, ae = rawCall(t, f, http.MethodPost, path, "", "")
		assert.Equal(t, http.StatusBadRequest, status)
		assert.Equal(t, "code", fieldOf(ae))

		// Success answers 200 without a body.
		status, _, raw := rawDo(t, f.srv, http.MethodPost, path, f.srv.Token(), `{"provisional":true,"notes":"draft"}`)
		assert.Equal(t, http.StatusOK, status)
		assert.Empty(t, raw)
	})

	t.Run("customer participant has no codes", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		res, err := f.set.Call(t.Context(), "genesys_conversations_get_call_participant_wrapupcodes",
			json.RawMessage(jsonArgs(map[string]any{"conversationId": c.ID, "participantId": customerOf(c).ID})))
		require.NoError(t, err)
		assert.JSONEq(t, `[]`, string(plainBody(t, res)))
	})
}
