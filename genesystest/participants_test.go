package genesystest_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// partComm is the participant's newest communication.
func partComm(t *testing.T, p *genesystest.Participant) *genesystest.Communication {
	t.Helper()
	require.NotEmpty(t, p.Communications, "participant %s has no communications", p.ID)
	return p.Communications[len(p.Communications)-1]
}

// partOpenSegment is the type of the communication's open segment, "" if none.
func partOpenSegment(m *genesystest.Communication) string {
	for i := len(m.Segments) - 1; i >= 0; i-- {
		if m.Segments[i].End == nil {
			return m.Segments[i].Type
		}
	}
	return ""
}

// partSecureSession starts a secure IVR session for the customer of the
// user's live call and remembers the ids in f.values.
func partSecureSession(t *testing.T, f *fixture, disconnect bool) {
	t.Helper()
	c := f.userConv(t, "call")
	f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
	res := runTool(t, f, "genesys_conversations_post_conversation_participant_secureivrsessions", map[string]any{
		"conversationId": c.ID, "participantId": f.values["customer"], "sourceParticipantId": f.values["agent"],
		"flowId": f.org.Flows[0].ID, "userData": "order-4711", "disconnect": disconnect,
	})
	f.values["session"] = decodeBody(t, res)["id"].(string)
}

