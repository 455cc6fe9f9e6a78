package tools

import (
	"context"
	"net/http"
)

// DeleteCallParticipantConsult TODO.
//
// spec: Cancel the transfer |
//
// Genesys Cloud API: DELETE /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult
type DeleteCallParticipantConsult struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteCallParticipantConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult", t)
}

// PatchCallParticipantConsult TODO.
//
// spec: Change who can speak |
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult
type PatchCallParticipantConsult struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Determines to whom the initiating participant is speaking.
	SpeakTo SpeakTo `json:"speakTo" jsonschema_description:"TODO"`
	//spec: The user ID of the person who wants to talk before completing the transfer. Could be the same of the context user ID
	ConsultingUserID string `json:"consultingUserId,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult", t)
}

// PostCallParticipantConsultAgent TODO.
//
// spec: Initiate a consult transfer to an agent |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent
type PostCallParticipantConsultAgent struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Determines to whom the initiating participant is requesting to speak. Defaults to DESTINATION
	SpeakTo SpeakTo `json:"speakTo" jsonschema_description:"TODO"`
	//spec: The user ID of the person who wants to talk before completing the transfer. Could be the same of the context user ID
	ConsultingUserID string `json:"consultingUserId,omitempty" jsonschema_description:"TODO"`
	//spec: The id of the internal user.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the internal user.
	UserDisplayName string `json:"userDisplayName,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultAgent) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent", t)
}

// PostCallParticipantConsultContactExternal TODO.
//
// spec: Initiate a consult transfer to an external contact |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external
type PostCallParticipantConsultContactExternal struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Determines to whom the initiating participant is requesting to speak. Defaults to DESTINATION
	SpeakTo SpeakTo `json:"speakTo" jsonschema_description:"TODO"`
	//spec: The user ID of the person who wants to talk before completing the transfer. Could be the same of the context user ID
	ConsultingUserID string `json:"consultingUserId,omitempty" jsonschema_description:"TODO"`
	//spec: The external contact id.
	ContactID string `json:"contactId" jsonschema_description:"TODO"`
	//spec: The external contact phone type.
	PhoneType PhoneType `json:"phoneType" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultContactExternal) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external", t)
}

// PostCallParticipantConsultQueue TODO.
//
// spec: Initiate a consult transfer to a queue |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue
type PostCallParticipantConsultQueue struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Determines to whom the initiating participant is requesting to speak. Defaults to DESTINATION
	SpeakTo SpeakTo `json:"speakTo" jsonschema_description:"TODO"`
	//spec: The user ID of the person who wants to talk before completing the transfer. Could be the same of the context user ID
	ConsultingUserID string `json:"consultingUserId,omitempty" jsonschema_description:"TODO"`
	//spec: The id of the queue.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the queue.
	QueueName string `json:"queueName,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultQueue) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue", t)
}

// PostCallParticipantReplace TODO.
//
// spec: Replace this participant with the specified user and/or address |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace
type PostCallParticipantReplace struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	TransferRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantReplace) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace", t)
}

// PostCallParticipantVoiceConsult TODO.
//
// spec: Initiate voice consult transfer |
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult
type PostCallParticipantVoiceConsult struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: Determines to whom the initiating participant is requesting to speak. Defaults to DESTINATION
	SpeakTo SpeakTo `json:"speakTo" jsonschema_description:"TODO"`
	//spec: The user ID of the person who wants to talk before completing the transfer. Could be the same of the context user ID
	ConsultingUserID string `json:"consultingUserId,omitempty" jsonschema_description:"TODO"`
	//spec: Destination's address or phone number.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantVoiceConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult", t)
}

// PostCallbackParticipantReplace TODO.
//
// spec: Replace this participant with the specified user and/or address |
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace
type PostCallbackParticipantReplace struct {
	//spec: conversationId
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participantId
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	TransferRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbackParticipantReplace) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace", t)
}

