package genesystest

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Analytics reads the same state every other area changes: each query
// derives detail records (participants, sessions, segments, metrics) from
// the conversations as they are at that moment, active and historical
// alike, so a hold, a transfer or a wrap-up recorded through another
// operation shows up in the next analytics answer.

func analyticsRoutes() []route {
	return []route{
		{op: "getAnalyticsConversationDetails", pattern: "GET /api/v2/analytics/conversations/{conversationId}/details", h: getAnalyticsConversationDetails},
		{op: "getAnalyticsConversationsDetails", pattern: "GET /api/v2/analytics/conversations/details", h: getAnalyticsConversationsDetails},
		{op: "getAnalyticsConversationsDetailsJobResults", pattern: "GET /api/v2/analytics/conversations/details/jobs/{jobId}/results", h: getAnalyticsJobResults},
		{op: "postAnalyticsConversationsDetailsQuery", pattern: "POST /api/v2/analytics/conversations/details/query", h: postAnalyticsDetailsQuery},
		{op: "postAnalyticsConversationsAggregatesQuery", pattern: "POST /api/v2/analytics/conversations/aggregates/query", h: postAnalyticsAggregatesQuery},
		{op: "postAnalyticsConversationsActivityQuery", pattern: "POST /api/v2/analytics/conversations/activity/query", h: postAnalyticsActivityQuery},
	}
}

// seedAnalyticsJobs creates two finished asynchronous details jobs over
// the seeded history: one covering every past day, one covering the 24
// hours before the current hour.
func (st *state) seedAnalyticsJobs() {
	now := st.now().UTC()
	var hist []*Conversation
	for _, id := range st.order {
		if c := st.convs[id]; c.Historical {
			hist = append(hist, c)
		}
	}
	if len(hist) == 0 {
		return
	}
	sort.SliceStable(hist, func(a, b int) bool { return hist[a].StartTime.Before(hist[b].StartTime) })
	hour := now.Truncate(time.Hour)
	windows := [][2]time.Time{
		{hist[0].StartTime.UTC().Truncate(24 * time.Hour), hour},
		{hour.Add(-24 * time.Hour), hour},
	}
	for i, w := range windows {
		job := &AnalyticsJob{
			ID:       st.newID(),
			State:    "FULFILLED",
			Interval: isoTime(w[0]) + "/" + isoTime(w[1]),
			Created:  now.Add(-time.Duration(30-10*i) * time.Minute),
		}
		for _, c := range hist {
			if !c.StartTime.Before(w[0]) && c.StartTime.Before(w[1]) {
				job.ConversationIDs = append(job.ConversationIDs, c.ID)
			}
		}
		st.jobs[job.ID] = job
	}
}

// ---- the analytics view of a conversation -----------------------------

// aConv is a conversation as analytics sees it.
type aConv struct {
	c        *Conversation
	customer *Participant
	sessions []*aSession
}

// aSession is one communication of a participant, with its segments and
// the metrics it has emitted so far.
type aSession struct {
	conv    *aConv
	p       *Participant
	m       *Communication
	media   string // analytics media type: voice, callback, email, message
	segs    []*aSeg
	metrics []aMetric
}

type aSeg struct {
	typ            string
	start          time.Time
	end            *time.Time
	queueID        string
	wrapCode       string
	wrapNote       string
	wrapTags       []string
	disconnectType string
	subject        string
}

// aMetric is one emitted metric: a count or a duration in milliseconds.
type aMetric struct {
	name  string
	value int64
	emit  time.Time
}

var (
	analyticsPurposes = set("acd", "agent", "api", "botflow", "campaign", "customer", "dialer", "external", "fax", "group",
		"inbound", "ivr", "manual", "outbound", "station", "user", "voicemail", "voicesurveyflow", "workflow")
	analyticsSegmentTypes = set("alert", "barging", "callback", "coaching", "contacting", "converting", "delay", "dialing",
		"hold", "interact", "ivr", "monitoring", "parked", "scheduled", "screenmonitoring", "sharing", "system",
		"transmitting", "unknown", "uploading", "voicemail", "wrapup")
	analyticsDisconnectTypes = set("client", "conferenceTransfer", "consultTransfer", "dndEndpoint", "dndTransfer", "endpoint",
		"error", "forwardTransfer", "inactivity", "noAnswerTransfer", "notAvailableTransfer", "other", "peer",
		"sessionExpired", "spam", "system", "takeover", "timeout", "transfer", "transportFailure", "uncallable")
	transferDisconnects = set("transfer", "consultTransfer", "forwardTransfer", "conferenceTransfer", "noAnswerTransfer",
		"notAvailableTransfer", "dndTransfer")
)

func set(values ...string) map[string]bool {
	m := make(map[string]bool, len(values))
	for _, v := range values {
		m[v] = true
	}
	return m
}

func sortedKeys(m map[string]bool) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

func analyticsMedia(media string) string {
	if media == "call" {
		return "voice"
	}
	return media
}

func agentLike(p *Participant) bool { return p.Purpose == "agent" || p.Purpose == "user" }

// supervisorRole is the segment type of a supervisor's leg: barging,
// coaching or monitoring; "" for everyone else.
func supervisorRole(p *Participant) string {
	if p.Purpose != "user" {
		return ""
	}
	switch {
	case p.BargedParticipantID != "" || slices.Contains(p.MediaRoles, "barge"):
		return "barging"
	case p.CoachedParticipantID != "":
		return "coaching"
	case p.MonitoredParticipantID != "":
		return "monitoring"
	}
	return ""
}

// segmentMetrics are the duration metrics of segment types that count for
// any participant, not only agents.
var segmentMetrics = map[string]string{"barging": "tBarging", "coaching": "tCoaching", "monitoring": "tMonitoring",
	"ivr": "tIvr", "dialing": "tDialing", "contacting": "tContacting"}

func millis(d time.Duration) int64 { return d.Milliseconds() }

func (st *state) analyze(c *Conversation) *aConv {
	ac := &aConv{c: c}
	for _, p := range c.Participants {
		if ac.customer == nil && (p.Purpose == "customer" || p.Purpose == "external") {
			ac.customer = p
		}
	}
	for _, p := range c.Participants {
		for i, m := range p.Communications {
			s := &aSession{conv: ac, p: p, m: m, media: analyticsMedia(m.MediaType)}
			s.segs = buildSegments(p, m, i == lastWorkComm(p))
			ac.sessions = append(ac.sessions, s)
		}
	}
	firstCounted := false
	for _, s := range ac.sessions {
		if !firstCounted && s.p.Purpose == "acd" {
			s.add("nConversations", 1, c.StartTime)
			firstCounted = true
		}
	}
	if !firstCounted && len(ac.sessions) > 0 {
		ac.sessions[0].add("nConversations", 1, c.StartTime)
	}
	for _, s := range ac.sessions {
		ac.computeMetrics(s)
		sort.SliceStable(s.metrics, func(a, b int) bool { return s.metrics[a].emit.Before(s.metrics[b].emit) })
	}
	return ac
}

// buildSegments turns a communication's timeline into analytics segments:
// queues filled in for ACD and agent legs, the disconnect type on the last
// working segment of an ended session and the wrap-up on the wrap-up
// segment, adding one if the wrap-up was recorded before the disconnect.
func buildSegments(p *Participant, m *Communication, lastComm bool) []*aSeg {
	w := m.Wrapup
	if w == nil && lastComm && agentLike(p) {
		w = p.Wrapup
	}
	if w != nil && w.Provisional {
		w = nil
	}
	role := supervisorRole(p)
	var out []*aSeg
	lastWork, hasWrap := -1, false
	for _, sg := range m.Segments {
		g := &aSeg{typ: sg.Type, start: sg.Start, end: sg.End, queueID: sg.QueueID, wrapCode: sg.WrapupCode,
			wrapNote: sg.WrapupNote, wrapTags: sg.WrapupTags, disconnectType: sg.DisconnectType}
		if !analyticsSegmentTypes[g.typ] {
			g.typ = "unknown"
		}
		if role != "" && g.typ == "interact" {
			g.typ = role
		}
		if g.queueID == "" && (p.Purpose == "acd" || agentLike(p)) {
			g.queueID = p.QueueID
		}
		if m.MediaType == "email" {
			g.subject = m.Subject
		}
		if sg.Type == "wrapup" {
			hasWrap = true
			if w != nil && g.wrapCode == "" {
				g.wrapCode, g.wrapNote, g.wrapTags = w.Code, w.Notes, w.Tags
			}
			if w != nil && g.end == nil {
				if w.EndTime != nil && !w.EndTime.Before(g.start) {
					g.end = ptr(*w.EndTime)
				} else {
					g.end = ptr(g.start)
				}
			}
		} else {
			lastWork = len(out)
		}
		out = append(out, g)
	}
	if m.ended() && lastWork >= 0 && out[lastWork].disconnectType == "" && m.DisconnectType != "" {
		out[lastWork].disconnectType = m.DisconnectType
	}
	for _, g := range out {
		if g.disconnectType != "" && !analyticsDisconnectTypes[g.disconnectType] {
			g.disconnectType = "other"
		}
	}
	if !hasWrap && w != nil && m.ended() && m.EndTime != nil {
		start := *m.EndTime
		end := start
		if w.EndTime != nil && w.EndTime.After(start) {
			end = *w.EndTime
		}
		out = append(out, &aSeg{typ: "wrapup", start: start, end: ptr(end), queueID: p.QueueID,
			wrapCode: w.Code, wrapNote: w.Notes, wrapTags: w.Tags})
	}
	return out
}

func (s *aSession) add(name string, v int64, t time.Time) {
	s.metrics = append(s.metrics, aMetric{name: name, value: v, emit: t})
}