var participantSimCases = []simCase{
	{
		tool: "genesys_conversations_delete_conversation_participant_code",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			a := agentOf(c)
			require.NotEmpty(t, a.Codes, "live agents are seeded with an add-communication code (seedExtras must call st.seedParticipants)")
			f.values["conv"], f.values["agent"], f.values["code"] = c.ID, a.ID, a.Codes[0]
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID, "addCommunicationCode": a.Codes[0]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			a := participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"])
			assert.NotContains(t, a.Codes, f.values["code"])
		},
	},
	{
		tool: "genesys_conversations_put_conversation_participant_flaggedreason",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, "general", participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]).FlaggedReason)
			// The generic conversation shows the flag.
			get := runTool(t, f, "genesys_conversations_get_conversation", map[string]any{"conversationId": f.values["conv"]})
			for _, p := range decodeBody(t, get)["participants"].([]any) {
				if p.(map[string]any)["id"] == f.values["agent"] {
					assert.Equal(t, "general", p.(map[string]any)["flaggedReason"])
				}
			}
		},
	},
	{
		tool: "genesys_conversations_delete_conversation_participant_flaggedreason",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			args := map[string]any{"conversationId": c.ID, "participantId": f.values["agent"]}
			runTool(t, f, "genesys_conversations_put_conversation_participant_flaggedreason", args)
			return jsonArgs(args)
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Empty(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]).FlaggedReason)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_secureivrsessions",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "sourceParticipantId": f.values["agent"],
				"flowId": f.org.Flows[0].ID, "userData": "order-4711"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, "PENDING", body["state"])
			assert.Equal(t, f.org.Flows[0].ID, body["flow"].(map[string]any)["id"])
			assert.Equal(t, "order-4711", body["userData"])
			assert.Equal(t, false, body["disconnect"])
			c := f.conv(t, f.values["conv"])
			cust := participantByID(t, c, f.values["customer"])
			require.Len(t, cust.SecureSessions, 1)
			assert.Equal(t, body["id"], cust.SecureSessions[0].ID)
			assert.Equal(t, f.values["agent"], cust.SecureSessions[0].SourceParticipantID)
			ivr := byPurpose(c, "ivr")
			require.NotNil(t, ivr, "the secure flow joins the call")
			assert.Equal(t, f.org.Flows[0].Name, ivr.Name)
			assert.Nil(t, participantByID(t, c, f.values["agent"]).EndTime, "the agent stays on the call")
			assert.Nil(t, c.EndTime)
		},
	},
	{
		name: "post_secureivrsessions_disconnecting_the_agent",
		tool: "genesys_conversations_post_conversation_participant_secureivrsessions",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "flowId": f.org.Flows[1].ID,
				"userData": "", "disconnect": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, true, decodeBody(t, res)["disconnect"])
			c := f.conv(t, f.values["conv"])
			a := participantByID(t, c, f.values["agent"])
			assert.NotNil(t, a.EndTime, "the agent left")
			assert.True(t, a.WrapupRequired, "and owes wrap-up")
			assert.Equal(t, "transfer", partComm(t, a).DisconnectType)
			assert.Nil(t, c.EndTime, "the customer stays with the secure flow")
			assert.Nil(t, participantByID(t, c, f.values["customer"]).EndTime)
		},
	},
	{
		tool: "genesys_conversations_get_conversation_participant_secureivrsessions",
		args: func(t *testing.T, f *fixture) string {
			partSecureSession(t, f, false)
			return jsonArgs(map[string]any{"conversationId": f.values["conv"], "participantId": f.values["customer"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			entities := decodeBody(t, res)["entities"].([]any)
			require.Len(t, entities, 1)
			assert.Equal(t, f.values["session"], entities[0].(map[string]any)["id"])
		},
	},
	{
		tool: "genesys_conversations_get_conversation_participant_secureivrsession",
		args: func(t *testing.T, f *fixture) string {
			partSecureSession(t, f, false)
			return jsonArgs(map[string]any{"conversationId": f.values["conv"], "participantId": f.values["customer"], "secureSessionId": f.values["session"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, f.values["session"], body["id"])
			assert.Equal(t, "PENDING", body["state"])
			assert.Equal(t, f.values["agent"], body["sourceParticipantId"])
			assert.Equal(t, f.org.Flows[0].Name, body["flow"].(map[string]any)["name"])
		},
	},
	{
		tool: "genesys_conversations_patch_call_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "held": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			m := partComm(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]))
			assert.True(t, m.Held)
			require.NotNil(t, m.StartHoldTime)
			assert.True(t, m.StartHoldTime.Equal(f.now))
			assert.Equal(t, "hold", partOpenSegment(m))
			get := runTool(t, f, "genesys_conversations_get_call", map[string]any{"conversationId": f.values["conv"]})
			for _, p := range decodeBody(t, get)["participants"].([]any) {
				if p.(map[string]any)["id"] == f.values["agent"] {
					assert.Equal(t, true, p.(map[string]any)["held"])
				}
			}
		},
	},
	{
		name: "patch_call_participant_unhold_mute_record",
		tool: "genesys_conversations_patch_call_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			runTool(t, f, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "held": true})
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "held": false, "muted": true, "recording": false, "confined": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			m := partComm(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]))
			assert.False(t, m.Held)
			assert.Nil(t, m.StartHoldTime)
			assert.True(t, m.Muted)
			assert.True(t, m.Confined)
			assert.False(t, m.Recording)
			assert.Equal(t, "interact", partOpenSegment(m))
		},
	},
	{
		name: "patch_call_participant_disconnect_then_wrapup",
		tool: "genesys_conversations_patch_call_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"], f.values["customer"] = c.ID, agentOf(c).ID, customerOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "state": "disconnected",
				"wrapup": map[string]any{"code": f.org.WrapupCodes[0].ID, "notes": "Sorted out the invoice.", "tags": []string{"billing"}}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.NotNil(t, c.EndTime, "the customer was alone and the call ended")
			assert.NotNil(t, participantByID(t, c, f.values["customer"]).EndTime)
			a := participantByID(t, c, f.values["agent"])
			require.NotNil(t, a.Wrapup)
			assert.Equal(t, f.org.WrapupCodes[0].ID, a.Wrapup.Code)
			assert.Equal(t, f.org.WrapupCodes[0].Name, a.Wrapup.Name)
			assert.Equal(t, []string{"billing"}, a.Wrapup.Tags)
			assert.False(t, a.WrapupRequired)
			m := partComm(t, a)
			assert.Equal(t, "disconnected", m.State)
			assert.Equal(t, "client", m.DisconnectType)
			assert.Empty(t, partOpenSegment(m), "the wrap-up segment is closed")
		},
	},
	{
		name: "patch_call_participant_skip_wrapup_after_the_call",
		tool: "genesys_conversations_patch_call_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			runTool(t, f, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "state": "disconnected"})
			a := participantByID(t, f.conv(t, c.ID), f.values["agent"])
			require.True(t, a.WrapupRequired, "an agent who hangs up owes wrap-up")
			require.Equal(t, "wrapup", partOpenSegment(partComm(t, a)))
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "wrapupSkipped": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			a := participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"])
			assert.True(t, a.WrapupSkipped)
			assert.False(t, a.WrapupRequired)
			assert.Nil(t, a.Wrapup)
			assert.Empty(t, partOpenSegment(partComm(t, a)))
		},
	},
	{
		tool: "genesys_conversations_patch_call_participant_attributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["customer"] = c.ID, customerOf(c).ID
			f.values["tier"] = customerOf(c).Attributes["tier"]
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "attributes": map[string]string{"intent": "refund"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			attrs := participantByID(t, f.conv(t, f.values["conv"]), f.values["customer"]).Attributes
			assert.Equal(t, "refund", attrs["intent"])
			assert.Equal(t, f.values["tier"], attrs["tier"], "other attributes are kept")
			body := decodeBody(t, res)["attributes"].(map[string]any)
			assert.Equal(t, "refund", body["intent"])
			assert.Equal(t, f.values["tier"], body["tier"])
		},
	},
	{
		tool: "genesys_conversations_patch_call_participant_communication",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			a := agentOf(c)
			f.values["conv"], f.values["agent"], f.values["comm"] = c.ID, a.ID, partComm(t, a).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID, "communicationId": f.values["comm"], "state": "disconnected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			a := participantByID(t, c, f.values["agent"])
			m := partComm(t, a)
			assert.Equal(t, f.values["comm"], m.ID)
			assert.Equal(t, "disconnected", m.State)
			assert.NotNil(t, a.EndTime)
			assert.True(t, a.WrapupRequired, "no wrap-up is applied")
			assert.Nil(t, a.Wrapup)
			assert.NotNil(t, c.EndTime)
		},
	},
	{
		tool: "genesys_conversations_patch_call_participant_user_user_id",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			a := agentOf(c)
			f.values["conv"], f.values["agent"] = c.ID, a.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": a.ID, "userId": a.UserID, "muted": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.True(t, partComm(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"])).Muted)
		},
	},
	{
		tool: "genesys_conversations_patch_callback_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "callback", false)
			f.values["conv"], f.values["customer"] = c.ID, customerOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "state": "disconnected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			m := partComm(t, participantByID(t, c, f.values["customer"]))
			assert.Equal(t, "disconnected", m.State, "the scheduled callback is cancelled")
			assert.NotNil(t, c.EndTime)
		},
	},
	{
		tool: "genesys_conversations_patch_callback_participant_attributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "callback", false)
			f.values["conv"], f.values["customer"] = c.ID, customerOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "attributes": map[string]string{"tier": "platinum", "preferredTime": "evening"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			attrs := participantByID(t, f.conv(t, f.values["conv"]), f.values["customer"]).Attributes
			assert.Equal(t, "platinum", attrs["tier"], "a sent name replaces its value")
			assert.Equal(t, "evening", attrs["preferredTime"])
			assert.NotEmpty(t, attrs["accountNumber"])
			assert.Equal(t, "platinum", decodeBody(t, res)["attributes"].(map[string]any)["tier"])
		},
	},
	{
		tool: "genesys_conversations_patch_callback_participant_communication",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "callback", false)
			acd := byPurpose(c, "acd")
			f.values["conv"], f.values["acd"], f.values["customer"] = c.ID, acd.ID, customerOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": acd.ID, "communicationId": partComm(t, acd).ID, "state": "disconnected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.Equal(t, "disconnected", partComm(t, participantByID(t, c, f.values["acd"])).State)
			assert.NotNil(t, c.EndTime, "a scheduled callback nobody holds ends")
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "resumeTime": "2026-11-02T16:00:00Z"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			m := partComm(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]))
			assert.Equal(t, "parked", m.State)
			require.NotNil(t, m.ResumeTime)
			assert.True(t, m.ResumeTime.Equal(time.Date(2026, 11, 2, 16, 0, 0, 0, time.UTC)))
			assert.Equal(t, "parked", partOpenSegment(m))
			get := runTool(t, f, "genesys_conversations_get_conversations_message", map[string]any{"conversationId": f.values["conv"]})
			for _, p := range decodeBody(t, get)["participants"].([]any) {
				if p.(map[string]any)["id"] == f.values["agent"] {
					assert.Equal(t, "parked", p.(map[string]any)["state"])
					assert.Equal(t, "2026-11-02T16:00:00.000Z", p.(map[string]any)["resumeTime"])
				}
			}
		},
	},
	{
		name: "patch_conversation_participant_unpark",
		tool: "genesys_conversations_patch_conversation_participant",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			runTool(t, f, "genesys_conversations_patch_conversation_participant", map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "resumeTime": "2026-11-02T16:00:00Z"})
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "state": "connected"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			m := partComm(t, participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]))
			assert.Equal(t, "connected", m.State)
			assert.Nil(t, m.ResumeTime)
			assert.Equal(t, "interact", partOpenSegment(m))
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_participant_attributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "email", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "attributes": map[string]string{"caseId": "CS-1009"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, "CS-1009", participantByID(t, f.conv(t, f.values["conv"]), f.values["agent"]).Attributes["caseId"])
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_digits",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["customer"] = c.ID, customerOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "digits": "1234#"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, []string{"1234#"}, participantByID(t, f.conv(t, f.values["conv"]), f.values["customer"]).Digits)
		},
	},
}

