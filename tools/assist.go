package tools

import (
	"context"
	"net/http"
)

// GetConversationSuggestion TODO.
//
// spec: Get Suggestion. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/suggestions/{suggestionId}
type GetConversationSuggestion struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Suggestion ID
	SuggestionID string `json:"suggestionId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSuggestion) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}", t)
}

// GetConversationSuggestions TODO.
//
// spec: Get all suggestions for a conversation. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/suggestions
type GetConversationSuggestions struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: The cursor that points to the start of the set of entities that has been returned.
	Before string `json:"before,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: The cursor that points to the end of the set of entities that has been returned.
	After string `json:"after,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Number of entities to return. Maximum of 200.
	PageSize string `json:"pageSize,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Suggestion type to filter by.
	Type SuggestionType `json:"type,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Suggestion state to filter Copilot suggestions.
	State SuggestionState `json:"state,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSuggestions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/suggestions", t)
}

// GetConversationSummaries TODO.
//
// spec: Get the summaries of the conversation. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/summaries
type GetConversationSummaries struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSummaries) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/summaries", t)
}

// PatchConversationSummaryEngagements TODO.
//
// spec: Update agent's engagement for the summary. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements
type PatchConversationSummaryEngagements struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Summary ID
	SummaryID string `json:"summaryId" in:"path" jsonschema_description:"TODO"`
	//spec: Represents the visibility of summary
	Visibility SummaryVisibility `json:"visibility,omitempty" jsonschema_description:"TODO"`
	//spec: Represents the engagements made by the agent in response to the generated summary
	Status SummaryEngagementStatus `json:"status,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSummaryEngagements) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements", t)
}

// PatchConversationSummaryFeedback TODO.
//
// spec: Update the feedback for the summary. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback
type PatchConversationSummaryFeedback struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Summary ID
	SummaryID string `json:"summaryId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent’s rating for the system-generated summary.
	Rating SummaryRating `json:"rating,omitempty" jsonschema_description:"TODO"`
	//spec: Agent's summary for the conversation
	Summary string `json:"summary,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSummaryFeedback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", t)
}

// PostConversationSuggestionEngagement TODO.
//
// spec: Save an engagement on the suggestion. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement
type PostConversationSuggestionEngagement struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Suggestion ID
	SuggestionID string `json:"suggestionId" in:"path" jsonschema_description:"TODO"`
	//spec: The type of engagement with the suggestion.
	EngagementType SuggestionEngagementType `json:"engagementType" jsonschema_description:"TODO"`
	//spec: The given feedback on the suggestion, if any.
	Feedback *SuggestionFeedback `json:"feedback,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationSuggestionEngagement) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement", t)
}

// PostConversationSummaryFeedback TODO.
//
// spec: Submit feedback for the summary. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback
type PostConversationSummaryFeedback struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Summary ID
	SummaryID string `json:"summaryId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent’s rating for the system-generated summary.
	Rating SummaryRating `json:"rating,omitempty" jsonschema_description:"TODO"`
	//spec: Agent's summary for the conversation
	Summary string `json:"summary" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationSummaryFeedback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", t)
}

// SuggestionFeedback TODO.
//
// spec model SuggestionFeedback:
type SuggestionFeedback struct {
	//spec: The rating value of the suggestion feedback.
	Rating SuggestionRating `json:"rating" jsonschema_description:"TODO"`
}

// SuggestionType TODO.
type SuggestionType string

// SuggestionType values.
const (
	SuggestionTypeFaq                      SuggestionType = "Faq"
	SuggestionTypeArticle                  SuggestionType = "Article"
	SuggestionTypeKnowledgeArticle         SuggestionType = "KnowledgeArticle"
	SuggestionTypeKnowledgeSearch          SuggestionType = "KnowledgeSearch"
	SuggestionTypeCannedResponse           SuggestionType = "CannedResponse"
	SuggestionTypeScript                   SuggestionType = "Script"
	SuggestionTypeSuggestedKnowledgeAnswer SuggestionType = "SuggestedKnowledgeAnswer"
	SuggestionTypeThirdPartySuggestion     SuggestionType = "ThirdPartySuggestion"
)

// EnumValues lists the values Genesys Cloud accepts for SuggestionType.
func (SuggestionType) EnumValues() []string {
	return []string{
		string(SuggestionTypeFaq),
		string(SuggestionTypeArticle),
		string(SuggestionTypeKnowledgeArticle),
		string(SuggestionTypeKnowledgeSearch),
		string(SuggestionTypeCannedResponse),
		string(SuggestionTypeScript),
		string(SuggestionTypeSuggestedKnowledgeAnswer),
		string(SuggestionTypeThirdPartySuggestion),
	}
}

// SuggestionState TODO.
type SuggestionState string

// SuggestionState values.
const (
	SuggestionStateSuggested SuggestionState = "Suggested"
	SuggestionStateAccepted  SuggestionState = "Accepted"
	SuggestionStateDismissed SuggestionState = "Dismissed"
	SuggestionStateFailed    SuggestionState = "Failed"
	SuggestionStateRated     SuggestionState = "Rated"
)

