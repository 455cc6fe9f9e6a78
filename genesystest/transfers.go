package genesystest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Transfers: consult (attended) transfers of calls and blind transfers of
// any conversation.
//
// A consult adds the destination (an agent, a queue's ACD leg or an
// external party) to the call as a connected participant. The party being
// transferred (the "object", usually the customer) gets the destination's
// id as its consultParticipantId, and speakTo decides who is held:
// DESTINATION holds the object while the agent talks to the destination,
// OBJECT holds the destination, BOTH holds nobody, and CONFERENCE holds
// nobody and turns the consult into a plain conference. The consult is an
// Active transfer in recentTransfers until it is settled:
//   - the consulting agent disconnects: the transfer completes (Complete),
//     the destination stays with the object;
//   - DELETE …/consult: the destination is dropped and the agent is back
//     with the object (Canceled);
//   - the destination or the object leaves: the transfer fails (Failed).
//
// A blind transfer (replace, transfer) connects the destination, then
// disconnects the replaced participant with disconnectType "transfer"
// (agents enter wrap-up) and records a Complete transfer, Unattended
// unless transferType says Attended. The simulator's destinations answer
// at once, so an attended transfer completes immediately too.

func transferRoutes() []route {
	const (
		convP     = "/api/v2/conversations/{conversationId}/participants/{participantId}"
		callP     = "/api/v2/conversations/calls/{conversationId}/participants/{participantId}"
		callbackP = "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}"
	)
	return []route{
		{op: "postConversationsCallParticipantConsultAgent", pattern: "POST " + callP + "/consult/agent", h: consultAgent},
		{op: "postConversationsCallParticipantConsultQueue", pattern: "POST " + callP + "/consult/queue", h: consultQueue},
		{op: "postConversationsCallParticipantConsultContactExternal", pattern: "POST " + callP + "/consult/contact/external", h: consultExternalContact},
		{op: "postConversationsCallParticipantVoiceConsult", pattern: "POST " + callP + "/voice/consult", h: consultAddress},
		{op: "patchConversationsCallParticipantConsult", pattern: "PATCH " + callP + "/consult", h: patchConsult},
		{op: "deleteConversationsCallParticipantConsult", pattern: "DELETE " + callP + "/consult", h: cancelConsult},
		{op: "postConversationsCallParticipantReplace", pattern: "POST " + callP + "/replace", h: replaceParticipant("call")},
		{op: "postConversationsCallbackParticipantReplace", pattern: "POST " + callbackP + "/replace", h: replaceParticipant("callback")},
		{op: "postConversationParticipantReplaceAgent", pattern: "POST " + convP + "/replace/agent", h: replaceWithAgent},
		{op: "postConversationParticipantReplaceQueue", pattern: "POST " + convP + "/replace/queue", h: replaceWithQueue},
		{op: "postConversationParticipantReplaceContactExternal", pattern: "POST " + convP + "/replace/contact/external", h: replaceWithExternalContact},
		{op: "postConversationParticipantTransfer", pattern: "POST " + convP + "/transfer", h: transferToAddress},
	}
}

// xferTarget is where a transfer or consult goes: a user, a queue, an
// external number (of a contact or not) or a user's voicemail.
type xferTarget struct {
	user      *User
	queue     *Queue
	contact   *ExternalContact
	address   string // external number or address
	voicemail *Participant
}

// destination is the TransferDestination a transfer records.
func (t xferTarget) destination() (userID, address string) {
	switch {
	case t.voicemail != nil:
		return t.voicemail.UserID, "voicemail"
	case t.user != nil:
		return t.user.ID, ""
	case t.queue != nil:
		return "", t.queue.ID
	}
	return "", t.address
}

// xferUser resolves a user by id, by user name (email) or by display name.
func (st *state) xferUser(id, userName, displayName string) (*User, error) {
	switch {
	case id != "":
		if u, ok := st.user(id); ok {
			return u, nil
		}
		return nil, notFound("user", id)
	case userName != "":
		for i := range st.org.Users {
			if strings.EqualFold(st.org.Users[i].Email, userName) {
				return &st.org.Users[i], nil
			}
		}
		return nil, notFound("user", userName)
	case displayName != "":
		for i := range st.org.Users {
			if strings.EqualFold(st.org.Users[i].Name, displayName) {
				return &st.org.Users[i], nil
			}
		}
		return nil, notFound("user", displayName)
	}
	return nil, badRequest("userId", "Name the user: userId, userName or userDisplayName.")
}

