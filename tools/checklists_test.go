package tools_test

import "testing"

// checklistCases are representative calls of the checklists tools and the exact requests
// they must send.
var checklistCases = []requestCase{
	{
		tool:     "genesys_conversations_get_conversation_communication_agentchecklist",
		args:     `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3"}`,
		path:     "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3",
		response: `{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"},{"id":"item-2","name":"Offer survey","stateFromModel":"Unticked"}],"activationTriggers":[{"triggerType":"Intent","triggerDate":"2026-01-31T14:01:00Z","intentId":"int-9","intentName":"dispute_charge"}],"status":"EvaluationInProgress","language":"en-US","agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound","evaluationStartDate":"2026-01-31T14:01:00Z","selfUri":"/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3"}`,
	},
	{
		tool: "genesys_conversations_get_conversation_communication_agentchecklist_job",
		args: `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3","jobId":"job 12"}`,
		path: "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3/jobs/job%2012",
		response: `{"id":"job 12","status":"Complete","jobStartTime":"2026-01-31T14:03:00Z","jobEndTime":"2026-01-31T14:03:04Z",
			"agentChecklistInfo":{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"}]},
			"language":"en-US","mediaType":"Voice","direction":"Inbound"}`,
	},
	{
		tool:     "genesys_conversations_get_conversation_communication_agentchecklists",
		args:     `{"conversationId":"c-1001","communicationId":"comm-7"}`,
		path:     "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists",
		response: `{"entities":[{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"},{"id":"item-2","name":"Offer survey","stateFromModel":"Unticked"}],"activationTriggers":[{"triggerType":"Intent","triggerDate":"2026-01-31T14:01:00Z","intentId":"int-9","intentName":"dispute_charge"}],"status":"EvaluationInProgress","language":"en-US","agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound","evaluationStartDate":"2026-01-31T14:01:00Z","selfUri":"/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3"}],"selfUri":"/api/v2/conversations/c-1001/communications/comm-7/agentchecklists"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist",
		args: `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3",
			"activationTriggerType":"Intent","intentId":"int-9","intentName":"dispute_charge","language":"en-US",
			"agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound"}`,
		path: "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3",
		body: `{"activationTriggerType":"Intent","intentId":"int-9","intentName":"dispute_charge","language":"en-US",
			"agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound"}`,
		response: `{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"},{"id":"item-2","name":"Offer survey","stateFromModel":"Unticked"}],"activationTriggers":[{"triggerType":"Intent","triggerDate":"2026-01-31T14:01:00Z","intentId":"int-9","intentName":"dispute_charge"}],"status":"EvaluationInProgress","language":"en-US","agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound","evaluationStartDate":"2026-01-31T14:01:00Z","selfUri":"/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3"}`,
	},
	{
		tool:     "genesys_conversations_post_conversation_communication_agentchecklist",
		args:     `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3","activationTriggerType":"ConversationStart","language":"fr-FR","mediaType":"Message","direction":"Outbound"}`,
		path:     "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3",
		body:     `{"activationTriggerType":"ConversationStart","language":"fr-FR","mediaType":"Message","direction":"Outbound"}`,
		response: `{"id":"chk-3","name":"Card dispute","checklistItems":[],"status":"EvaluationStarted","language":"fr-FR"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist_agentaction",
		args: `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3","afterCallWork":false,
			"checklistItems":[{"id":"item-1","name":"Verify identity","agentAction":"Ticked"},{"id":"item-2","name":"Offer survey","agentAction":"Unticked"}]}`,
		path: "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3/agentaction",
		body: `{"afterCallWork":false,
			"checklistItems":[{"id":"item-1","name":"Verify identity","agentAction":"Ticked"},{"id":"item-2","name":"Offer survey","agentAction":"Unticked"}]}`,
		response: `{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"},{"id":"item-2","name":"Offer survey","stateFromModel":"Unticked"}],"activationTriggers":[{"triggerType":"Intent","triggerDate":"2026-01-31T14:01:00Z","intentId":"int-9","intentName":"dispute_charge"}],"status":"EvaluationInProgress","language":"en-US","agentId":"u-42","participantId":"p-2","queueId":"q-5","assistantId":"as-1","mediaType":"Voice","direction":"Inbound","evaluationStartDate":"2026-01-31T14:01:00Z","selfUri":"/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3"}`,
	},
	{
		tool:     "genesys_conversations_post_conversation_communication_agentchecklist_agentaction",
		args:     `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3","checklistItems":[{"id":"item-2","name":"Offer survey","agentAction":"Ticked"}]}`,
		path:     "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3/agentaction",
		body:     `{"checklistItems":[{"id":"item-2","name":"Offer survey","agentAction":"Ticked"}]}`,
		response: `{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-2","name":"Offer survey","stateFromModel":"Unticked"}],"status":"EvaluationInProgress","language":"en-US"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist_jobs",
		args: `{"conversationId":"c-1001","communicationId":"comm-7","agentChecklistId":"chk-3","conversationContext":[
			{"id":"turn-1","participant":"External","text":"I do not recognise this charge."},
			{"id":"turn-2","participant":"Internal","text":"Can you confirm your date of birth?"}]}`,
		path: "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/chk-3/jobs",
		body: `{"conversationContext":[
			{"id":"turn-1","participant":"External","text":"I do not recognise this charge."},
			{"id":"turn-2","participant":"Internal","text":"Can you confirm your date of birth?"}]}`,
		response: `{"jobId":"job-12"}`,
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklists_finalize",
		args: `{"conversationId":"c-1001","communicationId":"comm-7","exitReason":"Conversation ended"}`,
		path: "/api/v2/conversations/c-1001/communications/comm-7/agentchecklists/finalize",
		body: `{"exitReason":"Conversation ended"}`,
		response: `{"entities":[{"id":"chk-3","name":"Card dispute","checklistItems":[{"id":"item-1","name":"Verify identity","description":"Confirm name and date of birth","automatedCheckEnabled":true,"important":true,"stateFromModel":"Ticked","stateFromAgent":"Unticked","dateLastModifiedByModel":"2026-01-31T14:02:00Z"}],"status":"EvaluationFinalized",
			"exitReason":"Conversation ended","language":"en-US","evaluationFinalizedDate":"2026-01-31T14:10:00Z"}]}`,
	},
}

func TestChecklistRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range checklistCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
