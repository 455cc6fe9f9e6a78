package genesystest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
)

// The voice-call operations. A conversation counts as a call when it was
// created as one or when any participant has a call communication in it (a
// callback that has been dialled, for example), so the /calls endpoints
// see every conversation that carries voice.

func callRoutes() []route {
	return []route{
		{op: "getConversationsCall", pattern: "GET /api/v2/conversations/calls/{conversationId}", h: getMediaView("call")},
		{op: "getConversationsCalls", pattern: "GET /api/v2/conversations/calls", userOnly: true, h: listUserMediaViews("call")},
		{op: "getConversationsCallsHistory", pattern: "GET /api/v2/conversations/calls/history", userOnly: true, h: getCallsHistory},
		{op: "patchConversationsCall", pattern: "PATCH /api/v2/conversations/calls/{conversationId}", h: patchCall},
		{op: "patchConversationsCallConference", pattern: "PATCH /api/v2/conversations/calls/{conversationId}/conference", h: patchCallConference},
		{op: "postConversationsCall", pattern: "POST /api/v2/conversations/calls/{conversationId}", h: postCallDial},
		{op: "postConversationsCalls", pattern: "POST /api/v2/conversations/calls", h: postCalls(false)},
		{op: "postConversationsCallsUserUserId", pattern: "POST /api/v2/conversations/calls/user/{userId}", h: postCalls(true)},
		{op: "postConversationsCallParticipants", pattern: "POST /api/v2/conversations/calls/{conversationId}/participants", h: postCallParticipants(false)},
		{op: "postConversationsCallParticipantsUserUserId", pattern: "POST /api/v2/conversations/calls/{conversationId}/participants/user/{userId}", h: postCallParticipants(true)},
		// A supervisor barges, coaches or monitors as themself, so these
		// need the user behind a user token, like postConversationBarge.
		{op: "postConversationsCallParticipantBarge", pattern: "POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge", userOnly: true, h: superviseCall("barge", http.StatusOK)},
		{op: "postConversationsCallParticipantCoach", pattern: "POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach", userOnly: true, h: superviseCall("coach", http.StatusOK)},
		{op: "postConversationsCallParticipantMonitor", pattern: "POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor", userOnly: true, h: superviseCall("monitor", http.StatusCreated)},
	}
}

// simMainNumber is the number the demo org's calls come in on and go out
// from.
const simMainNumber = "+13175550100"

// carries reports whether the conversation carries the media type.
func (c *Conversation) carries(media string) bool {
	if c.MediaType == media {
		return true
	}
	for _, p := range c.Participants {
		if p.carries(media) {
			return true
		}
	}
	return false
}

func (p *Participant) carries(media string) bool {
	return slices.ContainsFunc(p.Communications, func(m *Communication) bool { return m.MediaType == media })
}

// openComm returns the newest communication of the media that has not
// ended, or nil.
func (p *Participant) openComm(media string) *Communication {
	for i := len(p.Communications) - 1; i >= 0; i-- {
		if m := p.Communications[i]; m.MediaType == media && !m.ended() {
			return m
		}
	}
	return nil
}

// mediaConv looks up a conversation that carries the media.
func (st *state) mediaConv(id, media string) (*Conversation, *apiError) {
	c, ok := st.convs[id]
	if !ok || !c.carries(media) {
		return nil, notFound(media+" conversation", id)
	}
	return c, nil
}

// renderMediaView renders a conversation as the media's conversation model
// (CallConversation, CallbackConversation). A conversation created for
// another media type is shown with only its participants of this media.
func (st *state) renderMediaView(c *Conversation, media string) mediaConversationOut {
	view := c
	if c.MediaType != media {
		cp := *c
		cp.MediaType = media
		cp.Participants = nil
		for _, p := range c.Participants {
			if p.carries(media) {
				cp.Participants = append(cp.Participants, p)
			}
		}
		view = &cp
	}
	out := st.renderMediaConversation(view)
	for i := range out.Participants {
		// A callback not yet placed is "scheduled"; the participant
		// models have no such state, so it shows as none until dialled.
		if out.Participants[i].State == "scheduled" {
			out.Participants[i].State = "none"
		}
	}
	return out
}

// userMediaConvs returns the active conversations in which the
// user takes part in the media directly, oldest first.
func (st *state) userMediaConvs(userID, media string) []*Conversation {
	var out []*Conversation
	for _, id := range st.order {
		c := st.convs[id]
		if !c.active() {
			continue
		}
		if slices.ContainsFunc(c.Participants, func(p *Participant) bool { return p.UserID == userID && p.openComm(media) != nil }) {
			out = append(out, c)
		}
	}
	return out
}

// getMediaView answers GET /conversations/calls/{id} and
// /conversations/callbacks/{id}: any conversation that carries the media,
// as renderMediaView shows it.
func getMediaView(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		conv, err := c.st.mediaConv(c.path("conversationId"), media)
		if err != nil {
			return 0, nil, err
		}
		return http.StatusOK, c.st.renderMediaView(conv, media), nil
	}
}

// listUserMediaViews answers GET /conversations/calls and
// /conversations/callbacks: the user's active conversations in the media.
func listUserMediaViews(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		entities := []mediaConversationOut{}
		for _, conv := range c.st.userMediaConvs(c.userID, media) {
			entities = append(entities, c.st.renderMediaView(conv, media))
		}
		return http.StatusOK, page(entities, max(len(entities), 25), 1, "/api/v2/conversations/"+media+"s", ""), nil
	}
}

