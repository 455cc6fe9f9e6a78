package tools

import (
	"context"
	"net/http"
)

// DeleteConversation ends a conversation of any media type by disconnecting
// every participant in it.
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}
type DeleteConversation struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversation) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}", t)
}

// GetConversation fetches one conversation of any media type, with its
// participants and each participant's calls, callbacks, chats, emails and
// messages.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}
type GetConversation struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversation) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}", t)
}

// GetConversations lists the active conversations of the user behind the
// access token, optionally limited to one communication type.
//
// Genesys Cloud API: GET /api/v2/conversations
type GetConversations struct {
	CommunicationType string `json:"communicationType,omitempty" in:"query" jsonschema_description:"Only this type, such as call or chat; omit for all."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversations) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations", t)
}

// GetConversationsEmail fetches an email conversation with its email
// participants.
//
// Genesys Cloud API: GET /api/v2/conversations/emails/{conversationId}
type GetConversationsEmail struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Email conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsEmail) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/emails/{conversationId}", t)
}

// GetConversationsEmails lists the token user's active conversations that
// include email, with the state of each email participant, so a caller can
// tell whether the user is handling an email right now.
//
// Genesys Cloud API: GET /api/v2/conversations/emails
type GetConversationsEmails struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsEmails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/emails", t)
}

// GetConversationsMessage fetches a messaging conversation (SMS, web
// messaging, social channels) with its message participants.
//
// Genesys Cloud API: GET /api/v2/conversations/messages/{conversationId}
type GetConversationsMessage struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Messaging conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsMessage) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/messages/{conversationId}", t)
}

// GetConversationsMessages lists the token user's active conversations that
// include messaging, with the state of each message participant.
//
// Genesys Cloud API: GET /api/v2/conversations/messages
type GetConversationsMessages struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/messages", t)
}

// PatchConversationUtilizationLabel sets the utilization label of a
// conversation; sending no label restores the system default.
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/utilizationlabel
type PatchConversationUtilizationLabel struct {
	ConversationID     string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	UtilizationLabelID string `json:"utilizationLabelId,omitempty" jsonschema_description:"Utilization label id; omit for the system default."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationUtilizationLabel) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/utilizationlabel", t)
}

// PostConversationAssign hands a conversation directly to a chosen user,
// ignoring bullseye rings, preferred-agent scores, skills and languages.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/assign
type PostConversationAssign struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of the waiting conversation."`
	ID             string `json:"id" jsonschema_description:"User id of the agent who gets it."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationAssign) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/assign", t)
}

// PostConversationBarge barges the requesting user into a conversation,
// turning its connected participants into a barged-in conference.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/barge
type PostConversationBarge struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationBarge) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/barge", t)
}

// PostConversationCobrowse starts a cobrowse session on a web messaging or
// voice conversation and returns its join code and WebSocket URL.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/cobrowse
type PostConversationCobrowse struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Web messaging or voice conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCobrowse) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/cobrowse", t)
}

// PostConversationDisconnect tears a whole conversation down: it disconnects
// all connected media and applies a system wrap-up code to participants
// still pending wrap-up. It is a recovery tool for stuck conversations, not
// the normal way to end one.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/disconnect
type PostConversationDisconnect struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of the stuck conversation."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationDisconnect) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/disconnect", t)
}

// PutConversationTags replaces the external tag of a conversation.
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/tags
type PutConversationTags struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ExternalTag    string `json:"externalTag" jsonschema_description:"Tag text, such as a ticket or CRM reference; replaces the old tag."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationTags) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/tags", t)
}

