package tools

// ConversationActivityQueryMetric names one live observation metric to return from the conversation activity
// query, optionally with per-conversation details.
type ConversationActivityQueryMetric struct {
	Metric  ActivityMetric `json:"metric" jsonschema_description:"Metric to observe now: oWaiting, oInteracting or oAlerting count current conversations in that state; oLongestWaiting and oLongestInteracting give the longest current duration."`
	Details *bool          `json:"details,omitempty" jsonschema_description:"True to also return the individual conversations behind this metric's value; false or omitted returns only the figure."`
}

// ConversationActivityQueryFilter narrows the conversations counted by the activity query. Its predicates and
// clauses are combined with its type ('and' or 'or'); each clause combines its own predicates with the clause's
// type, so at most two levels of nesting are possible.
type ConversationActivityQueryFilter struct {
	Type       FilterType                           `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []ConversationActivityQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []ConversationActivityQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension queueId matches a queue id), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// ConversationAggregateQueryFilter is the WHERE part of the aggregates query, applied together with the
// interval. Its predicates and clauses are combined with its type ('and' or 'or'); each clause combines its own
// predicates with the clause's type.
type ConversationAggregateQueryFilter struct {
	Type       FilterType                            `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []ConversationAggregateQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []ConversationAggregateQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension mediaType matches voice), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// ConversationAggregationView defines a derived metric for the aggregates query: with function rangeBound it
// counts the observations of the target metric that fall inside range, reported under the view's name.
type ConversationAggregationView struct {
	Target   AggregateMetric   `json:"target" jsonschema_description:"Metric the view is derived from, e.g. tAnswered or tHandle; duration metrics are in milliseconds."`
	Name     string            `json:"name" jsonschema_description:"Name under which the derived metric is reported, e.g. tAnsweredUnder20s; must differ from other views and from built-in metric names."`
	Function ViewFunction      `json:"function" jsonschema_description:"How the view is computed; rangeBound counts target observations whose value lies inside range."`
	Range    *AggregationRange `json:"range,omitempty" jsonschema_description:"Bounds for a rangeBound view in the target metric's unit (milliseconds for durations): gte inclusive, lt exclusive."`
}

// ConversationAggregationSort picks the metric and statistic that order the groups of a topN or bottomN
// aggregates query.
type ConversationAggregationSort struct {
	Name     AggregateSortMetric `json:"name" jsonschema_description:"Metric that orders the topN or bottomN groups; use one of the metrics requested in the query."`
	Function SortFunction        `json:"function" jsonschema_description:"Statistic of the sort metric used for ordering: average, count, max, min or sum."`
}

// ConversationDetailQueryFilter selects conversations in the details query by conversation-level dimensions
// (ids, start and end, direction, division) or metrics (durations, counts). Its predicates and clauses are
// combined with its type ('and' or 'or'); each clause combines its own predicates with the clause's type.
type ConversationDetailQueryFilter struct {
	Type       FilterType                         `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []ConversationDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []ConversationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension originatingDirection matches inbound, or metric tHandle with a range), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// SegmentDetailQueryFilter selects conversations in the details query by their segments: participant-level
// dimensions such as queue, user, media type or wrap-up code, segment duration, or custom attribute properties.
// Its predicates and clauses are combined with its type ('and' or 'or'); each clause combines its own
// predicates with the clause's type.
type SegmentDetailQueryFilter struct {
	Type       FilterType                    `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []SegmentDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []SegmentDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension queueId matches a queue id, or dimension mediaType matches voice), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// EvaluationDetailQueryFilter selects conversations in the details query by their quality evaluations (form,
// evaluator, agent, status, score). Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type EvaluationDetailQueryFilter struct {
	Type       FilterType                       `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []EvaluationDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []EvaluationDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension evaluatorId matches a user id, or metric oTotalScore with a range), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// SurveyDetailQueryFilter selects conversations in the details query by their customer surveys (form, status,
// promoter score, total score). Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type SurveyDetailQueryFilter struct {
	Type       FilterType                   `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []SurveyDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []SurveyDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. dimension surveyStatus matches Finished, or metric oSurveyTotalScore with a range), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// ResolutionDetailQueryFilter selects conversations in the details query by resolution data, that is whether a
