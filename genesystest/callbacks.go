package genesystest

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
)

// The callback operations. A callback is a callback communication on the
// customer's participant, scheduled for a time and routed through a queue
// (an ACD participant with a callback communication) until an agent takes
// it; genesys_conversations_post_call then dials it.

func callbackRoutes() []route {
	return []route{
		{op: "getConversationsCallback", pattern: "GET /api/v2/conversations/callbacks/{conversationId}", h: getMediaView("callback")},
		{op: "getConversationsCallbacks", pattern: "GET /api/v2/conversations/callbacks", userOnly: true, h: listUserMediaViews("callback")},
		{op: "patchConversationsCallback", pattern: "PATCH /api/v2/conversations/callbacks/{conversationId}", h: patchCallback},
		{op: "patchConversationsCallbacks", pattern: "PATCH /api/v2/conversations/callbacks", h: patchCallbacks},
		{op: "postConversationsCallbacks", pattern: "POST /api/v2/conversations/callbacks", h: postCallbacks},
		{op: "postConversationParticipantCallbacks", pattern: "POST /api/v2/conversations/{conversationId}/participants/{participantId}/callbacks", h: postParticipantCallbacks},
	}
}

// patchCallback ends a callback conversation for everyone; that is the one
// change the Conversation body can make to a callback.
func patchCallback(c *call) (int, any, error) {
	var body convUpdateBody
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if err := body.checkTimes(); err != nil {
		return 0, nil, err
	}
	if err := body.checkState(); err != nil {
		return 0, nil, err
	}
	if body.RecordingState != "" {
		return 0, nil, badRequest("recordingState", "Callbacks are not recorded; recordingState cannot be set.")
	}
	if len(body.ConversationIDs) > 0 {
		return 0, nil, badRequest("conversationIds", "Callbacks cannot be merged into a conference.")
	}
	if body.State == "" {
		return 0, nil, badRequest("state", "Set state to disconnected to end the callback.")
	}
	conv, err := c.st.mediaConv(c.path("conversationId"), "callback")
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Callback %s has already ended.", conv.ID)
	}
	conv.disconnectAll(c.now, "client")
	return http.StatusOK, c.st.renderConversation(conv), nil
}

// callbackIdentifierOut is the CallbackIdentifier model.
type callbackIdentifierOut struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

// callbackAnswerOut is the CreateCallbackResponse and PatchCallbackResponse
// model.
type callbackAnswerOut struct {
	Conversation        entityRef               `json:"conversation"`
	CallbackIdentifiers []callbackIdentifierOut `json:"callbackIdentifiers"`
}

func callbackAnswer(conv *Conversation, m *Communication) callbackAnswerOut {
	return callbackAnswerOut{
		Conversation:        entityRef{ID: conv.ID, SelfURI: "/api/v2/conversations/callbacks/" + conv.ID},
		CallbackIdentifiers: []callbackIdentifierOut{{Type: "ACD", ID: m.ID}},
	}
}

// scheduledCallback returns the external party's callback communication
// that has not been placed yet, or an error naming why there is none.
func scheduledCallback(conv *Conversation) (*Participant, *Communication, error) {
	var placed bool
	for i := len(conv.Participants) - 1; i >= 0; i-- {
		p := conv.Participants[i]
		if p.Purpose != "customer" && p.Purpose != "external" {
			continue
		}
		for j := len(p.Communications) - 1; j >= 0; j-- {
			m := p.Communications[j]
			if m.MediaType != "callback" {
				continue
			}
			if m.State == "scheduled" {
				return p, m, nil
			}
			placed = true
		}
	}
	if placed {
		return nil, nil, badRequest("conversationId", "The callback of conversation %s has already been placed and can no longer be changed.", conv.ID)
	}
	return nil, nil, badRequest("conversationId", "Conversation %s has no scheduled callback.", conv.ID)
}

var deliveryModes = []string{"UseQueueSetting", "UseAgentReservation", "NoAgentReservation"}