// Participant is one party of a conversation as sent in a Conversation body
// (ConversationUpdate): either a new party to add, usually given by address
// (a phone number) or userId, or an existing participant given by id. Most
// timing and state fields are kept by Genesys Cloud and are normally left
// empty.
type Participant struct {
	ID                               string               `json:"id,omitempty" jsonschema_description:"Id to update; omit for a new party."`
	StartTime                        string               `json:"startTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"Join time; leave unset."`
	EndTime                          string               `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"Leave time; leave unset."`
	ConnectedTime                    string               `json:"connectedTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"Connect time; leave unset."`
	Name                             string               `json:"name,omitempty" jsonschema_description:"Display name."`
	UserURI                          string               `json:"userUri,omitempty" jsonschema_description:"User URI; leave unset."`
	UserID                           string               `json:"userId,omitempty" jsonschema_description:"User id, for an internal user."`
	ExternalContactID                string               `json:"externalContactId,omitempty" jsonschema_description:"External contact id."`
	ExternalContactInitialDivisionID string               `json:"externalContactInitialDivisionId,omitempty" jsonschema_description:"Set by Genesys; leave unset."`
	ExternalOrganizationID           string               `json:"externalOrganizationId,omitempty" jsonschema_description:"External organization id."`
	QueueID                          string               `json:"queueId,omitempty" jsonschema_description:"ACD queue id."`
	GroupID                          string               `json:"groupId,omitempty" jsonschema_description:"Group id."`
	TeamID                           string               `json:"teamId,omitempty" jsonschema_description:"Team id when it was added."`
	QueueName                        string               `json:"queueName,omitempty" jsonschema_description:"Queue name; informational only."`
	Purpose                          string               `json:"purpose,omitempty" jsonschema_description:"Role, such as agent or customer."`
	ParticipantType                  string               `json:"participantType,omitempty" jsonschema_description:"Set by Genesys; leave unset."`
	ConsultParticipantID             string               `json:"consultParticipantId,omitempty" jsonschema_description:"Consult: id of the party transferred."`
	Address                          string               `json:"address,omitempty" jsonschema_description:"Number to dial, e.g. +13175551234."`
	ANI                              string               `json:"ani,omitempty" jsonschema_description:"Calling number (ANI)."`
	ANIName                          string               `json:"aniName,omitempty" jsonschema_description:"Caller name for the ANI."`
	DNIS                             string               `json:"dnis,omitempty" jsonschema_description:"Dialed number (DNIS)."`
	Locale                           string               `json:"locale,omitempty" jsonschema_description:"Language code, such as en or fr."`
	WrapupRequired                   *bool                `json:"wrapupRequired,omitempty" jsonschema_description:"Whether wrap-up is required."`
	WrapupPrompt                     WrapupPrompt         `json:"wrapupPrompt,omitempty" jsonschema_description:"How wrap-up is prompted."`
	WrapupTimeoutMs                  int                  `json:"wrapupTimeoutMs,omitempty" jsonschema_description:"Timed wrap-up length, ms."`
	WrapupSkipped                    *bool                `json:"wrapupSkipped,omitempty" jsonschema_description:"True if wrap-up was skipped."`
	Wrapup                           *ParticipantWrapup   `json:"wrapup,omitempty" jsonschema_description:"Wrap-up: code, notes, tags."`
	MediaRoles                       []string             `json:"mediaRoles,omitempty" jsonschema_description:"Media roles, such as monitor."`
	AlertingTimeoutMs                int                  `json:"alertingTimeoutMs,omitempty" jsonschema_description:"Ms to answer before not-responding."`
	MonitoredParticipantID           string               `json:"monitoredParticipantId,omitempty" jsonschema_description:"Id of the monitored participant."`
	CoachedParticipantID             string               `json:"coachedParticipantId,omitempty" jsonschema_description:"Id of the coached participant."`
	Attributes                       map[string]string    `json:"attributes,omitempty" jsonschema_description:"Custom string key-value pairs."`
	ScreenRecordingState             ScreenRecordingState `json:"screenRecordingState,omitempty" jsonschema_description:"Screen recording state."`
	FlaggedReason                    FlaggedReason        `json:"flaggedReason,omitempty" jsonschema_description:"Why it was flagged."`
	StartACWTime                     string               `json:"startAcwTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"ACW start; leave unset."`
	EndACWTime                       string               `json:"endAcwTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"ACW end; leave unset."`
	BargedParticipantID              string               `json:"bargedParticipantId,omitempty" jsonschema_description:"Id of the barged participant."`
}