// ---- call history ----------------------------------------------------

var callHistoryExpands = []string{"externalorganization", "externalcontact", "user", "queue", "group"}

// callHistoryOut is the CallHistoryConversation model.
type callHistoryOut struct {
	ID                  string                      `json:"id"`
	Name                string                      `json:"name,omitempty"`
	Participants        []callHistoryParticipantOut `json:"participants"`
	Direction           string                      `json:"direction,omitempty"`
	WentToVoicemail     bool                        `json:"wentToVoicemail"`
	MissedCall          bool                        `json:"missedCall"`
	StartTime           string                      `json:"startTime,omitempty"`
	WasConference       bool                        `json:"wasConference"`
	WasCallback         bool                        `json:"wasCallback"`
	HadScreenShare      bool                        `json:"hadScreenShare"`
	HadCobrowse         bool                        `json:"hadCobrowse"`
	WasOutboundCampaign bool                        `json:"wasOutboundCampaign"`
	SelfURI             string                      `json:"selfUri"`
}

// callHistoryParticipantOut is the CallHistoryParticipant model.
type callHistoryParticipantOut struct {
	ID              string                 `json:"id"`
	Name            string                 `json:"name,omitempty"`
	Address         string                 `json:"address,omitempty"`
	StartTime       string                 `json:"startTime,omitempty"`
	EndTime         string                 `json:"endTime,omitempty"`
	Purpose         string                 `json:"purpose,omitempty"`
	Direction       string                 `json:"direction,omitempty"`
	ANI             string                 `json:"ani,omitempty"`
	DNIS            string                 `json:"dnis,omitempty"`
	User            *callHistoryUserOut    `json:"user,omitempty"`
	Queue           *callHistoryQueueOut   `json:"queue,omitempty"`
	ExternalContact *callHistoryContactOut `json:"externalContact,omitempty"`
	DidInteract     bool                   `json:"didInteract"`
	DisconnectType  string                 `json:"disconnectType,omitempty"`
	FlaggedReason   string                 `json:"flaggedReason,omitempty"`
}

// callHistoryUserOut is the User model: a reference unless expanded. The
// model requires version.
type callHistoryUserOut struct {
	ID       string     `json:"id"`
	Name     string     `json:"name,omitempty"`
	Email    string     `json:"email,omitempty"`
	Username string     `json:"username,omitempty"`
	State    string     `json:"state,omitempty"`
	Division *entityRef `json:"division,omitempty"`
	Version  int        `json:"version"`
	SelfURI  string     `json:"selfUri"`
}

// callHistoryQueueOut is the Queue model: a reference unless expanded.
type callHistoryQueueOut struct {
	ID          string     `json:"id"`
	Name        string     `json:"name,omitempty"`
	MemberCount *int       `json:"memberCount,omitempty"`
	Division    *entityRef `json:"division,omitempty"`
	SelfURI     string     `json:"selfUri"`
}

// callHistoryContactOut is the ExternalContact model: a reference unless
// expanded.
type callHistoryContactOut struct {
	ID        string          `json:"id"`
	FirstName string          `json:"firstName,omitempty"`
	LastName  string          `json:"lastName,omitempty"`
	WorkPhone *callHistoryTel `json:"workPhone,omitempty"`
	CellPhone *callHistoryTel `json:"cellPhone,omitempty"`
	HomePhone *callHistoryTel `json:"homePhone,omitempty"`
	WorkEmail string          `json:"workEmail,omitempty"`
	Type      string          `json:"type,omitempty"`
	SelfURI   string          `json:"selfUri"`
}

// callHistoryTel is the PhoneNumber model.
type callHistoryTel struct {
	Display string `json:"display,omitempty"`
	E164    string `json:"e164,omitempty"`
}

func callHistoryPhone(n string) *callHistoryTel {
	if n == "" {
		return nil
	}
	return &callHistoryTel{Display: n, E164: n}
}

// historyDisconnectTypes are the CallHistoryParticipant disconnectType
// values.
var historyDisconnectTypes = []string{"endpoint", "endpoint.donotdisturb", "client", "system", "transfer", "transfer.conference",
	"transfer.consult", "transfer.donotdisturb", "transfer.forward", "transfer.noanswer", "transfer.notavailable",
	"transport.failure", "error", "peer", "other", "spam", "inactivity", "session.expired", "takeover"}

// parseCallInterval reads an ISO-8601 "start/end" interval.
func parseCallInterval(v string) (time.Time, time.Time, error) {
	bad := badRequest("interval", "The interval %q must be two ISO-8601 date-times joined by a slash, the start before the end.", v)
	from, to, ok := strings.Cut(v, "/")
	if !ok {
		return time.Time{}, time.Time{}, bad
	}
	start, err1 := time.Parse(time.RFC3339Nano, from)
	end, err2 := time.Parse(time.RFC3339Nano, to)
	if err1 != nil || err2 != nil || !start.Before(end) {
		return time.Time{}, time.Time{}, bad
	}
	return start, end, nil
}

