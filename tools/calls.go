package tools

import (
	"context"
	"net/http"
)

// GetCall TODO.
//
// spec: Get call conversation |
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}
type GetCall struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}", t)
}

// GetCalls TODO.
//
// spec: Get the logged-in user's active conversations and their Call participants state. | This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Calls?  - Is the user directly participating in a Call within that conversation?
//
// Genesys Cloud API: GET /api/v2/conversations/calls
type GetCalls struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCalls) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls", t)
}

// GetCallsHistory TODO.
//
// spec: Get call history |
//
// Genesys Cloud API: GET /api/v2/conversations/calls/history
type GetCallsHistory struct {
	//spec: Page size, maximum 50
	PageSize int `json:"pageSize,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Page number
	PageNumber int `json:"pageNumber,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Interval string; format is ISO-8601. Separate start and end times with forward slash '/'
	Interval string `json:"interval,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Which fields, if any, to expand.
	Expand []CallHistoryExpand `json:"expand,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallsHistory) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/history", t)
}

// PatchCall TODO.
//
// spec: Update a conversation by setting its recording state, merging in other conversations to create a conference, or disconnecting all of the participants |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}
type PatchCall struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}", t)
}

// PatchCallConference TODO.
//
// spec: Update a conversation by merging in other conversations to create a conference |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/conference
type PatchCallConference struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: A list of conversations to merge into this conversation to create a conference.
	ConversationIDs []string `json:"conversationIds,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallConference) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/conference", t)
}

// PostCall TODO.
//
// spec: Place a new call as part of a callback conversation. |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}
type PostCall struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: The phone number to dial for this call.
	CallNumber string `json:"callNumber" jsonschema_description:"TODO"`
	//spec: For a dialer preview or scheduled callback, the phone column associated with the phone number
	PhoneColumn string `json:"phoneColumn,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}", t)
}

// PostCallParticipantBarge TODO.
//
// spec: Barge a given participant's call creating a barged in conference of connected participants. |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge
type PostCallParticipantBarge struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantBarge) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge", t)
}

// PostCallParticipantCoach TODO.
//
// spec: Listen in on the conversation from the point of view of a given participant while speaking to just the given participant. |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach
type PostCallParticipantCoach struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantCoach) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach", t)
}

// PostCallParticipantMonitor TODO.
//
// spec: Listen in on the conversation from the point of view of a given participant. |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor
type PostCallParticipantMonitor struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantMonitor) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor", t)
}

// PostCallParticipants TODO.
//
// spec: Add participants to a conversation |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants
type PostCallParticipants struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipants) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants", t)
}

// PostCallParticipantsUser TODO.
//
// spec: Add participants to a conversation on behalf of a user |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/user/{userId}
type PostCallParticipantsUser struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: userId
	UserID string `json:"userId" in:"path" jsonschema_description:"TODO"`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantsUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/user/{userId}", t)
}

// PostCalls TODO.
//
// spec: Create a call conversation |
//
// Genesys Cloud API: POST /api/v2/conversations/calls
type PostCalls struct {
	CreateCallRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCalls) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls", t)
}

// PostCallsUser TODO.
//
// spec: Create a call conversation on behalf of a user |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/user/{userId}
type PostCallsUser struct {
	//spec: userId
	UserID string `json:"userId" in:"path" jsonschema_description:"TODO"`
	CreateCallRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallsUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/user/{userId}", t)
}

// ConversationUpdate TODO.
//
// spec model Conversation:
type ConversationUpdate struct {
	//spec:
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec: The external tag associated with the conversation.
	ExternalTag string `json:"externalTag,omitempty" jsonschema_description:"TODO"`
	//spec: The time when the conversation started. This will be the time when the first participant joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	StartTime string `json:"startTime" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The time when the conversation ended. This will be the time when the last participant left the conversation, or null when the conversation is still active. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	EndTime string `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The address of the conversation as seen from an external participant. For phone calls this will be the DNIS for inbound calls and the ANI for outbound calls. For other media types this will be the address of the destination participant for inbound and the address of the initiating participant for outbound.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
	//spec: The list of all participants in the conversation.
	Participants []Participant `json:"participants" jsonschema_description:"TODO"`
	//spec: A list of conversations to merge into this conversation to create a conference. This field is null except when being used to create a conference.
	ConversationIDs []string `json:"conversationIds,omitempty" jsonschema_description:"TODO"`
	//spec: If this is a conference conversation, then this field indicates the maximum number of participants allowed to participant in the conference.
	MaxParticipants int `json:"maxParticipants,omitempty" jsonschema_description:"TODO"`
	//spec: On update, 'paused' initiates a secure pause, 'active' resumes any paused recordings; otherwise indicates state of conversation recording.
	RecordingState RecordingState `json:"recordingState,omitempty" jsonschema_description:"TODO"`
	//spec: On update, 'disconnected' will disconnect the conversation. No other values are valid. When reading conversations, this field will never have a value present.
	State CommunicationState `json:"state,omitempty" jsonschema_description:"TODO"`
	//spec: Identifiers of divisions associated with this conversation
	Divisions []ConversationDivisionMembership `json:"divisions,omitempty" jsonschema_description:"TODO"`
	//spec: The list of the most recent 20 transfer commands applied to this conversation.
	RecentTransfers []TransferResponse `json:"recentTransfers,omitempty" jsonschema_description:"TODO"`
	//spec: True when the recording of this conversation is in secure pause status.
	SecurePause *bool `json:"securePause,omitempty" jsonschema_description:"TODO"`
	//spec: An optional label that categorizes the conversation. Max-utilization settings can be configured at a per-label level
	UtilizationLabelID string `json:"utilizationLabelId,omitempty" jsonschema_description:"TODO"`
	//spec: The time in the future, after which this conversation would be considered inactive. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	InactivityTimeout string `json:"inactivityTimeout,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
}

