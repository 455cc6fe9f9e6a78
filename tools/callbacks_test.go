package tools_test

import "testing"

// callbackConversationJSON is a small CallbackConversation as GET
// /callbacks/{id} answers it.
const callbackConversationJSON = `{
	"id": "c0ffee00-1111-4222-8333-444455556666",
	"participants": [
		{"id": "p-cb-customer", "purpose": "customer", "state": "connected", "callbackNumbers": ["+13175550123"], "callbackUserName": "Pat Customer", "callbackScheduledTime": "2026-03-03T14:00:00.000Z"},
		{"id": "p-cb-agent", "purpose": "agent", "state": "alerting", "user": {"id": "u-agent-7"}, "queue": {"id": "q-support"}}
	],
	"selfUri": "/api/v2/conversations/callbacks/c0ffee00-1111-4222-8333-444455556666"
}`

// callbackListingJSON is a CallbackConversationEntityListing for the logged-in user.
const callbackListingJSON = `{
	"entities": [
		{"id": "c0ffee00-1111-4222-8333-444455556666", "participants": [{"id": "p-cb-agent", "purpose": "agent", "state": "connected"}]}
	],
	"pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1
}`

// callbackCreatedJSON is the CreateCallbackResponse / PatchCallbackResponse shape.
const callbackCreatedJSON = `{
	"conversation": {"id": "c0ffee00-1111-4222-8333-444455556666", "selfUri": "/api/v2/conversations/c0ffee00-1111-4222-8333-444455556666"},
	"callbackIdentifiers": [{"type": "ACD", "id": "cb-acd-1"}, {"type": "EXTERNAL", "id": "cb-ext-1"}]
}`

