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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	SuggestionID   string `json:"suggestionId" in:"path" jsonschema_description:"Suggestion id, from the entities of genesys_conversations_get_conversation_suggestions."`
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
	ConversationID string          `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	Before         string          `json:"before,omitempty" in:"query" jsonschema_description:"Cursor for the previous page: the before value inside previousUri of an earlier answer."`
	After          string          `json:"after,omitempty" in:"query" jsonschema_description:"Cursor for the next page: the after value inside nextUri of an earlier answer; omit for the first page."`
	PageSize       string          `json:"pageSize,omitempty" in:"query" jsonschema_description:"Number of suggestions per page, written as a string such as '50'; at most 200."`
	Type           SuggestionType  `json:"type,omitempty" in:"query" jsonschema_description:"Only return suggestions of this type, such as KnowledgeArticle or CannedResponse."`
	State          SuggestionState `json:"state,omitempty" in:"query" jsonschema_description:"Only return Copilot suggestions in this state, such as Suggested or Accepted."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
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
	ConversationID string                  `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	SummaryID      string                  `json:"summaryId" in:"path" jsonschema_description:"Summary id, from the summary or sessionSummaries of genesys_conversations_get_conversation_summaries."`
	Visibility     SummaryVisibility       `json:"visibility,omitempty" jsonschema_description:"Whether the summary was shown to the agent."`
	Status         SummaryEngagementStatus `json:"status,omitempty" jsonschema_description:"Whether the agent copied the summary text."`
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
	ConversationID string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	SummaryID      string        `json:"summaryId" in:"path" jsonschema_description:"Summary id, from the summary or sessionSummaries of genesys_conversations_get_conversation_summaries."`
	Rating         SummaryRating `json:"rating,omitempty" jsonschema_description:"The agent's rating of the generated summary."`
	Summary        string        `json:"summary,omitempty" jsonschema_description:"The agent's own text of the conversation summary."`
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
	ConversationID string                   `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	SuggestionID   string                   `json:"suggestionId" in:"path" jsonschema_description:"Suggestion id, from the entities of genesys_conversations_get_conversation_suggestions."`
	EngagementType SuggestionEngagementType `json:"engagementType" jsonschema_description:"What the agent did with the suggestion; use Feedback together with a feedback rating."`
	Feedback       *SuggestionFeedback      `json:"feedback,omitempty" jsonschema_description:"The agent's rating of the suggestion, when engagementType is Feedback."`
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
	ConversationID string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	SummaryID      string        `json:"summaryId" in:"path" jsonschema_description:"Summary id, from the summary or sessionSummaries of genesys_conversations_get_conversation_summaries."`
	Rating         SummaryRating `json:"rating,omitempty" jsonschema_description:"The agent's rating of the generated summary."`
	Summary        string        `json:"summary" jsonschema_description:"The agent's own text of the conversation summary; required."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationSummaryFeedback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", t)
}

// SuggestionFeedback is an agent's rating of an agent-assist suggestion.
type SuggestionFeedback struct {
	Rating SuggestionRating `json:"rating" jsonschema_description:"Whether the agent found the suggestion helpful (Positive) or not (Negative)."`
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
			Description:     "Get one agent-assist (Copilot) suggestion raised in a conversation, with its content (knowledge article, FAQ, canned response, script or third-party text), trigger, context and state. Get the suggestion id from genesys_conversations_get_conversation_suggestions.",
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
			Description:     "List the agent-assist (Copilot) suggestions raised during a conversation, optionally only one type or state, in pages of up to 200 (pageSize is a string). Follow the after cursor from nextUri for more. The conversation id comes from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
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
			Description:     "Get the AI-generated summaries of a conversation: the overall summary and per-session summaries, with reason, resolution, follow-up and predicted wrap-up codes. The answer holds the summary ids used by the summary feedback and engagement tools. The conversation id comes from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
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
			Description: "Record whether a generated conversation summary was shown to the agent and whether the agent copied it. Send only the fields to change. Get the summary id from genesys_conversations_get_conversation_summaries.",
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
			Description: "Change the agent's feedback on a generated conversation summary: the rating and/or the agent's own summary text. Use genesys_conversations_post_conversation_summary_feedback to give feedback the first time. Get the summary id from genesys_conversations_get_conversation_summaries.",
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
			Description: "Record what the agent did with an agent-assist suggestion: Opened, Copied, Dismissed, or Feedback with a Positive or Negative rating. Each call saves a new engagement. Get the suggestion id from genesys_conversations_get_conversation_suggestions.",
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
			Description: "Submit the agent's feedback on a generated conversation summary: the agent's own summary text (required) and an optional rating. To change feedback already given, use genesys_conversations_patch_conversation_summary_feedback. Get the summary id from genesys_conversations_get_conversation_summaries.",
			Toolset:     ToolsetAssist,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback",
			New:         func() Tool { return new(PostConversationSummaryFeedback) },
		},
	}
}