// follow-up contact was avoided. Its predicates and clauses are combined with its type ('and' or 'or'); each
// clause combines its own predicates with the clause's type.
type ResolutionDetailQueryFilter struct {
	Type       FilterType                       `json:"type" jsonschema_description:"How to combine this filter's predicates and clauses: 'and' needs every one to match, 'or' needs at least one."`
	Clauses    []ResolutionDetailQueryClause    `json:"clauses,omitempty" jsonschema_description:"Nested and/or groups of predicates; each clause is evaluated on its own and its result is combined with the rest using this filter's type."`
	Predicates []ResolutionDetailQueryPredicate `json:"predicates,omitempty" jsonschema_description:"Conditions (e.g. metric nNextContactAvoided with a range), combined with the clauses by this filter's type; give predicates, clauses or both."`
}

// AnalyticsQueryAggregation asks the details query for a summary of the matching conversations (it does not
// filter them): termFrequency counts conversations per value of a dimension, numericRange counts them per
// bucket of a metric.
type AnalyticsQueryAggregation struct {
	Type      AggregationType    `json:"type,omitempty" jsonschema_description:"termFrequency (counts per dimension value, uses dimension and size) or numericRange (counts per metric bucket, uses metric and ranges); usually inferred, so optional."`
	Dimension string             `json:"dimension,omitempty" jsonschema_description:"Dimension whose values are counted, for termFrequency aggregations, e.g. queueId, userId or mediaType."`
	Metric    string             `json:"metric,omitempty" jsonschema_description:"Metric whose values are bucketed, for numericRange aggregations, e.g. tHandle (milliseconds)."`
	Size      int                `json:"size,omitempty" jsonschema_description:"How many of the most frequent values to return, for termFrequency aggregations."`
	Ranges    []AggregationRange `json:"ranges,omitempty" jsonschema_description:"Buckets for numericRange aggregations, each with gte (inclusive) and/or lt (exclusive) in the metric's unit."`
}

// PagingSpec chooses which page of conversations the details query returns; without it the first 25 matches
// come back.
type PagingSpec struct {
	PageSize   int `json:"pageSize" jsonschema:"minimum=1" jsonschema_description:"Conversations per page; the API default is 25."`
	PageNumber int `json:"pageNumber" jsonschema:"minimum=1" jsonschema_description:"Page to return, starting at 1; compare pageSize times pageNumber with totalHits in the answer to know whether more pages exist."`
}

// ConversationActivityQueryClause is a group of activity predicates combined with its own type, used inside a
// ConversationActivityQueryFilter.
type ConversationActivityQueryClause struct {
	Type       FilterType                           `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []ConversationActivityQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension mediaType matches voice)."`
}

// ConversationActivityQueryPredicate is one condition of the activity query: a dimension, an operator and, for
// matches, a value.
type ConversationActivityQueryPredicate struct {
	Type      PredicateType     `json:"type,omitempty" jsonschema_description:"Kind of predicate; only dimension applies here and it is inferred, so it can be omitted."`
	Dimension ActivityDimension `json:"dimension,omitempty" jsonschema_description:"Attribute to test, such as queueId, userId, teamId, mediaType or direction."`
	Operator  PredicateOperator `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value     string            `json:"value,omitempty" jsonschema_description:"Exact value the dimension must equal for matches, e.g. a queue id or 'voice'; leave empty for exists and notExists."`
}

// ConversationAggregateQueryClause is a group of aggregate predicates combined with its own type, used inside a
// ConversationAggregateQueryFilter.
type ConversationAggregateQueryClause struct {
	Type       FilterType                            `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []ConversationAggregateQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension queueId matches a queue id)."`
}

// ConversationAggregateQueryPredicate is one condition of the aggregates query: a dimension, an operator and,
// for matches, either an exact value or a numeric range.
type ConversationAggregateQueryPredicate struct {
	Type      PredicateType      `json:"type,omitempty" jsonschema_description:"Kind of predicate; only dimension applies here and it is inferred, so it can be omitted."`
	Dimension AggregateDimension `json:"dimension,omitempty" jsonschema_description:"Attribute to test, such as queueId, userId, mediaType, direction, purpose or wrapUpCode."`
	Operator  PredicateOperator  `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value     string             `json:"value,omitempty" jsonschema_description:"Exact value the dimension must equal for matches, e.g. a queue id, 'voice' or 'inbound'; do not combine with range."`
	Range     *NumericRange      `json:"range,omitempty" jsonschema_description:"Numeric bounds for a numeric dimension such as routingPriority or mediaCount, used instead of value."`
}

// AggregationRange is a half-open numeric bucket [gte, lt) in the unit of the metric it applies to
// (milliseconds for durations), used by numericRange aggregations and rangeBound views. A nil bound is
// left out of the request; a bound of 0 is sent.
type AggregationRange struct {
	Gte *float64 `json:"gte,omitempty" jsonschema_description:"Inclusive lower bound; omit for no lower bound."`
	Lt  *float64 `json:"lt,omitempty" jsonschema_description:"Exclusive upper bound; omit for no upper bound."`
}

// ConversationDetailQueryClause is a group of conversation-level predicates combined with its own type, used
// inside a ConversationDetailQueryFilter.
type ConversationDetailQueryClause struct {
	Type       FilterType                         `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []ConversationDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension divisionId matches a division id)."`
}

