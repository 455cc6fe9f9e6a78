package tools_test

import "testing"

// internalMessageJSON is an InternalMessageData as Genesys Cloud answers it.
const internalMessageJSON = `{"id":"im-1","conversation":{"id":"c-9","selfUri":"/api/v2/conversations/c-9"},` +
	`"communicationId":"ic-1","timestamp":"2026-01-31T14:02:11.250Z",` +
	`"sender":{"id":"u-1","selfUri":"/api/v2/users/u-1"},"recipient":{"id":"u-2","selfUri":"/api/v2/users/u-2"},` +
	`"normalizedMessage":{"id":"im-1","type":"Text","text":"Can you approve a refund of 40 EUR?","direction":"Outbound"},` +
	`"selfUri":"/api/v2/conversations/c-9/communications/ic-1/internalmessages/im-1"}`

// internalMessageCases are representative calls of the internal_messages tools and the exact requests
// they must send.
var internalMessageCases = []requestCase{
	{
		tool:     "genesys_conversations_get_conversation_communication_internalmessage",
		args:     `{"conversationId":"c-9","communicationId":"ic-1","messageId":"im-1"}`,
		path:     "/api/v2/conversations/c-9/communications/ic-1/internalmessages/im-1",
		response: internalMessageJSON,
	},
	{
		tool:  "genesys_conversations_get_conversation_communication_internalmessages",
		args:  `{"conversationId":"c-9","communicationId":"ic-1","pageSize":50,"pageNumber":2}`,
		path:  "/api/v2/conversations/c-9/communications/ic-1/internalmessages",
		query: "pageNumber=2&pageSize=50",
		response: `{"entities":[` + internalMessageJSON + `],"pageSize":50,"pageNumber":2,"total":51,"pageCount":2,` +
			`"firstUri":"/api/v2/conversations/c-9/communications/ic-1/internalmessages?pageSize=50&pageNumber=1",` +
			`"previousUri":"/api/v2/conversations/c-9/communications/ic-1/internalmessages?pageSize=50&pageNumber=1",` +
			`"lastUri":"/api/v2/conversations/c-9/communications/ic-1/internalmessages?pageSize=50&pageNumber=2",` +
			`"selfUri":"/api/v2/conversations/c-9/communications/ic-1/internalmessages?pageSize=50&pageNumber=2"}`,
	},
	// Without paging arguments no query is sent; ids are escaped per segment.
	{
		tool:     "genesys_conversations_get_conversation_communication_internalmessages",
		args:     `{"conversationId":"c 9","communicationId":"ic 1"}`,
		path:     "/api/v2/conversations/c%209/communications/ic%201/internalmessages",
		response: `{"entities":[],"pageSize":25,"pageNumber":1,"total":0,"pageCount":0}`,
	},
	{
		tool:     "genesys_conversations_post_conversation_communication_internalmessages",
		args:     `{"conversationId":"c-9","communicationId":"ic-1","text":"Can you approve a refund of 40 EUR?"}`,
		path:     "/api/v2/conversations/c-9/communications/ic-1/internalmessages",
		body:     `{"text":"Can you approve a refund of 40 EUR?"}`,
		response: internalMessageJSON,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_internalmessages_users_communications",
		args: `{"conversationId":"c-9","participantId":"p-agent","targetUserId":"u-2"}`,
		path: "/api/v2/conversations/c-9/participants/p-agent/internalmessages/users/communications",
		body: `{"targetUserId":"u-2"}`,
		response: `{"conversation":{"id":"c-9","selfUri":"/api/v2/conversations/c-9"},"communicationId":"ic-1",` +
			`"peerCommunicationId":"ic-2","commandId":"cmd-77"}`,
	},
}

func TestInternalMessageRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range internalMessageCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