// callbackCases are representative calls of the callbacks tools and the exact requests
// they must send.
var callbackCases = []requestCase{
	{
		tool:     "genesys_conversations_get_callback",
		args:     `{"conversationId":"c0ffee00-1111-4222-8333-444455556666"}`,
		path:     "/api/v2/conversations/callbacks/c0ffee00-1111-4222-8333-444455556666",
		response: callbackConversationJSON,
	},
	{
		tool:     "genesys_conversations_get_conversations_callback",
		args:     `{"conversationId":"cb 2026 a"}`,
		path:     "/api/v2/conversations/callbacks/cb%202026%20a",
		response: callbackConversationJSON,
	},
	{
		tool:     "genesys_conversations_get_callbacks",
		args:     `{}`,
		path:     "/api/v2/conversations/callbacks",
		response: callbackListingJSON,
	},
	{
		tool:     "genesys_conversations_get_conversations_callbacks",
		args:     ``,
		path:     "/api/v2/conversations/callbacks",
		response: `{"entities": [], "pageSize": 25, "pageNumber": 1, "total": 0, "pageCount": 0}`,
	},
	{
		// Disconnect the callback: the API model still wants startTime and participants.
		tool:     "genesys_conversations_patch_callback",
		args:     `{"conversationId":"c0ffee00-1111-4222-8333-444455556666","startTime":"2026-03-02T15:04:05.000Z","participants":[],"state":"disconnected"}`,
		path:     "/api/v2/conversations/callbacks/c0ffee00-1111-4222-8333-444455556666",
		body:     `{"startTime":"2026-03-02T15:04:05.000Z","participants":[],"state":"disconnected"}`,
		response: `{"id":"c0ffee00-1111-4222-8333-444455556666","startTime":"2026-03-02T15:04:05.000Z","endTime":"2026-03-02T15:10:00.000Z","participants":[{"id":"p-cb-customer","purpose":"customer"}]}`,
	},
	{
		// validateCallbackNumbers=false must still be sent.
		tool:     "genesys_conversations_patch_callbacks",
		args:     `{"conversationId":"c0ffee00-1111-4222-8333-444455556666","agentId":"u-agent-7","queueId":"q-support","callbackScheduledTime":"2026-03-04T09:30:00Z","countryCode":"US","callbackNumbers":["+13175550123","+13175550124"],"validateCallbackNumbers":false,"customerFirstCallbackDeliveryMode":"NoAgentReservation"}`,
		path:     "/api/v2/conversations/callbacks",
		body:     `{"conversationId":"c0ffee00-1111-4222-8333-444455556666","agentId":"u-agent-7","queueId":"q-support","callbackScheduledTime":"2026-03-04T09:30:00Z","countryCode":"US","callbackNumbers":["+13175550123","+13175550124"],"validateCallbackNumbers":false,"customerFirstCallbackDeliveryMode":"NoAgentReservation"}`,
		response: callbackCreatedJSON,
	},
	{
		// Agent-owned callback through routing data.
		tool: "genesys_conversations_post_callbacks",
		args: `{
			"callbackNumbers":["+13175550123"],
			"callbackUserName":"Pat Customer",
			"callbackScheduledTime":"2026-03-03T14:00:00.000Z",
			"countryCode":"US",
			"validateCallbackNumbers":true,
			"scriptId":"script-callback",
			"customerFirstCallbackDeliveryMode":"UseAgentReservation",
			"routingData":{
				"queueId":"q-support",
				"languageId":"lang-en",
				"priority":2,
				"skillIds":["skill-billing"],
				"skillExpression":"billing >= 2",
				"preferredAgentIds":["u-agent-9"],
				"scoredAgents":[{"agent":{"id":"u-agent-7"},"score":100}],
				"routingFlags":["AGENT_OWNED_CALLBACK"],
				"label":"callbacks"
			},
			"data":{"notes":"wants a quote","customerPreferredName":"Pat"},
			"callerId":"+13175550100",
			"callerIdName":"Acme Support"
		}`,
		path: "/api/v2/conversations/callbacks",
		body: `{
			"callbackNumbers":["+13175550123"],
			"callbackUserName":"Pat Customer",
			"callbackScheduledTime":"2026-03-03T14:00:00.000Z",
			"countryCode":"US",
			"validateCallbackNumbers":true,
			"scriptId":"script-callback",
			"customerFirstCallbackDeliveryMode":"UseAgentReservation",
			"routingData":{
				"queueId":"q-support",
				"languageId":"lang-en",
				"priority":2,
				"skillIds":["skill-billing"],
				"skillExpression":"billing >= 2",
				"preferredAgentIds":["u-agent-9"],
				"scoredAgents":[{"agent":{"id":"u-agent-7"},"score":100}],
				"routingFlags":["AGENT_OWNED_CALLBACK"],
				"label":"callbacks"
			},
			"data":{"notes":"wants a quote","customerPreferredName":"Pat"},
			"callerId":"+13175550100",
			"callerIdName":"Acme Support"
		}`,
		response: callbackCreatedJSON,
	},
	{
		// Plain queue callback; the API may accept it for processing with 202 and no body.
		tool:   "genesys_conversations_post_callbacks",
		args:   `{"queueId":"q-support","callbackNumbers":["+13175550123"]}`,
		path:   "/api/v2/conversations/callbacks",
		body:   `{"queueId":"q-support","callbackNumbers":["+13175550123"]}`,
		status: 202,
	},
	{
		tool:   "genesys_conversations_post_conversation_participant_callbacks",
		args:   `{"conversationId":"5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41","participantId":"p-customer-1","queueId":"q-support","callbackNumbers":["+13175550123"],"callbackUserName":"Pat Customer","data":{"reason":"long wait"}}`,
		path:   "/api/v2/conversations/5f1c7a0e-2b8d-4c61-9a43-0e7d1b2c3a41/participants/p-customer-1/callbacks",
		body:   `{"queueId":"q-support","callbackNumbers":["+13175550123"],"callbackUserName":"Pat Customer","data":{"reason":"long wait"}}`,
		status: 201,
	},
}

func TestCallbackRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range callbackCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
