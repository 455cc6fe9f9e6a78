package genesystest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// state is the simulated organisation. The Server's mutex guards it.
type state struct {
	rng   *rand.Rand
	now   func() time.Time
	org   Org
	convs map[string]*Conversation
	order []string // conversation ids in creation order
	jobs  map[string]*AnalyticsJob
}

func newState(seed uint64, now func() time.Time) *state {
	return &state{
		rng:   rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		now:   now,
		convs: map[string]*Conversation{},
		jobs:  map[string]*AnalyticsJob{},
	}
}

// newID returns a UUID-shaped id drawn from the seeded generator, so the
// same seed and the same sequence of requests give the same ids.
func (st *state) newID() string {
	a, b := st.rng.Uint64(), st.rng.Uint64()
	return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x",
		uint32(a>>32), uint16(a>>16), uint16(a)&0x0fff, (uint16(b>>48)&0x3fff)|0x8000, b&0xffffffffffff)
}

func (st *state) add(c *Conversation) {
	st.convs[c.ID] = c
	st.order = append(st.order, c.ID)
}

// conversation looks up a conversation; mediaType, if not empty, must match.
func (st *state) conversation(id, mediaType string) (*Conversation, *apiError) {
	c, ok := st.convs[id]
	if !ok || (mediaType != "" && c.MediaType != mediaType) {
		what := "conversation"
		if mediaType != "" {
			what = mediaType + " conversation"
		}
		return nil, notFound(what, id)
	}
	return c, nil
}

// pathParticipant resolves the conversation (of the media type, if not
// empty) and the participant named by the request path.
func (c *call) pathParticipant(media string) (*Conversation, *Participant, error) {
	conv, err := c.st.conversation(c.path("conversationId"), media)
	if err != nil {
		return nil, nil, err
	}
	p, err := conv.participant(c.path("participantId"))
	if err != nil {
		return nil, nil, err
	}
	return conv, p, nil
}

// pathParticipantComm is pathParticipant plus the participant's
// communication named by the path.
func (c *call) pathParticipantComm(media string) (*Conversation, *Participant, *Communication, error) {
	conv, p, err := c.pathParticipant(media)
	if err != nil {
		return nil, nil, nil, err
	}
	m, aerr := p.communication(c.path("communicationId"))
	if aerr != nil {
		return nil, nil, nil, aerr
	}
	return conv, p, m, nil
}

// pathCommunication resolves the conversation of the request path and the
// communication it names, wherever it is in the conversation.
func (c *call) pathCommunication() (*Conversation, *Participant, *Communication, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return nil, nil, nil, err
	}
	p, m, err := conv.communication(c.path("communicationId"))
	if err != nil {
		return nil, nil, nil, err
	}
	return conv, p, m, nil
}

