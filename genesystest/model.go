package genesystest

import (
	"encoding/json"
	"time"
)

// Org is the simulated organisation's directory. All ids are stable for a
// given seed.
type Org struct {
	ID                string
	Name              string
	Divisions         []Entity
	Users             []User
	Queues            []Queue
	WrapupCodes       []WrapupCode
	ExternalContacts  []ExternalContact
	Flows             []Flow
	Skills            []Entity
	Languages         []Entity
	UtilizationLabels []Entity
}

// Entity is an id with a name.
type Entity struct {
	ID   string
	Name string
}

// User is an agent or supervisor.
type User struct {
	ID         string
	Name       string
	Email      string
	Title      string
	DivisionID string
	QueueIDs   []string
	Supervisor bool
}

// Queue is an ACD routing queue with the wrap-up codes agents may pick.
type Queue struct {
	ID            string
	Name          string
	DivisionID    string
	WrapupCodeIDs []string
	MemberIDs     []string
}

// WrapupCode is a disposition an agent chooses after an interaction.
type WrapupCode struct {
	ID          string
	Name        string
	Description string
	DivisionID  string
}

// ExternalContact is a customer record with phone numbers.
type ExternalContact struct {
	ID        string
	FirstName string
	LastName  string
	WorkPhone string
	CellPhone string
	HomePhone string
	Email     string
}

// Flow is an Architect flow, such as a secure IVR flow.
type Flow struct {
	ID   string
	Name string
	Type string
}

// Conversation is one conversation and everything attached to it.
type Conversation struct {
	ID                  string
	Name                string
	MediaType           string // call, callback, email or message
	Direction           string // inbound or outbound
	Address             string
	ExternalTag         string
	StartTime           time.Time
	EndTime             *time.Time
	DivisionIDs         []string
	RecordingState      string // ACTIVE, PAUSED or NONE
	SecurePause         bool
	UtilizationLabelID  string
	MaxParticipants     int
	ConferenceIDs       []string // conversations merged into this one
	Participants        []*Participant
	Transfers           []*Transfer
	CustomAttributes    []*CustomAttributes
	SecureAttributes    map[string]string
	SecureAttributesVer int
	Suggestions         []*Suggestion
	Summaries           []*Summary
	Checklists          []*Checklist
	ChecklistJobs       []*ChecklistJob
	InternalMessages    []*InternalMessage
	Cobrowse            *CobrowseSession
	Historical          bool // created by the seed as past history
}

// Participant is one party of a conversation.
type Participant struct {
	ID                     string
	Name                   string
	Purpose                string // customer, acd, agent, external, ivr, user, ...
	UserID                 string
	QueueID                string
	ExternalContactID      string
	Address                string
	ANI                    string
	DNIS                   string
	StartTime              time.Time
	ConnectedTime          *time.Time
	EndTime                *time.Time
	Attributes             map[string]string
	Wrapup                 *Wrapup
	WrapupRequired         bool
	WrapupSkipped          bool
	FlaggedReason          string
	ConsultParticipantID   string
	MonitoredParticipantID string
	CoachedParticipantID   string
	BargedParticipantID    string
	MediaRoles             []string
	Communications         []*Communication
	Codes                  []string
	SecureSessions         []*SecureSession
	Digits                 []string
}

// Communication is one media session of a participant.
type Communication struct {
	ID                string
	MediaType         string // call, callback, email, message
	State             string // alerting, connected, disconnected, terminated, dialing, contacting, scheduled, parked
	Direction         string
	Held              bool
	Muted             bool
	Confined          bool
	Recording         bool
	StartTime         time.Time
	ConnectedTime     *time.Time
	EndTime           *time.Time
	StartHoldTime     *time.Time
	ResumeTime        *time.Time
	DisconnectType    string
	Wrapup            *Wrapup
	ProvisionalWrapup *Wrapup

	// Callbacks.
	CallbackNumbers       []string
	CallbackUserName      string
	CallbackScheduledTime *time.Time
	ScriptID              string
	CallerID              string
	CallerIDName          string

	// Email.
	Subject      string
	MessagesSent int

	// Messaging.
	MessageType string
	Messages    []*MessageEntry

	Segments []*Segment
}

// MessageEntry is one message of a messaging conversation or one email.
type MessageEntry struct {
	ID        string
	Text      string
	Direction string // inbound or outbound
	Time      time.Time
}