// computeMetrics emits the metrics a session has completed: each closed
// alert, talk, hold and wrap-up stretch, the queue wait of ACD legs and
// the handle time of agents once their after-call work is done.
func (ac *aConv) computeMetrics(s *aSession) {
	p, m := s.p, s.m
	agent := p.Purpose == "agent"
	var talk, held int64
	hadHold, hasWrap := false, false
	var acwEnd *time.Time
	var acw int64
	for _, g := range s.segs {
		if g.typ == "wrapup" {
			hasWrap = true
		}
		if g.end == nil {
			continue
		}
		d := millis(g.end.Sub(g.start))
		switch g.typ {
		case "alert":
			if agent {
				s.add("tAlert", d, *g.end)
			}
		case "interact":
			if agent {
				talk += d
				s.add("tTalk", d, *g.end)
			}
		case "hold":
			if agent {
				held += d
				hadHold = true
				s.add("tHeld", d, *g.end)
			}
		case "wrapup":
			if agent {
				acw += d
				acwEnd = g.end
				s.add("tAcw", d, *g.end)
			}
		default:
			if name, ok := segmentMetrics[g.typ]; ok {
				s.add(name, d, *g.end)
			}
		}
	}
	switch {
	case p.Purpose == "acd":
		s.add("nOffered", 1, m.StartTime)
		if m.ended() && m.EndTime != nil {
			wait := millis(m.EndTime.Sub(m.StartTime))
			s.add("tAcd", wait, *m.EndTime)
			if m.DisconnectType != "transfer" {
				s.add("tAbandon", wait, *m.EndTime)
			}
		}
	case agent:
		if m.ConnectedTime != nil {
			s.add("nConnected", 1, *m.ConnectedTime)
			if entered, ok := ac.queueEntry(*m.ConnectedTime); ok {
				s.add("tAnswered", millis(m.ConnectedTime.Sub(entered)), *m.ConnectedTime)
			}
		}
		if m.Direction == "outbound" {
			s.add("nOutbound", 1, m.StartTime)
		}
		if m.ended() && m.EndTime != nil {
			end := *m.EndTime
			s.add("tTalkComplete", talk, end)
			if hadHold {
				s.add("tHeldComplete", held, end)
			}
			if transferDisconnects[m.DisconnectType] {
				s.add("nTransferred", 1, end)
				switch m.DisconnectType {
				case "transfer":
					s.add("nBlindTransferred", 1, end)
				case "consultTransfer":
					s.add("nConsultTransferred", 1, end)
				}
			}
			if m.ConnectedTime != nil {
				switch {
				case acwEnd != nil:
					s.add("tHandle", talk+held+acw, *acwEnd)
				case !hasWrap:
					s.add("tHandle", talk+held, end)
				}
			}
		}
	}
	if p.Purpose != "acd" && m.ConnectedTime != nil && m.ended() && m.EndTime != nil {
		s.add("tConnected", millis(m.EndTime.Sub(*m.ConnectedTime)), *m.EndTime)
	}
}

// queueEntry is when the conversation entered the queue that handed it
// to an agent answering at t: the ACD leg still live then or ending at
// that moment. Agents reached without a queue have none.
func (ac *aConv) queueEntry(t time.Time) (time.Time, bool) {
	var at time.Time
	found := false
	for _, s := range ac.sessions {
		if s.p.Purpose != "acd" || s.m.StartTime.After(t) {
			continue
		}
		if e := s.m.EndTime; e != nil && (e.Before(t.Add(-time.Second)) || e.After(t.Add(time.Second))) {
			continue
		}
		if !found || s.m.StartTime.After(at) {
			at, found = s.m.StartTime, true
		}
	}
	return at, found
}

// conversationMetric totals one metric over every session.
func (ac *aConv) conversationMetric(name string) (float64, bool) {
	if name == "tConversationDuration" {
		if ac.c.EndTime == nil {
			return 0, false
		}
		return float64(millis(ac.c.EndTime.Sub(ac.c.StartTime))), true
	}
	var sum int64
	found := false
	for _, s := range ac.sessions {
		for _, m := range s.metrics {
			if m.name == name {
				sum += m.value
				found = true
			}
		}
	}
	return float64(sum), found
}

func (ac *aConv) initiator() string {
	if ac.c.Direction == "outbound" {
		return "agent"
	}
	return "customer"
}

// sessionQueue is the queue a session last worked for.
func (s *aSession) queue() string {
	for i := len(s.segs) - 1; i >= 0; i-- {
		if s.segs[i].queueID != "" {
			return s.segs[i].queueID
		}
	}
	return s.p.QueueID
}

func (s *aSession) wrapup() (code, note string) {
	for i := len(s.segs) - 1; i >= 0; i-- {
		if s.segs[i].wrapCode != "" {
			return s.segs[i].wrapCode, s.segs[i].wrapNote
		}
	}
	return "", ""
}

func (s *aSession) ani() string {
	if s.p.ANI != "" {
		return s.p.ANI
	}
	if s.conv.customer != nil && (s.media == "voice" || s.media == "callback") {
		return s.conv.customer.ANI
	}
	return ""
}

func (s *aSession) dnis() string {
	if s.p.DNIS != "" {
		return s.p.DNIS
	}
	if s.conv.customer != nil && (s.media == "voice" || s.media == "callback") {
		return s.conv.customer.DNIS
	}
	return ""
}

// customerAddress and contactAddress are the two ends of the
// conversation: the customer's and the contact centre's.
func (ac *aConv) customerAddress() string {
	if ac.customer == nil {
		return ""
	}
	if ac.customer.Address != "" {
		return ac.customer.Address
	}
	return ac.customer.ANI
}

func (ac *aConv) contactAddress() string {
	if ac.customer != nil && ac.customer.DNIS != "" {
		return ac.customer.DNIS
	}
	if ac.c.Address != "" {
		return ac.c.Address
	}
	if ac.c.MediaType == "message" {
		return "+13175550100"
	}
	return ""
}

func (s *aSession) addresses() (from, to string) {
	from, to = s.conv.customerAddress(), s.conv.contactAddress()
	if s.conv.c.Direction == "outbound" {
		from, to = to, from
	}
	return from, to
}

func (s *aSession) other() string {
	if s.p == s.conv.customer {
		return s.conv.contactAddress()
	}
	return s.conv.customerAddress()
}

func (s *aSession) remote() string {
	if s.p == s.conv.customer || s.conv.customer == nil {
		return ""
	}
	return s.conv.customer.Name
}

