package tools

import (
	"context"
	"net/http"
)

// DeleteConversationParticipantCode revokes a code that was issued for adding a
// communication (for example another device) to a participant, so the code can
// no longer be used.
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}
type DeleteConversationParticipantCode struct {
	ConversationID       string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID        string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	AddCommunicationCode string `json:"addCommunicationCode" in:"path" jsonschema_description:"Code to revoke, as Genesys issued it; no tool lists them."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationParticipantCode) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}", t)
}

// DeleteConversationParticipantFlaggedReason clears the poor-quality flag that was
// set on a participant, the reverse of PutConversationParticipantFlaggedReason.
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason
type DeleteConversationParticipantFlaggedReason struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Id of the flagged participant."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversationParticipantFlaggedReason) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason", t)
}

// GetConversationParticipantSecureIVRSession reads one secure IVR session of a
// participant: the secure flow it runs, its state and the data handed to it.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}
type GetConversationParticipantSecureIVRSession struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"Customer participant id."`
	SecureSessionID string `json:"secureSessionId" in:"path" jsonschema_description:"Secure session id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantSecureIVRSession) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}", t)
}

// GetConversationParticipantSecureIVRSessions lists the secure IVR sessions that
// were started for a participant of a conversation.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions
type GetConversationParticipantSecureIVRSessions struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Customer participant id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationParticipantSecureIVRSessions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions", t)
}

// PatchCallParticipant changes one participant of a voice call: hold, mute,
// ad-hoc recording, confinement, disconnection or wrap-up. Only the fields that
// are set are sent.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}
type PatchCallParticipant struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}", t)
}

// PatchCallParticipantAttributes sets custom key/value attributes on a participant
// of a voice call.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes
type PatchCallParticipantAttributes struct {
	ConversationID string            `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string            `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Attributes     map[string]string `json:"attributes,omitempty" jsonschema_description:"Attributes to add or replace; others are kept."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes", t)
}

// PatchCallParticipantCommunication disconnects a single communication of a call
// participant, leaving its other communications alone. It does not apply wrap-up.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}
type PatchCallParticipantCommunication struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantCommunication) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}", t)
}

// PatchCallParticipantUser makes the same participant change as PatchCallParticipant,
// but on behalf of the given user.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}
type PatchCallParticipantUser struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	UserID         string `json:"userId" in:"path" jsonschema_description:"Id of the user to act for, usually the agent."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}", t)
}

// PatchCallbackParticipant changes one participant of a callback conversation:
// disconnection, hold, mute, recording or wrap-up. Only the fields that are set
// are sent.
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}
type PatchCallbackParticipant struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}", t)
}

// PatchCallbackParticipantAttributes sets custom key/value attributes on a
// participant of a callback conversation.
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes
type PatchCallbackParticipantAttributes struct {
	ConversationID string            `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string            `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Attributes     map[string]string `json:"attributes,omitempty" jsonschema_description:"Attributes to add or replace; others are kept."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes", t)
}

// PatchCallbackParticipantCommunication disconnects a single communication of a
// callback participant, leaving its other communications alone.
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}
type PatchCallbackParticipantCommunication struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID   string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbackParticipantCommunication) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}", t)
}

// PatchConversationParticipant changes one participant of a conversation of any
// media type: disconnection, hold, mute, recording, confinement or wrap-up. Only
// the fields that are set are sent.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/participants/{participantId}
type PatchConversationParticipant struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	MediaParticipantRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationParticipant) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/participants/{participantId}", t)
}

// PatchConversationParticipantAttributes sets custom key/value attributes on a
// participant of a conversation of any media type.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/participants/{participantId}/attributes
type PatchConversationParticipantAttributes struct {
	ConversationID string            `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string            `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	Attributes     map[string]string `json:"attributes,omitempty" jsonschema_description:"Attributes to add or replace; others are kept."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationParticipantAttributes) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/participants/{participantId}/attributes", t)
}

// PostConversationParticipantDigits plays DTMF tones into a call for a
// participant, as if the keys were pressed on a phone.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/digits
type PostConversationParticipantDigits struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant whose keys are sent."`
	Digits         string `json:"digits,omitempty" jsonschema_description:"Keys to send in order: 0-9, * and #, e.g. 1234#."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantDigits) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/digits", t)
}

// PostConversationParticipantSecureIVRSessions sends a participant, usually the
// customer, into a secure IVR flow (for example to collect card details without
// the agent hearing them) and returns the new session.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions
type PostConversationParticipantSecureIVRSessions struct {
	ConversationID      string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID       string `json:"participantId" in:"path" jsonschema_description:"Customer participant to send in."`
	SourceParticipantID string `json:"sourceParticipantId,omitempty" jsonschema_description:"Requesting agent's participant id."`
	FlowID              string `json:"flowId" jsonschema_description:"Published secure flow id; no tool lists flows."`
	UserData            string `json:"userData" jsonschema_description:"Text passed to the flow, such as an order reference."`
	Disconnect          *bool  `json:"disconnect,omitempty" jsonschema_description:"True drops the agent once it starts; default false."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantSecureIVRSessions) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions", t)
}