// EnumValues lists the values Genesys Cloud accepts for SuggestionState.
func (SuggestionState) EnumValues() []string {
	return []string{
		string(SuggestionStateSuggested),
		string(SuggestionStateAccepted),
		string(SuggestionStateDismissed),
		string(SuggestionStateFailed),
		string(SuggestionStateRated),
	}
}

// SummaryVisibility TODO.
type SummaryVisibility string

// SummaryVisibility values.
const (
	SummaryVisibilityPresented    SummaryVisibility = "Presented"
	SummaryVisibilityNotPresented SummaryVisibility = "NotPresented"
	SummaryVisibilityUnknown      SummaryVisibility = "Unknown"
)

// EnumValues lists the values Genesys Cloud accepts for SummaryVisibility.
func (SummaryVisibility) EnumValues() []string {
	return []string{
		string(SummaryVisibilityPresented),
		string(SummaryVisibilityNotPresented),
		string(SummaryVisibilityUnknown),
	}
}

// SummaryEngagementStatus TODO.
type SummaryEngagementStatus string

// SummaryEngagementStatus values.
const (
	SummaryEngagementStatusCopied    SummaryEngagementStatus = "Copied"
	SummaryEngagementStatusNotCopied SummaryEngagementStatus = "NotCopied"
	SummaryEngagementStatusUnknown   SummaryEngagementStatus = "Unknown"
)

// EnumValues lists the values Genesys Cloud accepts for SummaryEngagementStatus.
func (SummaryEngagementStatus) EnumValues() []string {
	return []string{
		string(SummaryEngagementStatusCopied),
		string(SummaryEngagementStatusNotCopied),
		string(SummaryEngagementStatusUnknown),
	}
}

// SummaryRating TODO.
type SummaryRating string

// SummaryRating values.
const (
	SummaryRatingPositive SummaryRating = "Positive"
	SummaryRatingNegative SummaryRating = "Negative"
	SummaryRatingUnknown  SummaryRating = "Unknown"
)

// EnumValues lists the values Genesys Cloud accepts for SummaryRating.
func (SummaryRating) EnumValues() []string {
	return []string{
		string(SummaryRatingPositive),
		string(SummaryRatingNegative),
		string(SummaryRatingUnknown),
	}
}

// SuggestionEngagementType TODO.
type SuggestionEngagementType string

// SuggestionEngagementType values.
const (
	SuggestionEngagementTypeDismissed SuggestionEngagementType = "Dismissed"
	SuggestionEngagementTypeCopied    SuggestionEngagementType = "Copied"
	SuggestionEngagementTypeOpened    SuggestionEngagementType = "Opened"
	SuggestionEngagementTypeFeedback  SuggestionEngagementType = "Feedback"
)

// EnumValues lists the values Genesys Cloud accepts for SuggestionEngagementType.
func (SuggestionEngagementType) EnumValues() []string {
	return []string{
		string(SuggestionEngagementTypeDismissed),
		string(SuggestionEngagementTypeCopied),
		string(SuggestionEngagementTypeOpened),
		string(SuggestionEngagementTypeFeedback),
	}
}

// SuggestionRating TODO.
type SuggestionRating string

// SuggestionRating values.
const (
	SuggestionRatingNegative SuggestionRating = "Negative"
	SuggestionRatingPositive SuggestionRating = "Positive"
)

// EnumValues lists the values Genesys Cloud accepts for SuggestionRating.
func (SuggestionRating) EnumValues() []string {
	return []string{
		string(SuggestionRatingNegative),
		string(SuggestionRatingPositive),
	}
}

func assistTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_conversation_suggestion",
			ShortName:   "genesys_get_conversation_suggestion",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}",
			New:         func() Tool { return new(GetConversationSuggestion) },
		},
		{
			Name:        "genesys_conversations_get_conversation_suggestions",
			ShortName:   "genesys_get_conversation_suggestions",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/suggestions",
			New:         func() Tool { return new(GetConversationSuggestions) },
		},
		{
			Name:        "genesys_conversations_get_conversation_summaries",
			ShortName:   "genesys_get_conversation_summaries",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/summaries",
			New:         func() Tool { return new(GetConversationSummaries) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_summary_engagements",
			ShortName:   "genesys_patch_conversation_summary_engagements",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements",
			New:         func() Tool { return new(PatchConversationSummaryEngagements) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_summary_feedback",
			ShortName:   "genesys_patch_conversation_summary_feedback",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback",
			New:         func() Tool { return new(PatchConversationSummaryFeedback) },
		},
		{
			Name:        "genesys_conversations_post_conversation_suggestion_engagement",
			ShortName:   "genesys_post_conversation_suggestion_engagement",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement",
			New:         func() Tool { return new(PostConversationSuggestionEngagement) },
		},
		{
			Name:        "genesys_conversations_post_conversation_summary_feedback",
			ShortName:   "genesys_post_conversation_summary_feedback",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback",
			New:         func() Tool { return new(PostConversationSummaryFeedback) },
		},
	}
}
