package genesystest

import (
	"fmt"
	"hash/fnv"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Participants: the MediaParticipantRequest updates (hold, mute, confine,
// ad-hoc recording, connect, disconnect, park, wrap-up), participant
// attributes, the poor-quality flag, add-communication codes, DTMF digits
// and secure IVR sessions.
//
// Holding, muting, confining and recording act on the participant's
// connected communications and need a live conversation. Disconnecting a
// participant ends its communications (agents then owe wrap-up), settles a
// consult transfer it took part in (see transfers.go) and ends the
// conversation when no customer or external party is left talking to
// anyone. Wrap-up and wrapupSkipped may be sent after the conversation has
// ended, as after-call work is.

func participantRoutes() []route {
	const (
		convP     = "/api/v2/conversations/{conversationId}/participants/{participantId}"
		callP     = "/api/v2/conversations/calls/{conversationId}/participants/{participantId}"
		callbackP = "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}"
	)
	return []route{
		{op: "patchConversationParticipant", pattern: "PATCH " + convP, h: patchParticipant("", http.StatusAccepted)},
		{op: "patchConversationsCallParticipant", pattern: "PATCH " + callP, h: patchParticipant("call", http.StatusAccepted)},
		{op: "patchConversationsCallbackParticipant", pattern: "PATCH " + callbackP, h: patchParticipant("callback", http.StatusAccepted)},
		{op: "patchConversationsCallParticipantUserUserId", pattern: "PATCH " + callP + "/user/{userId}", h: patchParticipantForUser},
		{op: "patchConversationsCallParticipantCommunication", pattern: "PATCH " + callP + "/communications/{communicationId}", h: patchParticipantCommunication("call")},
		{op: "patchConversationsCallbackParticipantCommunication", pattern: "PATCH " + callbackP + "/communications/{communicationId}", h: patchParticipantCommunication("callback")},
		{op: "patchConversationParticipantAttributes", pattern: "PATCH " + convP + "/attributes", h: patchParticipantAttributes("", false)},
		{op: "patchConversationsCallParticipantAttributes", pattern: "PATCH " + callP + "/attributes", h: patchParticipantAttributes("call", true)},
		{op: "patchConversationsCallbackParticipantAttributes", pattern: "PATCH " + callbackP + "/attributes", h: patchParticipantAttributes("callback", true)},
		{op: "putConversationParticipantFlaggedreason", pattern: "PUT " + convP + "/flaggedreason", h: flagParticipant(true)},
		{op: "deleteConversationParticipantFlaggedreason", pattern: "DELETE " + convP + "/flaggedreason", h: flagParticipant(false)},
		{op: "deleteConversationParticipantCode", pattern: "DELETE " + convP + "/codes/{addCommunicationCode}", h: deleteParticipantCode},
		{op: "postConversationParticipantDigits", pattern: "POST " + convP + "/digits", h: postParticipantDigits},
		{op: "getConversationParticipantSecureivrsessions", pattern: "GET " + convP + "/secureivrsessions", h: listSecureSessions},
		{op: "postConversationParticipantSecureivrsessions", pattern: "POST " + convP + "/secureivrsessions", h: createSecureSession},
		{op: "getConversationParticipantSecureivrsession", pattern: "GET " + convP + "/secureivrsessions/{secureSessionId}", h: getSecureSession},
	}
}

// seedParticipants gives every connected customer and agent of a live
// conversation one add-communication code, the kind Genesys Cloud issues
// when a participant is invited to join from another device. The code is
// derived from the participant id, so seeding draws nothing from the
// random generator.
func (st *state) seedParticipants(c *Conversation, _ int) {
	if c.Historical {
		return
	}
	for _, p := range c.Participants {
		if p.connected() && (p.Purpose == "customer" || p.Purpose == "agent") {
			p.Codes = append(p.Codes, addCommunicationCode(p.ID))
		}
	}
}

func addCommunicationCode(participantID string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(participantID))
	return fmt.Sprintf("%06d", h.Sum32()%1000000)
}

// partSetHeld puts the participant's connected communications on hold or
// takes them off it, keeping the segment timeline.
func partSetHeld(p *Participant, held bool, now time.Time) {
	for _, m := range p.Communications {
		if m.State != "connected" || m.Held == held {
			continue
		}
		m.Held = held
		if held {
			m.StartHoldTime = ptr(now)
			openSegment(m, "hold", now, p.QueueID)
		} else {
			m.StartHoldTime = nil
			openSegment(m, "interact", now, p.QueueID)
		}
	}
}

// participantUpdate is the MediaParticipantRequest model.
type participantUpdate struct {
	Wrapup        *wrapupInput `json:"wrapup"`
	State         *string      `json:"state"`
	Recording     *bool        `json:"recording"`
	Muted         *bool        `json:"muted"`
	Confined      *bool        `json:"confined"`
	Held          *bool        `json:"held"`
	WrapupSkipped *bool        `json:"wrapupSkipped"`
	ResumeTime    *string      `json:"resumeTime"`
}

// communicationStates is the state enum of MediaParticipantRequest.
var communicationStates = []string{"alerting", "dialing", "contacting", "offering", "connected", "disconnected", "terminated", "converting", "uploading", "transmitting", "parked", "none"}

// pendingStates are the states a communication leaves when it is
// connected: ringing, dialling, a scheduled callback, a parked message.
var pendingStates = []string{"alerting", "dialing", "contacting", "offering", "scheduled", "parked"}

func patchParticipant(media string, status int) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body participantUpdate
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		conv, p, err := c.pathParticipant(media)
		if err != nil {
			return 0, nil, err
		}
		if err := c.updateParticipant(conv, p, &body); err != nil {
			return 0, nil, err
		}
		return status, nil, nil
	}
}