// xferQueue resolves a queue by id or by name.
func (st *state) xferQueue(id, name string) (*Queue, error) {
	switch {
	case id != "":
		if q, ok := st.queue(id); ok {
			return q, nil
		}
		return nil, notFound("queue", id)
	case name != "":
		for i := range st.org.Queues {
			if strings.EqualFold(st.org.Queues[i].Name, name) {
				return &st.org.Queues[i], nil
			}
		}
		return nil, notFound("queue", name)
	}
	return nil, badRequest("queueId", "Name the queue: queueId or queueName.")
}

// phoneTypes is the PhoneType enum.
var phoneTypes = []string{"WorkPhone", "CellPhone", "HomePhone", "OtherPhone"}

// xferContact resolves an external contact and one of its numbers.
func (st *state) xferContact(contactID, phoneType string) (xferTarget, error) {
	if contactID == "" {
		return xferTarget{}, badRequest("contactId", "contactId is required.")
	}
	if phoneType == "" {
		return xferTarget{}, badRequest("phoneType", "phoneType is required: one of %s.", strings.Join(phoneTypes, ", "))
	}
	if !slices.Contains(phoneTypes, phoneType) {
		return xferTarget{}, badRequest("phoneType", "phoneType %q is not one of %s.", phoneType, strings.Join(phoneTypes, ", "))
	}
	e, ok := st.externalContact(contactID)
	if !ok {
		return xferTarget{}, notFound("external contact", contactID)
	}
	number := map[string]string{"WorkPhone": e.WorkPhone, "CellPhone": e.CellPhone, "HomePhone": e.HomePhone}[phoneType]
	if number == "" {
		return xferTarget{}, badRequest("phoneType", "External contact %s has no %s number.", e.ID, phoneType)
	}
	return xferTarget{contact: e, address: number}, nil
}

// xferAddress resolves a free-form address: a user (id, email or name), a
// queue (id or name), or a dialable number. Phone numbers are refused
// where the media cannot dial them (callbacks).
func (st *state) xferAddress(addr string, dialable bool) (xferTarget, error) {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return xferTarget{}, badRequest("address", "address is required: a user's or queue's name or a phone number.")
	}
	for i := range st.org.Users {
		u := &st.org.Users[i]
		if u.ID == addr || strings.EqualFold(u.Email, addr) || strings.EqualFold(u.Name, addr) {
			return xferTarget{user: u}, nil
		}
	}
	for i := range st.org.Queues {
		q := &st.org.Queues[i]
		if q.ID == addr || strings.EqualFold(q.Name, addr) {
			return xferTarget{queue: q}, nil
		}
	}
	number := strings.TrimPrefix(addr, "tel:")
	if !isPhoneNumber(number) && !strings.HasPrefix(addr, "sip:") {
		return xferTarget{}, badRequest("address", "%q is neither a user, a queue nor a dialable number.", addr)
	}
	if !dialable {
		return xferTarget{}, badRequest("address", "A phone number or external address cannot be the target of a callback transfer; name a user or a queue.")
	}
	t := xferTarget{address: number}
	for i := range st.org.ExternalContacts {
		e := &st.org.ExternalContacts[i]
		if number == e.WorkPhone || number == e.CellPhone || number == e.HomePhone {
			t.contact = e
		}
	}
	return t, nil
}

// isPhoneNumber accepts E.164-like numbers: an optional +, then 7 to 15
// digits, possibly separated by spaces, dashes, dots or parentheses.
func isPhoneNumber(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15
}

// xferConversationQueue is the queue the conversation was last routed
// through.
func xferConversationQueue(conv *Conversation) string {
	for i := len(conv.Participants) - 1; i >= 0; i-- {
		if p := conv.Participants[i]; p.Purpose == "acd" && p.QueueID != "" {
			return p.QueueID
		}
	}
	return ""
}