// ConversationDetailQueryPredicate is one conversation-level condition of the details query: set either
// dimension or metric, an operator, and for matches either value or range.
type ConversationDetailQueryPredicate struct {
	Type      PredicateType               `json:"type,omitempty" jsonschema_description:"Kind of left-hand side: dimension, metric or property; usually inferred from the field you set, so it can be omitted."`
	Dimension ConversationDetailDimension `json:"dimension,omitempty" jsonschema_description:"Conversation attribute to test, e.g. conversationId, divisionId or originatingDirection; conversationEnd with notExists finds conversations still in progress. Set this or metric."`
	Metric    ConversationDetailMetric    `json:"metric,omitempty" jsonschema_description:"Conversation metric to test, e.g. tHandle or tTalk (durations in milliseconds) or nTransferred (a count), usually with range. Set this or dimension."`
	Operator  PredicateOperator           `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value     string                      `json:"value,omitempty" jsonschema_description:"Exact value to match, as a string, e.g. a conversation id or 'inbound'; do not combine with range."`
	Range     *NumericRange               `json:"range,omitempty" jsonschema_description:"Numeric bounds to match instead of an exact value, e.g. tHandle gt 600000 for handle time over ten minutes."`
}

// SegmentDetailQueryClause is a group of segment predicates combined with its own type, used inside a
// SegmentDetailQueryFilter.
type SegmentDetailQueryClause struct {
	Type       FilterType                    `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []SegmentDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension purpose matches agent)."`
}

// SegmentDetailQueryPredicate is one segment-level condition of the details query. Set exactly one left-hand
// side: a dimension, the metric tSegmentDuration, or a custom attribute given by property plus propertyType;
// then an operator and, for matches, value or range.
type SegmentDetailQueryPredicate struct {
	Type         PredicateType     `json:"type,omitempty" jsonschema_description:"Kind of left-hand side: dimension, metric or property; usually inferred from the field you set, so it can be omitted."`
	Dimension    SegmentDimension  `json:"dimension,omitempty" jsonschema_description:"Segment attribute to test, e.g. queueId, userId, mediaType, direction, purpose, ani, dnis or wrapUpCode; for a dimension predicate."`
	PropertyType PropertyType      `json:"propertyType,omitempty" jsonschema_description:"Data type of the custom attribute named in property, which decides how value is compared; for a property predicate."`
	Property     string            `json:"property,omitempty" jsonschema_description:"Name of a custom participant attribute to test, together with propertyType; for a property predicate."`
	Metric       SegmentMetric     `json:"metric,omitempty" jsonschema_description:"Segment metric to test; tSegmentDuration is a segment's length in milliseconds, usually with range."`
	Operator     PredicateOperator `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value        string            `json:"value,omitempty" jsonschema_description:"Exact value to match, as a string, e.g. a queue id, 'voice' or an attribute value; do not combine with range."`
	Range        *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds to match instead of an exact value, e.g. tSegmentDuration gte 60000 for segments of a minute or more."`
}

// EvaluationDetailQueryClause is a group of evaluation predicates combined with its own type, used inside an
// EvaluationDetailQueryFilter.
type EvaluationDetailQueryClause struct {
	Type       FilterType                       `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []EvaluationDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension formId matches a form id)."`
}

