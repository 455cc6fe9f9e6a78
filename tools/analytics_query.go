package tools

// ConversationActivityQueryMetric names one live observation metric to return from the conversation activity
// query, optionally with per-conversation details.
type ConversationActivityQueryMetric struct {
	Metric  ActivityMetric `json:"metric" jsonschema_description:"Observation metric."`
	Details *bool          `json:"details,omitempty" jsonschema_description:"Also return the conversations."`
}

// ConversationActivityQueryFilter narrows the conversations counted by the activity query. Its predicates and
// clauses are combined with its type ('and' or 'or'); each clause combines its own predicates with the clause's
// type, so at most two levels of nesting are possible.
type ConversationActivityQueryFilter struct {
	Type       FilterType                           `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []ConversationActivityQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []ConversationActivityQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// ConversationAggregateQueryFilter is the WHERE part of the aggregates query, applied together with the
// interval. Its predicates and clauses are combined with its type ('and' or 'or'); each clause combines its own
// predicates with the clause's type.
type ConversationAggregateQueryFilter struct {
	Type       FilterType                            `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []ConversationAggregateQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []ConversationAggregateQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// ConversationAggregationView defines a derived metric for the aggregates query: with function rangeBound it
// counts the observations of the target metric that fall inside range, reported under the view's name.
type ConversationAggregationView struct {
	Target   AggregateMetric   `json:"target" jsonschema_description:"Metric to derive from."`
	Name     string            `json:"name" jsonschema_description:"Name of the derived metric."`
	Function ViewFunction      `json:"function" jsonschema_description:"rangeBound counts values in range."`
	Range    *AggregationRange `json:"range,omitempty" jsonschema_description:"Bounds, in the target's unit."`
}

// ConversationAggregationSort picks the metric and statistic that order the groups of a topN or bottomN
// aggregates query.
type ConversationAggregationSort struct {
	Name     AggregateSortMetric `json:"name" jsonschema_description:"Metric that ranks the groups."`
	Function SortFunction        `json:"function" jsonschema_description:"Statistic used for ranking."`
}

// ConversationDetailQueryFilter selects conversations in the details query by conversation-level dimensions
// (ids, start and end, direction, division) or metrics (durations, counts). Its predicates and clauses are
// combined with its type ('and' or 'or'); each clause combines its own predicates with the clause's type.
type ConversationDetailQueryFilter struct {
	Type       FilterType                         `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []ConversationDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []ConversationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// SegmentDetailQueryFilter selects conversations in the details query by their segments: participant-level
// dimensions such as queue, user, media type or wrap-up code, segment duration, or custom attribute properties.
// Its predicates and clauses are combined with its type ('and' or 'or'); each clause combines its own
// predicates with the clause's type.
type SegmentDetailQueryFilter struct {
	Type       FilterType                    `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []SegmentDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []SegmentDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// EvaluationDetailQueryFilter selects conversations in the details query by their quality evaluations (form,
// evaluator, agent, status, score). Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type EvaluationDetailQueryFilter struct {
	Type       FilterType                       `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []EvaluationDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []EvaluationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// SurveyDetailQueryFilter selects conversations in the details query by their customer surveys (form, status,
// promoter score, total score). Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type SurveyDetailQueryFilter struct {
	Type       FilterType                   `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []SurveyDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []SurveyDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// ResolutionDetailQueryFilter selects conversations in the details query by resolution data, that is whether a
// follow-up contact was avoided. Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type ResolutionDetailQueryFilter struct {
	Type       FilterType                       `json:"type" jsonschema_description:"Combines predicates and clauses."`
	Clauses    []ResolutionDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested groups of predicates."`
	Predicates []ResolutionDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions to test."`
}

// AnalyticsQueryAggregation asks the details query for a summary of the matching conversations (it does not
// filter them): termFrequency counts conversations per value of a dimension, numericRange counts them per
// bucket of a metric.
type AnalyticsQueryAggregation struct {
	Type      AggregationType    `json:"type,omitempty" jsonschema_description:"Usually inferred from the fields."`
	Dimension string             `json:"dimension,omitempty" jsonschema_description:"Dimension to count, e.g. queueId."`
	Metric    string             `json:"metric,omitempty" jsonschema_description:"Metric to bucket, e.g. tHandle."`
	Size      int                `json:"size,omitempty" jsonschema_description:"Number of top values to return."`
	Ranges    []AggregationRange `json:"ranges,omitempty" jsonschema_description:"Buckets for the metric."`
}

// PagingSpec chooses which page of conversations the details query returns; without it the first 25 matches
// come back.
type PagingSpec struct {
	PageSize   int `json:"pageSize" jsonschema:"minimum=1" jsonschema_description:"Per page; default 25."`
	PageNumber int `json:"pageNumber" jsonschema:"minimum=1" jsonschema_description:"Page number, from 1."`
}

// ConversationActivityQueryClause is a group of activity predicates combined with its own type, used inside a
// ConversationActivityQueryFilter.
type ConversationActivityQueryClause struct {
	Type       FilterType                           `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []ConversationActivityQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// ConversationActivityQueryPredicate is one condition of the activity query: a dimension, an operator and, for
// matches, a value.
type ConversationActivityQueryPredicate struct {
	Type      PredicateType     `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension ActivityDimension `json:"dimension,omitempty" jsonschema_description:"Dimension to test."`
	Operator  PredicateOperator `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value     string            `json:"value,omitempty" jsonschema_description:"Exact value to match."`
}

// ConversationAggregateQueryClause is a group of aggregate predicates combined with its own type, used inside a
// ConversationAggregateQueryFilter.
type ConversationAggregateQueryClause struct {
	Type       FilterType                            `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []ConversationAggregateQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// ConversationAggregateQueryPredicate is one condition of the aggregates query: a dimension, an operator and,
// for matches, either an exact value or a numeric range.
type ConversationAggregateQueryPredicate struct {
	Type      PredicateType      `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension AggregateDimension `json:"dimension,omitempty" jsonschema_description:"Dimension to test."`
	Operator  PredicateOperator  `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value     string             `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range     *NumericRange      `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// AggregationRange is a half-open numeric bucket [gte, lt) in the unit of the metric it applies to
// (milliseconds for durations), used by numericRange aggregations and rangeBound views. A nil bound is
// left out of the request; a bound of 0 is sent.
type AggregationRange struct {
	Gte *float64 `json:"gte,omitempty" jsonschema_description:"Inclusive lower bound."`
	Lt  *float64 `json:"lt,omitempty" jsonschema_description:"Exclusive upper bound."`
}

// ConversationDetailQueryClause is a group of conversation-level predicates combined with its own type, used
// inside a ConversationDetailQueryFilter.
type ConversationDetailQueryClause struct {
	Type       FilterType                         `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []ConversationDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// ConversationDetailQueryPredicate is one conversation-level condition of the details query: set either
// dimension or metric, an operator, and for matches either value or range.
type ConversationDetailQueryPredicate struct {
	Type      PredicateType               `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension ConversationDetailDimension `json:"dimension,omitempty" jsonschema_description:"Dimension to test; or set metric."`
	Metric    ConversationDetailMetric    `json:"metric,omitempty" jsonschema_description:"Metric to test; durations in ms."`
	Operator  PredicateOperator           `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value     string                      `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range     *NumericRange               `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// SegmentDetailQueryClause is a group of segment predicates combined with its own type, used inside a
// SegmentDetailQueryFilter.
type SegmentDetailQueryClause struct {
	Type       FilterType                    `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []SegmentDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// SegmentDetailQueryPredicate is one segment-level condition of the details query. Set exactly one left-hand
// side: a dimension, the metric tSegmentDuration, or a custom attribute given by property plus propertyType;
// then an operator and, for matches, value or range.
type SegmentDetailQueryPredicate struct {
	Type         PredicateType     `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension    SegmentDimension  `json:"dimension,omitempty" jsonschema_description:"Segment dimension to test."`
	PropertyType PropertyType      `json:"propertyType,omitempty" jsonschema_description:"Type of the custom property."`
	Property     string            `json:"property,omitempty" jsonschema_description:"Custom attribute name to test."`
	Metric       SegmentMetric     `json:"metric,omitempty" jsonschema_description:"Segment metric to test, in ms."`
	Operator     PredicateOperator `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value        string            `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range        *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// EvaluationDetailQueryClause is a group of evaluation predicates combined with its own type, used inside an
// EvaluationDetailQueryFilter.
type EvaluationDetailQueryClause struct {
	Type       FilterType                       `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []EvaluationDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// EvaluationDetailQueryPredicate is one evaluation condition of the details query: set either dimension or
// metric, an operator, and for matches either value or range.
type EvaluationDetailQueryPredicate struct {
	Type      PredicateType       `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension EvaluationDimension `json:"dimension,omitempty" jsonschema_description:"Dimension to test; or set metric."`
	Metric    EvaluationMetric    `json:"metric,omitempty" jsonschema_description:"Evaluation score to test."`
	Operator  PredicateOperator   `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value     string              `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range     *NumericRange       `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// SurveyDetailQueryClause is a group of survey predicates combined with its own type, used inside a
// SurveyDetailQueryFilter.
type SurveyDetailQueryClause struct {
	Type       FilterType                   `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []SurveyDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// SurveyDetailQueryPredicate is one survey condition of the details query: set either dimension or metric, an
// operator, and for matches either value or range.
type SurveyDetailQueryPredicate struct {
	Type      PredicateType     `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Dimension SurveyDimension   `json:"dimension,omitempty" jsonschema_description:"Dimension to test; or set metric."`
	Metric    SurveyMetric      `json:"metric,omitempty" jsonschema_description:"Survey score to test."`
	Operator  PredicateOperator `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value     string            `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range     *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// ResolutionDetailQueryClause is a group of resolution predicates combined with its own type, used inside a
// ResolutionDetailQueryFilter.
type ResolutionDetailQueryClause struct {
	Type       FilterType                       `json:"type" jsonschema_description:"Combines this clause's predicates."`
	Predicates []ResolutionDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause."`
}

// ResolutionDetailQueryPredicate is one resolution condition of the details query: the metric
// nNextContactAvoided with an operator and, for matches, value or range.
type ResolutionDetailQueryPredicate struct {
	Type     PredicateType     `json:"type,omitempty" jsonschema_description:"Usually inferred; can be omitted."`
	Metric   ResolutionMetric  `json:"metric,omitempty" jsonschema_description:"Resolution metric to test."`
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"Default matches (value or range)."`
	Value    string            `json:"value,omitempty" jsonschema_description:"Exact value to match."`
	Range    *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds, instead of value."`
}

// NumericRange bounds a number in a predicate, in the unit of the metric or dimension tested (milliseconds for
// durations). Set one or two bounds, e.g. gte with lt; a nil bound is left out, a bound of 0 is sent.
type NumericRange struct {
	Gt  *float64 `json:"gt,omitempty" jsonschema_description:"Greater than this."`
	Gte *float64 `json:"gte,omitempty" jsonschema_description:"At least this."`
	Lt  *float64 `json:"lt,omitempty" jsonschema_description:"Less than this."`
	Lte *float64 `json:"lte,omitempty" jsonschema_description:"At most this."`
}

// ActivityMetric is a live observation metric of the conversation activity query: current counts of waiting,
// interacting or alerting conversations, or the longest current wait or interaction.
type ActivityMetric string

// ActivityMetric values.
const (
	ActivityMetricOAlerting           ActivityMetric = "oAlerting"
	ActivityMetricOInteracting        ActivityMetric = "oInteracting"
	ActivityMetricOLongestInteracting ActivityMetric = "oLongestInteracting"
	ActivityMetricOLongestWaiting     ActivityMetric = "oLongestWaiting"
	ActivityMetricOWaiting            ActivityMetric = "oWaiting"
)

// EnumValues lists the values Genesys Cloud accepts for ActivityMetric.
func (ActivityMetric) EnumValues() []string {
	return []string{
		string(ActivityMetricOAlerting),
		string(ActivityMetricOInteracting),
		string(ActivityMetricOLongestInteracting),
		string(ActivityMetricOLongestWaiting),
		string(ActivityMetricOWaiting),
	}
}

// FilterType is the boolean operator of a filter or clause: and requires every predicate and clause to match,
// or requires at least one.
type FilterType string

// FilterType values.
const (
	FilterTypeAnd FilterType = "and"
	FilterTypeOr  FilterType = "or"
)

// EnumValues lists the values Genesys Cloud accepts for FilterType.
func (FilterType) EnumValues() []string {
	return []string{
		string(FilterTypeAnd),
		string(FilterTypeOr),
	}
}

// ViewFunction is how a ConversationAggregationView derives its metric; rangeBound counts observations inside a
// range.
type ViewFunction string

// ViewFunction values.
const (
	ViewFunctionRangeBound ViewFunction = "rangeBound"
)

// EnumValues lists the values Genesys Cloud accepts for ViewFunction.
func (ViewFunction) EnumValues() []string {
	return []string{
		string(ViewFunctionRangeBound),
	}
}

// SortFunction is the statistic of the sort metric that orders topN and bottomN aggregate results.
type SortFunction string

// SortFunction values.
const (
	SortFunctionAverage SortFunction = "average"
	SortFunctionCount   SortFunction = "count"
	SortFunctionMax     SortFunction = "max"
	SortFunctionMin     SortFunction = "min"
	SortFunctionSum     SortFunction = "sum"
)

// EnumValues lists the values Genesys Cloud accepts for SortFunction.
func (SortFunction) EnumValues() []string {
	return []string{
		string(SortFunctionAverage),
		string(SortFunctionCount),
		string(SortFunctionMax),
		string(SortFunctionMin),
		string(SortFunctionSum),
	}
}

// AggregationType is the kind of summary in a details query aggregation: termFrequency (counts per dimension
// value) or numericRange (counts per metric bucket).
type AggregationType string

// AggregationType values.
const (
	AggregationTypeTermFrequency AggregationType = "termFrequency"
	AggregationTypeNumericRange  AggregationType = "numericRange"
)

// EnumValues lists the values Genesys Cloud accepts for AggregationType.
func (AggregationType) EnumValues() []string {
	return []string{
		string(AggregationTypeTermFrequency),
		string(AggregationTypeNumericRange),
	}
}

// PredicateType says what the left-hand side of a predicate is: a dimension, a custom property, or a metric.
type PredicateType string

// PredicateType values.
const (
	PredicateTypeDimension PredicateType = "dimension"
	PredicateTypeProperty  PredicateType = "property"
	PredicateTypeMetric    PredicateType = "metric"
)

// EnumValues lists the values Genesys Cloud accepts for PredicateType.
func (PredicateType) EnumValues() []string {
	return []string{
		string(PredicateTypeDimension),
		string(PredicateTypeProperty),
		string(PredicateTypeMetric),
	}
}

// PredicateOperator is the test a predicate applies: matches compares with value or range, exists and notExists
// only check whether the attribute is present.
type PredicateOperator string

// PredicateOperator values.
const (
	PredicateOperatorMatches   PredicateOperator = "matches"
	PredicateOperatorExists    PredicateOperator = "exists"
	PredicateOperatorNotExists PredicateOperator = "notExists"
)

// EnumValues lists the values Genesys Cloud accepts for PredicateOperator.
func (PredicateOperator) EnumValues() []string {
	return []string{
		string(PredicateOperatorMatches),
		string(PredicateOperatorExists),
		string(PredicateOperatorNotExists),
	}
}

// ConversationDetailDimension is a conversation-level attribute that a details query conversation filter can
// test.
type ConversationDetailDimension string

// ConversationDetailDimension values.
const (
	ConversationDetailDimensionAccessAttribute              ConversationDetailDimension = "accessAttribute"
	ConversationDetailDimensionConversationEnd              ConversationDetailDimension = "conversationEnd"
	ConversationDetailDimensionConversationID               ConversationDetailDimension = "conversationId"
	ConversationDetailDimensionConversationInitiator        ConversationDetailDimension = "conversationInitiator"
	ConversationDetailDimensionConversationStart            ConversationDetailDimension = "conversationStart"
	ConversationDetailDimensionCustomerParticipation        ConversationDetailDimension = "customerParticipation"
	ConversationDetailDimensionDivisionID                   ConversationDetailDimension = "divisionId"
	ConversationDetailDimensionExternalTag                  ConversationDetailDimension = "externalTag"
	ConversationDetailDimensionMediaStatsMinConversationMos ConversationDetailDimension = "mediaStatsMinConversationMos"
	ConversationDetailDimensionOriginatingDirection         ConversationDetailDimension = "originatingDirection"
	ConversationDetailDimensionOriginatingSocialMediaPublic ConversationDetailDimension = "originatingSocialMediaPublic"
)

// EnumValues lists the values Genesys Cloud accepts for ConversationDetailDimension.
func (ConversationDetailDimension) EnumValues() []string {
	return []string{
		string(ConversationDetailDimensionAccessAttribute),
		string(ConversationDetailDimensionConversationEnd),
		string(ConversationDetailDimensionConversationID),
		string(ConversationDetailDimensionConversationInitiator),
		string(ConversationDetailDimensionConversationStart),
		string(ConversationDetailDimensionCustomerParticipation),
		string(ConversationDetailDimensionDivisionID),
		string(ConversationDetailDimensionExternalTag),
		string(ConversationDetailDimensionMediaStatsMinConversationMos),
		string(ConversationDetailDimensionOriginatingDirection),
		string(ConversationDetailDimensionOriginatingSocialMediaPublic),
	}
}

// PropertyType is the data type of a custom property in a segment predicate, which decides how its value is
// compared.
type PropertyType string

// PropertyType values.
const (
	PropertyTypeBool    PropertyType = "bool"
	PropertyTypeInteger PropertyType = "integer"
	PropertyTypeReal    PropertyType = "real"
	PropertyTypeDate    PropertyType = "date"
	PropertyTypeString  PropertyType = "string"
	PropertyTypeUuid    PropertyType = "uuid"
)

// EnumValues lists the values Genesys Cloud accepts for PropertyType.
func (PropertyType) EnumValues() []string {
	return []string{
		string(PropertyTypeBool),
		string(PropertyTypeInteger),
		string(PropertyTypeReal),
		string(PropertyTypeDate),
		string(PropertyTypeString),
		string(PropertyTypeUuid),
	}
}

// SegmentMetric is a metric that a details query segment filter can test; tSegmentDuration is in milliseconds.
type SegmentMetric string

// SegmentMetric values.
const (
	SegmentMetricTSegmentDuration SegmentMetric = "tSegmentDuration"
)

// EnumValues lists the values Genesys Cloud accepts for SegmentMetric.
func (SegmentMetric) EnumValues() []string {
	return []string{
		string(SegmentMetricTSegmentDuration),
	}
}

// EvaluationDimension is a quality-evaluation attribute that a details query evaluation filter can test.
type EvaluationDimension string

// EvaluationDimension values.
const (
	EvaluationDimensionAssigneeApplicable EvaluationDimension = "assigneeApplicable"
	EvaluationDimensionAssigneeID         EvaluationDimension = "assigneeId"
	EvaluationDimensionCalibrationID      EvaluationDimension = "calibrationId"
	EvaluationDimensionContextID          EvaluationDimension = "contextId"
	EvaluationDimensionDeleted            EvaluationDimension = "deleted"
	EvaluationDimensionEvaluationID       EvaluationDimension = "evaluationId"
	EvaluationDimensionEvaluationStatus   EvaluationDimension = "evaluationStatus"
	EvaluationDimensionEvaluatorID        EvaluationDimension = "evaluatorId"
	EvaluationDimensionEventTime          EvaluationDimension = "eventTime"
	EvaluationDimensionFormID             EvaluationDimension = "formId"
	EvaluationDimensionFormName           EvaluationDimension = "formName"
	EvaluationDimensionQueueID            EvaluationDimension = "queueId"
	EvaluationDimensionReleased           EvaluationDimension = "released"
	EvaluationDimensionRescored           EvaluationDimension = "rescored"
	EvaluationDimensionSystemSubmitted    EvaluationDimension = "systemSubmitted"
	EvaluationDimensionUserID             EvaluationDimension = "userId"
)

// EnumValues lists the values Genesys Cloud accepts for EvaluationDimension.
func (EvaluationDimension) EnumValues() []string {
	return []string{
		string(EvaluationDimensionAssigneeApplicable),
		string(EvaluationDimensionAssigneeID),
		string(EvaluationDimensionCalibrationID),
		string(EvaluationDimensionContextID),
		string(EvaluationDimensionDeleted),
		string(EvaluationDimensionEvaluationID),
		string(EvaluationDimensionEvaluationStatus),
		string(EvaluationDimensionEvaluatorID),
		string(EvaluationDimensionEventTime),
		string(EvaluationDimensionFormID),
		string(EvaluationDimensionFormName),
		string(EvaluationDimensionQueueID),
		string(EvaluationDimensionReleased),
		string(EvaluationDimensionRescored),
		string(EvaluationDimensionSystemSubmitted),
		string(EvaluationDimensionUserID),
	}
}

// EvaluationMetric is an evaluation score that a details query evaluation filter can test.
type EvaluationMetric string

// EvaluationMetric values.
const (
	EvaluationMetricOTotalCriticalScore EvaluationMetric = "oTotalCriticalScore"
	EvaluationMetricOTotalScore         EvaluationMetric = "oTotalScore"
)

// EnumValues lists the values Genesys Cloud accepts for EvaluationMetric.
func (EvaluationMetric) EnumValues() []string {
	return []string{
		string(EvaluationMetricOTotalCriticalScore),
		string(EvaluationMetricOTotalScore),
	}
}

// SurveyDimension is a survey attribute that a details query survey filter can test.
type SurveyDimension string

// SurveyDimension values.
const (
	SurveyDimensionEventTime             SurveyDimension = "eventTime"
	SurveyDimensionQueueID               SurveyDimension = "queueId"
	SurveyDimensionSurveyCompletedDate   SurveyDimension = "surveyCompletedDate"
	SurveyDimensionSurveyFormContextID   SurveyDimension = "surveyFormContextId"
	SurveyDimensionSurveyFormID          SurveyDimension = "surveyFormId"
	SurveyDimensionSurveyID              SurveyDimension = "surveyId"
	SurveyDimensionSurveyPartialResponse SurveyDimension = "surveyPartialResponse"
	SurveyDimensionSurveyPromoterScore   SurveyDimension = "surveyPromoterScore"
	SurveyDimensionSurveyStatus          SurveyDimension = "surveyStatus"
	SurveyDimensionSurveyType            SurveyDimension = "surveyType"
	SurveyDimensionUserID                SurveyDimension = "userId"
)

// EnumValues lists the values Genesys Cloud accepts for SurveyDimension.
func (SurveyDimension) EnumValues() []string {
	return []string{
		string(SurveyDimensionEventTime),
		string(SurveyDimensionQueueID),
		string(SurveyDimensionSurveyCompletedDate),
		string(SurveyDimensionSurveyFormContextID),
		string(SurveyDimensionSurveyFormID),
		string(SurveyDimensionSurveyID),
		string(SurveyDimensionSurveyPartialResponse),
		string(SurveyDimensionSurveyPromoterScore),
		string(SurveyDimensionSurveyStatus),
		string(SurveyDimensionSurveyType),
		string(SurveyDimensionUserID),
	}
}

// SurveyMetric is a survey score that a details query survey filter can test.
type SurveyMetric string

// SurveyMetric values.
const (
	SurveyMetricOSurveyTotalScore SurveyMetric = "oSurveyTotalScore"
)

// EnumValues lists the values Genesys Cloud accepts for SurveyMetric.
func (SurveyMetric) EnumValues() []string {
	return []string{
		string(SurveyMetricOSurveyTotalScore),
	}
}

// ResolutionMetric is a resolution metric that a details query resolution filter can test.
type ResolutionMetric string

// ResolutionMetric values.
const (
	ResolutionMetricNNextContactAvoided ResolutionMetric = "nNextContactAvoided"
)

// EnumValues lists the values Genesys Cloud accepts for ResolutionMetric.
func (ResolutionMetric) EnumValues() []string {
	return []string{
		string(ResolutionMetricNNextContactAvoided),
	}
}
