package tools

import (
	"context"
	"net/http"
)

// DeleteConversation TODO.
//
// spec: Update a conversation by disconnecting all of the participants |
//
// Genesys Cloud API: DELETE /api/v2/conversations/{conversationId}
type DeleteConversation struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteConversation) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/{conversationId}", t)
}

// GetConversation TODO.
//
// spec: Get conversation |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}
type GetConversation struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversation) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}", t)
}

// GetConversations TODO.
//
// spec: Get active conversations for the logged in user |
//
// Genesys Cloud API: GET /api/v2/conversations
type GetConversations struct {
	//spec: Call or Chat communication filtering
	CommunicationType string `json:"communicationType,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversations) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations", t)
}

// GetConversationsEmail TODO.
//
// spec: Get email conversation |
//
// Genesys Cloud API: GET /api/v2/conversations/emails/{conversationId}
type GetConversationsEmail struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsEmail) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/emails/{conversationId}", t)
}

// GetConversationsEmails TODO.
//
// spec: Get the logged-in user's active conversations and their Email participants state. | This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Emails?  - Is the user directly participating in an Email within that conversation?
//
// Genesys Cloud API: GET /api/v2/conversations/emails
type GetConversationsEmails struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsEmails) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/emails", t)
}

// GetConversationsMessage TODO.
//
// spec: Get message conversation |
//
// Genesys Cloud API: GET /api/v2/conversations/messages/{conversationId}
type GetConversationsMessage struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsMessage) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/messages/{conversationId}", t)
}

// GetConversationsMessages TODO.
//
// spec: Get the logged-in user's active conversations and their Message participants state. | This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Messages?  - Is the user directly participating in a Message within that conversation?
//
// Genesys Cloud API: GET /api/v2/conversations/messages
type GetConversationsMessages struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationsMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/messages", t)
}

// PatchConversationUtilizationLabel TODO.
//
// spec: Update the utilization label on a conversation. When there is no value provided, the system default label is applied |
//
// Genesys Cloud API: PATCH /api/v2/conversations/{conversationId}/utilizationlabel
type PatchConversationUtilizationLabel struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: The utilization label associated with the conversation.
	UtilizationLabelID string `json:"utilizationLabelId,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchConversationUtilizationLabel) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/{conversationId}/utilizationlabel", t)
}

// PostConversationAssign TODO.
//
// spec: Attempts to manually assign a specified conversation to a specified user.  Ignores bullseye ring, PAR score, skills, and languages. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/assign
type PostConversationAssign struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: The globally unique identifier for this user.
	ID string `json:"id" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationAssign) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/assign", t)
}

// PostConversationBarge TODO.
//
// spec: Barge a conversation creating a barged in conference of connected participants. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/barge
type PostConversationBarge struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationBarge) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/barge", t)
}

// PostConversationCobrowse TODO.
//
// spec: Creates a cobrowse session. Requires conversation:cobrowse:add (for web messaging) or conversation:cobrowsevoice:add permission. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/cobrowse
type PostConversationCobrowse struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCobrowse) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/cobrowse", t)
}

// PostConversationDisconnect TODO.
//
// spec: Performs a full conversation teardown. Issues disconnect requests for any connected media. Applies a system wrap-up code to any participants that are pending wrap-up. This is not intended to be the normal way of ending interactions but is available in the event of problems with the application to allow a resynchronization of state across all components. It is recommended that users submit a support case if they are relying on this endpoint systematically as there is likely something that needs investigation. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/disconnect
type PostConversationDisconnect struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationDisconnect) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/disconnect", t)
}

// PutConversationTags TODO.
//
// spec: Update the tags on a conversation. |
//
// Genesys Cloud API: PUT /api/v2/conversations/{conversationId}/tags
type PutConversationTags struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: The external tag associated with the conversation.
	ExternalTag string `json:"externalTag" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PutConversationTags) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPut, "/api/v2/conversations/{conversationId}/tags", t)
}

