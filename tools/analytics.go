package tools

import (
	"context"
	"net/http"
)

// GetAnalyticsConversationDetails TODO.
//
// spec: Get a conversation by id |
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/{conversationId}/details
type GetAnalyticsConversationDetails struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationDetails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/{conversationId}/details", t)
}

// GetAnalyticsConversationsDetails TODO.
//
// spec: Gets multiple conversations by id |
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/details
type GetAnalyticsConversationsDetails struct {
	//spec: Comma-separated conversation ids
	ID []string `json:"id,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationsDetails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/details", t)
}

// GetAnalyticsConversationsDetailsJobResults TODO.
//
// spec: Fetch a page of results for an async details job |
//
// Genesys Cloud API: GET /api/v2/analytics/conversations/details/jobs/{jobId}/results
type GetAnalyticsConversationsDetailsJobResults struct {
	//spec: jobId
	JobID string `json:"jobId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates where to resume query results (not required for first page)
	Cursor string `json:"cursor,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: The desired maximum number of results
	PageSize int `json:"pageSize,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetAnalyticsConversationsDetailsJobResults) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/analytics/conversations/details/jobs/{jobId}/results", t)
}

// PostAnalyticsConversationsActivityQuery TODO.
//
// spec: Query for conversation activity observations |
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/activity/query
type PostAnalyticsConversationsActivityQuery struct {
	//spec: The desired page size
	PageSize int `json:"pageSize,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: The desired page number
	PageNumber int `json:"pageNumber,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: List of requested metrics
	Metrics []ConversationActivityQueryMetric `json:"metrics" jsonschema_description:"TODO"`
	//spec: Dimension(s) to group by
	GroupBy []ActivityDimension `json:"groupBy" jsonschema_description:"TODO"`
	//spec: Filter to return a subset of observations. Expresses boolean logical predicates as well as dimensional filters
	Filter *ConversationActivityQueryFilter `json:"filter,omitempty" jsonschema_description:"TODO"`
	//spec: Sort the result set in ascending/descending order. Default is ascending
	Order QueryOrder `json:"order,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsActivityQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/activity/query", t)
}

// PostAnalyticsConversationsAggregatesQuery TODO.
//
// spec: Query for conversation aggregates |
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/aggregates/query
type PostAnalyticsConversationsAggregatesQuery struct {
	//spec: Behaves like one clause in a SQL WHERE. Specifies the date and time range of data being queried. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss
	Interval string `json:"interval" jsonschema_description:"TODO"`
	//spec: Granularity aggregates metrics into subpartitions within the time interval specified. The default granularity is the same duration as the interval. Periods are represented as an ISO-8601 string. For example: P1D or P1DT12H
	Granularity string `json:"granularity,omitempty" jsonschema_description:"TODO"`
	//spec: Time zone context used to calculate response intervals (this allows resolving DST changes). The interval offset is used even when timeZone is specified. Default is UTC. Time zones are represented as a string of the zone name as found in the IANA time zone database. For example: UTC, Etc/UTC, or Europe/London
	TimeZone string `json:"timeZone,omitempty" jsonschema_description:"TODO"`
	//spec: Behaves like a SQL GROUPBY. Allows for multiple levels of grouping as a list of dimensions. Partitions resulting aggregate computations into distinct named subgroups rather than across the entire result set as if it were one group.
	GroupBy []AggregateGroupBy `json:"groupBy,omitempty" jsonschema_description:"TODO"`
	//spec: Behaves like a SQL WHERE clause. This is ANDed with the interval parameter. Expresses boolean logical predicates as well as dimensional filters
	Filter *ConversationAggregateQueryFilter `json:"filter,omitempty" jsonschema_description:"TODO"`
	//spec: Behaves like a SQL SELECT clause. Only named metrics will be retrieved.
	Metrics []AggregateMetric `json:"metrics" jsonschema_description:"TODO"`
	//spec: Flattens any multivalued dimensions used in response groups (e.g. ['a','b','c']->'a,b,c')
	FlattenMultivaluedDimensions *bool `json:"flattenMultivaluedDimensions,omitempty" jsonschema_description:"TODO"`
	//spec: Custom derived metric views
	Views []ConversationAggregationView `json:"views,omitempty" jsonschema_description:"TODO"`
	//spec: Dimension to use as the alternative timestamp for data in the aggregate. Choosing \"eventTime\" uses the actual time of the data event.
	AlternateTimeDimension AlternateTimeDimension `json:"alternateTimeDimension,omitempty" jsonschema_description:"TODO"`
	//spec: Query type to use. Use groupBy for all matching results, and topN/bottomN for N results ordered by the sortMetric. Default is groupBy.
	QueryType AggregateQueryType `json:"queryType,omitempty" jsonschema_description:"TODO"`
	//spec: Required when requesting multiple metrics. Only applicable for topN/bottomN query type.
	SortMetric *ConversationAggregationSort `json:"sortMetric,omitempty" jsonschema_description:"TODO"`
	//spec: How many results you want in an ordered list. Only applicable for topN/bottomN query type.
	Limit int `json:"limit,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsAggregatesQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/aggregates/query", t)
}

