package genesystest

import (
	"fmt"
	"time"
)

var (
	firstNames = []string{"Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wen", "Yusuf", "Zoe"}
	lastNames  = []string{"Adams", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quist", "Rossi", "Silva", "Tanaka"}
	queueNames = []string{"Support", "Sales", "Billing", "Retention", "Technical", "VIP", "Returns", "Onboarding"}
	wrapNames  = []struct{ name, desc string }{
		{"Resolved", "Issue resolved during the interaction"},
		{"Follow-up required", "Agent must follow up with the customer"},
		{"Escalated", "Passed to a specialist or supervisor"},
		{"Sale completed", "Customer bought a product or service"},
		{"Refund issued", "A refund or credit was given"},
		{"Wrong number", "Customer reached the wrong department"},
		{"Callback scheduled", "A callback was arranged"},
		{"Information provided", "General enquiry answered"},
		{"Complaint logged", "A formal complaint was recorded"},
		{"No answer", "Customer did not respond"},
	}
	subjects = []string{"Order not delivered", "Question about my invoice", "Cancel my subscription", "Upgrade options", "Password reset not working", "Damaged item received"}
	messages = []string{"Hi, my order still hasn't arrived.", "Can you check my last invoice please?", "I'd like to change my plan.", "The app keeps logging me out.", "Is there a discount for annual billing?"}
)

// seed builds the demo organisation and its conversations.
func (st *state) seed(o Options) {
	now := st.now()
	org := &st.org
	org.ID = st.newID()
	org.Name = "Acme Demo Contact Centre"
	org.Divisions = []Entity{{ID: st.newID(), Name: "Home"}}
	home := org.Divisions[0].ID

	for i := range o.Queues {
		org.Queues = append(org.Queues, Queue{ID: st.newID(), Name: queueNames[i%len(queueNames)] + suffix(i, len(queueNames)), DivisionID: home})
	}
	for i := range o.WrapupCodes {
		w := wrapNames[i%len(wrapNames)]
		org.WrapupCodes = append(org.WrapupCodes, WrapupCode{ID: st.newID(), Name: w.name + suffix(i, len(wrapNames)), Description: w.desc, DivisionID: home})
	}
	for i := range org.Queues {
		for j := range org.WrapupCodes {
			if (i+j)%3 != 2 || j < 3 { // every queue offers the first three codes
				org.Queues[i].WrapupCodeIDs = append(org.Queues[i].WrapupCodeIDs, org.WrapupCodes[j].ID)
			}
		}
	}
	for i := range o.Users {
		first, last := firstNames[i%len(firstNames)], lastNames[(i*7)%len(lastNames)]
		u := User{
			ID: st.newID(), Name: first + " " + last, DivisionID: home,
			Email: fmt.Sprintf("%s.%s%s@acme.example", lower(first), lower(last), suffix(i, len(firstNames))),
			Title: "Contact Centre Agent",
		}
		if i%5 == 4 {
			u.Title, u.Supervisor = "Team Lead", true
		}
		for q := range org.Queues {
			if q == i%len(org.Queues) || q == (i+1)%len(org.Queues) {
				u.QueueIDs = append(u.QueueIDs, org.Queues[q].ID)
				org.Queues[q].MemberIDs = append(org.Queues[q].MemberIDs, u.ID)
			}
		}
		org.Users = append(org.Users, u)
	}
	for i := range o.ExternalContacts {
		first, last := firstNames[(i+11)%len(firstNames)], lastNames[(i*3+5)%len(lastNames)]
		org.ExternalContacts = append(org.ExternalContacts, ExternalContact{
			ID: st.newID(), FirstName: first, LastName: last,
			WorkPhone: phone(2000 + i), CellPhone: phone(3000 + i), HomePhone: phone(4000 + i),
			Email: fmt.Sprintf("%s.%s@customer.example", lower(first), lower(last)),
		})
	}
	org.Flows = []Flow{
		{ID: st.newID(), Name: "Secure Payment", Type: "securecall"},
		{ID: st.newID(), Name: "Identity Check", Type: "securecall"},
		{ID: st.newID(), Name: "Main IVR", Type: "inboundcall"},
	}
	org.Skills = []Entity{{ID: st.newID(), Name: "English"}, {ID: st.newID(), Name: "Billing Expert"}, {ID: st.newID(), Name: "Tier 2"}}
	org.Languages = []Entity{{ID: st.newID(), Name: "en-US"}, {ID: st.newID(), Name: "es-ES"}, {ID: st.newID(), Name: "de-DE"}}
	org.UtilizationLabels = []Entity{{ID: st.newID(), Name: "Priority"}, {ID: st.newID(), Name: "Standard"}}

	// Past days: ended conversations of every media type, wrapped up.
	for day := o.HistoryDays; day >= 1; day-- {
		for k := range o.ConversationsPerDay {
			start := now.Add(-time.Duration(day) * 24 * time.Hour).Add(time.Duration(8*60+k*37+st.rng.IntN(20)) * time.Minute)
			media := []string{"call", "call", "call", "callback", "email", "message"}[(day+k)%6]
			st.historical(media, start, k)
		}
	}
	// Now: live conversations. The first user is busy on an inbound call,
	// others hold calls, messages, an email and a scheduled callback.
	for i := range o.ActiveConversations {
		media := []string{"call", "call", "message", "email", "callback", "call"}[i%6]
		start := now.Add(-time.Duration(3+i*4) * time.Minute)
		st.live(media, start, i)
	}
	st.seedAnalyticsJobs()
}

// seedExtras lets each API area attach its own seeded data to a new
// conversation: suggestions and summaries, checklists, attributes,
// internal messages.
func (st *state) seedExtras(c *Conversation, i int) {
	st.seedParticipants(c, i)
	st.seedAssist(c, i)
	st.seedChecklists(c, i)
	st.seedAttributes(c, i)
	st.seedInternalMessages(c, i)
}

func suffix(i, n int) string {
	if i < n {
		return ""
	}
	return fmt.Sprintf(" %d", i/n+1)
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func phone(n int) string { return fmt.Sprintf("+1317555%04d", n%10000) }

// newConversation creates the customer and ACD legs of an inbound
// conversation and returns it with the customer participant.
func (st *state) newConversation(media string, start time.Time, customerIdx int, queue *Queue) (*Conversation, *Participant) {
	contact := st.org.ExternalContacts[customerIdx%len(st.org.ExternalContacts)]
	c := &Conversation{
		ID: st.newID(), MediaType: media, Direction: "inbound", StartTime: start,
		DivisionIDs: []string{st.org.Divisions[0].ID}, RecordingState: "NONE", SecureAttributesVer: 0,
	}
	if media == "call" {
		c.RecordingState = "ACTIVE"
		c.Address = "+13175550100"
	}
	cust := &Participant{
		ID: st.newID(), Name: contact.FirstName + " " + contact.LastName, Purpose: "customer",
		ExternalContactID: contact.ID, StartTime: start, ConnectedTime: ptr(start),
		Attributes: map[string]string{"accountNumber": fmt.Sprintf("AC-%06d", 100000+customerIdx*7919%900000), "tier": []string{"gold", "silver", "bronze"}[customerIdx%3]},
	}
	switch media {
	case "call", "callback":
		cust.Address, cust.ANI, cust.DNIS = contact.CellPhone, contact.CellPhone, "+13175550100"
	case "email":
		cust.Address = contact.Email
	case "message":
		cust.Address = contact.CellPhone
	}
	cm := &Communication{ID: st.newID(), MediaType: media, State: "connected", Direction: "inbound", StartTime: start, ConnectedTime: ptr(start)}
	switch media {
	case "email":
		cm.Subject = subjects[customerIdx%len(subjects)]
		cm.Messages = []*MessageEntry{{ID: st.newID(), Text: messages[customerIdx%len(messages)], Direction: "inbound", Time: start}}
	case "message":
		cm.MessageType = "webmessaging"
		if customerIdx%2 == 1 {
			cm.MessageType = "sms"
		}
		cm.Messages = []*MessageEntry{{ID: st.newID(), Text: messages[customerIdx%len(messages)], Direction: "inbound", Time: start}}
	case "callback":
		cm.Direction = "outbound"
		cm.CallbackNumbers = []string{contact.CellPhone}
		cm.CallbackUserName = cust.Name
		cm.State = "scheduled"
	}
	if media == "callback" {
		cm.Segments = []*Segment{{Type: "scheduled", Start: start}}
	} else {
		cm.Segments = []*Segment{{Type: "interact", Start: start}}
	}
	cust.Communications = []*Communication{cm}
	c.Participants = append(c.Participants, cust)

	acd := &Participant{ID: st.newID(), Name: queue.Name, Purpose: "acd", QueueID: queue.ID, Address: queue.Name, StartTime: start, ConnectedTime: ptr(start)}
	am := &Communication{ID: st.newID(), MediaType: media, State: "connected", Direction: "inbound", StartTime: start, ConnectedTime: ptr(start),
		Segments: []*Segment{{Type: "interact", Start: start, QueueID: queue.ID}}}
	acd.Communications = []*Communication{am}
	c.Participants = append(c.Participants, acd)
	return c, cust
}

// addAgent connects a user to the conversation, ending the ACD leg.
func (st *state) addAgent(c *Conversation, user *User, queueID string, t time.Time) *Participant {
	for _, p := range c.Participants {
		if p.Purpose == "acd" && p.connected() {
			endParticipant(p, t, "transfer")
		}
	}
	a := &Participant{ID: st.newID(), Name: user.Name, Purpose: "agent", UserID: user.ID, QueueID: queueID, Address: "sip:" + user.Email,
		StartTime: t, ConnectedTime: ptr(t), WrapupRequired: true, Attributes: map[string]string{}}
	m := &Communication{ID: st.newID(), MediaType: c.MediaType, State: "connected", Direction: c.Direction, StartTime: t, ConnectedTime: ptr(t),
		Segments: []*Segment{{Type: "alert", Start: t.Add(-8 * time.Second), End: ptr(t), QueueID: queueID}, {Type: "interact", Start: t, QueueID: queueID}}}
	if c.MediaType == "call" {
		m.Recording = true
	}
	a.Communications = []*Communication{m}
	c.Participants = append(c.Participants, a)
	return a
}

func (st *state) historical(media string, start time.Time, k int) {
	q := &st.org.Queues[(k+int(start.Unix()/86400))%len(st.org.Queues)]
	c, cust := st.newConversation(media, start, k+int(start.Unix()/3600), q)
	c.Historical = true
	user, _ := st.user(q.MemberIDs[k%len(q.MemberIDs)])
	answered := start.Add(time.Duration(20+st.rng.IntN(90)) * time.Second)
	if media == "callback" {
		cust.Communications[0].State = "connected"
		closeSegment(cust.Communications[0], answered)
		openSegment(cust.Communications[0], "interact", answered, "")
	}
	agent := st.addAgent(c, user, q.ID, answered)
	if k%3 == 1 { // a hold in the middle
		m := agent.Communications[0]
		h := answered.Add(2 * time.Minute)
		openSegment(m, "hold", h, q.ID)
		openSegment(m, "interact", h.Add(45*time.Second), q.ID)
	}
	end := answered.Add(time.Duration(3+st.rng.IntN(9)) * time.Minute)
	endParticipant(cust, end, "endpoint")
	c.disconnectAll(end, "peer")
	code := st.org.WrapupCodes[(k+len(c.ID))%3]
	w := &Wrapup{Code: code.ID, Name: code.Name, Notes: "Handled " + subjects[k%len(subjects)] + ".", DurationSeconds: 30 + st.rng.IntN(60), EndTime: ptr(end.Add(40 * time.Second))}
	recordWrapup(agent, agent.Communications[0], w)
	st.seedExtras(c, k)
	st.add(c)
}

func (st *state) live(media string, start time.Time, i int) {
	q := &st.org.Queues[i%len(st.org.Queues)]
	c, _ := st.newConversation(media, start, i, q)
	switch {
	case media == "callback":
		cm := c.Participants[0].Communications[0]
		cm.CallbackScheduledTime = ptr(st.now().Add(2 * time.Hour))
		c.Participants[0].ConnectedTime = nil
	case i == 5: // waiting in queue, no agent yet
	default:
		user := &st.org.Users[i%len(st.org.Users)]
		if !contains(q.MemberIDs, user.ID) {
			user, _ = st.user(q.MemberIDs[0])
		}
		st.addAgent(c, user, q.ID, start.Add(25*time.Second))
	}
	st.seedExtras(c, i)
	st.add(c)
}

// recordWrapup stores a final wrap-up on the participant and communication
// and closes the wrap-up segment.
func recordWrapup(p *Participant, m *Communication, w *Wrapup) {
	if w.Provisional {
		m.ProvisionalWrapup = w
		return
	}
	m.Wrapup = w
	p.Wrapup = w
	p.WrapupRequired = false
	end := w.EndTime
	for _, s := range m.Segments {
		if s.Type == "wrapup" && s.End == nil {
			s.WrapupCode, s.WrapupNote, s.WrapupTags = w.Code, w.Notes, w.Tags
			if end != nil {
				s.End = ptr(*end)
			} else {
				s.End = ptr(s.Start)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