func nonEmpty(values ...string) []string {
	var out []string
	for _, v := range values {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// dim returns the values of a dimension for a conversation, seen from one
// of its sessions and segments when given (s and g may be nil). An empty
// answer means the dimension is absent.
func (ac *aConv) dim(name string, s *aSession, g *aSeg) []string {
	c := ac.c
	switch name {
	case "conversationId":
		return []string{c.ID}
	case "conversationStart":
		return []string{isoTime(c.StartTime)}
	case "conversationEnd":
		return nonEmpty(isoPtr(c.EndTime))
	case "originatingDirection":
		return nonEmpty(c.Direction)
	case "divisionId":
		return append([]string(nil), c.DivisionIDs...)
	case "externalTag":
		return nonEmpty(c.ExternalTag)
	case "conversationInitiator":
		return []string{ac.initiator()}
	case "customerParticipation":
		return []string{strconv.FormatBool(ac.customer != nil)}
	}
	if s == nil {
		return nil
	}
	p, m := s.p, s.m
	switch name {
	case "purpose":
		return nonEmpty(p.Purpose)
	case "userId":
		return nonEmpty(p.UserID)
	case "participantName":
		return nonEmpty(p.Name)
	case "externalContactId":
		return nonEmpty(p.ExternalContactID)
	case "flaggedReason":
		if p.FlaggedReason != "" {
			return []string{"general"}
		}
		return nil
	case "bargedParticipantId":
		return nonEmpty(p.BargedParticipantID)
	case "coachedParticipantId":
		return nonEmpty(p.CoachedParticipantID)
	case "monitoredParticipantId":
		return nonEmpty(p.MonitoredParticipantID)
	case "mediaType":
		return []string{s.media}
	case "direction":
		return nonEmpty(m.Direction)
	case "ani":
		return nonEmpty(s.ani())
	case "dnis":
		return nonEmpty(s.dnis())
	case "addressFrom":
		from, _ := s.addresses()
		return nonEmpty(from)
	case "addressTo":
		_, to := s.addresses()
		return nonEmpty(to)
	case "sessionId":
		return []string{m.ID}
	case "messageType":
		return nonEmpty(m.MessageType)
	case "subject":
		return nonEmpty(m.Subject)
	case "provider":
		return []string{"PureCloud"}
	case "remote":
		return nonEmpty(s.remote())
	case "recording":
		if m.MediaType == "call" {
			return []string{strconv.FormatBool(m.Recording)}
		}
		return nil
	case "scriptId":
		return nonEmpty(m.ScriptID)
	case "callbackNumber":
		return append([]string(nil), m.CallbackNumbers...)
	case "callbackScheduledTime":
		return nonEmpty(isoPtr(m.CallbackScheduledTime))
	case "disconnectType":
		if g != nil {
			return nonEmpty(g.disconnectType)
		}
		if m.ended() && m.DisconnectType != "" {
			if analyticsDisconnectTypes[m.DisconnectType] {
				return []string{m.DisconnectType}
			}
			return []string{"other"}
		}
		return nil
	case "queueId":
		if g != nil {
			return nonEmpty(g.queueID)
		}
		return nonEmpty(s.queue())
	case "wrapUpCode":
		if g != nil {
			return nonEmpty(g.wrapCode)
		}
		code, _ := s.wrapup()
		return nonEmpty(code)
	case "wrapUpNote":
		if g != nil {
			return nonEmpty(g.wrapNote)
		}
		_, note := s.wrapup()
		return nonEmpty(note)
	case "segmentType":
		if g != nil {
			return []string{g.typ}
		}
	case "segmentEnd":
		if g != nil && g.end != nil {
			return []string{isoTime(*g.end)}
		}
	}
	return nil
}

// Dimensions and metrics the simulator can evaluate, per query kind.
var (
	conversationDims = set("conversationId", "conversationStart", "conversationEnd", "conversationInitiator",
		"customerParticipation", "divisionId", "externalTag", "originatingDirection")
	segmentDims = set("addressFrom", "addressTo", "ani", "bargedParticipantId", "callbackNumber", "callbackScheduledTime",
		"coachedParticipantId", "direction", "disconnectType", "dnis", "externalContactId", "flaggedReason", "mediaType",
		"messageType", "monitoredParticipantId", "participantName", "provider", "purpose", "queueId", "recording",
		"remote", "scriptId", "segmentEnd", "segmentType", "subject", "userId", "wrapUpCode", "wrapUpNote")
	aggregateDims = set("addressFrom", "addressTo", "ani", "conversationId", "conversationInitiator", "customerParticipation",
		"direction", "disconnectType", "divisionId", "dnis", "externalContactId", "externalTag", "flaggedReason",
		"mediaType", "messageType", "originatingDirection", "participantName", "provider", "purpose", "queueId",
		"remote", "sessionId", "userId", "wrapUpCode")
	activityDims = set("addressFrom", "addressTo", "ani", "conversationId", "direction", "dnis", "mediaType",
		"participantName", "queueId", "sessionId", "userId")
	timeDims = set("conversationStart", "conversationEnd", "segmentEnd", "callbackScheduledTime")

	computedMetrics = set("nOffered", "nConnected", "nConversations", "nOutbound", "nTransferred", "nBlindTransferred",
		"nConsultTransferred", "tAcd", "tAbandon", "tAlert", "tAnswered", "tTalk", "tTalkComplete", "tHeld",
		"tHeldComplete", "tAcw", "tHandle", "tIvr", "tDialing", "tContacting", "tConnected", "tBarging", "tCoaching",
		"tMonitoring")
	conversationMetrics = union(computedMetrics, set("tConversationDuration"))

	evaluationDims = set("assigneeApplicable", "assigneeId", "calibrationId", "contextId", "deleted", "evaluationId",
		"evaluationStatus", "evaluatorId", "eventTime", "formId", "formName", "queueId", "released", "rescored",
		"systemSubmitted", "userId")
	evaluationMetrics = set("oTotalCriticalScore", "oTotalScore")
	surveyDims        = set("eventTime", "queueId", "surveyCompletedDate", "surveyFormContextId", "surveyFormId", "surveyId",
		"surveyPartialResponse", "surveyPromoterScore", "surveyStatus", "surveyType", "userId")
	surveyMetrics     = set("oSurveyTotalScore")
	resolutionMetrics = set("nNextContactAvoided")

	activityMetrics = set("oWaiting", "oInteracting", "oAlerting", "oLongestWaiting", "oLongestInteracting")
)

func union(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// ---- detail records ---------------------------------------------------

// analyticsConversationOut is AnalyticsConversationWithoutAttributes, or
// AnalyticsConversation when participants carry their attributes.
type analyticsConversationOut struct {
	ConversationID        string                    `json:"conversationId"`
	ConversationStart     string                    `json:"conversationStart,omitempty"`
	ConversationEnd       string                    `json:"conversationEnd,omitempty"`
	ConversationInitiator string                    `json:"conversationInitiator,omitempty"`
	CustomerParticipation *bool                     `json:"customerParticipation,omitempty"`
	DivisionIDs           []string                  `json:"divisionIds,omitempty"`
	ExternalTag           string                    `json:"externalTag,omitempty"`
	OriginatingDirection  string                    `json:"originatingDirection,omitempty"`
	Participants          []analyticsParticipantOut `json:"participants,omitempty"`
}

type analyticsParticipantOut struct {
	ParticipantID     string                `json:"participantId"`
	ParticipantName   string                `json:"participantName,omitempty"`
	Purpose           string                `json:"purpose,omitempty"`
	UserID            string                `json:"userId,omitempty"`
	ExternalContactID string                `json:"externalContactId,omitempty"`
	FlaggedReason     string                `json:"flaggedReason,omitempty"`
	Attributes        map[string]string     `json:"attributes,omitempty"`
	Sessions          []analyticsSessionOut `json:"sessions,omitempty"`
}

type analyticsSessionOut struct {
	SessionID              string                `json:"sessionId"`
	MediaType              string                `json:"mediaType,omitempty"`
	Direction              string                `json:"direction,omitempty"`
	ANI                    string                `json:"ani,omitempty"`
	DNIS                   string                `json:"dnis,omitempty"`
	AddressFrom            string                `json:"addressFrom,omitempty"`
	AddressTo              string                `json:"addressTo,omitempty"`
	AddressSelf            string                `json:"addressSelf,omitempty"`
	AddressOther           string                `json:"addressOther,omitempty"`
	Remote                 string                `json:"remote,omitempty"`
	Provider               string                `json:"provider,omitempty"`
	MessageType            string                `json:"messageType,omitempty"`
	Recording              *bool                 `json:"recording,omitempty"`
	AcwSkipped             *bool                 `json:"acwSkipped,omitempty"`
	BargedParticipantID    string                `json:"bargedParticipantId,omitempty"`
	CoachedParticipantID   string                `json:"coachedParticipantId,omitempty"`
	MonitoredParticipantID string                `json:"monitoredParticipantId,omitempty"`
	CallbackNumbers        []string              `json:"callbackNumbers,omitempty"`
	CallbackUserName       string                `json:"callbackUserName,omitempty"`
	CallbackScheduledTime  string                `json:"callbackScheduledTime,omitempty"`
	ScriptID               string                `json:"scriptId,omitempty"`
	Segments               []analyticsSegmentOut `json:"segments,omitempty"`
	Metrics                []analyticsMetricOut  `json:"metrics,omitempty"`
}

type analyticsSegmentOut struct {
	SegmentStart   string   `json:"segmentStart"`
	SegmentEnd     string   `json:"segmentEnd,omitempty"`
	SegmentType    string   `json:"segmentType"`
	QueueID        string   `json:"queueId,omitempty"`
	WrapUpCode     string   `json:"wrapUpCode,omitempty"`
	WrapUpNote     string   `json:"wrapUpNote,omitempty"`
	WrapUpTags     []string `json:"wrapUpTags,omitempty"`
	DisconnectType string   `json:"disconnectType,omitempty"`
	Subject        string   `json:"subject,omitempty"`
}

type analyticsMetricOut struct {
	Name     string `json:"name"`
	Value    int64  `json:"value"`
	EmitDate string `json:"emitDate"`
}

func (ac *aConv) render(withAttributes bool) analyticsConversationOut {
	c := ac.c
	out := analyticsConversationOut{
		ConversationID: c.ID, ConversationStart: isoTime(c.StartTime), ConversationEnd: isoPtr(c.EndTime),
		ConversationInitiator: ac.initiator(), CustomerParticipation: ptr(ac.customer != nil),
		DivisionIDs: c.DivisionIDs, ExternalTag: c.ExternalTag,
	}
	if c.Direction == "inbound" || c.Direction == "outbound" {
		out.OriginatingDirection = c.Direction
	}
	byParticipant := map[*Participant][]*aSession{}
	for _, s := range ac.sessions {
		byParticipant[s.p] = append(byParticipant[s.p], s)
	}
	for _, p := range c.Participants {
		po := analyticsParticipantOut{ParticipantID: p.ID, ParticipantName: p.Name, UserID: p.UserID, ExternalContactID: p.ExternalContactID}
		if analyticsPurposes[p.Purpose] {
			po.Purpose = p.Purpose
		}
		if p.FlaggedReason != "" {
			po.FlaggedReason = "general"
		}
		if withAttributes && len(p.Attributes) > 0 {
			po.Attributes = p.Attributes
		}
		for _, s := range byParticipant[p] {
			po.Sessions = append(po.Sessions, s.render())
		}
		out.Participants = append(out.Participants, po)
	}
	return out
}

func (s *aSession) render() analyticsSessionOut {
	p, m := s.p, s.m
	from, to := s.addresses()
	out := analyticsSessionOut{
		SessionID: m.ID, MediaType: s.media, ANI: s.ani(), DNIS: s.dnis(), AddressFrom: from, AddressTo: to,
		AddressSelf: p.Address, AddressOther: s.other(), Remote: s.remote(), Provider: "PureCloud", MessageType: m.MessageType,
		BargedParticipantID: p.BargedParticipantID, CoachedParticipantID: p.CoachedParticipantID,
		MonitoredParticipantID: p.MonitoredParticipantID, ScriptID: m.ScriptID,
	}
	if m.Direction == "inbound" || m.Direction == "outbound" {
		out.Direction = m.Direction
	}
	if m.MediaType == "call" {
		out.Recording = ptr(m.Recording)
	}
	if p.Purpose == "agent" {
		out.AcwSkipped = ptr(p.WrapupSkipped)
	}
	if m.MediaType == "callback" {
		out.CallbackNumbers, out.CallbackUserName = m.CallbackNumbers, m.CallbackUserName
		out.CallbackScheduledTime = isoPtr(m.CallbackScheduledTime)
	}
	for _, g := range s.segs {
		out.Segments = append(out.Segments, analyticsSegmentOut{
			SegmentStart: isoTime(g.start), SegmentEnd: isoPtr(g.end), SegmentType: g.typ, QueueID: g.queueID,
			WrapUpCode: g.wrapCode, WrapUpNote: g.wrapNote, WrapUpTags: g.wrapTags, DisconnectType: g.disconnectType,
			Subject: g.subject,
		})
	}
	for _, mt := range s.metrics {
		out.Metrics = append(out.Metrics, analyticsMetricOut{Name: mt.name, Value: mt.value, EmitDate: isoTime(mt.emit)})
	}
	return out
}

// allAnalyzed returns the analytics view of every conversation, oldest
// first.
func (st *state) allAnalyzed() []*aConv {
	out := make([]*aConv, 0, len(st.order))
	for _, id := range st.order {
		out = append(out, st.analyze(st.convs[id]))
	}
	return out
}

func getAnalyticsConversationDetails(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, c.st.analyze(conv).render(false), nil
}

const maxMultiGetIDs = 100

func getAnalyticsConversationsDetails(c *call) (int, any, error) {
	var ids []string
	seen := map[string]bool{}
	for _, v := range c.r.URL.Query()["id"] {
		for _, id := range strings.Split(v, ",") {
			if id = strings.TrimSpace(id); id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return 0, nil, badRequest("id", "At least one conversation id is required.")
	}
	if len(ids) > maxMultiGetIDs {
		return 0, nil, badRequest("id", "At most %d conversation ids may be requested at once; got %d.", maxMultiGetIDs, len(ids))
	}
	out := struct {
		Conversations []analyticsConversationOut `json:"conversations"`
	}{Conversations: []analyticsConversationOut{}}
	for _, id := range ids {
		if conv, ok := c.st.convs[id]; ok {
			out.Conversations = append(out.Conversations, c.st.analyze(conv).render(false))
		}
	}
	return http.StatusOK, out, nil
}

// ---- asynchronous job results -------------------------------------------

const (
	jobPageDefault = 1000
	jobPageMax     = 1000
)

func encodeCursor(jobID string, offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("%s|%d", jobID, offset)))
}

func decodeCursor(jobID, cursor string) (int, bool) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return 0, false
	}
	id, off, ok := strings.Cut(string(raw), "|")
	if !ok || id != jobID {
		return 0, false
	}
	n, err := strconv.Atoi(off)
	return n, err == nil && n >= 0
}

