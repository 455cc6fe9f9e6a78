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
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Id of the digital conversation (for example a messaging interaction), from genesys_conversations_get_conversations or genesys_conversations_get_conversations_messages."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id: the communicationId answered by genesys_conversations_post_conversation_participant_internalmessages_users_communications, or one from a participant's internalMessages list in genesys_conversations_get_conversation."`
	MessageID       string `json:"messageId" in:"path" jsonschema_description:"Internal message id, from the entities of genesys_conversations_get_conversation_communication_internalmessages or the answer of genesys_conversations_post_conversation_communication_internalmessages."`
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
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Id of the digital conversation (for example a messaging interaction), from genesys_conversations_get_conversations or genesys_conversations_get_conversations_messages."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id: the communicationId answered by genesys_conversations_post_conversation_participant_internalmessages_users_communications, or one from a participant's internalMessages list in genesys_conversations_get_conversation."`
	PageSize        int    `json:"pageSize,omitempty" in:"query" jsonschema_description:"Messages per page. Defaults to 25; at most 200."`
	PageNumber      int    `json:"pageNumber,omitempty" in:"query" jsonschema_description:"Page to return, counting from 1 (the default)."`
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
	ConversationID  string `json:"conversationId" in:"path" jsonschema_description:"Id of the digital conversation (for example a messaging interaction), from genesys_conversations_get_conversations or genesys_conversations_get_conversations_messages."`
	CommunicationID string `json:"communicationId" in:"path" jsonschema_description:"Internal-message communication id: the communicationId answered by genesys_conversations_post_conversation_participant_internalmessages_users_communications, or one from a participant's internalMessages list in genesys_conversations_get_conversation."`
	Text            string `json:"text" jsonschema_description:"Plain text of the message to send to the colleague; the customer does not see it."`
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
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Id of the digital conversation (for example a messaging interaction), from genesys_conversations_get_conversations or genesys_conversations_get_conversations_messages."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Id of the agent participant starting the consultation, from the participants list of genesys_conversations_get_conversation."`
	TargetUserID   string `json:"targetUserId" jsonschema_description:"User id of the colleague to consult (an agent participant's userId in genesys_conversations_get_conversation shows the format); the user needs the conversation:internalMessaging:accept permission."`
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
			Description:     "Read one internal message (a private agent-to-colleague note inside a digital conversation, hidden from the customer): sender, recipient, time and text. The message id comes from genesys_conversations_get_conversation_communication_internalmessages; to read the whole thread use that tool instead.",
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
			Description:     "List the internal messages (private agent-to-colleague notes, hidden from the customer) of one internal-message communication, page by page (pageSize up to 200). The communication id comes from genesys_conversations_post_conversation_participant_internalmessages_users_communications or a participant's internalMessages list in genesys_conversations_get_conversation.",
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
			Description:     "Send a private text message to a colleague over an existing internal-message communication of a digital conversation; the customer does not see it. Open the channel first with genesys_conversations_post_conversation_participant_internalmessages_users_communications and pass its communicationId. Each call sends another message, so do not repeat it blindly.",
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
			Description: "Open a private internal-message channel (digital consultation) between an agent's participant in a digital conversation and another user; the answer holds the new communicationId, used by genesys_conversations_post_conversation_communication_internalmessages. The participant id comes from genesys_conversations_get_conversation. The target user needs the conversation:internalMessaging:accept permission.",
			Toolset:     ToolsetInternalMessages,
			Access:      Write,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications",
			New:         func() Tool { return new(PostConversationParticipantInternalMessagesUsersCommunications) },
		},
	}
}
