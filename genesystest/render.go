package genesystest

import (
	"fmt"
	"strings"
	"time"
)

// The answer types below follow the official response models field for
// field; only the fields the simulator knows are filled, and every one is
// omitted when empty, as Genesys Cloud does.

// isoTime formats a time the way Genesys Cloud does: UTC, milliseconds, Z.
// It is written digit by digit: answers carry many times, and
// time.Format reads its layout on every call.
func isoTime(t time.Time) string {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.Format("2006-01-02T15:04:05.000Z")
	}
	hour, minute, sec := t.Clock()
	b := []byte("0000-00-00T00:00:00.000Z")
	put := func(at, n, width int) {
		for i := at + width - 1; i >= at; i-- {
			b[i] = byte('0' + n%10)
			n /= 10
		}
	}
	put(0, year, 4)
	put(5, int(month), 2)
	put(8, day, 2)
	put(11, hour, 2)
	put(14, minute, 2)
	put(17, sec, 2)
	put(20, t.Nanosecond()/int(time.Millisecond), 3)
	return string(b)
}

func isoPtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return isoTime(*t)
}

type entityRef struct {
	ID      string `json:"id,omitempty"`
	Name    string `json:"name,omitempty"`
	SelfURI string `json:"selfUri,omitempty"`
}

func (st *state) userRef(id string) *entityRef {
	if id == "" {
		return nil
	}
	r := &entityRef{ID: id, SelfURI: "/api/v2/users/" + id}
	if u, ok := st.user(id); ok {
		r.Name = u.Name
	}
	return r
}

func (st *state) queueRef(id string) *entityRef {
	if id == "" {
		return nil
	}
	r := &entityRef{ID: id, SelfURI: "/api/v2/routing/queues/" + id}
	if q, ok := st.queue(id); ok {
		r.Name = q.Name
	}
	return r
}

func externalContactRef(id string) *entityRef {
	if id == "" {
		return nil
	}
	return &entityRef{ID: id, SelfURI: "/api/v2/externalcontacts/contacts/" + id}
}

// wrapupOut is the Wrapup model.
type wrapupOut struct {
	Code            string   `json:"code,omitempty"`
	Name            string   `json:"name,omitempty"`
	Notes           string   `json:"notes,omitempty"`
	Tags            []string `json:"tags,omitempty"`
	DurationSeconds int      `json:"durationSeconds,omitempty"`
	EndTime         string   `json:"endTime,omitempty"`
	Provisional     bool     `json:"provisional,omitempty"`
}

func renderWrapup(w *Wrapup) *wrapupOut {
	if w == nil {
		return nil
	}
	return &wrapupOut{Code: w.Code, Name: w.Name, Notes: w.Notes, Tags: w.Tags, DurationSeconds: w.DurationSeconds, EndTime: isoPtr(w.EndTime), Provisional: w.Provisional}
}

// segmentOut is the Segment model of a conversation's media.
type segmentOut struct {
	StartTime      string `json:"startTime"`
	EndTime        string `json:"endTime"`
	Type           string `json:"type,omitempty"`
	HowEnded       string `json:"howEnded,omitempty"`
	DisconnectType string `json:"disconnectType,omitempty"`
}

func renderSegments(m *Communication) []segmentOut {
	var out []segmentOut
	for _, s := range m.Segments {
		if s.End == nil {
			continue // the model requires an end; open segments are reported by analytics
		}
		out = append(out, segmentOut{StartTime: isoTime(s.Start), EndTime: isoTime(*s.End), Type: s.Type, DisconnectType: s.DisconnectType})
	}
	return out
}

type addressOut struct {
	Name               string `json:"name,omitempty"`
	AddressNormalized  string `json:"addressNormalized,omitempty"`
	AddressRaw         string `json:"addressRaw,omitempty"`
	AddressDisplayable string `json:"addressDisplayable,omitempty"`
}

func address(name, addr string) *addressOut {
	if addr == "" && name == "" {
		return nil
	}
	return &addressOut{Name: name, AddressNormalized: addr, AddressRaw: addr, AddressDisplayable: addr}
}

type afterCallWorkOut struct {
	StartTime string `json:"startTime,omitempty"`
	EndTime   string `json:"endTime,omitempty"`
	State     string `json:"state,omitempty"`
}