// patchParticipantForUser is the participant update made on behalf of a
// user; the user must exist in the org.
func patchParticipantForUser(c *call) (int, any, error) {
	var body participantUpdate
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("call")
	if err != nil {
		return 0, nil, err
	}
	if _, ok := c.st.user(c.path("userId")); !ok {
		return 0, nil, notFound("user", c.path("userId"))
	}
	if err := c.updateParticipant(conv, p, &body); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, nil, nil
}

// updateParticipant validates a MediaParticipantRequest as a whole, then
// applies it: connect or park, hold, mute, confine, record, disconnect,
// and last the wrap-up, so that a disconnect and its wrap-up can be sent
// together.
func (c *call) updateParticipant(conv *Conversation, p *Participant, body *participantUpdate) error {
	state := ""
	if body.State != nil {
		state = *body.State
		if !slices.Contains(communicationStates, state) {
			return badRequest("state", "state %q is not a communication state.", state)
		}
		if state != "connected" && state != "disconnected" {
			return badRequest("state", "Only 'connected' and 'disconnected' can be set on a participant, not %q.", state)
		}
	}
	var resume time.Time
	if body.ResumeTime != nil {
		t, err := time.Parse(time.RFC3339Nano, *body.ResumeTime)
		if err != nil {
			return badRequest("resumeTime", "resumeTime must be an ISO-8601 date-time such as 2026-01-31T14:00:00.000Z.")
		}
		if !t.After(c.now) {
			return badRequest("resumeTime", "resumeTime %s is not in the future.", isoTime(t))
		}
		if conv.MediaType != "message" {
			return badRequest("resumeTime", "Only message communications can be parked; conversation %s is a %s conversation.", conv.ID, conv.MediaType)
		}
		resume = t.UTC()
	}
	voice := map[string]*bool{"muted": body.Muted, "confined": body.Confined, "recording": body.Recording}
	for _, f := range []string{"muted", "confined", "recording"} {
		if voice[f] != nil && conv.MediaType != "call" && conv.MediaType != "callback" {
			return badRequest(f, "%s applies to voice only; conversation %s is a %s conversation.", f, conv.ID, conv.MediaType)
		}
	}

	// Everything but the wrap-up needs the participant on a live conversation.
	live := ""
	switch {
	case state != "":
		live = "state"
	case body.ResumeTime != nil:
		live = "resumeTime"
	case body.Held != nil:
		live = "held"
	case body.Muted != nil:
		live = "muted"
	case body.Confined != nil:
		live = "confined"
	case body.Recording != nil:
		live = "recording"
	}
	if live != "" {
		if !conv.active() {
			return badRequest(live, "Conversation %s has ended; its participants can no longer be changed.", conv.ID)
		}
		if !p.connected() {
			return badRequest(live, "Participant %s has disconnected from conversation %s.", p.ID, conv.ID)
		}
	}
	connectedComm := slices.ContainsFunc(p.Communications, func(m *Communication) bool { return m.State == "connected" })
	for _, f := range []struct {
		name string
		set  bool
	}{{"held", body.Held != nil}, {"muted", body.Muted != nil}, {"confined", body.Confined != nil}, {"recording", body.Recording != nil}} {
		if f.set && !connectedComm && state != "connected" {
			return badRequest(f.name, "Participant %s has no connected communication to change.", p.ID)
		}
	}
	if body.ResumeTime != nil && !slices.ContainsFunc(p.Communications, func(m *Communication) bool {
		return m.MediaType == "message" && (m.State == "connected" || m.State == "parked")
	}) {
		return badRequest("resumeTime", "Participant %s has no connected message communication to park.", p.ID)
	}

	var wrap *Wrapup
	if body.Wrapup != nil {
		w, err := c.participantWrapup(conv, p, body.Wrapup)
		if err != nil {
			return err
		}
		wrap = w
	}
	skip := body.WrapupSkipped != nil && *body.WrapupSkipped
	if skip {
		if err := checkWrapsUp(p, "wrapupSkipped"); err != nil {
			return err
		}
		if wrap != nil && !wrap.Provisional {
			return badRequest("wrapupSkipped", "A wrap-up cannot be recorded and skipped in the same request.")
		}
		if p.Wrapup != nil {
			return badRequest("wrapupSkipped", "Participant %s already has a final wrap-up.", p.ID)
		}
	}

	// Apply.
	now := c.now
	if state == "connected" {
		for _, m := range p.Communications {
			if slices.Contains(pendingStates, m.State) {
				m.State, m.ResumeTime = "connected", nil
				if m.ConnectedTime == nil {
					m.ConnectedTime = ptr(now)
				}
				openSegment(m, "interact", now, p.QueueID)
			}
		}
		if p.ConnectedTime == nil {
			p.ConnectedTime = ptr(now)
		}
	}
	if body.ResumeTime != nil {
		for _, m := range p.Communications {
			if m.MediaType == "message" && (m.State == "connected" || m.State == "parked") {
				if m.State == "connected" {
					openSegment(m, "parked", now, p.QueueID)
				}
				m.State, m.ResumeTime, m.Held, m.StartHoldTime = "parked", ptr(resume), false, nil
			}
		}
	}
	if body.Held != nil {
		partSetHeld(p, *body.Held, now)
	}
	for _, m := range p.Communications {
		if m.State != "connected" {
			continue
		}
		if body.Muted != nil {
			m.Muted = *body.Muted
		}
		if body.Confined != nil {
			m.Confined = *body.Confined
		}
		if body.Recording != nil {
			m.Recording = *body.Recording
		}
	}
	if state == "disconnected" {
		c.st.xferLeave(conv, p, nil, now, "client")
	}
	if wrap != nil {
		if m := p.mediaComm(conv.MediaType); m != nil {
			if !wrap.Provisional && wrap.DurationSeconds == 0 && body.Wrapup.DurationSeconds == nil {
				for _, s := range m.Segments {
					if s.Type == "wrapup" && s.End == nil && wrap.EndTime != nil {
						wrap.DurationSeconds = int(wrap.EndTime.Sub(s.Start) / time.Second)
					}
				}
			}
			recordWrapup(p, m, wrap)
		}
	}
	if skip {
		p.WrapupSkipped, p.WrapupRequired = true, false
		for _, m := range p.Communications {
			for _, s := range m.Segments {
				if s.Type == "wrapup" && s.End == nil {
					s.End = ptr(now)
				}
			}
		}
	}
	return nil
}

