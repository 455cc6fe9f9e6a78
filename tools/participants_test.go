package tools_test

import "testing"

// Realistic answers of the participant operations, shaped like the official
// response models.
const (
	secureSessionJSON = `{"id":"ss-1","flow":{"id":"flow-9","name":"Secure payment","selfUri":"/api/v2/flows/flow-9"},` +
		`"userData":"order-5521","state":"PENDING","sourceParticipantId":"p-agent","disconnect":false,` +
		`"selfUri":"/api/v2/conversations/c-1/participants/p-cust/secureivrsessions/ss-1"}`
	participantAttributesJSON = `{"attributes":{"accountId":"A-1001","tier":"gold"}}`
)

// participantCases are representative calls of the participants tools and the exact requests
// they must send.
var participantCases = []requestCase{
	{
		tool: "genesys_conversations_delete_conversation_participant_code",
		args: `{"conversationId":"c-1","participantId":"p-1","addCommunicationCode":"code 7a"}`,
		path: "/api/v2/conversations/c-1/participants/p-1/codes/code%207a",
	},
	{
		tool: "genesys_conversations_delete_conversation_participant_flaggedreason",
		args: `{"conversationId":"c-1","participantId":"p-1"}`,
		path: "/api/v2/conversations/c-1/participants/p-1/flaggedreason",
	},
	{
		tool:     "genesys_conversations_get_conversation_participant_secureivrsession",
		args:     `{"conversationId":"c-1","participantId":"p-cust","secureSessionId":"ss-1"}`,
		path:     "/api/v2/conversations/c-1/participants/p-cust/secureivrsessions/ss-1",
		response: secureSessionJSON,
	},
	{
		tool:     "genesys_conversations_get_conversation_participant_secureivrsessions",
		args:     `{"conversationId":"c-1","participantId":"p-cust"}`,
		path:     "/api/v2/conversations/c-1/participants/p-cust/secureivrsessions",
		response: `{"entities":[` + secureSessionJSON + `]}`,
	},
	// Hold, unmute (an explicit false is sent) and start recording in one update.
	{
		tool:   "genesys_conversations_patch_call_participant",
		args:   `{"conversationId":"c-1","participantId":"p-1","held":true,"muted":false,"recording":true}`,
		path:   "/api/v2/conversations/calls/c-1/participants/p-1",
		body:   `{"held":true,"muted":false,"recording":true}`,
		status: 202,
	},
	// Hang the participant up.
	{
		tool:   "genesys_conversations_patch_call_participant",
		args:   `{"conversationId":"c-1","participantId":"p-1","state":"disconnected"}`,
		path:   "/api/v2/conversations/calls/c-1/participants/p-1",
		body:   `{"state":"disconnected"}`,
		status: 202,
	},
	// Record a wrap-up: the nested object is sent as given.
	{
		tool: "genesys_conversations_patch_call_participant",
		args: `{"conversationId":"c-1","participantId":"p-1","wrapup":{"code":"wc-1","name":"Resolved","notes":"Refund issued",` +
			`"tags":["billing","refund"],"durationSeconds":45,"endTime":"2026-01-31T14:05:00Z","provisional":false}}`,
		path: "/api/v2/conversations/calls/c-1/participants/p-1",
		body: `{"wrapup":{"code":"wc-1","name":"Resolved","notes":"Refund issued","tags":["billing","refund"],` +
			`"durationSeconds":45,"endTime":"2026-01-31T14:05:00Z","provisional":false}}`,
		status: 202,
	},
	{
		tool:     "genesys_conversations_patch_call_participant_attributes",
		args:     `{"conversationId":"c-1","participantId":"p-cust","attributes":{"accountId":"A-1001","tier":"gold"}}`,
		path:     "/api/v2/conversations/calls/c-1/participants/p-cust/attributes",
		body:     participantAttributesJSON,
		status:   202,
		response: participantAttributesJSON,
	},
	{
		tool:   "genesys_conversations_patch_call_participant_communication",
		args:   `{"conversationId":"c-1","participantId":"p-1","communicationId":"comm-1","state":"disconnected"}`,
		path:   "/api/v2/conversations/calls/c-1/participants/p-1/communications/comm-1",
		body:   `{"state":"disconnected"}`,
		status: 202,
	},
	{
		tool: "genesys_conversations_patch_call_participant_user_user_id",
		args: `{"conversationId":"c-1","participantId":"p-1","userId":"u-42","confined":true,"held":false}`,
		path: "/api/v2/conversations/calls/c-1/participants/p-1/user/u-42",
		body: `{"confined":true,"held":false}`,
	},
	{
		tool:   "genesys_conversations_patch_callback_participant",
		args:   `{"conversationId":"cb-1","participantId":"p-2","state":"disconnected","wrapupSkipped":true}`,
		path:   "/api/v2/conversations/callbacks/cb-1/participants/p-2",
		body:   `{"state":"disconnected","wrapupSkipped":true}`,
		status: 202,
	},
	{
		tool:     "genesys_conversations_patch_callback_participant_attributes",
		args:     `{"conversationId":"cb-1","participantId":"p-2","attributes":{"accountId":"A-1001","tier":"gold"}}`,
		path:     "/api/v2/conversations/callbacks/cb-1/participants/p-2/attributes",
		body:     participantAttributesJSON,
		status:   202,
		response: participantAttributesJSON,
	},
	{
		tool:     "genesys_conversations_patch_callback_participant_communication",
		args:     `{"conversationId":"cb-1","participantId":"p-2","communicationId":"comm-2","state":"disconnected"}`,
		path:     "/api/v2/conversations/callbacks/cb-1/participants/p-2/communications/comm-2",
		body:     `{"state":"disconnected"}`,
		response: `{}`,
	},
	// Any media type; an id with a space is escaped as one path segment.
	{
		tool:   "genesys_conversations_patch_conversation_participant",
		args:   `{"conversationId":"c-1","participantId":"p 3","held":false,"resumeTime":"2026-01-31T14:00:00Z"}`,
		path:   "/api/v2/conversations/c-1/participants/p%203",
		body:   `{"held":false,"resumeTime":"2026-01-31T14:00:00Z"}`,
		status: 202,
	},
	{
		tool:   "genesys_conversations_patch_conversation_participant_attributes",
		args:   `{"conversationId":"c-1","participantId":"p-1","attributes":{"caseNumber":"CS-889"}}`,
		path:   "/api/v2/conversations/c-1/participants/p-1/attributes",
		body:   `{"attributes":{"caseNumber":"CS-889"}}`,
		status: 202,
	},
	{
		tool:   "genesys_conversations_post_conversation_participant_digits",
		args:   `{"conversationId":"c-1","participantId":"p-1","digits":"1234#"}`,
		path:   "/api/v2/conversations/c-1/participants/p-1/digits",
		body:   `{"digits":"1234#"}`,
		status: 202,
	},
	// Every body field, with disconnect=false sent explicitly.
	{
		tool: "genesys_conversations_post_conversation_participant_secureivrsessions",
		args: `{"conversationId":"c-1","participantId":"p-cust","sourceParticipantId":"p-agent","flowId":"flow-9",` +
			`"userData":"order-5521","disconnect":false}`,
		path:     "/api/v2/conversations/c-1/participants/p-cust/secureivrsessions",
		body:     `{"sourceParticipantId":"p-agent","flowId":"flow-9","userData":"order-5521","disconnect":false}`,
		response: secureSessionJSON,
	},
	// Only the required fields.
	{
		tool:     "genesys_conversations_post_conversation_participant_secureivrsessions",
		args:     `{"conversationId":"c-1","participantId":"p-cust","flowId":"flow-9","userData":"order-5521"}`,
		path:     "/api/v2/conversations/c-1/participants/p-cust/secureivrsessions",
		body:     `{"flowId":"flow-9","userData":"order-5521"}`,
		response: secureSessionJSON,
	},
	{
		tool: "genesys_conversations_put_conversation_participant_flaggedreason",
		args: `{"conversationId":"c-1","participantId":"p-1"}`,
		path: "/api/v2/conversations/c-1/participants/p-1/flaggedreason",
	},
}

func TestParticipantRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range participantCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