func TestParticipantsUnknownIDs(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.userConv(t, "call")
	cust := customerOf(c)
	missing := "00000000-0000-4000-8000-000000000000"
	for _, tc := range []struct {
		tool   string
		args   map[string]any
		entity string
	}{
		{"genesys_conversations_patch_call_participant", map[string]any{"conversationId": missing, "participantId": cust.ID, "held": true}, "call conversation"},
		{"genesys_conversations_patch_call_participant", map[string]any{"conversationId": f.liveConv(t, "email", true).ID, "participantId": cust.ID, "held": true}, "call conversation"},
		{"genesys_conversations_patch_conversation_participant", map[string]any{"conversationId": c.ID, "participantId": missing, "held": true}, "participant"},
		{"genesys_conversations_patch_call_participant_communication", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "communicationId": missing, "state": "disconnected"}, "communication"},
		{"genesys_conversations_patch_call_participant_user_user_id", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "userId": missing, "muted": true}, "user"},
		{"genesys_conversations_patch_callback_participant_attributes", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "attributes": map[string]string{"a": "b"}}, "callback conversation"},
		{"genesys_conversations_put_conversation_participant_flaggedreason", map[string]any{"conversationId": c.ID, "participantId": missing}, "participant"},
		{"genesys_conversations_delete_conversation_participant_code", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "addCommunicationCode": "999999x"}, "add-communication code"},
		{"genesys_conversations_get_conversation_participant_secureivrsession", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "secureSessionId": missing}, "secure session"},
		{"genesys_conversations_get_conversation_participant_secureivrsessions", map[string]any{"conversationId": missing, "participantId": cust.ID}, "conversation"},
		{"genesys_conversations_post_conversation_participant_secureivrsessions", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "flowId": missing, "userData": "x"}, "flow"},
		{"genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": agentOf(c).ID, "wrapup": map[string]any{"code": missing}}, "wrap-up code"},
	} {
		ae := toolAPIError(t, f.set, tc.tool, tc.args)
		assert.Equal(t, http.StatusNotFound, ae.Status, "%s %v", tc.tool, tc.args)
		assert.Equal(t, "not.found", ae.Code)
		assert.Equal(t, tc.entity, ae.EntityName, "%s %v", tc.tool, tc.args)
	}
}