// getCallsHistory pages through the calls the user took part in and has
// left, newest first.
func getCallsHistory(c *call) (int, any, error) {
	pageSize, err := c.queryInt("pageSize", 25, 1, 50)
	if err != nil {
		return 0, nil, err
	}
	pageNumber, err := c.queryInt("pageNumber", 1, 1, 0)
	if err != nil {
		return 0, nil, err
	}
	q := c.r.URL.Query()
	extra := url.Values{}
	var from, to time.Time
	if v := q.Get("interval"); v != "" {
		if from, to, err = parseCallInterval(v); err != nil {
			return 0, nil, err
		}
		extra.Set("interval", v)
	}
	expand := map[string]bool{}
	for _, v := range q["expand"] {
		for _, e := range strings.Split(v, ",") {
			e = strings.TrimSpace(e)
			if !slices.Contains(callHistoryExpands, e) {
				return 0, nil, badRequest("expand", "expand %q is not one of %s.", e, strings.Join(callHistoryExpands, ", "))
			}
			if !expand[e] {
				expand[e] = true
				extra.Add("expand", e)
			}
		}
	}

	var convs []*Conversation
	for _, id := range c.st.order {
		conv := c.st.convs[id]
		if !conv.carries("call") {
			continue
		}
		if !from.IsZero() && (conv.StartTime.Before(from) || !conv.StartTime.Before(to)) {
			continue
		}
		left := slices.ContainsFunc(conv.Participants, func(p *Participant) bool {
			return p.UserID == c.userID && p.carries("call") && p.EndTime != nil
		})
		if left {
			convs = append(convs, conv)
		}
	}
	sort.SliceStable(convs, func(i, j int) bool { return convs[i].StartTime.After(convs[j].StartTime) })
	entities := make([]callHistoryOut, 0, len(convs))
	for _, conv := range convs {
		entities = append(entities, c.st.renderCallHistory(conv, c.userID, expand))
	}
	return http.StatusOK, page(entities, pageSize, pageNumber, "/api/v2/conversations/calls/history", extra.Encode()), nil
}

func (st *state) renderCallHistory(c *Conversation, userID string, expand map[string]bool) callHistoryOut {
	out := callHistoryOut{
		ID: c.ID, Name: c.Name, Participants: []callHistoryParticipantOut{}, Direction: c.Direction,
		StartTime: isoTime(c.StartTime), WasConference: len(c.ConferenceIDs) > 0, WasCallback: c.carries("callback"),
		HadCobrowse: c.Cobrowse != nil, SelfURI: "/api/v2/conversations/calls/" + c.ID,
	}
	if me := c.participantForUser(userID); me != nil && me.ConnectedTime == nil {
		out.MissedCall = true
	}
	for _, p := range c.Participants {
		if !p.carries("call") && p.Purpose != "acd" {
			continue
		}
		hp := callHistoryParticipantOut{
			ID: p.ID, Name: p.Name, Address: p.Address, StartTime: isoTime(p.StartTime), EndTime: isoPtr(p.EndTime),
			Purpose: p.Purpose, ANI: p.ANI, DNIS: p.DNIS, DidInteract: p.ConnectedTime != nil, FlaggedReason: p.FlaggedReason,
		}
		for _, m := range p.Communications {
			if m.MediaType == c.MediaType || m.MediaType == "call" {
				hp.Direction = m.Direction
				if slices.Contains(historyDisconnectTypes, m.DisconnectType) {
					hp.DisconnectType = m.DisconnectType
				}
			}
		}
		if p.UserID != "" {
			u := &callHistoryUserOut{ID: p.UserID, Version: 1, SelfURI: "/api/v2/users/" + p.UserID}
			if user, ok := st.user(p.UserID); ok {
				u.Name = user.Name
				if expand["user"] {
					u.Email, u.Username, u.State = user.Email, user.Email, "active"
					u.Division = st.callDivisionRef(user.DivisionID)
				}
			}
			hp.User = u
		}
		if p.QueueID != "" {
			qo := &callHistoryQueueOut{ID: p.QueueID, SelfURI: "/api/v2/routing/queues/" + p.QueueID}
			if q, ok := st.queue(p.QueueID); ok {
				qo.Name = q.Name
				if expand["queue"] {
					qo.MemberCount = ptr(len(q.MemberIDs))
					qo.Division = st.callDivisionRef(q.DivisionID)
				}
			}
			hp.Queue = qo
		}
		if p.ExternalContactID != "" {
			co := &callHistoryContactOut{ID: p.ExternalContactID, SelfURI: "/api/v2/externalcontacts/contacts/" + p.ExternalContactID}
			if e, ok := st.externalContact(p.ExternalContactID); ok && expand["externalcontact"] {
				co.FirstName, co.LastName, co.WorkEmail, co.Type = e.FirstName, e.LastName, e.Email, "Curated"
				co.WorkPhone, co.CellPhone, co.HomePhone = callHistoryPhone(e.WorkPhone), callHistoryPhone(e.CellPhone), callHistoryPhone(e.HomePhone)
			}
			hp.ExternalContact = co
		}
		out.Participants = append(out.Participants, hp)
	}
	return out
}

func (st *state) callDivisionRef(id string) *entityRef {
	for _, d := range st.org.Divisions {
		if d.ID == id {
			return &entityRef{ID: d.ID, Name: d.Name, SelfURI: "/api/v2/authorization/divisions/" + d.ID}
		}
	}
	return nil
}

// ---- conversation-level updates ---------------------------------------