// CreateCallRequest TODO.
//
// spec model CreateCallRequest:
type CreateCallRequest struct {
	//spec: The phone number to dial.
	PhoneNumber string `json:"phoneNumber,omitempty" jsonschema_description:"TODO"`
	//spec: The caller id phone number for this outbound call.
	CallerID string `json:"callerId,omitempty" jsonschema_description:"TODO"`
	//spec: The caller id name for this outbound call.
	CallerIDName string `json:"callerIdName,omitempty" jsonschema_description:"TODO"`
	//spec: The queue ID to call on behalf of.
	CallFromQueueID string `json:"callFromQueueId,omitempty" jsonschema_description:"TODO"`
	//spec: The queue ID to call.
	CallQueueID string `json:"callQueueId,omitempty" jsonschema_description:"TODO"`
	//spec: The user ID to call.
	CallUserID string `json:"callUserId,omitempty" jsonschema_description:"TODO"`
	//spec: The priority to assign to this call (if calling a queue).
	Priority int `json:"priority,omitempty" jsonschema_description:"TODO"`
	//spec: The list of attributes to associate with the customer participant.
	Attributes map[string]string `json:"attributes,omitempty" jsonschema_description:"TODO"`
	//spec: The language skill ID to use for routing this call (if calling a queue).
	LanguageID string `json:"languageId,omitempty" jsonschema_description:"TODO"`
	//spec: The skill ID's to use for routing this call (if calling a queue).
	RoutingSkillsIDs []string `json:"routingSkillsIds,omitempty" jsonschema_description:"TODO"`
	//spec: The skill expression to use for routing this call (if calling a queue).
	RoutingSkillExpression string `json:"routingSkillExpression,omitempty" jsonschema_description:"TODO"`
	//spec: The list of existing call conversations to merge into a new ad-hoc conference.
	ConversationIDs []string `json:"conversationIds,omitempty" jsonschema_description:"TODO"`
	//spec: The list of participants to call to create a new ad-hoc conference.
	Participants []Destination `json:"participants,omitempty" jsonschema_description:"TODO"`
	//spec: User to User Information (UUI) data managed by SIP session application.
	UUIData string `json:"uuiData,omitempty" jsonschema_description:"TODO"`
	//spec: The external contact with which to associate the call.
	ExternalContactID string `json:"externalContactId,omitempty" jsonschema_description:"TODO"`
	//spec: An optional label that categorizes the conversation. Max-utilization settings can be configured at a per-label level
	Label string `json:"label,omitempty" jsonschema_description:"TODO"`
}

// Destination TODO.
//
// spec model Destination:
type Destination struct {
	//spec: Address or phone number.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the internal user.
	Name string `json:"name,omitempty" jsonschema_description:"TODO"`
	//spec: The user ID.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: The queue ID.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
}

// CallHistoryExpand TODO.
type CallHistoryExpand string

// CallHistoryExpand values.
const (
	CallHistoryExpandExternalorganization CallHistoryExpand = "externalorganization"
	CallHistoryExpandExternalcontact      CallHistoryExpand = "externalcontact"
	CallHistoryExpandUser                 CallHistoryExpand = "user"
	CallHistoryExpandQueue                CallHistoryExpand = "queue"
	CallHistoryExpandGroup                CallHistoryExpand = "group"
)

// EnumValues lists the values Genesys Cloud accepts for CallHistoryExpand.
func (CallHistoryExpand) EnumValues() []string {
	return []string{
		string(CallHistoryExpandExternalorganization),
		string(CallHistoryExpandExternalcontact),
		string(CallHistoryExpandUser),
		string(CallHistoryExpandQueue),
		string(CallHistoryExpandGroup),
	}
}

// RecordingState TODO.
type RecordingState string

