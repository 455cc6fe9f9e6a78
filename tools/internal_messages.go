package tools

import (
	"context"
	"net/http"
)

// GetConversationCommunicationInternalMessage TODO.
//
// spec: Get message |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}
type GetConversationCommunicationInternalMessage struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: messageId
	MessageID string `json:"messageId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationInternalMessage) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}", t)
}

// GetConversationCommunicationInternalMessages TODO.
//
// spec: Get messages for communication |
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages
type GetConversationCommunicationInternalMessages struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: Indicates maximum number of results in response. Default page size is 25 results. The maximum page size is 200.
	PageSize int `json:"pageSize,omitempty" in:"query" jsonschema_description:"TODO"`
	//spec: Page number
	PageNumber int `json:"pageNumber,omitempty" in:"query" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationInternalMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages", t)
}

// PostConversationCommunicationInternalMessages TODO.
//
// spec: Send internal message | Send a new internal message for an existing communication.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages
type PostConversationCommunicationInternalMessages struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: communicationId
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"TODO"`
	//spec: The body of the text message.
	Text string `json:"text" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationInternalMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages", t)
}

// PostConversationParticipantInternalMessagesUsersCommunications TODO.
//
// spec: Setup internal message communication with user | The target user of the digital consultation must have the `conversation:internalMessaging:accept` permission.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications
type PostConversationParticipantInternalMessagesUsersCommunications struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The user ID of the target.
	TargetUserID string `json:"targetUserId" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantInternalMessagesUsersCommunications) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications", t)
}

func internalMessageTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_get_conversation_communication_internalmessage",
			ShortName:   "genesys_get_conversation_communication_internalmessage",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetInternalMessages,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}",
			New:         func() Tool { return new(GetConversationCommunicationInternalMessage) },
		},
		{
			Name:        "genesys_conversations_get_conversation_communication_internalmessages",
			ShortName:   "genesys_get_conversation_communication_internalmessages",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetInternalMessages,
			Access:      Read,
			Idempotent:  true,
			Method:      http.MethodGet,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages",
			New:         func() Tool { return new(GetConversationCommunicationInternalMessages) },
		},
		{
			Name:        "genesys_conversations_post_conversation_communication_internalmessages",
			ShortName:   "genesys_post_conversation_communication_internalmessages",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetInternalMessages,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages",
			New:         func() Tool { return new(PostConversationCommunicationInternalMessages) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_internalmessages_users_communications",
			ShortName:   "genesys_post_participant_internalmessages_users_communications",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetInternalMessages,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications",
			New:         func() Tool { return new(PostConversationParticipantInternalMessagesUsersCommunications) },
		},
	}
}