// ConversationDivisionMembership names a division a conversation belongs to
// and the conversation's entities (users, queues, flows) in that division.
type ConversationDivisionMembership struct {
	Division *DomainEntityRef    `json:"division,omitempty" jsonschema_description:"The division."`
	Entities []DivisionEntityRef `json:"entities,omitempty" jsonschema_description:"Entities in this division."`
}

// TransferResponse is one transfer command applied to a conversation, as
// listed in a conversation's recent transfers.
type TransferResponse struct {
	ID           string               `json:"id,omitempty" jsonschema_description:"Transfer command id."`
	State        TransferState        `json:"state,omitempty" jsonschema_description:"Transfer progress."`
	DateIssued   string               `json:"dateIssued,omitempty" jsonschema:"format=date-time" jsonschema_description:"When it was issued."`
	Initiator    *TransferInitiator   `json:"initiator,omitempty" jsonschema_description:"Who issued it."`
	Destination  *TransferDestination `json:"destination,omitempty" jsonschema_description:"Where it sends the conversation."`
	TransferType TransferType         `json:"transferType,omitempty" jsonschema_description:"Transfer type."`
}

// ParticipantWrapup is the wrap-up (disposition) a participant recorded for
// a conversation: the code chosen, free-text notes and tags.
type ParticipantWrapup struct {
	Code            string   `json:"code,omitempty" jsonschema_description:"Wrap-up code id."`
	Name            string   `json:"name,omitempty" jsonschema_description:"Wrap-up code name."`
	Notes           string   `json:"notes,omitempty" jsonschema_description:"Agent's free-text notes."`
	Tags            []string `json:"tags,omitempty" jsonschema_description:"Tags describing the outcome."`
	DurationSeconds int      `json:"durationSeconds,omitempty" jsonschema_description:"After-call work time, seconds."`
	EndTime         string   `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"When wrap-up finished."`
	Provisional     *bool    `json:"provisional,omitempty" jsonschema_description:"True saves a draft; no code needed."`
}

// DomainEntityRef is a reference to another Genesys Cloud object by id, with
// its name and URI when known.
type DomainEntityRef struct {
	ID      string `json:"id,omitempty" jsonschema_description:"Object id."`
	Name    string `json:"name,omitempty" jsonschema_description:"Object name."`
	SelfURI string `json:"selfUri,omitempty" jsonschema_description:"API URI of the object."`
}

// DivisionEntityRef is a reference to an entity assigned to a division, with
// the time its division last changed.
type DivisionEntityRef struct {
	ID                  string `json:"id,omitempty" jsonschema_description:"Entity id."`
	Name                string `json:"name,omitempty" jsonschema_description:"Entity name."`
	SelfURI             string `json:"selfUri,omitempty" jsonschema_description:"API URI of the entity."`
	DateDivisionUpdated string `json:"dateDivisionUpdated,omitempty" jsonschema:"format=date-time" jsonschema_description:"When its division last changed."`
}

// TransferInitiator says who issued a transfer command.
type TransferInitiator struct {
	UserID string `json:"userId,omitempty" jsonschema_description:"Id of the user who issued it."`
}

// TransferDestination says where a transfer command sends the conversation:
// a user or an address.
type TransferDestination struct {
	UserID  string `json:"userId,omitempty" jsonschema_description:"Target user id."`
	Address string `json:"address,omitempty" jsonschema_description:"Target address, such as a number."`
}

// WrapupPrompt says how the agent's interface asks for wrap-up: required,
// optional, only on request, or within a time limit.
type WrapupPrompt string

// WrapupPrompt values.
const (
	WrapupPromptMandatory      WrapupPrompt = "mandatory"
	WrapupPromptOptional       WrapupPrompt = "optional"
	WrapupPromptAgentRequested WrapupPrompt = "agentRequested"
	WrapupPromptTimeout        WrapupPrompt = "timeout"
	WrapupPromptForcedTimeout  WrapupPrompt = "forcedTimeout"
)