func (c *Conversation) participant(id string) (*Participant, *apiError) {
	for _, p := range c.Participants {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, notFound("participant", id)
}

func (p *Participant) communication(id string) (*Communication, *apiError) {
	for _, m := range p.Communications {
		if m.ID == id {
			return m, nil
		}
	}
	return nil, notFound("communication", id)
}

// communication finds a communication anywhere in the conversation.
func (c *Conversation) communication(id string) (*Participant, *Communication, *apiError) {
	for _, p := range c.Participants {
		for _, m := range p.Communications {
			if m.ID == id {
				return p, m, nil
			}
		}
	}
	return nil, nil, notFound("communication", id)
}

// active reports whether the conversation has not ended.
func (c *Conversation) active() bool { return c.EndTime == nil }

// participantForUser returns the newest participant of the conversation
// that is the given user.
func (c *Conversation) participantForUser(userID string) *Participant {
	for i := len(c.Participants) - 1; i >= 0; i-- {
		if c.Participants[i].UserID == userID {
			return c.Participants[i]
		}
	}
	return nil
}

// mediaComm is the participant's newest communication of the media type,
// or failing that its newest communication of any type (nil if it has
// none).
func (p *Participant) mediaComm(media string) *Communication {
	var m *Communication
	for _, x := range p.Communications {
		if x.MediaType == media {
			m = x
		}
	}
	if m == nil && len(p.Communications) > 0 {
		m = p.Communications[len(p.Communications)-1]
	}
	return m
}

// connected reports whether any communication of p is still live.
func (p *Participant) connected() bool {
	for _, m := range p.Communications {
		if !m.ended() {
			return true
		}
	}
	return false
}

// workConnected is connected, not counting internal-message consults,
// which do not keep a conversation alive.
func (p *Participant) workConnected() bool {
	for _, m := range p.Communications {
		if !m.ended() && m.MediaType != "internalmessage" {
			return true
		}
	}
	return false
}

func (m *Communication) ended() bool {
	return m.State == "disconnected" || m.State == "terminated"
}

func (st *state) user(id string) (*User, bool) {
	i := slices.IndexFunc(st.org.Users, func(u User) bool { return u.ID == id })
	if i < 0 {
		return nil, false
	}
	return &st.org.Users[i], true
}

func (st *state) queue(id string) (*Queue, bool) {
	i := slices.IndexFunc(st.org.Queues, func(q Queue) bool { return q.ID == id })
	if i < 0 {
		return nil, false
	}
	return &st.org.Queues[i], true
}

func (st *state) wrapupCode(id string) (*WrapupCode, bool) {
	i := slices.IndexFunc(st.org.WrapupCodes, func(w WrapupCode) bool { return w.ID == id })
	if i < 0 {
		return nil, false
	}
	return &st.org.WrapupCodes[i], true
}

func (st *state) externalContact(id string) (*ExternalContact, bool) {
	i := slices.IndexFunc(st.org.ExternalContacts, func(e ExternalContact) bool { return e.ID == id })
	if i < 0 {
		return nil, false
	}
	return &st.org.ExternalContacts[i], true
}

func (st *state) flow(id string) (*Flow, bool) {
	i := slices.IndexFunc(st.org.Flows, func(f Flow) bool { return f.ID == id })
	if i < 0 {
		return nil, false
	}
	return &st.org.Flows[i], true
}

// endCommunication disconnects one communication at t, closing its open
// segment and starting wrap-up for agents who need it.
func endCommunication(p *Participant, m *Communication, t time.Time, disconnectType string) {
	if m.ended() {
		return
	}
	m.State = "disconnected"
	m.Held = false
	m.StartHoldTime = nil
	m.EndTime = ptr(t)
	m.DisconnectType = disconnectType
	closeSegment(m, t)
	if p.Purpose == "agent" && m.MediaType != "internalmessage" && p.Wrapup == nil && !p.WrapupSkipped && m.Wrapup == nil {
		p.WrapupRequired = true
		m.Segments = append(m.Segments, &Segment{Type: "wrapup", Start: t, QueueID: p.QueueID})
	}
	if !p.connected() {
		p.EndTime = ptr(t)
	}
}

// endParticipant disconnects every communication of p.
func endParticipant(p *Participant, t time.Time, disconnectType string) {
	for _, m := range p.Communications {
		endCommunication(p, m, t, disconnectType)
	}
	if p.EndTime == nil {
		p.EndTime = ptr(t)
	}
}

// endConversationIfIdle ends the conversation when no external party or
// fewer than two parties remain connected.
func endConversationIfIdle(c *Conversation, t time.Time) {
	live := 0
	customer := false
	for _, p := range c.Participants {
		if p.workConnected() {
			live++
			if p.Purpose == "customer" || p.Purpose == "external" {
				customer = true
			}
		}
	}
	if live >= 2 && customer {
		return
	}
	c.disconnectAll(t, "peer")
}

// disconnectAll disconnects every participant still connected and ends
// the conversation at t.
func (c *Conversation) disconnectAll(t time.Time, disconnectType string) {
	for _, p := range c.Participants {
		if p.connected() {
			endParticipant(p, t, disconnectType)
		}
	}
	if c.EndTime == nil {
		c.EndTime = ptr(t)
	}
}

func closeSegment(m *Communication, t time.Time) {
	if n := len(m.Segments); n > 0 && m.Segments[n-1].End == nil && m.Segments[n-1].Type != "wrapup" {
		m.Segments[n-1].End = ptr(t)
	}
}

func openSegment(m *Communication, typ string, t time.Time, queueID string) {
	closeSegment(m, t)
	m.Segments = append(m.Segments, &Segment{Type: typ, Start: t, QueueID: queueID})
}

func ptr[T any](v T) *T { return &v }
