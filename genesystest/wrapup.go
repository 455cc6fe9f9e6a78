package genesystest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Wrap-up: reading the disposition recorded for a participant or one of
// its communications, listing the codes a participant may choose, and
// recording a wrap-up (final or provisional) on call and callback
// communications.
//
// A participant that exists but has no wrap-up recorded (yet) answers 200
// with an empty AssignedWrapupCode ({}), not 404: the path names an
// existing participant, the model has no required field, and keeping 404
// for unknown ids lets a caller tell "wrong id" from "not wrapped up yet".

func wrapupRoutes() []route {
	const (
		callP     = "/api/v2/conversations/calls/{conversationId}/participants/{participantId}"
		callbackP = "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}"
		convP     = "/api/v2/conversations/{conversationId}/participants/{participantId}"
		commW     = "/communications/{communicationId}/wrapup"
	)
	return []route{
		{op: "getConversationsCallParticipantWrapup", pattern: "GET " + callP + "/wrapup", h: getParticipantWrapup("call")},
		{op: "getConversationsCallParticipantCommunicationWrapup", pattern: "GET " + callP + commW, h: getCommunicationWrapup("call")},
		{op: "getConversationsCallParticipantWrapupcodes", pattern: "GET " + callP + "/wrapupcodes", h: getWrapupCodes("call")},
		{op: "postConversationsCallParticipantCommunicationWrapup", pattern: "POST " + callP + commW, h: postCommunicationWrapup("call")},
		{op: "getConversationsCallbackParticipantWrapup", pattern: "GET " + callbackP + "/wrapup", h: getParticipantWrapup("callback")},
		{op: "getConversationsCallbackParticipantCommunicationWrapup", pattern: "GET " + callbackP + commW, h: getCommunicationWrapup("callback")},
		{op: "getConversationsCallbackParticipantWrapupcodes", pattern: "GET " + callbackP + "/wrapupcodes", h: getWrapupCodes("callback")},
		{op: "postConversationsCallbackParticipantCommunicationWrapup", pattern: "POST " + callbackP + commW, h: postCommunicationWrapup("callback")},
		{op: "getConversationParticipantWrapup", pattern: "GET " + convP + "/wrapup", h: getParticipantWrapup("")},
		{op: "getConversationParticipantWrapupcodes", pattern: "GET " + convP + "/wrapupcodes", h: getWrapupCodes("")},
	}
}

// assignedWrapupOut is the AssignedWrapupCode model.
type assignedWrapupOut struct {
	Code            string   `json:"code,omitempty"`
	Notes           string   `json:"notes,omitempty"`
	Tags            []string `json:"tags,omitempty"`
	DurationSeconds int      `json:"durationSeconds,omitempty"`
	EndTime         string   `json:"endTime,omitempty"`
}

func renderAssignedWrapup(w *Wrapup) assignedWrapupOut {
	if w == nil {
		return assignedWrapupOut{}
	}
	return assignedWrapupOut{Code: w.Code, Notes: w.Notes, Tags: w.Tags, DurationSeconds: w.DurationSeconds, EndTime: isoPtr(w.EndTime)}
}

// wrapupCodeOut is the WrapupCode model.
type wrapupCodeOut struct {
	ID           string     `json:"id"`
	Name         string     `json:"name"`
	Division     *entityRef `json:"division,omitempty"`
	DateCreated  string     `json:"dateCreated,omitempty"`
	DateModified string     `json:"dateModified,omitempty"`
	CreatedBy    string     `json:"createdBy,omitempty"`
	ModifiedBy   string     `json:"modifiedBy,omitempty"`
	SelfURI      string     `json:"selfUri"`
}

// wrapupCodesCreated is when the demo org's wrap-up codes were configured.
// The org directory keeps no creation dates, so each code gets a fixed,
// plausible one (a day apart, in the order they were created).
var wrapupCodesCreated = time.Date(2024, 3, 4, 9, 30, 0, 0, time.UTC)

func (st *state) renderWrapupCode(w *WrapupCode) wrapupCodeOut {
	out := wrapupCodeOut{ID: w.ID, Name: w.Name, SelfURI: "/api/v2/routing/wrapupcodes/" + w.ID}
	if w.DivisionID != "" {
		d := &entityRef{ID: w.DivisionID, SelfURI: "/api/v2/authorization/divisions/" + w.DivisionID}
		for _, e := range st.org.Divisions {
			if e.ID == w.DivisionID {
				d.Name = e.Name
			}
		}
		out.Division = d
	}
	idx := slices.IndexFunc(st.org.WrapupCodes, func(x WrapupCode) bool { return x.ID == w.ID })
	created := wrapupCodesCreated.Add(time.Duration(max(idx, 0)) * 24 * time.Hour)
	out.DateCreated, out.DateModified = isoTime(created), isoTime(created)
	if admin := st.orgAdmin(); admin != "" {
		out.CreatedBy, out.ModifiedBy = admin, admin
	}
	return out
}