// Participant TODO.
//
// spec model Participant:
type Participant struct {
	//spec: A globally unique identifier for this conversation.
	ID string `json:"id,omitempty" jsonschema_description:"TODO"`
	//spec: The timestamp when this participant joined the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	StartTime string `json:"startTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The timestamp when this participant disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	EndTime string `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The timestamp when this participant was connected to the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	ConnectedTime string `json:"connectedTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: A human readable name identifying the participant.
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant represents a user, then this will be an URI that can be used to fetch the user.
	UserURI string `json:"userUri,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant represents a user, then this will be the globally unique identifier for the user.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant represents an external contact, then this will be the globally unique identifier for the external contact.
	ExternalContactID string `json:"externalContactId,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant represents an external contact, then this will be the initial division for the external contact. This value will not be updated if the external contact is reassigned.
	ExternalContactInitialDivisionID string `json:"externalContactInitialDivisionId,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant represents an external org, then this will be the globally unique identifier for the external org.
	ExternalOrganizationID string `json:"externalOrganizationId,omitempty" jsonschema_description:"TODO"`
	//spec: If present, the queue id that the communication channel came in on.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: If present, group of users the participant represents.
	GroupID string `json:"groupId,omitempty" jsonschema_description:"TODO"`
	//spec: The team id that this participant is a member of when added to the conversation.
	TeamID string `json:"teamId,omitempty" jsonschema_description:"TODO"`
	//spec: If present, the queue name that the communication channel came in on.
	QueueName string `json:"queueName,omitempty" jsonschema_description:"TODO"`
	//spec: A well known string that specifies the purpose of this participant.
	Purpose string `json:"purpose,omitempty" jsonschema_description:"TODO"`
	//spec: A well known string that specifies the type of this participant.
	ParticipantType string `json:"participantType,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant is part of a consult transfer, then this will be the participant id of the participant being transferred.
	ConsultParticipantID string `json:"consultParticipantId,omitempty" jsonschema_description:"TODO"`
	//spec: The address for the this participant. For a phone call this will be the ANI.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
	//spec: The address for the this participant. For a phone call this will be the ANI.
	ANI string `json:"ani,omitempty" jsonschema_description:"TODO"`
	//spec: The ani-based name for this participant.
	ANIName string `json:"aniName,omitempty" jsonschema_description:"TODO"`
	//spec: The address for the this participant. For a phone call this will be the ANI.
	DNIS string `json:"dnis,omitempty" jsonschema_description:"TODO"`
	//spec: An ISO 639 language code specifying the locale for this participant
	Locale string `json:"locale,omitempty" jsonschema_description:"TODO"`
	//spec: True iff this participant is required to enter wrapup for this conversation.
	WrapupRequired *bool `json:"wrapupRequired,omitempty" jsonschema_description:"TODO"`
	//spec: This field controls how the UI prompts the agent for a wrapup.
	WrapupPrompt WrapupPrompt `json:"wrapupPrompt,omitempty" jsonschema_description:"TODO"`
	//spec: Specifies how long a timed ACW session will last.
	WrapupTimeoutMs int `json:"wrapupTimeoutMs,omitempty" jsonschema_description:"TODO"`
	//spec: The UI sets this field when the agent chooses to skip entering a wrapup for this participant.
	WrapupSkipped *bool `json:"wrapupSkipped,omitempty" jsonschema_description:"TODO"`
	//spec: Call wrap up or disposition data.
	Wrapup *ParticipantWrapup `json:"wrapup,omitempty" jsonschema_description:"TODO"`
	//spec: List of roles this participant's media has had on the conversation, ie monitor, coach, etc.
	MediaRoles []string `json:"mediaRoles,omitempty" jsonschema_description:"TODO"`
	//spec: Specifies how long the agent has to answer an interaction before being marked as not responding.
	AlertingTimeoutMs int `json:"alertingTimeoutMs,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant is a monitor, then this will be the id of the participant that is being monitored.
	MonitoredParticipantID string `json:"monitoredParticipantId,omitempty" jsonschema_description:"TODO"`
	//spec: If this participant is a coach, then this will be the id of the participant that is being coached.
	CoachedParticipantID string `json:"coachedParticipantId,omitempty" jsonschema_description:"TODO"`
	//spec: Additional participant attributes
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
	//spec: The current screen recording state for this participant.
	ScreenRecordingState ScreenRecordingState `json:"screenRecordingState,omitempty" jsonschema_description:"TODO"`
	//spec: The reason specifying why participant flagged the conversation.
	FlaggedReason FlaggedReason `json:"flaggedReason,omitempty" jsonschema_description:"TODO"`
	//spec: The timestamp when this participant started after-call work. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	StartACWTime string `json:"startAcwTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The timestamp when this participant ended after-call work. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	EndACWTime string `json:"endAcwTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: If this participant barged in a participant's call, then this will be the id of the targeted participant.
	BargedParticipantID string `json:"bargedParticipantId,omitempty" jsonschema_description:"TODO"`
}