// convUpdateBody is the Conversation model as a request body (PATCH of
// a call or callback, adding call participants). Read-only and reported
// fields are accepted and ignored.
type convUpdateBody struct {
	ID                 string                `json:"id"`
	Name               string                `json:"name"`
	ExternalTag        string                `json:"externalTag"`
	StartTime          string                `json:"startTime"`
	EndTime            string                `json:"endTime"`
	Address            string                `json:"address"`
	Participants       []convParticipantBody `json:"participants"`
	ConversationIDs    []string              `json:"conversationIds"`
	MaxParticipants    *int                  `json:"maxParticipants"`
	RecordingState     string                `json:"recordingState"`
	State              string                `json:"state"`
	Divisions          []json.RawMessage     `json:"divisions"`
	RecentTransfers    []json.RawMessage     `json:"recentTransfers"`
	SecurePause        *bool                 `json:"securePause"`
	UtilizationLabelID string                `json:"utilizationLabelId"`
	InactivityTimeout  string                `json:"inactivityTimeout"`
	SelfURI            string                `json:"selfUri"`
}

// convParticipantBody is the Participant model as a request body. Nested
// models the simulator does not read are kept raw.
type convParticipantBody struct {
	ID                               string            `json:"id"`
	StartTime                        string            `json:"startTime"`
	EndTime                          string            `json:"endTime"`
	ConnectedTime                    string            `json:"connectedTime"`
	Name                             string            `json:"name"`
	UserURI                          string            `json:"userUri"`
	UserID                           string            `json:"userId"`
	ExternalContactID                string            `json:"externalContactId"`
	ExternalContactInitialDivisionID string            `json:"externalContactInitialDivisionId"`
	ExternalOrganizationID           string            `json:"externalOrganizationId"`
	QueueID                          string            `json:"queueId"`
	GroupID                          string            `json:"groupId"`
	TeamID                           string            `json:"teamId"`
	QueueName                        string            `json:"queueName"`
	Purpose                          string            `json:"purpose"`
	ParticipantType                  string            `json:"participantType"`
	ConsultParticipantID             string            `json:"consultParticipantId"`
	Address                          string            `json:"address"`
	ANI                              string            `json:"ani"`
	ANIName                          string            `json:"aniName"`
	DNIS                             string            `json:"dnis"`
	Locale                           string            `json:"locale"`
	WrapupRequired                   *bool             `json:"wrapupRequired"`
	WrapupPrompt                     string            `json:"wrapupPrompt"`
	WrapupTimeoutMs                  *int              `json:"wrapupTimeoutMs"`
	WrapupSkipped                    *bool             `json:"wrapupSkipped"`
	Wrapup                           json.RawMessage   `json:"wrapup"`
	MediaRoles                       []string          `json:"mediaRoles"`
	ConversationRoutingData          json.RawMessage   `json:"conversationRoutingData"`
	AlertingTimeoutMs                *int              `json:"alertingTimeoutMs"`
	MonitoredParticipantID           string            `json:"monitoredParticipantId"`
	CoachedParticipantID             string            `json:"coachedParticipantId"`
	Attributes                       map[string]string `json:"attributes"`
	Calls                            []json.RawMessage `json:"calls"`
	Callbacks                        []json.RawMessage `json:"callbacks"`
	Chats                            []json.RawMessage `json:"chats"`
	Cobrowsesessions                 []json.RawMessage `json:"cobrowsesessions"`
	Emails                           []json.RawMessage `json:"emails"`
	Messages                         []json.RawMessage `json:"messages"`
	InternalMessages                 []json.RawMessage `json:"internalMessages"`
	ScreenMonitorings                []json.RawMessage `json:"screenMonitorings"`
	Screenshares                     []json.RawMessage `json:"screenshares"`
	SocialExpressions                []json.RawMessage `json:"socialExpressions"`
	Videos                           []json.RawMessage `json:"videos"`
	Evaluations                      []json.RawMessage `json:"evaluations"`
	ScreenRecordingState             string            `json:"screenRecordingState"`
	FlaggedReason                    string            `json:"flaggedReason"`
	StartACWTime                     string            `json:"startAcwTime"`
	EndACWTime                       string            `json:"endAcwTime"`
	BargedParticipantID              string            `json:"bargedParticipantId"`
}

// checkTimes rejects date-time fields of a Conversation body that are set
// but not ISO-8601.
func (b *convUpdateBody) checkTimes() error {
	for field, v := range map[string]string{"startTime": b.StartTime, "endTime": b.EndTime, "inactivityTimeout": b.InactivityTimeout} {
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
			return badRequest(field, "%s %q is not an ISO-8601 date-time.", field, v)
		}
	}
	return nil
}

var convUpdateStates = []string{"alerting", "dialing", "contacting", "offering", "connected", "disconnected", "terminated",
	"converting", "uploading", "transmitting", "parked", "none"}

// checkState validates the state field of a conversation update: only
// disconnected may be set.
func (b *convUpdateBody) checkState() error {
	switch {
	case b.State == "" || b.State == "disconnected":
		return nil
	case slices.Contains(convUpdateStates, b.State):
		return badRequest("state", "On update only the state disconnected is valid, not %q.", b.State)
	}
	return badRequest("state", "state %q is not one of %s.", b.State, strings.Join(convUpdateStates, ", "))
}

