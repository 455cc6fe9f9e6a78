package tools_test

import "testing"

// analyticsCases are representative calls of the analytics tools and the exact requests
// they must send.
var analyticsCases = []requestCase{
	{
		tool: "genesys_conversations_get_analytics_conversation_details",
		args: `{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"}`,
		path: "/api/v2/analytics/conversations/7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f/details",
		response: `{
			"conversationId": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f",
			"conversationStart": "2026-01-15T09:30:00.000Z",
			"conversationEnd": "2026-01-15T09:41:12.000Z",
			"originatingDirection": "inbound",
			"divisionIds": ["d1"],
			"participants": [{
				"participantId": "p-customer",
				"purpose": "customer",
				"sessions": [{
					"sessionId": "s-1",
					"mediaType": "voice",
					"direction": "inbound",
					"ani": "tel:+15551230000",
					"metrics": [{"name": "nConnected", "value": 1, "emitDate": "2026-01-15T09:30:05.000Z"}],
					"segments": [{"segmentType": "interact", "segmentStart": "2026-01-15T09:30:05.000Z", "segmentEnd": "2026-01-15T09:41:12.000Z", "queueId": "q-support"}]
				}]
			}]
		}`,
	},
	{
		tool:     "genesys_conversations_get_analytics_conversation_details",
		args:     `{"conversationId":"legacy id #1"}`,
		path:     "/api/v2/analytics/conversations/legacy%20id%20%231/details",
		response: `{"conversationId":"legacy id #1","participants":[]}`,
	},
	{
		tool:  "genesys_conversations_get_analytics_conversations_details",
		args:  `{"id":["7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f","0b9e8d7c-6a5f-4e3d-2c1b-a09f8e7d6c5b"]}`,
		path:  "/api/v2/analytics/conversations/details",
		query: "id=7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f&id=0b9e8d7c-6a5f-4e3d-2c1b-a09f8e7d6c5b",
		response: `{"conversations": [
			{"conversationId": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f", "conversationStart": "2026-01-15T09:30:00.000Z", "participants": []},
			{"conversationId": "0b9e8d7c-6a5f-4e3d-2c1b-a09f8e7d6c5b", "conversationStart": "2026-01-15T10:02:00.000Z", "participants": []}
		]}`,
	},
	{
		tool:     "genesys_conversations_get_analytics_conversations_details",
		args:     `{"id":["7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"]}`,
		path:     "/api/v2/analytics/conversations/details",
		query:    "id=7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f",
		response: `{"conversations":[{"conversationId":"7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f"}]}`,
	},
	{
		tool:  "genesys_conversations_get_analytics_conversations_details_job_results",
		args:  `{"jobId":"job-42","cursor":"eyJwIjoyfQ==","pageSize":100}`,
		path:  "/api/v2/analytics/conversations/details/jobs/job-42/results",
		query: "cursor=eyJwIjoyfQ%3D%3D&pageSize=100",
		response: `{
			"conversations": [{"conversationId": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f", "conversationStart": "2026-01-15T09:30:00.000Z", "participants": []}],
			"cursor": "eyJwIjozfQ==",
			"dataAvailabilityDate": "2026-01-16T00:00:00.000Z"
		}`,
	},
	{
		tool:     "genesys_conversations_get_analytics_conversations_details_job_results",
		args:     `{"jobId":"job-42"}`,
		path:     "/api/v2/analytics/conversations/details/jobs/job-42/results",
		response: `{"conversations":[],"dataAvailabilityDate":"2026-01-16T00:00:00.000Z"}`,
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_activity_query",
		args: `{
			"pageSize": 25,
			"pageNumber": 2,
			"metrics": [{"metric": "oWaiting", "details": true}, {"metric": "oInteracting", "details": false}],
			"groupBy": ["queueId", "mediaType"],
			"filter": {
				"type": "and",
				"clauses": [{"type": "or", "predicates": [
					{"dimension": "queueId", "value": "q-support"},
					{"dimension": "queueId", "value": "q-sales"}
				]}],
				"predicates": [{"type": "dimension", "dimension": "mediaType", "operator": "matches", "value": "voice"}]
			},
			"order": "desc"
		}`,
		path:  "/api/v2/analytics/conversations/activity/query",
		query: "pageNumber=2&pageSize=25",
		body: `{
			"metrics": [{"metric": "oWaiting", "details": true}, {"metric": "oInteracting", "details": false}],
			"groupBy": ["queueId", "mediaType"],
			"filter": {
				"type": "and",
				"clauses": [{"type": "or", "predicates": [
					{"dimension": "queueId", "value": "q-support"},
					{"dimension": "queueId", "value": "q-sales"}
				]}],
				"predicates": [{"type": "dimension", "dimension": "mediaType", "operator": "matches", "value": "voice"}]
			},
			"order": "desc"
		}`,
		response: `{
			"results": [{
				"group": {"queueId": "q-support", "mediaType": "voice"},
				"data": [{"metric": "oWaiting", "count": 3}, {"metric": "oInteracting", "count": 5}],
				"entities": [{"activityDate": "2026-01-15T09:28:00.000Z", "metric": "oWaiting", "conversationId": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f", "queueId": "q-support", "mediaType": "voice"}]
			}],
			"entityIdDimension": "conversationId"
		}`,
	},
	{
		tool:     "genesys_conversations_post_analytics_conversations_activity_query",
		args:     `{"metrics":[{"metric":"oAlerting"}],"groupBy":["userId"]}`,
		path:     "/api/v2/analytics/conversations/activity/query",
		body:     `{"metrics":[{"metric":"oAlerting"}],"groupBy":["userId"]}`,
		response: `{"results":[{"group":{"userId":"u-1"},"data":[{"metric":"oAlerting","count":1}]}]}`,
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_aggregates_query",
		args: `{
			"interval": "2026-01-01T00:00:00Z/2026-01-08T00:00:00Z",
			"granularity": "P1D",
			"timeZone": "Europe/London",
			"groupBy": ["queueId", "mediaType"],
			"filter": {
				"type": "and",
				"predicates": [
					{"type": "dimension", "dimension": "queueId", "operator": "matches", "value": "q-support"},
					{"dimension": "wrapUpCode", "operator": "exists"}
				],
				"clauses": [{"type": "or", "predicates": [
					{"dimension": "direction", "value": "inbound"},
					{"dimension": "agentScore", "range": {"gte": 50, "lt": 90}}
				]}]
			},
			"metrics": ["nOffered", "tAnswered", "tHandle"],
			"flattenMultivaluedDimensions": false,
			"views": [{"target": "tHandle", "name": "handledUnder5Min", "function": "rangeBound", "range": {"gte": 1, "lt": 300000}}],
			"alternateTimeDimension": "eventTime"
		}`,
		path: "/api/v2/analytics/conversations/aggregates/query",
		body: `{
			"interval": "2026-01-01T00:00:00Z/2026-01-08T00:00:00Z",
			"granularity": "P1D",
			"timeZone": "Europe/London",
			"groupBy": ["queueId", "mediaType"],
			"filter": {
				"type": "and",
				"clauses": [{"type": "or", "predicates": [
					{"dimension": "direction", "value": "inbound"},
					{"dimension": "agentScore", "range": {"gte": 50, "lt": 90}}
				]}],
				"predicates": [
					{"type": "dimension", "dimension": "queueId", "operator": "matches", "value": "q-support"},
					{"dimension": "wrapUpCode", "operator": "exists"}
				]
			},
			"metrics": ["nOffered", "tAnswered", "tHandle"],
			"flattenMultivaluedDimensions": false,
			"views": [{"target": "tHandle", "name": "handledUnder5Min", "function": "rangeBound", "range": {"gte": 1, "lt": 300000}}],
			"alternateTimeDimension": "eventTime"
		}`,
		response: `{"results": [{
			"group": {"queueId": "q-support", "mediaType": "voice"},
			"data": [{
				"interval": "2026-01-01T00:00:00.000Z/2026-01-02T00:00:00.000Z",
				"metrics": [
					{"metric": "nOffered", "stats": {"count": 42}},
					{"metric": "tHandle", "stats": {"max": 912000, "min": 61000, "count": 40, "sum": 10480000}}
				],
				"views": [{"name": "handledUnder5Min", "stats": {"count": 27}}]
			}]
		}]}`,
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_aggregates_query",
		args: `{
			"interval": "2026-01-15T00:00:00Z/2026-01-16T00:00:00Z",
			"groupBy": ["userId"],
			"metrics": ["tHandle", "nConnected"],
			"queryType": "topN",
			"sortMetric": {"name": "tHandle", "function": "average"},
			"limit": 5
		}`,
		path: "/api/v2/analytics/conversations/aggregates/query",
		body: `{
			"interval": "2026-01-15T00:00:00Z/2026-01-16T00:00:00Z",
			"groupBy": ["userId"],
			"metrics": ["tHandle", "nConnected"],
			"queryType": "topN",
			"sortMetric": {"name": "tHandle", "function": "average"},
			"limit": 5
		}`,
		response: `{"results":[{"group":{"userId":"u-7"},"data":[{"interval":"2026-01-15T00:00:00.000Z/2026-01-16T00:00:00.000Z","metrics":[{"metric":"tHandle","stats":{"count":12,"sum":5400000}}]}]}]}`,
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: `{
			"interval": "2026-01-15T00:00:00Z/2026-01-16T00:00:00Z",
			"order": "desc",
			"orderBy": "conversationStart",
			"conversationFilters": [{"type": "and", "predicates": [
				{"dimension": "originatingDirection", "value": "inbound"},
				{"type": "metric", "metric": "tConversationDuration", "range": {"gt": 60000, "lte": 3600000}}
			]}],
			"segmentFilters": [{
				"type": "or",
				"clauses": [{"type": "and", "predicates": [
					{"dimension": "purpose", "value": "agent"},
					{"dimension": "userId", "value": "u-7"}
				]}],
				"predicates": [
					{"dimension": "queueId", "value": "q-support"},
					{"type": "property", "propertyType": "string", "property": "campaign", "value": "winter"},
					{"metric": "tSegmentDuration", "range": {"gte": 1000}}
				]
			}],
			"evaluationFilters": [{"type": "and", "predicates": [
				{"dimension": "evaluationStatus", "value": "Finished"},
				{"metric": "oTotalScore", "range": {"lt": 70}}
			]}],
			"surveyFilters": [{"type": "and", "predicates": [{"dimension": "surveyStatus", "operator": "exists"}]}],
			"resolutionFilters": [{"type": "and", "predicates": [{"metric": "nNextContactAvoided", "value": "1"}]}],
			"aggregations": [
				{"type": "termFrequency", "dimension": "wrapUpCode", "size": 10},
				{"type": "numericRange", "metric": "tHandle", "ranges": [{"gte": 1, "lt": 60000}, {"gte": 60000, "lt": 600000}]}
			],
			"paging": {"pageSize": 50, "pageNumber": 1}
		}`,
		path: "/api/v2/analytics/conversations/details/query",
		body: `{
			"conversationFilters": [{"type": "and", "predicates": [
				{"dimension": "originatingDirection", "value": "inbound"},
				{"type": "metric", "metric": "tConversationDuration", "range": {"gt": 60000, "lte": 3600000}}
			]}],
			"segmentFilters": [{
				"type": "or",
				"clauses": [{"type": "and", "predicates": [
					{"dimension": "purpose", "value": "agent"},
					{"dimension": "userId", "value": "u-7"}
				]}],
				"predicates": [
					{"dimension": "queueId", "value": "q-support"},
					{"type": "property", "propertyType": "string", "property": "campaign", "value": "winter"},
					{"metric": "tSegmentDuration", "range": {"gte": 1000}}
				]
			}],
			"evaluationFilters": [{"type": "and", "predicates": [
				{"dimension": "evaluationStatus", "value": "Finished"},
				{"metric": "oTotalScore", "range": {"lt": 70}}
			]}],
			"surveyFilters": [{"type": "and", "predicates": [{"dimension": "surveyStatus", "operator": "exists"}]}],
			"resolutionFilters": [{"type": "and", "predicates": [{"metric": "nNextContactAvoided", "value": "1"}]}],
			"order": "desc",
			"orderBy": "conversationStart",
			"interval": "2026-01-15T00:00:00Z/2026-01-16T00:00:00Z",
			"aggregations": [
				{"type": "termFrequency", "dimension": "wrapUpCode", "size": 10},
				{"type": "numericRange", "metric": "tHandle", "ranges": [{"gte": 1, "lt": 60000}, {"gte": 60000, "lt": 600000}]}
			],
			"paging": {"pageSize": 50, "pageNumber": 1}
		}`,
		response: `{
			"conversations": [{
				"conversationId": "7f3c2a10-5b1e-4c8d-9e2f-0a1b2c3d4e5f",
				"conversationStart": "2026-01-15T09:30:00.000Z",
				"conversationEnd": "2026-01-15T09:41:12.000Z",
				"originatingDirection": "inbound",
				"participants": [{"participantId": "p-agent", "purpose": "agent", "userId": "u-7", "sessions": []}]
			}],
			"aggregations": [
				{"type": "termFrequency", "dimension": "wrapUpCode", "count": 1, "results": [{"value": "wc-resolved", "count": 1}]},
				{"type": "numericRange", "metric": "tHandle", "count": 1, "results": [{"gte": 60000, "lt": 600000, "count": 1}]}
			],
			"totalHits": 1
		}`,
	},
	{
		tool:     "genesys_conversations_post_analytics_conversations_details_query",
		args:     `{"interval":"2026-01-15T00:00:00Z/2026-01-16T00:00:00Z"}`,
		path:     "/api/v2/analytics/conversations/details/query",
		body:     `{"interval":"2026-01-15T00:00:00Z/2026-01-16T00:00:00Z"}`,
		response: `{"conversations":[],"totalHits":0}`,
	},
}

func TestAnalyticsRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range analyticsCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
