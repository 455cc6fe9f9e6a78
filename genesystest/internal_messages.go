package genesystest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Internal messages: a private chat between the agent of a digital
// conversation and a colleague, hidden from the customer. Opening one (a
// digital consultation) gives the agent's participant an "internalmessage"
// communication and adds the colleague as a participant (purpose "user")
// whose own internal-message communication is its peer; it alerts until the
// colleague first answers. Messages belong to the communication they were
// sent on; listing either side shows the whole thread.

// imsgMedia is the media type of internal-message communications.
const imsgMedia = "internalmessage"

func internalMessageRoutes() []route {
	const base = "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages"
	return []route{
		{op: "getConversationCommunicationInternalmessages", pattern: "GET " + base, h: listInternalMessages},
		{op: "getConversationCommunicationInternalmessage", pattern: "GET " + base + "/{messageId}", h: getInternalMessage},
		{op: "postConversationCommunicationInternalmessages", pattern: "POST " + base, h: postInternalMessage},
		{op: "postConversationParticipantInternalmessagesUsersCommunications", pattern: "POST /api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications", h: conferWithUser},
	}
}

// imsgPeerID is the id of the colleague's side of an internal-message
// communication opened by an agent: derived from the agent side's id, so the
// pair needs no extra state.
func imsgPeerID(id string) string { return assistStableID("internalmessage-peer", id) }

// imsgPeer returns the other side of an internal-message communication.
func imsgPeer(c *Conversation, m *Communication) (*Participant, *Communication) {
	want := imsgPeerID(m.ID)
	for _, p := range c.Participants {
		for _, x := range p.Communications {
			if x.MediaType == imsgMedia && (x.ID == want || imsgPeerID(x.ID) == m.ID) {
				return p, x
			}
		}
	}
	return nil, nil
}

// openInternalThread creates the two sides of an internal-message
// communication between the agent participant and a user at t.
func (st *state) openInternalThread(c *Conversation, agent *Participant, user *User, t time.Time) (*Communication, *Participant) {
	own := &Communication{ID: st.newID(), MediaType: imsgMedia, State: "connected", Direction: "outbound", StartTime: t, ConnectedTime: ptr(t),
		Segments: []*Segment{{Type: "interact", Start: t}}}
	agent.Communications = append(agent.Communications, own)
	peer := &Participant{ID: st.newID(), Name: user.Name, Purpose: "user", UserID: user.ID, Address: "sip:" + user.Email, StartTime: t,
		Attributes: map[string]string{}}
	peer.Communications = []*Communication{{ID: imsgPeerID(own.ID), MediaType: imsgMedia, State: "alerting", Direction: "inbound", StartTime: t,
		Segments: []*Segment{{Type: "alert", Start: t}}}}
	c.Participants = append(c.Participants, peer)
	return own, peer
}

// acceptInternalThread connects the colleague's alerting side at t.
func acceptInternalThread(p *Participant, m *Communication, t time.Time) {
	if m.State != "alerting" {
		return
	}
	m.State, m.ConnectedTime = "connected", ptr(t)
	if p.ConnectedTime == nil {
		p.ConnectedTime = ptr(t)
	}
	openSegment(m, "interact", t, "")
}

// seedInternalMessages seeds no internal chats: they start only through
// the API. A colleague's leg on a seeded conversation would add a connected
// "user" participant and a trailing agent communication that the other
// areas (participant counts, conversation end, analytics wrap-up and handle
// time) would have to account for.
func (st *state) seedInternalMessages(c *Conversation, i int) {}

// ---- answers -----------------------------------------------------------

type imsgTextOut struct {
	Body string `json:"body"`
}

type imsgContentOut struct {
	ContentType string       `json:"contentType"`
	Text        *imsgTextOut `json:"text,omitempty"`
}

type imsgNormalizedOut struct {
	ID                string           `json:"id,omitempty"`
	Type              string           `json:"type"`
	Text              string           `json:"text,omitempty"`
	Content           []imsgContentOut `json:"content,omitempty"`
	Status            string           `json:"status,omitempty"`
	OriginatingEntity string           `json:"originatingEntity,omitempty"`
	Direction         string           `json:"direction,omitempty"`
}

type imsgDataOut struct {
	ID                string             `json:"id"`
	Conversation      *entityRef         `json:"conversation,omitempty"`
	CommunicationID   string             `json:"communicationId,omitempty"`
	Timestamp         string             `json:"timestamp"`
	Sender            *entityRef         `json:"sender,omitempty"`
	Recipient         *entityRef         `json:"recipient,omitempty"`
	NormalizedMessage *imsgNormalizedOut `json:"normalizedMessage,omitempty"`
	SelfURI           string             `json:"selfUri"`
}