// xferJoin connects the target to the conversation as a new participant.
func (st *state) xferJoin(conv *Conversation, t xferTarget, now time.Time) *Participant {
	if t.user != nil {
		return st.addAgent(conv, t.user, xferConversationQueue(conv), now)
	}
	p := &Participant{ID: st.newID(), StartTime: now, ConnectedTime: ptr(now), Attributes: map[string]string{}}
	m := &Communication{ID: st.newID(), MediaType: conv.MediaType, State: "connected", Direction: conv.Direction, StartTime: now, ConnectedTime: ptr(now)}
	segment := "interact"
	switch {
	case t.voicemail != nil:
		p.Purpose, p.UserID, p.Name, p.Address = "voicemail", t.voicemail.UserID, t.voicemail.Name+" (voicemail)", "voicemail:"+t.voicemail.UserID
		segment = "voicemail"
	case t.queue != nil:
		p.Purpose, p.QueueID, p.Name, p.Address = "acd", t.queue.ID, t.queue.Name, t.queue.Name
	default:
		p.Purpose, p.Address = "external", t.address
		m.Direction = "outbound"
		if t.contact != nil {
			p.ExternalContactID, p.Name = t.contact.ID, t.contact.FirstName+" "+t.contact.LastName
			if conv.MediaType == "email" && t.contact.Email != "" {
				p.Address = t.contact.Email
			}
		}
		if conv.MediaType == "call" || conv.MediaType == "callback" {
			p.DNIS = t.address
		}
	}
	m.Segments = []*Segment{{Type: segment, Start: now, QueueID: p.QueueID}}
	p.Communications = []*Communication{m}
	conv.Participants = append(conv.Participants, p)
	return p
}

// xferCheckTarget refuses a user target that is already connected to the
// conversation, the replaced or consulting participant included.
func xferCheckTarget(conv *Conversation, t xferTarget, self *Participant) error {
	if t.user == nil {
		return nil
	}
	if self != nil && self.UserID == t.user.ID {
		e := badRequest("userId", "Participant %s is user %s already; a conversation cannot be transferred to the same user.", self.ID, t.user.ID)
		e.Code = "conversation.error.cannot.transfer.to.self"
		return e
	}
	for _, p := range conv.Participants {
		if p.UserID == t.user.ID && p.connected() {
			return badRequest("userId", "User %s is already connected to conversation %s as participant %s.", t.user.ID, conv.ID, p.ID)
		}
	}
	return nil
}

// ---- consult transfers ----------------------------------------------------

// consultState is the consult transfer in progress on a conversation.
type consultState struct {
	object    *Participant // the party being transferred
	dest      *Participant // the party consulted
	initiator *Participant // the consulting agent, nil if it cannot be found
	transfer  *Transfer    // the Active transfer record, nil if missing
}

// activeConsult finds the consult in progress on a conversation, if any.
func activeConsult(conv *Conversation) *consultState {
	for _, o := range conv.Participants {
		if o.ConsultParticipantID == "" {
			continue
		}
		d, err := conv.participant(o.ConsultParticipantID)
		if err != nil {
			continue
		}
		k := &consultState{object: o, dest: d}
		for i := len(conv.Transfers) - 1; i >= 0; i-- {
			if conv.Transfers[i].State == "Active" {
				k.transfer = conv.Transfers[i]
				break
			}
		}
		if k.transfer != nil {
			for i := len(conv.Participants) - 1; i >= 0; i-- {
				x := conv.Participants[i]
				if x != d && x != o && x.UserID != "" && x.UserID == k.transfer.InitiatorUserID && x.connected() {
					k.initiator = x
					break
				}
			}
		}
		return k
	}
	return nil
}

// end closes the consult with the given transfer state and takes everyone
// still connected off hold.
func (k *consultState) end(state string, now time.Time) {
	k.object.ConsultParticipantID = ""
	if k.transfer != nil {
		k.transfer.State = state
	}
	for _, p := range []*Participant{k.object, k.dest, k.initiator} {
		if p != nil {
			partSetHeld(p, false, now)
		}
	}
}

// speakTo applies a SpeakTo value.
func (k *consultState) speakTo(v string, now time.Time) {
	if k.initiator != nil {
		partSetHeld(k.initiator, false, now)
	}
	switch v {
	case "DESTINATION":
		partSetHeld(k.object, true, now)
		partSetHeld(k.dest, false, now)
	case "OBJECT":
		partSetHeld(k.object, false, now)
		partSetHeld(k.dest, true, now)
	case "BOTH":
		partSetHeld(k.object, false, now)
		partSetHeld(k.dest, false, now)
	case "CONFERENCE":
		k.end("Canceled", now)
	}
}