// patchCall disconnects the whole call, pauses or resumes its recording,
// merges other calls into it or sets its conference size. The
// participants of the body are not read: adding parties is
// postConversationsCallParticipants' job.
func patchCall(c *call) (int, any, error) {
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
	recording := strings.ToUpper(body.RecordingState)
	switch recording {
	case "", "ACTIVE", "PAUSED":
	case "NONE":
		return 0, nil, badRequest("recordingState", "recordingState NONE cannot be set; use PAUSED or ACTIVE.")
	default:
		return 0, nil, badRequest("recordingState", "recordingState %q is not one of ACTIVE, PAUSED, NONE.", body.RecordingState)
	}
	if body.MaxParticipants != nil && *body.MaxParticipants < 2 {
		return 0, nil, badRequest("maxParticipants", "maxParticipants must be at least 2.")
	}
	conv, err := c.st.mediaConv(c.path("conversationId"), "call")
	if err != nil {
		return 0, nil, err
	}
	if body.State == "" && recording == "" && len(body.ConversationIDs) == 0 && body.MaxParticipants == nil {
		return 0, nil, badRequest("state", "Nothing to change: set state, recordingState, conversationIds or maxParticipants.")
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Call %s has ended and cannot be changed.", conv.ID)
	}
	if recording != "" && conv.RecordingState == "NONE" {
		return 0, nil, badRequest("recordingState", "Call %s is not being recorded.", conv.ID)
	}
	if err := c.st.checkCallMerge(conv, body.ConversationIDs, "conversationIds"); err != nil {
		return 0, nil, err
	}

	if body.MaxParticipants != nil {
		conv.MaxParticipants = *body.MaxParticipants
	}
	switch recording {
	case "PAUSED":
		conv.RecordingState, conv.SecurePause = "PAUSED", true
	case "ACTIVE":
		conv.RecordingState, conv.SecurePause = "ACTIVE", false
	}
	c.st.mergeCalls(conv, body.ConversationIDs, c.now)
	if body.State == "disconnected" {
		conv.disconnectAll(c.now, "client")
	}
	return http.StatusAccepted, c.st.renderConversation(conv), nil
}