// phonePattern is what validateCallbackNumbers accepts once spaces,
// dashes, dots and brackets are removed: an E.164-like number.
var phonePattern = regexp.MustCompile(`^\+?[1-9][0-9]{6,14}$`)

// checkCallbackNumbers validates a list of callback numbers.
func checkCallbackNumbers(numbers []string, validate bool) error {
	for _, n := range numbers {
		if strings.TrimSpace(n) == "" {
			return badRequest("callbackNumbers", "callbackNumbers cannot contain an empty number.")
		}
		clean := strings.NewReplacer(" ", "", "-", "", ".", "", "(", "", ")", "").Replace(n)
		if validate && !phonePattern.MatchString(clean) {
			return badRequest("callbackNumbers", "%q is not a valid phone number.", n)
		}
	}
	return nil
}

// patchCallbacksBody is the PatchCallbackRequest model.
type patchCallbacksBody struct {
	ConversationID                    string   `json:"conversationId"`
	QueueID                           string   `json:"queueId"`
	AgentID                           string   `json:"agentId"`
	CallbackScheduledTime             string   `json:"callbackScheduledTime"`
	CountryCode                       string   `json:"countryCode"`
	CallbackNumbers                   []string `json:"callbackNumbers"`
	ValidateCallbackNumbers           *bool    `json:"validateCallbackNumbers"`
	CustomerFirstCallbackDeliveryMode string   `json:"customerFirstCallbackDeliveryMode"`
}

// patchCallbacks reschedules or reassigns a callback that has not been
// placed: a new queue moves its ACD leg, a new agent takes it over (as an
// assignment does), new numbers and times replace the old ones.
func patchCallbacks(c *call) (int, any, error) {
	var body patchCallbacksBody
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if body.ConversationID == "" {
		return 0, nil, badRequest("conversationId", "conversationId is required.")
	}
	if body.AgentID == "" {
		return 0, nil, badRequest("agentId", "agentId is required.")
	}
	var when time.Time
	if body.CallbackScheduledTime != "" {
		t, err := time.Parse(time.RFC3339Nano, body.CallbackScheduledTime)
		if err != nil {
			return 0, nil, badRequest("callbackScheduledTime", "callbackScheduledTime %q is not an ISO-8601 date-time.", body.CallbackScheduledTime)
		}
		when = t
	}
	if body.CustomerFirstCallbackDeliveryMode != "" && !slices.Contains(deliveryModes, body.CustomerFirstCallbackDeliveryMode) {
		return 0, nil, badRequest("customerFirstCallbackDeliveryMode", "customerFirstCallbackDeliveryMode must be one of %s.", strings.Join(deliveryModes, ", "))
	}
	if err := checkCallbackNumbers(body.CallbackNumbers, body.ValidateCallbackNumbers != nil && *body.ValidateCallbackNumbers); err != nil {
		return 0, nil, err
	}
	conv, err := c.st.mediaConv(body.ConversationID, "callback")
	if err != nil {
		return 0, nil, err
	}
	agentUser, ok := c.st.user(body.AgentID)
	if !ok {
		return 0, nil, notFound("user", body.AgentID)
	}
	var queue *Queue
	if body.QueueID != "" {
		if queue, ok = c.st.queue(body.QueueID); !ok {
			return 0, nil, notFound("queue", body.QueueID)
		}
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Callback %s has ended.", conv.ID)
	}
	_, cb, cerr := scheduledCallback(conv)
	if cerr != nil {
		return 0, nil, cerr
	}

	if !when.IsZero() {
		cb.CallbackScheduledTime = ptr(when.UTC())
	}
	if len(body.CallbackNumbers) > 0 {
		cb.CallbackNumbers = append([]string(nil), body.CallbackNumbers...)
	}
	queueID := ""
	var agent *Participant
	for _, p := range conv.Participants {
		if !p.connected() {
			continue
		}
		switch p.Purpose {
		case "acd":
			if p.openComm("callback") != nil {
				if queue != nil && p.QueueID != queue.ID {
					p.QueueID, p.Name, p.Address = queue.ID, queue.Name, queue.Name
					openSegment(p.openComm("callback"), "interact", c.now, queue.ID)
				}
				queueID = p.QueueID
			}
		case "agent":
			if queue != nil {
				p.QueueID = queue.ID
			}
			if p.UserID == agentUser.ID {
				agent = p
			}
			if queueID == "" {
				queueID = p.QueueID
			}
		}
	}
	if queue != nil {
		queueID = queue.ID
	}
	if agent == nil {
		for _, p := range conv.Participants {
			if p.Purpose == "agent" && p.connected() {
				endParticipant(p, c.now, "transfer")
			}
		}
		c.st.addAgent(conv, agentUser, queueID, c.now)
	}
	return http.StatusOK, callbackAnswer(conv, cb), nil
}