// EvaluationDetailQueryPredicate is one evaluation condition of the details query: set either dimension or
// metric, an operator, and for matches either value or range.
type EvaluationDetailQueryPredicate struct {
	Type      PredicateType       `json:"type,omitempty" jsonschema_description:"Kind of left-hand side: dimension, metric or property; usually inferred from the field you set, so it can be omitted."`
	Dimension EvaluationDimension `json:"dimension,omitempty" jsonschema_description:"Evaluation attribute to test, e.g. evaluationId, evaluatorId, userId (the evaluated agent), formId or evaluationStatus. Set this or metric."`
	Metric    EvaluationMetric    `json:"metric,omitempty" jsonschema_description:"Evaluation score to test, oTotalScore or oTotalCriticalScore, usually with range. Set this or dimension."`
	Operator  PredicateOperator   `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value     string              `json:"value,omitempty" jsonschema_description:"Exact value to match, as a string, e.g. an evaluator's user id; do not combine with range."`
	Range     *NumericRange       `json:"range,omitempty" jsonschema_description:"Numeric bounds to match instead of an exact value, e.g. oTotalScore lt 70."`
}

// SurveyDetailQueryClause is a group of survey predicates combined with its own type, used inside a
// SurveyDetailQueryFilter.
type SurveyDetailQueryClause struct {
	Type       FilterType                   `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []SurveyDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. dimension surveyFormId matches a form id)."`
}

// SurveyDetailQueryPredicate is one survey condition of the details query: set either dimension or metric, an
// operator, and for matches either value or range.
type SurveyDetailQueryPredicate struct {
	Type      PredicateType     `json:"type,omitempty" jsonschema_description:"Kind of left-hand side: dimension, metric or property; usually inferred from the field you set, so it can be omitted."`
	Dimension SurveyDimension   `json:"dimension,omitempty" jsonschema_description:"Survey attribute to test, e.g. surveyId, surveyFormId, surveyStatus, surveyPromoterScore, queueId or userId. Set this or metric."`
	Metric    SurveyMetric      `json:"metric,omitempty" jsonschema_description:"Survey score to test; oSurveyTotalScore, usually with range. Set this or dimension."`
	Operator  PredicateOperator `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value     string            `json:"value,omitempty" jsonschema_description:"Exact value to match, as a string, e.g. a survey form id; do not combine with range."`
	Range     *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds to match instead of an exact value, e.g. oSurveyTotalScore gte 80."`
}

// ResolutionDetailQueryClause is a group of resolution predicates combined with its own type, used inside a
// ResolutionDetailQueryFilter.
type ResolutionDetailQueryClause struct {
	Type       FilterType                       `json:"type" jsonschema_description:"How to combine this clause's predicates: 'and' needs all of them to match, 'or' needs at least one."`
	Predicates []ResolutionDetailQueryPredicate `json:"predicates" jsonschema_description:"Conditions in this clause, at least one, each of the form attribute, operator, value (e.g. metric nNextContactAvoided with a range)."`
}

// ResolutionDetailQueryPredicate is one resolution condition of the details query: the metric
// nNextContactAvoided with an operator and, for matches, value or range.
type ResolutionDetailQueryPredicate struct {
	Type     PredicateType     `json:"type,omitempty" jsonschema_description:"Kind of predicate; only metric applies here and it is inferred, so it can be omitted."`
	Metric   ResolutionMetric  `json:"metric,omitempty" jsonschema_description:"Resolution metric to test; nNextContactAvoided counts conversations not followed by another contact."`
	Operator PredicateOperator `json:"operator,omitempty" jsonschema_description:"Comparison to apply: matches (the default) tests against value or range; exists and notExists only test whether the attribute is present and take no value."`
	Value    string            `json:"value,omitempty" jsonschema_description:"Exact metric value to match, as a string, e.g. '1'; do not combine with range."`
	Range    *NumericRange     `json:"range,omitempty" jsonschema_description:"Numeric bounds to match instead of an exact value, e.g. gte 1."`
}

// NumericRange bounds a number in a predicate, in the unit of the metric or dimension tested (milliseconds for
// durations). Set one or two bounds, e.g. gte with lt; a nil bound is left out, a bound of 0 is sent.
type NumericRange struct {
	Gt  *float64 `json:"gt,omitempty" jsonschema_description:"Exclusive lower bound: the value must be greater than this."`
	Gte *float64 `json:"gte,omitempty" jsonschema_description:"Inclusive lower bound: the value must be at least this."`
	Lt  *float64 `json:"lt,omitempty" jsonschema_description:"Exclusive upper bound: the value must be less than this."`
	Lte *float64 `json:"lte,omitempty" jsonschema_description:"Inclusive upper bound: the value must be at most this."`
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