// PostAnalyticsConversationsDetailsQuery TODO.
//
// spec: Query for conversation details |
//
// Genesys Cloud API: POST /api/v2/analytics/conversations/details/query
type PostAnalyticsConversationsDetailsQuery struct {
	//spec: Filters that target conversation-level data
	ConversationFilters []ConversationDetailQueryFilter `json:"conversationFilters,omitempty" jsonschema_description:"TODO"`
	//spec: Filters that target individual segments within a conversation
	SegmentFilters []SegmentDetailQueryFilter `json:"segmentFilters,omitempty" jsonschema_description:"TODO"`
	//spec: Filters that target evaluations
	EvaluationFilters []EvaluationDetailQueryFilter `json:"evaluationFilters,omitempty" jsonschema_description:"TODO"`
	//spec: Filters that target surveys
	SurveyFilters []SurveyDetailQueryFilter `json:"surveyFilters,omitempty" jsonschema_description:"TODO"`
	//spec: Filters that target resolutions
	ResolutionFilters []ResolutionDetailQueryFilter `json:"resolutionFilters,omitempty" jsonschema_description:"TODO"`
	//spec: Sort the result set in ascending/descending order. Default is ascending
	Order QueryOrder `json:"order,omitempty" jsonschema_description:"TODO"`
	//spec: Specify which data element within the result set to use for sorting. The options to use as a basis for sorting the results: conversationStart, segmentStart, and segmentEnd. If not specified, the default is conversationStart
	OrderBy DetailOrderBy `json:"orderBy,omitempty" jsonschema_description:"TODO"`
	//spec: Specifies the date and time range of data being queried. Results will only include conversations that started on a day touched by the interval. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss
	Interval string `json:"interval" jsonschema_description:"TODO"`
	//spec: Include faceted search and aggregate roll-ups describing your search results. This does not function as a filter, but rather, summary data about the data matching your filters
	Aggregations []AnalyticsQueryAggregation `json:"aggregations,omitempty" jsonschema_description:"TODO"`
	//spec: Page size and number to control iterating through large result sets. Default page size is 25
	Paging *PagingSpec `json:"paging,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostAnalyticsConversationsDetailsQuery) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/analytics/conversations/details/query", t)
}

// ActivityDimension TODO.
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

// QueryOrder TODO.
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

// AlternateTimeDimension TODO.
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

// AggregateQueryType TODO.
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

// DetailOrderBy TODO.
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
			Name:        "genesys_conversations_get_analytics_conversation_details",
			ShortName:   "genesys_get_analytics_conversation_details",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/analytics/conversations/{conversationId}/details",
			New:         func() Tool { return new(GetAnalyticsConversationDetails) },
		},
		{
			Name:        "genesys_conversations_get_analytics_conversations_details",
			ShortName:   "genesys_get_analytics_conversations_details",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/analytics/conversations/details",
			New:         func() Tool { return new(GetAnalyticsConversationsDetails) },
		},
		{
			Name:        "genesys_conversations_get_analytics_conversations_details_job_results",
			ShortName:   "genesys_get_analytics_conversations_details_job_results",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/analytics/conversations/details/jobs/{jobId}/results",
			New:         func() Tool { return new(GetAnalyticsConversationsDetailsJobResults) },
		},
		{
			Name:        "genesys_conversations_post_analytics_conversations_activity_query",
			ShortName:   "genesys_post_analytics_conversations_activity_query",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/analytics/conversations/aggregates/query",
			New:         func() Tool { return new(PostAnalyticsConversationsAggregatesQuery) },
		},
		{
			Name:        "genesys_conversations_post_analytics_conversations_details_query",
			ShortName:   "genesys_post_analytics_conversations_details_query",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAnalytics,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/analytics/conversations/details/query",
			New:         func() Tool { return new(PostAnalyticsConversationsDetailsQuery) },
		},
	}
}
