package tools_test

import "testing"

// attributeCases are representative calls of the attributes tools and the exact requests
// they must send.
var attributeCases = []requestCase{
	{
		tool:   "genesys_conversations_delete_conversation_customattribute",
		args:   `{"conversationId":"c-1001","attributesId":"order details"}`,
		path:   "/api/v2/conversations/c-1001/customattributes/order%20details",
		status: 204,
	},
	{
		tool: "genesys_conversations_get_conversation_customattribute",
		args: `{"conversationId":"c-1001","attributesId":"order#2026"}`,
		path: "/api/v2/conversations/c-1001/customattributes/order%232026",
		response: `{"id":"order#2026","conversationId":"c-1001","divisions":["div-1"],
			"schema":{"id":"schema-7","version":2,"enabled":true},
			"customAttributes":{"orderId":"A-17","items":3,"vip":true},
			"customAttributesTimestamps":{"orderId":"2026-01-31T14:00:00Z"},
			"version":4,"dateCreated":"2026-01-31T13:55:00Z","dateModified":"2026-01-31T14:00:00Z",
			"selfUri":"/api/v2/conversations/c-1001/customattributes/order%232026"}`,
	},
	{
		tool: "genesys_conversations_get_conversation_customattributes",
		args: `{"conversationId":"c-1001"}`,
		path: "/api/v2/conversations/c-1001/customattributes",
		response: `{"results":[{"id":"order-details","conversationId":"c-1001","divisions":[],
			"schema":{"id":"schema-7","version":2},"customAttributes":{"orderId":"A-17"},"version":1}]}`,
	},
	{
		tool:     "genesys_conversations_get_conversation_secureattributes",
		args:     `{"conversationId":"c-1001"}`,
		path:     "/api/v2/conversations/c-1001/secureattributes",
		response: `{"attributes":{"cardLast4":"4242","accountNumber":"ACC-991"},"version":3}`,
	},
	{
		tool: "genesys_conversations_patch_conversation_customattributes",
		args: `{"conversationId":"c-1001","id":"order-details","divisions":["div-1","div-2"],"version":4,
			"customAttributes":{"orderId":"A-18","items":2,"vip":false,"address":{"city":"Lyon"}}}`,
		path: "/api/v2/conversations/c-1001/customattributes",
		body: `{"id":"order-details","divisions":["div-1","div-2"],"version":4,
			"customAttributes":{"orderId":"A-18","items":2,"vip":false,"address":{"city":"Lyon"}}}`,
		status: 204,
	},
	{
		tool:     "genesys_conversations_patch_conversation_secureattributes",
		args:     `{"conversationId":"c-1001","attributes":{"cardLast4":"1881"}}`,
		path:     "/api/v2/conversations/c-1001/secureattributes",
		body:     `{"attributes":{"cardLast4":"1881"}}`,
		response: `"Secure attributes updated"`,
	},
	{
		tool: "genesys_conversations_post_conversations_participants_attributes_search",
		args: `{"sortOrder":"DESC","sortBy":"startTime","returnFields":["conversationId","participantData"],
			"query":[
				{"type":"DATE_RANGE","fields":["startTime"],"startValue":"2026-01-31T10:00:00.000Z","endValue":"2026-01-31T14:00:00.000Z",
				 "dateFormat":"yyyy-MM-dd'T'HH:mm:ss.SSSX","operator":"AND"},
				{"type":"EXACT","operator":"OR","group":[
					{"type":"EXACT","fields":["conversationId"],"value":"c-1001"},
					{"type":"EXACT","fields":["divisionId"],"values":["div-1","div-2"],"operator":"NOT"}]}]}`,
		path: "/api/v2/conversations/participants/attributes/search",
		body: `{"sortOrder":"DESC","sortBy":"startTime","returnFields":["conversationId","participantData"],
			"query":[
				{"type":"DATE_RANGE","fields":["startTime"],"startValue":"2026-01-31T10:00:00.000Z","endValue":"2026-01-31T14:00:00.000Z",
				 "dateFormat":"yyyy-MM-dd'T'HH:mm:ss.SSSX","operator":"AND"},
				{"type":"EXACT","operator":"OR","group":[
					{"type":"EXACT","fields":["conversationId"],"value":"c-1001"},
					{"type":"EXACT","fields":["divisionId"],"values":["div-1","div-2"],"operator":"NOT"}]}]}`,
		response: `{"types":["conversations"],"cursor":"eyJwYWdlIjoyfQ",
			"results":[{"conversationId":"c-1001","startTime":"2026-01-31T12:00:00.000Z","divisionIds":["div-1"],
				"participantData":[{"participantPurpose":"external","participantId":"p-1","participantAttributes":{"NPS Score":"9"}}]}]}`,
	},
	{
		tool: "genesys_conversations_post_participants_attributes_search",
		args: `{"cursor":"eyJwYWdlIjoyfQ","sort":[{"sortBy":"startTime","sortOrder":"ASC"},{"sortBy":"conversationId","sortOrder":"SCORE"}],
			"query":[{"type":"DATE_RANGE","fields":["startTime"],"startValue":"2026-01-31T10:00:00Z","endValue":"2026-01-31T14:00:00Z"}]}`,
		path: "/api/v2/conversations/participants/attributes/search",
		body: `{"cursor":"eyJwYWdlIjoyfQ","sort":[{"sortBy":"startTime","sortOrder":"ASC"},{"sortBy":"conversationId","sortOrder":"SCORE"}],
			"query":[{"type":"DATE_RANGE","fields":["startTime"],"startValue":"2026-01-31T10:00:00Z","endValue":"2026-01-31T14:00:00Z"}]}`,
		response: `{"types":["conversations"],"results":[]}`,
	},
	{
		tool: "genesys_conversations_post_customattributes_search",
		args: `{"expand":["schema"],"pageSize":25,"pageNumber":2,"sortBy":"dateModified","sortOrder":"DESC",
			"sort":[{"sortBy":"dateModified","sortOrder":"DESC"},{"sortBy":"id","sortOrder":"ASC"}]}`,
		path: "/api/v2/conversations/customattributes/search",
		body: `{"expand":["schema"],"pageSize":25,"pageNumber":2,"sortBy":"dateModified","sortOrder":"DESC",
			"sort":[{"sortBy":"dateModified","sortOrder":"DESC"},{"sortBy":"id","sortOrder":"ASC"}]}`,
		response: `{"total":27,"pageCount":2,"pageSize":25,"pageNumber":2,"types":["customattributes"],
			"results":[{"id":"order-details","conversationId":"c-1001","customAttributes":{"orderId":"A-17"},"version":4}]}`,
	},
	{
		tool: "genesys_conversations_put_conversation_customattributes",
		args: `{"conversationId":"c-1001","id":"order-details","divisions":["div-1"],"schemaId":"schema-7",
			"customAttributes":{"orderId":"A-17","items":3,"tags":["gift","express"]}}`,
		path: "/api/v2/conversations/c-1001/customattributes",
		body: `{"id":"order-details","divisions":["div-1"],"schemaId":"schema-7",
			"customAttributes":{"orderId":"A-17","items":3,"tags":["gift","express"]}}`,
		response: `{"id":"order-details"}`,
	},
	{
		tool:     "genesys_conversations_put_conversation_customattributes",
		args:     `{"conversationId":"c-1001","id":"order-details","version":4,"customAttributes":{"orderId":"A-19"}}`,
		path:     "/api/v2/conversations/c-1001/customattributes",
		body:     `{"id":"order-details","version":4,"customAttributes":{"orderId":"A-19"}}`,
		response: `{"id":"order-details"}`,
	},
	{
		tool:     "genesys_conversations_put_conversation_secureattributes",
		args:     `{"conversationId":"c 1001","attributes":{"cardLast4":"4242","accountNumber":"ACC-991"},"version":3}`,
		path:     "/api/v2/conversations/c%201001/secureattributes",
		body:     `{"attributes":{"cardLast4":"4242","accountNumber":"ACC-991"},"version":3}`,
		response: `"Secure attributes set"`,
	},
}

func TestAttributeRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range attributeCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