// PostConversationParticipantReplaceAgent TODO.
//
// spec: Replace this participant with the specified agent |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent
type PostConversationParticipantReplaceAgent struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The type of transfer to perform. Attended, where the initiating agent maintains ownership of the conversation until the intended recipient accepts the transfer, or Unattended, where the initiating agent immediately disconnects. Default is Unattended.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
	//spec: If true, the digital internal message will NOT be terminated.
	KeepInternalMessageAlive *bool `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"TODO"`
	//spec: The id of the internal user.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: The userName (like user’s email) of the internal user.
	UserName string `json:"userName,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the internal user.
	UserDisplayName string `json:"userDisplayName,omitempty" jsonschema_description:"TODO"`
	//spec: If true, transfer to the voicemail inbox of the participant that is being replaced.
	Voicemail *bool `json:"voicemail,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceAgent) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent", t)
}

// PostConversationParticipantReplaceContactExternal TODO.
//
// spec: Replace this participant with the an external contact |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external
type PostConversationParticipantReplaceContactExternal struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The type of transfer to perform. Attended, where the initiating agent maintains ownership of the conversation until the intended recipient accepts the transfer, or Unattended, where the initiating agent immediately disconnects. Default is Unattended.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
	//spec: If true, the digital internal message will NOT be terminated.
	KeepInternalMessageAlive *bool `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"TODO"`
	//spec: The external contact id.
	ContactID string `json:"contactId" jsonschema_description:"TODO"`
	//spec: The external contact phone type.
	PhoneType PhoneType `json:"phoneType" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceContactExternal) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external", t)
}

// PostConversationParticipantReplaceQueue TODO.
//
// spec: Replace this participant with the specified queue |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue
type PostConversationParticipantReplaceQueue struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The type of transfer to perform. Attended, where the initiating agent maintains ownership of the conversation until the intended recipient accepts the transfer, or Unattended, where the initiating agent immediately disconnects. Default is Unattended.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
	//spec: If true, the digital internal message will NOT be terminated.
	KeepInternalMessageAlive *bool `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"TODO"`
	//spec: The id of the queue.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: The name of the queue.
	QueueName string `json:"queueName,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceQueue) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue", t)
}