// createCallbackBody is the CreateCallbackCommand model (and the
// CreateCallbackOnConversationCommand, which has the same fields).
type createCallbackBody struct {
	ScriptID                          string            `json:"scriptId"`
	QueueID                           string            `json:"queueId"`
	RoutingData                       *routingDataBody  `json:"routingData"`
	CustomerFirstCallbackDeliveryMode string            `json:"customerFirstCallbackDeliveryMode"`
	CallbackUserName                  string            `json:"callbackUserName"`
	CallbackNumbers                   []string          `json:"callbackNumbers"`
	CallbackScheduledTime             string            `json:"callbackScheduledTime"`
	CountryCode                       string            `json:"countryCode"`
	ValidateCallbackNumbers           *bool             `json:"validateCallbackNumbers"`
	Data                              map[string]string `json:"data"`
	CallerID                          string            `json:"callerId"`
	CallerIDName                      string            `json:"callerIdName"`
}

// routingDataBody is the RoutingData model.
type routingDataBody struct {
	QueueID           string   `json:"queueId"`
	LanguageID        string   `json:"languageId"`
	Label             string   `json:"label"`
	Priority          *int     `json:"priority"`
	SkillIDs          []string `json:"skillIds"`
	SkillExpression   string   `json:"skillExpression"`
	PreferredAgentIDs []string `json:"preferredAgentIds"`
	ScoredAgents      []struct {
		Agent *struct {
			ID      string `json:"id"`
			Name    string `json:"name"`
			SelfURI string `json:"selfUri"`
		} `json:"agent"`
		Score *int `json:"score"`
	} `json:"scoredAgents"`
	RoutingFlags []string `json:"routingFlags"`
}

// check validates a callback command and resolves its queue (queueId,
// routingData.queueId, or fallback when neither is set) and scheduled
// time (now when unset).
func (b *createCallbackBody) check(st *state, now time.Time, fallbackQueue string) (*Queue, time.Time, error) {
	if len(b.CallbackNumbers) == 0 {
		return nil, time.Time{}, badRequest("callbackNumbers", "callbackNumbers must hold at least one phone number.")
	}
	if err := checkCallbackNumbers(b.CallbackNumbers, b.ValidateCallbackNumbers != nil && *b.ValidateCallbackNumbers); err != nil {
		return nil, time.Time{}, err
	}
	if b.CustomerFirstCallbackDeliveryMode != "" && !slices.Contains(deliveryModes, b.CustomerFirstCallbackDeliveryMode) {
		return nil, time.Time{}, badRequest("customerFirstCallbackDeliveryMode", "customerFirstCallbackDeliveryMode must be one of %s.", strings.Join(deliveryModes, ", "))
	}
	when := now
	if b.CallbackScheduledTime != "" {
		t, err := time.Parse(time.RFC3339Nano, b.CallbackScheduledTime)
		if err != nil {
			return nil, time.Time{}, badRequest("callbackScheduledTime", "callbackScheduledTime %q is not an ISO-8601 date-time.", b.CallbackScheduledTime)
		}
		when = t.UTC()
	}
	queueID := b.QueueID
	if rd := b.RoutingData; rd != nil {
		if rd.QueueID == "" {
			return nil, time.Time{}, badRequest("routingData.queueId", "routingData.queueId is required.")
		}
		if queueID != "" && queueID != rd.QueueID {
			return nil, time.Time{}, badRequest("queueId", "queueId and routingData.queueId name different queues.")
		}
		queueID = rd.QueueID
		if err := rd.check(st); err != nil {
			return nil, time.Time{}, err
		}
	}
	if queueID == "" {
		queueID = fallbackQueue
	}
	if queueID == "" {
		return nil, time.Time{}, badRequest("queueId", "Either queueId or routingData is required.")
	}
	q, ok := st.queue(queueID)
	if !ok {
		return nil, time.Time{}, notFound("queue", queueID)
	}
	return q, when, nil
}

