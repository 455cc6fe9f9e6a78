package tools_test

import "testing"

// callConversationJSON is a small CallConversation as GET /calls/{id} answers it.
const callConversationJSON = `{
	"id": "5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41",
	"participants": [
		{"id": "p-customer-1", "purpose": "customer", "address": "tel:+13175550123", "state": "connected", "direction": "inbound", "held": false},
		{"id": "p-agent-1", "purpose": "agent", "state": "connected", "direction": "inbound", "user": {"id": "u-agent-7"}, "queue": {"id": "q-support"}, "muted": false, "recording": true}
	],
	"recordingState": "active",
	"selfUri": "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41"
}`

// conversationJSON is a small Conversation as the PATCH/POST operations that
// take the Conversation model answer it.
const conversationJSON = `{
	"id": "5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41",
	"startTime": "2026-03-02T15:04:05.000Z",
	"participants": [
		{"id": "p-customer-1", "purpose": "customer", "address": "tel:+13175550123"},
		{"id": "p-agent-1", "purpose": "agent", "userId": "u-agent-7"}
	],
	"recordingState": "ACTIVE",
	"selfUri": "/api/v2/conversations/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41"
}`

// callListingJSON is a CallConversationEntityListing for the logged-in user.
const callListingJSON = `{
	"entities": [
		{"id": "5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41", "participants": [{"id": "p-agent-1", "purpose": "agent", "state": "connected"}], "recordingState": "active"}
	],
	"pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1,
	"selfUri": "/api/v2/conversations/calls"
}`

