package tools_test

import "testing"

// conversationCases are representative calls of the conversations tools and the exact requests
// they must send.
var conversationCases = []requestCase{
	{
		tool: "genesys_conversations_delete_conversation",
		args: `{"conversationId":"c0ffee00-1111-4222-8333-444455556666"}`,
		path: "/api/v2/conversations/c0ffee00-1111-4222-8333-444455556666",
	},
	{
		tool: "genesys_conversations_delete_conversation",
		args: `{"conversationId":"conv a?b"}`,
		path: "/api/v2/conversations/conv%20a%3Fb",
	},
	{
		tool: "genesys_conversations_get_conversation",
		args: `{"conversationId":"c0ffee00-1111-4222-8333-444455556666"}`,
		path: "/api/v2/conversations/c0ffee00-1111-4222-8333-444455556666",
		response: `{
			"id": "c0ffee00-1111-4222-8333-444455556666",
			"startTime": "2026-01-31T14:00:00Z",
			"address": "+18005550100",
			"participants": [
				{
					"id": "p-customer-1",
					"startTime": "2026-01-31T14:00:00Z",
					"purpose": "customer",
					"ani": "tel:+13175551234",
					"dnis": "tel:+18005550100",
					"calls": [{"id": "comm-1", "state": "connected", "direction": "inbound", "held": false}]
				},
				{
					"id": "p-agent-1",
					"startTime": "2026-01-31T14:00:20Z",
					"purpose": "agent",
					"userId": "u-agent-1",
					"queueId": "q-support",
					"wrapupRequired": true,
					"wrapupPrompt": "mandatory",
					"calls": [{"id": "comm-2", "state": "connected", "direction": "inbound"}]
				}
			],
			"recordingState": "ACTIVE",
			"divisions": [{"division": {"id": "d-home", "name": "Home", "selfUri": "/api/v2/authorization/divisions/d-home"}, "entities": [{"id": "q-support"}]}],
			"recentTransfers": [],
			"securePause": false,
			"selfUri": "/api/v2/conversations/c0ffee00-1111-4222-8333-444455556666"
		}`,
	},
	{
		tool:  "genesys_conversations_get_conversations",
		args:  `{"communicationType":"call"}`,
		path:  "/api/v2/conversations",
		query: "communicationType=call",
		response: `{
			"entities": [{"id": "c-1", "startTime": "2026-01-31T14:00:00Z", "participants": [{"id": "p-1", "purpose": "agent", "userId": "u-me"}]}],
			"pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1,
			"selfUri": "/api/v2/conversations?communicationType=call"
		}`,
	},
	{
		tool:     "genesys_conversations_get_conversations",
		args:     `{}`,
		path:     "/api/v2/conversations",
		response: `{"entities": [], "pageSize": 25, "pageNumber": 1, "total": 0, "pageCount": 0}`,
	},
	{
		tool: "genesys_conversations_get_conversations_email",
		args: `{"conversationId":"e-conv-1"}`,
		path: "/api/v2/conversations/emails/e-conv-1",
		response: `{
			"id": "e-conv-1",
			"participants": [
				{"id": "p-cust", "address": "jane@example.com", "purpose": "customer", "state": "connected", "direction": "inbound", "subject": "Order 1042", "messagesSent": 1},
				{"id": "p-agent", "purpose": "agent", "state": "connected", "user": {"id": "u-agent-1"}, "queue": {"id": "q-email"}, "wrapupRequired": true}
			],
			"otherMediaUris": [],
			"selfUri": "/api/v2/conversations/emails/e-conv-1"
		}`,
	},
	{
		tool: "genesys_conversations_get_conversations_emails",
		args: `{}`,
		path: "/api/v2/conversations/emails",
		response: `{
			"entities": [{"id": "e-conv-1", "participants": [{"id": "p-agent", "purpose": "agent", "state": "connected"}]}],
			"pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1
		}`,
	},
	{
		tool: "genesys_conversations_get_conversations_message",
		args: `{"conversationId":"m-conv-1"}`,
		path: "/api/v2/conversations/messages/m-conv-1",
		response: `{
			"id": "m-conv-1",
			"participants": [
				{"id": "p-cust", "purpose": "customer", "state": "connected", "type": "webmessaging", "fromAddress": {"addressNormalized": "guest-7"}},
				{"id": "p-agent", "purpose": "agent", "state": "connected", "user": {"id": "u-agent-1"}, "type": "webmessaging"}
			],
			"selfUri": "/api/v2/conversations/messages/m-conv-1"
		}`,
	},
	{
		tool: "genesys_conversations_get_conversations_messages",
		args: `{}`,
		path: "/api/v2/conversations/messages",
		response: `{
			"entities": [{"id": "m-conv-1", "participants": [{"id": "p-agent", "purpose": "agent", "state": "alerting", "type": "sms"}]}],
			"pageSize": 25, "pageNumber": 1, "total": 1, "pageCount": 1
		}`,
	},
	{
		tool:     "genesys_conversations_patch_conversation_utilizationlabel",
		args:     `{"conversationId":"c-1","utilizationLabelId":"label-vip"}`,
		path:     "/api/v2/conversations/c-1/utilizationlabel",
		body:     `{"utilizationLabelId":"label-vip"}`,
		response: `"label-vip"`,
	},
	{
		// No label: an empty body restores the system default label.
		tool:     "genesys_conversations_patch_conversation_utilizationlabel",
		args:     `{"conversationId":"c-1"}`,
		path:     "/api/v2/conversations/c-1/utilizationlabel",
		body:     `{}`,
		response: `"default"`,
	},
	{
		tool:     "genesys_conversations_post_conversation_assign",
		args:     `{"conversationId":"c-1","id":"u-agent-7"}`,
		path:     "/api/v2/conversations/c-1/assign",
		body:     `{"id":"u-agent-7"}`,
		response: `"accepted"`,
	},
	{
		tool: "genesys_conversations_post_conversation_barge",
		args: `{"conversationId":"c-1"}`,
		path: "/api/v2/conversations/c-1/barge",
	},
	{
		tool: "genesys_conversations_post_conversation_cobrowse",
		args: `{"conversationId":"m-conv-1"}`,
		path: "/api/v2/conversations/m-conv-1/cobrowse",
		response: `{
			"id": "cb-1",
			"joinCode": "482913",
			"websocketUrl": "wss://cobrowse.mypurecloud.com/sessions/cb-1",
			"dateOfferEnds": "2026-01-31T14:10:00Z",
			"communicationType": "Message",
			"selfUri": "/api/v2/conversations/m-conv-1/cobrowse/cb-1"
		}`,
	},
	{
		tool:     "genesys_conversations_post_conversation_disconnect",
		args:     `{"conversationId":"c-stuck"}`,
		path:     "/api/v2/conversations/c-stuck/disconnect",
		response: `"c-stuck"`,
	},
	{
		tool:     "genesys_conversations_put_conversation_tags",
		args:     `{"conversationId":"c-1","externalTag":"ticket-4711"}`,
		path:     "/api/v2/conversations/c-1/tags",
		body:     `{"externalTag":"ticket-4711"}`,
		response: `"ticket-4711"`,
	},
}

func TestConversationRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range conversationCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
