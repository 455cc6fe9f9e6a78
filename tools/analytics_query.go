package tools

// ConversationActivityQueryMetric TODO.
//
// spec model ConversationActivityQueryMetric:
type ConversationActivityQueryMetric struct {
	//spec: The requested metric
	Metric ActivityMetric `json:"metric" jsonschema_description:"TODO"`
	//spec: Flag for including observation details for this metric in the response
	Details *bool `json:"details,omitempty" jsonschema_description:"TODO"`
}

// ConversationActivityQueryFilter TODO.
//
// spec model ConversationActivityQueryFilter:
type ConversationActivityQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []ConversationActivityQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationActivityQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// ConversationAggregateQueryFilter TODO.
//
// spec model ConversationAggregateQueryFilter:
type ConversationAggregateQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []ConversationAggregateQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationAggregateQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// ConversationAggregationView TODO.
//
// spec model ConversationAggregationView:
type ConversationAggregationView struct {
	//spec: Target metric name
	Target AggregateMetric `json:"target" jsonschema_description:"TODO"`
	//spec: A unique name for this view. Must be distinct from other views and built-in metric names.
	Name string `json:"name" jsonschema_description:"TODO"`
	//spec: Type of view you wish to create
	Function ViewFunction `json:"function" jsonschema_description:"TODO"`
	//spec: Range of numbers for slicing up data
	Range *AggregationRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// ConversationAggregationSort TODO.
//
// spec model ConversationAggregationSort:
type ConversationAggregationSort struct {
	//spec: Name of the metric used for sorting values.
	Name AggregateSortMetric `json:"name" jsonschema_description:"TODO"`
	//spec: Aggregation function used for the sort metric.
	Function SortFunction `json:"function" jsonschema_description:"TODO"`
}

// ConversationDetailQueryFilter TODO.
//
// spec model ConversationDetailQueryFilter:
type ConversationDetailQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []ConversationDetailQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// SegmentDetailQueryFilter TODO.
//
// spec model SegmentDetailQueryFilter:
type SegmentDetailQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []SegmentDetailQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []SegmentDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// EvaluationDetailQueryFilter TODO.
//
// spec model EvaluationDetailQueryFilter:
type EvaluationDetailQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []EvaluationDetailQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []EvaluationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// SurveyDetailQueryFilter TODO.
//
// spec model SurveyDetailQueryFilter:
type SurveyDetailQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []SurveyDetailQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []SurveyDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// ResolutionDetailQueryFilter TODO.
//
// spec model ResolutionDetailQueryFilter:
type ResolutionDetailQueryFilter struct {
	//spec: Boolean operation to apply to the provided predicates and clauses
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Boolean 'and/or' logic with up to two-levels of nesting
	Clauses []ResolutionDetailQueryClause `json:"clauses,omitempty" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ResolutionDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"TODO"`
}

// AnalyticsQueryAggregation TODO.
//
// spec model AnalyticsQueryAggregation:
type AnalyticsQueryAggregation struct {
	//spec: Optional type, can usually be inferred
	Type AggregationType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: For use with termFrequency aggregations
	Dimension string `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: For use with numericRange aggregations
	Metric string `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: For use with termFrequency aggregations
	Size int `json:"size,omitempty" jsonschema_description:"TODO"`
	//spec: For use with numericRange aggregations
	Ranges []AggregationRange `json:"ranges,omitempty" jsonschema_description:"TODO"`
}

// PagingSpec TODO.
//
// spec model PagingSpec:
type PagingSpec struct {
	//spec: How many results per page
	PageSize int `json:"pageSize" jsonschema_description:"TODO"`
	//spec: How many pages in
	PageNumber int `json:"pageNumber" jsonschema_description:"TODO"`
}

// ConversationActivityQueryClause TODO.
//
// spec model ConversationActivityQueryClause:
type ConversationActivityQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationActivityQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// ConversationActivityQueryPredicate TODO.
//
// spec model ConversationActivityQueryPredicate:
type ConversationActivityQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension ActivityDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
}

