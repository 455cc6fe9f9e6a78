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
	ConversationID   string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID  string `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id, from genesys_conversations_get_conversation_communication_agentchecklists."`
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
	ConversationID   string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID  string `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	AgentChecklistID string `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id, from genesys_conversations_get_conversation_communication_agentchecklists."`
	JobID            string `json:"jobId" in:"path" jsonschema_description:"Inference job id, the jobId answered by genesys_conversations_post_conversation_communication_agentchecklist_jobs."`
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
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
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
	ConversationID        string                     `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID       string                     `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	AgentChecklistID      string                     `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id, from genesys_conversations_get_conversation_communication_agentchecklists."`
	ActivationTriggerType ChecklistActivationTrigger `json:"activationTriggerType" jsonschema_description:"What activated the checklist: ConversationStart when the conversation began, or Intent when a detected intent did (then give intentId and intentName)."`
	IntentID              string                     `json:"intentId,omitempty" jsonschema_description:"Id of the intent that triggered the checklist; only with activationTriggerType Intent."`
	IntentName            string                     `json:"intentName,omitempty" jsonschema_description:"Name of the intent that triggered the checklist; only with activationTriggerType Intent."`
	Language              string                     `json:"language" jsonschema_description:"Language of the checklist as a language code, such as en-US."`
	AgentID               string                     `json:"agentId,omitempty" jsonschema_description:"User id of the agent handling the communication."`
	ParticipantID         string                     `json:"participantId,omitempty" jsonschema_description:"Participant id of the agent, from the participants list of genesys_conversations_get_conversation or genesys_conversations_get_call."`
	QueueID               string                     `json:"queueId,omitempty" jsonschema_description:"Id of the queue the conversation was routed through."`
	AssistantID           string                     `json:"assistantId,omitempty" jsonschema_description:"Id of the agent assistant (Copilot) the checklist belongs to."`
	MediaType             ChecklistMediaType         `json:"mediaType,omitempty" jsonschema_description:"Media type of the conversation: Voice, Message or Email."`
	Direction             ChecklistDirection         `json:"direction,omitempty" jsonschema_description:"Direction of the conversation: Inbound or Outbound."`
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
	ConversationID   string        `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID  string        `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	AgentChecklistID string        `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id, from genesys_conversations_get_conversation_communication_agentchecklists."`
	AfterCallWork    *bool         `json:"afterCallWork,omitempty" jsonschema_description:"True when the agent acted during after-call work (wrap-up) rather than during the conversation."`
	ChecklistItems   []AgentAction `json:"checklistItems" jsonschema_description:"Checklist items the agent ticked or unticked, each with its id and name from the checklist."`
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
	ConversationID      string                `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID     string                `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	AgentChecklistID    string                `json:"agentChecklistId" in:"path" jsonschema_description:"Agent checklist id, from genesys_conversations_get_conversation_communication_agentchecklists."`
	ConversationContext []ConversationContext `json:"conversationContext" jsonschema_description:"Conversation turns, in order, to evaluate the checklist items against."`
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
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Conversation id, from genesys_conversations_get_conversations or genesys_conversations_get_calls."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Communication id of the agent, from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation."`
	ExitReason      string `json:"exitReason" jsonschema_description:"Why the checklist evaluation ends, such as the conversation being over; stored with the checklists."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationAgentChecklistsFinalize) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize", t)
}

// AgentAction records what the agent did with one checklist item.
type AgentAction struct {
	ID          string              `json:"id" jsonschema_description:"Checklist item id, from checklistItems in genesys_conversations_get_conversation_communication_agentchecklist."`
	Name        string              `json:"name" jsonschema_description:"Name of the checklist item, as given in the checklist."`
	AgentAction ChecklistItemAction `json:"agentAction" jsonschema_description:"What the agent did with the item: Ticked or Unticked."`
}

// ConversationContext is one turn of conversation text sent for checklist
// inference.
type ConversationContext struct {
	ID          string             `json:"id" jsonschema_description:"Id of this conversation turn, unique within the request."`
	Participant ContextParticipant `json:"participant" jsonschema_description:"Who spoke the turn: Internal for the agent side, External for the customer."`
	Text        string             `json:"text" jsonschema_description:"Text of the turn, such as a transcript line or a message."`
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
			Description: "Get one agent checklist of a conversation communication: its items, each item's state as judged by the model and by the agent, and the evaluation status. Checklist ids come from genesys_conversations_get_conversation_communication_agentchecklists; communication ids from the agent participant's calls or messages in genesys_conversations_get_conversation.",
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
			Description: "Check a checklist inference job started with genesys_conversations_post_conversation_communication_agentchecklist_jobs, whose answer gives the jobId. Status is Processing, Complete or Error; once Complete the answer holds the checklist items as the model evaluated them. Poll again while Processing.",
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
			Description: "List the agent checklists of a conversation communication, with their items and evaluation status. Communication ids come from the agent participant's calls, callbacks or messages list in genesys_conversations_get_conversation. The checklist ids feed the other checklist tools.",
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
			Description: "Activate an agent checklist on a conversation communication, giving what triggered it (ConversationStart or Intent) and its language. Checklist ids come from genesys_conversations_get_conversation_communication_agentchecklists, communication ids from genesys_conversations_get_conversation. Answers with the activated checklist.",
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
			Description: "Record that the agent ticked or unticked checklist items, during the conversation or in after-call work (afterCallWork true). Item ids and names come from genesys_conversations_get_conversation_communication_agentchecklist. Answers with the updated checklist.",
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
			Description: "Start a job that evaluates an agent checklist's items against conversation turns you supply (speaker and text). Answers with a jobId; poll genesys_conversations_get_conversation_communication_agentchecklist_job for the result. Each call starts a new job.",
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
			Description: "End the checklist evaluation of a conversation communication with an exit reason, typically when the interaction is over. It applies to every checklist of the communication and answers with them. Communication ids come from genesys_conversations_get_conversation.",
			Toolset:     ToolsetChecklists,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize",
			New:         func() Tool { return new(PostConversationCommunicationAgentChecklistsFinalize) },
		},
	}
}