func TestParticipantsBadBodies(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.userConv(t, "call")
	a, cust := agentOf(c), customerOf(c)
	base := "/api/v2/conversations/" + c.ID + "/participants/"
	callBase := "/api/v2/conversations/calls/" + c.ID + "/participants/"
	for _, tc := range []struct {
		method, path, body, field string
	}{
		{http.MethodPatch, base + a.ID, `{"held":"yes"}`, "held"},
		{http.MethodPatch, base + a.ID, `{"hold":true}`, "hold"},
		{http.MethodPatch, base + a.ID, `{"state":"sleeping"}`, "state"},
		{http.MethodPatch, base + a.ID, `{"state":"parked"}`, "state"},
		{http.MethodPatch, base + a.ID, `{"resumeTime":"tomorrow"}`, "resumeTime"},
		{http.MethodPatch, base + a.ID, `{"resumeTime":"2026-11-02T16:00:00Z"}`, "resumeTime"}, // a call cannot be parked
		{http.MethodPatch, base + a.ID, ``, "body"},
		{http.MethodPatch, base + a.ID, `{"wrapup":{"notes":"no code"}}`, "wrapup.code"},
		{http.MethodPatch, base + a.ID, `{"wrapup":{"code":"` + f.org.WrapupCodes[0].ID + `","endTime":"2030-01-01T00:00:00Z"}}`, "wrapup.endTime"},
		{http.MethodPatch, base + cust.ID, `{"wrapup":{"code":"` + f.org.WrapupCodes[0].ID + `"}}`, "wrapup"},
		{http.MethodPatch, base + cust.ID, `{"wrapupSkipped":true}`, "wrapupSkipped"},
		{http.MethodPatch, callBase + a.ID + "/communications/" + a.Communications[0].ID, `{"held":true}`, "held"},
		{http.MethodPatch, callBase + a.ID + "/communications/" + a.Communications[0].ID, `{"wrapup":{"code":"x"}}`, "wrapup"},
		{http.MethodPatch, callBase + a.ID + "/communications/" + a.Communications[0].ID, `{}`, "state"},
		{http.MethodPatch, callBase + a.ID + "/communications/" + a.Communications[0].ID, `{"state":"connected"}`, "state"},
		{http.MethodPatch, callBase + a.ID + "/attributes", `{"attributes":{"n":1}}`, "attributes"},
		{http.MethodPost, base + cust.ID + "/digits", `{"digits":"12x"}`, "digits"},
		{http.MethodPost, base + cust.ID + "/digits", `{}`, "digits"},
		{http.MethodPost, base + cust.ID + "/secureivrsessions", `{"userData":"x"}`, "flowId"},
		{http.MethodPost, base + cust.ID + "/secureivrsessions", `{"flowId":"` + f.org.Flows[0].ID + `"}`, "userData"},
		{http.MethodPost, base + cust.ID + "/secureivrsessions", `{"flowId":"` + f.org.Flows[2].ID + `","userData":"x"}`, "flowId"},
		{http.MethodPost, base + cust.ID + "/secureivrsessions", `{"flowId":"` + f.org.Flows[0].ID + `","userData":"x","sourceParticipantId":"` + cust.ID + `"}`, "sourceParticipantId"},
	} {
		status, body := rawCall(t, f, tc.method, tc.path, "", tc.body)
		assert.Equal(t, http.StatusBadRequest, status, "%s %s %s: %v", tc.method, tc.path, tc.body, body)
		assert.Equal(t, tc.field, fieldOf(body), "%s %s %s: %v", tc.method, tc.path, tc.body, body)
	}

	// A wrap-up without code has its own error code.
	ae := toolAPIError(t, f.set, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": a.ID, "wrapup": map[string]any{"notes": "x"}})
	assert.Equal(t, "conversation.error.wrapup.code.required", ae.Code)

	// Nothing of the refused requests took effect.
	after := f.conv(t, c.ID)
	assert.False(t, partComm(t, participantByID(t, after, a.ID)).Held)
	assert.Empty(t, participantByID(t, after, cust.ID).Digits)
	assert.Empty(t, participantByID(t, after, cust.ID).SecureSessions)
	assert.Nil(t, after.EndTime)
}

func TestParticipantsOnEndedConversation(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	past := f.pastConv(t, "call")
	a := byPurpose(past, "agent")
	for _, args := range []map[string]any{
		{"held": true},
		{"muted": true},
		{"state": "disconnected"},
	} {
		args["conversationId"], args["participantId"] = past.ID, a.ID
		ae := toolAPIError(t, f.set, "genesys_conversations_patch_call_participant", args)
		assert.Equal(t, http.StatusBadRequest, ae.Status, "%v", args)
	}
	ae := toolAPIError(t, f.set, "genesys_conversations_patch_call_participant_attributes",
		map[string]any{"conversationId": past.ID, "participantId": a.ID, "attributes": map[string]string{"x": "y"}})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_participant_digits",
		map[string]any{"conversationId": past.ID, "participantId": a.ID, "digits": "1"})
	assert.Equal(t, http.StatusBadRequest, ae.Status)

	// The seeded history is wrapped up already: a second final wrap-up is refused.
	ae = toolAPIError(t, f.set, "genesys_conversations_patch_call_participant",
		map[string]any{"conversationId": past.ID, "participantId": a.ID, "wrapup": map[string]any{"code": f.org.WrapupCodes[0].ID}})
	assert.Equal(t, http.StatusBadRequest, ae.Status)

	// A disconnected agent can still wrap up on a live conversation's record.
	c := f.userConv(t, "call")
	agent := agentOf(c)
	runTool(t, f, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "state": "disconnected"})
	runTool(t, f, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": agent.ID,
		"wrapup": map[string]any{"code": f.org.WrapupCodes[1].ID, "durationSeconds": 42}})
	w := participantByID(t, f.conv(t, c.ID), agent.ID).Wrapup
	require.NotNil(t, w)
	assert.Equal(t, 42, w.DurationSeconds)
	// Disconnecting twice is refused.
	ae = toolAPIError(t, f.set, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "state": "disconnected"})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
}

func TestParticipantsSecureIVROnlyOnCalls(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	m := f.liveConv(t, "message", true)
	ae := toolAPIError(t, f.set, "genesys_conversations_post_conversation_participant_secureivrsessions",
		map[string]any{"conversationId": m.ID, "participantId": customerOf(m).ID, "flowId": f.org.Flows[0].ID, "userData": "x"})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_participant_digits",
		map[string]any{"conversationId": m.ID, "participantId": customerOf(m).ID, "digits": "1"})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	ae = toolAPIError(t, f.set, "genesys_conversations_patch_conversation_participant",
		map[string]any{"conversationId": m.ID, "participantId": agentOf(m).ID, "muted": true})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	require.Len(t, ae.Details, 1)
	assert.Equal(t, "muted", ae.Details[0].FieldName)
}