// Segment is one stretch of a communication's timeline, as analytics reports it.
type Segment struct {
	Type           string // alert, interact, hold, wrapup, ivr, dialing, contacting, scheduled
	Start          time.Time
	End            *time.Time
	QueueID        string
	WrapupCode     string
	WrapupNote     string
	WrapupTags     []string
	DisconnectType string
}

// Wrapup is a recorded after-call disposition.
type Wrapup struct {
	Code            string
	Name            string
	Notes           string
	Tags            []string
	DurationSeconds int
	EndTime         *time.Time
	Provisional     bool
}

// Transfer is a transfer command applied to a conversation.
type Transfer struct {
	ID                 string
	State              string // Pending, Active, Complete, Canceled, Failed
	TransferType       string // Attended or Unattended
	DateIssued         time.Time
	InitiatorUserID    string
	DestinationUserID  string
	DestinationAddress string
}

// CustomAttributes is a versioned custom-attributes record.
type CustomAttributes struct {
	ID           string
	SchemaID     string
	Version      int
	DivisionIDs  []string
	Attributes   map[string]any
	DateCreated  time.Time
	DateModified time.Time
}

// SecureSession is a secure IVR session of a participant.
type SecureSession struct {
	ID                  string
	FlowID              string
	UserData            string
	State               string // PENDING, COMPLETED, FAILED
	SourceParticipantID string
	Disconnect          bool
}

// Suggestion is an agent-assist (Copilot) suggestion.
type Suggestion struct {
	ID          string
	Type        string // Faq, Article, KnowledgeArticle, CannedResponse, ...
	State       string // Suggested, Accepted, Dismissed, Failed, Rated
	DateCreated time.Time
	Question    string
	Answer      string
	Engagements []SuggestionEngagement
}

// SuggestionEngagement records what an agent did with a suggestion.
type SuggestionEngagement struct {
	Type   string // Dismissed, Copied, Opened, Feedback
	Rating string
	Time   time.Time
}

// Summary is a generated conversation summary with the agent's feedback.
type Summary struct {
	ID              string
	CommunicationID string
	Text            string
	Reason          string
	Resolution      string
	Followup        string
	Language        string
	DateCreated     time.Time
	Visibility      string // Presented, NotPresented, Unknown
	Status          string // Copied, NotCopied, Unknown
	Rating          string // Positive, Negative, Unknown
	EditedSummary   string
}

// Checklist is an agent checklist activated on a communication.
type Checklist struct {
	ID              string
	Name            string
	CommunicationID string
	Status          string // Active, Inactive, Finalized
	ExitReason      string
	Language        string
	AgentID         string
	ParticipantID   string
	QueueID         string
	AssistantID     string
	MediaType       string
	Direction       string
	Items           []*ChecklistItem
	Activated       bool
	LastModified    time.Time
	FinalizedAt     *time.Time
}

// ChecklistItem is one item of a checklist.
type ChecklistItem struct {
	ID          string
	Name        string
	Description string
	Important   bool
	AgentTicked bool
	ModelTicked bool
}

// ChecklistJob is an inference job that evaluates a checklist against a
// conversation context. It progresses from Pending to Running to
// Complete as it is polled.
type ChecklistJob struct {
	ID              string
	ChecklistID     string
	CommunicationID string
	Status          string
	Polls           int
	Started         time.Time
	Ended           *time.Time
	Context         []string
}

// InternalMessage is an agent-to-agent message inside a conversation.
type InternalMessage struct {
	ID              string
	CommunicationID string
	SenderUserID    string
	RecipientUserID string
	Text            string
	Time            time.Time
}

// CobrowseSession is a co-browse session offered to a customer.
type CobrowseSession struct {
	ID        string
	JoinCode  string
	OfferEnds time.Time
}

// clone deep-copies a value of the state through JSON, so callers of the
// introspection methods cannot reach the server's own data.
func clone[T any](v T) T {
	var out T
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // state types are plain data; this cannot fail
	}
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// AnalyticsJob is an asynchronous conversation-details job whose results
// are read page by page with a cursor.
type AnalyticsJob struct {
	ID              string
	State           string // QUEUED, PENDING, FULFILLED, FAILED, EXPIRED
	Interval        string
	ConversationIDs []string
	Created         time.Time
}