func afterCallWork(p *Participant, m *Communication) *afterCallWorkOut {
	if p.Purpose != "agent" || !m.ended() {
		return nil
	}
	acw := &afterCallWorkOut{StartTime: isoPtr(m.EndTime), State: "pending"}
	switch {
	case m.Wrapup != nil:
		acw.State, acw.EndTime = "complete", isoPtr(m.Wrapup.EndTime)
	case p.WrapupSkipped:
		acw.State = "skipped"
	}
	return acw
}

// mediaOut is the union of the Call, Callback, Email and Message models
// (the media lists of the Participant model).
type mediaOut struct {
	State                 string            `json:"state,omitempty"`
	InitialState          string            `json:"initialState,omitempty"`
	ID                    string            `json:"id,omitempty"`
	Direction             string            `json:"direction,omitempty"`
	Recording             *bool             `json:"recording,omitempty"`
	RecordingState        string            `json:"recordingState,omitempty"`
	Muted                 *bool             `json:"muted,omitempty"`
	Confined              *bool             `json:"confined,omitempty"`
	Held                  bool              `json:"held"`
	SecurePause           *bool             `json:"securePause,omitempty"`
	Segments              []segmentOut      `json:"segments,omitempty"`
	DisconnectType        string            `json:"disconnectType,omitempty"`
	StartHoldTime         string            `json:"startHoldTime,omitempty"`
	StartAlertingTime     string            `json:"startAlertingTime,omitempty"`
	ConnectedTime         string            `json:"connectedTime,omitempty"`
	DisconnectedTime      string            `json:"disconnectedTime,omitempty"`
	Provider              string            `json:"provider,omitempty"`
	Self                  *addressOut       `json:"self,omitempty"`
	Other                 *addressOut       `json:"other,omitempty"`
	Wrapup                *wrapupOut        `json:"wrapup,omitempty"`
	AfterCallWork         *afterCallWorkOut `json:"afterCallWork,omitempty"`
	AfterCallWorkRequired *bool             `json:"afterCallWorkRequired,omitempty"`
	callbackFields
	ScriptID     string `json:"scriptId,omitempty"`
	CallerID     string `json:"callerId,omitempty"`
	CallerIDName string `json:"callerIdName,omitempty"`
	emailFields
	messageFields
	ResumeTime string `json:"resumeTime,omitempty"`
}

// callbackFields, emailFields and messageFields are the fields only the
// callback, email or message models have, in both the communication
// (mediaOut) and the media participant (mediaParticipantOut) models.
type callbackFields struct {
	CallbackNumbers       []string `json:"callbackNumbers,omitempty"`
	CallbackUserName      string   `json:"callbackUserName,omitempty"`
	CallbackScheduledTime string   `json:"callbackScheduledTime,omitempty"`
}

type emailFields struct {
	Subject      string `json:"subject,omitempty"`
	MessagesSent *int   `json:"messagesSent,omitempty"`
}

type messageFields struct {
	Type        string             `json:"type,omitempty"`
	ToAddress   *addressOut        `json:"toAddress,omitempty"`
	FromAddress *addressOut        `json:"fromAddress,omitempty"`
	Messages    []messageDetailOut `json:"messages,omitempty"`
}

type messageDetailOut struct {
	MessageID     string `json:"messageId,omitempty"`
	MessageStatus string `json:"messageStatus,omitempty"`
	MessageTime   string `json:"messageTime,omitempty"`
	MessageURI    string `json:"messageURI,omitempty"`
}

// mediaState maps the simulator's states onto each media model's enum.
func mediaState(media, state string) string {
	switch media {
	case "email":
		switch state {
		case "alerting", "connected", "disconnected", "parked":
			return state
		case "terminated":
			return "disconnected"
		}
		return "none"
	case "message":
		switch state {
		case "alerting", "connected", "parked", "disconnected":
			return state
		}
		return "disconnected"
	}
	return state
}

