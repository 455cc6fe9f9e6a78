package tools_test

import "testing"

// assistCases are representative calls of the assist tools and the exact requests
// they must send.
var assistCases = []requestCase{
	{
		tool: "genesys_conversations_get_conversation_suggestion",
		args: `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","suggestionId":"sg-1001"}`,
		path: "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions/sg-1001",
		response: `{
			"id": "sg-1001",
			"conversation": {"id": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f", "selfUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"},
			"assistant": {"id": "as-9", "selfUri": "/api/v2/assistants/as-9"},
			"type": "KnowledgeArticle",
			"dateCreated": "2026-01-15T09:31:02.000Z",
			"triggerType": "Intent",
			"state": "Suggested",
			"context": {"mediaType": "Voice", "queryStatement": "how do I reset my router"},
			"knowledgeArticle": {
				"title": "Resetting your router",
				"snippets": ["Hold the reset button for ten seconds."],
				"document": {"id": "kd-55", "selfUri": "/api/v2/knowledge/knowledgebases/kb-1/documents/kd-55"}
			},
			"selfUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions/sg-1001"
		}`,
	},
	{
		tool:     "genesys_conversations_get_conversation_suggestion",
		args:     `{"conversationId":"conv 1","suggestionId":"sg#2"}`,
		path:     "/api/v2/conversations/conv%201/suggestions/sg%232",
		response: `{"id":"sg#2","type":"Faq","state":"Dismissed","faq":{"question":"Opening hours?","answer":"9 to 5, Monday to Friday.","confidence":0.82}}`,
	},
	{
		tool:  "genesys_conversations_get_conversation_suggestions",
		args:  `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","after":"c2ctMTAwMQ==","pageSize":"50","type":"KnowledgeArticle","state":"Suggested"}`,
		path:  "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions",
		query: "after=c2ctMTAwMQ%3D%3D&pageSize=50&state=Suggested&type=KnowledgeArticle",
		response: `{
			"entities": [{"id": "sg-1002", "type": "KnowledgeArticle", "state": "Suggested", "dateCreated": "2026-01-15T09:33:40.000Z"}],
			"nextUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions?after=c2ctMTAwMg%3D%3D&pageSize=50",
			"previousUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions?before=c2ctMTAwMg%3D%3D&pageSize=50",
			"selfUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions?after=c2ctMTAwMQ%3D%3D&pageSize=50"
		}`,
	},
	{
		tool:     "genesys_conversations_get_conversation_suggestions",
		args:     `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","before":"c2ctMTAwMg==","type":"CannedResponse"}`,
		path:     "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions",
		query:    "before=c2ctMTAwMg%3D%3D&type=CannedResponse",
		response: `{"entities":[{"id":"sg-1000","type":"CannedResponse","state":"Accepted","cannedResponse":{"response":{"id":"cr-3"},"library":{"id":"lib-1"}}}],"selfUri":"/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions"}`,
	},
	{
		tool: "genesys_conversations_get_conversation_summaries",
		args: `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"}`,
		path: "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries",
		response: `{
			"conversation": {"id": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f", "selfUri": "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"},
			"summary": {
				"id": "sum-77",
				"text": "Customer could not connect to Wi-Fi; agent walked them through a router reset.",
				"confidence": 0.91,
				"status": "Completed",
				"mediaType": "Call",
				"language": "en-US",
				"dateCreated": "2026-01-15T09:41:30.000Z"
			},
			"sessionSummaries": [{
				"id": "sum-78",
				"text": "Router reset resolved the issue.",
				"status": "Completed",
				"mediaType": "Call",
				"communication": {"id": "comm-1"}
			}]
		}`,
	},
	{
		tool:   "genesys_conversations_patch_conversation_summary_engagements",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-77","visibility":"Presented","status":"Copied"}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-77/engagements",
		body:   `{"visibility":"Presented","status":"Copied"}`,
		status: 204,
	},
	{
		tool:   "genesys_conversations_patch_conversation_summary_engagements",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-78","visibility":"NotPresented"}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-78/engagements",
		body:   `{"visibility":"NotPresented"}`,
		status: 204,
	},
	{
		tool:   "genesys_conversations_patch_conversation_summary_feedback",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-77","rating":"Negative","summary":"Customer's Wi-Fi dropped after a firmware update; fixed by a router reset."}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-77/feedback",
		body:   `{"rating":"Negative","summary":"Customer's Wi-Fi dropped after a firmware update; fixed by a router reset."}`,
		status: 204,
	},
	{
		tool:   "genesys_conversations_patch_conversation_summary_feedback",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-77","rating":"Positive"}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-77/feedback",
		body:   `{"rating":"Positive"}`,
		status: 204,
	},
	{
		tool:     "genesys_conversations_post_conversation_suggestion_engagement",
		args:     `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","suggestionId":"sg-1001","engagementType":"Feedback","feedback":{"rating":"Positive"}}`,
		path:     "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions/sg-1001/engagement",
		body:     `{"engagementType":"Feedback","feedback":{"rating":"Positive"}}`,
		response: `{"engagementType":"Feedback","feedback":{"rating":"Positive"}}`,
	},
	{
		tool:     "genesys_conversations_post_conversation_suggestion_engagement",
		args:     `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","suggestionId":"sg-1002","engagementType":"Copied"}`,
		path:     "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/suggestions/sg-1002/engagement",
		body:     `{"engagementType":"Copied"}`,
		response: `{"engagementType":"Copied"}`,
	},
	{
		tool:   "genesys_conversations_post_conversation_summary_feedback",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-77","rating":"Positive","summary":"Wi-Fi outage fixed by a router reset."}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-77/feedback",
		body:   `{"rating":"Positive","summary":"Wi-Fi outage fixed by a router reset."}`,
		status: 204,
	},
	{
		tool:   "genesys_conversations_post_conversation_summary_feedback",
		args:   `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","summaryId":"sum-78","summary":"Escalated to tier 2 for a line test."}`,
		path:   "/api/v2/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/summaries/sum-78/feedback",
		body:   `{"summary":"Escalated to tier 2 for a line test."}`,
		status: 204,
	},
}

func TestAssistRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range assistCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