func getAnalyticsJobResults(c *call) (int, any, error) {
	job, ok := c.st.jobs[c.path("jobId")]
	if !ok {
		return 0, nil, notFound("analytics job", c.path("jobId"))
	}
	if job.State != "FULFILLED" {
		return 0, nil, badRequest("jobId", "Job %s is %s; its results can be read once it is FULFILLED.", job.ID, job.State)
	}
	size, err := c.queryInt("pageSize", jobPageDefault, 1, jobPageMax)
	if err != nil {
		return 0, nil, err
	}
	offset := 0
	if cur := c.r.URL.Query().Get("cursor"); cur != "" {
		var ok bool
		if offset, ok = decodeCursor(job.ID, cur); !ok || offset > len(job.ConversationIDs) {
			return 0, nil, badRequest("cursor", "The cursor is not valid for job %s.", job.ID)
		}
	}
	out := struct {
		Conversations        []analyticsConversationOut `json:"conversations"`
		Cursor               string                     `json:"cursor,omitempty"`
		DataAvailabilityDate string                     `json:"dataAvailabilityDate"`
	}{Conversations: []analyticsConversationOut{}, DataAvailabilityDate: isoTime(c.now)}
	end := min(offset+size, len(job.ConversationIDs))
	for _, id := range job.ConversationIDs[offset:end] {
		if conv, ok := c.st.convs[id]; ok {
			out.Conversations = append(out.Conversations, c.st.analyze(conv).render(true))
		}
	}
	if end < len(job.ConversationIDs) {
		out.Cursor = encodeCursor(job.ID, end)
	}
	return http.StatusOK, out, nil
}

// ---- intervals and durations ------------------------------------------

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02",
}