func renderMedia(c *Conversation, p *Participant, m *Communication) mediaOut {
	out := mediaOut{
		State: mediaState(m.MediaType, m.State), ID: m.ID, Direction: m.Direction, Held: m.Held,
		Segments: renderSegments(m), DisconnectType: m.DisconnectType, StartHoldTime: isoPtr(m.StartHoldTime),
		ConnectedTime: isoPtr(m.ConnectedTime), DisconnectedTime: isoPtr(m.EndTime), Provider: "PureCloud",
		Wrapup: renderWrapup(m.Wrapup), AfterCallWork: afterCallWork(p, m),
	}
	if p.Purpose == "agent" {
		out.AfterCallWorkRequired = ptr(p.WrapupRequired)
	}
	switch m.MediaType {
	case "call":
		out.Recording, out.Muted, out.Confined = ptr(m.Recording), ptr(m.Muted), ptr(m.Confined)
		out.SecurePause = ptr(c.SecurePause)
		out.RecordingState = strings.ToLower(c.RecordingState)
		if out.RecordingState == "" {
			out.RecordingState = "none"
		}
		out.Self, out.Other = address(p.Name, p.Address), address("", otherAddress(c, p))
	case "callback":
		out.CallbackNumbers, out.CallbackUserName = m.CallbackNumbers, m.CallbackUserName
		out.CallbackScheduledTime, out.ScriptID = isoPtr(m.CallbackScheduledTime), m.ScriptID
		out.CallerID, out.CallerIDName = m.CallerID, m.CallerIDName
	case "email":
		out.Subject = m.Subject
		out.MessagesSent = ptr(m.MessagesSent)
	case "message":
		out.Type = m.MessageType
		out.ToAddress, out.FromAddress = address("", simMainNumber), address(p.Name, p.Address)
		out.ResumeTime = isoPtr(m.ResumeTime)
		for _, msg := range m.Messages {
			status := "received"
			if msg.Direction == "outbound" {
				status = "sent"
			}
			out.Messages = append(out.Messages, messageDetailOut{MessageID: msg.ID, MessageStatus: status, MessageTime: isoTime(msg.Time),
				MessageURI: selfURI("/api/v2/conversations/messages/%s/messages/%s", c.ID, msg.ID)})
		}
	}
	return out
}

func otherAddress(c *Conversation, self *Participant) string {
	for _, p := range c.Participants {
		if p != self && (p.Purpose == "customer" || p.Purpose == "external") {
			return p.Address
		}
	}
	return c.Address
}

// participantOut is the Participant model of the generic Conversation.
type participantOut struct {
	ID                     string                   `json:"id"`
	StartTime              string                   `json:"startTime,omitempty"`
	EndTime                string                   `json:"endTime,omitempty"`
	ConnectedTime          string                   `json:"connectedTime,omitempty"`
	Name                   string                   `json:"name,omitempty"`
	UserURI                string                   `json:"userUri,omitempty"`
	UserID                 string                   `json:"userId,omitempty"`
	ExternalContactID      string                   `json:"externalContactId,omitempty"`
	QueueID                string                   `json:"queueId,omitempty"`
	QueueName              string                   `json:"queueName,omitempty"`
	Purpose                string                   `json:"purpose,omitempty"`
	ParticipantType        string                   `json:"participantType,omitempty"`
	ConsultParticipantID   string                   `json:"consultParticipantId,omitempty"`
	Address                string                   `json:"address,omitempty"`
	ANI                    string                   `json:"ani,omitempty"`
	DNIS                   string                   `json:"dnis,omitempty"`
	WrapupRequired         bool                     `json:"wrapupRequired"`
	WrapupSkipped          bool                     `json:"wrapupSkipped,omitempty"`
	Wrapup                 *wrapupOut               `json:"wrapup,omitempty"`
	MediaRoles             []string                 `json:"mediaRoles,omitempty"`
	MonitoredParticipantID string                   `json:"monitoredParticipantId,omitempty"`
	CoachedParticipantID   string                   `json:"coachedParticipantId,omitempty"`
	BargedParticipantID    string                   `json:"bargedParticipantId,omitempty"`
	Attributes             map[string]string        `json:"attributes,omitempty"`
	Calls                  []mediaOut               `json:"calls,omitempty"`
	Callbacks              []mediaOut               `json:"callbacks,omitempty"`
	Emails                 []mediaOut               `json:"emails,omitempty"`
	Messages               []mediaOut               `json:"messages,omitempty"`
	InternalMessages       []internalMessageCommOut `json:"internalMessages,omitempty"`
	FlaggedReason          string                   `json:"flaggedReason,omitempty"`
}