// RecordingState values.
const (
	RecordingStateACTIVE RecordingState = "ACTIVE"
	RecordingStatePAUSED RecordingState = "PAUSED"
	RecordingStateNONE   RecordingState = "NONE"
)

// EnumValues lists the values Genesys Cloud accepts for RecordingState.
func (RecordingState) EnumValues() []string {
	return []string{
		string(RecordingStateACTIVE),
		string(RecordingStatePAUSED),
		string(RecordingStateNONE),
	}
}

// CommunicationState TODO.
type CommunicationState string

// CommunicationState values.
const (
	CommunicationStateAlerting     CommunicationState = "alerting"
	CommunicationStateDialing      CommunicationState = "dialing"
	CommunicationStateContacting   CommunicationState = "contacting"
	CommunicationStateOffering     CommunicationState = "offering"
	CommunicationStateConnected    CommunicationState = "connected"
	CommunicationStateDisconnected CommunicationState = "disconnected"
	CommunicationStateTerminated   CommunicationState = "terminated"
	CommunicationStateConverting   CommunicationState = "converting"
	CommunicationStateUploading    CommunicationState = "uploading"
	CommunicationStateTransmitting CommunicationState = "transmitting"
	CommunicationStateParked       CommunicationState = "parked"
	CommunicationStateNone         CommunicationState = "none"
)

// EnumValues lists the values Genesys Cloud accepts for CommunicationState.
func (CommunicationState) EnumValues() []string {
	return []string{
		string(CommunicationStateAlerting),
		string(CommunicationStateDialing),
		string(CommunicationStateContacting),
		string(CommunicationStateOffering),
		string(CommunicationStateConnected),
		string(CommunicationStateDisconnected),
		string(CommunicationStateTerminated),
		string(CommunicationStateConverting),
		string(CommunicationStateUploading),
		string(CommunicationStateTransmitting),
		string(CommunicationStateParked),
		string(CommunicationStateNone),
	}
}

func callTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_call",
			ShortName:   "genesys_get_call",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/{conversationId}",
			New:         func() Tool { return new(GetCall) },
		},
		{
			Name:        "genesys_conversations_get_conversations_call",
			ShortName:   "genesys_get_conversations_call",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/{conversationId}",
			New:         func() Tool { return new(GetCall) },
		},
		{
			Name:        "genesys_conversations_get_calls",
			ShortName:   "genesys_get_calls",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls",
			New:         func() Tool { return new(GetCalls) },
		},
		{
			Name:        "genesys_conversations_get_conversations_calls",
			ShortName:   "genesys_get_conversations_calls",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls",
			New:         func() Tool { return new(GetCalls) },
		},
		{
			Name:        "genesys_conversations_get_calls_history",
			ShortName:   "genesys_get_calls_history",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/history",
			New:         func() Tool { return new(GetCallsHistory) },
		},
		{
			Name:        "genesys_conversations_get_conversations_calls_history",
			ShortName:   "genesys_get_conversations_calls_history",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/calls/history",
			New:         func() Tool { return new(GetCallsHistory) },
		},
		{
			Name:        "genesys_conversations_patch_call",
			ShortName:   "genesys_patch_call",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}",
			New:         func() Tool { return new(PatchCall) },
		},
		{
			Name:        "genesys_conversations_patch_call_conference",
			ShortName:   "genesys_patch_call_conference",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/conference",
			New:         func() Tool { return new(PatchCallConference) },
		},
		{
			Name:        "genesys_conversations_post_call",
			ShortName:   "genesys_post_call",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}",
			New:         func() Tool { return new(PostCall) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_barge",
			ShortName:   "genesys_post_call_participant_barge",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge",
			New:         func() Tool { return new(PostCallParticipantBarge) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_coach",
			ShortName:   "genesys_post_call_participant_coach",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach",
			New:         func() Tool { return new(PostCallParticipantCoach) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_monitor",
			ShortName:   "genesys_post_call_participant_monitor",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor",
			New:         func() Tool { return new(PostCallParticipantMonitor) },
		},
		{
			Name:        "genesys_conversations_post_call_participants",
			ShortName:   "genesys_post_call_participants",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants",
			New:         func() Tool { return new(PostCallParticipants) },
		},
		{
			Name:        "genesys_conversations_post_call_participants_user_user_id",
			ShortName:   "genesys_post_call_participants_user_user_id",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/user/{userId}",
			New:         func() Tool { return new(PostCallParticipantsUser) },
		},
		{
			Name:        "genesys_conversations_post_calls",
			ShortName:   "genesys_post_calls",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls",
			New:         func() Tool { return new(PostCalls) },
		},
		{
			Name:        "genesys_conversations_post_calls_user_user_id",
			ShortName:   "genesys_post_calls_user_user_id",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/user/{userId}",
			New:         func() Tool { return new(PostCallsUser) },
		},
	}
}
