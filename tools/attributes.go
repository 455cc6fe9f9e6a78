package tools

import (
	"context"
	"net/http"
)

// DeleteConversationCustomAttribute TODO.
//
// spec: Delete a custom attributes record. |
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/customattributes/{attributesId}
type DeleteConversationCustomAttribute struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: attributesId
	AttributesID string `json:"attributesId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationCustomAttribute) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/customattributes/{attributesId}", t)
}

// GetConversationCustomAttribute TODO.
//
// spec: Get custom attributes by id |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/customattributes/{attributesId}
type GetConversationCustomAttribute struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: attributesId
	AttributesID string `json:"attributesId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCustomAttribute) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/customattributes/{attributesId}", t)
}

// GetConversationCustomAttributes TODO.
//
// spec: Get a list of custom attributes for a conversation. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/customattributes
type GetConversationCustomAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// GetConversationSecureAttributes TODO.
//
// spec: Get the secure attributes on a conversation. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/secureattributes
type GetConversationSecureAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// PatchConversationCustomAttributes TODO.
//
// spec: Update a single custom attributes record by amending the data with only the provided fields. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/customattributes
type PatchConversationCustomAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Unique identifier for the Custom Attributes record. IDs are created by users.
	ID string `json:"id" jsonschema_description:"TODO"`
	//spec: The list of division ids. Use [] if divisions aren't used (Unassigned Division). Omitting or setting to [] clears existing values on update.
	Divisions []string `json:"divisions,omitempty" jsonschema_description:"TODO"`
	//spec: The latest version of the Custom Attributes record. Optional for concurrency check.
	Version int `json:"version,omitempty" jsonschema_description:"TODO"`
	//spec: The map of attribute values.
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// PatchConversationSecureAttributes TODO.
//
// spec: Update the secure attributes on a conversation. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/secureattributes
type PatchConversationSecureAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	ConversationSecureAttributes
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// PostParticipantsAttributesSearch TODO.
//
// spec: Search conversations |
//
// Genesys Cloud API: POST /api/v2/conversations/participants/attributes/search
type PostParticipantsAttributesSearch struct {
	ConversationParticipantSearchRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostParticipantsAttributesSearch) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/participants/attributes/search", t)
}

// PostCustomAttributesSearch TODO.
//
// spec: Search resources. |
//
// Genesys Cloud API: POST /api/v2/conversations/customattributes/search
type PostCustomAttributesSearch struct {
	//spec: Expand your search with bulk lookups
	Expand []string `json:"expand,omitempty" jsonschema_description:"TODO"`
	//spec: The number of results per page
	PageSize int `json:"pageSize,omitempty" jsonschema_description:"TODO"`
	//spec: The page of resources you want to retrieve
	PageNumber int `json:"pageNumber,omitempty" jsonschema_description:"TODO"`
	//spec: Multi-value sort order, list of multiple sort values
	Sort []SearchSort `json:"sort,omitempty" jsonschema_description:"TODO"`
	//spec: The field in the resource that you want to sort the results by
	SortBy string `json:"sortBy,omitempty" jsonschema_description:"TODO"`
	//spec: The sort order for results
	SortOrder SortOrder `json:"sortOrder,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCustomAttributesSearch) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/customattributes/search", t)
}

// PutConversationCustomAttributes TODO.
//
// spec: Create or update a single custom attributes record. Updating replaces all data with the provided fields. |
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/customattributes
type PutConversationCustomAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Unique identifier for the Custom Attributes record. IDs are created by users.
	ID string `json:"id" jsonschema_description:"TODO"`
	//spec: The list of division ids. Use [] if divisions aren't used (Unassigned Division). Omitting or setting to [] clears existing values on update.
	Divisions []string `json:"divisions,omitempty" jsonschema_description:"TODO"`
	//spec: The id of the schema that dictates which attributes can be included. Required for create, cannot be updated.
	SchemaID string `json:"schemaId,omitempty" jsonschema_description:"TODO"`
	//spec: The latest version of the Custom Attributes record. Optional for concurrency check on update.
	Version int `json:"version,omitempty" jsonschema_description:"TODO"`
	//spec: The map of attribute values.
	CustomAttributes map[string]any `json:"customAttributes" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationCustomAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/customattributes", t)
}

// PutConversationSecureAttributes TODO.
//
// spec: Set the secure attributes on a conversation. |
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/secureattributes
type PutConversationSecureAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	ConversationSecureAttributes
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationSecureAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/secureattributes", t)
}

// ConversationSecureAttributes TODO.
//
// spec model ConversationSecureAttributes:
type ConversationSecureAttributes struct {
	//spec: The map of attribute keys to values.
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
	//spec: The version used to detect conflicting updates when using PUT. Not used for PATCH.
	Version int `json:"version,omitempty" jsonschema_description:"TODO"`
}

// ConversationParticipantSearchRequest TODO.
//
// spec model ConversationParticipantSearchRequest:
type ConversationParticipantSearchRequest struct {
	//spec: The sort order for results
	SortOrder SortOrder `json:"sortOrder,omitempty" jsonschema_description:"TODO"`
	//spec: The field in the resource that you want to sort the results by
	SortBy string `json:"sortBy,omitempty" jsonschema_description:"TODO"`
	//spec: Multi-value sort order, list of multiple sort values
	Sort []SearchSort `json:"sort,omitempty" jsonschema_description:"TODO"`
	//spec:
	ReturnFields []string `json:"returnFields,omitempty" jsonschema_description:"TODO"`
	//spec:
	Query []ConversationParticipantSearchCriteria `json:"query,omitempty" jsonschema_description:"TODO"`
	//spec:
	Cursor string `json:"cursor,omitempty" jsonschema_description:"TODO"`
}