// xferLeave disconnects a participant's communications (all of them when
// comms is nil), settles a consult transfer the participant took part in,
// and ends the conversation if nobody is left to talk. The consulting
// agent leaving completes the consult, so its disconnectType is
// "transfer".
func (st *state) xferLeave(conv *Conversation, p *Participant, comms []*Communication, now time.Time, disconnectType string) {
	k := activeConsult(conv)
	if k != nil && k.initiator == p {
		disconnectType = "transfer"
	}
	if comms == nil {
		comms = p.Communications
	}
	for _, m := range comms {
		endCommunication(p, m, now, disconnectType)
	}
	if k != nil && !p.connected() {
		switch p {
		case k.initiator:
			k.initiator = nil
			k.end("Complete", now)
		case k.dest, k.object:
			k.end("Failed", now)
		}
	}
	endConversationIfIdle(conv, now)
}

// speakToValues is the SpeakTo enum.
var speakToValues = []string{"DESTINATION", "OBJECT", "BOTH", "CONFERENCE"}

// consultCommon holds the fields every consult request has.
type consultCommon struct {
	SpeakTo          *string `json:"speakTo"`
	ConsultingUserID string  `json:"consultingUserId"`
}

func (b consultCommon) check() (string, error) {
	if b.SpeakTo == nil || *b.SpeakTo == "" {
		return "", badRequest("speakTo", "speakTo is required: one of %s.", strings.Join(speakToValues, ", "))
	}
	if !slices.Contains(speakToValues, *b.SpeakTo) {
		return "", badRequest("speakTo", "speakTo %q is not one of %s.", *b.SpeakTo, strings.Join(speakToValues, ", "))
	}
	return *b.SpeakTo, nil
}

// consultOut is the ConsultTransferResponse model.
type consultOut struct {
	DestinationParticipantID string `json:"destinationParticipantId"`
}

// consultStart runs the checks shared by the consult operations and then
// starts the consult: decode the body, find the call and the object,
// resolve the target, find the consulting agent.
func consultStart(c *call, body any, common *consultCommon, resolve func() (xferTarget, error)) (int, any, error) {
	if err := c.decode(body); err != nil {
		return 0, nil, err
	}
	conv, obj, err := c.pathParticipant("call")
	if err != nil {
		return 0, nil, err
	}
	speakTo, err := common.check()
	if err != nil {
		return 0, nil, err
	}
	var consulting *User
	if common.ConsultingUserID != "" {
		u, ok := c.st.user(common.ConsultingUserID)
		if !ok {
			return 0, nil, notFound("user", common.ConsultingUserID)
		}
		consulting = u
	}
	target, err := resolve()
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	if !obj.connected() {
		return 0, nil, badRequest("participantId", "Participant %s has disconnected from conversation %s.", obj.ID, conv.ID)
	}
	if k := activeConsult(conv); k != nil {
		return 0, nil, badRequest("participantId", "A consult transfer to participant %s is already in progress on conversation %s; complete or cancel it first.", k.dest.ID, conv.ID)
	}
	var initiator *Participant
	for i := len(conv.Participants) - 1; i >= 0; i-- {
		x := conv.Participants[i]
		if x == obj || (x.Purpose != "agent" && x.Purpose != "user") || !x.connected() {
			continue
		}
		if consulting == nil || x.UserID == consulting.ID {
			initiator = x
			break
		}
	}
	if initiator == nil {
		if consulting != nil {
			return 0, nil, badRequest("consultingUserId", "User %s is not connected to conversation %s.", consulting.ID, conv.ID)
		}
		return 0, nil, badRequest("participantId", "No agent is connected to conversation %s to consult from.", conv.ID)
	}
	if err := xferCheckTarget(conv, target, initiator); err != nil {
		return 0, nil, err
	}

	now := c.now
	dest := c.st.xferJoin(conv, target, now)
	obj.ConsultParticipantID = dest.ID
	userID, address := target.destination()
	t := &Transfer{ID: c.st.newID(), State: "Active", TransferType: "Attended", DateIssued: now, InitiatorUserID: initiator.UserID,
		DestinationUserID: userID, DestinationAddress: address}
	conv.Transfers = append(conv.Transfers, t)
	(&consultState{object: obj, dest: dest, initiator: initiator, transfer: t}).speakTo(speakTo, now)
	return http.StatusOK, consultOut{DestinationParticipantID: dest.ID}, nil
}