// participantWrapup checks the wrap-up of a participant update the way
// the wrap-up endpoints do: only agents wrap up, a final wrap-up needs a
// code the participant's queue offers and cannot replace an earlier final
// one.
func (c *call) participantWrapup(conv *Conversation, p *Participant, in *wrapupInput) (*Wrapup, error) {
	provisional := in.Provisional != nil && *in.Provisional
	if err := checkWrapsUp(p, "wrapup"); err != nil {
		return nil, err
	}
	if !provisional && p.Wrapup != nil {
		return nil, badRequest("wrapup.code", "Participant %s already has a final wrap-up; it cannot be replaced.", p.ID)
	}
	if !provisional && p.WrapupSkipped {
		return nil, badRequest("wrapup.code", "Participant %s skipped wrap-up.", p.ID)
	}
	code := strings.TrimSpace(in.Code)
	w := &Wrapup{Code: code, Notes: in.Notes, Tags: in.Tags, Provisional: provisional}
	wc, err := c.st.wrapupCodeFor(conv, p, code, provisional, "wrapup.code")
	if err != nil {
		return nil, err
	}
	if wc != nil {
		w.Name = wc.Name
	}
	if err := checkWrapupTags(in.Tags, "wrapup.tags"); err != nil {
		return nil, err
	}
	if in.DurationSeconds != nil {
		if *in.DurationSeconds < 0 {
			return nil, badRequest("wrapup.durationSeconds", "wrapup.durationSeconds must not be negative.")
		}
		w.DurationSeconds = *in.DurationSeconds
	}
	end, err := wrapupEndTime(in.EndTime, c.now, "wrapup.endTime")
	if err != nil {
		return nil, err
	}
	if !provisional || in.EndTime != "" {
		w.EndTime = ptr(end)
	}
	return w, nil
}

