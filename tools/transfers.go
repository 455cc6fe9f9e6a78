package tools

import (
	"context"
	"net/http"
)

// DeleteCallParticipantConsult cancels a consult transfer that is in
// progress on a call: the consulted party is dropped and the call stays with
// the agent who started the consult.
//
// Genesys Cloud API: DELETE /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult
type DeleteCallParticipantConsult struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant being transferred, usually the customer."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *DeleteCallParticipantConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodDelete, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult", t)
}

// PatchCallParticipantConsult changes who the consulting agent is talking to
// during a consult transfer on a call: the consulted party, the party being
// transferred, both of them, or everyone as a conference.
//
// Genesys Cloud API: PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult
type PatchCallParticipantConsult struct {
	ConversationID   string  `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID    string  `json:"participantId" in:"path" jsonschema_description:"Participant the consult started on, usually the customer."`
	SpeakTo          SpeakTo `json:"speakTo" jsonschema_description:"Who the agent talks to: DESTINATION=target, OBJECT=customer, BOTH or CONFERENCE."`
	ConsultingUserID string  `json:"consultingUserId,omitempty" jsonschema_description:"Consulting user id; usually omit."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PatchCallParticipantConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPatch, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult", t)
}

// PostCallParticipantConsultAgent starts a consult transfer of a call to an
// internal user: the agent talks to that user first and hands the call over
// afterwards.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent
type PostCallParticipantConsultAgent struct {
	ConversationID   string  `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID    string  `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	SpeakTo          SpeakTo `json:"speakTo" jsonschema_description:"Agent speaks to DESTINATION=target (usual), OBJECT=customer, BOTH or CONFERENCE."`
	ConsultingUserID string  `json:"consultingUserId,omitempty" jsonschema_description:"Consulting user id; usually omit."`
	UserID           string  `json:"userId,omitempty" jsonschema_description:"Id of the user to consult."`
	UserDisplayName  string  `json:"userDisplayName,omitempty" jsonschema_description:"That user's display name, instead of userId."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultAgent) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent", t)
}

// PostCallParticipantConsultContactExternal starts a consult transfer of a
// call to one phone number of an external contact.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external
type PostCallParticipantConsultContactExternal struct {
	ConversationID   string    `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID    string    `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	SpeakTo          SpeakTo   `json:"speakTo" jsonschema_description:"Agent speaks to DESTINATION=target (usual), OBJECT=customer, BOTH or CONFERENCE."`
	ConsultingUserID string    `json:"consultingUserId,omitempty" jsonschema_description:"Consulting user id; usually omit."`
	ContactID        string    `json:"contactId" jsonschema_description:"External contact id (External Contacts API)."`
	PhoneType        PhoneType `json:"phoneType" jsonschema_description:"Which of the contact's numbers to dial."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultContactExternal) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external", t)
}

// PostCallParticipantConsultQueue starts a consult transfer of a call to a
// queue: the agent talks to whoever answers from the queue before handing the
// call over.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue
type PostCallParticipantConsultQueue struct {
	ConversationID   string  `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID    string  `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	SpeakTo          SpeakTo `json:"speakTo" jsonschema_description:"Agent speaks to DESTINATION=target (usual), OBJECT=customer, BOTH or CONFERENCE."`
	ConsultingUserID string  `json:"consultingUserId,omitempty" jsonschema_description:"Consulting user id; usually omit."`
	QueueID          string  `json:"queueId,omitempty" jsonschema_description:"Id of the queue to consult."`
	QueueName        string  `json:"queueName,omitempty" jsonschema_description:"Queue name, instead of queueId."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantConsultQueue) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue", t)
}

// PostCallParticipantReplace blind-transfers a call: the participant is
// replaced by a user, a queue or an address without consulting first.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace
type PostCallParticipantReplace struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantReplace) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace", t)
}

// PostCallParticipantVoiceConsult starts a consult transfer of a call to any
// address: a phone number, or the name of a user or queue.
//
// Genesys Cloud API: POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult
type PostCallParticipantVoiceConsult struct {
	ConversationID   string  `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID    string  `json:"participantId" in:"path" jsonschema_description:"Participant id."`
	SpeakTo          SpeakTo `json:"speakTo" jsonschema_description:"Agent speaks to DESTINATION=target (usual), OBJECT=customer, BOTH or CONFERENCE."`
	ConsultingUserID string  `json:"consultingUserId,omitempty" jsonschema_description:"Consulting user id; usually omit."`
	Address          string  `json:"address,omitempty" jsonschema_description:"Number to consult, e.g. +13175550123."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallParticipantVoiceConsult) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult", t)
}

// PostCallbackParticipantReplace blind-transfers a callback: the participant
// is replaced by another user or a queue.
//
// Genesys Cloud API: POST /api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace
type PostCallbackParticipantReplace struct {
	ConversationID string `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID  string `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferRequest
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostCallbackParticipantReplace) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace", t)
}

// PostConversationParticipantReplaceAgent blind-transfers a conversation of
// any media type to an internal user, or to the replaced user's voicemail.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent
type PostConversationParticipantReplaceAgent struct {
	ConversationID           string       `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID            string       `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferType             TransferType `json:"transferType,omitempty" jsonschema_description:"Attended waits for the target to accept; default Unattended."`
	KeepInternalMessageAlive *bool        `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"Digital only: keep the agent-to-agent thread open."`
	UserID                   string       `json:"userId,omitempty" jsonschema_description:"Id of the user who takes over."`
	UserName                 string       `json:"userName,omitempty" jsonschema_description:"User login (email), instead of userId."`
	UserDisplayName          string       `json:"userDisplayName,omitempty" jsonschema_description:"User display name, instead of userId."`
	Voicemail                *bool        `json:"voicemail,omitempty" jsonschema_description:"True sends it to the replaced participant's voicemail."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceAgent) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent", t)
}

