package tools_test

import "testing"

const (
	assignedWrapup = `{"code":"wc-1","notes":"Refund approved","tags":["refund","billing"],"durationSeconds":45,"endTime":"2026-01-31T14:05:00Z"}`
	wrapupCodeList = `[{"id":"wc-1","name":"Resolved","description":"Issue resolved on first contact","selfUri":"/api/v2/routing/wrapupcodes/wc-1"},{"id":"wc-2","name":"Escalated","selfUri":"/api/v2/routing/wrapupcodes/wc-2"}]`
)

// wrapupCases are representative calls of the wrapup tools and the exact requests
// they must send.
var wrapupCases = []requestCase{
	{
		tool:     "genesys_conversations_get_call_participant_communication_wrapup",
		args:     `{"conversationId":"conv-1","participantId":"agent-1","communicationId":"comm-1","provisional":true}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/agent-1/communications/comm-1/wrapup",
		query:    "provisional=true",
		response: `{"notes":"Draft: customer to call back","tags":["followup"]}`,
	},
	{
		tool:     "genesys_conversations_get_call_participant_communication_wrapup",
		args:     `{"conversationId":"conv 1","participantId":"agent 1","communicationId":"comm-1","provisional":false}`,
		path:     "/api/v2/conversations/calls/conv%201/participants/agent%201/communications/comm-1/wrapup",
		response: assignedWrapup,
	},
	{
		tool:     "genesys_conversations_get_call_participant_wrapup",
		args:     `{"conversationId":"conv-1","participantId":"agent-1"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/agent-1/wrapup",
		response: assignedWrapup,
	},
	{
		tool:     "genesys_conversations_get_call_participant_wrapupcodes",
		args:     `{"conversationId":"conv-1","participantId":"agent-1"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/agent-1/wrapupcodes",
		response: wrapupCodeList,
	},
	{
		tool:     "genesys_conversations_get_callback_participant_communication_wrapup",
		args:     `{"conversationId":"cb-1","participantId":"agent-2","communicationId":"comm-2"}`,
		path:     "/api/v2/conversations/callbacks/cb-1/participants/agent-2/communications/comm-2/wrapup",
		response: assignedWrapup,
	},
	{
		tool:     "genesys_conversations_get_callback_participant_wrapup",
		args:     `{"conversationId":"cb-1","participantId":"agent-2","provisional":true}`,
		path:     "/api/v2/conversations/callbacks/cb-1/participants/agent-2/wrapup",
		query:    "provisional=true",
		response: `{"notes":"Left voicemail"}`,
	},
	{
		tool:     "genesys_conversations_get_callback_participant_wrapupcodes",
		args:     `{"conversationId":"cb-1","participantId":"agent-2"}`,
		path:     "/api/v2/conversations/callbacks/cb-1/participants/agent-2/wrapupcodes",
		response: wrapupCodeList,
	},
	{
		tool:     "genesys_conversations_get_conversation_participant_wrapup",
		args:     `{"conversationId":"conv-3","participantId":"agent-3","provisional":true}`,
		path:     "/api/v2/conversations/conv-3/participants/agent-3/wrapup",
		query:    "provisional=true",
		response: assignedWrapup,
	},
	{
		tool:     "genesys_conversations_get_conversation_participant_wrapupcodes",
		args:     `{"conversationId":"conv-3","participantId":"agent-3"}`,
		path:     "/api/v2/conversations/conv-3/participants/agent-3/wrapupcodes",
		response: `[]`,
	},
	{
		tool: "genesys_conversations_post_call_participant_communication_wrapup",
		args: `{"conversationId":"conv-1","participantId":"agent-1","communicationId":"comm-1",` +
			`"code":"wc-1","name":"Resolved","notes":"Refund approved","tags":["refund","billing"],` +
			`"durationSeconds":45,"endTime":"2026-01-31T14:05:00Z","provisional":false,"disableEndTimeUpdates":true}`,
		path: "/api/v2/conversations/calls/conv-1/participants/agent-1/communications/comm-1/wrapup",
		body: `{"code":"wc-1","name":"Resolved","notes":"Refund approved","tags":["refund","billing"],` +
			`"durationSeconds":45,"endTime":"2026-01-31T14:05:00Z","provisional":false,"disableEndTimeUpdates":true}`,
	},
	{
		tool: "genesys_conversations_post_conversations_call_participant_communication_wrapup",
		args: `{"conversationId":"conv-1","participantId":"agent-1","communicationId":"comm-1","notes":"Customer will call back","provisional":true}`,
		path: "/api/v2/conversations/calls/conv-1/participants/agent-1/communications/comm-1/wrapup",
		body: `{"notes":"Customer will call back","provisional":true}`,
	},
	{
		tool: "genesys_conversations_post_conversations_call_participant_communication_wrapup",
		args: `{"conversationId":"conv-1","participantId":"agent-1","communicationId":"comm-1","code":"wc-2"}`,
		path: "/api/v2/conversations/calls/conv-1/participants/agent-1/communications/comm-1/wrapup",
		body: `{"code":"wc-2"}`,
	},
	{
		tool: "genesys_conversations_post_callback_participant_communication_wrapup",
		args: `{"conversationId":"cb-1","participantId":"agent-2","communicationId":"comm-2","code":"wc-1","tags":["callback"],"durationSeconds":30}`,
		path: "/api/v2/conversations/callbacks/cb-1/participants/agent-2/communications/comm-2/wrapup",
		body: `{"code":"wc-1","tags":["callback"],"durationSeconds":30}`,
	},
}

func TestWrapupRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range wrapupCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