func parseTimestamp(s string) (time.Time, bool) {
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// isoDuration is an ISO-8601 duration such as P1D, PT30M or P1DT12H.
type isoDuration struct {
	years, months, days int
	clock               time.Duration
}

var durationRE = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$`)

func parseDuration(s string) (isoDuration, bool) {
	m := durationRE.FindStringSubmatch(s)
	if m == nil || s == "P" || strings.HasSuffix(s, "T") {
		return isoDuration{}, false
	}
	n := func(i int) int {
		v, _ := strconv.Atoi(m[i])
		return v
	}
	d := isoDuration{years: n(1), months: n(2), days: n(3)*7 + n(4)}
	d.clock = time.Duration(n(5))*time.Hour + time.Duration(n(6))*time.Minute
	if m[7] != "" {
		secs, _ := strconv.ParseFloat(m[7], 64)
		d.clock += time.Duration(secs * float64(time.Second))
	}
	if d.years == 0 && d.months == 0 && d.days == 0 && d.clock <= 0 {
		return isoDuration{}, false
	}
	return d, true
}

func (d isoDuration) addTo(t time.Time, loc *time.Location) time.Time {
	return t.In(loc).AddDate(d.years, d.months, d.days).Add(d.clock)
}

func (d isoDuration) subtractFrom(t time.Time) time.Time {
	return t.AddDate(-d.years, -d.months, -d.days).Add(-d.clock)
}

// parseInterval reads an ISO-8601 interval: start/end, start/duration or
// duration/end. Times without an offset are UTC.
func parseInterval(field, s string) (time.Time, time.Time, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if s == "" {
		return time.Time{}, time.Time{}, badRequest(field, "%s is required, as an ISO-8601 interval such as 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z.", field)
	}
	bad := badRequest(field, "%s %q is not an ISO-8601 interval such as 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z.", field, s)
	if !ok || strings.Contains(b, "/") {
		return time.Time{}, time.Time{}, bad
	}
	start, okA := parseTimestamp(a)
	end, okB := parseTimestamp(b)
	switch {
	case okA && okB:
	case okA:
		d, ok := parseDuration(b)
		if !ok {
			return time.Time{}, time.Time{}, bad
		}
		end = d.addTo(start, time.UTC)
	case okB:
		d, ok := parseDuration(a)
		if !ok {
			return time.Time{}, time.Time{}, bad
		}
		start = d.subtractFrom(end)
	default:
		return time.Time{}, time.Time{}, bad
	}
	if !start.Before(end) {
		return time.Time{}, time.Time{}, badRequest(field, "The %s %q ends before it starts.", field, s)
	}
	return start, end, nil
}

// ---- filters ------------------------------------------------------------

// The request models of the three query bodies, field for field.

type filterIn[P any] struct {
	Type       string        `json:"type"`
	Clauses    []clauseIn[P] `json:"clauses"`
	Predicates []P           `json:"predicates"`
}

type clauseIn[P any] struct {
	Type       string `json:"type"`
	Predicates []P    `json:"predicates"`
}

type numericRange struct {
	Gt  *float64 `json:"gt"`
	Gte *float64 `json:"gte"`
	Lt  *float64 `json:"lt"`
	Lte *float64 `json:"lte"`
}

func (r *numericRange) empty() bool {
	return r.Gt == nil && r.Gte == nil && r.Lt == nil && r.Lte == nil
}

func (r *numericRange) contains(v float64) bool {
	return (r.Gt == nil || v > *r.Gt) && (r.Gte == nil || v >= *r.Gte) && (r.Lt == nil || v < *r.Lt) && (r.Lte == nil || v <= *r.Lte)
}

// rawPredicate is the union of every predicate model.
type rawPredicate struct {
	Type, Dimension, Metric, Operator, Value, PropertyType, Property string
	Range                                                            *numericRange
}

type predicateIn interface{ raw() rawPredicate }

type activityPredicateIn struct {
	Type      string `json:"type"`
	Dimension string `json:"dimension"`
	Operator  string `json:"operator"`
	Value     string `json:"value"`
}

func (p activityPredicateIn) raw() rawPredicate {
	return rawPredicate{Type: p.Type, Dimension: p.Dimension, Operator: p.Operator, Value: p.Value}
}

type aggregatePredicateIn struct {
	Type      string        `json:"type"`
	Dimension string        `json:"dimension"`
	Operator  string        `json:"operator"`
	Value     string        `json:"value"`
	Range     *numericRange `json:"range"`
}

func (p aggregatePredicateIn) raw() rawPredicate {
	return rawPredicate{Type: p.Type, Dimension: p.Dimension, Operator: p.Operator, Value: p.Value, Range: p.Range}
}

// detailPredicateIn is the conversation, evaluation and survey predicate.
type detailPredicateIn struct {
	Type      string        `json:"type"`
	Dimension string        `json:"dimension"`
	Metric    string        `json:"metric"`
	Operator  string        `json:"operator"`
	Value     string        `json:"value"`
	Range     *numericRange `json:"range"`
}

func (p detailPredicateIn) raw() rawPredicate {
	return rawPredicate{Type: p.Type, Dimension: p.Dimension, Metric: p.Metric, Operator: p.Operator, Value: p.Value, Range: p.Range}
}

type segmentPredicateIn struct {
	Type         string        `json:"type"`
	Dimension    string        `json:"dimension"`
	PropertyType string        `json:"propertyType"`
	Property     string        `json:"property"`
	Metric       string        `json:"metric"`
	Operator     string        `json:"operator"`
	Value        string        `json:"value"`
	Range        *numericRange `json:"range"`
}

func (p segmentPredicateIn) raw() rawPredicate {
	return rawPredicate{Type: p.Type, Dimension: p.Dimension, Metric: p.Metric, Operator: p.Operator, Value: p.Value,
		Range: p.Range, PropertyType: p.PropertyType, Property: p.Property}
}

type resolutionPredicateIn struct {
	Type     string        `json:"type"`
	Metric   string        `json:"metric"`
	Operator string        `json:"operator"`
	Value    string        `json:"value"`
	Range    *numericRange `json:"range"`
}

func (p resolutionPredicateIn) raw() rawPredicate {
	return rawPredicate{Type: p.Type, Metric: p.Metric, Operator: p.Operator, Value: p.Value, Range: p.Range}
}

// predicate is a validated condition.
type predicate struct {
	kind     string // dimension, metric or property
	name     string // dimension, metric or property name
	propType string
	op       string // matches, exists, notExists
	value    string
	number   float64 // value as a number, for metrics and numeric properties
	rng      *numericRange
	from, to *time.Time // value as a time interval, for time dimensions and date properties
}

// filter is a validated filter or clause.
type filter struct {
	and     bool
	preds   []*predicate
	clauses []*filter
}

func (f *filter) match(test func(*predicate) bool) bool {
	if f == nil {
		return true
	}
	for _, p := range f.preds {
		if test(p) != f.and {
			return !f.and
		}
	}
	for _, cl := range f.clauses {
		if cl.match(test) != f.and {
			return !f.and
		}
	}
	return f.and
}

// predicateRules says what a kind of filter accepts.
type predicateRules struct {
	what     string // e.g. "segment filters", for messages
	dims     map[string]bool
	metrics  map[string]bool
	property bool
}

func parseFilterType(path, t string) (bool, error) {
	switch t {
	case "and":
		return true, nil
	case "or":
		return false, nil
	case "":
		return false, badRequest(path, "%s is required: and or or.", path)
	}
	return false, badRequest(path, "%s %q is not valid; use and or or.", path, t)
}

func parseFilter[P predicateIn](path string, in *filterIn[P], rules predicateRules) (*filter, error) {
	if in == nil {
		return nil, nil
	}
	and, err := parseFilterType(path+".type", in.Type)
	if err != nil {
		return nil, err
	}
	if len(in.Predicates) == 0 && len(in.Clauses) == 0 {
		return nil, badRequest(path, "%s needs at least one predicate or clause.", path)
	}
	f := &filter{and: and}
	for i, p := range in.Predicates {
		pr, err := parsePredicate(fmt.Sprintf("%s.predicates[%d]", path, i), p.raw(), rules)
		if err != nil {
			return nil, err
		}
		f.preds = append(f.preds, pr)
	}
	for i, cl := range in.Clauses {
		cpath := fmt.Sprintf("%s.clauses[%d]", path, i)
		cand, err := parseFilterType(cpath+".type", cl.Type)
		if err != nil {
			return nil, err
		}
		if len(cl.Predicates) == 0 {
			return nil, badRequest(cpath+".predicates", "%s.predicates needs at least one predicate.", cpath)
		}
		sub := &filter{and: cand}
		for j, p := range cl.Predicates {
			pr, err := parsePredicate(fmt.Sprintf("%s.predicates[%d]", cpath, j), p.raw(), rules)
			if err != nil {
				return nil, err
			}
			sub.preds = append(sub.preds, pr)
		}
		f.clauses = append(f.clauses, sub)
	}
	return f, nil
}

func parseFilters[P predicateIn](field string, in []filterIn[P], rules predicateRules) ([]*filter, error) {
	var out []*filter
	for i := range in {
		f, err := parseFilter(fmt.Sprintf("%s[%d]", field, i), &in[i], rules)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

var propertyTypes = set("bool", "integer", "real", "date", "string", "uuid")

func parsePredicate(path string, in rawPredicate, rules predicateRules) (*predicate, error) {
	p := &predicate{op: in.Operator, value: in.Value, rng: in.Range}
	lhs := 0
	for _, v := range []string{in.Dimension, in.Metric, in.Property} {
		if v != "" {
			lhs++
		}
	}
	if lhs != 1 {
		return nil, badRequest(path, "%s must name exactly one of dimension, metric or property.", path)
	}
	switch {
	case in.Dimension != "":
		p.kind, p.name = "dimension", in.Dimension
		if !rules.dims[in.Dimension] {
			return nil, badRequest(path+".dimension", "The dimension %s is not supported in %s; supported: %s.", in.Dimension, rules.what, sortedKeys(rules.dims))
		}
	case in.Metric != "":
		p.kind, p.name = "metric", in.Metric
		if !rules.metrics[in.Metric] {
			return nil, badRequest(path+".metric", "The metric %s is not supported in %s; supported: %s.", in.Metric, rules.what, sortedKeys(rules.metrics))
		}
	default:
		p.kind, p.name, p.propType = "property", in.Property, in.PropertyType
		if !rules.property {
			return nil, badRequest(path+".property", "Property predicates are not accepted in %s.", rules.what)
		}
		if !propertyTypes[in.PropertyType] {
			return nil, badRequest(path+".propertyType", "%s.propertyType must be one of %s.", path, sortedKeys(propertyTypes))
		}
	}
	if in.Type != "" && in.Type != p.kind {
		if in.Type != "dimension" && in.Type != "metric" && in.Type != "property" {
			return nil, badRequest(path+".type", "%s.type %q is not valid; use dimension, metric or property.", path, in.Type)
		}
		return nil, badRequest(path+".type", "%s.type is %s but the predicate names a %s.", path, in.Type, p.kind)
	}
	switch p.op {
	case "":
		p.op = "matches"
	case "matches", "exists", "notExists":
	default:
		return nil, badRequest(path+".operator", "%s.operator %q is not valid; use matches, exists or notExists.", path, in.Operator)
	}
	if p.op != "matches" {
		return p, nil
	}
	if p.rng != nil && p.value != "" {
		return nil, badRequest(path+".range", "%s sets both value and range; give one.", path)
	}
	if p.rng == nil && p.value == "" {
		return nil, badRequest(path+".value", "%s needs a value or a range to match.", path)
	}
	if p.rng != nil && p.rng.empty() {
		return nil, badRequest(path+".range", "%s.range needs at least one bound.", path)
	}
	numeric := p.kind == "metric" || p.propType == "integer" || p.propType == "real"
	isTime := (p.kind == "dimension" && timeDims[p.name]) || p.propType == "date"
	switch {
	case p.rng != nil && !numeric && !(p.kind == "property" && p.propType == "date"):
		return nil, badRequest(path+".range", "A range applies to metrics and numeric properties; %s is not numeric.", p.name)
	case p.value != "" && numeric:
		n, err := strconv.ParseFloat(p.value, 64)
		if err != nil {
			return nil, badRequest(path+".value", "%s.value %q is not a number.", path, p.value)
		}
		p.number = n
	case p.value != "" && isTime:
		from, to, ok := timeValue(p.value)
		if !ok {
			return nil, badRequest(path+".value", "%s.value %q is not an ISO-8601 time or interval.", path, p.value)
		}
		p.from, p.to = &from, &to
	case p.value != "" && p.propType == "bool":
		if _, err := strconv.ParseBool(p.value); err != nil {
			return nil, badRequest(path+".value", "%s.value %q is not true or false.", path, p.value)
		}
	}
	return p, nil
}

// timeValue reads an exact time (a zero-length interval) or an interval.
func timeValue(s string) (time.Time, time.Time, bool) {
	if strings.Contains(s, "/") {
		from, to, err := parseInterval("value", s)
		return from, to, err == nil
	}
	t, ok := parseTimestamp(s)
	return t, t, ok
}

func (p *predicate) matchTime(t time.Time) bool {
	if p.from.Equal(*p.to) {
		return t.Equal(*p.from)
	}
	return !t.Before(*p.from) && t.Before(*p.to)
}

// matchValues tests a dimension or property predicate against the values
// present.
func (p *predicate) matchValues(values []string) bool {
	switch p.op {
	case "exists":
		return len(values) > 0
	case "notExists":
		return len(values) == 0
	}
	for _, v := range values {
		switch {
		case p.from != nil:
			if t, ok := parseTimestamp(v); ok && p.matchTime(t) {
				return true
			}
		case p.propType == "integer" || p.propType == "real":
			if n, err := strconv.ParseFloat(v, 64); err == nil && p.matchNumber(n) {
				return true
			}
		case p.propType == "date" && p.rng != nil:
			if t, ok := parseTimestamp(v); ok && p.rng.contains(float64(t.UnixMilli())) {
				return true
			}
		case p.propType == "bool":
			a, errA := strconv.ParseBool(v)
			b, _ := strconv.ParseBool(p.value)
			if errA == nil && a == b {
				return true
			}
		case p.propType == "string" || p.propType == "uuid":
			if v == p.value {
				return true
			}
		default:
			if strings.EqualFold(v, p.value) {
				return true
			}
		}
	}
	return false
}

func (p *predicate) matchNumber(n float64) bool {
	if p.rng != nil {
		return p.rng.contains(n)
	}
	return n == p.number
}

// matchMetric tests a metric predicate against a value that may be absent.
func (p *predicate) matchMetric(v float64, present bool) bool {
	switch p.op {
	case "exists":
		return present
	case "notExists":
		return !present
	}
	return present && p.matchNumber(v)
}

func (ac *aConv) testSegment(p *predicate, s *aSession, g *aSeg) bool {
	switch p.kind {
	case "metric": // tSegmentDuration
		if g.end == nil {
			return p.matchMetric(0, false)
		}
		return p.matchMetric(float64(millis(g.end.Sub(g.start))), true)
	case "property":
		v, ok := s.p.Attributes[p.name]
		if !ok {
			return p.matchValues(nil)
		}
		return p.matchValues([]string{v})
	}
	return p.matchValues(ac.dim(p.name, s, g))
}

func (ac *aConv) testConversation(p *predicate) bool {
	if p.kind == "metric" {
		return p.matchMetric(ac.conversationMetric(p.name))
	}
	return p.matchValues(ac.dim(p.name, nil, nil))
}

// ---- details query ------------------------------------------------------

type detailsQueryIn struct {
	ConversationFilters []filterIn[detailPredicateIn]     `json:"conversationFilters"`
	SegmentFilters      []filterIn[segmentPredicateIn]    `json:"segmentFilters"`
	EvaluationFilters   []filterIn[detailPredicateIn]     `json:"evaluationFilters"`
	SurveyFilters       []filterIn[detailPredicateIn]     `json:"surveyFilters"`
	ResolutionFilters   []filterIn[resolutionPredicateIn] `json:"resolutionFilters"`
	Order               string                            `json:"order"`
	OrderBy             string                            `json:"orderBy"`
	Interval            string                            `json:"interval"`
	Aggregations        []struct {
		Type      string `json:"type"`
		Dimension string `json:"dimension"`
		Metric    string `json:"metric"`
		Size      *int   `json:"size"`
		Ranges    []struct {
			Gte *float64 `json:"gte"`
			Lt  *float64 `json:"lt"`
		} `json:"ranges"`
	} `json:"aggregations"`
	Paging *struct {
		PageSize   *int `json:"pageSize"`
		PageNumber *int `json:"pageNumber"`
	} `json:"paging"`
}

type aggregationResultOut struct {
	Type      string                      `json:"type"`
	Dimension string                      `json:"dimension,omitempty"`
	Metric    string                      `json:"metric,omitempty"`
	Count     int64                       `json:"count"`
	Results   []aggregationResultEntryOut `json:"results,omitempty"`
}

type aggregationResultEntryOut struct {
	Value string   `json:"value,omitempty"`
	Gte   *float64 `json:"gte,omitempty"`
	Lt    *float64 `json:"lt,omitempty"`
	Count int64    `json:"count"`
}

const (
	detailsPageDefault = 25
	detailsPageMax     = 100
	termSizeDefault    = 10
)

func parseOrder(field, v string) (bool, error) {
	switch v {
	case "", "asc", "unordered":
		return false, nil
	case "desc":
		return true, nil
	}
	return false, badRequest(field, "%s %q is not valid; use asc, desc or unordered.", field, v)
}

func postAnalyticsDetailsQuery(c *call) (int, any, error) {
	var q detailsQueryIn
	if err := c.decode(&q); err != nil {
		return 0, nil, err
	}
	start, end, err := parseInterval("interval", q.Interval)
	if err != nil {
		return 0, nil, err
	}
	desc, err := parseOrder("order", q.Order)
	if err != nil {
		return 0, nil, err
	}
	orderBy := q.OrderBy
	switch orderBy {
	case "":
		orderBy = "conversationStart"
	case "conversationStart", "conversationEnd", "segmentStart", "segmentEnd":
	default:
		return 0, nil, badRequest("orderBy", "orderBy %q is not valid; use conversationStart, conversationEnd, segmentStart or segmentEnd.", q.OrderBy)
	}
	pageSize, pageNumber := detailsPageDefault, 1
	if q.Paging != nil {
		if q.Paging.PageSize == nil || *q.Paging.PageSize < 1 || *q.Paging.PageSize > detailsPageMax {
			return 0, nil, badRequest("paging.pageSize", "paging.pageSize is required and must be between 1 and %d.", detailsPageMax)
		}
		if q.Paging.PageNumber == nil || *q.Paging.PageNumber < 1 {
			return 0, nil, badRequest("paging.pageNumber", "paging.pageNumber is required and must be at least 1.")
		}
		pageSize, pageNumber = *q.Paging.PageSize, *q.Paging.PageNumber
	}

	convFilters, err := parseFilters("conversationFilters", q.ConversationFilters,
		predicateRules{what: "conversation filters", dims: conversationDims, metrics: conversationMetrics})
	if err != nil {
		return 0, nil, err
	}
	segFilters, err := parseFilters("segmentFilters", q.SegmentFilters,
		predicateRules{what: "segment filters", dims: segmentDims, metrics: set("tSegmentDuration"), property: true})
	if err != nil {
		return 0, nil, err
	}
	evalFilters, err := parseFilters("evaluationFilters", q.EvaluationFilters,
		predicateRules{what: "evaluation filters", dims: evaluationDims, metrics: evaluationMetrics})
	if err != nil {
		return 0, nil, err
	}
	surveyFilters, err := parseFilters("surveyFilters", q.SurveyFilters,
		predicateRules{what: "survey filters", dims: surveyDims, metrics: surveyMetrics})
	if err != nil {
		return 0, nil, err
	}
	resFilters, err := parseFilters("resolutionFilters", q.ResolutionFilters,
		predicateRules{what: "resolution filters", metrics: resolutionMetrics})
	if err != nil {
		return 0, nil, err
	}
	for i, a := range q.Aggregations {
		path := fmt.Sprintf("aggregations[%d]", i)
		typ := a.Type
		if typ == "" {
			switch {
			case a.Dimension != "" && a.Metric == "":
				typ = "termFrequency"
			case a.Metric != "" && a.Dimension == "":
				typ = "numericRange"
			default:
				return 0, nil, badRequest(path, "%s must name either a dimension (termFrequency) or a metric (numericRange).", path)
			}
			q.Aggregations[i].Type = typ
		}
		switch typ {
		case "termFrequency":
			if a.Dimension == "" || a.Metric != "" {
				return 0, nil, badRequest(path+".dimension", "A termFrequency aggregation needs a dimension and no metric.")
			}
			if !conversationDims[a.Dimension] && !segmentDims[a.Dimension] {
				return 0, nil, badRequest(path+".dimension", "The dimension %s is not supported in aggregations; supported: %s.",
					a.Dimension, sortedKeys(union(conversationDims, segmentDims)))
			}
			if a.Size != nil && *a.Size < 1 {
				return 0, nil, badRequest(path+".size", "%s.size must be at least 1.", path)
			}
		case "numericRange":
			if a.Metric == "" || a.Dimension != "" {
				return 0, nil, badRequest(path+".metric", "A numericRange aggregation needs a metric and no dimension.")
			}
			if !conversationMetrics[a.Metric] {
				return 0, nil, badRequest(path+".metric", "The metric %s is not supported in aggregations; supported: %s.", a.Metric, sortedKeys(conversationMetrics))
			}
			if len(a.Ranges) == 0 {
				return 0, nil, badRequest(path+".ranges", "A numericRange aggregation needs at least one range.")
			}
		default:
			return 0, nil, badRequest(path+".type", "%s.type %q is not valid; use termFrequency or numericRange.", path, a.Type)
		}
	}

	// Conversations that started on a day the interval touches (UTC days),
	// as the API documents.
	lo := start.UTC().Truncate(24 * time.Hour)
	hi := end.UTC().Add(-time.Nanosecond).Truncate(24 * time.Hour).Add(24 * time.Hour)
	var hits []*aConv
	for _, ac := range c.st.allAnalyzed() {
		if ac.c.StartTime.Before(lo) || !ac.c.StartTime.Before(hi) {
			continue
		}
		// Nothing in the simulator carries evaluations, surveys or
		// resolutions, so a filter on them matches no conversation.
		if len(evalFilters) > 0 || len(surveyFilters) > 0 || len(resFilters) > 0 {
			continue
		}
		ok := true
		for _, f := range convFilters {
			if !f.match(ac.testConversation) {
				ok = false
			}
		}
		for _, f := range segFilters {
			if ok && !ac.anySegment(f) {
				ok = false
			}
		}
		if ok {
			hits = append(hits, ac)
		}
	}
	sortKey := func(ac *aConv) (time.Time, bool) {
		switch orderBy {
		case "conversationEnd":
			if ac.c.EndTime == nil {
				return time.Time{}, false
			}
			return *ac.c.EndTime, true
		case "segmentStart":
			first, found := time.Time{}, false
			for _, s := range ac.sessions {
				for _, g := range s.segs {
					if !found || g.start.Before(first) {
						first, found = g.start, true
					}
				}
			}
			return first, found
		case "segmentEnd":
			last, found := time.Time{}, false
			for _, s := range ac.sessions {
				for _, g := range s.segs {
					if g.end != nil && (!found || g.end.After(last)) {
						last, found = *g.end, true
					}
				}
			}
			return last, found
		}
		return ac.c.StartTime, true
	}
	sort.SliceStable(hits, func(a, b int) bool {
		ta, okA := sortKey(hits[a])
		tb, okB := sortKey(hits[b])
		if okA != okB {
			return okA // conversations without the timestamp go last
		}
		if desc {
			return ta.After(tb)
		}
		return ta.Before(tb)
	})

	out := struct {
		Aggregations  []aggregationResultOut     `json:"aggregations,omitempty"`
		Conversations []analyticsConversationOut `json:"conversations,omitempty"`
		TotalHits     int                        `json:"totalHits"`
	}{TotalHits: len(hits)}
	from := (pageNumber - 1) * pageSize
	for i := from; i < len(hits) && i < from+pageSize; i++ {
		out.Conversations = append(out.Conversations, hits[i].render(false))
	}
	for _, a := range q.Aggregations {
		if a.Type == "termFrequency" {
			size := termSizeDefault
			if a.Size != nil {
				size = *a.Size
			}
			out.Aggregations = append(out.Aggregations, termFrequency(hits, a.Dimension, size))
			continue
		}
		r := aggregationResultOut{Type: "numericRange", Metric: a.Metric}
		for _, rg := range a.Ranges {
			e := aggregationResultEntryOut{Gte: rg.Gte, Lt: rg.Lt}
			for _, ac := range hits {
				v, ok := ac.conversationMetric(a.Metric)
				if ok && (rg.Gte == nil || v >= *rg.Gte) && (rg.Lt == nil || v < *rg.Lt) {
					e.Count++
				}
			}
			r.Results = append(r.Results, e)
		}
		for _, ac := range hits {
			if _, ok := ac.conversationMetric(a.Metric); ok {
				r.Count++
			}
		}
		out.Aggregations = append(out.Aggregations, r)
	}
	return http.StatusOK, out, nil
}

// anySegment reports whether one segment of the conversation satisfies
// the whole segment filter.
func (ac *aConv) anySegment(f *filter) bool {
	for _, s := range ac.sessions {
		for _, g := range s.segs {
			if f.match(func(p *predicate) bool { return ac.testSegment(p, s, g) }) {
				return true
			}
		}
	}
	return false
}

// termFrequency counts the conversations having each value of a
// dimension, most frequent first.
func termFrequency(hits []*aConv, dim string, size int) aggregationResultOut {
	counts := map[string]int64{}
	r := aggregationResultOut{Type: "termFrequency", Dimension: dim}
	for _, ac := range hits {
		values := map[string]bool{}
		if conversationDims[dim] {
			for _, v := range ac.dim(dim, nil, nil) {
				values[v] = true
			}
		} else {
			for _, s := range ac.sessions {
				for _, g := range s.segs {
					for _, v := range ac.dim(dim, s, g) {
						values[v] = true
					}
				}
			}
		}
		if len(values) > 0 {
			r.Count++
		}
		for v := range values {
			counts[v]++
		}
	}
	for v, n := range counts {
		r.Results = append(r.Results, aggregationResultEntryOut{Value: v, Count: n})
	}
	sort.Slice(r.Results, func(a, b int) bool {
		if r.Results[a].Count != r.Results[b].Count {
			return r.Results[a].Count > r.Results[b].Count
		}
		return r.Results[a].Value < r.Results[b].Value
	})
	if len(r.Results) > size {
		r.Results = r.Results[:size]
	}
	return r
}

// ---- aggregates query -----------------------------------------------------

type aggregatesQueryIn struct {
	Interval                     string                          `json:"interval"`
	Granularity                  string                          `json:"granularity"`
	TimeZone                     string                          `json:"timeZone"`
	GroupBy                      []string                        `json:"groupBy"`
	Filter                       *filterIn[aggregatePredicateIn] `json:"filter"`
	Metrics                      []string                        `json:"metrics"`
	FlattenMultivaluedDimensions *bool                           `json:"flattenMultivaluedDimensions"`
	Views                        []struct {
		Target   string `json:"target"`
		Name     string `json:"name"`
		Function string `json:"function"`
		Range    *struct {
			Gte *float64 `json:"gte"`
			Lt  *float64 `json:"lt"`
		} `json:"range"`
	} `json:"views"`
	AlternateTimeDimension string `json:"alternateTimeDimension"`
	QueryType              string `json:"queryType"`
	SortMetric             *struct {
		Name     string `json:"name"`
		Function string `json:"function"`
	} `json:"sortMetric"`
	Limit *int `json:"limit"`
}

// statSummary is the StatisticalSummary model.
type statSummary struct {
	Count *int64   `json:"count,omitempty"`
	Sum   *float64 `json:"sum,omitempty"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
}