func (st *state) renderParticipant(c *Conversation, p *Participant) participantOut {
	out := participantOut{
		ID: p.ID, StartTime: isoTime(p.StartTime), EndTime: isoPtr(p.EndTime), ConnectedTime: isoPtr(p.ConnectedTime),
		Name: p.Name, UserID: p.UserID, ExternalContactID: p.ExternalContactID, QueueID: p.QueueID,
		Purpose: p.Purpose, ParticipantType: participantType(p), ConsultParticipantID: p.ConsultParticipantID,
		Address: p.Address, ANI: p.ANI, DNIS: p.DNIS, WrapupRequired: p.WrapupRequired, WrapupSkipped: p.WrapupSkipped,
		Wrapup: renderWrapup(p.Wrapup), MediaRoles: p.MediaRoles, MonitoredParticipantID: p.MonitoredParticipantID,
		CoachedParticipantID: p.CoachedParticipantID, BargedParticipantID: p.BargedParticipantID,
		Attributes: p.Attributes, FlaggedReason: p.FlaggedReason,
	}
	if p.UserID != "" {
		out.UserURI = "/api/v2/users/" + p.UserID
	}
	if q, ok := st.queue(p.QueueID); ok {
		out.QueueName = q.Name
	}
	for _, m := range p.Communications {
		r := renderMedia(c, p, m)
		switch m.MediaType {
		case "call":
			out.Calls = append(out.Calls, r)
		case "callback":
			out.Callbacks = append(out.Callbacks, r)
		case "email":
			out.Emails = append(out.Emails, r)
		case "message":
			out.Messages = append(out.Messages, r)
		case "internalmessage":
			out.InternalMessages = append(out.InternalMessages, renderInternalMessageComm(c, p, m))
		}
	}
	return out
}

func participantType(p *Participant) string {
	switch p.Purpose {
	case "customer", "external":
		return "External"
	case "agent", "user":
		return "Internal"
	}
	return "Unknown"
}

type divisionOut struct {
	Division *entityRef  `json:"division,omitempty"`
	Entities []entityRef `json:"entities,omitempty"`
}

func (st *state) divisions(c *Conversation) []divisionOut {
	var out []divisionOut
	for _, id := range c.DivisionIDs {
		d := divisionOut{Division: &entityRef{ID: id, SelfURI: "/api/v2/authorization/divisions/" + id}}
		for _, e := range st.org.Divisions {
			if e.ID == id {
				d.Division.Name = e.Name
			}
		}
		for _, p := range c.Participants {
			if p.QueueID != "" && p.Purpose == "acd" {
				d.Entities = append(d.Entities, entityRef{ID: p.QueueID, SelfURI: "/api/v2/routing/queues/" + p.QueueID})
			}
		}
		out = append(out, d)
	}
	return out
}

type transferOut struct {
	ID         string `json:"id,omitempty"`
	State      string `json:"state,omitempty"`
	DateIssued string `json:"dateIssued,omitempty"`
	Initiator  *struct {
		UserID string `json:"userId,omitempty"`
	} `json:"initiator,omitempty"`
	Destination *struct {
		UserID  string `json:"userId,omitempty"`
		Address string `json:"address,omitempty"`
	} `json:"destination,omitempty"`
	TransferType string `json:"transferType,omitempty"`
}

func renderTransfers(c *Conversation) []transferOut {
	var out []transferOut
	ts := c.Transfers
	if len(ts) > 20 {
		ts = ts[len(ts)-20:]
	}
	for _, t := range ts {
		o := transferOut{ID: t.ID, State: t.State, DateIssued: isoTime(t.DateIssued), TransferType: t.TransferType}
		if t.InitiatorUserID != "" {
			o.Initiator = &struct {
				UserID string `json:"userId,omitempty"`
			}{t.InitiatorUserID}
		}
		o.Destination = &struct {
			UserID  string `json:"userId,omitempty"`
			Address string `json:"address,omitempty"`
		}{t.DestinationUserID, t.DestinationAddress}
		out = append(out, o)
	}
	return out
}

// conversationOut is the generic Conversation model.
type conversationOut struct {
	ID                 string           `json:"id"`
	Name               string           `json:"name,omitempty"`
	ExternalTag        string           `json:"externalTag,omitempty"`
	StartTime          string           `json:"startTime"`
	EndTime            string           `json:"endTime,omitempty"`
	Address            string           `json:"address,omitempty"`
	Participants       []participantOut `json:"participants"`
	ConversationIDs    []string         `json:"conversationIds,omitempty"`
	MaxParticipants    int              `json:"maxParticipants,omitempty"`
	RecordingState     string           `json:"recordingState,omitempty"`
	Divisions          []divisionOut    `json:"divisions,omitempty"`
	RecentTransfers    []transferOut    `json:"recentTransfers,omitempty"`
	SecurePause        bool             `json:"securePause"`
	UtilizationLabelID string           `json:"utilizationLabelId,omitempty"`
	SelfURI            string           `json:"selfUri"`
}

