package tools

import (
	"context"
	"net/http"
)

// GetConversationCommunicationAgentChecklist TODO.
//
// spec: Get checklist info for a single checklist. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}
type GetConversationCommunicationAgentChecklist struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent Checklist ID
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklist) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}", t)
}

// GetConversationCommunicationAgentChecklistJob TODO.
//
// spec: Get inference job status |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}
type GetConversationCommunicationAgentChecklistJob struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent Checklist ID
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"TODO"`
	//spec: Inference Job ID
	JobID string `json:"jobId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklistJob) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}", t)
}

// GetConversationCommunicationAgentChecklists TODO.
//
// spec: Get information of all checklists associated with a conversation. |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists
type GetConversationCommunicationAgentChecklists struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationAgentChecklists) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists", t)
}

// PostConversationCommunicationAgentChecklist TODO.
//
// spec: Agent Checklist activation API |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}
type PostConversationCommunicationAgentChecklist struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent Checklist ID
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"TODO"`
	//spec: Trigger type that activated this checklist.
	ActivationTriggerType ChecklistActivationTrigger `json:"activationTriggerType" jsonschema_description:"TODO"`
	//spec: The intent ID if checklist was triggered by an intent.
	IntentID string `json:"intentId,omitempty" jsonschema_description:"TODO"`
	//spec: The intent name if checklist was triggered by an intent.
	IntentName string `json:"intentName,omitempty" jsonschema_description:"TODO"`
	//spec: Language associated with the checklist.
	Language string `json:"language" jsonschema_description:"TODO"`
	//spec: Agent ID.
	AgentID string `json:"agentId,omitempty" jsonschema_description:"TODO"`
	//spec: Participant ID.
	ParticipantID string `json:"participantId,omitempty" jsonschema_description:"TODO"`
	//spec: Queue ID.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: Assistant ID.
	AssistantID string `json:"assistantId,omitempty" jsonschema_description:"TODO"`
	//spec: Media type.
	MediaType ChecklistMediaType `json:"mediaType,omitempty" jsonschema_description:"TODO"`
	//spec: Direction of the conversation.
	Direction ChecklistDirection `json:"direction,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklist) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}", t)
}

// PostConversationCommunicationAgentChecklistAgentAction TODO.
//
// spec: API invoked to capture an agent action. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction
type PostConversationCommunicationAgentChecklistAgentAction struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent Checklist ID
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"TODO"`
	//spec: Boolean flag to indicate if the agent action is in ACW stage.
	AfterCallWork *bool `json:"afterCallWork,omitempty" jsonschema_description:"TODO"`
	//spec: The list of checklist items and the agent action taken on each one of them.
	ChecklistItems []AgentAction `json:"checklistItems" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistAgentAction) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction", t)
}

// PostConversationCommunicationAgentChecklistJobs TODO.
//
// spec: Create inference job |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs
type PostConversationCommunicationAgentChecklistJobs struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Agent Checklist ID
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"TODO"`
	//spec: List of conversations on which checklist evaluation is to be done.
	ConversationContext []ConversationContext `json:"conversationContext" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistJobs) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs", t)
}

// PostConversationCommunicationAgentChecklistsFinalize TODO.
//
// spec: API invoked to finalize agent checklist evaluation. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize
type PostConversationCommunicationAgentChecklistsFinalize struct {
	//spec: Conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: Communication ID
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Exit reason provided at the time of finalizing the checklist.
	ExitReason string `json:"exitReason" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistsFinalize) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize", t)
}

// AgentAction TODO.
//
// spec model AgentAction:
type AgentAction struct {
	//spec: ID of the checklist item.
	ID string `json:"id" jsonschema_description:"TODO"`
	//spec: Name of the checklist item.
	Name string `json:"name" jsonschema_description:"TODO"`
	//spec: The agent action taken on a checklist item.
	AgentAction ChecklistItemAction `json:"agentAction" jsonschema_description:"TODO"`
}

// ConversationContext TODO.
//
// spec model ConversationContext:
type ConversationContext struct {
	//spec: ID of the conversation turn.
	ID string `json:"id" jsonschema_description:"TODO"`
	//spec: Participant type of the entity.
	Participant ContextParticipant `json:"participant" jsonschema_description:"TODO"`
	//spec: The conversation text.
	Text string `json:"text" jsonschema_description:"TODO"`
}

// ChecklistActivationTrigger TODO.
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

// ChecklistMediaType TODO.
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

// ChecklistDirection TODO.
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

// ChecklistItemAction TODO.
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

// ContextParticipant TODO.
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
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
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklistsFinalize) },
		},
	}
}
