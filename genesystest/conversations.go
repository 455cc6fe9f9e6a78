package genesystest

import (
	"net/http"
	"slices"
	"strings"
)

func conversationRoutes() []route {
	return []route{
		{op: "getConversations", pattern: "GET /api/v2/conversations", userOnly: true, h: getConversations},
		{op: "getConversation", pattern: "GET /api/v2/conversations/{conversationId}", h: getConversation},
		{op: "deleteConversation", pattern: "DELETE /api/v2/conversations/{conversationId}", h: disconnectConversation(http.StatusOK, false)},
		{op: "postConversationDisconnect", pattern: "POST /api/v2/conversations/{conversationId}/disconnect", h: disconnectConversation(http.StatusOK, true)},
		{op: "postConversationAssign", pattern: "POST /api/v2/conversations/{conversationId}/assign", h: assignConversation},
		{op: "postConversationBarge", pattern: "POST /api/v2/conversations/{conversationId}/barge", userOnly: true, h: bargeConversation},
		{op: "postConversationCobrowse", pattern: "POST /api/v2/conversations/{conversationId}/cobrowse", h: cobrowseConversation},
		{op: "putConversationTags", pattern: "PUT /api/v2/conversations/{conversationId}/tags", h: putTags},
		{op: "patchConversationUtilizationlabel", pattern: "PATCH /api/v2/conversations/{conversationId}/utilizationlabel", h: patchUtilizationLabel},
		{op: "getConversationsEmails", pattern: "GET /api/v2/conversations/emails", userOnly: true, h: listUserConversations("email")},
		{op: "getConversationsEmail", pattern: "GET /api/v2/conversations/emails/{conversationId}", h: getMediaConversation("email")},
		{op: "getConversationsMessages", pattern: "GET /api/v2/conversations/messages", userOnly: true, h: listUserConversations("message")},
		{op: "getConversationsMessage", pattern: "GET /api/v2/conversations/messages/{conversationId}", h: getMediaConversation("message")},
	}
}

// userConversations returns the active conversations the user takes part
// in, oldest first.
func (st *state) userConversations(userID, mediaType string) []*Conversation {
	var out []*Conversation
	for _, id := range st.order {
		c := st.convs[id]
		if !c.active() || (mediaType != "" && c.MediaType != mediaType) {
			continue
		}
		if p := c.participantForUser(userID); p != nil && p.connected() {
			out = append(out, c)
		}
	}
	return out
}

func getConversations(c *call) (int, any, error) {
	media := strings.ToLower(c.r.URL.Query().Get("communicationType"))
	switch media {
	case "", "call", "callback", "email", "message":
	case "chat":
		media = "message"
	default:
		return 0, nil, badRequest("communicationType", "communicationType %q is not a known communication type.", media)
	}
	var entities []conversationOut
	for _, conv := range c.st.userConversations(c.userID, media) {
		entities = append(entities, c.st.renderConversation(conv))
	}
	l := page(entities, max(len(entities), 25), 1, "/api/v2/conversations", "")
	return http.StatusOK, l, nil
}

func getConversation(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, c.st.renderConversation(conv), nil
}

func getMediaConversation(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		conv, err := c.st.conversation(c.path("conversationId"), media)
		if err != nil {
			return 0, nil, err
		}
		return http.StatusOK, c.st.renderMediaConversation(conv), nil
	}
}

func listUserConversations(media string) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		var entities []mediaConversationOut
		for _, conv := range c.st.userConversations(c.userID, media) {
			entities = append(entities, c.st.renderMediaConversation(conv))
		}
		base := "/api/v2/conversations/" + media + "s"
		return http.StatusOK, page(entities, max(len(entities), 25), 1, base, ""), nil
	}
}

// disconnectConversation ends every participant. The disconnect endpoint
// answers a bare JSON string; DELETE answers without a body.
func disconnectConversation(status int, answerString bool) func(*call) (int, any, error) {
	return func(c *call) (int, any, error) {
		conv, err := c.st.conversation(c.path("conversationId"), "")
		if err != nil {
			return 0, nil, err
		}
		if conv.active() {
			for _, p := range conv.Participants {
				endParticipant(p, c.now, "client")
			}
			conv.EndTime = ptr(c.now)
		}
		if answerString {
			return status, "Conversation " + conv.ID + " disconnected", nil
		}
		return status, nil, nil
	}
}

func assignConversation(c *call) (int, any, error) {
	var body struct {
		ID string `json:"id"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	if body.ID == "" {
		return 0, nil, badRequest("id", "The user id is required.")
	}
	user, ok := c.st.user(body.ID)
	if !ok {
		return 0, nil, notFound("user", body.ID)
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended and cannot be assigned.", conv.ID)
	}
	queueID := ""
	for _, p := range conv.Participants {
		if p.Purpose == "acd" {
			queueID = p.QueueID
		}
		if p.Purpose == "agent" && p.connected() {
			endParticipant(p, c.now, "transfer")
		}
	}
	c.st.addAgent(conv, user, queueID, c.now)
	return http.StatusOK, "Conversation " + conv.ID + " assigned to " + user.ID, nil
}

// bargeConversation adds the calling user to the conversation as a barging
// participant.
func bargeConversation(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	user, _ := c.st.user(c.userID)
	target := ""
	for _, p := range conv.Participants {
		if p.Purpose == "agent" && p.connected() {
			target = p.ID
		}
	}
	p := c.st.addAgent(conv, user, "", c.now)
	p.Purpose, p.WrapupRequired, p.BargedParticipantID, p.MediaRoles = "user", false, target, []string{"barge"}
	return http.StatusOK, nil, nil
}

func cobrowseConversation(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	if !conv.active() {
		return 0, nil, badRequest("conversationId", "Conversation %s has ended.", conv.ID)
	}
	id := c.st.newID()
	code := strings.ToUpper(strings.ReplaceAll(c.st.newID(), "-", "")[:6])
	conv.Cobrowse = &CobrowseSession{ID: id, JoinCode: code, OfferEnds: c.now.Add(5 * 60e9)}
	communicationType := "Message"
	if conv.MediaType == "call" {
		communicationType = "Call"
	}
	return http.StatusOK, map[string]any{
		"id": id, "joinCode": code, "websocketUrl": "wss://cobrowse.simulator.invalid/sessions/" + id,
		"dateOfferEnds": isoTime(conv.Cobrowse.OfferEnds), "communicationType": communicationType,
		"selfUri": "/api/v2/conversations/" + conv.ID + "/cobrowse/" + id,
	}, nil
}

func putTags(c *call) (int, any, error) {
	var body struct {
		ExternalTag *string `json:"externalTag"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if body.ExternalTag == nil {
		return 0, nil, badRequest("externalTag", "externalTag is required.")
	}
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	conv.ExternalTag = *body.ExternalTag
	return http.StatusOK, conv.ExternalTag, nil
}

func patchUtilizationLabel(c *call) (int, any, error) {
	var body struct {
		UtilizationLabelID string `json:"utilizationLabelId"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	if body.UtilizationLabelID != "" && !slices.ContainsFunc(c.st.org.UtilizationLabels, func(e Entity) bool { return e.ID == body.UtilizationLabelID }) {
		return 0, nil, notFound("utilization label", body.UtilizationLabelID)
	}
	conv.UtilizationLabelID = body.UtilizationLabelID
	return http.StatusOK, body.UtilizationLabelID, nil
}
