package tools

import (
	"context"
	"net/http"
)

// GetCallback TODO.
//
// spec: Get callback conversation |
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks/{conversationId}
type GetCallback struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks/{conversationId}", t)
}

// GetCallbacks TODO.
//
// spec: Get the logged-in user's active conversations and their Callback participants state. | This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Callbacks?  - Is the user directly participating in a Callback within that conversation?
//
// Genesys Cloud API: GET /api/v2/conversations/callbacks
type GetCallbacks struct {
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/callbacks", t)
}

// PatchCallback TODO.
//
// spec: Update a conversation by disconnecting all of the participants |
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks/{conversationId}
type PatchCallback struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	ConversationUpdate
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallback) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks/{conversationId}", t)
}

// PatchCallbacks TODO.
//
// spec: Update a scheduled callback |
//
// Genesys Cloud API: PATCH /api/v2/conversations/callbacks
type PatchCallbacks struct {
	//spec: The conversationId.
	ConversationID string `json:"conversationId" jsonschema_description:"TODO"`
	//spec: The identifier of the queue to be used for the callback.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: The agentId.
	AgentID string `json:"agentId" jsonschema_description:"TODO"`
	//spec: The scheduled date-time for the callback. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
	CallbackScheduledTime string `json:"callbackScheduledTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The countryCode
	CountryCode string `json:"countryCode,omitempty" jsonschema_description:"TODO"`
	//spec: The callbackNumbers
	CallbackNumbers []string `json:"callbackNumbers,omitempty" jsonschema_description:"TODO"`
	//spec: validateCallbackNumbers
	ValidateCallbackNumbers *bool `json:"validateCallbackNumbers,omitempty" jsonschema_description:"TODO"`
	//spec: How customer-first callback agent reservation is applied for this callback. useAgentReservation forces reservation on; noAgentReservation forces it off; useQueueSetting uses the queue configuration.
	CustomerFirstCallbackDeliveryMode CallbackDeliveryMode `json:"customerFirstCallbackDeliveryMode,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/callbacks", t)
}

// PostCallbacks TODO.
//
// spec: Create a Callback |
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks
type PostCallbacks struct {
	CreateCallbackCommand
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks", t)
}

// PostConversationParticipantCallbacks TODO.
//
// spec: Create a new callback for the specified participant on the conversation. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/callbacks
type PostConversationParticipantCallbacks struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	CreateCallbackCommand
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantCallbacks) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/callbacks", t)
}

