package genesystest_test

import (
	"maps"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// xferOtherUser is a user of the org who is not on the conversation.
func xferOtherUser(t *testing.T, f *fixture, c genesystest.Conversation) genesystest.User {
	t.Helper()
	for _, u := range f.org.Users {
		busy := false
		for _, p := range c.Participants {
			if p.UserID == u.ID {
				busy = true
			}
		}
		if !busy {
			return u
		}
	}
	t.Fatal("every user is on the conversation")
	return genesystest.User{}
}

// xferHeld reports whether the participant's newest communication is held.
func xferHeld(t *testing.T, c genesystest.Conversation, id string) bool {
	t.Helper()
	return partComm(t, participantByID(t, c, id)).Held
}

// xferLast is the conversation's newest transfer record.
func xferLast(t *testing.T, c genesystest.Conversation) *genesystest.Transfer {
	t.Helper()
	require.NotEmpty(t, c.Transfers, "conversation %s has no transfers", c.ID)
	return c.Transfers[len(c.Transfers)-1]
}

// xferConsult starts a consult of the user's live call to another agent
// (speaking to the destination) and remembers the ids in f.values.
func xferConsult(t *testing.T, f *fixture) {
	t.Helper()
	c := f.userConv(t, "call")
	u := xferOtherUser(t, f, c)
	f.values["conv"], f.values["customer"], f.values["agent"], f.values["user"] = c.ID, customerOf(c).ID, agentOf(c).ID, u.ID
	res := runTool(t, f, "genesys_conversations_post_call_participant_consult_agent", map[string]any{
		"conversationId": c.ID, "participantId": f.values["customer"], "speakTo": "DESTINATION", "userId": u.ID,
	})
	f.values["dest"] = decodeBody(t, res)["destinationParticipantId"].(string)
}

// xferConsultArgs starts a consult (xferConsult) and names the conversation
// and one of its participants ("customer", "agent" or "dest"), with extra
// arguments.
func xferConsultArgs(who string, extra map[string]any) func(*testing.T, *fixture) string {
	return func(t *testing.T, f *fixture) string {
		xferConsult(t, f)
		args := map[string]any{"conversationId": f.values["conv"], "participantId": f.values[who]}
		maps.Copy(args, extra)
		return jsonArgs(args)
	}
}

// xferCheckConsult asserts the state right after a consult started with
// speakTo DESTINATION.
func xferCheckConsult(t *testing.T, f *fixture, res *tools.Result, purpose string) genesystest.Conversation {
	t.Helper()
	dest := decodeBody(t, res)["destinationParticipantId"].(string)
	c := f.conv(t, f.values["conv"])
	d := participantByID(t, c, dest)
	assert.Equal(t, purpose, d.Purpose)
	assert.Nil(t, d.EndTime)
	assert.Equal(t, "connected", partComm(t, d).State)
	assert.Equal(t, dest, participantByID(t, c, f.values["customer"]).ConsultParticipantID)
	assert.True(t, xferHeld(t, c, f.values["customer"]), "the customer waits on hold")
	assert.False(t, xferHeld(t, c, f.values["agent"]))
	assert.False(t, xferHeld(t, c, dest))
	tr := xferLast(t, c)
	assert.Equal(t, "Active", tr.State)
	assert.Equal(t, "Attended", tr.TransferType)
	assert.Equal(t, f.org.Users[0].ID, tr.InitiatorUserID)
	assert.Nil(t, c.EndTime)
	return c
}

// xferCheckReplaced asserts that the agent left by transfer and owes
// wrap-up, and returns the conversation and its newest transfer.
func xferCheckReplaced(t *testing.T, f *fixture) (genesystest.Conversation, *genesystest.Transfer) {
	t.Helper()
	c := f.conv(t, f.values["conv"])
	a := participantByID(t, c, f.values["agent"])
	assert.NotNil(t, a.EndTime, "the replaced agent left")
	assert.Equal(t, "transfer", partComm(t, a).DisconnectType)
	assert.True(t, a.WrapupRequired)
	assert.Nil(t, c.EndTime, "the conversation goes on")
	tr := xferLast(t, c)
	assert.Equal(t, "Complete", tr.State)
	assert.Equal(t, a.UserID, tr.InitiatorUserID)
	return c, tr
}

var transferSimCases = []simCase{
	{
		tool: "genesys_conversations_post_call_participant_consult_agent",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			u := xferOtherUser(t, f, c)
			f.values["conv"], f.values["customer"], f.values["agent"], f.values["user"] = c.ID, customerOf(c).ID, agentOf(c).ID, u.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "speakTo": "DESTINATION", "userId": u.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := xferCheckConsult(t, f, res, "agent")
			d := participantByID(t, c, decodeBody(t, res)["destinationParticipantId"].(string))
			assert.Equal(t, f.values["user"], d.UserID)
			assert.Equal(t, f.values["user"], xferLast(t, c).DestinationUserID)
			// The call shows who is consulted.
			get := runTool(t, f, "genesys_conversations_get_call", map[string]any{"conversationId": c.ID})
			for _, p := range decodeBody(t, get)["participants"].([]any) {
				if p.(map[string]any)["id"] == f.values["customer"] {
					assert.Equal(t, d.ID, p.(map[string]any)["consultParticipantId"])
				}
			}
		},
	},
	{
		name: "consult_completes_when_the_agent_hangs_up",
		tool: "genesys_conversations_patch_call_participant",
		args: xferConsultArgs("agent", map[string]any{"state": "disconnected"}),
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			a := participantByID(t, c, f.values["agent"])
			assert.NotNil(t, a.EndTime)
			assert.Equal(t, "transfer", partComm(t, a).DisconnectType)
			assert.True(t, a.WrapupRequired)
			d := participantByID(t, c, f.values["dest"])
			assert.Nil(t, d.EndTime, "the destination keeps the customer")
			assert.Nil(t, c.EndTime)
			assert.False(t, xferHeld(t, c, f.values["customer"]), "the customer is off hold")
			assert.Empty(t, participantByID(t, c, f.values["customer"]).ConsultParticipantID)
			tr := xferLast(t, c)
			assert.Equal(t, "Complete", tr.State)
			assert.Equal(t, f.values["user"], tr.DestinationUserID)
			// recentTransfers reports it.
			get := runTool(t, f, "genesys_conversations_get_conversation", map[string]any{"conversationId": c.ID})
			recent := decodeBody(t, get)["recentTransfers"].([]any)
			require.NotEmpty(t, recent)
			assert.Equal(t, "Complete", recent[len(recent)-1].(map[string]any)["state"])
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_consult_queue",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "speakTo": "DESTINATION", "queueName": f.org.Queues[2].Name})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := xferCheckConsult(t, f, res, "acd")
			d := participantByID(t, c, decodeBody(t, res)["destinationParticipantId"].(string))
			assert.Equal(t, f.org.Queues[2].ID, d.QueueID)
			assert.Equal(t, f.org.Queues[2].ID, xferLast(t, c).DestinationAddress)
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_consult_contact_external",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "speakTo": "DESTINATION",
				"contactId": f.org.ExternalContacts[5].ID, "phoneType": "WorkPhone"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := xferCheckConsult(t, f, res, "external")
			d := participantByID(t, c, decodeBody(t, res)["destinationParticipantId"].(string))
			assert.Equal(t, f.org.ExternalContacts[5].ID, d.ExternalContactID)
			assert.Equal(t, f.org.ExternalContacts[5].WorkPhone, d.Address)
			assert.Equal(t, f.org.ExternalContacts[5].WorkPhone, xferLast(t, c).DestinationAddress)
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_voice_consult",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["customer"], f.values["agent"] = c.ID, customerOf(c).ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["customer"], "speakTo": "DESTINATION", "address": "+13175559876"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := xferCheckConsult(t, f, res, "external")
			d := participantByID(t, c, decodeBody(t, res)["destinationParticipantId"].(string))
			assert.Equal(t, "+13175559876", d.Address)
			assert.Empty(t, d.ExternalContactID)
		},
	},
	{
		tool: "genesys_conversations_patch_call_participant_consult",
		args: xferConsultArgs("customer", map[string]any{"speakTo": "OBJECT"}),
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, f.values["dest"], decodeBody(t, res)["destinationParticipantId"])
			c := f.conv(t, f.values["conv"])
			assert.False(t, xferHeld(t, c, f.values["customer"]), "the agent talks to the customer again")
			assert.True(t, xferHeld(t, c, f.values["dest"]), "the destination waits")
			assert.Equal(t, "hold", partOpenSegment(partComm(t, participantByID(t, c, f.values["dest"]))))
			assert.Equal(t, "Active", xferLast(t, c).State)
		},
	},
	{
		name: "patch_call_participant_consult_both",
		tool: "genesys_conversations_patch_call_participant_consult",
		args: xferConsultArgs("customer", map[string]any{"speakTo": "BOTH"}),
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			for _, id := range []string{"customer", "agent", "dest"} {
				assert.False(t, xferHeld(t, c, f.values[id]), id)
			}
			assert.Equal(t, f.values["dest"], participantByID(t, c, f.values["customer"]).ConsultParticipantID)
		},
	},
	{
		name: "patch_call_participant_consult_conference",
		tool: "genesys_conversations_patch_call_participant_consult",
		args: xferConsultArgs("customer", map[string]any{"speakTo": "CONFERENCE"}),
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			for _, id := range []string{"customer", "agent", "dest"} {
				assert.False(t, xferHeld(t, c, f.values[id]), id)
				assert.Nil(t, participantByID(t, c, f.values[id]).EndTime, id)
			}
			assert.Empty(t, participantByID(t, c, f.values["customer"]).ConsultParticipantID, "a conference is no consult")
			assert.Equal(t, "Canceled", xferLast(t, c).State)
		},
	},
	{
		tool: "genesys_conversations_delete_call_participant_consult",
		args: xferConsultArgs("customer", nil),
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.NotNil(t, participantByID(t, c, f.values["dest"]).EndTime, "the destination is dropped")
			assert.Nil(t, participantByID(t, c, f.values["agent"]).EndTime, "the agent keeps the call")
			assert.False(t, xferHeld(t, c, f.values["customer"]))
			assert.Empty(t, participantByID(t, c, f.values["customer"]).ConsultParticipantID)
			assert.Equal(t, "Canceled", xferLast(t, c).State)
			assert.Nil(t, c.EndTime)
		},
	},
	{
		tool: "genesys_conversations_post_call_participant_replace",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			u := xferOtherUser(t, f, c)
			f.values["conv"], f.values["agent"], f.values["user"] = c.ID, agentOf(c).ID, u.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "userId": u.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			assert.Equal(t, f.values["user"], agentOf(c).UserID)
			assert.Equal(t, "Unattended", tr.TransferType)
			assert.Equal(t, f.values["user"], tr.DestinationUserID)
		},
	},
	{
		name: "post_call_participant_replace_voicemail",
		tool: "genesys_conversations_post_call_participant_replace",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "voicemail": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			vm := byPurpose(c, "voicemail")
			require.NotNil(t, vm)
			assert.Equal(t, f.org.Users[0].ID, vm.UserID)
			assert.Equal(t, "voicemail", tr.DestinationAddress)
		},
	},
	{
		tool: "genesys_conversations_post_callback_participant_replace",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "callback", false)
			acd := byPurpose(c, "acd")
			f.values["conv"], f.values["acd"], f.values["user"] = c.ID, acd.ID, f.org.Users[3].ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": acd.ID, "address": f.org.Users[3].ID, "transferType": "Attended"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.NotNil(t, participantByID(t, c, f.values["acd"]).EndTime, "the queue leg ends")
			a := agentOf(c)
			require.NotNil(t, a)
			assert.Equal(t, f.values["user"], a.UserID)
			assert.Equal(t, "callback", partComm(t, a).MediaType)
			tr := xferLast(t, c)
			assert.Equal(t, "Attended", tr.TransferType)
			assert.Equal(t, "Complete", tr.State)
			assert.Nil(t, c.EndTime)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_agent",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			u := xferOtherUser(t, f, c)
			f.values["conv"], f.values["agent"], f.values["user"] = c.ID, agentOf(c).ID, u.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "userName": u.Email, "keepInternalMessageAlive": true})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			assert.Equal(t, f.values["user"], agentOf(c).UserID)
			assert.Equal(t, "message", partComm(t, agentOf(c)).MediaType)
			assert.Equal(t, "Unattended", tr.TransferType)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_queue",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "email", true)
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "queueName": f.org.Queues[1].Name})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			assert.Nil(t, agentOf(c), "the email waits in the queue")
			acd := byPurpose(c, "acd")
			require.NotNil(t, acd)
			assert.Nil(t, acd.EndTime)
			assert.Equal(t, f.org.Queues[1].ID, acd.QueueID)
			assert.Equal(t, f.org.Queues[1].ID, tr.DestinationAddress)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_contact_external",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "contactId": f.org.ExternalContacts[2].ID, "phoneType": "HomePhone"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			ext := byPurpose(c, "external")
			require.NotNil(t, ext)
			assert.Equal(t, f.org.ExternalContacts[2].HomePhone, ext.Address)
			assert.Equal(t, f.org.ExternalContacts[2].ID, ext.ExternalContactID)
			assert.Equal(t, f.org.ExternalContacts[2].HomePhone, tr.DestinationAddress)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_participant_transfer",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			u := xferOtherUser(t, f, c)
			f.values["conv"], f.values["agent"], f.values["user"] = c.ID, agentOf(c).ID, u.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "address": u.Name})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			assert.Equal(t, f.values["user"], agentOf(c).UserID)
			assert.Equal(t, f.values["user"], tr.DestinationUserID)
		},
	},
	{
		name: "post_conversation_participant_transfer_to_queue_name",
		tool: "genesys_conversations_post_conversation_participant_transfer",
		args: func(t *testing.T, f *fixture) string {
			c := f.userConv(t, "call")
			f.values["conv"], f.values["agent"] = c.ID, agentOf(c).ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "participantId": f.values["agent"], "address": f.org.Queues[3].Name, "transferType": "Attended"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c, tr := xferCheckReplaced(t, f)
			assert.Equal(t, f.org.Queues[3].ID, byPurpose(c, "acd").QueueID)
			assert.Equal(t, "Attended", tr.TransferType)
		},
	},
}