// PutConversationParticipantFlaggedReason flags a participant to report poor
// conversation quality (for example bad audio).
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason
type PutConversationParticipantFlaggedReason struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationParticipantFlaggedReason) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason", t)
}

// MediaParticipantRequest is the body shared by the participant update tools. Every
// field is optional and only the fields that are set are sent, so a call changes
// just what it names: for example {"held": true} holds the participant,
// {"muted": false} unmutes it, {"state": "disconnected"} hangs it up and
// {"wrapup": {...}} records its wrap-up. The *bool fields are pointers so that
// an explicit false (unhold, unmute, stop recording) is sent.
type MediaParticipantRequest struct {
	Wrapup        *WrapupInput       `json:"wrapup,omitempty" jsonschema_description:"Wrap-up to record; ignored by the single-communication tools."`
	State         CommunicationState `json:"state,omitempty" jsonschema_description:"Only disconnected (hang up) or connected (e.g. answer)."`
	Recording     *bool              `json:"recording,omitempty" jsonschema_description:"True starts ad-hoc recording, false stops it."`
	Muted         *bool              `json:"muted,omitempty" jsonschema_description:"True mutes, false unmutes."`
	Confined      *bool              `json:"confined,omitempty" jsonschema_description:"Ad-hoc conference only: true confines (hold music)."`
	Held          *bool              `json:"held,omitempty" jsonschema_description:"True holds, false resumes."`
	WrapupSkipped *bool              `json:"wrapupSkipped,omitempty" jsonschema_description:"True ends after-call work without a code."`
	ResumeTime    string             `json:"resumeTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"When a parked communication resumes."`
}

func participantTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_delete_conversation_participant_code",
			ShortName:   "genesys_delete_conversation_participant_code",
			Title:       "Revoke participant add-communication code",
			Description: "Revokes a code issued for adding a communication (such as another device) to a participant. Ids from genesys_conversations_get_conversation; no tool lists the codes.",
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
			Title:       "Clear participant quality flag",
			Description: "Clears a participant's poor-quality flag, undoing genesys_conversations_put_conversation_participant_flaggedreason. Ids from genesys_conversations_get_conversation.",
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
			Title:       "Get secure IVR session",
			Description: "Gets one secure IVR session of a participant: flow, state, data, whether the agent was dropped. Session id from genesys_conversations_get_conversation_participant_secureivrsessions.",
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
			Title:       "List participant secure IVR sessions",
			Description: "Lists a participant's secure IVR sessions with id, flow and state. Ids from genesys_conversations_get_call or genesys_conversations_get_conversation.",
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
			Title:       "Hold, mute or disconnect call participant",
			Description: "Holds, mutes, records, confines, disconnects or wraps up one call participant; send only what changes. Ids from genesys_conversations_get_call. Other media: genesys_conversations_patch_conversation_participant.",
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
			Title:       "Update call participant attributes",
			Description: "Adds or replaces custom attributes on a call participant; others are kept. Ids from genesys_conversations_get_call, which shows the current ones.",
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
			Title:       "Disconnect one call communication",
			Description: "Disconnects one communication of a call participant (state disconnected), leaving the rest; no wrap-up. Ids from genesys_conversations_get_conversation (participants[].calls[].id).",
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
			Title:       "Update call participant for user",
			Description: "Same as genesys_conversations_patch_call_participant, made on behalf of a user, such as an integration acting for an agent. Ids from genesys_conversations_get_call; userId is usually the agent's.",
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
			Title:       "Update callback participant",
			Description: "Changes one callback participant: disconnect, hold, mute, recording or wrap-up; send only what changes. Ids from genesys_conversations_get_callback. To reschedule use genesys_conversations_patch_callbacks.",
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
			Title:       "Update callback participant attributes",
			Description: "Adds or replaces custom attributes on a callback participant; others are kept. Ids from genesys_conversations_get_callback, which shows the current ones.",
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
			Title:       "Disconnect one callback communication",
			Description: "Disconnects one communication of a callback participant (state disconnected), leaving the rest. Ids from genesys_conversations_get_conversation (participants[].callbacks[].id).",
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
			Title:       "Update a conversation participant",
			Description: "Changes one participant of any media type: disconnect, hold, mute, recording, confine or wrap-up; send only what changes. Ids from genesys_conversations_get_conversation.",
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
			Title:       "Update conversation participant attributes",
			Description: "Adds or replaces custom attributes on a participant of any media type; others are kept. Ids from genesys_conversations_get_conversation.",
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
			Title:       "Send DTMF digits",
			Description: "Sends DTMF tones for a call participant, as if keys were pressed (such as to navigate an IVR). Each call resends them; do not repeat blindly. Ids from genesys_conversations_get_call.",
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
			Title:       "Start secure IVR session",
			Description: "Sends a call's customer into a secure IVR flow (such as card capture the agent must not hear); returns the session. Customer and agent participant ids from genesys_conversations_get_call.",
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
			Title:       "Flag participant for poor quality",
			Description: "Flags a participant for poor conversation quality, such as bad audio. Ids from genesys_conversations_get_conversation. Clear with genesys_conversations_delete_conversation_participant_flaggedreason.",
			Toolset:     ToolsetParticipants,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason",
			New:         func() Tool { return new(PutConversationParticipantFlaggedReason) },
		},
	}
}