// CreateCallbackCommand TODO.
//
// spec model CreateCallbackCommand:
type CreateCallbackCommand struct {
	//spec: The identifier of the script to be used for the callback
	ScriptID string `json:"scriptId,omitempty" jsonschema_description:"TODO"`
	//spec: The identifier of the queue to be used for the callback. Either queueId or routingData is required.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: The routing data to be used for the callback. Either queueId or routingData is required.
	RoutingData *RoutingData `json:"routingData,omitempty" jsonschema_description:"TODO"`
	//spec: How customer-first callback agent reservation is applied for this callback. useAgentReservation forces reservation on; noAgentReservation forces it off; useQueueSetting uses the queue configuration.
	CustomerFirstCallbackDeliveryMode CallbackDeliveryMode `json:"customerFirstCallbackDeliveryMode,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the party to be called back.
	CallbackUserName string `json:"callbackUserName,omitempty" jsonschema_description:"TODO"`
	//spec: A list of phone numbers for the callback.
	CallbackNumbers []string `json:"callbackNumbers" jsonschema_description:"TODO"`
	//spec: The scheduled date-time for the callback as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
	CallbackScheduledTime string `json:"callbackScheduledTime,omitempty" jsonschema:"format=date-time" jsonschema_description:"TODO"`
	//spec: The country code to be associated with the callback numbers.
	CountryCode string `json:"countryCode,omitempty" jsonschema_description:"TODO"`
	//spec: Whether or not to validate the callback numbers for phone number format.
	ValidateCallbackNumbers *bool `json:"validateCallbackNumbers,omitempty" jsonschema_description:"TODO"`
	//spec: A map of key-value pairs containing additional data that can be associated to the callback. These values will appear in the attributes property on the conversation participant. Example: { \"notes\": \"ready to close the deal!\", \"customerPreferredName\": \"Doc\" }
	Data map[string]string `json:"data,omitempty" jsonschema_description:"TODO"`
	//spec: The phone number displayed to recipients when a phone call is placed as part of the callback. Must conform to the E.164 format. May be overridden by other settings in the system such as external trunk settings. Telco support for \"callerId\" varies.
	CallerID string `json:"callerId,omitempty" jsonschema_description:"TODO"`
	//spec: The name displayed to recipients when a phone call is placed as part of the callback. May be overridden by other settings in the system such as external trunk settings. Telco support for \"callerIdName\" varies.
	CallerIDName string `json:"callerIdName,omitempty" jsonschema_description:"TODO"`
}

// RoutingData TODO.
//
// spec model RoutingData:
type RoutingData struct {
	//spec: The identifier of the routing queue
	QueueID string `json:"queueId" jsonschema_description:"TODO"`
	//spec: The identifier of a language to be considered in routing
	LanguageID string `json:"languageId,omitempty" jsonschema_description:"TODO"`
	//spec: An optional label that categorizes the conversation. Max-utilization settings can be configured at a per-label level
	Label string `json:"label,omitempty" jsonschema_description:"TODO"`
	//spec: The priority for routing
	Priority int `json:"priority,omitempty" jsonschema_description:"TODO"`
	//spec: A list of skill identifiers to be considered in routing
	SkillIDs []string `json:"skillIds,omitempty" jsonschema_description:"TODO"`
	//spec: Optional skill expression for routing when skillIds are present. Used to match agents by a logical expression over skills.
	SkillExpression string `json:"skillExpression,omitempty" jsonschema_description:"TODO"`
	//spec: A list of agents to be preferred in routing
	PreferredAgentIDs []string `json:"preferredAgentIds,omitempty" jsonschema_description:"TODO"`
	//spec: A list of scored agents for routing decisions. For Agent Owned Callbacks use one scored agent with a score of 100.
	ScoredAgents []ScoredAgent `json:"scoredAgents,omitempty" jsonschema_description:"TODO"`
	//spec: An array of flags indicating how the conversation should be routed. Use \"AGENT_OWNED_CALLBACK\" when creating an Agent Owned Callback.
	RoutingFlags []string `json:"routingFlags,omitempty" jsonschema_description:"TODO"`
}

// ScoredAgent TODO.
//
// spec model ScoredAgent:
type ScoredAgent struct {
	//spec: The agent
	Agent *DomainEntityRef `json:"agent,omitempty" jsonschema_description:"TODO"`
	//spec: Agent's score for the current conversation, from 0 - 100, higher being better
	Score int `json:"score,omitempty" jsonschema_description:"TODO"`
}

// CallbackDeliveryMode TODO.
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
			Name:        "genesys_conversations_get_callback",
			ShortName:   "genesys_get_callback",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCallbacks,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks/{conversationId}",
			New:         func() Tool { return new(GetCallback) },
		},
		{
			Name:        "genesys_conversations_get_conversations_callback",
			ShortName:   "genesys_get_conversations_callback",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCallbacks,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks/{conversationId}",
			New:         func() Tool { return new(GetCallback) },
		},
		{
			Name:        "genesys_conversations_get_callbacks",
			ShortName:   "genesys_get_callbacks",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCallbacks,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks",
			New:         func() Tool { return new(GetCallbacks) },
		},
		{
			Name:        "genesys_conversations_get_conversations_callbacks",
			ShortName:   "genesys_get_conversations_callbacks",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCallbacks,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/callbacks",
			New:         func() Tool { return new(GetCallbacks) },
		},
		{
			Name:        "genesys_conversations_patch_callback",
			ShortName:   "genesys_patch_callback",
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetCallbacks,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/callbacks",
			New:         func() Tool { return new(PostConversationParticipantCallbacks) },
		},
	}
}