func TestTransfersUnknownIDs(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.userConv(t, "call")
	cust, agent := customerOf(c), agentOf(c)
	missing := "00000000-0000-4000-8000-000000000000"
	for _, tc := range []struct {
		tool   string
		args   map[string]any
		entity string
	}{
		{"genesys_conversations_post_call_participant_consult_agent", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "userId": missing}, "user"},
		{"genesys_conversations_post_call_participant_consult_agent", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "userDisplayName": "Nobody Here"}, "user"},
		{"genesys_conversations_post_call_participant_consult_agent", map[string]any{"conversationId": f.liveConv(t, "message", true).ID, "participantId": cust.ID, "speakTo": "DESTINATION", "userId": f.org.Users[5].ID}, "call conversation"},
		{"genesys_conversations_post_call_participant_consult_agent", map[string]any{"conversationId": c.ID, "participantId": missing, "speakTo": "DESTINATION", "userId": f.org.Users[5].ID}, "participant"},
		{"genesys_conversations_post_call_participant_consult_agent", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "userId": f.org.Users[5].ID, "consultingUserId": missing}, "user"},
		{"genesys_conversations_post_call_participant_consult_queue", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "queueId": missing}, "queue"},
		{"genesys_conversations_post_call_participant_consult_contact_external", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "contactId": missing, "phoneType": "CellPhone"}, "external contact"},
		{"genesys_conversations_post_call_participant_replace", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "queueId": missing}, "queue"},
		{"genesys_conversations_post_callback_participant_replace", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "queueId": f.org.Queues[0].ID}, "callback conversation"},
		{"genesys_conversations_post_conversation_participant_replace_agent", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "userName": "nobody@acme.example"}, "user"},
		{"genesys_conversations_post_conversation_participant_replace_queue", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "queueName": "No Such Queue"}, "queue"},
		{"genesys_conversations_post_conversation_participant_replace_contact_external", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "contactId": missing, "phoneType": "CellPhone"}, "external contact"},
		{"genesys_conversations_post_conversation_participant_transfer", map[string]any{"conversationId": missing, "participantId": agent.ID, "address": "+13175550000"}, "conversation"},
	} {
		ae := toolAPIError(t, f.set, tc.tool, tc.args)
		assert.Equal(t, http.StatusNotFound, ae.Status, "%s %v", tc.tool, tc.args)
		assert.Equal(t, "not.found", ae.Code)
		assert.Equal(t, tc.entity, ae.EntityName, "%s %v", tc.tool, tc.args)
	}
	after := f.conv(t, c.ID)
	assert.Len(t, after.Participants, len(c.Participants), "no participant was added")
	assert.Empty(t, after.Transfers)
}

