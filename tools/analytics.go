package tools

import (
	"context"
	"net/http"
)

// GetAnalyticsConversationDetails fetches the analytics detail record of one
// conversation: its participants, sessions, segments and metrics, plus any
// evaluations, surveys and resolutions attached to it.
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/{conversationId}/details
type GetAnalyticsConversationDetails struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations, genesys_conversations_get_calls or a details query result."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationDetails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/{conversationId}/details", t)
}

// GetAnalyticsConversationsDetails fetches the analytics detail records of
// several conversations at once, by id.
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/details
type GetAnalyticsConversationsDetails struct {
	ID []string `json:"id,omitempty" in:"query" jsonschema_description:"Conversation ids to fetch, one per list item, from genesys_conversations_get_conversations or a details query result; each is sent as its own id parameter."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationsDetails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/details", t)
}

// GetAnalyticsConversationsDetailsJobResults reads one page of the results
// of an asynchronous conversation details job; the answer carries a cursor
// for the next page until the results are exhausted.
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/details/jobs/{jobId}/results
type GetAnalyticsConversationsDetailsJobResults struct {
	JobID    string `json:"jobId" in:"path" jsonschema_description:"Id of an asynchronous conversation details job, as returned when the job was submitted to /api/v2/analytics/conversations/details/jobs."`
	Cursor   string `json:"cursor,omitempty" in:"query" jsonschema_description:"Cursor from the previous page's answer; omit it for the first page."`
	PageSize int    `json:"pageSize,omitempty" in:"query" jsonschema_description:"Maximum number of conversations to return in this page."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationsDetailsJobResults) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/details/jobs/{jobId}/results", t)
}

// PostAnalyticsConversationsActivityQuery asks for live observations of
// conversations right now — how many are waiting, alerting or interacting,
// and for how long — grouped by dimensions such as queue or media type.
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/activity/query
type PostAnalyticsConversationsActivityQuery struct {
	PageSize   int                               `json:"pageSize,omitempty" in:"query" jsonschema_description:"Number of result groups per page."`
	PageNumber int                               `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page to return, starting at 1."`
	Metrics    []ConversationActivityQueryMetric `json:"metrics" jsonschema_description:"Observation metrics to compute, such as oWaiting or oInteracting, each optionally with per-conversation details."`
	GroupBy    []ActivityDimension               `json:"groupBy" jsonschema_description:"Dimensions to group the observations by, such as queueId or mediaType."`
	Filter     *ConversationActivityQueryFilter  `json:"filter,omitempty" jsonschema_description:"Optional and/or filter of dimension predicates limiting which conversations are observed, e.g. queueId matches a queue id."`
	Order      QueryOrder                        `json:"order,omitempty" jsonschema_description:"Sort direction of the results; ascending when omitted."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsActivityQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/activity/query", t)
}

// PostAnalyticsConversationsAggregatesQuery computes aggregate conversation
// metrics (counts, durations, service levels) over a time interval, split
// into time buckets and grouped by dimensions such as queue or user.
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/aggregates/query
type PostAnalyticsConversationsAggregatesQuery struct {
	Interval                     string                            `json:"interval" jsonschema_description:"Time range to aggregate, as an ISO-8601 interval like 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z."`
	Granularity                  string                            `json:"granularity,omitempty" jsonschema_description:"ISO-8601 duration such as PT30M, P1D or P1DT12H that splits the interval into buckets; one bucket covering the whole interval when omitted."`
	TimeZone                     string                            `json:"timeZone,omitempty" jsonschema_description:"IANA time zone name, such as Europe/London, used to align buckets across daylight-saving changes; UTC when omitted."`
	GroupBy                      []AggregateGroupBy                `json:"groupBy,omitempty" jsonschema_description:"Dimensions to group results by, outermost first, such as queueId, userId or mediaType; one overall group when omitted."`
	Filter                       *ConversationAggregateQueryFilter `json:"filter,omitempty" jsonschema_description:"Optional and/or filter of dimension predicates, combined with the interval, limiting which conversations are counted."`
	Metrics                      []AggregateMetric                 `json:"metrics" jsonschema_description:"Metrics to compute, such as nOffered, tHandle or tAnswered; only these are returned."`
	FlattenMultivaluedDimensions *bool                             `json:"flattenMultivaluedDimensions,omitempty" jsonschema_description:"If true, a multi-valued grouping dimension is reported as one comma-joined value (a,b,c) instead of a list."`
	Views                        []ConversationAggregationView     `json:"views,omitempty" jsonschema_description:"Derived metrics to add, each slicing one metric into a numeric range under a new name."`
	AlternateTimeDimension       AlternateTimeDimension            `json:"alternateTimeDimension,omitempty" jsonschema_description:"Timestamp used to place data in the interval; eventTime uses the moment each event actually happened."`
	QueryType                    AggregateQueryType                `json:"queryType,omitempty" jsonschema_description:"groupBy (default) returns every group; topN or bottomN return only the limit highest or lowest groups by sortMetric."`
	SortMetric                   *ConversationAggregationSort      `json:"sortMetric,omitempty" jsonschema_description:"Metric and function that rank groups for topN or bottomN queries; needed when several metrics are requested."`
	Limit                        int                               `json:"limit,omitempty" jsonschema_description:"Number of groups to return for topN or bottomN queries."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsAggregatesQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/aggregates/query", t)
}

