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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Call conversation id, from genesys_conversations_get_calls, genesys_conversations_get_conversations or genesys_conversations_get_calls_history."`
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
	PageSize   int                 `json:"pageSize,omitempty" in:"query" jsonschema_description:"Number of calls per page. Defaults to 25; at most 50."`
	PageNumber int                 `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page to return, starting at 1. Defaults to 1."`
	Interval   string              `json:"interval,omitempty" in:"query" jsonschema_description:"Only calls in this time range: two ISO-8601 date-times joined by a slash, like 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z."`
	Expand     []CallHistoryExpand `json:"expand,omitempty" in:"query" jsonschema_description:"Related entities to return in full on each participant instead of as bare references."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
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
	ConversationID  string   `json:"conversationId" in:"path" jsonschema_description:"Id of the active call that becomes the conference, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
	ConversationIDs []string `json:"conversationIds,omitempty" jsonschema_description:"Ids of the other active call conversations to merge into this one, from genesys_conversations_get_calls."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallConference) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/conference", t)
}

// PostCall dials a phone number as part of an existing callback conversation.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}
type PostCall struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Callback conversation id, from genesys_conversations_get_callbacks or genesys_conversations_get_callback."`
	CallNumber     string `json:"callNumber" jsonschema_description:"Phone number to dial, best in E.164 form like +13175550123; usually one of the callback's callbackNumbers."`
	PhoneColumn    string `json:"phoneColumn,omitempty" jsonschema_description:"For a dialer preview or scheduled callback, the contact list phone column that holds this number."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant id from the participants list of genesys_conversations_get_call; usually the agent's participant."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Id of the participant to coach (normally the agent), from the participants list of genesys_conversations_get_call."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Id of the participant whose side of the call to hear (normally the agent), from the participants list of genesys_conversations_get_call."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of an active call conversation, from genesys_conversations_get_calls or genesys_conversations_get_conversations."`
	UserID         string `json:"userId" in:"path" jsonschema_description:"Id of the Genesys Cloud user on whose behalf the parties are added, e.g. an agent participant's userId from genesys_conversations_get_call."`
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
	UserID string `json:"userId" in:"path" jsonschema_description:"Id of the Genesys Cloud user on whose behalf the call is placed, e.g. a participant's userId from genesys_conversations_get_call."`
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
	Name               string                           `json:"name,omitempty" jsonschema_description:"Conversation name; normally leave unset."`
	ExternalTag        string                           `json:"externalTag,omitempty" jsonschema_description:"External tag, a free-form reference from an outside system; to change it prefer genesys_conversations_put_conversation_tags."`
	StartTime          string                           `json:"startTime" jsonschema:"format=date-time" jsonschema_description:"Required by the API: the conversation's startTime as returned by genesys_conversations_get_call or genesys_conversations_get_callback, ISO-8601 like 2026-01-31T14:00:00Z."`
	EndTime            string                           `json:"endTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"When the last participant left, as an ISO-8601 date-time; reported by the API, normally leave unset."`
	Address            string                           `json:"address,omitempty" jsonschema_description:"Conversation address as an external party sees it (DNIS for inbound calls, ANI for outbound); normally leave unset."`
	Participants       []Participant                    `json:"participants" jsonschema_description:"Parties to add, each with an address (phone number), userId or queueId; send an empty list when only changing state or recordingState."`
	ConversationIDs    []string                         `json:"conversationIds,omitempty" jsonschema_description:"Ids of other active call conversations to merge into this one as a conference, from genesys_conversations_get_calls; otherwise leave unset."`
	MaxParticipants    int                              `json:"maxParticipants,omitempty" jsonschema_description:"For a conference, the largest number of participants it may have."`
	RecordingState     RecordingState                   `json:"recordingState,omitempty" jsonschema_description:"PAUSED starts a secure pause of the recording, ACTIVE resumes it; NONE only appears in answers."`
	State              CommunicationState               `json:"state,omitempty" jsonschema_description:"Set to disconnected to hang up every participant; no other value is accepted in an update."`
	Divisions          []ConversationDivisionMembership `json:"divisions,omitempty" jsonschema_description:"Divisions the conversation belongs to; reported by the API, normally leave unset."`
	RecentTransfers    []TransferResponse               `json:"recentTransfers,omitempty" jsonschema_description:"The last transfer commands on the conversation, at most 20; reported by the API, leave unset."`
	SecurePause        *bool                            `json:"securePause,omitempty" jsonschema_description:"True while recording is in secure pause; reported by the API, use recordingState to change it."`
	UtilizationLabelID string                           `json:"utilizationLabelId,omitempty" jsonschema_description:"Id of the utilization label that groups the conversation for max-utilization settings; to change it prefer genesys_conversations_patch_conversation_utilizationlabel."`
	InactivityTimeout  string                           `json:"inactivityTimeout,omitempty" jsonschema:"format=date-time" jsonschema_description:"Future ISO-8601 date-time after which the conversation counts as inactive, like 2026-01-31T14:00:00Z."`
}

