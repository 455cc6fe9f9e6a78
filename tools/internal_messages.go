package tools

import (
	"context"
	"net/http"
)

// GetConversationCommunicationInternalMessage reads one internal message, a
// private note exchanged between agents inside a conversation that the customer
// never sees.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}
type GetConversationCommunicationInternalMessage struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Digital conversation id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id."`
	MessageID       string `json:"messageId" in:"path" jsonschema_description:"Internal message id."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationInternalMessage) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}", t)
}

// GetConversationCommunicationInternalMessages lists, page by page, the internal
// messages of one internal-message communication of a conversation.
//
// Genesys Cloud API: GET /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages
type GetConversationCommunicationInternalMessages struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Digital conversation id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id."`
	PageSize        int    `json:"pageSize,omitempty" in:"query" jsonschema_description:"Messages per page; default 25, max 200."`
	PageNumber      int    `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page number, from 1."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *GetConversationCommunicationInternalMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodGet, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages", t)
}

// PostConversationCommunicationInternalMessages sends a text message on an existing
// internal-message communication, to the colleague at its other end.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages
type PostConversationCommunicationInternalMessages struct {
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Digital conversation id."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id."`
	Text            string `json:"text" jsonschema_description:"Message text; the customer does not see it."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationCommunicationInternalMessages) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages", t)
}

// PostConversationParticipantInternalMessagesUsersCommunications opens an internal
// message channel (a digital consultation) between an agent's participant and
// another user, and returns the two new communication ids.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications
type PostConversationParticipantInternalMessagesUsersCommunications struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Digital conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Agent participant id starting the consult."`
	TargetUserID   string `json:"targetUserId" jsonschema_description:"User id of the colleague to consult."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantInternalMessagesUsersCommunications) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications", t)
}

func internalMessageTools() []Spec {
	return []Spec{
		{
			Name:            "genesys_conversations_get_conversation_communication_internalmessage",
			ShortName:       "genesys_get_conversation_communication_internalmessage",
			Title:           "Get internal message",
			Description:     "Read one internal message: a private agent note in a digital conversation, hidden from the customer. Id from genesys_conversations_get_conversation_communication_internalmessages.",
			Toolset:         ToolsetInternalMessages,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationCommunicationInternalMessage) },
		},
		{
			Name:            "genesys_conversations_get_conversation_communication_internalmessages",
			ShortName:       "genesys_get_conversation_communication_internalmessages",
			Title:           "List internal messages",
			Description:     "List the private agent notes of an internal-message communication (from genesys_conversations_post_conversation_participant_internalmessages_users_communications or genesys_conversations_get_conversation); paged.",
			Toolset:         ToolsetInternalMessages,
			Access:          Read,
			Idempotent:      true,
			Method:          http.MethodGet,
			Path:            "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages",
			UntrustedOutput: true,
			New:             func() Tool { return new(GetConversationCommunicationInternalMessages) },
		},
		{
			Name:            "genesys_conversations_post_conversation_communication_internalmessages",
			ShortName:       "genesys_post_conversation_communication_internalmessages",
			Title:           "Send internal message",
			Description:     "Send a private message (hidden from the customer) on a communication opened by genesys_conversations_post_conversation_participant_internalmessages_users_communications. Each call sends another.",
			Toolset:         ToolsetInternalMessages,
			Access:          Write,
			Idempotent:      false,
			Method:          http.MethodPost,
			Path:            "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages",
			UntrustedOutput: true,
			New:             func() Tool { return new(PostConversationCommunicationInternalMessages) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_internalmessages_users_communications",
			ShortName:   "genesys_post_participant_internalmessages_users_communications",
			Title:       "Start internal consult with user",
			Description: "Open a private internal-message channel from an agent participant to another user, who needs conversation:internalMessaging:accept. Participant id from genesys_conversations_get_conversation.",
			Toolset:     ToolsetInternalMessages,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications",
			New:         func() Tool { return new(PostConversationParticipantInternalMessagesUsersCommunications) },
		},
	}
}