func TestTransfersBadRequests(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.userConv(t, "call")
	cust, agent := customerOf(c), agentOf(c)
	other := xferOtherUser(t, f, c)
	callBase := "/api/v2/conversations/calls/" + c.ID + "/participants/"
	base := "/api/v2/conversations/" + c.ID + "/participants/"
	cb := f.liveConv(t, "callback", false)
	for _, tc := range []struct {
		method, path, body, field string
	}{
		{http.MethodPost, callBase + cust.ID + "/consult/agent", `{"userId":"` + other.ID + `"}`, "speakTo"},
		{http.MethodPost, callBase + cust.ID + "/consult/agent", `{"speakTo":"EVERYONE","userId":"` + other.ID + `"}`, "speakTo"},
		{http.MethodPost, callBase + cust.ID + "/consult/agent", `{"speakTo":"DESTINATION"}`, "userId"},
		{http.MethodPost, callBase + cust.ID + "/consult/agent", `{"speakTo":"DESTINATION","queueId":"x"}`, "queueId"},
		{http.MethodPost, callBase + cust.ID + "/consult/queue", `{"speakTo":"DESTINATION"}`, "queueId"},
		{http.MethodPost, callBase + cust.ID + "/consult/contact/external", `{"speakTo":"DESTINATION","contactId":"` + f.org.ExternalContacts[0].ID + `","phoneType":"OtherPhone"}`, "phoneType"},
		{http.MethodPost, callBase + cust.ID + "/consult/contact/external", `{"speakTo":"DESTINATION","contactId":"` + f.org.ExternalContacts[0].ID + `","phoneType":"Pager"}`, "phoneType"},
		{http.MethodPost, callBase + cust.ID + "/consult/contact/external", `{"speakTo":"DESTINATION","phoneType":"CellPhone"}`, "contactId"},
		{http.MethodPost, callBase + cust.ID + "/voice/consult", `{"speakTo":"DESTINATION","address":"not a number"}`, "address"},
		{http.MethodPost, callBase + cust.ID + "/consult/agent", `{"speakTo":"DESTINATION","userId":"` + agent.UserID + `"}`, "userId"},
		{http.MethodPost, callBase + agent.ID + "/consult/agent", `{"speakTo":"DESTINATION","userId":"` + other.ID + `"}`, "participantId"},
		{http.MethodPatch, callBase + cust.ID + "/consult", `{"speakTo":"OBJECT"}`, "participantId"},
		{http.MethodDelete, callBase + cust.ID + "/consult", ``, "participantId"},
		{http.MethodPost, callBase + agent.ID + "/replace", `{}`, "userId"},
		{http.MethodPost, callBase + agent.ID + "/replace", `{"userId":"` + other.ID + `","transferType":"Blind"}`, "transferType"},
		{http.MethodPost, callBase + agent.ID + "/replace", `{"userId":"` + agent.UserID + `"}`, "userId"},
		{http.MethodPost, callBase + cust.ID + "/replace", `{"userId":"` + other.ID + `"}`, "participantId"},
		{http.MethodPost, callBase + cust.ID + "/replace", `{"voicemail":true}`, "voicemail"},
		{http.MethodPost, "/api/v2/conversations/callbacks/" + cb.ID + "/participants/" + byPurpose(cb, "acd").ID + "/replace", `{"address":"+13175550123"}`, "address"},
		{http.MethodPost, base + agent.ID + "/replace/agent", `{"user":"x"}`, "user"},
		{http.MethodPost, base + agent.ID + "/replace/contact/external", `{"contactId":"` + f.org.ExternalContacts[0].ID + `"}`, "phoneType"},
		{http.MethodPost, base + agent.ID + "/transfer", `{}`, "address"},
		{http.MethodPost, base + agent.ID + "/transfer", `{"address":42}`, "address"},
	} {
		status, body := rawCall(t, f, tc.method, tc.path, "", tc.body)
		assert.Equal(t, http.StatusBadRequest, status, "%s %s %s: %v", tc.method, tc.path, tc.body, body)
		assert.Equal(t, tc.field, fieldOf(body), "%s %s %s: %v", tc.method, tc.path, tc.body, body)
	}
	after := f.conv(t, c.ID)
	assert.Len(t, after.Participants, len(c.Participants), "no participant was added")
	assert.Empty(t, after.Transfers)
	assert.Nil(t, agentOf(after).EndTime)

	// Consult errors with their own codes.
	ae := toolAPIError(t, f.set, "genesys_conversations_patch_call_participant_consult", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "BOTH"})
	assert.Equal(t, "conversation.error.consult.transfer.not.started", ae.Code)
	ae = toolAPIError(t, f.set, "genesys_conversations_post_call_participant_replace", map[string]any{"conversationId": c.ID, "participantId": agent.ID, "userId": agent.UserID})
	assert.Equal(t, "conversation.error.cannot.transfer.to.self", ae.Code)

	// One consult at a time, and only on the party it was started on.
	xferConsult(t, f)
	ae = toolAPIError(t, f.set, "genesys_conversations_post_call_participant_voice_consult", map[string]any{"conversationId": c.ID, "participantId": cust.ID, "speakTo": "DESTINATION", "address": "+13175559999"})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
	ae = toolAPIError(t, f.set, "genesys_conversations_delete_call_participant_consult", map[string]any{"conversationId": c.ID, "participantId": agent.ID})
	assert.Equal(t, "conversation.error.consult.transfer.not.started", ae.Code)

	// Transfers of an ended conversation are refused.
	past := f.pastConv(t, "call")
	ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_participant_replace_queue", map[string]any{"conversationId": past.ID, "participantId": byPurpose(past, "agent").ID, "queueId": f.org.Queues[0].ID})
	assert.Equal(t, http.StatusBadRequest, ae.Status)
}

func TestConsultDestinationHangsUp(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	xferConsult(t, f)
	runTool(t, f, "genesys_conversations_patch_call_participant", map[string]any{"conversationId": f.values["conv"], "participantId": f.values["dest"], "state": "disconnected"})
	c := f.conv(t, f.values["conv"])
	assert.Equal(t, "Failed", xferLast(t, c).State)
	assert.Nil(t, participantByID(t, c, f.values["agent"]).EndTime, "the agent is back with the customer")
	assert.False(t, xferHeld(t, c, f.values["customer"]))
	assert.Empty(t, participantByID(t, c, f.values["customer"]).ConsultParticipantID)
	assert.Nil(t, c.EndTime)
}
