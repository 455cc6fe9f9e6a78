package tools

import (
	"context"
	"net/http"
)

// GetConversationSuggestion fetches one agent-assist suggestion raised
// during a conversation, such as a knowledge article, FAQ answer, canned
// response or script.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/suggestions/{suggestionId}
type GetConversationSuggestion struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	SuggestionID   string `json:"suggestionId" in:"path" jsonschema_description:"Suggestion id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSuggestion) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}", t)
}

// GetConversationSuggestions lists the agent-assist suggestions raised during
// a conversation, optionally filtered by type and state, one cursor page at a
// time.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/suggestions
type GetConversationSuggestions struct {
	ConversationID string          `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	Before         string          `json:"before,omitempty" in:"query" jsonschema_description:"Previous-page cursor, from previousUri."`
	After          string          `json:"after,omitempty" in:"query" jsonschema_description:"Next-page cursor, from nextUri; omit at first."`
	PageSize       string          `json:"pageSize,omitempty" in:"query" jsonschema_description:"Suggestions per page, as a string, e.g. '50'; max 200."`
	Type           SuggestionType  `json:"type,omitempty" in:"query" jsonschema_description:"Only suggestions of this type."`
	State          SuggestionState `json:"state,omitempty" in:"query" jsonschema_description:"Only Copilot suggestions in this state."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSuggestions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/suggestions", t)
}

// GetConversationSummaries fetches the AI-generated summaries of a
// conversation: the overall summary and one per session, each with its
// reason, resolution, follow-up and predicted wrap-up codes.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/summaries
type GetConversationSummaries struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationSummaries) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/summaries", t)
}

// PatchConversationSummaryEngagements records how the agent engaged with a
// generated summary: whether it was shown and whether it was copied.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements
type PatchConversationSummaryEngagements struct {
	ConversationID string                  `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	SummaryID      string                  `json:"summaryId" in:"path" jsonschema_description:"Summary id."`
	Visibility     SummaryVisibility       `json:"visibility,omitempty" jsonschema_description:"Whether the summary was shown to the agent."`
	Status         SummaryEngagementStatus `json:"status,omitempty" jsonschema_description:"Whether the agent copied the summary."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSummaryEngagements) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements", t)
}

// PatchConversationSummaryFeedback changes feedback already given on a
// generated summary: the agent's rating and the agent's own version of the
// summary.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback
type PatchConversationSummaryFeedback struct {
	ConversationID string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	SummaryID      string        `json:"summaryId" in:"path" jsonschema_description:"Summary id."`
	Rating         SummaryRating `json:"rating,omitempty" jsonschema_description:"The agent's rating of the summary."`
	Summary        string        `json:"summary,omitempty" jsonschema_description:"The agent's own summary text."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationSummaryFeedback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", t)
}

// PostConversationSuggestionEngagement records what the agent did with an
// agent-assist suggestion (opened, copied, dismissed or rated it) and answers
// with the saved engagement.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement
type PostConversationSuggestionEngagement struct {
	ConversationID string                   `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	SuggestionID   string                   `json:"suggestionId" in:"path" jsonschema_description:"Suggestion id."`
	EngagementType SuggestionEngagementType `json:"engagementType" jsonschema_description:"What the agent did; Feedback needs feedback."`
	Feedback       *SuggestionFeedback      `json:"feedback,omitempty" jsonschema_description:"The agent's rating, for engagementType Feedback."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationSuggestionEngagement) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement", t)
}

// PostConversationSummaryFeedback submits the agent's first feedback on a
// generated summary: the agent's own version of the summary and, optionally,
// a rating.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback
type PostConversationSummaryFeedback struct {
	ConversationID string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	SummaryID      string        `json:"summaryId" in:"path" jsonschema_description:"Summary id."`
	Rating         SummaryRating `json:"rating,omitempty" jsonschema_description:"The agent's rating of the summary."`
	Summary        string        `json:"summary" jsonschema_description:"The agent's own summary text."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationSummaryFeedback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", t)
}

// SuggestionFeedback is an agent's rating of an agent-assist suggestion.
type SuggestionFeedback struct {
	Rating SuggestionRating `json:"rating" jsonschema_description:"Whether the agent found it helpful."`
}

// SuggestionType is the kind of content an agent-assist suggestion offers.
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

// SuggestionState is where a Copilot suggestion stands: still suggested,
// accepted, dismissed, failed or rated.
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

// SummaryVisibility says whether a generated summary was shown to the agent.
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

// SummaryEngagementStatus says whether the agent copied a generated
// summary.
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

// SummaryRating is an agent's verdict on a generated summary.
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

// SuggestionEngagementType is what an agent did with an agent-assist
// suggestion.
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

// SuggestionRating is an agent's verdict on an agent-assist suggestion.
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
			Name:            "genesys_conversations_get_conversation_suggestion",
			ShortName:       "genesys_get_conversation_suggestion",
			Title:           "Get conversation suggestion",
			Description:     "Get one agent-assist (Copilot) suggestion: content (article, FAQ, canned response, script), trigger and state. Id from genesys_conversations_get_conversation_suggestions.",
			Toolset:         ToolsetAssist,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationSuggestion) },
		},
		{
			Name:            "genesys_conversations_get_conversation_suggestions",
			ShortName:       "genesys_get_conversation_suggestions",
			Title:           "List conversation suggestions",
			Description:     "List a conversation's agent-assist (Copilot) suggestions, optionally by type or state; cursor-paged via nextUri. Conversation id from genesys_conversations_get_conversations.",
			Toolset:         ToolsetAssist,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/suggestions",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationSuggestions) },
		},
		{
			Name:            "genesys_conversations_get_conversation_summaries",
			ShortName:       "genesys_get_conversation_summaries",
			Title:           "Get conversation summaries",
			Description:     "Get a conversation's AI summaries (overall and per session: reason, resolution, follow-up, wrap-up codes) with their ids. Conversation id from genesys_conversations_get_conversations.",
			Toolset:         ToolsetAssist,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/summaries",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationSummaries) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_summary_engagements",
			ShortName:   "genesys_patch_conversation_summary_engagements",
			Title:       "Record summary engagement",
			Description: "Record whether a generated summary was shown to the agent and whether they copied it. Summary id from genesys_conversations_get_conversation_summaries.",
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
			Title:       "Update summary feedback",
			Description: "Change given feedback (rating, own text) on a generated summary; first feedback uses genesys_conversations_post_conversation_summary_feedback. Summary id from genesys_conversations_get_conversation_summaries.",
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
			Title:       "Record suggestion engagement",
			Description: "Record what the agent did with an agent-assist suggestion: Opened, Copied, Dismissed, or Feedback with a rating. Each call saves one. Id from genesys_conversations_get_conversation_suggestions.",
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
			Title:       "Submit summary feedback",
			Description: "Give first feedback (agent's text, rating) on a generated summary; to change it use genesys_conversations_patch_conversation_summary_feedback. Summary id from genesys_conversations_get_conversation_summaries.",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback",
			New:         func() Tool { return new(PostConversationSummaryFeedback) },
		},
	}
}