// PostConversationParticipantTransfer TODO.
//
// spec: Replace this participant by another one using the address of the destination. |
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/transfer
type PostConversationParticipantTransfer struct {
	//spec: conversation ID
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"TODO"`
	//spec: participant ID
	ParticipantID string `json:"participantId" in:"path" jsonschema_description:"TODO"`
	//spec: The type of transfer to perform. Attended, where the initiating agent maintains ownership of the conversation until the intended recipient accepts the transfer, or Unattended, where the initiating agent immediately disconnects. Default is Unattended.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
	//spec: If true, the digital internal message will NOT be terminated.
	KeepInternalMessageAlive *bool `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"TODO"`
	//spec: User's name, queue's name, destination's address or phone number.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantTransfer) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/transfer", t)
}

// TransferRequest TODO.
//
// spec model TransferRequest:
type TransferRequest struct {
	//spec: The type of transfer to perform. Attended, where the initiating agent maintains ownership of the conversation until the intended recipient accepts the transfer, or Unattended, where the initiating agent immediately disconnects. Default is Unattended.
	TransferType TransferType `json:"transferType,omitempty" jsonschema_description:"TODO"`
	//spec: If true, the digital internal message will NOT be terminated.
	KeepInternalMessageAlive *bool `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"TODO"`
	//spec: The user ID of the transfer target.
	UserID string `json:"userId,omitempty" jsonschema_description:"TODO"`
	//spec: The user ID or queue ID of the transfer target. Address like a phone number can not be used for callbacks, but they can be used for other forms of communication.
	Address string `json:"address,omitempty" jsonschema_description:"TODO"`
	//spec: The user name of the transfer target.
	UserName string `json:"userName,omitempty" jsonschema_description:"TODO"`
	//spec: The queue ID of the transfer target.
	QueueID string `json:"queueId,omitempty" jsonschema_description:"TODO"`
	//spec: If true, transfer to the voicemail inbox of the participant that is being replaced.
	Voicemail *bool `json:"voicemail,omitempty" jsonschema_description:"TODO"`
}

// SpeakTo TODO.
type SpeakTo string

// SpeakTo values.
const (
	SpeakToDESTINATION SpeakTo = "DESTINATION"
	SpeakToOBJECT      SpeakTo = "OBJECT"
	SpeakToBOTH        SpeakTo = "BOTH"
	SpeakToCONFERENCE  SpeakTo = "CONFERENCE"
)

// EnumValues lists the values Genesys Cloud accepts for SpeakTo.
func (SpeakTo) EnumValues() []string {
	return []string{
		string(SpeakToDESTINATION),
		string(SpeakToOBJECT),
		string(SpeakToBOTH),
		string(SpeakToCONFERENCE),
	}
}

// PhoneType TODO.
type PhoneType string

// PhoneType values.
const (
	PhoneTypeWorkPhone  PhoneType = "WorkPhone"
	PhoneTypeCellPhone  PhoneType = "CellPhone"
	PhoneTypeHomePhone  PhoneType = "HomePhone"
	PhoneTypeOtherPhone PhoneType = "OtherPhone"
)

// EnumValues lists the values Genesys Cloud accepts for PhoneType.
func (PhoneType) EnumValues() []string {
	return []string{
		string(PhoneTypeWorkPhone),
		string(PhoneTypeCellPhone),
		string(PhoneTypeHomePhone),
		string(PhoneTypeOtherPhone),
	}
}

// TransferType TODO.
type TransferType string

// TransferType values.
const (
	TransferTypeAttended   TransferType = "Attended"
	TransferTypeUnattended TransferType = "Unattended"
)

// EnumValues lists the values Genesys Cloud accepts for TransferType.
func (TransferType) EnumValues() []string {
	return []string{
		string(TransferTypeAttended),
		string(TransferTypeUnattended),
	}
}

func transferTools() []Spec {
	return []Spec{
		{
			Name:        "genesys_conversations_delete_call_participant_consult",
			ShortName:   "genesys_delete_call_participant_consult",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  true,
			Method:      http.MethodDelete,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult",
			New:         func() Tool { return new(DeleteCallParticipantConsult) },
		},
		{
			Name:        "genesys_conversations_patch_call_participant_consult",
			ShortName:   "genesys_patch_call_participant_consult",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Write,
			Idempotent:  true,
			Method:      http.MethodPatch,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult",
			New:         func() Tool { return new(PatchCallParticipantConsult) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_consult_agent",
			ShortName:   "genesys_post_call_participant_consult_agent",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent",
			New:         func() Tool { return new(PostCallParticipantConsultAgent) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_consult_contact_external",
			ShortName:   "genesys_post_call_participant_consult_contact_external",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external",
			New:         func() Tool { return new(PostCallParticipantConsultContactExternal) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_consult_queue",
			ShortName:   "genesys_post_call_participant_consult_queue",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue",
			New:         func() Tool { return new(PostCallParticipantConsultQueue) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_replace",
			ShortName:   "genesys_post_call_participant_replace",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace",
			New:         func() Tool { return new(PostCallParticipantReplace) },
		},
		{
			Name:        "genesys_conversations_post_call_participant_voice_consult",
			ShortName:   "genesys_post_call_participant_voice_consult",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult",
			New:         func() Tool { return new(PostCallParticipantVoiceConsult) },
		},
		{
			Name:        "genesys_conversations_post_callback_participant_replace",
			ShortName:   "genesys_post_callback_participant_replace",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace",
			New:         func() Tool { return new(PostCallbackParticipantReplace) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_replace_agent",
			ShortName:   "genesys_post_conversation_participant_replace_agent",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent",
			New:         func() Tool { return new(PostConversationParticipantReplaceAgent) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_replace_contact_external",
			ShortName:   "genesys_post_conversation_participant_replace_contact_external",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external",
			New:         func() Tool { return new(PostConversationParticipantReplaceContactExternal) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_replace_queue",
			ShortName:   "genesys_post_conversation_participant_replace_queue",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue",
			New:         func() Tool { return new(PostConversationParticipantReplaceQueue) },
		},
		{
			Name:        "genesys_conversations_post_conversation_participant_transfer",
			ShortName:   "genesys_post_conversation_participant_transfer",
			Title:       "TODO",
			Description: "TODO",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/transfer",
			New:         func() Tool { return new(PostConversationParticipantTransfer) },
		},
	}
}