func (rd *routingDataBody) check(st *state) error {
	if rd.LanguageID != "" && !slices.ContainsFunc(st.org.Languages, func(e Entity) bool { return e.ID == rd.LanguageID }) {
		return notFound("language", rd.LanguageID)
	}
	for _, id := range rd.SkillIDs {
		if !slices.ContainsFunc(st.org.Skills, func(e Entity) bool { return e.ID == id }) {
			return notFound("skill", id)
		}
	}
	for _, id := range rd.PreferredAgentIDs {
		if _, ok := st.user(id); !ok {
			return notFound("user", id)
		}
	}
	for _, sa := range rd.ScoredAgents {
		if sa.Agent == nil || sa.Agent.ID == "" {
			return badRequest("routingData.scoredAgents", "Each scored agent needs agent.id.")
		}
		if _, ok := st.user(sa.Agent.ID); !ok {
			return notFound("user", sa.Agent.ID)
		}
		if sa.Score != nil && (*sa.Score < 0 || *sa.Score > 100) {
			return badRequest("routingData.scoredAgents", "Scores run from 0 to 100.")
		}
	}
	if rd.Priority != nil && *rd.Priority < 0 {
		return badRequest("routingData.priority", "priority cannot be negative.")
	}
	for _, f := range rd.RoutingFlags {
		if f != "AGENT_OWNED_CALLBACK" {
			return badRequest("routingData.routingFlags", "routingFlags %q is not supported; the only flag is AGENT_OWNED_CALLBACK.", f)
		}
		if len(rd.ScoredAgents) != 1 || rd.ScoredAgents[0].Score == nil || *rd.ScoredAgents[0].Score != 100 {
			return badRequest("routingData.scoredAgents", "An agent-owned callback needs exactly one scored agent with score 100.")
		}
	}
	return nil
}

// newCallbackComm is a scheduled callback communication of the external
// party.
func (st *state) newCallbackComm(b *createCallbackBody, name string, when, now time.Time) *Communication {
	return &Communication{
		ID: st.newID(), MediaType: "callback", State: "scheduled", Direction: "outbound", StartTime: now,
		CallbackNumbers: append([]string(nil), b.CallbackNumbers...), CallbackUserName: name,
		CallbackScheduledTime: ptr(when), ScriptID: b.ScriptID, CallerID: b.CallerID, CallerIDName: b.CallerIDName,
		Segments: []*Segment{{Type: "scheduled", Start: now}},
	}
}

// queueCallback routes a callback through the queue: an ACD participant
// of that queue carries a callback communication.
func (st *state) queueCallback(conv *Conversation, q *Queue, now time.Time) {
	m := &Communication{ID: st.newID(), MediaType: "callback", State: "connected", Direction: "inbound", StartTime: now, ConnectedTime: ptr(now),
		Segments: []*Segment{{Type: "interact", Start: now, QueueID: q.ID}}}
	for _, p := range conv.Participants {
		if p.Purpose == "acd" && p.QueueID == q.ID && p.connected() {
			p.Communications = append(p.Communications, m)
			return
		}
	}
	conv.Participants = append(conv.Participants, &Participant{ID: st.newID(), Name: q.Name, Purpose: "acd", QueueID: q.ID, Address: q.Name,
		StartTime: now, ConnectedTime: ptr(now), Communications: []*Communication{m}})
}