func patchCallConference(c *call) (int, any, error) {
	var body struct {
		ConversationIDs []string `json:"conversationIds"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if len(body.ConversationIDs) == 0 {
		return 0, nil, badRequest("conversationIds", "conversationIds must name at least one call to merge.")
	}
	conv, err := c.st.mediaConv(c.path("conversationId"), "call")
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Call %s has ended.", conv.ID)
	}
	if err := c.st.checkCallMerge(conv, body.ConversationIDs, "conversationIds"); err != nil {
		return 0, nil, err
	}
	c.st.mergeCalls(conv, body.ConversationIDs, c.now)
	return http.StatusOK, nil, nil
}

// checkCallMerge validates the calls to merge into target.
func (st *state) checkCallMerge(target *Conversation, ids []string, field string) error {
	seen := map[string]bool{}
	for _, id := range ids {
		if id == target.ID {
			return badRequest(field, "A call cannot be merged into itself (%s).", id)
		}
		if seen[id] {
			return badRequest(field, "Call %s is listed twice.", id)
		}
		seen[id] = true
		src, err := st.mediaConv(id, "call")
		if err != nil {
			return err
		}
		if !src.active() {
			return badRequest(field, "Call %s has ended and cannot be merged.", id)
		}
	}
	return nil
}

// mergeCalls turns target into a conference holding the connected parties
// of the other calls. Their legs in the old calls end with
// transfer.conference (so those calls end), users already on target are
// not added twice, and everyone on the conference comes off hold.
func (st *state) mergeCalls(target *Conversation, ids []string, now time.Time) {
	if len(ids) == 0 {
		return
	}
	for _, id := range ids {
		src := st.convs[id]
		for _, p := range src.Participants {
			if !p.connected() || p.Purpose == "acd" {
				continue
			}
			if p.UserID == "" || !slices.ContainsFunc(target.Participants, func(q *Participant) bool { return q.UserID == p.UserID && q.connected() }) {
				np := &Participant{
					ID: st.newID(), Name: p.Name, Purpose: p.Purpose, UserID: p.UserID, QueueID: p.QueueID,
					ExternalContactID: p.ExternalContactID, Address: p.Address, ANI: p.ANI, DNIS: p.DNIS,
					StartTime: now, ConnectedTime: ptr(now), Attributes: copyAttrs(p.Attributes),
					WrapupRequired: p.Purpose == "agent",
				}
				dir := "inbound"
				if m := p.openComm("call"); m != nil {
					dir = m.Direction
				}
				np.Communications = []*Communication{st.newCallLeg(target, dir, p.QueueID, now)}
				target.Participants = append(target.Participants, np)
			}
			endParticipant(p, now, "transfer.conference")
		}
		endConversationIfIdle(src, now)
		target.ConferenceIDs = append(target.ConferenceIDs, src.ID)
	}
	for _, p := range target.Participants {
		for _, m := range p.Communications {
			if m.MediaType == "call" && m.Held && !m.ended() {
				m.Held, m.StartHoldTime = false, nil
				openSegment(m, "interact", now, p.QueueID)
			}
		}
	}
}

func copyAttrs(a map[string]string) map[string]string {
	out := make(map[string]string, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out
}

// newCallLeg starts a connected call communication on the conversation.
func (st *state) newCallLeg(c *Conversation, direction, queueID string, now time.Time) *Communication {
	return &Communication{
		ID: st.newID(), MediaType: "call", State: "connected", Direction: direction, StartTime: now, ConnectedTime: ptr(now),
		Recording: c.RecordingState != "NONE" && c.RecordingState != "", Segments: []*Segment{{Type: "interact", Start: now, QueueID: queueID}},
	}
}

// ---- dialling and adding parties ------------------------------------

// postCallDial dials a number from a callback (or call) conversation: the
// agent on it gets a call leg, and so does the party whose callback
// numbers include the number, or a new external party if none does. The
// simulated far end answers at once; a scheduled callback becomes
// connected.
func postCallDial(c *call) (int, any, error) {
	var body struct {
		CallNumber  string `json:"callNumber"`
		PhoneColumn string `json:"phoneColumn"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if strings.TrimSpace(body.CallNumber) == "" {
		return 0, nil, badRequest("callNumber", "callNumber is required.")
	}
	conv, ok := c.st.convs[c.path("conversationId")]
	if !ok || !(conv.carries("callback") || conv.carries("call")) {
		return 0, nil, notFound("callback conversation", c.path("conversationId"))
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	var agent *Participant
	if c.userID != "" {
		if p := conv.participantForUser(c.userID); p != nil && p.connected() {
			agent = p
		}
	}
	if agent == nil {
		for _, p := range conv.Participants {
			if p.Purpose == "agent" && p.connected() {
				agent = p
			}
		}
	}
	if agent == nil {
		return 0, nil, badRequest("conversationId", "No agent is connected to conversation %s to place the call; assign the callback first.", conv.ID)
	}
	var party *Participant
	for _, p := range conv.Participants {
		if p.Purpose != "customer" && p.Purpose != "external" {
			continue
		}
		for _, m := range p.Communications {
			if p.Address == body.CallNumber || slices.Contains(m.CallbackNumbers, body.CallNumber) {
				party = p
			}
		}
	}
	if party != nil && party.openComm("call") != nil {
		return 0, nil, badRequest("callNumber", "%s is already on a call in conversation %s.", body.CallNumber, conv.ID)
	}
	if conv.RecordingState == "NONE" || conv.RecordingState == "" {
		conv.RecordingState = "ACTIVE"
	}
	if agent.openComm("call") == nil {
		agent.Communications = append(agent.Communications, c.st.newCallLeg(conv, "outbound", agent.QueueID, c.now))
	}
	if party == nil {
		party = &Participant{ID: c.st.newID(), Name: body.CallNumber, Purpose: "external", Address: body.CallNumber,
			ANI: simMainNumber, DNIS: body.CallNumber, StartTime: c.now, Attributes: map[string]string{}}
		conv.Participants = append(conv.Participants, party)
	}
	for _, m := range party.Communications {
		if m.MediaType == "callback" && m.State == "scheduled" {
			m.State, m.ConnectedTime = "connected", ptr(c.now)
			openSegment(m, "interact", c.now, "")
		}
	}
	if party.ConnectedTime == nil {
		party.ConnectedTime = ptr(c.now)
	}
	leg := c.st.newCallLeg(conv, "outbound", "", c.now)
	party.Communications = append(party.Communications, leg)
	if party.DNIS == "" {
		party.ANI, party.DNIS = simMainNumber, body.CallNumber
	}
	return http.StatusOK, c.st.renderConversation(conv), nil
}

// postCallParticipants adds parties to a call: a phone number joins as an
// external party, a user as an internal user, a queue as an ACD leg. The
// userId variant acts for that user, who must be on the call.
func postCallParticipants(onBehalf bool) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body convUpdateBody
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		if err := body.checkTimes(); err != nil {
			return 0, nil, err
		}
		if len(body.Participants) == 0 {
			return 0, nil, badRequest("participants", "participants must list at least one party to add.")
		}
		conv, err := c.st.mediaConv(c.path("conversationId"), "call")
		if err != nil {
			return 0, nil, err
		}
		if onBehalf {
			userID := c.path("userId")
			if _, ok := c.st.user(userID); !ok {
				return 0, nil, notFound("user", userID)
			}
			if p := conv.participantForUser(userID); p == nil || !p.connected() {
				return 0, nil, badRequest("userId", "User %s is not connected to call %s.", userID, conv.ID)
			}
		}
		if !conv.active() {
			return 0, nil, badRequest("conversationId", "Call %s has ended.", conv.ID)
		}
		dests := make([]callDestination, len(body.Participants))
		for i, p := range body.Participants {
			dests[i] = callDestination{Address: p.Address, Name: p.Name, UserID: p.UserID, QueueID: p.QueueID,
				ExternalContactID: p.ExternalContactID, Attributes: p.Attributes}
			if err := c.st.checkCallDestination(conv, dests[i], fmt.Sprintf("participants[%d]", i)); err != nil {
				return 0, nil, err
			}
		}
		for _, d := range dests {
			c.st.addCallParty(conv, d, c.now)
		}
		return http.StatusOK, c.st.renderConversation(conv), nil
	}
}

// callDestination is one party to dial into a call.
type callDestination struct {
	Address           string            `json:"address"`
	Name              string            `json:"name"`
	UserID            string            `json:"userId"`
	QueueID           string            `json:"queueId"`
	ExternalContactID string            `json:"-"`
	Attributes        map[string]string `json:"-"`
}

func (st *state) checkCallDestination(conv *Conversation, d callDestination, field string) error {
	switch {
	case d.UserID != "":
		if _, ok := st.user(d.UserID); !ok {
			return notFound("user", d.UserID)
		}
		if conv != nil {
			if p := conv.participantForUser(d.UserID); p != nil && p.connected() {
				return badRequest(field+".userId", "User %s is already on call %s.", d.UserID, conv.ID)
			}
		}
	case d.QueueID != "":
		if _, ok := st.queue(d.QueueID); !ok {
			return notFound("queue", d.QueueID)
		}
	case strings.TrimSpace(d.Address) == "":
		return badRequest(field, "Each party needs an address, a userId or a queueId.")
	}
	if d.ExternalContactID != "" {
		if _, ok := st.externalContact(d.ExternalContactID); !ok {
			return notFound("external contact", d.ExternalContactID)
		}
	}
	return nil
}