// callCases are representative calls of the calls tools and the exact requests
// they must send.
var callCases = []requestCase{
	{
		tool:     "genesys_conversations_get_call",
		args:     `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41"}`,
		path:     "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41",
		response: callConversationJSON,
	},
	{
		tool:     "genesys_conversations_get_conversations_call",
		args:     `{"conversationId":"conv 2026 a"}`,
		path:     "/api/v2/conversations/calls/conv%202026%20a",
		response: callConversationJSON,
	},
	{
		tool:     "genesys_conversations_get_calls",
		args:     `{}`,
		path:     "/api/v2/conversations/calls",
		response: callListingJSON,
	},
	{
		tool:     "genesys_conversations_get_conversations_calls",
		args:     ``,
		path:     "/api/v2/conversations/calls",
		response: callListingJSON,
	},
	{
		tool:  "genesys_conversations_get_calls_history",
		args:  `{"pageSize":50,"pageNumber":2,"interval":"2026-01-01T00:00:00Z/2026-01-02T00:00:00Z","expand":["user","queue"]}`,
		path:  "/api/v2/conversations/calls/history",
		query: "expand=user&expand=queue&interval=2026-01-01T00%3A00%3A00Z%2F2026-01-02T00%3A00%3A00Z&pageNumber=2&pageSize=50",
		response: `{
			"entities": [{
				"id": "0b7e4d2a-6c1f-4e3b-8a9d-1f2e3d4c5b6a",
				"direction": "outbound", "missedCall": false, "wentToVoicemail": false,
				"startTime": "2026-01-01T09:30:00.000Z",
				"participants": [{"id": "p-1", "purpose": "user", "user": {"id": "u-agent-7", "name": "Ada Agent"}}]
			}],
			"pageSize": 50, "pageNumber": 2, "total": 51, "pageCount": 2
		}`,
	},
	{
		tool:     "genesys_conversations_get_conversations_calls_history",
		args:     `{"pageSize":10,"expand":["externalcontact"]}`,
		path:     "/api/v2/conversations/calls/history",
		query:    "expand=externalcontact&pageSize=10",
		response: `{"entities": [], "pageSize": 10, "pageNumber": 1, "total": 0, "pageCount": 0}`,
	},
	{
		// Disconnect everyone: the API model still wants startTime and participants.
		tool:     "genesys_conversations_patch_call",
		args:     `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","startTime":"2026-03-02T15:04:05.000Z","participants":[],"state":"disconnected"}`,
		path:     "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41",
		body:     `{"startTime":"2026-03-02T15:04:05.000Z","participants":[],"state":"disconnected"}`,
		response: conversationJSON,
	},
	{
		// Secure pause of the recording answers 202 with the conversation.
		tool:     "genesys_conversations_patch_call",
		args:     `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","startTime":"2026-03-02T15:04:05Z","participants":[],"recordingState":"PAUSED"}`,
		path:     "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41",
		body:     `{"startTime":"2026-03-02T15:04:05Z","participants":[],"recordingState":"PAUSED"}`,
		status:   202,
		response: `{"id":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","startTime":"2026-03-02T15:04:05.000Z","participants":[],"recordingState":"PAUSED","securePause":true}`,
	},
	{
		tool: "genesys_conversations_patch_call_conference",
		args: `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","conversationIds":["9a8b7c6d-0000-4000-8000-000000000001","9a8b7c6d-0000-4000-8000-000000000002"]}`,
		path: "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/conference",
		body: `{"conversationIds":["9a8b7c6d-0000-4000-8000-000000000001","9a8b7c6d-0000-4000-8000-000000000002"]}`,
	},
	{
		tool:     "genesys_conversations_post_call",
		args:     `{"conversationId":"c0ffee00-1111-4222-8333-444455556666","callNumber":"+13175550123","phoneColumn":"cell"}`,
		path:     "/api/v2/conversations/calls/c0ffee00-1111-4222-8333-444455556666",
		body:     `{"callNumber":"+13175550123","phoneColumn":"cell"}`,
		response: `{"id":"c0ffee00-1111-4222-8333-444455556666","startTime":"2026-03-02T16:00:00.000Z","participants":[{"id":"p-cb-1","purpose":"customer","address":"tel:+13175550123"}]}`,
	},
	{
		tool: "genesys_conversations_post_call_participant_barge",
		args: `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","participantId":"p-agent-1"}`,
		path: "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants/p-agent-1/barge",
	},
	{
		tool: "genesys_conversations_post_call_participant_coach",
		args: `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","participantId":"p-agent-1"}`,
		path: "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants/p-agent-1/coach",
	},
	{
		tool:   "genesys_conversations_post_call_participant_monitor",
		args:   `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","participantId":"p agent 1"}`,
		path:   "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants/p%20agent%201/monitor",
		status: 201,
	},
	{
		tool:     "genesys_conversations_post_call_participants",
		args:     `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","startTime":"2026-03-02T15:04:05.000Z","participants":[{"address":"+13175550199"},{"queueId":"q-billing"}]}`,
		path:     "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants",
		body:     `{"startTime":"2026-03-02T15:04:05.000Z","participants":[{"address":"+13175550199"},{"queueId":"q-billing"}]}`,
		response: conversationJSON,
	},
	{
		tool:     "genesys_conversations_post_call_participants_user_user_id",
		args:     `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","userId":"u-agent-7","startTime":"2026-03-02T15:04:05.000Z","participants":[{"userId":"u-supervisor-2","name":"Sam Supervisor"}],"maxParticipants":6}`,
		path:     "/api/v2/conversations/calls/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants/user/u-agent-7",
		body:     `{"startTime":"2026-03-02T15:04:05.000Z","participants":[{"userId":"u-supervisor-2","name":"Sam Supervisor"}],"maxParticipants":6}`,
		response: conversationJSON,
	},
	{
		tool:     "genesys_conversations_post_calls",
		args:     `{"phoneNumber":"+13175550123","callerId":"+13175550100","callerIdName":"Acme Support","callFromQueueId":"q-support","attributes":{"orderId":"A-1001"},"uuiData":"04a1b2","externalContactId":"ec-42","label":"voice-outbound"}`,
		path:     "/api/v2/conversations/calls",
		body:     `{"phoneNumber":"+13175550123","callerId":"+13175550100","callerIdName":"Acme Support","callFromQueueId":"q-support","attributes":{"orderId":"A-1001"},"uuiData":"04a1b2","externalContactId":"ec-42","label":"voice-outbound"}`,
		response: `{"id":"7d3e2f10-aaaa-4bbb-8ccc-ddddeeeeffff","selfUri":"/api/v2/conversations/7d3e2f10-aaaa-4bbb-8ccc-ddddeeeeffff"}`,
	},
	{
		// Ad-hoc conference of new parties and an existing call.
		tool:     "genesys_conversations_post_calls",
		args:     `{"participants":[{"address":"+13175550123"},{"userId":"u-expert-3","name":"Eve Expert"},{"queueId":"q-billing"}],"conversationIds":["5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41"]}`,
		path:     "/api/v2/conversations/calls",
		body:     `{"participants":[{"address":"+13175550123"},{"userId":"u-expert-3","name":"Eve Expert"},{"queueId":"q-billing"}],"conversationIds":["5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41"]}`,
		response: `{"id":"8e4f3a21-aaaa-4bbb-8ccc-ddddeeeeffff"}`,
	},
	{
		tool:     "genesys_conversations_post_calls_user_user_id",
		args:     `{"userId":"u-agent-7","callQueueId":"q-support","priority":5,"languageId":"lang-fr","routingSkillsIds":["skill-billing","skill-vip"],"routingSkillExpression":"billing >= 3"}`,
		path:     "/api/v2/conversations/calls/user/u-agent-7",
		body:     `{"callQueueId":"q-support","priority":5,"languageId":"lang-fr","routingSkillsIds":["skill-billing","skill-vip"],"routingSkillExpression":"billing >= 3"}`,
		response: `{"id":"9f5a4b32-aaaa-4bbb-8ccc-ddddeeeeffff","selfUri":"/api/v2/conversations/9f5a4b32-aaaa-4bbb-8ccc-ddddeeeeffff"}`,
	},
}

func TestCallRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range callCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
