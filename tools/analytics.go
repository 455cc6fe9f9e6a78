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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
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
	ID []string `json:"id,omitempty" in:"query" jsonschema_description:"Conversation ids."`
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
	JobID    string `json:"jobId" in:"path" jsonschema_description:"Details job id, returned when the job was submitted."`
	Cursor   string `json:"cursor,omitempty" in:"query" jsonschema_description:"Cursor from the previous page; omit for the first."`
	PageSize int    `json:"pageSize,omitempty" in:"query" jsonschema_description:"Conversations per page."`
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
	PageSize   int                               `json:"pageSize,omitempty" in:"query" jsonschema_description:"Result groups per page."`
	PageNumber int                               `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page number, from 1."`
	Metrics    []ConversationActivityQueryMetric `json:"metrics" jsonschema_description:"Observation metrics to compute."`
	GroupBy    []ActivityDimension               `json:"groupBy" jsonschema_description:"Dimensions to group by."`
	Filter     *ConversationActivityQueryFilter  `json:"filter,omitempty" jsonschema_description:"Filter on dimensions."`
	Order      QueryOrder                        `json:"order,omitempty" jsonschema_description:"Sort direction; asc by default."`
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
	Interval                     string                            `json:"interval" jsonschema_description:"Interval, e.g. 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z."`
	Granularity                  string                            `json:"granularity,omitempty" jsonschema_description:"Bucket length, e.g. PT30M or P1D; default one bucket."`
	TimeZone                     string                            `json:"timeZone,omitempty" jsonschema_description:"IANA zone for bucket edges, e.g. Europe/London; UTC default."`
	GroupBy                      []AggregateGroupBy                `json:"groupBy,omitempty" jsonschema_description:"Dimensions to group by, outermost first."`
	Filter                       *ConversationAggregateQueryFilter `json:"filter,omitempty" jsonschema_description:"Filter on dimensions, ANDed with the interval."`
	Metrics                      []AggregateMetric                 `json:"metrics" jsonschema_description:"Metrics to compute."`
	FlattenMultivaluedDimensions *bool                             `json:"flattenMultivaluedDimensions,omitempty" jsonschema_description:"Report multi-valued dimensions as one a,b,c value."`
	Views                        []ConversationAggregationView     `json:"views,omitempty" jsonschema_description:"Derived metrics counting a metric within a range."`
	AlternateTimeDimension       AlternateTimeDimension            `json:"alternateTimeDimension,omitempty" jsonschema_description:"eventTime places data at the time each event happened."`
	QueryType                    AggregateQueryType                `json:"queryType,omitempty" jsonschema_description:"topN/bottomN return only limit groups; default all groups."`
	SortMetric                   *ConversationAggregationSort      `json:"sortMetric,omitempty" jsonschema_description:"Ranks topN/bottomN groups; needed with several metrics."`
	Limit                        int                               `json:"limit,omitempty" jsonschema_description:"Groups to return for topN/bottomN."`
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
	ConversationFilters []ConversationDetailQueryFilter `json:"conversationFilters,omitempty" jsonschema_description:"Filters on conversation dimensions or metrics."`
	SegmentFilters      []SegmentDetailQueryFilter      `json:"segmentFilters,omitempty" jsonschema_description:"Filters on segments (queue, user, media type, wrap-up)."`
	EvaluationFilters   []EvaluationDetailQueryFilter   `json:"evaluationFilters,omitempty" jsonschema_description:"Filters on quality evaluations."`
	SurveyFilters       []SurveyDetailQueryFilter       `json:"surveyFilters,omitempty" jsonschema_description:"Filters on surveys."`
	ResolutionFilters   []ResolutionDetailQueryFilter   `json:"resolutionFilters,omitempty" jsonschema_description:"Filters on resolutions (next contact avoided)."`
	Order               QueryOrder                      `json:"order,omitempty" jsonschema_description:"Sort direction; asc by default."`
	OrderBy             DetailOrderBy                   `json:"orderBy,omitempty" jsonschema_description:"Timestamp to sort by; conversationStart by default."`
	Interval            string                          `json:"interval" jsonschema_description:"Interval, e.g. 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z."`
	Aggregations        []AnalyticsQueryAggregation     `json:"aggregations,omitempty" jsonschema_description:"Roll-up counts over the matches; they do not filter."`
	Paging              *PagingSpec                     `json:"paging,omitempty" jsonschema_description:"Page size and number; 25 per page by default."`
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
			Description:     "Get one conversation's analytics record: participants, sessions, segments, metrics, evaluations, surveys. Id from genesys_conversations_post_analytics_conversations_details_query.",
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
			Description:     "Get the analytics records of several conversations by id in one call. Ids from genesys_conversations_post_analytics_conversations_details_query.",
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
			Description:     "Read one page of an async conversation details job's results (submitting jobs is not in this toolset). Pass each answer's cursor to get the next page.",
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
			Description: "Live snapshot: counts and longest times of waiting, alerting or interacting conversations, e.g. per queueId. For history use genesys_conversations_post_analytics_conversations_aggregates_query.",
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
			Description: "Historical metrics such as nOffered or tHandle over an interval, bucketed and grouped; topN/bottomN ranking. To list conversations use genesys_conversations_post_analytics_conversations_details_query.",
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
			Description:     "Find conversations started in an interval, filtered by conversation, segment, evaluation, survey or resolution data; paged. For totals use genesys_conversations_post_analytics_conversations_aggregates_query.",
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
