package tools

import (
	"context"
	"net/http"
)

// GetCallback fetches one callback conversation by id, with its participants, callback numbers and
// scheduled time.
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}
type GetCallback struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Callback conversation id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}", t)
}

// GetCallbacks lists the active conversations of the user behind the access token that include
// callbacks, with that user's callback participants. It needs a user token; a client-credentials
// token has no user.
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks
type GetCallbacks struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks", t)
}

// PatchCallback changes a callback conversation as a whole; the one supported change is
// disconnecting all of its participants.
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}
type PatchCallback struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Callback conversation id."`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}", t)
}

// PatchCallbacks reschedules or reassigns a scheduled callback: its time, queue, agent or callback
// numbers.
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks
type PatchCallbacks struct {
	ConversationID                    string               `json:"conversationId" jsonschema_description:"Callback conversation id."`
	QueueID                           string               `json:"queueId,omitempty" jsonschema_description:"Queue to route the callback."`
	AgentID                           string               `json:"agentId" jsonschema_description:"Assigned agent's user id; pass the current one to keep it."`
	CallbackScheduledTime             string               `json:"callbackScheduledTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"New time to place the callback."`
	CountryCode                       string               `json:"countryCode,omitempty" jsonschema_description:"Country code for the numbers, e.g. US."`
	CallbackNumbers                   []string             `json:"callbackNumbers,omitempty" jsonschema_description:"Numbers to call back, e.g. +13175550123."`
	ValidateCallbackNumbers           *bool                `json:"validateCallbackNumbers,omitempty" jsonschema_description:"Check the numbers' format."`
	CustomerFirstCallbackDeliveryMode CallbackDeliveryMode `json:"customerFirstCallbackDeliveryMode,omitempty" jsonschema_description:"Agent reservation for a customer-first callback."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks", t)
}

// PostCallbacks creates a callback: a conversation routed through a queue, or by explicit routing
// data, to an agent who then calls the customer back.
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks
type PostCallbacks struct {
	CreateCallbackCommand
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks", t)
}

// PostConversationParticipantCallbacks creates a callback for a participant of an existing
// conversation, for example a caller who would rather be called back than wait.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/callbacks
type PostConversationParticipantCallbacks struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant to call back, usually the customer."`
	CreateCallbackCommand
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/callbacks", t)
}

// CreateCallbackCommand describes a callback to create: the numbers to call, how to route it
// (queueId or routingData), when, and the data and caller id to show.
type CreateCallbackCommand struct {
	ScriptID                          string               `json:"scriptId,omitempty" jsonschema_description:"Agent script id to show."`
	QueueID                           string               `json:"queueId,omitempty" jsonschema_description:"Routing queue id; give this or routingData."`
	RoutingData                       *RoutingData         `json:"routingData,omitempty" jsonschema_description:"Detailed routing; give this or queueId."`
	CustomerFirstCallbackDeliveryMode CallbackDeliveryMode `json:"customerFirstCallbackDeliveryMode,omitempty" jsonschema_description:"Agent reservation for a customer-first callback."`
	CallbackUserName                  string               `json:"callbackUserName,omitempty" jsonschema_description:"Name of the person to call back."`
	CallbackNumbers                   []string             `json:"callbackNumbers" jsonschema_description:"Numbers to call back, e.g. +13175550123; at least one."`
	CallbackScheduledTime             string               `json:"callbackScheduledTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"When to place the callback."`
	CountryCode                       string               `json:"countryCode,omitempty" jsonschema_description:"Country code for the numbers, e.g. US."`
	ValidateCallbackNumbers           *bool                `json:"validateCallbackNumbers,omitempty" jsonschema_description:"Check the numbers' format."`
	Data                              map[string]string    `json:"data,omitempty" jsonschema_description:"Extra key-value data, shown as participant attributes."`
	CallerID                          string               `json:"callerId,omitempty" jsonschema_description:"Number shown to the customer; the carrier may override."`
	CallerIDName                      string               `json:"callerIdName,omitempty" jsonschema_description:"Name shown to the customer; the carrier may override."`
}