// stat accumulates one metric: counts add up their values, durations
// keep count, sum, min and max.
type stat struct {
	count         int64
	sum, min, max float64
}

func (s *stat) add(name string, v int64) {
	if strings.HasPrefix(name, "n") {
		s.count += v
		return
	}
	f := float64(v)
	if s.count == 0 || f < s.min {
		s.min = f
	}
	if s.count == 0 || f > s.max {
		s.max = f
	}
	s.count++
	s.sum += f
}

func (s *stat) summary(name string) statSummary {
	if strings.HasPrefix(name, "n") {
		return statSummary{Count: ptr(s.count)}
	}
	return statSummary{Count: ptr(s.count), Sum: ptr(s.sum), Min: ptr(s.min), Max: ptr(s.max)}
}

func (s *stat) by(function, name string) float64 {
	switch function {
	case "count":
		return float64(s.count)
	case "max":
		return s.max
	case "min":
		return s.min
	case "average":
		if s.count == 0 {
			return 0
		}
		if strings.HasPrefix(name, "n") {
			return float64(s.count)
		}
		return s.sum / float64(s.count)
	}
	if strings.HasPrefix(name, "n") {
		return float64(s.count)
	}
	return s.sum
}

type aggregateGroup struct {
	key     string
	group   map[string]string
	buckets map[int]map[string]*stat // bucket → metric or view name → stat
	total   *stat                    // the sort metric over the whole interval
}