func imsgUserRef(id string) *entityRef {
	if id == "" {
		return nil
	}
	return assistRef(id, "/api/v2/users/"+id)
}

// renderInternalMessage shows a message as seen from the communication
// viewID: sent from it (Outbound) or received on it (Inbound).
func renderInternalMessage(c *Conversation, viewID string, msg *InternalMessage) imsgDataOut {
	direction := "Inbound"
	if msg.CommunicationID == viewID {
		direction = "Outbound"
	}
	return imsgDataOut{
		ID: msg.ID, Conversation: assistRef(c.ID, "/api/v2/conversations/"+c.ID), CommunicationID: msg.CommunicationID,
		Timestamp: isoTime(msg.Time), Sender: imsgUserRef(msg.SenderUserID), Recipient: imsgUserRef(msg.RecipientUserID),
		NormalizedMessage: &imsgNormalizedOut{ID: msg.ID, Type: "Text", Text: msg.Text, Status: "Sent", OriginatingEntity: "Human",
			Direction: direction, Content: []imsgContentOut{{ContentType: "Text", Text: &imsgTextOut{Body: msg.Text}}}},
		SelfURI: selfURI("/api/v2/conversations/%s/communications/%s/internalmessages/%s", c.ID, viewID, msg.ID),
	}
}

type imsgDetailOut struct {
	MessageID   string `json:"messageId,omitempty"`
	MessageTime string `json:"messageTime,omitempty"`
}

// internalMessageCommOut is the InternalMessage model: one entry of a
// participant's internalMessages list in the generic Conversation.
type internalMessageCommOut struct {
	State             string          `json:"state,omitempty"`
	InitialState      string          `json:"initialState,omitempty"`
	ID                string          `json:"id,omitempty"`
	Provider          string          `json:"provider,omitempty"`
	PeerID            string          `json:"peerId,omitempty"`
	TargetUserID      string          `json:"targetUserId,omitempty"`
	SourceUserID      string          `json:"sourceUserId,omitempty"`
	Segments          []segmentOut    `json:"segments,omitempty"`
	DisconnectType    string          `json:"disconnectType,omitempty"`
	StartAlertingTime string          `json:"startAlertingTime,omitempty"`
	ConnectedTime     string          `json:"connectedTime,omitempty"`
	DisconnectedTime  string          `json:"disconnectedTime,omitempty"`
	Messages          []imsgDetailOut `json:"messages,omitempty"`
}

// renderInternalMessageComm renders an internal-message communication for
// the internalMessages list of the generic Participant model.
func renderInternalMessageComm(c *Conversation, p *Participant, m *Communication) internalMessageCommOut {
	out := internalMessageCommOut{
		State: m.State, ID: m.ID, Provider: "PureCloud", Segments: renderSegments(m),
		ConnectedTime: isoPtr(m.ConnectedTime), DisconnectedTime: isoPtr(m.EndTime),
	}
	switch m.State {
	case "alerting", "connected", "disconnected":
	default:
		out.State = "disconnected"
	}
	if m.Direction == "outbound" {
		out.InitialState = "connected"
	} else {
		out.InitialState, out.StartAlertingTime = "alerting", isoTime(m.StartTime)
	}
	switch m.DisconnectType {
	case "":
	case "client", "system", "peer", "transfer":
		out.DisconnectType = m.DisconnectType
	default:
		out.DisconnectType = "system"
	}
	pp, pm := imsgPeer(c, m)
	if pm != nil {
		out.PeerID = pm.ID
		if m.Direction == "outbound" {
			out.SourceUserID, out.TargetUserID = p.UserID, pp.UserID
		} else {
			out.SourceUserID, out.TargetUserID = pp.UserID, p.UserID
		}
	}
	for _, msg := range c.InternalMessages {
		if msg.CommunicationID == m.ID || (pm != nil && msg.CommunicationID == pm.ID) {
			out.Messages = append(out.Messages, imsgDetailOut{MessageID: msg.ID, MessageTime: isoTime(msg.Time)})
		}
	}
	return out
}

// ---- handlers --------------------------------------------------------------

// imsgComm resolves the path's internal-message communication.
func (c *call) imsgComm() (*Conversation, *Participant, *Communication, error) {
	conv, p, m, err := c.pathCommunication()
	if err != nil {
		return nil, nil, nil, err
	}
	if m.MediaType != imsgMedia {
		return nil, nil, nil, badRequest("communicationId", "Communication %s is a %s communication, not an internal-message one.", m.ID, m.MediaType)
	}
	return conv, p, m, nil
}

