package tools

import (
	"context"
	"net/http"
)

// DeleteConversationParticipantCode TODO.
//
// spec: Delete a code used to add a communication to this participant |
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}
type DeleteConversationParticipantCode struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: addCommunicationCode
	AddCommunicationCode string `json:"addCommunicationCode" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationParticipantCode) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}", t)
}

// DeleteConversationParticipantFlaggedReason TODO.
//
// spec: Remove flagged reason from conversation participant. |
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason
type DeleteConversationParticipantFlaggedReason struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationParticipantFlaggedReason) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason", t)
}

// GetConversationParticipantSecureIVRSession TODO.
//
// spec: Fetch info on a secure session |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}
type GetConversationParticipantSecureIVRSession struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: secure IVR session ID
	SecureSessionID string `json:"secureSessionId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantSecureIVRSession) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}", t)
}

// GetConversationParticipantSecureIVRSessions TODO.
//
// spec: Get a list of secure sessions for this participant. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions
type GetConversationParticipantSecureIVRSessions struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantSecureIVRSessions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions", t)
}

// PatchCallParticipant TODO.
//
// spec: Update conversation participant |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}
type PatchCallParticipant struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}", t)
}

// PatchCallParticipantAttributes TODO.
//
// spec: Update the attributes on a conversation participant. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes
type PatchCallParticipantAttributes struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The map of attribute keys to values.
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes", t)
}

// PatchCallParticipantCommunication TODO.
//
// spec: Update conversation participant's communication by disconnecting it. This endpoint does not update wrapup. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}
type PatchCallParticipantCommunication struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantCommunication) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}", t)
}

// PatchCallParticipantUser TODO.
//
// spec: Update conversation participant on behalf of a user |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}
type PatchCallParticipantUser struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: userId
	UserID string `json:"userId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}", t)
}

// PatchCallbackParticipant TODO.
//
// spec: Update conversation participant |
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}
type PatchCallbackParticipant struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}", t)
}

// PatchCallbackParticipantAttributes TODO.
//
// spec: Update the attributes on a conversation participant. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes
type PatchCallbackParticipantAttributes struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The map of attribute keys to values.
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes", t)
}

// PatchCallbackParticipantCommunication TODO.
//
// spec: Update conversation participant's communication by disconnecting it. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}
type PatchCallbackParticipantCommunication struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipantCommunication) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}", t)
}

// PatchConversationParticipant TODO.
//
// spec: Update a participant. | Update conversation participant.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/participants/{participantId}
type PatchConversationParticipant struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/participants/{participantId}", t)
}

// PatchConversationParticipantAttributes TODO.
//
// spec: Update the attributes on a conversation participant. |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/participants/{participantId}/attributes
type PatchConversationParticipantAttributes struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The map of attribute keys to values.
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/participants/{participantId}/attributes", t)
}

// PostConversationParticipantDigits TODO.
//
// spec: Sends DTMF to the participant |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/digits
type PostConversationParticipantDigits struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: A string representing the digits pressed on phone.
	Digits string `json:"digits,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantDigits) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/digits", t)
}

// PostConversationParticipantSecureIVRSessions TODO.
//
// spec: Create secure IVR session. Only a participant in the conversation can invoke a secure IVR. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions
type PostConversationParticipantSecureIVRSessions struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: requesting participant
	SourceParticipantID string `json:"sourceParticipantId,omitempty" jsonschema_description:"TODO"`
	//spec: the flow id to execute in the secure session
	FlowID string `json:"flowId" jsonschema_description:"TODO"`
	//spec: user data for the secure session
	UserData string `json:"userData" jsonschema_description:"TODO"`
	//spec: if true, disconnect the agent after creating the session
	Disconnect *bool `json:"disconnect,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantSecureIVRSessions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions", t)
}

// PutConversationParticipantFlaggedReason TODO.
//
// spec: Set flagged reason on conversation participant to indicate bad conversation quality. |
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason
type PutConversationParticipantFlaggedReason struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationParticipantFlaggedReason) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason", t)
}

// MediaParticipantRequest TODO.
//
// spec model MediaParticipantRequest:
type MediaParticipantRequest struct {
	//spec: Wrap-up to assign to this participant.
	Wrapup *WrapupInput `json:"wrapup,omitempty" jsonschema_description:"TODO"`
	//spec: The state to update to set for this participant's communications. Possible values are: 'connected' and 'disconnected'.
	State CommunicationState `json:"state,omitempty" jsonschema_description:"TODO"`
	//spec: True to enable ad-hoc recording of this participant, otherwise false to disable recording.
	Recording *bool `json:"recording,omitempty" jsonschema_description:"TODO"`
	//spec: True to mute this conversation participant.
	Muted *bool `json:"muted,omitempty" jsonschema_description:"TODO"`
	//spec: True to confine this conversation participant. Should only be used for ad-hoc conferences
	Confined *bool `json:"confined,omitempty" jsonschema_description:"TODO"`
	//spec: True to hold this conversation participant.
	Held *bool `json:"held,omitempty" jsonschema_description:"TODO"`
	//spec: True to skip wrap-up for this participant.
	WrapupSkipped *bool `json:"wrapupSkipped,omitempty" jsonschema_description:"TODO"`
	//spec: Time to resume parked communication. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	ResumeTime string `json:"resumeTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
}

func participantTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_delete_conversation_participant_code",
			ShortName:   "genesys_delete_conversation_participant_code",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}",
			New:         func() Tool { return new(DeleteConversationParticipantCode) },
		},
		{
			Name:        "genesys_conversations_delete_conversation_participant_flaggedreason",
			ShortName:   "genesys_delete_conversation_participant_flaggedreason",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason",
			New:         func() Tool { return new(DeleteConversationParticipantFlaggedReason) },
		},
		{
			Name:        "genesys_conversations_get_conversation_participant_secureivrsession",
			ShortName:   "genesys_get_conversation_participant_secureivrsession",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}",
			New:         func() Tool { return new(GetConversationParticipantSecureIVRSession) },
		},
		{
			Name:        "genesys_conversations_get_conversation_participant_secureivrsessions",
			ShortName:   "genesys_get_conversation_participant_secureivrsessions",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions",
			New:         func() Tool { return new(GetConversationParticipantSecureIVRSessions) },
		},
		{
			Name:        "genesys_conversations_patch_call_participant",
			ShortName:   "genesys_patch_call_participant",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}",
			New:         func() Tool { return new(PatchCallParticipant) },
		},
		{
			Name:        "genesys_conversations_patch_call_participant_attributes",
			ShortName:   "genesys_patch_call_participant_attributes",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes",
			New:         func() Tool { return new(PatchCallParticipantAttributes) },
		},
		{
			Name:        "genesys_conversations_patch_call_participant_communication",
			ShortName:   "genesys_patch_call_participant_communication",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}",
			New:         func() Tool { return new(PatchCallParticipantCommunication) },
		},
		{
			Name:        "genesys_conversations_patch_call_participant_user_user_id",
			ShortName:   "genesys_patch_call_participant_user_user_id",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}",
			New:         func() Tool { return new(PatchCallParticipantUser) },
		},
		{
			Name:        "genesys_conversations_patch_callback_participant",
			ShortName:   "genesys_patch_callback_participant",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}",
			New:         func() Tool { return new(PatchCallbackParticipant) },
		},
		{
			Name:        "genesys_conversations_patch_callback_participant_attributes",
			ShortName:   "genesys_patch_callback_participant_attributes",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes",
			New:         func() Tool { return new(PatchCallbackParticipantAttributes) },
		},
		{
			Name:        "genesys_conversations_patch_callback_participant_communication",
			ShortName:   "genesys_patch_callback_participant_communication",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}",
			New:         func() Tool { return new(PatchCallbackParticipantCommunication) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_participant",
			ShortName:   "genesys_patch_conversation_participant",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}",
			New:         func() Tool { return new(PatchConversationParticipant) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_participant_attributes",
			ShortName:   "genesys_patch_conversation_participant_attributes",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/attributes",
			New:         func() Tool { return new(PatchConversationParticipantAttributes) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_digits",
			ShortName:   "genesys_post_conversation_participant_digits",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/digits",
			New:         func() Tool { return new(PostConversationParticipantDigits) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_secureivrsessions",
			ShortName:   "genesys_post_conversation_participant_secureivrsessions",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions",
			New:         func() Tool { return new(PostConversationParticipantSecureIVRSessions) },
		},
		{
			Name:        "genesys_conversations_put_conversation_participant_flaggedreason",
			ShortName:   "genesys_put_conversation_participant_flaggedreason",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason",
			New:         func() Tool { return new(PutConversationParticipantFlaggedReason) },
		},
	}
}