// orgAdmin is the user treated as the author of the org's configuration:
// the first supervisor.
func (st *state) orgAdmin() string {
	for _, u := range st.org.Users {
		if u.Supervisor {
			return u.ID
		}
	}
	return ""
}

// provisionalQuery reads the provisional query parameter (default false).
func provisionalQuery(c *call) (bool, error) {
	v := c.r.URL.Query().Get("provisional")
	if v == "" {
		return false, nil
	}
	if v != "true" && v != "false" {
		return false, badRequest("provisional", "The query parameter provisional must be true or false.")
	}
	return v == "true", nil
}

func getParticipantWrapup(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		_, p, err := c.pathParticipant(media)
		if err != nil {
			return 0, nil, err
		}
		provisional, err := provisionalQuery(c)
		if err != nil {
			return 0, nil, err
		}
		var w *Wrapup
		if !provisional {
			w = p.Wrapup
		}
		// Otherwise, or when the participant-level record is missing, take
		// the newest communication's.
		for i := len(p.Communications) - 1; i >= 0 && w == nil; i-- {
			if provisional {
				w = p.Communications[i].ProvisionalWrapup
			} else {
				w = p.Communications[i].Wrapup
			}
		}
		return http.StatusOK, renderAssignedWrapup(w), nil
	}
}

func getCommunicationWrapup(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		_, _, m, err := c.pathParticipantComm(media)
		if err != nil {
			return 0, nil, err
		}
		provisional, err := provisionalQuery(c)
		if err != nil {
			return 0, nil, err
		}
		w := m.Wrapup
		if provisional {
			w = m.ProvisionalWrapup
		}
		return http.StatusOK, renderAssignedWrapup(w), nil
	}
}

// participantQueue is the queue whose wrap-up codes apply to a
// participant: its own queue, or for agents and users without one, the
// queue the conversation was routed through.
func participantQueue(conv *Conversation, p *Participant) string {
	if p.QueueID != "" {
		return p.QueueID
	}
	if p.Purpose != "agent" && p.Purpose != "user" {
		return ""
	}
	for _, x := range conv.Participants {
		if x.Purpose == "acd" && x.QueueID != "" {
			return x.QueueID
		}
	}
	return ""
}

func getWrapupCodes(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		conv, p, err := c.pathParticipant(media)
		if err != nil {
			return 0, nil, err
		}
		out := []wrapupCodeOut{}
		if q, ok := c.st.queue(participantQueue(conv, p)); ok {
			for _, id := range q.WrapupCodeIDs {
				if w, ok := c.st.wrapupCode(id); ok {
					out = append(out, c.st.renderWrapupCode(w))
				}
			}
		}
		slices.SortStableFunc(out, func(a, b wrapupCodeOut) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
		return http.StatusOK, out, nil
	}
}

// checkWrapsUp refuses a participant that is not an agent or a user:
// only agents wrap up. field names the refused field.
func checkWrapsUp(p *Participant, field string) error {
	if p.Purpose != "agent" && p.Purpose != "user" {
		return badRequest(field, "Participant %s is a %s participant; only agents wrap up.", p.ID, p.Purpose)
	}
	return nil
}

// wrapupCodeFor checks a wrap-up code (already trimmed) for the
// participant: a final wrap-up needs one, and it must be a code the
// participant's queue offers. It returns the code, or nil when none was
// given for a provisional wrap-up. field names the code field.
func (st *state) wrapupCodeFor(conv *Conversation, p *Participant, code string, provisional bool, field string) (*WrapupCode, error) {
	if code == "" {
		if !provisional {
			e := badRequest(field, "A wrap-up code is required unless the wrap-up is provisional.")
			e.Code = "conversation.error.wrapup.code.required"
			return nil, e
		}
		return nil, nil
	}
	wc, ok := st.wrapupCode(code)
	if !ok {
		return nil, notFound("wrap-up code", code)
	}
	q, _ := st.queue(participantQueue(conv, p))
	if q == nil || !slices.Contains(q.WrapupCodeIDs, code) {
		queue := "no queue"
		if q != nil {
			queue = "queue " + q.Name
		}
		return nil, badRequest(field, "Wrap-up code %s (%s) is not offered by %s of participant %s.", wc.ID, wc.Name, queue, p.ID)
	}
	return wc, nil
}