func (st *state) renderConversation(c *Conversation) conversationOut {
	out := conversationOut{
		ID: c.ID, Name: c.Name, ExternalTag: c.ExternalTag, StartTime: isoTime(c.StartTime), EndTime: isoPtr(c.EndTime),
		Address: c.Address, Participants: []participantOut{}, ConversationIDs: c.ConferenceIDs, MaxParticipants: c.MaxParticipants,
		RecordingState: c.RecordingState, Divisions: st.divisions(c), RecentTransfers: renderTransfers(c),
		SecurePause: c.SecurePause, UtilizationLabelID: c.UtilizationLabelID, SelfURI: "/api/v2/conversations/" + c.ID,
	}
	for _, p := range c.Participants {
		out.Participants = append(out.Participants, st.renderParticipant(c, p))
	}
	return out
}

// mediaParticipantOut is the union of CallMediaParticipant,
// CallbackMediaParticipant, EmailMediaParticipant and
// MessageMediaParticipant: one entry per participant, its state taken from
// its communication of the conversation's media.
type mediaParticipantOut struct {
	ID              string            `json:"id"`
	Name            string            `json:"name,omitempty"`
	Address         string            `json:"address,omitempty"`
	StartTime       string            `json:"startTime,omitempty"`
	ConnectedTime   string            `json:"connectedTime,omitempty"`
	EndTime         string            `json:"endTime,omitempty"`
	StartHoldTime   string            `json:"startHoldTime,omitempty"`
	Purpose         string            `json:"purpose,omitempty"`
	State           string            `json:"state,omitempty"`
	Direction       string            `json:"direction,omitempty"`
	DisconnectType  string            `json:"disconnectType,omitempty"`
	Held            bool              `json:"held"`
	WrapupRequired  bool              `json:"wrapupRequired"`
	MediaRoles      []string          `json:"mediaRoles,omitempty"`
	User            *entityRef        `json:"user,omitempty"`
	Queue           *entityRef        `json:"queue,omitempty"`
	Attributes      map[string]string `json:"attributes,omitempty"`
	WrapupSkipped   bool              `json:"wrapupSkipped,omitempty"`
	Provider        string            `json:"provider,omitempty"`
	ExternalContact *entityRef        `json:"externalContact,omitempty"`
	Wrapup          *wrapupOut        `json:"wrapup,omitempty"`
	FlaggedReason   string            `json:"flaggedReason,omitempty"`
	ResumeTime      string            `json:"resumeTime,omitempty"`
	// Call.
	Muted                  *bool  `json:"muted,omitempty"`
	Confined               *bool  `json:"confined,omitempty"`
	Recording              *bool  `json:"recording,omitempty"`
	RecordingState         string `json:"recordingState,omitempty"`
	ANI                    string `json:"ani,omitempty"`
	DNIS                   string `json:"dnis,omitempty"`
	MonitoredParticipantID string `json:"monitoredParticipantId,omitempty"`
	CoachedParticipantID   string `json:"coachedParticipantId,omitempty"`
	BargedParticipantID    string `json:"bargedParticipantId,omitempty"`
	ConsultParticipantID   string `json:"consultParticipantId,omitempty"`
	SecurePause            *bool  `json:"securePause,omitempty"`
	callbackFields
	emailFields
	messageFields
}