// ConversationAggregateQueryClause TODO.
//
// spec model ConversationAggregateQueryClause:
type ConversationAggregateQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationAggregateQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// ConversationAggregateQueryPredicate TODO.
//
// spec model ConversationAggregateQueryPredicate:
type ConversationAggregateQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension AggregateDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// AggregationRange TODO.
//
// spec model AggregationRange:
type AggregationRange struct {
	//spec: Greater than or equal to
	Gte float64 `json:"gte,omitempty" jsonschema_description:"TODO"`
	//spec: Less than
	Lt float64 `json:"lt,omitempty" jsonschema_description:"TODO"`
}

// ConversationDetailQueryClause TODO.
//
// spec model ConversationDetailQueryClause:
type ConversationDetailQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ConversationDetailQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// ConversationDetailQueryPredicate TODO.
//
// spec model ConversationDetailQueryPredicate:
type ConversationDetailQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension ConversationDetailDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for metric predicates
	Metric ConversationDetailMetric `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// SegmentDetailQueryClause TODO.
//
// spec model SegmentDetailQueryClause:
type SegmentDetailQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []SegmentDetailQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// SegmentDetailQueryPredicate TODO.
//
// spec model SegmentDetailQueryPredicate:
type SegmentDetailQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension SegmentDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for property predicates
	PropertyType PropertyType `json:"propertyType,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for property predicates
	Property string `json:"property,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for metric predicates
	Metric SegmentMetric `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension, metric, or property predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension, metric, or property predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// EvaluationDetailQueryClause TODO.
//
// spec model EvaluationDetailQueryClause:
type EvaluationDetailQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []EvaluationDetailQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// EvaluationDetailQueryPredicate TODO.
//
// spec model EvaluationDetailQueryPredicate:
type EvaluationDetailQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension EvaluationDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for metric predicates
	Metric EvaluationMetric `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// SurveyDetailQueryClause TODO.
//
// spec model SurveyDetailQueryClause:
type SurveyDetailQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []SurveyDetailQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// SurveyDetailQueryPredicate TODO.
//
// spec model SurveyDetailQueryPredicate:
type SurveyDetailQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for dimension predicates
	Dimension SurveyDimension `json:"dimension,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for metric predicates
	Metric SurveyMetric `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for dimension or metric predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// ResolutionDetailQueryClause TODO.
//
// spec model ResolutionDetailQueryClause:
type ResolutionDetailQueryClause struct {
	//spec: Boolean operation to apply to the provided predicates
	Type FilterType `json:"type" jsonschema_description:"TODO"`
	//spec: Like a three-word sentence: (attribute-name) (operator) (target-value).
	Predicates []ResolutionDetailQueryPredicate `json:"predicates" jsonschema_description:"TODO"`
}

// ResolutionDetailQueryPredicate TODO.
//
// spec model ResolutionDetailQueryPredicate:
type ResolutionDetailQueryPredicate struct {
	//spec: Optional type, can usually be inferred
	Type PredicateType `json:"type,omitempty" jsonschema_description:"TODO"`
	//spec: Left hand side for metric predicates
	Metric ResolutionMetric `json:"metric,omitempty" jsonschema_description:"TODO"`
	//spec: Optional operator, default is matches
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for metric predicates
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: Right hand side for metric predicates
	Range *NumericRange `json:"range,omitempty" jsonschema_description:"TODO"`
}

// NumericRange TODO.
//
// spec model NumericRange:
type NumericRange struct {
	//spec: Greater than
	Gt float64 `json:"gt,omitempty" jsonschema_description:"TODO"`
	//spec: Greater than or equal to
	Gte float64 `json:"gte,omitempty" jsonschema_description:"TODO"`
	//spec: Less than
	Lt float64 `json:"lt,omitempty" jsonschema_description:"TODO"`
	//spec: Less than or equal to
	Lte float64 `json:"lte,omitempty" jsonschema_description:"TODO"`
}

// ActivityMetric TODO.
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

// FilterType TODO.
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

// ViewFunction TODO.
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

// SortFunction TODO.
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

// AggregationType TODO.
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

// PredicateType TODO.
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

// PredicateOperator TODO.
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

// ConversationDetailDimension TODO.
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

// PropertyType TODO.
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

// SegmentMetric TODO.
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

// EvaluationDimension TODO.
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

// EvaluationMetric TODO.
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

// SurveyDimension TODO.
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

// SurveyMetric TODO.
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

// ResolutionMetric TODO.
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
