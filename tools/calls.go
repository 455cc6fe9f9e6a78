package tools

import (
	"context"
	"net/http"
)

// GetCall fetches one voice call conversation by id, with its participants, their call state and
// the recording state.
//
// Genesys Cloud API: GET /api/v2/conversations/calls/{conversationId}
type GetCall struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/{conversationId}", t)
}

// GetCalls lists the active conversations of the user behind the access token that include voice
// calls, with that user's call participants. It needs a user token; a client-credentials token has
// no user.
//
// Genesys Cloud API: GET /api/v2/conversations/calls
type GetCalls struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCalls) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls", t)
}

// GetCallsHistory pages through the call history of the user behind the access token, optionally
// limited to a time interval. It needs a user token.
//
// Genesys Cloud API: GET /api/v2/conversations/calls/history
type GetCallsHistory struct {
	PageSize   int                 `json:"pageSize,omitempty" in:"query" jsonschema_description:"Calls per page; default 25, max 50."`
	PageNumber int                 `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page number, from 1; default 1."`
	Interval   string              `json:"interval,omitempty" in:"query" jsonschema_description:"Start/end pair, e.g. 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z."`
	Expand     []CallHistoryExpand `json:"expand,omitempty" in:"query" jsonschema_description:"Entities to return in full, not as references."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallsHistory) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/calls/history", t)
}

// PatchCall changes a call conversation as a whole: it disconnects every participant, pauses or
// resumes recording, or merges other calls into it as a conference.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}
type PatchCall struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}", t)
}

// PatchCallConference merges other call conversations into this one, turning it into a conference.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/conference
type PatchCallConference struct {
	ConversationID  string   `json:"conversationId" in:"path" jsonschema_description:"Id of the call that hosts the conference."`
	ConversationIDs []string `json:"conversationIds,omitempty" jsonschema_description:"Ids of the other active calls to merge in."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallConference) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/conference", t)
}