// EnumValues lists the values Genesys Cloud accepts for WrapupPrompt.
func (WrapupPrompt) EnumValues() []string {
	return []string{
		string(WrapupPromptMandatory),
		string(WrapupPromptOptional),
		string(WrapupPromptAgentRequested),
		string(WrapupPromptTimeout),
		string(WrapupPromptForcedTimeout),
	}
}

// ScreenRecordingState is the state of a participant's screen recording.
type ScreenRecordingState string

// ScreenRecordingState values.
const (
	ScreenRecordingStateRequested ScreenRecordingState = "requested"
	ScreenRecordingStateActive    ScreenRecordingState = "active"
	ScreenRecordingStatePaused    ScreenRecordingState = "paused"
	ScreenRecordingStateStopped   ScreenRecordingState = "stopped"
	ScreenRecordingStateError     ScreenRecordingState = "error"
	ScreenRecordingStateTimeout   ScreenRecordingState = "timeout"
)

// EnumValues lists the values Genesys Cloud accepts for ScreenRecordingState.
func (ScreenRecordingState) EnumValues() []string {
	return []string{
		string(ScreenRecordingStateRequested),
		string(ScreenRecordingStateActive),
		string(ScreenRecordingStatePaused),
		string(ScreenRecordingStateStopped),
		string(ScreenRecordingStateError),
		string(ScreenRecordingStateTimeout),
	}
}

// FlaggedReason says why a participant flagged a conversation for attention.
type FlaggedReason string

// FlaggedReason values.
const (
	FlaggedReasonGeneral FlaggedReason = "general"
)

// EnumValues lists the values Genesys Cloud accepts for FlaggedReason.
func (FlaggedReason) EnumValues() []string {
	return []string{
		string(FlaggedReasonGeneral),
	}
}

// TransferState is the progress of a transfer command, from Pending to a
// final Complete, Canceled, Failed or Timeout.
type TransferState string

// TransferState values.
const (
	TransferStatePending  TransferState = "Pending"
	TransferStateActive   TransferState = "Active"
	TransferStateComplete TransferState = "Complete"
	TransferStateCanceled TransferState = "Canceled"
	TransferStateFailed   TransferState = "Failed"
	TransferStateTimeout  TransferState = "Timeout"
	TransferStateUnknown  TransferState = "Unknown"
)

// EnumValues lists the values Genesys Cloud accepts for TransferState.
func (TransferState) EnumValues() []string {
	return []string{
		string(TransferStatePending),
		string(TransferStateActive),
		string(TransferStateComplete),
		string(TransferStateCanceled),
		string(TransferStateFailed),
		string(TransferStateTimeout),
		string(TransferStateUnknown),
	}
}

func conversationTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_delete_conversation",
			ShortName:   "genesys_delete_conversation",
			Title:       "End a conversation",
			Description: "Ends a conversation of any media type by disconnecting all its participants. Id from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
			Toolset:     ToolsetConversations,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}",
			New:         func() Tool { return new(DeleteConversation) },
		},
		{
			Name:            "genesys_conversations_get_conversation",
			ShortName:       "genesys_get_conversation",
			Title:           "Get conversation",
			Description:     "Gets a conversation of any media type: participants and each one's calls, callbacks, chats, emails and messages, with their ids. Id from genesys_conversations_get_conversations or the analytics tools.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversation) },
		},
		{
			Name:            "genesys_conversations_get_conversations",
			ShortName:       "genesys_get_conversations",
			Title:           "List my active conversations",
			Description:     "Lists the token user's active conversations, optionally of one type. Needs a user token, not client credentials. For other users or past conversations use the analytics tools.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversations) },
		},
		{
			Name:            "genesys_conversations_get_conversations_email",
			ShortName:       "genesys_get_conversations_email",
			Title:           "Get email conversation",
			Description:     "Gets an email conversation with its email participants: addresses, state, subject, wrap-up. Id from genesys_conversations_get_conversations_emails.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/emails/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationsEmail) },
		},
		{
			Name:            "genesys_conversations_get_conversations_emails",
			ShortName:       "genesys_get_conversations_emails",
			Title:           "List my active email conversations",
			Description:     "Lists the token user's active email conversations with each email participant's state. Needs a user token, not client credentials.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/emails",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationsEmails) },
		},
		{
			Name:            "genesys_conversations_get_conversations_message",
			ShortName:       "genesys_get_conversations_message",
			Title:           "Get message conversation",
			Description:     "Gets a messaging conversation (SMS, web messaging, social) with its message participants. Id from genesys_conversations_get_conversations_messages.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/messages/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationsMessage) },
		},
		{
			Name:            "genesys_conversations_get_conversations_messages",
			ShortName:       "genesys_get_conversations_messages",
			Title:           "List my active message conversations",
			Description:     "Lists the token user's active messaging conversations with each message participant's state. Needs a user token, not client credentials.",
			Toolset:         ToolsetConversations,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/messages",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationsMessages) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_utilizationlabel",
			ShortName:   "genesys_patch_conversation_utilizationlabel",
			Title:       "Set conversation utilization label",
			Description: "Sets the utilization label that picks which max-utilization limits a conversation counts against; omit it for the system default. Id from genesys_conversations_get_conversations.",
			Toolset:     ToolsetConversations,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/{conversationId}/utilizationlabel",
			New:         func() Tool { return new(PatchConversationUtilizationLabel) },
		},
		{
			Name:        "genesys_conversations_post_conversation_assign",
			ShortName:   "genesys_post_conversation_assign",
			Title:       "Assign conversation to a user",
			Description: "Forces a waiting conversation to one user, skipping bullseye, skills and languages; to transfer use genesys_conversations_post_conversation_participant_transfer. Id from the analytics tools.",
			Toolset:     ToolsetConversations,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/assign",
			New:         func() Tool { return new(PostConversationAssign) },
		},
		{
			Name:        "genesys_conversations_post_conversation_barge",
			ShortName:   "genesys_post_conversation_barge",
			Title:       "Barge into a conversation",
			Description: "Barges the token user (a supervisor) into a whole conversation as a conference. For one participant's call use genesys_conversations_post_call_participant_barge. Id from genesys_conversations_get_calls.",
			Toolset:     ToolsetConversations,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/barge",
			New:         func() Tool { return new(PostConversationBarge) },
		},
		{
			Name:        "genesys_conversations_post_conversation_cobrowse",
			ShortName:   "genesys_post_conversation_cobrowse",
			Title:       "Start a cobrowse session",
			Description: "Starts cobrowse on a web messaging or voice conversation; returns join code and WebSocket URL. Needs a cobrowse permission. Id from genesys_conversations_get_conversations.",
			Toolset:     ToolsetConversations,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/cobrowse",
			New:         func() Tool { return new(PostConversationCobrowse) },
		},
		{
			Name:        "genesys_conversations_post_conversation_disconnect",
			ShortName:   "genesys_post_conversation_disconnect",
			Title:       "Force conversation teardown",
			Description: "Recovery only: tears down a stuck conversation, dropping all media and applying a system wrap-up. Normally use genesys_conversations_delete_conversation. Id from genesys_conversations_get_conversations.",
			Toolset:     ToolsetConversations,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/disconnect",
			New:         func() Tool { return new(PostConversationDisconnect) },
		},
		{
			Name:        "genesys_conversations_put_conversation_tags",
			ShortName:   "genesys_put_conversation_tags",
			Title:       "Set conversation external tag",
			Description: "Replaces a conversation's external tag, such as a ticket or CRM reference. Id from genesys_conversations_get_conversations or genesys_conversations_get_calls.",
			Toolset:     ToolsetConversations,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/tags",
			New:         func() Tool { return new(PutConversationTags) },
		},
	}
}