// postCallbacks creates a callback conversation: the customer to call back
// (linked to the external contact that owns the first number, if any) and
// the queue that routes it.
//
// The answer status is 202, the official success status of this
// operation; it carries the CreateCallbackResponse (the model of its 200)
// so that the new conversation can be found.
func postCallbacks(c *call) (int, any, error) {
	var body createCallbackBody
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	q, when, err := body.check(c.st, c.now, "")
	if err != nil {
		return 0, nil, err
	}
	conv := &Conversation{ID: c.st.newID(), MediaType: "callback", Direction: "inbound", StartTime: c.now,
		DivisionIDs: []string{c.st.org.Divisions[0].ID}, RecordingState: "NONE"}
	cust := &Participant{ID: c.st.newID(), Name: body.CallbackUserName, Purpose: "customer", Address: body.CallbackNumbers[0],
		ANI: body.CallbackNumbers[0], DNIS: simMainNumber, StartTime: c.now, Attributes: copyAttrs(body.Data)}
	for _, e := range c.st.org.ExternalContacts {
		if slices.Contains([]string{e.CellPhone, e.WorkPhone, e.HomePhone}, body.CallbackNumbers[0]) {
			cust.ExternalContactID = e.ID
			if cust.Name == "" {
				cust.Name = e.FirstName + " " + e.LastName
			}
			break
		}
	}
	if cust.Name == "" {
		cust.Name = body.CallbackNumbers[0]
	}
	cb := c.st.newCallbackComm(&body, cust.Name, when, c.now)
	cust.Communications = []*Communication{cb}
	conv.Participants = []*Participant{cust}
	c.st.queueCallback(conv, q, c.now)
	c.st.add(conv)
	return http.StatusAccepted, callbackAnswer(conv, cb), nil
}

// postParticipantCallbacks schedules a callback for an external party of
// an existing conversation, e.g. a caller waiting in queue. The callback
// joins that conversation: the party gets a scheduled callback
// communication, routed through the given queue or the conversation's
// own. Without a body the party's own number is called back.
func postParticipantCallbacks(c *call) (int, any, error) {
	var body createCallbackBody
	if err := c.decodeOptional(&body); err != nil {
		return 0, nil, err
	}
	sent := len(strings.TrimSpace(string(c.body))) > 0
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	if p.Purpose != "customer" && p.Purpose != "external" {
		return 0, nil, badRequest("participantId", "Participant %s is not an external party; only customers can be called back.", p.ID)
	}
	if !sent {
		number := p.ANI
		if number == "" || strings.HasPrefix(p.Address, "+") {
			number = p.Address
		}
		body.CallbackNumbers = []string{number}
	}
	fallback := ""
	for _, q := range conv.Participants {
		if (q.Purpose == "acd" || q.Purpose == "agent") && q.QueueID != "" {
			fallback = q.QueueID
		}
	}
	queue, when, cerr := body.check(c.st, c.now, fallback)
	if cerr != nil {
		return 0, nil, cerr
	}
	for _, m := range p.Communications {
		if m.MediaType == "callback" && m.State == "scheduled" {
			return 0, nil, badRequest("participantId", "Participant %s already has a scheduled callback.", p.ID)
		}
	}
	name := body.CallbackUserName
	if name == "" {
		name = p.Name
	}
	p.Communications = append(p.Communications, c.st.newCallbackComm(&body, name, when, c.now))
	if p.Attributes == nil {
		p.Attributes = map[string]string{}
	}
	for k, v := range body.Data {
		p.Attributes[k] = v
	}
	c.st.queueCallback(conv, queue, c.now)
	return http.StatusCreated, nil, nil
}