// PostConversationParticipantReplaceContactExternal blind-transfers a
// conversation to one phone number of an external contact.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external
type PostConversationParticipantReplaceContactExternal struct {
	ConversationID           string       `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID            string       `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferType             TransferType `json:"transferType,omitempty" jsonschema_description:"Attended waits for the target to accept; default Unattended."`
	KeepInternalMessageAlive *bool        `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"Digital only: keep the agent-to-agent thread open."`
	ContactID                string       `json:"contactId" jsonschema_description:"External contact id (External Contacts API)."`
	PhoneType                PhoneType    `json:"phoneType" jsonschema_description:"Which of the contact's numbers to dial."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceContactExternal) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external", t)
}

// PostConversationParticipantReplaceQueue blind-transfers a conversation of
// any media type to a queue.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue
type PostConversationParticipantReplaceQueue struct {
	ConversationID           string       `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID            string       `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferType             TransferType `json:"transferType,omitempty" jsonschema_description:"Attended waits for the target to accept; default Unattended."`
	KeepInternalMessageAlive *bool        `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"Digital only: keep the agent-to-agent thread open."`
	QueueID                  string       `json:"queueId,omitempty" jsonschema_description:"Id of the target queue."`
	QueueName                string       `json:"queueName,omitempty" jsonschema_description:"Queue name, instead of queueId."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantReplaceQueue) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue", t)
}

// PostConversationParticipantTransfer blind-transfers a conversation to a
// single destination address: a user's or queue's name, or a phone number.
//
// Genesys Cloud API: POST /api/v2/conversations/{conversationId}/participants/{participantId}/transfer
type PostConversationParticipantTransfer struct {
	ConversationID           string       `json:"conversationId" in:"path" jsonschema_description:"Conversation id."`
	ParticipantID            string       `json:"participantId" in:"path" jsonschema_description:"Participant to replace, usually the agent."`
	TransferType             TransferType `json:"transferType,omitempty" jsonschema_description:"Attended waits for the target to accept; default Unattended."`
	KeepInternalMessageAlive *bool        `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"Digital only: keep the agent-to-agent thread open."`
	Address                  string       `json:"address,omitempty" jsonschema_description:"User name, queue name or number, e.g. +13175550123."`
}

// Invoke sends the request and returns Genesys Cloud's answer.
func (t *PostConversationParticipantTransfer) Invoke(ctx context.Context, c *Client) (*Result, error) {
	return c.send(ctx, http.MethodPost, "/api/v2/conversations/{conversationId}/participants/{participantId}/transfer", t)
}