// RoutingData says how a callback is routed: the queue plus optional language, skills, priority,
// utilization label, and preferred or scored agents.
type RoutingData struct {
	QueueID           string        `json:"queueId" jsonschema_description:"Routing queue id."`
	LanguageID        string        `json:"languageId,omitempty" jsonschema_description:"Language skill id."`
	Label             string        `json:"label,omitempty" jsonschema_description:"Utilization label."`
	Priority          int           `json:"priority,omitempty" jsonschema_description:"Routing priority."`
	SkillIDs          []string      `json:"skillIds,omitempty" jsonschema_description:"Required routing skill ids."`
	SkillExpression   string        `json:"skillExpression,omitempty" jsonschema_description:"Skill expression; with skillIds."`
	PreferredAgentIDs []string      `json:"preferredAgentIds,omitempty" jsonschema_description:"Preferred agents' user ids."`
	ScoredAgents      []ScoredAgent `json:"scoredAgents,omitempty" jsonschema_description:"Agent-owned: one agent, score 100."`
	RoutingFlags      []string      `json:"routingFlags,omitempty" jsonschema_description:"AGENT_OWNED_CALLBACK: agent-owned."`
}

// ScoredAgent pairs an agent with a routing score from 0 to 100; higher scores are preferred.
type ScoredAgent struct {
	Agent *DomainEntityRef `json:"agent,omitempty" jsonschema_description:"The agent; set id to its user id."`
	Score *int             `json:"score,omitempty" jsonschema_description:"Score 0-100; higher is preferred."`
}

// CallbackDeliveryMode chooses whether agent reservation applies to a customer-first callback.
type CallbackDeliveryMode string

// CallbackDeliveryMode values.
const (
	CallbackDeliveryModeUseQueueSetting     CallbackDeliveryMode = "UseQueueSetting"
	CallbackDeliveryModeUseAgentReservation CallbackDeliveryMode = "UseAgentReservation"
	CallbackDeliveryModeNoAgentReservation  CallbackDeliveryMode = "NoAgentReservation"
)

// EnumValues lists the values Genesys Cloud accepts for CallbackDeliveryMode.
func (CallbackDeliveryMode) EnumValues() []string {
	return []string{
		string(CallbackDeliveryModeUseQueueSetting),
		string(CallbackDeliveryModeUseAgentReservation),
		string(CallbackDeliveryModeNoAgentReservation),
	}
}

func callbackTools() []Spec {
	return []Spec{
		{
			Name:            "genesys_conversations_get_callback",
			ShortName:       "genesys_get_callback",
			Title:           "Get callback conversation",
			Description:     "Gets a callback conversation: participants, callback numbers, scheduled time, queue and state. Id from genesys_conversations_get_callbacks or genesys_conversations_post_callbacks.",
			Toolset:         ToolsetCallbacks,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/callbacks/{conversationId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCallback) },
		},
		{
			Name:            "genesys_conversations_get_callbacks",
			ShortName:       "genesys_get_callbacks",
			Title:           "List my active callbacks",
			Description:     "Lists the token user's active callbacks with participants, numbers and scheduled times. Needs a user token, not client credentials.",
			Toolset:         ToolsetCallbacks,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/callbacks",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetCallbacks) },
		},
		{
			Name:        "genesys_conversations_patch_callback",
			ShortName:   "genesys_patch_callback",
			Title:       "Disconnect a callback conversation",
			Description: "Ends a callback for everyone (state disconnected). Requires participants [] and startTime from genesys_conversations_get_callback. To reschedule use genesys_conversations_patch_callbacks.",
			Toolset:     ToolsetCallbacks,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/callbacks/{conversationId}",
			New:         func() Tool { return new(PatchCallback) },
		},
		{
			Name:        "genesys_conversations_patch_callbacks",
			ShortName:   "genesys_patch_callbacks",
			Title:       "Reschedule or reassign a callback",
			Description: "Reschedules or reassigns a callback: time, queue, agent, numbers. Requires conversationId and agentId (pass the current agent to keep it), from genesys_conversations_get_callback.",
			Toolset:     ToolsetCallbacks,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/callbacks",
			New:         func() Tool { return new(PatchCallbacks) },
		},
		{
			Name:        "genesys_conversations_post_callbacks",
			ShortName:   "genesys_post_callbacks",
			Title:       "Create a callback",
			Description: "Creates a callback from callbackNumbers plus queueId or routingData; returns its id. For a participant of a live conversation use genesys_conversations_post_conversation_participant_callbacks.",
			Toolset:     ToolsetCallbacks,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/callbacks",
			New:         func() Tool { return new(PostCallbacks) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_callbacks",
			ShortName:   "genesys_post_conversation_participant_callbacks",
			Title:       "Create callback for a participant",
			Description: "Creates a callback for a participant of a live conversation, such as a waiting caller: callbackNumbers plus queueId or routingData. Ids from genesys_conversations_get_conversation.",
			Toolset:     ToolsetCallbacks,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/callbacks",
			New:         func() Tool { return new(PostConversationParticipantCallbacks) },
		},
	}
}
