package tools

import (
	"context"
	"net/http"
)

// GetCallParticipantCommunicationWrapup TODO.
//
// spec: Get the wrap-up for this conversation communication. |
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type GetCallParticipantCommunicationWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates whether or not to fetch provisional wrap-up code.
	Provisional bool `json:"provisional,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// GetCallParticipantWrapup TODO.
//
// spec: Get the wrap-up for this conversation participant. |
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup
type GetCallParticipantWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates whether or not to fetch provisional wrap-up code.
	Provisional bool `json:"provisional,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetCallParticipantWrapupCodes TODO.
//
// spec: Get list of wrapup codes for this conversation participant |
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes
type GetCallParticipantWrapupCodes struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// GetCallbackParticipantCommunicationWrapup TODO.
//
// spec: Get the wrap-up for this conversation communication. |
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type GetCallbackParticipantCommunicationWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates whether or not to fetch provisional wrap-up code.
	Provisional bool `json:"provisional,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// GetCallbackParticipantWrapup TODO.
//
// spec: Get the wrap-up for this conversation participant. |
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup
type GetCallbackParticipantWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates whether or not to fetch provisional wrap-up code.
	Provisional bool `json:"provisional,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetCallbackParticipantWrapupCodes TODO.
//
// spec: Get list of wrapup codes for this conversation participant |
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes
type GetCallbackParticipantWrapupCodes struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbackParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// GetConversationParticipantWrapup TODO.
//
// spec: Get the wrap-up for this conversation participant. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/wrapup
type GetConversationParticipantWrapup struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates if the wrap-up code is provisional.
	Provisional bool `json:"provisional,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapup", t)
}

// GetConversationParticipantWrapupCodes TODO.
//
// spec: Get list of wrapup codes for this conversation participant |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes
type GetConversationParticipantWrapupCodes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantWrapupCodes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes", t)
}

// PostCallParticipantCommunicationWrapup TODO.
//
// spec: Apply wrap-up for this conversation communication |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type PostCallParticipantCommunicationWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	WrapupInput
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// PostCallbackParticipantCommunicationWrapup TODO.
//
// spec: Apply wrap-up for this conversation communication |
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup
type PostCallbackParticipantCommunicationWrapup struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	WrapupInput
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbackParticipantCommunicationWrapup) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup", t)
}

// WrapupInput TODO.
//
// spec model WrapupInput:
type WrapupInput struct {
	//spec: The user configured wrap up code id.
	Code string `json:"code,omitempty" jsonschema_description:"TODO"`
	//spec: The user configured wrap up code name.
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec: Text entered by the agent to describe the call or disposition.
	Notes string `json:"notes,omitempty" jsonschema_description:"TODO"`
	//spec: List of tags selected by the agent to describe the call or disposition.
	Tags []string `json:"tags,omitempty" jsonschema_description:"TODO"`
	//spec: The length of time in seconds that the agent spent doing after call work.
	DurationSeconds int `json:"durationSeconds,omitempty" jsonschema_description:"TODO"`
	//spec: The timestamp when the wrapup was finished. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	EndTime string `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: Indicates if this is a pending save and should not require a code to be specified. This allows someone to save some temporary wrapup that will be used later.
	Provisional *bool `json:"provisional,omitempty" jsonschema_description:"TODO"`
	//spec: Prevent updates to wrapup end time when set to true.
	DisableEndTimeUpdates *bool `json:"disableEndTimeUpdates,omitempty" jsonschema_description:"TODO"`
}

func wrapupTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_call_participant_communication_wrapup",
			ShortName:   "genesys_get_call_participant_communication_wrapup",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetWrapup,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(PostCallParticipantCommunicationWrapup) },
		},
		{
			Name:        "genesys_conversations_post_conversations_call_participant_communication_wrapup",
			ShortName:   "genesys_post_conversations_call_participant_communication_wrapup",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetWrapup,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(PostCallParticipantCommunicationWrapup) },
		},
		{
			Name:        "genesys_conversations_post_callback_participant_communication_wrapup",
			ShortName:   "genesys_post_callback_participant_communication_wrapup",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetWrapup,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup",
			New:         func() Tool { return new(PostCallbackParticipantCommunicationWrapup) },
		},
	}
}