// PostCall dials a phone number as part of an existing callback conversation.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}
type PostCall struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Callback conversation id."`
	CallNumber     string `json:"callNumber" jsonschema_description:"Number to dial, e.g. +13175550123; usually a callbackNumber."`
	PhoneColumn    string `json:"phoneColumn,omitempty" jsonschema_description:"Dialer only: contact list column holding the number."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCall) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}", t)
}

// PostCallParticipantBarge barges into a participant's call: the caller joins and everyone
// connected ends up in one conference.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge
type PostCallParticipantBarge struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id, usually the agent's."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantBarge) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge", t)
}

// PostCallParticipantCoach starts coaching a participant: the coach hears the call as that
// participant does and can speak to that participant only.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach
type PostCallParticipantCoach struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant to coach, usually the agent."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantCoach) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach", t)
}

// PostCallParticipantMonitor starts silent monitoring of a call from the point of view of one
// participant.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor
type PostCallParticipantMonitor struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant whose side to hear, usually the agent."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantMonitor) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor", t)
}

// PostCallParticipants adds parties (phone numbers, users or queues) to an existing call
// conversation.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants
type PostCallParticipants struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipants) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants", t)
}

// PostCallParticipantsUser adds parties to an existing call conversation on behalf of the given
// user.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/user/{userId}
type PostCallParticipantsUser struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	UserID         string `json:"userId" in:"path" jsonschema_description:"Id of the user to act for."`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantsUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/user/{userId}", t)
}

// PostCalls starts a new outbound call as the user behind the access token: to a number, a user or
// a queue, or as an ad-hoc conference.
//
// Genesys Cloud API: POST /api/v2/conversations/calls
type PostCalls struct {
	CreateCallRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCalls) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls", t)
}

// PostCallsUser starts a new outbound call on behalf of the given user: to a number, a user or a
// queue, or as an ad-hoc conference.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/user/{userId}
type PostCallsUser struct {
	UserID string `json:"userId" in:"path" jsonschema_description:"Id of the user to place the call for."`
	CreateCallRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallsUser) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/user/{userId}", t)
}

// ConversationUpdate is the Conversation model that Genesys Cloud takes as the request body of
// PatchCall, PatchCallback, PostCallParticipants and PostCallParticipantsUser. The model marks
// startTime and participants as required, so a caller that only changes state or recordingState
// sends the conversation's startTime and an empty participants list.
type ConversationUpdate struct {
	Name               string                           `json:"name,omitempty" jsonschema_description:"Conversation name; leave unset."`
	ExternalTag        string                           `json:"externalTag,omitempty" jsonschema_description:"External tag; usually leave unset."`
	StartTime          string                           `json:"startTime" jsonschema:"format=date-time" jsonschema_description:"Required: the conversation's existing startTime."`
	EndTime            string                           `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"End time; leave unset."`
	Address            string                           `json:"address,omitempty" jsonschema_description:"Set by Genesys; leave unset."`
	Participants       []Participant                    `json:"participants" jsonschema_description:"Required. Parties to add, or [] when only changing state."`
	ConversationIDs    []string                         `json:"conversationIds,omitempty" jsonschema_description:"Other active calls to merge in as a conference."`
	MaxParticipants    int                              `json:"maxParticipants,omitempty" jsonschema_description:"Conference participant limit."`
	RecordingState     RecordingState                   `json:"recordingState,omitempty" jsonschema_description:"PAUSED starts a secure pause, ACTIVE resumes; not NONE."`
	State              CommunicationState               `json:"state,omitempty" jsonschema_description:"Only disconnected, to hang up everyone."`
	Divisions          []ConversationDivisionMembership `json:"divisions,omitempty" jsonschema_description:"Set by Genesys; leave unset."`
	RecentTransfers    []TransferResponse               `json:"recentTransfers,omitempty" jsonschema_description:"Set by Genesys; leave unset."`
	SecurePause        *bool                            `json:"securePause,omitempty" jsonschema_description:"Read-only; use recordingState."`
	UtilizationLabelID string                           `json:"utilizationLabelId,omitempty" jsonschema_description:"Utilization label id; usually leave unset."`
	InactivityTimeout  string                           `json:"inactivityTimeout,omitempty" jsonschema:"format=date-time" jsonschema_description:"Future time after which it counts as inactive."`
}

// CreateCallRequest describes a new outbound call: one target (a phone number, a user or a queue)
// with optional caller id and routing, or the parties and existing calls of a new ad-hoc
// conference.
type CreateCallRequest struct {
	PhoneNumber            string            `json:"phoneNumber,omitempty" jsonschema_description:"Number to dial, e.g. +13175550123."`
	CallerID               string            `json:"callerId,omitempty" jsonschema_description:"Caller id number to show."`
	CallerIDName           string            `json:"callerIdName,omitempty" jsonschema_description:"Caller id name to show."`
	CallFromQueueID        string            `json:"callFromQueueId,omitempty" jsonschema_description:"Queue id the call appears to come from."`
	CallQueueID            string            `json:"callQueueId,omitempty" jsonschema_description:"Queue to call; one of its agents answers."`
	CallUserID             string            `json:"callUserId,omitempty" jsonschema_description:"User id to call directly."`
	Priority               int               `json:"priority,omitempty" jsonschema_description:"Routing priority; with callQueueId only."`
	Attributes             map[string]string `json:"attributes,omitempty" jsonschema_description:"Key-value attributes for the customer participant."`
	LanguageID             string            `json:"languageId,omitempty" jsonschema_description:"Language skill id; with callQueueId only."`
	RoutingSkillsIDs       []string          `json:"routingSkillsIds,omitempty" jsonschema_description:"Required skill ids; with callQueueId only."`
	RoutingSkillExpression string            `json:"routingSkillExpression,omitempty" jsonschema_description:"Skill expression; with callQueueId only."`
	ConversationIDs        []string          `json:"conversationIds,omitempty" jsonschema_description:"Calls to merge into a new conference, from genesys_conversations_get_calls."`
	Participants           []Destination     `json:"participants,omitempty" jsonschema_description:"Parties to dial into a new ad-hoc conference."`
	UUIData                string            `json:"uuiData,omitempty" jsonschema_description:"User-to-User Information to send in SIP."`
	ExternalContactID      string            `json:"externalContactId,omitempty" jsonschema_description:"External contact to link to the call."`
	Label                  string            `json:"label,omitempty" jsonschema_description:"Utilization label for max-utilization limits."`
}

// Destination is one party to dial into a new ad-hoc conference: a phone number or address, a user
// or a queue.
type Destination struct {
	Address string `json:"address,omitempty" jsonschema_description:"Number to dial, e.g. +13175550123."`
	Name    string `json:"name,omitempty" jsonschema_description:"Display name of the user."`
	UserID  string `json:"userId,omitempty" jsonschema_description:"User id to call."`
	QueueID string `json:"queueId,omitempty" jsonschema_description:"Queue id to call."`
}

// CallHistoryExpand names a related entity that GetCallsHistory can return in full on each
// participant instead of as a bare reference.
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

// RecordingState is the recording state of a conversation. In an update, PAUSED starts a secure
// pause and ACTIVE resumes recording.
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

// CommunicationState is the state of a conversation or communication. In an update of a whole
// conversation only disconnected is accepted.
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
			Name:            "genesys_conversations_get_call",
			ShortName:       "genesys_get_call",
			Title:           "Get call conversation",
			Description:     "Gets a voice call: participants (ids, user, queue, state, held, muted, recording) and recording state. Id from genesys_conversations_get_calls or genesys_conversations_get_calls_history.",
			Toolset:         ToolsetCalls,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/calls/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCall) },
		},
		{
			Name:            "genesys_conversations_get_calls",
			ShortName:       "genesys_get_calls",
			Title:           "List my active calls",
			Description:     "Lists the token user's active voice calls with participants and state. Needs a user token, not client credentials.",
			Toolset:         ToolsetCalls,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/calls",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCalls) },
		},
		{
			Name:        "genesys_conversations_get_calls_history",
			ShortName:   "genesys_get_calls_history",
			Title:       "Get my call history",
			Description: "Pages through the token user's past calls (direction, missed, voicemail); page on while nextUri is set. Needs a user token. Org-wide: genesys_conversations_post_analytics_conversations_details_query.",
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
			Title:       "Disconnect, record or merge call",
			Description: "Changes a whole call: state disconnected hangs up all, recordingState pauses or resumes, conversationIds merges calls. Requires startTime from genesys_conversations_get_call and participants [].",
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
			Title:       "Merge calls into a conference",
			Description: "Merges other active calls into this call as a conference. Ids from genesys_conversations_get_calls. For a new ad-hoc conference use genesys_conversations_post_calls.",
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
			Title:       "Dial a number for a callback",
			Description: "Dials a number within a callback conversation, when the agent calls the customer back. Id from genesys_conversations_get_callbacks. For an ordinary new call use genesys_conversations_post_calls.",
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
			Title:       "Barge into a call",
			Description: "Barges into a live call through a participant: everyone hears you, forming a conference. Ids from genesys_conversations_get_call.",
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
			Title:       "Coach a participant on a call",
			Description: "Coaches an agent on a live call: you hear the call as that participant, and only they hear you. Ids from genesys_conversations_get_call.",
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
			Title:       "Monitor a call silently",
			Description: "Silently monitors a live call as one participant hears it; nobody hears you. Ids from genesys_conversations_get_call.",
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
			Title:       "Add parties to a call",
			Description: "Adds parties (address, userId or queueId) to a call. Also requires the call's startTime from genesys_conversations_get_call. Id from genesys_conversations_get_calls.",
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
			Title:       "Add call parties for a user",
			Description: "Like genesys_conversations_post_call_participants but on behalf of a user (needs conversation:agentlessCall:add), so no user token needed. Requires startTime from genesys_conversations_get_call.",
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
			Title:       "Start a new call",
			Description: "Starts a call as the token user to phoneNumber, callUserId or callQueueId, or an ad-hoc conference; returns its id. Needs a user token, else use genesys_conversations_post_calls_user_user_id.",
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
			Title:       "Start a call for a user",
			Description: "Starts a call on behalf of a user, without needing a user token: to phoneNumber, callUserId or callQueueId, or an ad-hoc conference. Returns the conversation id.",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/user/{userId}",
			New:         func() Tool { return new(PostCallsUser) },
		},
	}
}