// checkWrapupTags refuses empty tags; field names the tags field.
func checkWrapupTags(tags []string, field string) error {
	for i, t := range tags {
		if strings.TrimSpace(t) == "" {
			return badRequest(field, "%s[%d] is empty.", field, i)
		}
	}
	return nil
}

// wrapupEndTime reads a wrap-up's endTime: now when empty, never in the
// future. field names the endTime field.
func wrapupEndTime(v string, now time.Time, field string) (time.Time, error) {
	if v == "" {
		return now, nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, badRequest(field, "%s must be an ISO-8601 date-time such as 2026-01-31T14:00:00.000Z.", field)
	}
	if t.After(now) {
		return time.Time{}, badRequest(field, "%s %s is in the future.", field, isoTime(t))
	}
	return t.UTC(), nil
}

// wrapupInput is the WrapupInput request model.
type wrapupInput struct {
	Code                  string   `json:"code"`
	Name                  string   `json:"name"`
	Notes                 string   `json:"notes"`
	Tags                  []string `json:"tags"`
	DurationSeconds       *int     `json:"durationSeconds"`
	EndTime               string   `json:"endTime"`
	Provisional           *bool    `json:"provisional"`
	DisableEndTimeUpdates *bool    `json:"disableEndTimeUpdates"`
}

// maxWrapupNotes is the longest note the simulator accepts.
const maxWrapupNotes = 4000

// postCommunicationWrapup records a wrap-up on one communication of a
// participant. A provisional wrap-up is a draft: it needs no code and
// leaves the after-call work open. A final one needs a code offered by the
// participant's queue; it completes the after-call work (closing the
// wrap-up segment) and cannot be replaced afterwards. A final wrap-up sent
// while the communication is still connected is kept, and no after-call
// work follows when it ends. disableEndTimeUpdates is accepted; the
// simulator never moves a recorded end time anyway.
func postCommunicationWrapup(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var body wrapupInput
		if err := c.decodeOptional(&body); err != nil {
			return 0, nil, err
		}
		conv, p, m, err := c.pathParticipantComm(media)
		if err != nil {
			return 0, nil, err
		}
		provisional := body.Provisional != nil && *body.Provisional

		if err := checkWrapsUp(p, "participantId"); err != nil {
			return 0, nil, err
		}
		if !provisional {
			if m.Wrapup != nil {
				return 0, nil, badRequest("code", "Communication %s already has a final wrap-up; it cannot be replaced.", m.ID)
			}
			if p.WrapupSkipped {
				return 0, nil, badRequest("code", "Participant %s skipped wrap-up.", p.ID)
			}
		}

		code := strings.TrimSpace(body.Code)
		wc, err := c.st.wrapupCodeFor(conv, p, code, provisional, "code")
		if err != nil {
			return 0, nil, err
		}
		if len(body.Notes) > maxWrapupNotes {
			return 0, nil, badRequest("notes", "notes may hold at most %d characters.", maxWrapupNotes)
		}
		if err := checkWrapupTags(body.Tags, "tags"); err != nil {
			return 0, nil, err
		}

		// The after-call work segment, if the communication has entered it.
		var acw *Segment
		for _, s := range m.Segments {
			if s.Type == "wrapup" && s.End == nil {
				acw = s
			}
		}
		end, err := wrapupEndTime(body.EndTime, c.now, "endTime")
		if err != nil {
			return 0, nil, err
		}
		if body.EndTime != "" && acw != nil && end.Before(acw.Start) {
			return 0, nil, badRequest("endTime", "endTime %s is before the wrap-up began at %s.", isoTime(end), isoTime(acw.Start))
		}
		duration := 0
		switch {
		case body.DurationSeconds != nil:
			if *body.DurationSeconds < 0 {
				return 0, nil, badRequest("durationSeconds", "durationSeconds must not be negative.")
			}
			duration = *body.DurationSeconds
		case acw != nil && !provisional:
			duration = int(end.Sub(acw.Start) / time.Second)
		}

		w := &Wrapup{Code: code, Notes: body.Notes, Tags: body.Tags, DurationSeconds: duration, Provisional: provisional}
		if wc != nil {
			w.Name = wc.Name
		}
		if !provisional || body.EndTime != "" {
			w.EndTime = ptr(end)
		}
		recordWrapup(p, m, w)
		return http.StatusOK, nil, nil
	}
}