// patchParticipantCommunication disconnects one communication. The
// endpoint does nothing else: it records no wrap-up and changes no flags,
// so any other field is refused.
func patchParticipantCommunication(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body participantUpdate
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		conv, p, m, err := c.pathParticipantComm(media)
		if err != nil {
			return 0, nil, err
		}
		if body.Wrapup != nil {
			return 0, nil, badRequest("wrapup", "This endpoint does not record wrap-up; use the participant or communication wrap-up endpoints.")
		}
		for _, f := range []struct {
			name string
			set  bool
		}{{"held", body.Held != nil}, {"muted", body.Muted != nil}, {"confined", body.Confined != nil}, {"recording", body.Recording != nil}, {"wrapupSkipped", body.WrapupSkipped != nil}, {"resumeTime", body.ResumeTime != nil}} {
			if f.set {
				return 0, nil, badRequest(f.name, "A single communication can only be disconnected; %s must be changed on the participant.", f.name)
			}
		}
		if body.State == nil {
			return 0, nil, badRequest("state", "state is required; send 'disconnected'.")
		}
		if *body.State != "disconnected" {
			return 0, nil, badRequest("state", "A communication can only be set to 'disconnected', not %q.", *body.State)
		}
		if m.ended() {
			return 0, nil, badRequest("communicationId", "Communication %s is already disconnected.", m.ID)
		}
		c.st.xferLeave(conv, p, []*Communication{m}, c.now, "client")
		return http.StatusAccepted, nil, nil
	}
}

// participantAttributesOut is the ParticipantAttributes model.
type participantAttributesOut struct {
	Attributes map[string]string `json:"attributes"`
}