// CreateCallRequest describes a new outbound call: one target (a phone number, a user or a queue)
// with optional caller id and routing, or the parties and existing calls of a new ad-hoc
// conference.
type CreateCallRequest struct {
	PhoneNumber            string            `json:"phoneNumber,omitempty" jsonschema_description:"Phone number to dial, best in E.164 form like +13175550123."`
	CallerID               string            `json:"callerId,omitempty" jsonschema_description:"Caller id number shown to the called party, in E.164 form."`
	CallerIDName           string            `json:"callerIdName,omitempty" jsonschema_description:"Caller id name shown to the called party."`
	CallFromQueueID        string            `json:"callFromQueueId,omitempty" jsonschema_description:"Id of the queue on whose behalf the call is placed, so it appears to come from that queue."`
	CallQueueID            string            `json:"callQueueId,omitempty" jsonschema_description:"Id of a queue to call; the call is routed to one of its agents."`
	CallUserID             string            `json:"callUserId,omitempty" jsonschema_description:"Id of a Genesys Cloud user to call directly."`
	Priority               int               `json:"priority,omitempty" jsonschema_description:"Routing priority of the call; only used with callQueueId."`
	Attributes             map[string]string `json:"attributes,omitempty" jsonschema_description:"Key-value attributes to attach to the customer participant, like {'orderId':'A-1001'}."`
	LanguageID             string            `json:"languageId,omitempty" jsonschema_description:"Id of the language skill to route by; only used with callQueueId."`
	RoutingSkillsIDs       []string          `json:"routingSkillsIds,omitempty" jsonschema_description:"Ids of routing skills the answering agent needs; only used with callQueueId."`
	RoutingSkillExpression string            `json:"routingSkillExpression,omitempty" jsonschema_description:"Skill expression the answering agent must match; only used with callQueueId."`
	ConversationIDs        []string          `json:"conversationIds,omitempty" jsonschema_description:"Ids of existing call conversations to merge into a new ad-hoc conference, from genesys_conversations_get_calls."`
	Participants           []Destination     `json:"participants,omitempty" jsonschema_description:"Parties to dial into a new ad-hoc conference, each a phone address, a user or a queue."`
	UUIData                string            `json:"uuiData,omitempty" jsonschema_description:"User-to-User Information (UUI) to pass along in the SIP signalling of the call."`
	ExternalContactID      string            `json:"externalContactId,omitempty" jsonschema_description:"Id of the external contact to associate with the call."`
	Label                  string            `json:"label,omitempty" jsonschema_description:"Utilization label that groups the conversation for per-label max-utilization settings."`
}

