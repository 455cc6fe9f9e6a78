package tools

import (
	"context"
	"net/http"
)

// GetConversationCommunicationAgentChecklist returns one agent checklist of a
// conversation communication: its items, each item's state as judged by the
// model and by the agent, and the evaluation status.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}
type GetConversationCommunicationAgentChecklist struct {
	ConversationID   string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID  string `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklist) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}", t)
}

// GetConversationCommunicationAgentChecklistJob returns the status of a
// checklist inference job and, once it is complete, the checklist items as the
// model evaluated them.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}
type GetConversationCommunicationAgentChecklistJob struct {
	ConversationID   string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID  string `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id."`
	JobID            string `json:"jobId" in:"path" jsonschema_description:"Inference job id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklistJob) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}", t)
}

// GetConversationCommunicationAgentChecklists lists the agent checklists of a
// conversation communication.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists
type GetConversationCommunicationAgentChecklists struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklists) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists", t)
}

// PostConversationCommunicationAgentChecklist activates an agent checklist on a
// conversation communication, saying what triggered it.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}
type PostConversationCommunicationAgentChecklist struct {
	ConversationID        string                     `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID       string                     `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	AgentChecklistID      string                     `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id."`
	ActivationTriggerType ChecklistActivationTrigger `json:"activationTriggerType" jsonschema_description:"What activated it; Intent also needs intentId, intentName."`
	IntentID              string                     `json:"intentId,omitempty" jsonschema_description:"Triggering intent id."`
	IntentName            string                     `json:"intentName,omitempty" jsonschema_description:"Triggering intent name."`
	Language              string                     `json:"language" jsonschema_description:"Language code, e.g. en-US."`
	AgentID               string                     `json:"agentId,omitempty" jsonschema_description:"Agent's user id."`
	ParticipantID         string                     `json:"participantId,omitempty" jsonschema_description:"Agent's participant id."`
	QueueID               string                     `json:"queueId,omitempty" jsonschema_description:"Queue the conversation came through."`
	AssistantID           string                     `json:"assistantId,omitempty" jsonschema_description:"Agent assistant (Copilot) id."`
	MediaType             ChecklistMediaType         `json:"mediaType,omitempty" jsonschema_description:"Conversation media type."`
	Direction             ChecklistDirection         `json:"direction,omitempty" jsonschema_description:"Conversation direction."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklist) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}", t)
}

// PostConversationCommunicationAgentChecklistAgentAction records that the agent
// ticked or unticked checklist items.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction
type PostConversationCommunicationAgentChecklistAgentAction struct {
	ConversationID   string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID  string        `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	AgentChecklistID string        `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id."`
	AfterCallWork    *bool         `json:"afterCallWork,omitempty" jsonschema_description:"True if done during after-call work."`
	ChecklistItems   []AgentAction `json:"checklistItems" jsonschema_description:"Items the agent ticked or unticked."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistAgentAction) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction", t)
}

// PostConversationCommunicationAgentChecklistJobs starts an inference job that
// evaluates a checklist's items against the conversation turns it is given.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs
type PostConversationCommunicationAgentChecklistJobs struct {
	ConversationID      string                `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID     string                `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	AgentChecklistID    string                `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id."`
	ConversationContext []ConversationContext `json:"conversationContext" jsonschema_description:"Conversation turns, in order, to evaluate."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistJobs) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs", t)
}

// PostConversationCommunicationAgentChecklistsFinalize ends the checklist
// evaluation of a conversation communication, with an exit reason.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize
type PostConversationCommunicationAgentChecklistsFinalize struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Agent's communication id."`
	ExitReason      string `json:"exitReason" jsonschema_description:"Why the evaluation ends; stored with the checklists."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistsFinalize) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize", t)
}

// AgentAction records what the agent did with one checklist item.
type AgentAction struct {
	ID          string              `json:"id" jsonschema_description:"Checklist item id."`
	Name        string              `json:"name" jsonschema_description:"Checklist item name."`
	AgentAction ChecklistItemAction `json:"agentAction" jsonschema_description:"What the agent did."`
}

// ConversationContext is one turn of conversation text sent for checklist
// inference.
type ConversationContext struct {
	ID          string             `json:"id" jsonschema_description:"Turn id, unique in the request."`
	Participant ContextParticipant `json:"participant" jsonschema_description:"Speaker; Internal is the agent."`
	Text        string             `json:"text" jsonschema_description:"Text of the turn."`
}

// ChecklistActivationTrigger says what activated an agent checklist.
type ChecklistActivationTrigger string

// ChecklistActivationTrigger values.
const (
	ChecklistActivationTriggerIntent            ChecklistActivationTrigger = "Intent"
	ChecklistActivationTriggerConversationStart ChecklistActivationTrigger = "ConversationStart"
)

// EnumValues lists the values Genesys Cloud accepts for ChecklistActivationTrigger.
func (ChecklistActivationTrigger) EnumValues() []string {
	return []string{
		string(ChecklistActivationTriggerIntent),
		string(ChecklistActivationTriggerConversationStart),
	}
}

// ChecklistMediaType is the media type of the conversation a checklist runs on.
type ChecklistMediaType string

// ChecklistMediaType values.
const (
	ChecklistMediaTypeVoice   ChecklistMediaType = "Voice"
	ChecklistMediaTypeMessage ChecklistMediaType = "Message"
	ChecklistMediaTypeEmail   ChecklistMediaType = "Email"
)

// EnumValues lists the values Genesys Cloud accepts for ChecklistMediaType.
func (ChecklistMediaType) EnumValues() []string {
	return []string{
		string(ChecklistMediaTypeVoice),
		string(ChecklistMediaTypeMessage),
		string(ChecklistMediaTypeEmail),
	}
}

// ChecklistDirection is the direction of the conversation a checklist runs on.
type ChecklistDirection string

// ChecklistDirection values.
const (
	ChecklistDirectionInbound  ChecklistDirection = "Inbound"
	ChecklistDirectionOutbound ChecklistDirection = "Outbound"
)

// EnumValues lists the values Genesys Cloud accepts for ChecklistDirection.
func (ChecklistDirection) EnumValues() []string {
	return []string{
		string(ChecklistDirectionInbound),
		string(ChecklistDirectionOutbound),
	}
}

// ChecklistItemAction is an agent's action on a checklist item.
type ChecklistItemAction string

// ChecklistItemAction values.
const (
	ChecklistItemActionTicked   ChecklistItemAction = "Ticked"
	ChecklistItemActionUnticked ChecklistItemAction = "Unticked"
)

// EnumValues lists the values Genesys Cloud accepts for ChecklistItemAction.
func (ChecklistItemAction) EnumValues() []string {
	return []string{
		string(ChecklistItemActionTicked),
		string(ChecklistItemActionUnticked),
	}
}

// ContextParticipant says which side of the conversation spoke a turn.
type ContextParticipant string

// ContextParticipant values.
const (
	ContextParticipantInternal ContextParticipant = "Internal"
	ContextParticipantExternal ContextParticipant = "External"
)

// EnumValues lists the values Genesys Cloud accepts for ContextParticipant.
func (ContextParticipant) EnumValues() []string {
	return []string{
		string(ContextParticipantInternal),
		string(ContextParticipantExternal),
	}
}

func checklistTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_conversation_communication_agentchecklist",
			ShortName:   "genesys_get_conversation_communication_agentchecklist",
			Title:       "Get agent checklist",
			Description: "Get one agent checklist: items with model and agent states, and evaluation status. Id from genesys_conversations_get_conversation_communication_agentchecklists.",
			Toolset:     ToolsetChecklists,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}",
			New:         func() Tool { return new(GetConversationCommunicationAgentChecklist) },
		},
		{
			Name:        "genesys_conversations_get_conversation_communication_agentchecklist_job",
			ShortName:   "genesys_get_conversation_communication_agentchecklist_job",
			Title:       "Get checklist inference job",
			Description: "Poll a job from genesys_conversations_post_conversation_communication_agentchecklist_jobs: Processing, Complete or Error; when Complete it holds the evaluated items.",
			Toolset:     ToolsetChecklists,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}",
			New:         func() Tool { return new(GetConversationCommunicationAgentChecklistJob) },
		},
		{
			Name:        "genesys_conversations_get_conversation_communication_agentchecklists",
			ShortName:   "genesys_get_conversation_communication_agentchecklists",
			Title:       "List agent checklists",
			Description: "List a communication's agent checklists with items and status. The agent's communication id is in its participant's calls or messages in genesys_conversations_get_conversation.",
			Toolset:     ToolsetChecklists,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists",
			New:         func() Tool { return new(GetConversationCommunicationAgentChecklists) },
		},
		{
			Name:        "genesys_conversations_post_conversation_communication_agentchecklist",
			ShortName:   "genesys_post_conversation_communication_agentchecklist",
			Title:       "Activate agent checklist",
			Description: "Activate an agent checklist on a communication, saying what triggered it. Checklist id from genesys_conversations_get_conversation_communication_agentchecklists.",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklist) },
		},
		{
			Name:        "genesys_conversations_post_conversation_communication_agentchecklist_agentaction",
			ShortName:   "genesys_post_communication_agentchecklist_agentaction",
			Title:       "Tick or untick checklist items",
			Description: "Record that the agent ticked or unticked checklist items. Item ids and names from genesys_conversations_get_conversation_communication_agentchecklist.",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklistAgentAction) },
		},
		{
			Name:        "genesys_conversations_post_conversation_communication_agentchecklist_jobs",
			ShortName:   "genesys_post_conversation_communication_agentchecklist_jobs",
			Title:       "Start checklist inference job",
			Description: "Start a job evaluating a checklist's items against conversation turns you supply; poll its jobId with genesys_conversations_get_conversation_communication_agentchecklist_job. Each call starts a job.",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklistJobs) },
		},
		{
			Name:        "genesys_conversations_post_conversation_communication_agentchecklists_finalize",
			ShortName:   "genesys_post_conversation_communication_agentchecklists_finalize",
			Title:       "Finalize agent checklists",
			Description: "End the evaluation of all checklists of a communication, with an exit reason, usually when the interaction is over. Communication id from genesys_conversations_get_conversation.",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklistsFinalize) },
		},
	}
}