// TransferRequest is the body of the call and callback blind-transfer
// (replace) operations: who or what takes the participant's place, and
// whether the transfer is attended. Set one target: userId, userName,
// queueId, address, or voicemail.
type TransferRequest struct {
	TransferType             TransferType `json:"transferType,omitempty" jsonschema_description:"Attended waits for the target to accept; default Unattended."`
	KeepInternalMessageAlive *bool        `json:"keepInternalMessageAlive,omitempty" jsonschema_description:"Digital only: keep the agent-to-agent thread open."`
	UserID                   string       `json:"userId,omitempty" jsonschema_description:"Id of the user who takes over."`
	Address                  string       `json:"address,omitempty" jsonschema_description:"User or queue id; calls also take a phone number."`
	UserName                 string       `json:"userName,omitempty" jsonschema_description:"User name, instead of userId."`
	QueueID                  string       `json:"queueId,omitempty" jsonschema_description:"Id of the queue that takes over."`
	Voicemail                *bool        `json:"voicemail,omitempty" jsonschema_description:"True sends it to the replaced participant's voicemail."`
}

// SpeakTo says who the consulting agent talks to during a consult transfer.
// The destination is the party being consulted (the transfer target); the
// object is the party being transferred, usually the customer.
//   - DESTINATION: talk to the transfer target; the customer waits on hold.
//     This is the usual value when a consult starts.
//   - OBJECT: talk to the customer (the object of the transfer); the target
//     waits on hold.
//   - BOTH: all three parties talk together while the transfer is still
//     pending.
//   - CONFERENCE: turn the consult into an ordinary conference call of all
//     parties.
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

// PhoneType picks which of an external contact's phone numbers a transfer
// or consult dials: work, cell (mobile), home or other.
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

// TransferType says whether a blind transfer is attended, where the
// initiating agent keeps the conversation until the target accepts it, or
// unattended (the API's default), where the agent is released at once.
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
			Title:       "Cancel a consult transfer",
			Description: "Cancels a consult transfer on a call: the consulted party drops and the agent keeps the call. Pass the participant the consult started on, from genesys_conversations_get_call.",
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
			Title:       "Change who speaks in a consult",
			Description: "Switches who the agent talks to during a consult transfer on a call (speakTo). Pass the participant the consult started on, from genesys_conversations_get_call.",
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
			Title:       "Consult transfer a call to a user",
			Description: "Starts a consult transfer of a call to an internal user; the agent talks to them before handing over. Participant (usually the customer) from genesys_conversations_get_call.",
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
			Title:       "Consult transfer to external contact",
			Description: "Starts a consult transfer of a call to one number (phoneType) of an external contact. Participant (usually the customer) from genesys_conversations_get_call.",
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
			Title:       "Consult transfer a call to a queue",
			Description: "Starts a consult transfer of a call to a queue; the agent talks to whoever answers before handing over. Participant (usually the customer) from genesys_conversations_get_call.",
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
			Title:       "Blind transfer a call",
			Description: "Blind-transfers a call: the participant (usually the agent) is replaced by a user, queue, number or voicemail, without consulting. Ids from genesys_conversations_get_call.",
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
			Title:       "Consult transfer a call to a number",
			Description: "Starts a consult transfer of a call to an address, usually a phone number; the agent talks first, then hands over. Participant (usually the customer) from genesys_conversations_get_call.",
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
			Title:       "Blind transfer a callback",
			Description: "Blind-transfers a callback to a user, a queue or voicemail; phone numbers are not accepted. Participant (usually the agent) from genesys_conversations_get_callback.",
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
			Title:       "Blind transfer to a user",
			Description: "Blind-transfers a conversation of any media type to an internal user or the replaced participant's voicemail. Participant (usually the agent) from genesys_conversations_get_conversation.",
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
			Title:       "Blind transfer to external contact",
			Description: "Blind-transfers a conversation to one number (phoneType) of an external contact. Participant (usually the agent) from genesys_conversations_get_conversation.",
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
			Title:       "Blind transfer to a queue",
			Description: "Blind-transfers a conversation of any media type to a queue to wait for an agent. Participant (usually the agent) from genesys_conversations_get_conversation.",
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
			Title:       "Blind transfer to an address",
			Description: "Blind-transfers a conversation to an address: a user or queue name, or a phone number. With a user or queue id prefer the replace tools. Participant (usually the agent) from genesys_conversations_get_conversation.",
			Toolset:     ToolsetTransfers,
			Access:      Destructive,
			Idempotent:  false,
			Method:      http.MethodPost,
			Path:        "/api/v2/conversations/{conversationId}/participants/{participantId}/transfer",
			New:         func() Tool { return new(PostConversationParticipantTransfer) },
		},
	}
}