const maxBuckets = 10000

func postAnalyticsAggregatesQuery(c *call) (int, any, error) {
	var q aggregatesQueryIn
	if err := c.decode(&q); err != nil {
		return 0, nil, err
	}
	start, end, err := parseInterval("interval", q.Interval)
	if err != nil {
		return 0, nil, err
	}
	loc := time.UTC
	if q.TimeZone != "" {
		if loc, err = time.LoadLocation(q.TimeZone); err != nil {
			return 0, nil, badRequest("timeZone", "timeZone %q is not an IANA time zone name such as Europe/London.", q.TimeZone)
		}
	}
	bounds := []time.Time{start, end}
	if q.Granularity != "" {
		g, ok := parseDuration(q.Granularity)
		if !ok {
			return 0, nil, badRequest("granularity", "granularity %q is not an ISO-8601 duration such as PT30M, P1D or P1DT12H.", q.Granularity)
		}
		bounds = []time.Time{start}
		for cur := start; cur.Before(end); {
			next := g.addTo(cur, loc)
			if !next.After(cur) {
				return 0, nil, badRequest("granularity", "granularity %q does not advance time.", q.Granularity)
			}
			if next.After(end) {
				next = end
			}
			bounds = append(bounds, next)
			if len(bounds) > maxBuckets+1 {
				return 0, nil, badRequest("granularity", "granularity %q splits the interval into more than %d buckets.", q.Granularity, maxBuckets)
			}
			cur = next
		}
	}
	if len(q.Metrics) == 0 {
		return 0, nil, badRequest("metrics", "metrics is required: name at least one metric, such as nOffered or tHandle.")
	}
	for i, m := range q.Metrics {
		if !computedMetrics[m] {
			return 0, nil, badRequest(fmt.Sprintf("metrics[%d]", i), "The metric %s is not supported; supported: %s.", m, sortedKeys(computedMetrics))
		}
	}
	if err := checkGroupBy(q.GroupBy, aggregateDims); err != nil {
		return 0, nil, err
	}
	flt, err := parseFilter("filter", q.Filter, predicateRules{what: "aggregate filters", dims: aggregateDims})
	if err != nil {
		return 0, nil, err
	}
	switch q.AlternateTimeDimension {
	case "", "eventTime":
	default:
		return 0, nil, badRequest("alternateTimeDimension", "alternateTimeDimension %q is not valid; the only value is eventTime.", q.AlternateTimeDimension)
	}
	viewNames := map[string]bool{}
	for i, v := range q.Views {
		path := fmt.Sprintf("views[%d]", i)
		switch {
		case v.Name == "":
			return 0, nil, badRequest(path+".name", "%s.name is required.", path)
		case viewNames[v.Name] || computedMetrics[v.Name] || conversationMetrics[v.Name]:
			return 0, nil, badRequest(path+".name", "The view name %s is already used by a metric or another view.", v.Name)
		case !computedMetrics[v.Target]:
			return 0, nil, badRequest(path+".target", "The view target %q is not a supported metric; supported: %s.", v.Target, sortedKeys(computedMetrics))
		case v.Function != "rangeBound":
			return 0, nil, badRequest(path+".function", "%s.function %q is not valid; the only function is rangeBound.", path, v.Function)
		case v.Range == nil || (v.Range.Gte == nil && v.Range.Lt == nil):
			return 0, nil, badRequest(path+".range", "%s.range needs gte, lt or both.", path)
		}
		viewNames[v.Name] = true
	}
	ranked := false
	sortName, sortFn := "", ""
	limit := 10
	switch q.QueryType {
	case "", "groupBy":
	case "topN", "bottomN":
		ranked = true
		switch {
		case q.SortMetric != nil:
			sortName, sortFn = q.SortMetric.Name, q.SortMetric.Function
			if !slices.Contains(q.Metrics, sortName) {
				return 0, nil, badRequest("sortMetric.name", "sortMetric.name %q must be one of the requested metrics.", sortName)
			}
			switch sortFn {
			case "average", "count", "max", "min", "sum":
			default:
				return 0, nil, badRequest("sortMetric.function", "sortMetric.function %q is not valid; use average, count, max, min or sum.", sortFn)
			}
		case len(q.Metrics) > 1:
			return 0, nil, badRequest("sortMetric", "sortMetric is required for a %s query over several metrics.", q.QueryType)
		default:
			sortName, sortFn = q.Metrics[0], "sum"
		}
		if q.Limit != nil {
			if *q.Limit < 1 {
				return 0, nil, badRequest("limit", "limit must be at least 1.")
			}
			limit = *q.Limit
		}
	default:
		return 0, nil, badRequest("queryType", "queryType %q is not valid; use groupBy, topN or bottomN.", q.QueryType)
	}
	flatten := q.FlattenMultivaluedDimensions != nil && *q.FlattenMultivaluedDimensions
	wanted := map[string]bool{}
	for _, m := range q.Metrics {
		wanted[m] = true
	}
	for _, v := range q.Views {
		wanted[v.Target] = true
	}

	groups := map[string]*aggregateGroup{}
	for _, ac := range c.st.allAnalyzed() {
		for _, s := range ac.sessions {
			if flt != nil && !flt.match(func(p *predicate) bool { return p.matchValues(ac.dim(p.name, s, nil)) }) {
				continue
			}
			var combos []map[string]string
			for _, mt := range s.metrics {
				if !wanted[mt.name] {
					continue
				}
				at := ac.c.StartTime
				if q.AlternateTimeDimension == "eventTime" {
					at = mt.emit
				}
				if at.Before(start) || !at.Before(end) {
					continue
				}
				bucket := sort.Search(len(bounds), func(i int) bool { return bounds[i].After(at) }) - 1
				if combos == nil {
					combos = groupCombos(ac, s, q.GroupBy, flatten)
				}
				for _, g := range combos {
					key := groupKey(q.GroupBy, g)
					grp := groups[key]
					if grp == nil {
						grp = &aggregateGroup{key: key, group: g, buckets: map[int]map[string]*stat{}, total: &stat{}}
						groups[key] = grp
					}
					b := grp.buckets[bucket]
					if b == nil {
						b = map[string]*stat{}
						grp.buckets[bucket] = b
					}
					if slices.Contains(q.Metrics, mt.name) {
						statIn(b, mt.name).add(mt.name, mt.value)
						if mt.name == sortName {
							grp.total.add(mt.name, mt.value)
						}
					}
					for _, v := range q.Views {
						if v.Target != mt.name {
							continue
						}
						st := statIn(b, "view:"+v.Name)
						f := float64(mt.value)
						if (v.Range.Gte == nil || f >= *v.Range.Gte) && (v.Range.Lt == nil || f < *v.Range.Lt) {
							st.count++
						}
					}
				}
			}
		}
	}

	list := make([]*aggregateGroup, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].key < list[b].key })
	if ranked {
		sort.SliceStable(list, func(a, b int) bool {
			ta, tb := list[a].total, list[b].total
			if (ta.count > 0) != (tb.count > 0) {
				return ta.count > 0
			}
			va, vb := ta.by(sortFn, sortName), tb.by(sortFn, sortName)
			if q.QueryType == "topN" {
				return va > vb
			}
			return va < vb
		})
		if len(list) > limit {
			list = list[:limit]
		}
	}

	type metricOut struct {
		Metric string      `json:"metric"`
		Stats  statSummary `json:"stats"`
	}
	type viewOut struct {
		Name  string      `json:"name"`
		Stats statSummary `json:"stats"`
	}
	type dataOut struct {
		Interval string      `json:"interval"`
		Metrics  []metricOut `json:"metrics,omitempty"`
		Views    []viewOut   `json:"views,omitempty"`
	}
	type resultOut struct {
		Group map[string]string `json:"group,omitempty"`
		Data  []dataOut         `json:"data"`
	}
	out := struct {
		Results []resultOut `json:"results,omitempty"`
	}{}
	for _, g := range list {
		r := resultOut{Group: g.group}
		idx := make([]int, 0, len(g.buckets))
		for i := range g.buckets {
			idx = append(idx, i)
		}
		sort.Ints(idx)
		for _, i := range idx {
			b := g.buckets[i]
			d := dataOut{Interval: isoTime(bounds[i]) + "/" + isoTime(bounds[i+1])}
			seen := map[string]bool{}
			for _, m := range q.Metrics {
				if st := b[m]; st != nil && !seen[m] {
					seen[m] = true
					d.Metrics = append(d.Metrics, metricOut{Metric: m, Stats: st.summary(m)})
				}
			}
			for _, v := range q.Views {
				if st := b["view:"+v.Name]; st != nil {
					d.Views = append(d.Views, viewOut{Name: v.Name, Stats: statSummary{Count: ptr(st.count)}})
				}
			}
			if len(d.Metrics) > 0 || len(d.Views) > 0 {
				r.Data = append(r.Data, d)
			}
		}
		if len(r.Data) > 0 {
			out.Results = append(out.Results, r)
		}
	}
	return http.StatusOK, out, nil
}