func consultAgent(c *call) (int, any, error) {
	var body struct {
		consultCommon
		UserID          string `json:"userId"`
		UserDisplayName string `json:"userDisplayName"`
	}
	return consultStart(c, &body, &body.consultCommon, func() (xferTarget, error) {
		if body.UserID == "" && body.UserDisplayName == "" {
			return xferTarget{}, badRequest("userId", "Name the user to consult: userId or userDisplayName.")
		}
		u, err := c.st.xferUser(body.UserID, "", body.UserDisplayName)
		return xferTarget{user: u}, err
	})
}

func consultQueue(c *call) (int, any, error) {
	var body struct {
		consultCommon
		QueueID   string `json:"queueId"`
		QueueName string `json:"queueName"`
	}
	return consultStart(c, &body, &body.consultCommon, func() (xferTarget, error) {
		q, err := c.st.xferQueue(body.QueueID, body.QueueName)
		return xferTarget{queue: q}, err
	})
}

func consultExternalContact(c *call) (int, any, error) {
	var body struct {
		consultCommon
		ContactID string `json:"contactId"`
		PhoneType string `json:"phoneType"`
	}
	return consultStart(c, &body, &body.consultCommon, func() (xferTarget, error) {
		return c.st.xferContact(body.ContactID, body.PhoneType)
	})
}

func consultAddress(c *call) (int, any, error) {
	var body struct {
		consultCommon
		Address string `json:"address"`
	}
	return consultStart(c, &body, &body.consultCommon, func() (xferTarget, error) {
		return c.st.xferAddress(body.Address, true)
	})
}

// consultOf finds the consult whose object is the path's participant.
func consultOf(c *call) (*Conversation, *consultState, error) {
	conv, p, err := c.pathParticipant("call")
	if err != nil {
		return nil, nil, err
	}
	k := activeConsult(conv)
	if k == nil || k.object != p {
		msg := "No consult transfer is in progress on conversation %s."
		args := []any{conv.ID}
		if k != nil {
			msg = "The consult transfer on conversation %s is for participant %s, not %s."
			args = append(args, k.object.ID, p.ID)
		}
		e := badRequest("participantId", msg, args...)
		e.Code = "conversation.error.consult.transfer.not.started"
		return nil, nil, e
	}
	return conv, k, nil
}

// patchConsult changes who the consulting agent talks to.
func patchConsult(c *call) (int, any, error) {
	var body consultCommon
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	_, k, err := consultOf(c)
	if err != nil {
		return 0, nil, err
	}
	speakTo, err := body.check()
	if err != nil {
		return 0, nil, err
	}
	if body.ConsultingUserID != "" {
		if _, ok := c.st.user(body.ConsultingUserID); !ok {
			return 0, nil, notFound("user", body.ConsultingUserID)
		}
	}
	k.speakTo(speakTo, c.now)
	return http.StatusOK, consultOut{DestinationParticipantID: k.dest.ID}, nil
}

// cancelConsult drops the consulted party and gives the call back to the
// consulting agent.
func cancelConsult(c *call) (int, any, error) {
	conv, k, err := consultOf(c)
	if err != nil {
		return 0, nil, err
	}
	endParticipant(k.dest, c.now, "client")
	k.end("Canceled", c.now)
	endConversationIfIdle(conv, c.now)
	return http.StatusOK, nil, nil
}

// ---- blind transfers ------------------------------------------------------

// transferTypes is the TransferType enum.
var transferTypes = []string{"Attended", "Unattended"}

// xferCommon holds the fields every blind-transfer request has.
type xferCommon struct {
	TransferType             string `json:"transferType"`
	KeepInternalMessageAlive *bool  `json:"keepInternalMessageAlive"`
}

