package tools

import (
	"context"
	"net/http"
)

// DeleteConversationCustomAttribute removes one custom attributes record from a
// conversation. The record cannot be recovered afterwards.
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/customattributes/{attributesId}
type DeleteConversationCustomAttribute struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	AttributesID   string `json:"attributesId" in:"path" jsonschema_description:"Id of the custom attributes record, from the results of genesys_conversations_get_conversation_customattributes."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationCustomAttribute) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/customattributes/{attributesId}", t)
}

// GetConversationCustomAttribute returns one custom attributes record of a
// conversation: its values, schema, divisions and current version.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/customattributes/{attributesId}
type GetConversationCustomAttribute struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	AttributesID   string `json:"attributesId" in:"path" jsonschema_description:"Id of the custom attributes record, from the results of genesys_conversations_get_conversation_customattributes."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCustomAttribute) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/customattributes/{attributesId}", t)
}

// GetConversationCustomAttributes lists every custom attributes record attached
// to a conversation.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/customattributes
type GetConversationCustomAttributes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// GetConversationSecureAttributes returns the secure attributes of a
// conversation: sensitive key/value data kept apart from the ordinary
// participant attributes.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/secureattributes
type GetConversationSecureAttributes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// PatchConversationCustomAttributes amends one custom attributes record: the
// attributes it names change and the others keep their values.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/customattributes
type PatchConversationCustomAttributes struct {
	ConversationID   string         `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	ID               string         `json:"id" jsonschema_description:"Id of the custom attributes record to amend, from genesys_conversations_get_conversation_customattributes."`
	Divisions        []string       `json:"divisions,omitempty" jsonschema_description:"Division ids the record is visible in; [] means the Unassigned Division. Leaving it out clears the record's divisions."`
	Version          int            `json:"version,omitempty" jsonschema_description:"Current version of the record, from genesys_conversations_get_conversation_customattribute; when set, the update fails if someone changed the record meanwhile."`
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"Attribute names mapped to their new values; attributes not named keep their values."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// PatchConversationSecureAttributes updates some secure attributes of a
// conversation without replacing the whole set. The values are sensitive.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/secureattributes
type PatchConversationSecureAttributes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	ConversationSecureAttributes
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// PostParticipantsAttributesSearch searches conversations and returns the
// attributes recorded on their participants, one cursor page at a time.
// Two catalogue names share it.
//
// Genesys Cloud API: POST /api/v2/conversations/participants/attributes/search
type PostParticipantsAttributesSearch struct {
	ConversationParticipantSearchRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostParticipantsAttributesSearch) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/participants/attributes/search", t)
}

// PostCustomAttributesSearch pages through the conversation custom attributes
// records of the organization.
//
// Genesys Cloud API: POST /api/v2/conversations/customattributes/search
type PostCustomAttributesSearch struct {
	Expand     []string     `json:"expand,omitempty" jsonschema_description:"Names of related entities to expand in each result; leave out unless needed."`
	PageSize   int          `json:"pageSize,omitempty" jsonschema_description:"Number of records per page."`
	PageNumber int          `json:"pageNumber,omitempty" jsonschema_description:"Page to return, starting at 1; the answer's pageCount says how many pages exist."`
	Sort       []SearchSort `json:"sort,omitempty" jsonschema_description:"Sort keys applied in order, for sorting on several fields; use instead of sortBy and sortOrder."`
	SortBy     string       `json:"sortBy,omitempty" jsonschema_description:"Name of the field to sort the records by, such as dateModified."`
	SortOrder  SortOrder    `json:"sortOrder,omitempty" jsonschema_description:"Sort direction: ASC, DESC, or SCORE for relevance."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCustomAttributesSearch) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/customattributes/search", t)
}

