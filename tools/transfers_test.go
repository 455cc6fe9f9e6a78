package tools_test

import "testing"

// transferCases are representative calls of the transfers tools and the exact requests
// they must send.
var transferCases = []requestCase{
	{
		tool: "genesys_conversations_delete_call_participant_consult",
		args: `{"conversationId":"conv-1","participantId":"cust-1"}`,
		path: "/api/v2/conversations/calls/conv-1/participants/cust-1/consult",
	},
	{
		tool: "genesys_conversations_delete_call_participant_consult",
		args: `{"conversationId":"conv a","participantId":"cust 1"}`,
		path: "/api/v2/conversations/calls/conv%20a/participants/cust%201/consult",
	},
	{
		tool:     "genesys_conversations_patch_call_participant_consult",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"OBJECT","consultingUserId":"user-7"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/consult",
		body:     `{"speakTo":"OBJECT","consultingUserId":"user-7"}`,
		response: `{"destinationParticipantId":"dest-9"}`,
	},
	{
		tool:     "genesys_conversations_patch_call_participant_consult",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"CONFERENCE"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/consult",
		body:     `{"speakTo":"CONFERENCE"}`,
		response: `{"destinationParticipantId":"dest-9"}`,
	},
	{
		tool:     "genesys_conversations_post_call_participant_consult_agent",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"DESTINATION","userId":"user-42","userDisplayName":"Ada Agent"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/consult/agent",
		body:     `{"speakTo":"DESTINATION","userId":"user-42","userDisplayName":"Ada Agent"}`,
		response: `{"destinationParticipantId":"dest-42"}`,
	},
	{
		tool:     "genesys_conversations_post_call_participant_consult_contact_external",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"BOTH","consultingUserId":"user-7","contactId":"ext-5","phoneType":"CellPhone"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/consult/contact/external",
		body:     `{"speakTo":"BOTH","consultingUserId":"user-7","contactId":"ext-5","phoneType":"CellPhone"}`,
		response: `{"destinationParticipantId":"dest-ext"}`,
	},
	{
		tool:     "genesys_conversations_post_call_participant_consult_queue",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"DESTINATION","queueId":"queue-3","queueName":"Billing"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/consult/queue",
		body:     `{"speakTo":"DESTINATION","queueId":"queue-3","queueName":"Billing"}`,
		response: `{"destinationParticipantId":"dest-q"}`,
	},
	{
		tool:   "genesys_conversations_post_call_participant_replace",
		args:   `{"conversationId":"conv-1","participantId":"agent-1","transferType":"Attended","userId":"user-42","voicemail":false}`,
		path:   "/api/v2/conversations/calls/conv-1/participants/agent-1/replace",
		body:   `{"transferType":"Attended","userId":"user-42","voicemail":false}`,
		status: 202,
	},
	{
		tool:   "genesys_conversations_post_call_participant_replace",
		args:   `{"conversationId":"conv-1","participantId":"agent-1","address":"+13175550123","keepInternalMessageAlive":true}`,
		path:   "/api/v2/conversations/calls/conv-1/participants/agent-1/replace",
		body:   `{"keepInternalMessageAlive":true,"address":"+13175550123"}`,
		status: 202,
	},
	{
		tool:     "genesys_conversations_post_call_participant_voice_consult",
		args:     `{"conversationId":"conv-1","participantId":"cust-1","speakTo":"DESTINATION","address":"+13175550123"}`,
		path:     "/api/v2/conversations/calls/conv-1/participants/cust-1/voice/consult",
		body:     `{"speakTo":"DESTINATION","address":"+13175550123"}`,
		response: `{"destinationParticipantId":"dest-pstn"}`,
	},
	{
		tool:   "genesys_conversations_post_callback_participant_replace",
		args:   `{"conversationId":"cb-1","participantId":"agent-2","transferType":"Unattended","queueId":"queue-3","userName":"ada@example.com"}`,
		path:   "/api/v2/conversations/callbacks/cb-1/participants/agent-2/replace",
		body:   `{"transferType":"Unattended","queueId":"queue-3","userName":"ada@example.com"}`,
		status: 202,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_agent",
		args: `{"conversationId":"conv-2","participantId":"agent-1","transferType":"Unattended","keepInternalMessageAlive":false,"userId":"user-42","userName":"ada@example.com","userDisplayName":"Ada Agent"}`,
		path: "/api/v2/conversations/conv-2/participants/agent-1/replace/agent",
		body: `{"transferType":"Unattended","keepInternalMessageAlive":false,"userId":"user-42","userName":"ada@example.com","userDisplayName":"Ada Agent"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_agent",
		args: `{"conversationId":"conv-2","participantId":"agent-1","voicemail":true}`,
		path: "/api/v2/conversations/conv-2/participants/agent-1/replace/agent",
		body: `{"voicemail":true}`,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_contact_external",
		args: `{"conversationId":"conv-2","participantId":"agent-1","transferType":"Attended","contactId":"ext-5","phoneType":"WorkPhone"}`,
		path: "/api/v2/conversations/conv-2/participants/agent-1/replace/contact/external",
		body: `{"transferType":"Attended","contactId":"ext-5","phoneType":"WorkPhone"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_replace_queue",
		args: `{"conversationId":"conv-2","participantId":"agent-1","keepInternalMessageAlive":true,"queueId":"queue-3","queueName":"Billing"}`,
		path: "/api/v2/conversations/conv-2/participants/agent-1/replace/queue",
		body: `{"keepInternalMessageAlive":true,"queueId":"queue-3","queueName":"Billing"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_participant_transfer",
		args: `{"conversationId":"conv-2","participantId":"agent-1","transferType":"Unattended","address":"+13175550199"}`,
		path: "/api/v2/conversations/conv-2/participants/agent-1/transfer",
		body: `{"transferType":"Unattended","address":"+13175550199"}`,
	},
}

func TestTransferRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range transferCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