// PostAnalyticsConversationsDetailsQuery searches conversation detail records
// in a time interval, filtered on conversation, segment, evaluation, survey
// or resolution data, and returns them one page at a time.
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/details/query
type PostAnalyticsConversationsDetailsQuery struct {
	ConversationFilters []ConversationDetailQueryFilter `json:"conversationFilters,omitempty" jsonschema_description:"Filters on conversation-level fields, such as originatingDirection or a conversation metric."`
	SegmentFilters      []SegmentDetailQueryFilter      `json:"segmentFilters,omitempty" jsonschema_description:"Filters on individual segments, such as mediaType, queueId, userId or wrapUpCode."`
	EvaluationFilters   []EvaluationDetailQueryFilter   `json:"evaluationFilters,omitempty" jsonschema_description:"Filters on quality evaluations attached to the conversations."`
	SurveyFilters       []SurveyDetailQueryFilter       `json:"surveyFilters,omitempty" jsonschema_description:"Filters on surveys attached to the conversations."`
	ResolutionFilters   []ResolutionDetailQueryFilter   `json:"resolutionFilters,omitempty" jsonschema_description:"Filters on resolution data, such as whether a next contact was avoided."`
	Order               QueryOrder                      `json:"order,omitempty" jsonschema_description:"Sort direction of the results; ascending when omitted."`
	OrderBy             DetailOrderBy                   `json:"orderBy,omitempty" jsonschema_description:"Timestamp the results are sorted on; conversationStart when omitted."`
	Interval            string                          `json:"interval" jsonschema_description:"Time range as an ISO-8601 interval like 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z; returns conversations that started on any day it touches."`
	Aggregations        []AnalyticsQueryAggregation     `json:"aggregations,omitempty" jsonschema_description:"Optional summary roll-ups (term counts or numeric ranges) over the matching conversations; they do not filter the results."`
	Paging              *PagingSpec                     `json:"paging,omitempty" jsonschema_description:"Page size and page number for large result sets; 25 conversations per page when omitted."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsDetailsQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/details/query", t)
}

// ActivityDimension names a dimension that live conversation activity
// observations can be grouped or filtered by.
type ActivityDimension string

// ActivityDimension values.
const (
	ActivityDimensionActiveRouting           ActivityDimension = "activeRouting"
	ActivityDimensionAddressFrom             ActivityDimension = "addressFrom"
	ActivityDimensionAddressTo               ActivityDimension = "addressTo"
	ActivityDimensionAgentScore              ActivityDimension = "agentScore"
	ActivityDimensionANI                     ActivityDimension = "ani"
	ActivityDimensionConversationID          ActivityDimension = "conversationId"
	ActivityDimensionConvertedFrom           ActivityDimension = "convertedFrom"
	ActivityDimensionConvertedTo             ActivityDimension = "convertedTo"
	ActivityDimensionDirection               ActivityDimension = "direction"
	ActivityDimensionDNIS                    ActivityDimension = "dnis"
	ActivityDimensionMediaType               ActivityDimension = "mediaType"
	ActivityDimensionParticipantName         ActivityDimension = "participantName"
	ActivityDimensionQueueID                 ActivityDimension = "queueId"
	ActivityDimensionRequestedLanguageID     ActivityDimension = "requestedLanguageId"
	ActivityDimensionRequestedRouting        ActivityDimension = "requestedRouting"
	ActivityDimensionRequestedRoutingSkillID ActivityDimension = "requestedRoutingSkillId"
	ActivityDimensionRoutingPriority         ActivityDimension = "routingPriority"
	ActivityDimensionScoredAgentID           ActivityDimension = "scoredAgentId"
	ActivityDimensionSessionID               ActivityDimension = "sessionId"
	ActivityDimensionTeamID                  ActivityDimension = "teamId"
	ActivityDimensionUsedRouting             ActivityDimension = "usedRouting"
	ActivityDimensionUserID                  ActivityDimension = "userId"
)

// EnumValues lists the values Genesys Cloud accepts for ActivityDimension.
func (ActivityDimension) EnumValues() []string {
	return []string{
		string(ActivityDimensionActiveRouting),
		string(ActivityDimensionAddressFrom),
		string(ActivityDimensionAddressTo),
		string(ActivityDimensionAgentScore),
		string(ActivityDimensionANI),
		string(ActivityDimensionConversationID),
		string(ActivityDimensionConvertedFrom),
		string(ActivityDimensionConvertedTo),
		string(ActivityDimensionDirection),
		string(ActivityDimensionDNIS),
		string(ActivityDimensionMediaType),
		string(ActivityDimensionParticipantName),
		string(ActivityDimensionQueueID),
		string(ActivityDimensionRequestedLanguageID),
		string(ActivityDimensionRequestedRouting),
		string(ActivityDimensionRequestedRoutingSkillID),
		string(ActivityDimensionRoutingPriority),
		string(ActivityDimensionScoredAgentID),
		string(ActivityDimensionSessionID),
		string(ActivityDimensionTeamID),
		string(ActivityDimensionUsedRouting),
		string(ActivityDimensionUserID),
	}
}

// QueryOrder is the sort direction of an analytics query's results.
type QueryOrder string

// QueryOrder values.
const (
	QueryOrderAsc       QueryOrder = "asc"
	QueryOrderDesc      QueryOrder = "desc"
	QueryOrderUnordered QueryOrder = "unordered"
)

// EnumValues lists the values Genesys Cloud accepts for QueryOrder.
func (QueryOrder) EnumValues() []string {
	return []string{
		string(QueryOrderAsc),
		string(QueryOrderDesc),
		string(QueryOrderUnordered),
	}
}

// AlternateTimeDimension selects which timestamp places aggregate data in
// the query interval.
type AlternateTimeDimension string

// AlternateTimeDimension values.
const (
	AlternateTimeDimensionEventTime AlternateTimeDimension = "eventTime"
)

// EnumValues lists the values Genesys Cloud accepts for AlternateTimeDimension.
func (AlternateTimeDimension) EnumValues() []string {
	return []string{
		string(AlternateTimeDimensionEventTime),
	}
}

// AggregateQueryType says whether an aggregates query returns every group
// or only the top or bottom N groups by a sort metric.
type AggregateQueryType string

// AggregateQueryType values.
const (
	AggregateQueryTypeBottomN AggregateQueryType = "bottomN"
	AggregateQueryTypeGroupBy AggregateQueryType = "groupBy"
	AggregateQueryTypeTopN    AggregateQueryType = "topN"
)

// EnumValues lists the values Genesys Cloud accepts for AggregateQueryType.
func (AggregateQueryType) EnumValues() []string {
	return []string{
		string(AggregateQueryTypeBottomN),
		string(AggregateQueryTypeGroupBy),
		string(AggregateQueryTypeTopN),
	}
}

// DetailOrderBy names the timestamp a conversation details query sorts on.
type DetailOrderBy string

// DetailOrderBy values.
const (
	DetailOrderByConversationStart DetailOrderBy = "conversationStart"
	DetailOrderByConversationEnd   DetailOrderBy = "conversationEnd"
	DetailOrderBySegmentStart      DetailOrderBy = "segmentStart"
	DetailOrderBySegmentEnd        DetailOrderBy = "segmentEnd"
)

// EnumValues lists the values Genesys Cloud accepts for DetailOrderBy.
func (DetailOrderBy) EnumValues() []string {
	return []string{
		string(DetailOrderByConversationStart),
		string(DetailOrderByConversationEnd),
		string(DetailOrderBySegmentStart),
		string(DetailOrderBySegmentEnd),
	}
}

func analyticsTools() []Spec {
	return []Spec{
		{
			Name:            "genesys_conversations_get_analytics_conversation_details",
			ShortName:       "genesys_get_analytics_conversation_details",
			Title:           "Get conversation analytics details",
			Description:     "Get the analytics detail record of one conversation: participants, sessions, segments with timings, metrics, wrap-up, and any evaluations or surveys. Get the id from genesys_conversations_get_conversations or a details query; for several ids use genesys_conversations_get_analytics_conversations_details.",
			Toolset:         ToolsetAnalytics,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/analytics/conversations/{conversationId}/details",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetAnalyticsConversationDetails) },
		},
		{
			Name:            "genesys_conversations_get_analytics_conversations_details",
			ShortName:       "genesys_get_analytics_conversations_details",
			Title:           "Get analytics details for conversations",
			Description:     "Get the analytics detail records of several conversations in one call, given their ids (from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query). For one conversation use genesys_conversations_get_analytics_conversation_details; to search by time and criteria use the details query.",
			Toolset:         ToolsetAnalytics,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/analytics/conversations/details",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetAnalyticsConversationsDetails) },
		},
		{
			Name:            "genesys_conversations_get_analytics_conversations_details_job_results",
			ShortName:       "genesys_get_analytics_conversations_details_job_results",
			Title:           "Get details job results page",
			Description:     "Read one page of results of an asynchronous conversation details job, given the job id returned when the job was submitted (job submission is not part of this toolset). Pass the cursor from each answer to get the next page; stop when no cursor is returned.",
			Toolset:         ToolsetAnalytics,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/analytics/conversations/details/jobs/{jobId}/results",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetAnalyticsConversationsDetailsJobResults) },
		},
		{
			Name:        "genesys_conversations_post_analytics_conversations_activity_query",
			ShortName:   "genesys_post_analytics_conversations_activity_query",
			Title:       "Query live conversation activity",
			Description: "Observe conversations as they are right now: counts and longest times of waiting, alerting and interacting conversations, grouped by dimensions such as queueId or mediaType and optionally filtered. Use it for real-time queue status; for historical totals use genesys_conversations_post_analytics_conversations_aggregates_query. Read-only despite using POST.",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/analytics/conversations/activity/query",
			New:         func() Tool { return new(PostAnalyticsConversationsActivityQuery) },
		},
		{
			Name:        "genesys_conversations_post_analytics_conversations_aggregates_query",
			ShortName:   "genesys_post_analytics_conversations_aggregates_query",
			Title:       "Query conversation aggregate metrics",
			Description: "Compute historical conversation metrics such as nOffered, tHandle or tAnswered over an ISO-8601 interval, bucketed by granularity and grouped by dimensions such as queueId or userId; topN/bottomN ranking is supported. Use it for reports and totals; for individual conversations use genesys_conversations_post_analytics_conversations_details_query. Read-only despite using POST.",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/analytics/conversations/aggregates/query",
			New:         func() Tool { return new(PostAnalyticsConversationsAggregatesQuery) },
		},
		{
			Name:            "genesys_conversations_post_analytics_conversations_details_query",
			ShortName:       "genesys_post_analytics_conversations_details_query",
			Title:           "Search conversation details",
			Description:     "Search conversation detail records that started in an ISO-8601 interval, filtered on conversation, segment (queue, user, media type, wrap-up), evaluation, survey or resolution data, sorted and paged (25 per page by default). Use it to find conversations and their ids; for totals use genesys_conversations_post_analytics_conversations_aggregates_query. Read-only despite using POST.",
			Toolset:         ToolsetAnalytics,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodPost,
			Path:            "/api/v2/analytics/conversations/details/query",
			UntrustedOutput: true,
			New:             func() Tool { return new(PostAnalyticsConversationsDetailsQuery) },
		},
	}
}