func (st *state) renderMediaParticipant(c *Conversation, p *Participant) mediaParticipantOut {
	out := mediaParticipantOut{
		ID: p.ID, Name: p.Name, Address: p.Address, StartTime: isoTime(p.StartTime), ConnectedTime: isoPtr(p.ConnectedTime),
		EndTime: isoPtr(p.EndTime), Purpose: p.Purpose, WrapupRequired: p.WrapupRequired, WrapupSkipped: p.WrapupSkipped,
		MediaRoles: p.MediaRoles, User: st.userRef(p.UserID), Queue: st.queueRef(p.QueueID), Attributes: p.Attributes,
		Provider: "PureCloud", ExternalContact: externalContactRef(p.ExternalContactID), Wrapup: renderWrapup(p.Wrapup),
		FlaggedReason: p.FlaggedReason,
	}
	if m := p.mediaComm(c.MediaType); m != nil {
		md := renderMedia(c, p, m)
		out.State, out.Direction, out.DisconnectType, out.Held = md.State, md.Direction, md.DisconnectType, md.Held
		out.StartHoldTime = md.StartHoldTime
		switch c.MediaType {
		case "call":
			out.Muted, out.Confined, out.Recording, out.RecordingState = md.Muted, md.Confined, md.Recording, md.RecordingState
			out.ANI, out.DNIS, out.SecurePause = p.ANI, p.DNIS, md.SecurePause
			out.MonitoredParticipantID, out.CoachedParticipantID = p.MonitoredParticipantID, p.CoachedParticipantID
			out.BargedParticipantID, out.ConsultParticipantID = p.BargedParticipantID, p.ConsultParticipantID
		case "callback":
			out.callbackFields = md.callbackFields
		case "email":
			out.emailFields = md.emailFields
		case "message":
			out.messageFields, out.ResumeTime = md.messageFields, md.ResumeTime
		}
	}
	return out
}

// mediaConversationOut is CallConversation, CallbackConversation,
// EmailConversation or MessageConversation.
type mediaConversationOut struct {
	ID                 string                `json:"id"`
	Name               string                `json:"name,omitempty"`
	Participants       []mediaParticipantOut `json:"participants"`
	OtherMediaURIs     []string              `json:"otherMediaUris,omitempty"`
	RecentTransfers    []transferOut         `json:"recentTransfers,omitempty"`
	UtilizationLabelID string                `json:"utilizationLabelId,omitempty"`
	Divisions          []divisionOut         `json:"divisions,omitempty"`
	// CallConversation only.
	RecordingState  string `json:"recordingState,omitempty"`
	MaxParticipants int    `json:"maxParticipants,omitempty"`
	SecurePause     *bool  `json:"securePause,omitempty"`
	SelfURI         string `json:"selfUri"`
}

func (st *state) renderMediaConversation(c *Conversation) mediaConversationOut {
	out := mediaConversationOut{
		ID: c.ID, Name: c.Name, Participants: []mediaParticipantOut{}, RecentTransfers: renderTransfers(c),
		UtilizationLabelID: c.UtilizationLabelID, Divisions: st.divisions(c),
		SelfURI: fmt.Sprintf("/api/v2/conversations/%ss/%s", c.MediaType, c.ID),
	}
	if c.MediaType == "call" {
		out.RecordingState = strings.ToLower(c.RecordingState)
		out.MaxParticipants = c.MaxParticipants
		out.SecurePause = ptr(c.SecurePause)
	}
	for _, p := range c.Participants {
		out.Participants = append(out.Participants, st.renderMediaParticipant(c, p))
	}
	return out
}

// listing is the *EntityListing model shared by the list endpoints.
type listing[T any] struct {
	Entities    []T    `json:"entities"`
	PageSize    int    `json:"pageSize"`
	PageNumber  int    `json:"pageNumber"`
	Total       int    `json:"total"`
	PageCount   int    `json:"pageCount"`
	FirstURI    string `json:"firstUri,omitempty"`
	SelfURI     string `json:"selfUri,omitempty"`
	NextURI     string `json:"nextUri,omitempty"`
	PreviousURI string `json:"previousUri,omitempty"`
	LastURI     string `json:"lastUri,omitempty"`
}

// page slices items into one page and fills the listing's links; base is
// the endpoint path, extra any other query to keep in the links.
func page[T any](items []T, pageSize, pageNumber int, base, extra string) listing[T] {
	total := len(items)
	pageCount := (total + pageSize - 1) / pageSize
	start := (pageNumber - 1) * pageSize
	end := min(start+pageSize, total)
	l := listing[T]{Entities: []T{}, PageSize: pageSize, PageNumber: pageNumber, Total: total, PageCount: pageCount}
	if start < total {
		l.Entities = items[start:end]
	}
	link := func(n int) string {
		u := fmt.Sprintf("%s?pageSize=%d&pageNumber=%d", base, pageSize, n)
		if extra != "" {
			u += "&" + extra
		}
		return u
	}
	l.SelfURI, l.FirstURI = link(pageNumber), link(1)
	if pageCount > 0 {
		l.LastURI = link(pageCount)
	}
	if pageNumber < pageCount {
		l.NextURI = link(pageNumber + 1)
	}
	if pageNumber > 1 {
		l.PreviousURI = link(pageNumber - 1)
	}
	return l
}
