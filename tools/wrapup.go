package tools

import (
	"context"
	"net/http"
)

// GetCallParticipantCommunicationWrapup reads the wrap-up (code, notes,
// tags, duration) assigned to one communication of a participant on a call.
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type GetCallParticipantCommunicationWrapup struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	Provisional     bool   `json:"provisional,omitempty" in:"query" jsonschema_description:"True returns the draft wrap-up, not the final one."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// GetCallParticipantWrapup reads the wrap-up assigned to a participant on a
// call.
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup
type GetCallParticipantWrapup struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Provisional    bool   `json:"provisional,omitempty" in:"query" jsonschema_description:"True returns the draft wrap-up, not the final one."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetCallParticipantWrapupCodes lists the wrap-up codes a participant on a
// call may apply.
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes
type GetCallParticipantWrapupCodes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// GetCallbackParticipantCommunicationWrapup reads the wrap-up assigned to
// one communication of a participant on a callback.
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type GetCallbackParticipantCommunicationWrapup struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	Provisional     bool   `json:"provisional,omitempty" in:"query" jsonschema_description:"True returns the draft wrap-up, not the final one."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// GetCallbackParticipantWrapup reads the wrap-up assigned to a participant
// on a callback.
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup
type GetCallbackParticipantWrapup struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Provisional    bool   `json:"provisional,omitempty" in:"query" jsonschema_description:"True returns the draft wrap-up, not the final one."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetCallbackParticipantWrapupCodes lists the wrap-up codes a participant on
// a callback may apply.
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes
type GetCallbackParticipantWrapupCodes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// GetConversationParticipantWrapup reads the wrap-up assigned to a
// participant of a conversation of any media type.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/wrapup
type GetConversationParticipantWrapup struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Provisional    bool   `json:"provisional,omitempty" in:"query" jsonschema_description:"True returns the draft wrap-up, not the final one."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetConversationParticipantWrapupCodes lists the wrap-up codes a
// participant of a conversation of any media type may apply.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes
type GetConversationParticipantWrapupCodes struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// PostCallParticipantCommunicationWrapup applies a wrap-up (code, notes,
// tags) to one communication of a participant on a call, or saves a
// provisional one.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type PostCallParticipantCommunicationWrapup struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"The agent's participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	WrapupInput
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// PostCallbackParticipantCommunicationWrapup applies a wrap-up (code, notes,
// tags) to one communication of a participant on a callback, or saves a
// provisional one.
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type PostCallbackParticipantCommunicationWrapup struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"The agent's participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	WrapupInput
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbackParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// WrapupInput is the after-call work an agent records for a communication:
// the wrap-up code, free-text notes, tags and timing. A final wrap-up needs
// a code; a provisional one may be saved without.
type WrapupInput struct {
	Code                  string   `json:"code,omitempty" jsonschema_description:"Code id from a wrapupcodes tool."`
	Name                  string   `json:"name,omitempty" jsonschema_description:"Code name, for readability."`
	Notes                 string   `json:"notes,omitempty" jsonschema_description:"Agent's free-text notes."`
	Tags                  []string `json:"tags,omitempty" jsonschema_description:"Tags describing the outcome."`
	DurationSeconds       int      `json:"durationSeconds,omitempty" jsonschema_description:"After-call work time, seconds."`
	EndTime               string   `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"When wrap-up finished."`
	Provisional           *bool    `json:"provisional,omitempty" jsonschema_description:"True saves a draft; no code needed."`
	DisableEndTimeUpdates *bool    `json:"disableEndTimeUpdates,omitempty" jsonschema_description:"True freezes the end time."`
}

func wrapupTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_call_participant_communication_wrapup",
			ShortName:   "genesys_get_call_participant_communication_wrapup",
			Title:       "Get call communication wrap-up",
			Description: "Reads the wrap-up (code, notes, tags, duration) of one communication of a call participant; provisional shows a draft. Ids from genesys_conversations_get_conversation (participants[].calls[].id).",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(GetCallParticipantCommunicationWrapup) },
		},
		{
			Name:        "genesys_conversations_get_call_participant_wrapup",
			ShortName:   "genesys_get_call_participant_wrapup",
			Title:       "Get call participant wrap-up",
			Description: "Reads a call participant's wrap-up (code, notes, tags, duration); provisional shows a draft. Ids from genesys_conversations_get_call.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup",
			New:         func() Tool { return new(GetCallParticipantWrapup) },
		},
		{
			Name:        "genesys_conversations_get_call_participant_wrapupcodes",
			ShortName:   "genesys_get_call_participant_wrapupcodes",
			Title:       "List wrap-up codes for a call",
			Description: "Lists the wrap-up codes a call participant (usually the agent) may use, with id and name. Ids from genesys_conversations_get_call.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes",
			New:         func() Tool { return new(GetCallParticipantWrapupCodes) },
		},
		{
			Name:        "genesys_conversations_get_callback_participant_communication_wrapup",
			ShortName:   "genesys_get_callback_participant_communication_wrapup",
			Title:       "Get callback communication wrap-up",
			Description: "Reads the wrap-up (code, notes, tags, duration) of one communication of a callback participant; provisional shows a draft. Ids from genesys_conversations_get_conversation (participants[].callbacks[].id).",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(GetCallbackParticipantCommunicationWrapup) },
		},
		{
			Name:        "genesys_conversations_get_callback_participant_wrapup",
			ShortName:   "genesys_get_callback_participant_wrapup",
			Title:       "Get callback participant wrap-up",
			Description: "Reads a callback participant's wrap-up (code, notes, tags, duration); provisional shows a draft. Ids from genesys_conversations_get_callback.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup",
			New:         func() Tool { return new(GetCallbackParticipantWrapup) },
		},
		{
			Name:        "genesys_conversations_get_callback_participant_wrapupcodes",
			ShortName:   "genesys_get_callback_participant_wrapupcodes",
			Title:       "List wrap-up codes for a callback",
			Description: "Lists the wrap-up codes a callback participant (usually the agent) may use, with id and name. Ids from genesys_conversations_get_callback.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes",
			New:         func() Tool { return new(GetCallbackParticipantWrapupCodes) },
		},
		{
			Name:        "genesys_conversations_get_conversation_participant_wrapup",
			ShortName:   "genesys_get_conversation_participant_wrapup",
			Title:       "Get participant wrap-up",
			Description: "Reads the wrap-up (code, notes, tags, duration) of a participant of any media type; provisional shows a draft. Ids from genesys_conversations_get_conversation.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapup",
			New:         func() Tool { return new(GetConversationParticipantWrapup) },
		},
		{
			Name:        "genesys_conversations_get_conversation_participant_wrapupcodes",
			ShortName:   "genesys_get_conversation_participant_wrapupcodes",
			Title:       "List wrap-up codes for a participant",
			Description: "Lists the wrap-up codes a participant of any media type (usually the agent) may use, with id and name. Ids from genesys_conversations_get_conversation.",
			Toolset:     ToolsetWrapup,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes",
			New:         func() Tool { return new(GetConversationParticipantWrapupCodes) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_communication_wrapup",
			ShortName:   "genesys_post_call_participant_communication_wrapup",
			Title:       "Apply wrap-up to a call",
			Description: "Records wrap-up for one communication of a call participant. Ids from genesys_conversations_get_conversation; codes from genesys_conversations_get_call_participant_wrapupcodes.",
			Toolset:     ToolsetWrapup,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(PostCallParticipantCommunicationWrapup) },
		},
		{
			Name:        "genesys_conversations_post_callback_participant_communication_wrapup",
			ShortName:   "genesys_post_callback_participant_communication_wrapup",
			Title:       "Apply wrap-up to a callback",
			Description: "Records wrap-up for one communication of a callback participant. Ids from genesys_conversations_get_conversation; codes from genesys_conversations_get_callback_participant_wrapupcodes.",
			Toolset:     ToolsetWrapup,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(PostCallbackParticipantCommunicationWrapup) },
		},
	}
}