// addCallParty dials a checked destination into the call; the far end
// answers at once.
func (st *state) addCallParty(conv *Conversation, d callDestination, now time.Time) *Participant {
	p := &Participant{ID: st.newID(), StartTime: now, ConnectedTime: ptr(now), Attributes: copyAttrs(d.Attributes),
		ExternalContactID: d.ExternalContactID}
	switch {
	case d.UserID != "":
		u, _ := st.user(d.UserID)
		p.Name, p.Purpose, p.UserID, p.Address = u.Name, "user", u.ID, "sip:"+u.Email
	case d.QueueID != "":
		q, _ := st.queue(d.QueueID)
		p.Name, p.Purpose, p.QueueID, p.Address = q.Name, "acd", q.ID, q.Name
	default:
		p.Name, p.Purpose, p.Address, p.ANI, p.DNIS = d.Address, "external", d.Address, simMainNumber, d.Address
		if e, ok := st.externalContact(d.ExternalContactID); ok {
			p.Name = e.FirstName + " " + e.LastName
		}
	}
	if d.Name != "" {
		p.Name = d.Name
	}
	p.Communications = []*Communication{st.newCallLeg(conv, "outbound", p.QueueID, now)}
	conv.Participants = append(conv.Participants, p)
	return p
}

// ---- new calls ---------------------------------------------------------

// createCallBody is the CreateCallRequest model.
type createCallBody struct {
	PhoneNumber            string            `json:"phoneNumber"`
	CallerID               string            `json:"callerId"`
	CallerIDName           string            `json:"callerIdName"`
	CallFromQueueID        string            `json:"callFromQueueId"`
	CallQueueID            string            `json:"callQueueId"`
	CallUserID             string            `json:"callUserId"`
	Priority               *int              `json:"priority"`
	Attributes             map[string]string `json:"attributes"`
	LanguageID             string            `json:"languageId"`
	RoutingSkillsIDs       []string          `json:"routingSkillsIds"`
	RoutingSkillExpression string            `json:"routingSkillExpression"`
	ConversationIDs        []string          `json:"conversationIds"`
	Participants           []callDestination `json:"participants"`
	UUIData                string            `json:"uuiData"`
	ExternalContactID      string            `json:"externalContactId"`
	Label                  string            `json:"label"`
}

// postCalls places a new outbound call for a user: to a number (an
// external party), a user or a queue, or as an ad-hoc conference of
// participants and existing calls. The placing user joins as the agent.
//
// POST /conversations/calls is not marked as a logged-in-user endpoint,
// but it always acts for the caller: the agent leg belongs to the user
// behind the token. A client-credentials token has no user, and neither
// callUserId (the party called) nor callFromQueueId (the queue shown as
// the caller) says who talks, so such a request is refused with the same
// 400 as the logged-in-user endpoints; integrations use the
// /calls/user/{userId} variant.
func postCalls(onBehalf bool) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body createCallBody
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		callerID := c.userID
		if onBehalf {
			callerID = c.path("userId")
			if _, ok := c.st.user(callerID); !ok {
				return 0, nil, notFound("user", callerID)
			}
		} else if callerID == "" {
			return 0, nil, newError(http.StatusBadRequest, "bad.request",
				"This request requires a user context. Client credentials cannot be used for requests to this resource; use /api/v2/conversations/calls/user/{userId}.")
		}
		caller, _ := c.st.user(callerID)

		targets := 0
		for _, v := range []string{body.PhoneNumber, body.CallUserID, body.CallQueueID} {
			if v != "" {
				targets++
			}
		}
		switch {
		case targets > 1:
			return 0, nil, badRequest("phoneNumber", "Set only one of phoneNumber, callUserId and callQueueId.")
		case targets == 0 && len(body.Participants) == 0 && len(body.ConversationIDs) == 0:
			return 0, nil, badRequest("phoneNumber", "Set phoneNumber, callUserId or callQueueId, or participants or conversationIds for a conference.")
		}
		if body.CallUserID == caller.ID {
			return 0, nil, badRequest("callUserId", "A user cannot call themself.")
		}
		for i, d := range body.Participants {
			if d.UserID == caller.ID {
				return 0, nil, badRequest(fmt.Sprintf("participants[%d].userId", i), "The caller is already on the call.")
			}
		}
		if err := c.st.checkCreateCall(&body); err != nil {
			return 0, nil, err
		}

		conv := &Conversation{
			ID: c.st.newID(), MediaType: "call", Direction: "outbound", StartTime: c.now, Address: simMainNumber,
			DivisionIDs: []string{c.st.org.Divisions[0].ID}, RecordingState: "ACTIVE",
		}
		if body.CallerID != "" {
			conv.Address = body.CallerID
		}
		if body.Label != "" {
			conv.UtilizationLabelID = c.st.labelIDFor(body.Label)
		}
		agent := &Participant{
			ID: c.st.newID(), Name: caller.Name, Purpose: "agent", UserID: caller.ID, QueueID: body.CallFromQueueID,
			Address: "sip:" + caller.Email, StartTime: c.now, ConnectedTime: ptr(c.now), WrapupRequired: true, Attributes: map[string]string{},
		}
		agent.Communications = []*Communication{c.st.newCallLeg(conv, "outbound", body.CallFromQueueID, c.now)}
		conv.Participants = []*Participant{agent}

		var dests []callDestination
		switch {
		case body.PhoneNumber != "":
			dests = append(dests, callDestination{Address: body.PhoneNumber, ExternalContactID: body.ExternalContactID, Attributes: body.Attributes})
		case body.CallUserID != "":
			dests = append(dests, callDestination{UserID: body.CallUserID, Attributes: body.Attributes})
		case body.CallQueueID != "":
			dests = append(dests, callDestination{QueueID: body.CallQueueID, Attributes: body.Attributes})
		}
		dests = append(dests, body.Participants...)
		for _, d := range dests {
			p := c.st.addCallParty(conv, d, c.now)
			if p.Purpose == "external" && body.CallerID != "" {
				p.ANI = body.CallerID
			}
		}
		c.st.add(conv)
		c.st.mergeCalls(conv, body.ConversationIDs, c.now)
		return http.StatusOK, map[string]string{"id": conv.ID, "selfUri": "/api/v2/conversations/calls/" + conv.ID}, nil
	}
}

