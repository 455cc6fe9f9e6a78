package genesystest

import (
	"fmt"
)

// Some events reach Genesys Cloud from outside the Platform API: a
// customer dials in, a message arrives. These methods play them, so a test
// can drive a conversation from its very start.

// InboundCall makes a customer call the given queue from the given number
// (an external contact's number, or any E.164 number). The call waits in
// the queue, with customer and ACD participants, until an agent is
// assigned (genesys_conversations_post_conversation_assign) or connected
// with ConnectAgent. It returns the new conversation's id.
func (s *Server) InboundCall(queueID, from string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q, ok := s.st.queue(queueID)
	if !ok {
		return "", fmt.Errorf("genesystest: unknown queue %q", queueID)
	}
	now := s.opts.Now()
	contactIdx := 0
	for i, e := range s.st.org.ExternalContacts {
		if e.CellPhone == from || e.WorkPhone == from || e.HomePhone == from {
			contactIdx = i
		}
	}
	c, cust := s.st.newConversation("call", now, contactIdx, q)
	if from != "" {
		cust.Address, cust.ANI = from, from
	}
	s.st.add(c)
	return c.ID, nil
}

// ConnectAgent connects a user to a waiting conversation, as if the agent
// answered the alert: the ACD leg ends and an agent participant joins.
func (s *Server) ConnectAgent(conversationID, userID string) (participantID string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, apiErr := s.st.conversation(conversationID, "")
	if apiErr != nil {
		return "", fmt.Errorf("genesystest: %s", apiErr.Message)
	}
	u, ok := s.st.user(userID)
	if !ok {
		return "", fmt.Errorf("genesystest: unknown user %q", userID)
	}
	if !c.active() {
		return "", fmt.Errorf("genesystest: conversation %s has ended", conversationID)
	}
	queueID := ""
	for _, p := range c.Participants {
		if p.Purpose == "acd" {
			queueID = p.QueueID
		}
	}
	return s.st.addAgent(c, u, queueID, s.opts.Now()).ID, nil
}

// CustomerHangsUp disconnects the customer of a conversation, as when the
// caller puts the phone down; agents then enter wrap-up.
func (s *Server) CustomerHangsUp(conversationID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, apiErr := s.st.conversation(conversationID, "")
	if apiErr != nil {
		return fmt.Errorf("genesystest: %s", apiErr.Message)
	}
	now := s.opts.Now()
	for _, p := range c.Participants {
		if p.Purpose == "customer" {
			endParticipant(p, now, "endpoint")
		}
	}
	endConversationIfIdle(c, now)
	return nil
}

// CustomerMessage adds an inbound message from the customer to a
// messaging conversation.
func (s *Server) CustomerMessage(conversationID, text string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, apiErr := s.st.conversation(conversationID, "message")
	if apiErr != nil {
		return fmt.Errorf("genesystest: %s", apiErr.Message)
	}
	for _, p := range c.Participants {
		if p.Purpose == "customer" {
			for _, m := range p.Communications {
				if !m.ended() {
					m.Messages = append(m.Messages, &MessageEntry{ID: s.st.newID(), Text: text, Direction: "inbound", Time: s.opts.Now()})
					return nil
				}
			}
		}
	}
	return fmt.Errorf("genesystest: conversation %s has no connected customer", conversationID)
}