// ConversationDivisionMembership TODO.
//
// spec model ConversationDivisionMembership:
type ConversationDivisionMembership struct {
	//spec: A division the conversation belongs to.
	Division *DomainEntityRef `json:"division,omitempty" jsonschema_description:"TODO"`
	//spec: The entities on the conversation within the division. These are the users, queues, work flows, etc. that can be on conversations and and be assigned to different divisions.
	Entities []DivisionEntityRef `json:"entities,omitempty" jsonschema_description:"TODO"`
}

// TransferResponse TODO.
//
// spec model TransferResponse:
type TransferResponse struct {
	//spec: The id of the command.
	ID string `json:"id,omitempty" jsonschema_description:"TODO"`
	//spec: The state of the command.
	State TransferState `json:"state,omitempty" jsonschema_description:"TODO"`
	//spec: The date/time that this command was issued. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	DateIssued string `json:"dateIssued,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The initiator of the command.
	Initiator *TransferInitiator `json:"initiator,omitempty" jsonschema_description:"TODO"`
	//spec: The destination of the command.
	Destination *TransferDestination `json:"destination,omitempty" jsonschema_description:"TODO"`
	//spec: The type of transfer to perform.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
}

// ParticipantWrapup TODO.
//
// spec model Wrapup:
type ParticipantWrapup struct {
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
}

// DomainEntityRef TODO.
//
// spec model DomainEntityRef:
type DomainEntityRef struct {
	//spec:
	ID string `json:"id,omitempty" jsonschema_description:"TODO"`
	//spec:
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec:
	SelfURI string `json:"selfUri,omitempty" jsonschema_description:"TODO"`
}

// DivisionEntityRef TODO.
//
// spec model DivisionEntityRef:
type DivisionEntityRef struct {
	//spec:
	ID string `json:"id,omitempty" jsonschema_description:"TODO"`
	//spec:
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec:
	SelfURI string `json:"selfUri,omitempty" jsonschema_description:"TODO"`
	//spec: The time the entity division was last updated. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	DateDivisionUpdated string `json:"dateDivisionUpdated,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
}

// TransferInitiator TODO.
//
// spec model TransferInitiator:
type TransferInitiator struct {
	//spec: The id of the user who initiated the command if it was initiated by a user.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
}

// TransferDestination TODO.
//
// spec model TransferDestination:
type TransferDestination struct {
	//spec: The id of the user if the command destination is a user.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: The destination address if the command destination is an endpoint.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
}

// WrapupPrompt TODO.
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

// ScreenRecordingState TODO.
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

// FlaggedReason TODO.
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

// TransferState TODO.
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/{conversationId}",
			New:         func() Tool { return new(DeleteConversation) },
		},
		{
			Name:        "genesys_conversations_get_conversation",
			ShortName:   "genesys_get_conversation",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}",
			New:         func() Tool { return new(GetConversation) },
		},
		{
			Name:        "genesys_conversations_get_conversations",
			ShortName:   "genesys_get_conversations",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations",
			New:         func() Tool { return new(GetConversations) },
		},
		{
			Name:        "genesys_conversations_get_conversations_email",
			ShortName:   "genesys_get_conversations_email",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/emails/{conversationId}",
			New:         func() Tool { return new(GetConversationsEmail) },
		},
		{
			Name:        "genesys_conversations_get_conversations_emails",
			ShortName:   "genesys_get_conversations_emails",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/emails",
			New:         func() Tool { return new(GetConversationsEmails) },
		},
		{
			Name:        "genesys_conversations_get_conversations_message",
			ShortName:   "genesys_get_conversations_message",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/messages/{conversationId}",
			New:         func() Tool { return new(GetConversationsMessage) },
		},
		{
			Name:        "genesys_conversations_get_conversations_messages",
			ShortName:   "genesys_get_conversations_messages",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/messages",
			New:         func() Tool { return new(GetConversationsMessages) },
		},
		{
			Name:        "genesys_conversations_patch_conversation_utilizationlabel",
			ShortName:   "genesys_patch_conversation_utilizationlabel",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetConversations,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPut,
			Path:        "/api/v2/conversations/{conversationId}/tags",
			New:         func() Tool { return new(PutConversationTags) },
		},
	}
}