// Destination is one party to dial into a new ad-hoc conference: a phone number or address, a user
// or a queue.
type Destination struct {
	Address string `json:"address,omitempty" jsonschema_description:"Phone number or address to dial, like +13175550123."`
	Name    string `json:"name,omitempty" jsonschema_description:"Display name of the internal user being called."`
	UserID  string `json:"userId,omitempty" jsonschema_description:"Id of the Genesys Cloud user to call."`
	QueueID string `json:"queueId,omitempty" jsonschema_description:"Id of the queue to call."`
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
			Description:     "Fetch one voice call conversation by id: its participants (participant ids, user and queue, state, held, muted, recording) and the recording state. Use it before acting on a call's participants. Conversation ids come from genesys_conversations_get_calls, genesys_conversations_get_conversations or genesys_conversations_get_calls_history. Same operation as genesys_conversations_get_conversations_call.",
			Toolset:         ToolsetCalls,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/calls/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCall) },
		},
		{
			Name:            "genesys_conversations_get_conversations_call",
			ShortName:       "genesys_get_conversations_call",
			Title:           "Get call conversation",
			Description:     "Fetch one voice call conversation by id: its participants (participant ids, user and queue, state, held, muted, recording) and the recording state. Use it before acting on a call's participants. Conversation ids come from genesys_conversations_get_calls, genesys_conversations_get_conversations or genesys_conversations_get_calls_history. Same operation as genesys_conversations_get_call.",
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
			Description:     "List the logged-in user's active conversations that include voice calls, with their participants and state. Needs a user access token (authorization code, implicit or SAML2); with a client-credentials token there is no user and it fails. Takes no arguments; to read any call by id use genesys_conversations_get_call.",
			Toolset:         ToolsetCalls,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/calls",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCalls) },
		},
		{
			Name:            "genesys_conversations_get_conversations_calls",
			ShortName:       "genesys_get_conversations_calls",
			Title:           "List my active calls",
			Description:     "List the logged-in user's active conversations that include voice calls, with their participants and state. Needs a user access token (authorization code, implicit or SAML2); with a client-credentials token there is no user and it fails. Takes no arguments; to read any call by id use genesys_conversations_get_call.",
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
			Description: "Page through the logged-in user's call history: past calls with direction, missed or voicemail flags and participants, optionally within an interval. Needs a user access token; client-credentials tokens fail. Ask for the next pageNumber while nextUri is present. For organization-wide history use genesys_conversations_post_analytics_conversations_details_query.",
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
			Title:       "Get my call history",
			Description: "Page through the logged-in user's call history: past calls with direction, missed or voicemail flags and participants, optionally within an interval. Needs a user access token; client-credentials tokens fail. Ask for the next pageNumber while nextUri is present. For organization-wide history use genesys_conversations_post_analytics_conversations_details_query.",
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
			Description: "Change a whole call: state 'disconnected' hangs up every participant, recordingState PAUSED or ACTIVE pauses or resumes recording, conversationIds merges other calls in. The API requires startTime and participants: pass the startTime from genesys_conversations_get_call and an empty participants list. For one participant use genesys_conversations_patch_call_participant.",
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
			Description: "Merge other active call conversations into this call to form a conference. All ids come from genesys_conversations_get_calls or genesys_conversations_get_conversations. Answers with no body. To start a new ad-hoc conference instead, use genesys_conversations_post_calls with conversationIds or participants.",
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
			Description: "Dial a phone number as part of an existing callback conversation, typically when the owning agent is ready to call the customer back. The conversation id is a callback's, from genesys_conversations_get_callbacks or genesys_conversations_get_callback; the number is usually one of its callbackNumbers. To place an ordinary new call use genesys_conversations_post_calls.",
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
			Description: "Barge into a live call: join the given participant's call so you hear and speak to everyone, creating a conference of all connected parties. Everyone hears you; use monitor to listen silently or coach to talk to the agent only. Conversation id from genesys_conversations_get_calls; participant id from genesys_conversations_get_call. Answers with no body.",
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
			Description: "Coach an agent on a live call: hear the conversation as the chosen participant does and speak to that participant only; the other parties do not hear you. Conversation id from genesys_conversations_get_calls; participant id (the agent's) from genesys_conversations_get_call. Answers with no body. Use monitor to only listen or barge to join everyone.",
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
			Description: "Silently monitor a live call: hear the conversation as the chosen participant hears it, without being heard. Conversation id from genesys_conversations_get_calls or genesys_conversations_get_conversations; participant id (normally the agent's) from genesys_conversations_get_call. Answers 201 with no body. Use coach to talk to the agent or barge to join the call.",
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
			Description: "Add parties to an existing call: list them in participants, each with an address (phone number), userId or queueId. The API also requires startTime: pass the conversation's startTime from genesys_conversations_get_call. Conversation id from genesys_conversations_get_calls. To add parties on behalf of another user use genesys_conversations_post_call_participants_user_user_id.",
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
			Description: "Same as genesys_conversations_post_call_participants, but acting on behalf of the given user (needs the conversation:agentlessCall:add permission), so it also suits integrations without a user token. List the parties in participants (address, userId or queueId) and pass the conversation's startTime from genesys_conversations_get_call.",
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
			Description: "Start a new call from the logged-in user: set one target (phoneNumber, callUserId or callQueueId) or, for an ad-hoc conference, participants and/or conversationIds of existing calls. Needs a user access token; without one use genesys_conversations_post_calls_user_user_id. Answers with the new conversation id for genesys_conversations_get_call.",
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
			Description: "Start a new call on behalf of the given user, which also works for integrations without a user token: set one target (phoneNumber, callUserId or callQueueId) or participants and/or conversationIds for an ad-hoc conference. Answers with the new conversation id for genesys_conversations_get_call. To call as the logged-in user use genesys_conversations_post_calls.",
			Toolset:     ToolsetCalls,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/user/{userId}",
			New:         func() Tool { return new(PostCallsUser) },
		},
	}
}