// xferReplace replaces a participant with the target: the target joins,
// the participant leaves with disconnectType "transfer", and a Complete
// transfer is recorded.
func xferReplace(c *call, conv *Conversation, p *Participant, common xferCommon, target xferTarget) error {
	kind := common.TransferType
	if kind == "" {
		kind = "Unattended"
	}
	if !slices.Contains(transferTypes, kind) {
		return badRequest("transferType", "transferType %q is not one of Attended, Unattended.", kind)
	}
	if !conv.active() {
		return badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	if !p.connected() {
		return badRequest("participantId", "Participant %s has disconnected from conversation %s.", p.ID, conv.ID)
	}
	if p.Purpose == "customer" {
		return badRequest("participantId", "Participant %s is the customer; replace the agent or queue handling the conversation instead.", p.ID)
	}
	if err := xferCheckTarget(conv, target, p); err != nil {
		return err
	}
	now := c.now
	initiator := p.UserID
	if initiator == "" {
		initiator = c.userID
	}
	c.st.xferJoin(conv, target, now)
	c.st.xferLeave(conv, p, nil, now, "transfer")
	userID, address := target.destination()
	conv.Transfers = append(conv.Transfers, &Transfer{ID: c.st.newID(), State: "Complete", TransferType: kind, DateIssued: now,
		InitiatorUserID: initiator, DestinationUserID: userID, DestinationAddress: address})
	return nil
}

// replaceParticipant is the call and callback replace operation
// (TransferRequest): the target is userId, userName, queueId, address or
// the replaced user's voicemail, in that order of precedence.
func replaceParticipant(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body struct {
			xferCommon
			UserID    string `json:"userId"`
			Address   string `json:"address"`
			UserName  string `json:"userName"`
			QueueID   string `json:"queueId"`
			Voicemail *bool  `json:"voicemail"`
		}
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		conv, p, err := c.pathParticipant(media)
		if err != nil {
			return 0, nil, err
		}
		var target xferTarget
		switch {
		case body.UserID != "" || body.UserName != "":
			target.user, err = c.st.xferUser(body.UserID, body.UserName, "")
		case body.QueueID != "":
			target.queue, err = c.st.xferQueue(body.QueueID, "")
		case body.Address != "":
			target, err = c.st.xferAddress(body.Address, media != "callback")
		case body.Voicemail != nil && *body.Voicemail:
			target, err = xferVoicemail(p)
		default:
			err = badRequest("userId", "Name the transfer target: userId, userName, queueId, address or voicemail.")
		}
		if err != nil {
			return 0, nil, err
		}
		if err := xferReplace(c, conv, p, body.xferCommon, target); err != nil {
			return 0, nil, err
		}
		return http.StatusAccepted, nil, nil
	}
}

// xferVoicemail targets the voicemail box of the user being replaced.
func xferVoicemail(p *Participant) (xferTarget, error) {
	if p.UserID == "" {
		return xferTarget{}, badRequest("voicemail", "Participant %s is not a user and has no voicemail box.", p.ID)
	}
	return xferTarget{voicemail: p}, nil
}

func replaceWithAgent(c *call) (int, any, error) {
	var body struct {
		xferCommon
		UserID          string `json:"userId"`
		UserName        string `json:"userName"`
		UserDisplayName string `json:"userDisplayName"`
		Voicemail       *bool  `json:"voicemail"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	var target xferTarget
	if body.UserID == "" && body.UserName == "" && body.UserDisplayName == "" && body.Voicemail != nil && *body.Voicemail {
		target, err = xferVoicemail(p)
	} else {
		target.user, err = c.st.xferUser(body.UserID, body.UserName, body.UserDisplayName)
	}
	if err != nil {
		return 0, nil, err
	}
	if err := xferReplace(c, conv, p, body.xferCommon, target); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, nil, nil
}

func replaceWithQueue(c *call) (int, any, error) {
	var body struct {
		xferCommon
		QueueID   string `json:"queueId"`
		QueueName string `json:"queueName"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	q, err := c.st.xferQueue(body.QueueID, body.QueueName)
	if err != nil {
		return 0, nil, err
	}
	if err := xferReplace(c, conv, p, body.xferCommon, xferTarget{queue: q}); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, nil, nil
}

func replaceWithExternalContact(c *call) (int, any, error) {
	var body struct {
		xferCommon
		ContactID string `json:"contactId"`
		PhoneType string `json:"phoneType"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	target, err := c.st.xferContact(body.ContactID, body.PhoneType)
	if err != nil {
		return 0, nil, err
	}
	if err := xferReplace(c, conv, p, body.xferCommon, target); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, nil, nil
}

func transferToAddress(c *call) (int, any, error) {
	var body struct {
		xferCommon
		Address string `json:"address"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	target, err := c.st.xferAddress(body.Address, conv.MediaType != "callback")
	if err != nil {
		return 0, nil, err
	}
	if err := xferReplace(c, conv, p, body.xferCommon, target); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, nil, nil
}