// PutConversationCustomAttributes creates a custom attributes record on a
// conversation, or replaces every value of an existing record.
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/customattributes
type PutConversationCustomAttributes struct {
	ConversationID   string         `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	ID               string         `json:"id" jsonschema_description:"Id of the record to create or replace; the caller chooses it when creating, existing ids come from genesys_conversations_get_conversation_customattributes."`
	Divisions        []string       `json:"divisions,omitempty" jsonschema_description:"Division ids the record is visible in; [] means the Unassigned Division. Leaving it out clears the record's divisions."`
	SchemaID         string         `json:"schemaId,omitempty" jsonschema_description:"Id of the custom attributes schema that defines the allowed attributes; required when creating the record and cannot be changed afterwards."`
	Version          int            `json:"version,omitempty" jsonschema_description:"Current version of the record for a concurrency check when replacing it, from genesys_conversations_get_conversation_customattribute; leave out when creating."`
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"Complete map of attribute names to values, checked against the schema; replaces every existing value of the record."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// PutConversationSecureAttributes sets the secure attributes of a
// conversation, replacing the whole set. The values are sensitive.
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/secureattributes
type PutConversationSecureAttributes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query."`
	ConversationSecureAttributes
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// ConversationSecureAttributes is the body of the secure-attribute tools: a
// string map of sensitive values (payment, identity or account data) kept apart
// from ordinary participant attributes, and a version for conflict detection.
type ConversationSecureAttributes struct {
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"Secure attribute names mapped to string values. The values are sensitive (payment, identity or account data): handle them with care and do not echo them needlessly."`
	Version    int               `json:"version,omitempty" jsonschema_description:"Version from genesys_conversations_get_conversation_secureattributes; the put tool uses it to reject conflicting updates, the patch tool ignores it."`
}

// ConversationParticipantSearchRequest is the body of the participant
// attributes search: criteria, sorting, the fields to return and the paging
// cursor.
type ConversationParticipantSearchRequest struct {
	SortOrder    SortOrder                               `json:"sortOrder,omitempty" jsonschema_description:"Sort direction: ASC, DESC, or SCORE for relevance."`
	SortBy       string                                  `json:"sortBy,omitempty" jsonschema_description:"Name of the field to sort the results by, such as startTime."`
	Sort         []SearchSort                            `json:"sort,omitempty" jsonschema_description:"Sort keys applied in order, for sorting on several fields; use instead of sortBy and sortOrder."`
	ReturnFields []string                                `json:"returnFields,omitempty" jsonschema_description:"Names of the result fields to return, such as conversationId or participantData; leave out for whole results."`
	Query        []ConversationParticipantSearchCriteria `json:"query,omitempty" jsonschema_description:"Search criteria, combined by their operators; for example a DATE_RANGE on startTime, or an EXACT match on conversationId."`
	Cursor       string                                  `json:"cursor,omitempty" jsonschema_description:"Cursor from the previous answer, to get the next page; leave out for the first page."`
}

// SearchSort is one key of a multi-field sort.
type SearchSort struct {
	SortOrder SortOrder `json:"sortOrder,omitempty" jsonschema_description:"Direction for this key: ASC, DESC, or SCORE for relevance."`
	SortBy    string    `json:"sortBy,omitempty" jsonschema_description:"Name of the field this key sorts by."`
}

// ConversationParticipantSearchCriteria is one criterion of the participant
// attributes search: an exact match or a date range on some fields, or a group
// of conditions.
type ConversationParticipantSearchCriteria struct {
	EndValue   string                       `json:"endValue,omitempty" jsonschema_description:"End of the range for DATE_RANGE criteria, such as 2026-01-31T14:00:00Z, written in dateFormat when that is set."`
	Values     []string                     `json:"values,omitempty" jsonschema_description:"Several values to match, for EXACT criteria, such as a list of conversation ids."`
	StartValue string                       `json:"startValue,omitempty" jsonschema_description:"Start of the range for DATE_RANGE criteria, such as 2026-01-31T10:00:00Z, written in dateFormat when that is set."`
	Value      string                       `json:"value,omitempty" jsonschema_description:"Single value to match, for EXACT criteria, such as a conversation id."`
	Operator   CriteriaOperator             `json:"operator,omitempty" jsonschema_description:"How this criterion combines with the others: AND (must match), OR (may match) or NOT (must not match)."`
	Group      []ParticipantSearchCondition `json:"group,omitempty" jsonschema_description:"Conditions evaluated together as one criterion, each with its own operator; groups nest one level, so a condition cannot hold another group."`
	DateFormat string                       `json:"dateFormat,omitempty" jsonschema_description:"Java date pattern of startValue and endValue for DATE_RANGE criteria, such as yyyy-MM-dd'T'HH:mm:ss.SSSX."`
	Type       CriteriaType                 `json:"type" jsonschema_description:"Kind of match: EXACT compares value or values, DATE_RANGE takes startValue and endValue."`
	Fields     []string                     `json:"fields,omitempty" jsonschema_description:"Fields to search, such as conversationId, startTime, endTime or divisionId."`
}

// ParticipantSearchCondition is one condition inside a criteria group.
//
// The API model is recursive (a group's conditions may hold groups), which a
// tool schema cannot express finitely. Groups therefore nest one level here:
// ParticipantSearchCondition is ConversationParticipantSearchCriteria without
// the group field, so a condition inside a group cannot hold another group.
type ParticipantSearchCondition struct {
	EndValue   string           `json:"endValue,omitempty" jsonschema_description:"End of the range for DATE_RANGE criteria, such as 2026-01-31T14:00:00Z, written in dateFormat when that is set."`
	Values     []string         `json:"values,omitempty" jsonschema_description:"Several values to match, for EXACT criteria, such as a list of conversation ids."`
	StartValue string           `json:"startValue,omitempty" jsonschema_description:"Start of the range for DATE_RANGE criteria, such as 2026-01-31T10:00:00Z, written in dateFormat when that is set."`
	Value      string           `json:"value,omitempty" jsonschema_description:"Single value to match, for EXACT criteria, such as a conversation id."`
	Operator   CriteriaOperator `json:"operator,omitempty" jsonschema_description:"How this criterion combines with the others: AND (must match), OR (may match) or NOT (must not match)."`
	DateFormat string           `json:"dateFormat,omitempty" jsonschema_description:"Java date pattern of startValue and endValue for DATE_RANGE criteria, such as yyyy-MM-dd'T'HH:mm:ss.SSSX."`
	Type       CriteriaType     `json:"type" jsonschema_description:"Kind of match: EXACT compares value or values, DATE_RANGE takes startValue and endValue."`
	Fields     []string         `json:"fields,omitempty" jsonschema_description:"Fields to search, such as conversationId, startTime, endTime or divisionId."`
}

// SortOrder is the direction of a search sort; SCORE orders by relevance.
type SortOrder string

// SortOrder values.
const (
	SortOrderASC   SortOrder = "ASC"
	SortOrderDESC  SortOrder = "DESC"
	SortOrderSCORE SortOrder = "SCORE"
)

// EnumValues lists the values Genesys Cloud accepts for SortOrder.
func (SortOrder) EnumValues() []string {
	return []string{
		string(SortOrderASC),
		string(SortOrderDESC),
		string(SortOrderSCORE),
	}
}

// CriteriaOperator says how a search criterion combines with the others.
type CriteriaOperator string

// CriteriaOperator values.
const (
	CriteriaOperatorAND CriteriaOperator = "AND"
	CriteriaOperatorOR  CriteriaOperator = "OR"
	CriteriaOperatorNOT CriteriaOperator = "NOT"
)

// EnumValues lists the values Genesys Cloud accepts for CriteriaOperator.
func (CriteriaOperator) EnumValues() []string {
	return []string{
		string(CriteriaOperatorAND),
		string(CriteriaOperatorOR),
		string(CriteriaOperatorNOT),
	}
}

// CriteriaType is the kind of match a search criterion performs.
type CriteriaType string

// CriteriaType values.
const (
	CriteriaTypeEXACT     CriteriaType = "EXACT"
	CriteriaTypeDATERANGE CriteriaType = "DATE_RANGE"
)

// EnumValues lists the values Genesys Cloud accepts for CriteriaType.
func (CriteriaType) EnumValues() []string {
	return []string{
		string(CriteriaTypeEXACT),
		string(CriteriaTypeDATERANGE),
	}
}

func attributeTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_delete_conversation_customattribute",
			ShortName:   "genesys_delete_conversation_customattribute",
			Title:       "Delete custom attributes record",
			Description: "Delete one custom attributes record from a conversation; it cannot be recovered. The record id comes from genesys_conversations_get_conversation_customattributes, the conversation id from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query.",
			Toolset:     ToolsetAttributes,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}/customattributes/{attributesId}",
			New:         func() Tool { return new(DeleteConversationCustomAttribute) },
		},
		{
			Name:            "genesys_conversations_get_conversation_customattribute",
			ShortName:       "genesys_get_conversation_customattribute",
			Title:           "Get custom attributes record",
			Description:     "Get one custom attributes record of a conversation: its values, schema, divisions and current version (use the version for concurrency checks when updating). Record ids come from genesys_conversations_get_conversation_customattributes.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/customattributes/{attributesId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationCustomAttribute) },
		},
		{
			Name:            "genesys_conversations_get_conversation_customattributes",
			ShortName:       "genesys_get_conversation_customattributes",
			Title:           "List conversation custom attributes",
			Description:     "List every custom attributes record attached to a conversation, with ids, values and versions. Conversation ids come from genesys_conversations_get_conversations or genesys_conversations_post_analytics_conversations_details_query. For sensitive data use genesys_conversations_get_conversation_secureattributes instead.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/customattributes",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationCustomAttributes) },
		},
		{
			Name:            "genesys_conversations_get_conversation_secureattributes",
			ShortName:       "genesys_get_conversation_secureattributes",
			Title:           "Get secure attributes",
			Description:     "Read the secure attributes of a conversation: sensitive values such as payment, identity or account data, stored apart from ordinary attributes. Call it only when the task needs them and do not repeat the values needlessly. Conversation ids come from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/secureattributes",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationSecureAttributes) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_customattributes",
			ShortName:   "genesys_patch_conversation_customattributes",
			Title:       "Update some custom attributes",
			Description: "Amend an existing custom attributes record of a conversation: only the attributes you send change. id and customAttributes are required; pass version from genesys_conversations_get_conversation_customattribute to guard against concurrent edits. Leaving out divisions clears them. To create a record or replace all values use genesys_conversations_put_conversation_customattributes.",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/customattributes",
			New:         func() Tool { return new(PatchConversationCustomAttributes) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_secureattributes",
			ShortName:   "genesys_patch_conversation_secureattributes",
			Title:       "Update some secure attributes",
			Description: "Add or change some secure attributes of a conversation without replacing the whole set. The values are sensitive (payment, identity or account data). version is ignored here. To replace every secure attribute use genesys_conversations_put_conversation_secureattributes. Conversation ids come from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(PatchConversationSecureAttributes) },
		},
		{
			Name:            "genesys_conversations_post_conversations_participants_attributes_search",
			ShortName:       "genesys_post_conversations_participants_attributes_search",
			Title:           "Search participant attributes",
			Description:     "Search conversations and get the attributes set on their participants. Criteria match conversation fields such as conversationId, startTime (DATE_RANGE), endTime or divisionId, not attribute values, so filter those in the results. Results come in pages: pass the answer's cursor to get the next one. Same operation as genesys_conversations_post_participants_attributes_search.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodPost,
			Path:            "/api/v2/conversations/participants/attributes/search",
			UntrustedOutput: true,
			New:             func() Tool { return new(PostParticipantsAttributesSearch) },
		},
		{
			Name:            "genesys_conversations_post_participants_attributes_search",
			ShortName:       "genesys_post_participants_attributes_search",
			Title:           "Search participant attributes",
			Description:     "Search conversations and get the attributes set on their participants. Criteria match conversation fields such as conversationId, startTime (DATE_RANGE), endTime or divisionId, not attribute values, so filter those in the results. Results come in pages: pass the answer's cursor to get the next one. Same operation as genesys_conversations_post_conversations_participants_attributes_search.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodPost,
			Path:            "/api/v2/conversations/participants/attributes/search",
			UntrustedOutput: true,
			New:             func() Tool { return new(PostParticipantsAttributesSearch) },
		},
		{
			Name:            "genesys_conversations_post_customattributes_search",
			ShortName:       "genesys_post_customattributes_search",
			Title:           "Search custom attributes records",
			Description:     "Page through the conversation custom attributes records of the organization, sorted as requested; pageSize and pageNumber select the page and the answer gives total and pageCount. To read the records of one known conversation use genesys_conversations_get_conversation_customattributes instead.",
			Toolset:         ToolsetAttributes,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodPost,
			Path:            "/api/v2/conversations/customattributes/search",
			UntrustedOutput: true,
			New:             func() Tool { return new(PostCustomAttributesSearch) },
		},
		{
			Name:        "genesys_conversations_put_conversation_customattributes",
			ShortName:   "genesys_put_conversation_customattributes",
			Title:       "Create or replace custom attributes",
			Description: "Create a custom attributes record on a conversation, or replace every value of an existing one. Send id (your choice when creating), customAttributes and, for a new record, schemaId; for a replace pass version from genesys_conversations_get_conversation_customattribute. Leaving out divisions clears them. To change only some values use genesys_conversations_patch_conversation_customattributes.",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/customattributes",
			New:         func() Tool { return new(PutConversationCustomAttributes) },
		},
		{
			Name:        "genesys_conversations_put_conversation_secureattributes",
			ShortName:   "genesys_put_conversation_secureattributes",
			Title:       "Set secure attributes",
			Description: "Replace all secure attributes of a conversation with the given map. The values are sensitive (payment, identity or account data). Pass version from genesys_conversations_get_conversation_secureattributes to reject conflicting updates. To change only some keys use genesys_conversations_patch_conversation_secureattributes.",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(PutConversationSecureAttributes) },
		},
	}
}