// patchParticipantAttributes merges attributes into the participant's:
// keys sent are added or replaced, others are kept.
func patchParticipantAttributes(media string, answer bool) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body struct {
			Attributes map[string]string `json:"attributes"`
		}
		if err := c.decode(&body); err != nil {
			return 0, nil, err
		}
		conv, p, err := c.pathParticipant(media)
		if err != nil {
			return 0, nil, err
		}
		for k := range body.Attributes {
			if strings.TrimSpace(k) == "" {
				return 0, nil, badRequest("attributes", "Attribute names must not be empty.")
			}
		}
		if !conv.active() {
			return 0, nil, badRequest("conversationId", "Conversation %s has ended; participant attributes can no longer be changed.", conv.ID)
		}
		if p.Attributes == nil {
			p.Attributes = map[string]string{}
		}
		for k, v := range body.Attributes {
			p.Attributes[k] = v
		}
		if !answer {
			return http.StatusAccepted, nil, nil
		}
		out := participantAttributesOut{Attributes: map[string]string{}}
		for k, v := range p.Attributes {
			out.Attributes[k] = v
		}
		return http.StatusAccepted, out, nil
	}
}

// flagParticipant sets or clears the poor-quality flag; Genesys Cloud
// knows one reason, "general".
func flagParticipant(set bool) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		_, p, err := c.pathParticipant("")
		if err != nil {
			return 0, nil, err
		}
		p.FlaggedReason = ""
		if set {
			p.FlaggedReason = "general"
		}
		return http.StatusOK, nil, nil
	}
}

// deleteParticipantCode revokes an add-communication code of the
// participant.
func deleteParticipantCode(c *call) (int, any, error) {
	_, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	code := c.path("addCommunicationCode")
	i := slices.Index(p.Codes, code)
	if i < 0 {
		return 0, nil, notFound("add-communication code", code)
	}
	p.Codes = slices.Delete(p.Codes, i, i+1)
	return http.StatusOK, nil, nil
}

// dtmfKeys are the keys a phone keypad can send.
const dtmfKeys = "0123456789*#ABCD"