func (st *state) checkCreateCall(b *createCallBody) error {
	if b.CallUserID != "" {
		if _, ok := st.user(b.CallUserID); !ok {
			return notFound("user", b.CallUserID)
		}
	}
	for _, id := range []string{b.CallQueueID, b.CallFromQueueID} {
		if id != "" {
			if _, ok := st.queue(id); !ok {
				return notFound("queue", id)
			}
		}
	}
	if b.ExternalContactID != "" {
		if _, ok := st.externalContact(b.ExternalContactID); !ok {
			return notFound("external contact", b.ExternalContactID)
		}
	}
	if b.LanguageID != "" && !slices.ContainsFunc(st.org.Languages, func(e Entity) bool { return e.ID == b.LanguageID }) {
		return notFound("language", b.LanguageID)
	}
	for _, id := range b.RoutingSkillsIDs {
		if !slices.ContainsFunc(st.org.Skills, func(e Entity) bool { return e.ID == id }) {
			return notFound("skill", id)
		}
	}
	if b.Priority != nil && *b.Priority < 0 {
		return badRequest("priority", "priority cannot be negative.")
	}
	if b.Label != "" && st.labelIDFor(b.Label) == "" {
		return badRequest("label", "label %q is not a utilization label of the organization.", b.Label)
	}
	for i, d := range b.Participants {
		if err := st.checkCallDestination(nil, d, fmt.Sprintf("participants[%d]", i)); err != nil {
			return err
		}
	}
	seen := map[string]bool{}
	for _, id := range b.ConversationIDs {
		if seen[id] {
			return badRequest("conversationIds", "Call %s is listed twice.", id)
		}
		seen[id] = true
		src, err := st.mediaConv(id, "call")
		if err != nil {
			return err
		}
		if !src.active() {
			return badRequest("conversationIds", "Call %s has ended and cannot be merged.", id)
		}
	}
	return nil
}

// labelIDFor resolves a utilization label by id or name.
func (st *state) labelIDFor(label string) string {
	for _, l := range st.org.UtilizationLabels {
		if l.ID == label || strings.EqualFold(l.Name, label) {
			return l.ID
		}
	}
	return ""
}

// ---- supervisors -------------------------------------------------------

// superviseCall adds the calling user to a call as a barging, coaching or
// monitoring participant aimed at one participant. A supervisor already
// monitoring or coaching the call switches role instead of joining twice.
func superviseCall(role string, status int) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		conv, err := c.st.mediaConv(c.path("conversationId"), "call")
		if err != nil {
			return 0, nil, err
		}
		target, err := conv.participant(c.path("participantId"))
		if err != nil {
			return 0, nil, err
		}
		if !conv.active() {
			return 0, nil, badRequest("conversationId", "Call %s has ended.", conv.ID)
		}
		if !target.connected() || target.openComm("call") == nil {
			return 0, nil, badRequest("participantId", "Participant %s is not connected to the call.", target.ID)
		}
		if target.UserID == c.userID {
			return 0, nil, badRequest("participantId", "You cannot %s your own participant.", role)
		}
		user, _ := c.st.user(c.userID)
		sup := conv.participantForUser(user.ID)
		if sup != nil && sup.connected() {
			if !slices.ContainsFunc(sup.MediaRoles, func(r string) bool { return r == "monitor" || r == "coach" || r == "barge" }) {
				return 0, nil, badRequest("participantId", "User %s is already a party to call %s.", user.ID, conv.ID)
			}
		} else {
			sup = &Participant{ID: c.st.newID(), Name: user.Name, Purpose: "user", UserID: user.ID, Address: "sip:" + user.Email,
				StartTime: c.now, ConnectedTime: ptr(c.now), Attributes: map[string]string{}}
			sup.Communications = []*Communication{c.st.newCallLeg(conv, "outbound", "", c.now)}
			conv.Participants = append(conv.Participants, sup)
		}
		sup.MediaRoles = []string{role}
		sup.MonitoredParticipantID, sup.CoachedParticipantID, sup.BargedParticipantID = "", "", ""
		switch role {
		case "monitor":
			sup.MonitoredParticipantID = target.ID
		case "coach":
			sup.CoachedParticipantID = target.ID
		case "barge":
			sup.BargedParticipantID = target.ID
		}
		// A monitor hears without being heard.
		if leg := sup.openComm("call"); leg != nil {
			leg.Muted = role == "monitor"
		}
		return status, nil, nil
	}
}
