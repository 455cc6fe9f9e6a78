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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	AttributesID   string `json:"attributesId" in:"path" jsonschema_description:"Attributes record id."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	AttributesID   string `json:"attributesId" in:"path" jsonschema_description:"Attributes record id."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
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
	ConversationID   string         `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ID               string         `json:"id" jsonschema_description:"Record id to amend."`
	Divisions        []string       `json:"divisions,omitempty" jsonschema_description:"Division ids; [] is Unassigned; omitting clears them."`
	Version          int            `json:"version,omitempty" jsonschema_description:"Current version; the update fails if it changed."`
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"Names to new values; others are kept."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
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
	Expand     []string     `json:"expand,omitempty" jsonschema_description:"Related entities to expand."`
	PageSize   int          `json:"pageSize,omitempty" jsonschema_description:"Records per page."`
	PageNumber int          `json:"pageNumber,omitempty" jsonschema_description:"Page number, from 1."`
	Sort       []SearchSort `json:"sort,omitempty" jsonschema_description:"Multi-field sort, instead of sortBy/sortOrder."`
	SortBy     string       `json:"sortBy,omitempty" jsonschema_description:"Field to sort by, e.g. dateModified."`
	SortOrder  SortOrder    `json:"sortOrder,omitempty" jsonschema_description:"Sort direction; SCORE is relevance."`
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
	ConversationID   string         `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ID               string         `json:"id" jsonschema_description:"Record id; you choose it when creating."`
	Divisions        []string       `json:"divisions,omitempty" jsonschema_description:"Division ids; [] is Unassigned; omitting clears them."`
	SchemaID         string         `json:"schemaId,omitempty" jsonschema_description:"Schema id; needed to create, fixed afterwards."`
	Version          int            `json:"version,omitempty" jsonschema_description:"Current version when replacing; omit to create."`
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"All values; replaces the existing ones."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
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
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"Sensitive name-to-value strings; don't echo them."`
	Version    int               `json:"version,omitempty" jsonschema_description:"Current version; put rejects a stale one, patch ignores it."`
}

// ConversationParticipantSearchRequest is the body of the participant
// attributes search: criteria, sorting, the fields to return and the paging
// cursor.
type ConversationParticipantSearchRequest struct {
	SortOrder    SortOrder                               `json:"sortOrder,omitempty" jsonschema_description:"Sort direction; SCORE is relevance."`
	SortBy       string                                  `json:"sortBy,omitempty" jsonschema_description:"Field to sort by, e.g. startTime."`
	Sort         []SearchSort                            `json:"sort,omitempty" jsonschema_description:"Multi-field sort, instead of sortBy/sortOrder."`
	ReturnFields []string                                `json:"returnFields,omitempty" jsonschema_description:"Result fields to return; all when omitted."`
	Query        []ConversationParticipantSearchCriteria `json:"query,omitempty" jsonschema_description:"Criteria, e.g. DATE_RANGE on startTime."`
	Cursor       string                                  `json:"cursor,omitempty" jsonschema_description:"Cursor from the previous answer; omit at first."`
}

// SearchSort is one key of a multi-field sort.
type SearchSort struct {
	SortOrder SortOrder `json:"sortOrder,omitempty" jsonschema_description:"Direction; SCORE is relevance."`
	SortBy    string    `json:"sortBy,omitempty" jsonschema_description:"Field to sort by."`
}

// ConversationParticipantSearchCriteria is one criterion of the participant
// attributes search: an exact match or a date range on some fields, or a group
// of conditions.
type ConversationParticipantSearchCriteria struct {
	EndValue   string                       `json:"endValue,omitempty" jsonschema_description:"DATE_RANGE end (ISO-8601)."`
	Values     []string                     `json:"values,omitempty" jsonschema_description:"EXACT: values to match."`
	StartValue string                       `json:"startValue,omitempty" jsonschema_description:"DATE_RANGE start (ISO-8601)."`
	Value      string                       `json:"value,omitempty" jsonschema_description:"EXACT: value to match."`
	Operator   CriteriaOperator             `json:"operator,omitempty" jsonschema_description:"AND: must; OR: may; NOT: must not."`
	Group      []ParticipantSearchCondition `json:"group,omitempty" jsonschema_description:"Sub-conditions; one level only."`
	DateFormat string                       `json:"dateFormat,omitempty" jsonschema_description:"Java date pattern of the values."`
	Type       CriteriaType                 `json:"type" jsonschema_description:"Kind of match."`
	Fields     []string                     `json:"fields,omitempty" jsonschema_description:"Fields to search, e.g. startTime."`
}

// ParticipantSearchCondition is one condition inside a criteria group.
//
// The API model is recursive (a group's conditions may hold groups), which a
// tool schema cannot express finitely. Groups therefore nest one level here:
// ParticipantSearchCondition is ConversationParticipantSearchCriteria without
// the group field, so a condition inside a group cannot hold another group.
type ParticipantSearchCondition struct {
	EndValue   string           `json:"endValue,omitempty" jsonschema_description:"DATE_RANGE end (ISO-8601)."`
	Values     []string         `json:"values,omitempty" jsonschema_description:"EXACT: values to match."`
	StartValue string           `json:"startValue,omitempty" jsonschema_description:"DATE_RANGE start (ISO-8601)."`
	Value      string           `json:"value,omitempty" jsonschema_description:"EXACT: value to match."`
	Operator   CriteriaOperator `json:"operator,omitempty" jsonschema_description:"AND: must; OR: may; NOT: must not."`
	DateFormat string           `json:"dateFormat,omitempty" jsonschema_description:"Java date pattern of the values."`
	Type       CriteriaType     `json:"type" jsonschema_description:"Kind of match."`
	Fields     []string         `json:"fields,omitempty" jsonschema_description:"Fields to search, e.g. startTime."`
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
			Description: "Delete a custom attributes record from a conversation; irreversible. Record id from genesys_conversations_get_conversation_customattributes.",
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
			Description:     "Get one custom attributes record: values, schema, divisions and version. Record id from genesys_conversations_get_conversation_customattributes.",
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
			Description:     "List a conversation's custom attributes records with ids, values and versions. Sensitive data is in genesys_conversations_get_conversation_secureattributes.",
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
			Description:     "Read a conversation's secure attributes (payment, identity or account data). Call only when needed; don't repeat values. Conversation id from genesys_conversations_get_conversations.",
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
			Description: "Change some values of a custom attributes record (from genesys_conversations_get_conversation_customattributes), keeping the rest. To replace all use genesys_conversations_put_conversation_customattributes.",
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
			Description: "Add or change some secure (sensitive) attributes of a conversation, keeping the rest. To replace all use genesys_conversations_put_conversation_secureattributes.",
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
			Description:     "Participant attributes of conversations found by conversationId, startTime or divisionId, not by attribute value; cursor-paged.",
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
			Description:     "Page through all custom attributes records of the organization. For one conversation's records use genesys_conversations_get_conversation_customattributes.",
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
			Description: "Create a custom attributes record (your id, a schemaId) or replace all its values. For partial changes use genesys_conversations_patch_conversation_customattributes.",
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
			Description: "Replace all secure (sensitive) attributes; version from genesys_conversations_get_conversation_secureattributes. To change some use genesys_conversations_patch_conversation_secureattributes.",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(PutConversationSecureAttributes) },
		},
	}
}