// postParticipantDigits plays DTMF tones for a participant of a call; the
// simulator keeps each request's digits on the participant.
func postParticipantDigits(c *call) (int, any, error) {
	var body struct {
		Digits *string `json:"digits"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	if body.Digits == nil || *body.Digits == "" {
		return 0, nil, badRequest("digits", "digits is required, for example \"1234#\".")
	}
	digits := strings.ToUpper(*body.Digits)
	if i := strings.IndexFunc(digits, func(r rune) bool { return !strings.ContainsRune(dtmfKeys, r) }); i >= 0 {
		return 0, nil, badRequest("digits", "digits may hold only 0-9, *, # and A-D; %q is not a DTMF key.", digits[i:i+1])
	}
	if conv.MediaType != "call" {
		return 0, nil, badRequest("conversationId", "DTMF digits can only be sent on a call; conversation %s is a %s conversation.", conv.ID, conv.MediaType)
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	if !slices.ContainsFunc(p.Communications, func(m *Communication) bool { return m.MediaType == "call" && m.State == "connected" }) {
		return 0, nil, badRequest("participantId", "Participant %s has no connected call to send digits on.", p.ID)
	}
	p.Digits = append(p.Digits, digits)
	return http.StatusAccepted, nil, nil
}

// secureSessionOut is the SecureSession model.
type secureSessionOut struct {
	ID                  string     `json:"id"`
	Flow                *entityRef `json:"flow"`
	UserData            string     `json:"userData,omitempty"`
	State               string     `json:"state"`
	SourceParticipantID string     `json:"sourceParticipantId,omitempty"`
	Disconnect          bool       `json:"disconnect"`
	SelfURI             string     `json:"selfUri"`
}

func (st *state) renderSecureSession(conv *Conversation, p *Participant, s *SecureSession) secureSessionOut {
	flow := &entityRef{ID: s.FlowID, SelfURI: "/api/v2/flows/" + s.FlowID}
	if f, ok := st.flow(s.FlowID); ok {
		flow.Name = f.Name
	}
	return secureSessionOut{
		ID: s.ID, Flow: flow, UserData: s.UserData, State: s.State, SourceParticipantID: s.SourceParticipantID, Disconnect: s.Disconnect,
		SelfURI: selfURI("/api/v2/conversations/%s/participants/%s/secureivrsessions/%s", conv.ID, p.ID, s.ID),
	}
}

func listSecureSessions(c *call) (int, any, error) {
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	out := struct {
		Entities []secureSessionOut `json:"entities"`
	}{Entities: []secureSessionOut{}}
	for _, s := range p.SecureSessions {
		out.Entities = append(out.Entities, c.st.renderSecureSession(conv, p, s))
	}
	return http.StatusOK, out, nil
}

func getSecureSession(c *call) (int, any, error) {
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	id := c.path("secureSessionId")
	for _, s := range p.SecureSessions {
		if s.ID == id {
			return http.StatusOK, c.st.renderSecureSession(conv, p, s), nil
		}
	}
	return 0, nil, notFound("secure session", id)
}

// createSecureSession sends the participant into a secure call flow: the
// flow joins the call as an IVR participant and the session waits
// (PENDING) for it. With disconnect, the requesting agent leaves the call
// and owes wrap-up; the customer stays with the flow.
func createSecureSession(c *call) (int, any, error) {
	var body struct {
		SourceParticipantID string  `json:"sourceParticipantId"`
		FlowID              *string `json:"flowId"`
		UserData            *string `json:"userData"`
		Disconnect          *bool   `json:"disconnect"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, p, err := c.pathParticipant("")
	if err != nil {
		return 0, nil, err
	}
	if body.FlowID == nil || *body.FlowID == "" {
		return 0, nil, badRequest("flowId", "flowId is required: the secure call flow to run.")
	}
	if body.UserData == nil {
		return 0, nil, badRequest("userData", "userData is required.")
	}
	flow, ok := c.st.flow(*body.FlowID)
	if !ok {
		return 0, nil, notFound("flow", *body.FlowID)
	}
	if flow.Type != "securecall" {
		return 0, nil, badRequest("flowId", "Flow %s (%s) is a %s flow, not a secure call flow.", flow.ID, flow.Name, flow.Type)
	}
	var source *Participant
	if body.SourceParticipantID != "" {
		s, aerr := conv.participant(body.SourceParticipantID)
		if aerr != nil {
			return 0, nil, aerr
		}
		source = s
	}
	if conv.MediaType != "call" {
		return 0, nil, badRequest("conversationId", "Secure IVR sessions run on calls; conversation %s is a %s conversation.", conv.ID, conv.MediaType)
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	if !p.connected() {
		return 0, nil, badRequest("participantId", "Participant %s has disconnected from conversation %s.", p.ID, conv.ID)
	}
	if source == p {
		return 0, nil, badRequest("sourceParticipantId", "The requesting participant cannot be the one sent to the secure flow.")
	}
	if source != nil && !source.connected() {
		return 0, nil, badRequest("sourceParticipantId", "Participant %s has disconnected from conversation %s.", source.ID, conv.ID)
	}

	now := c.now
	s := &SecureSession{ID: c.st.newID(), FlowID: flow.ID, UserData: *body.UserData, State: "PENDING", SourceParticipantID: body.SourceParticipantID,
		Disconnect: body.Disconnect != nil && *body.Disconnect}
	p.SecureSessions = append(p.SecureSessions, s)
	ivr := &Participant{ID: c.st.newID(), Name: flow.Name, Purpose: "ivr", StartTime: now, ConnectedTime: ptr(now), Attributes: map[string]string{}}
	ivr.Communications = []*Communication{{ID: c.st.newID(), MediaType: "call", State: "connected", Direction: conv.Direction, StartTime: now, ConnectedTime: ptr(now),
		Segments: []*Segment{{Type: "ivr", Start: now}}}}
	conv.Participants = append(conv.Participants, ivr)
	if s.Disconnect {
		var leaving []*Participant
		if source != nil {
			leaving = append(leaving, source)
		} else {
			for _, x := range conv.Participants {
				if x.Purpose == "agent" && x.connected() {
					leaving = append(leaving, x)
				}
			}
		}
		for _, x := range leaving {
			c.st.xferLeave(conv, x, nil, now, "transfer")
		}
	}
	return http.StatusOK, c.st.renderSecureSession(conv, p, s), nil
}