// SearchSort TODO.
//
// spec model SearchSort:
type SearchSort struct {
	//spec: The sort order for results
	SortOrder SortOrder `json:"sortOrder,omitempty" jsonschema_description:"TODO"`
	//spec: The field in the resource that you want to sort the results by
	SortBy string `json:"sortBy,omitempty" jsonschema_description:"TODO"`
}

// ConversationParticipantSearchCriteria TODO.
//
// spec model ConversationParticipantSearchCriteria:
type ConversationParticipantSearchCriteria struct {
	//spec: The end value of the range. This field is used for range search types.
	EndValue string `json:"endValue,omitempty" jsonschema_description:"TODO"`
	//spec: A list of values for the search to match against
	Values []string `json:"values,omitempty" jsonschema_description:"TODO"`
	//spec: The start value of the range. This field is used for range search types.
	StartValue string `json:"startValue,omitempty" jsonschema_description:"TODO"`
	//spec: A value for the search to match against
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: How to apply this search criteria against other criteria
	Operator CriteriaOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Groups multiple conditions
	Group []ParticipantSearchCondition `json:"group,omitempty" jsonschema_description:"TODO"`
	//spec: Set date format for criteria values when using date range search type. Supports Java date format syntax, example yyyy-MM-dd'T'HH:mm:ss.SSSX.
	DateFormat string `json:"dateFormat,omitempty" jsonschema_description:"TODO"`
	//spec: Search Type
	Type CriteriaType `json:"type" jsonschema_description:"TODO"`
	//spec: Field names to search against
	Fields []string `json:"fields,omitempty" jsonschema_description:"TODO"`
}

// ParticipantSearchCondition TODO (one condition inside a criteria group; groups nest one level deep).
type ParticipantSearchCondition struct {
	//spec: The end value of the range. This field is used for range search types.
	EndValue string `json:"endValue,omitempty" jsonschema_description:"TODO"`
	//spec: A list of values for the search to match against
	Values []string `json:"values,omitempty" jsonschema_description:"TODO"`
	//spec: The start value of the range. This field is used for range search types.
	StartValue string `json:"startValue,omitempty" jsonschema_description:"TODO"`
	//spec: A value for the search to match against
	Value string `json:"value,omitempty" jsonschema_description:"TODO"`
	//spec: How to apply this search criteria against other criteria
	Operator CriteriaOperator `json:"operator,omitempty" jsonschema_description:"TODO"`
	//spec: Set date format for criteria values when using date range search type. Supports Java date format syntax, example yyyy-MM-dd'T'HH:mm:ss.SSSX.
	DateFormat string `json:"dateFormat,omitempty" jsonschema_description:"TODO"`
	//spec: Search Type
	Type CriteriaType `json:"type" jsonschema_description:"TODO"`
	//spec: Field names to search against
	Fields []string `json:"fields,omitempty" jsonschema_description:"TODO"`
}

// SortOrder TODO.
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

// CriteriaOperator TODO.
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

// CriteriaType TODO.
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}/customattributes/{attributesId}",
			New:         func() Tool { return new(DeleteConversationCustomAttribute) },
		},
		{
			Name:        "genesys_conversations_get_conversation_customattribute",
			ShortName:   "genesys_get_conversation_customattribute",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/customattributes/{attributesId}",
			New:         func() Tool { return new(GetConversationCustomAttribute) },
		},
		{
			Name:        "genesys_conversations_get_conversation_customattributes",
			ShortName:   "genesys_get_conversation_customattributes",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/customattributes",
			New:         func() Tool { return new(GetConversationCustomAttributes) },
		},
		{
			Name:        "genesys_conversations_get_conversation_secureattributes",
			ShortName:   "genesys_get_conversation_secureattributes",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(GetConversationSecureAttributes) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_customattributes",
			ShortName:   "genesys_patch_conversation_customattributes",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(PatchConversationSecureAttributes) },
		},
		{
			Name:        "genesys_conversations_post_conversations_participants_attributes_search",
			ShortName:   "genesys_post_conversations_participants_attributes_search",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/participants/attributes/search",
			New:         func() Tool { return new(PostParticipantsAttributesSearch) },
		},
		{
			Name:        "genesys_conversations_post_participants_attributes_search",
			ShortName:   "genesys_post_participants_attributes_search",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/participants/attributes/search",
			New:         func() Tool { return new(PostParticipantsAttributesSearch) },
		},
		{
			Name:        "genesys_conversations_post_customattributes_search",
			ShortName:   "genesys_post_customattributes_search",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/customattributes/search",
			New:         func() Tool { return new(PostCustomAttributesSearch) },
		},
		{
			Name:        "genesys_conversations_put_conversation_customattributes",
			ShortName:   "genesys_put_conversation_customattributes",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAttributes,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/secureattributes",
			New:         func() Tool { return new(PutConversationSecureAttributes) },
		},
	}
}