// checkGroupBy refuses grouping dimensions that a query does not support.
func checkGroupBy(groupBy []string, supported map[string]bool) error {
	for i, d := range groupBy {
		if !supported[d] {
			return badRequest(fmt.Sprintf("groupBy[%d]", i), "The dimension %s is not supported for groupBy; supported: %s.", d, sortedKeys(supported))
		}
	}
	return nil
}

// statIn returns the stat of a bucket under key, adding it if missing.
func statIn(b map[string]*stat, key string) *stat {
	st := b[key]
	if st == nil {
		st = &stat{}
		b[key] = st
	}
	return st
}

// groupCombos lists the groups a session's metrics fall into: one per
// combination of the grouping dimensions' values; a multi-valued
// dimension yields one group per value unless flattened.
func groupCombos(ac *aConv, s *aSession, dims []string, flatten bool) []map[string]string {
	combos := []map[string]string{{}}
	for _, d := range dims {
		values := ac.dim(d, s, nil)
		if len(values) == 0 {
			continue
		}
		if flatten && len(values) > 1 {
			values = []string{strings.Join(values, ",")}
		}
		var next []map[string]string
		for _, g := range combos {
			for _, v := range values {
				n := make(map[string]string, len(g)+1)
				for k, x := range g {
					n[k] = x
				}
				n[d] = v
				next = append(next, n)
			}
		}
		combos = next
	}
	for i, g := range combos {
		if len(g) == 0 {
			combos[i] = nil
		}
	}
	return combos
}

func groupKey(dims []string, g map[string]string) string {
	var b strings.Builder
	for _, d := range dims {
		if v, ok := g[d]; ok {
			b.WriteString(d + "=" + v + "\x00")
		} else {
			b.WriteString(d + "\x01\x00")
		}
	}
	return b.String()
}

// ---- activity query -------------------------------------------------------

type activityQueryIn struct {
	Metrics []struct {
		Metric  string `json:"metric"`
		Details *bool  `json:"details"`
	} `json:"metrics"`
	GroupBy []string                       `json:"groupBy"`
	Filter  *filterIn[activityPredicateIn] `json:"filter"`
	Order   string                         `json:"order"`
}

// observation is one live conversation leg counted by the activity query.
type observation struct {
	metric string // oWaiting, oAlerting or oInteracting
	at     time.Time
	ac     *aConv
	s      *aSession
}

type activityEntityOut struct {
	ActivityDate    string `json:"activityDate"`
	Metric          string `json:"metric,omitempty"`
	ConversationID  string `json:"conversationId,omitempty"`
	SessionID       string `json:"sessionId,omitempty"`
	MediaType       string `json:"mediaType,omitempty"`
	Direction       string `json:"direction,omitempty"`
	QueueID         string `json:"queueId,omitempty"`
	UserID          string `json:"userId,omitempty"`
	ANI             string `json:"ani,omitempty"`
	DNIS            string `json:"dnis,omitempty"`
	AddressFrom     string `json:"addressFrom,omitempty"`
	AddressTo       string `json:"addressTo,omitempty"`
	ParticipantName string `json:"participantName,omitempty"`
}

type activityMetricOut struct {
	Metric                string   `json:"metric"`
	Count                 *int     `json:"count,omitempty"`
	CalculatedMetricValue *int64   `json:"calculatedMetricValue,omitempty"`
	EntityIDs             []string `json:"entityIds,omitempty"`
}

const (
	activityPageDefault = 25
	activityPageMax     = 100
)

// observe lists the legs of active conversations that are waiting in a
// queue, alerting an agent or interacting with one.
func (st *state) observe() []observation {
	var out []observation
	for _, id := range st.order {
		c := st.convs[id]
		if !c.active() {
			continue
		}
		ac := st.analyze(c)
		for _, s := range ac.sessions {
			if s.m.ended() {
				continue
			}
			openSince := s.m.StartTime
			if n := len(s.segs); n > 0 && s.segs[n-1].end == nil {
				openSince = s.segs[n-1].start
			}
			switch {
			case s.p.Purpose == "acd":
				out = append(out, observation{metric: "oWaiting", at: s.m.StartTime, ac: ac, s: s})
			case s.p.Purpose == "agent" && s.m.State == "alerting":
				out = append(out, observation{metric: "oAlerting", at: openSince, ac: ac, s: s})
			case s.p.Purpose == "agent" && s.m.State != "scheduled":
				at := s.m.StartTime
				if s.m.ConnectedTime != nil {
					at = *s.m.ConnectedTime
				}
				out = append(out, observation{metric: "oInteracting", at: at, ac: ac, s: s})
			}
		}
	}
	return out
}

func (o observation) entity(metric string) activityEntityOut {
	s := o.s
	from, to := s.addresses()
	e := activityEntityOut{
		ActivityDate: isoTime(o.at), Metric: metric, ConversationID: o.ac.c.ID, SessionID: s.m.ID, MediaType: s.media,
		QueueID: s.queue(), UserID: s.p.UserID, ANI: s.ani(), DNIS: s.dnis(), AddressFrom: from, AddressTo: to,
		ParticipantName: s.p.Name,
	}
	if s.m.Direction == "inbound" || s.m.Direction == "outbound" {
		e.Direction = s.m.Direction
	}
	return e
}

func postAnalyticsActivityQuery(c *call) (int, any, error) {
	var q activityQueryIn
	if err := c.decode(&q); err != nil {
		return 0, nil, err
	}
	pageSize, err := c.queryInt("pageSize", activityPageDefault, 1, activityPageMax)
	if err != nil {
		return 0, nil, err
	}
	pageNumber, err := c.queryInt("pageNumber", 1, 1, 0)
	if err != nil {
		return 0, nil, err
	}
	if len(q.Metrics) == 0 {
		return 0, nil, badRequest("metrics", "metrics is required: name at least one of %s.", sortedKeys(activityMetrics))
	}
	for i, m := range q.Metrics {
		if !activityMetrics[m.Metric] {
			return 0, nil, badRequest(fmt.Sprintf("metrics[%d].metric", i), "The metric %q is not an activity metric; use one of %s.", m.Metric, sortedKeys(activityMetrics))
		}
	}
	if q.GroupBy == nil {
		return 0, nil, badRequest("groupBy", "groupBy is required: list the dimensions to group by (it may be empty).")
	}
	if err := checkGroupBy(q.GroupBy, activityDims); err != nil {
		return 0, nil, err
	}
	flt, err := parseFilter("filter", q.Filter, predicateRules{what: "activity filters", dims: activityDims})
	if err != nil {
		return 0, nil, err
	}
	desc, err := parseOrder("order", q.Order)
	if err != nil {
		return 0, nil, err
	}

	// Which observations each requested metric draws on.
	source := map[string]string{"oWaiting": "oWaiting", "oLongestWaiting": "oWaiting", "oAlerting": "oAlerting",
		"oInteracting": "oInteracting", "oLongestInteracting": "oInteracting"}
	needed := map[string]bool{}
	for _, m := range q.Metrics {
		needed[source[m.Metric]] = true
	}
	type activityGroup struct {
		key   string
		group map[string]string
		obs   []observation
	}
	groups := map[string]*activityGroup{}
	for _, o := range c.st.observe() {
		if !needed[o.metric] {
			continue
		}
		if flt != nil && !flt.match(func(p *predicate) bool { return p.matchValues(o.ac.dim(p.name, o.s, nil)) }) {
			continue
		}
		g := map[string]string{}
		for _, d := range q.GroupBy {
			if v := o.ac.dim(d, o.s, nil); len(v) > 0 {
				g[d] = v[0]
			}
		}
		key := groupKey(q.GroupBy, g)
		grp := groups[key]
		if grp == nil {
			grp = &activityGroup{key: key, group: g}
			groups[key] = grp
		}
		grp.obs = append(grp.obs, o)
	}
	list := make([]*activityGroup, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(a, b int) bool {
		if desc {
			return list[a].key > list[b].key
		}
		return list[a].key < list[b].key
	})

	type resultOut struct {
		Group    map[string]string   `json:"group,omitempty"`
		Data     []activityMetricOut `json:"data,omitempty"`
		Entities []activityEntityOut `json:"entities,omitempty"`
	}
	out := struct {
		EntityIDDimension string      `json:"entityIdDimension,omitempty"`
		Results           []resultOut `json:"results,omitempty"`
	}{}
	from := (pageNumber - 1) * pageSize
	for i := from; i < len(list) && i < from+pageSize; i++ {
		g := list[i]
		r := resultOut{}
		if len(g.group) > 0 {
			r.Group = g.group
		}
		seen := map[string]bool{}
		for _, m := range q.Metrics {
			if seen[m.Metric] {
				continue
			}
			seen[m.Metric] = true
			details := m.Details != nil && *m.Details
			var matching []observation
			for _, o := range g.obs {
				if o.metric == source[m.Metric] {
					matching = append(matching, o)
				}
			}
			switch m.Metric {
			case "oLongestWaiting", "oLongestInteracting":
				if len(matching) == 0 {
					continue
				}
				longest := matching[0]
				for _, o := range matching[1:] {
					if o.at.Before(longest.at) {
						longest = o
					}
				}
				r.Data = append(r.Data, activityMetricOut{Metric: m.Metric, Count: ptr(1),
					CalculatedMetricValue: ptr(max(0, millis(c.now.Sub(longest.at)))), EntityIDs: []string{longest.ac.c.ID}})
				out.EntityIDDimension = "conversationId"
				if details {
					r.Entities = append(r.Entities, longest.entity(m.Metric))
				}
			default:
				r.Data = append(r.Data, activityMetricOut{Metric: m.Metric, Count: ptr(len(matching))})
				if details {
					for _, o := range matching {
						r.Entities = append(r.Entities, o.entity(m.Metric))
					}
				}
			}
		}
		out.Results = append(out.Results, r)
	}
	return http.StatusOK, out, nil
}

// lastWorkComm is the index of the participant's last communication that
// carries the conversation's work (not an internal-message consult), the
// one the participant's wrap-up belongs to.
func lastWorkComm(p *Participant) int {
	for i := len(p.Communications) - 1; i >= 0; i-- {
		if p.Communications[i].MediaType != "internalmessage" {
			return i
		}
	}
	return len(p.Communications) - 1
}