// imsgThread lists the messages of both sides of an internal-message
// communication, oldest first.
func imsgThread(c *Conversation, m *Communication) []*InternalMessage {
	_, pm := imsgPeer(c, m)
	var out []*InternalMessage
	for _, msg := range c.InternalMessages {
		if msg.CommunicationID == m.ID || (pm != nil && msg.CommunicationID == pm.ID) {
			out = append(out, msg)
		}
	}
	slices.SortStableFunc(out, func(a, b *InternalMessage) int { return a.Time.Compare(b.Time) })
	return out
}

func listInternalMessages(c *call) (int, any, error) {
	size, err := c.queryInt("pageSize", 25, 1, 200)
	if err != nil {
		return 0, nil, err
	}
	number, err := c.queryInt("pageNumber", 1, 1, 0)
	if err != nil {
		return 0, nil, err
	}
	conv, _, m, err := c.imsgComm()
	if err != nil {
		return 0, nil, err
	}
	var entities []imsgDataOut
	for _, msg := range imsgThread(conv, m) {
		entities = append(entities, renderInternalMessage(conv, m.ID, msg))
	}
	base := selfURI("/api/v2/conversations/%s/communications/%s/internalmessages", conv.ID, m.ID)
	return http.StatusOK, page(entities, size, number, base, ""), nil
}

func getInternalMessage(c *call) (int, any, error) {
	conv, _, m, err := c.imsgComm()
	if err != nil {
		return 0, nil, err
	}
	id := c.path("messageId")
	for _, msg := range imsgThread(conv, m) {
		if msg.ID == id {
			return http.StatusOK, renderInternalMessage(conv, m.ID, msg), nil
		}
	}
	return 0, nil, notFound("internal message", id)
}

// postInternalMessage sends a message from the owner of the communication
// to the colleague at its other end. A user token must be the owner's.
func postInternalMessage(c *call) (int, any, error) {
	var body struct {
		Text *string `json:"text"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if body.Text == nil || strings.TrimSpace(*body.Text) == "" {
		return 0, nil, badRequest("text", "text is required and cannot be blank.")
	}
	conv, p, m, err := c.imsgComm()
	if err != nil {
		return 0, nil, err
	}
	if c.userID != "" && c.userID != p.UserID {
		return 0, nil, newError(http.StatusForbidden, "conversation.error.forbidden.not.active.participant",
			"User %s does not own internal-message communication %s.", c.userID, m.ID)
	}
	pp, pm := imsgPeer(conv, m)
	switch {
	case !conv.active():
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	case m.ended():
		return 0, nil, badRequest("communicationId", "Internal-message communication %s has ended.", m.ID)
	case pm == nil || pm.ended():
		return 0, nil, badRequest("communicationId", "The colleague has left internal-message communication %s.", m.ID)
	}
	acceptInternalThread(p, m, c.now) // the colleague answering accepts the chat
	msg := &InternalMessage{ID: c.st.newID(), CommunicationID: m.ID, SenderUserID: p.UserID, RecipientUserID: pp.UserID, Text: *body.Text, Time: c.now}
	conv.InternalMessages = append(conv.InternalMessages, msg)
	return http.StatusOK, renderInternalMessage(conv, m.ID, msg), nil
}

// conferWithUser opens an internal-message communication between an agent
// of a digital conversation and another user.
func conferWithUser(c *call) (int, any, error) {
	var body struct {
		TargetUserID string `json:"targetUserId"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if body.TargetUserID == "" {
		return 0, nil, badRequest("targetUserId", "targetUserId is required.")
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	user, ok := c.st.user(body.TargetUserID)
	if !ok {
		return 0, nil, notFound("user", body.TargetUserID)
	}
	switch {
	case !conv.active():
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	case conv.MediaType != "message" && conv.MediaType != "email":
		return 0, nil, badRequest("conversationId", "Internal messaging is only available on digital conversations; %s is a %s conversation.", conv.ID, conv.MediaType)
	case p.Purpose != "agent" || !p.connected():
		return 0, nil, badRequest("participantId", "Participant %s is not a connected agent of conversation %s.", p.ID, conv.ID)
	case user.ID == p.UserID:
		return 0, nil, badRequest("targetUserId", "An agent cannot open an internal-message communication with themself.")
	}
	for _, m := range p.Communications {
		if m.MediaType != imsgMedia || m.ended() {
			continue
		}
		if pp, pm := imsgPeer(conv, m); pm != nil && !pm.ended() && pp.UserID == user.ID {
			return 0, nil, badRequest("targetUserId", "Participant %s already has an open internal-message communication (%s) with user %s.", p.ID, m.ID, user.ID)
		}
	}
	own, peer := c.st.openInternalThread(conv, p, user, c.now)
	return http.StatusOK, map[string]any{
		"conversation":        assistRef(conv.ID, "/api/v2/conversations/"+conv.ID),
		"communicationId":     own.ID,
		"peerCommunicationId": peer.Communications[0].ID,
		"commandId":           c.st.newID(),
	}, nil
}
