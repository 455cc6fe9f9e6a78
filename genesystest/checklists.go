package genesystest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Agent checklists: Copilot checklists that track whether the agent did what
// an interaction needs (greeting, identity check, ...). A checklist lives on
// the agent's communication. Checklists that activate when the conversation
// starts are active from the seed; intent-driven ones exist but stay
// inactive, absent from the listing, until activated. Items are ticked by
// the agent (agent actions) and by the model (inference jobs, which
// progress from Pending to Running to Complete as they are polled).
// Finalizing closes the evaluation of every checklist of the communication;
// the agent may still tick items in after-call work.

func checklistRoutes() []route {
	const base = "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists"
	return []route{
		{op: "getConversationCommunicationAgentchecklists", pattern: "GET " + base, h: listChecklists},
		{op: "getConversationCommunicationAgentchecklist", pattern: "GET " + base + "/{agentChecklistId}", h: getChecklist},
		{op: "postConversationCommunicationAgentchecklist", pattern: "POST " + base + "/{agentChecklistId}", h: activateChecklist},
		{op: "postConversationCommunicationAgentchecklistAgentaction", pattern: "POST " + base + "/{agentChecklistId}/agentaction", h: checklistAgentAction},
		{op: "postConversationCommunicationAgentchecklistJobs", pattern: "POST " + base + "/{agentChecklistId}/jobs", h: startChecklistJob},
		{op: "getConversationCommunicationAgentchecklistJob", pattern: "GET " + base + "/{agentChecklistId}/jobs/{jobId}", h: getChecklistJob},
		{op: "postConversationCommunicationAgentchecklistsFinalize", pattern: "POST " + base + "/finalize", h: finalizeChecklists},
	}
}

// checklistTemplate is a checklist as configured on the Copilot assistant.
type checklistTemplate struct {
	name       string
	trigger    string // ConversationStart or Intent
	intentName string
	items      []checklistItemTemplate
}

type checklistItemTemplate struct {
	name, description string
	important         bool
	cues              []string // phrases in the agent's words that satisfy the item
}

var checklistTemplates = []checklistTemplate{
	{
		name: "Greeting and verification", trigger: "ConversationStart",
		items: []checklistItemTemplate{
			{"Greet the customer", "Open with a greeting and give your name.", false,
				[]string{"hello", "hi", "good morning", "good afternoon", "good evening", "thanks for calling", "thank you for calling", "thanks for contacting", "welcome"}},
			{"Verify the customer's identity", "Confirm the account holder with two security details before discussing the account.", true,
				[]string{"date of birth", "postcode", "zip code", "account number", "security question", "verify", "confirm your"}},
			{"Confirm the reason for contact", "Repeat back what the customer needs so both sides agree.", false,
				[]string{"you are calling about", "you're calling about", "if i understand", "so you would like", "so you'd like", "just to confirm"}},
			{"Offer further help", "Ask whether there is anything else before closing.", false,
				[]string{"anything else", "further help", "help with today", "something else"}},
			{"Close politely", "Thank the customer and close the interaction.", false,
				[]string{"have a great", "have a nice", "goodbye", "bye", "take care", "thanks for your patience"}},
		},
	},
	{
		name: "Refund request handling", trigger: "Intent", intentName: "Refund request",
		items: []checklistItemTemplate{
			{"Confirm the order number", "Read the order number back to the customer.", false,
				[]string{"order number", "order id", "order reference"}},
			{"Explain the refund timeline", "Refunds reach the original payment method within 5-7 working days.", true,
				[]string{"working days", "business days", "refund will"}},
			{"Confirm the refund method", "Agree whether the refund goes to the original payment method or as store credit.", false,
				[]string{"original payment", "store credit", "refund to your", "back to your card"}},
			{"Send the confirmation email", "Tell the customer a confirmation email is on its way.", false,
				[]string{"confirmation email", "email you", "send you an email"}},
		},
	},
}

func checklistTemplateOf(name string) (checklistTemplate, bool) {
	i := slices.IndexFunc(checklistTemplates, func(t checklistTemplate) bool { return t.name == name })
	if i < 0 {
		return checklistTemplate{}, false
	}
	return checklistTemplates[i], true
}

func checklistMediaType(media string) string {
	switch media {
	case "call", "callback":
		return "Voice"
	case "email":
		return "Email"
	}
	return "Message"
}

func checklistDirection(d string) string {
	if d == "outbound" {
		return "Outbound"
	}
	return "Inbound"
}

// seedChecklists attaches the assistant's checklists to the agent
// communication of calls and messages: on live ones the conversation-start
// checklist is being evaluated (the model has heard the greeting) and the
// refund checklist waits for its intent; on past ones the evaluation was
// finalized when the agent left.
func (st *state) seedChecklists(c *Conversation, i int) {
	if c.MediaType != "call" && c.MediaType != "message" {
		return
	}
	agent, am := assistAgent(c)
	if agent == nil {
		return
	}
	for _, cl := range st.attachChecklists(c, agent, am, am.StartTime) {
		if cl.Activated {
			cl.Items[0].ModelTicked = true // the agent greeted the customer
			cl.LastModified = am.StartTime.Add(10 * time.Second)
		}
		if c.Historical {
			for n, it := range cl.Items {
				it.ModelTicked = it.Important || n%2 == 0
				it.AgentTicked = (i+n)%3 != 2
			}
			cl.Status, cl.ExitReason = "Finalized", "Conversation ended"
			cl.FinalizedAt = ptr(*am.EndTime)
			cl.LastModified = *am.EndTime
		}
	}
}

// attachChecklists gives an agent communication the assistant's
// checklists at t: those that start with the conversation are active, the
// intent-driven ones wait (past conversations keep only the former).
func (st *state) attachChecklists(c *Conversation, agent *Participant, m *Communication, t time.Time) []*Checklist {
	var out []*Checklist
	for _, tpl := range checklistTemplates {
		if c.Historical && tpl.trigger != "ConversationStart" {
			continue
		}
		cl := &Checklist{
			ID: st.newID(), Name: tpl.name, CommunicationID: m.ID, Status: "Inactive", Language: "en-US",
			AgentID: agent.UserID, ParticipantID: agent.ID, QueueID: agent.QueueID, AssistantID: st.assistAssistantID(),
			MediaType: checklistMediaType(c.MediaType), Direction: checklistDirection(c.Direction), LastModified: t,
		}
		for _, it := range tpl.items {
			cl.Items = append(cl.Items, &ChecklistItem{ID: st.newID(), Name: it.name, Description: it.description, Important: it.important})
		}
		if tpl.trigger == "ConversationStart" {
			cl.Status, cl.Activated = "Active", true
		}
		c.Checklists = append(c.Checklists, cl)
		out = append(out, cl)
	}
	return out
}

// ensureChecklists attaches the checklists to a live agent communication
// that joined after the seed (an assignment or a transfer), as the
// assistant does when an agent connects.
func (st *state) ensureChecklists(c *Conversation, p *Participant, m *Communication) {
	if !c.active() || p.Purpose != "agent" || m.ended() || m.MediaType != c.MediaType || (c.MediaType != "call" && c.MediaType != "message") {
		return
	}
	if slices.ContainsFunc(c.Checklists, func(cl *Checklist) bool { return cl.CommunicationID == m.ID }) {
		return
	}
	t := m.StartTime
	if m.ConnectedTime != nil {
		t = *m.ConnectedTime
	}
	st.attachChecklists(c, p, m, t)
}

// ---- answers -----------------------------------------------------------

type checklistTriggerOut struct {
	TriggerType string `json:"triggerType,omitempty"`
	IntentID    string `json:"intentId,omitempty"`
	IntentName  string `json:"intentName,omitempty"`
}

type checklistItemOut struct {
	ID                    string `json:"id"`
	Name                  string `json:"name"`
	AutomatedCheckEnabled bool   `json:"automatedCheckEnabled"`
	ExactPhraseMatch      bool   `json:"exactPhraseMatch"`
	Important             bool   `json:"important"`
	StateFromModel        string `json:"stateFromModel"`
	StateFromAgent        string `json:"stateFromAgent"`
}

type checklistOut struct {
	ID                             string                `json:"id"`
	Name                           string                `json:"name"`
	ChecklistItems                 []checklistItemOut    `json:"checklistItems"`
	ActivationTriggers             []checklistTriggerOut `json:"activationTriggers,omitempty"`
	Status                         string                `json:"status"`
	ExitReason                     string                `json:"exitReason,omitempty"`
	Language                       string                `json:"language"`
	AgentID                        string                `json:"agentId,omitempty"`
	ParticipantID                  string                `json:"participantId,omitempty"`
	QueueID                        string                `json:"queueId,omitempty"`
	AssistantID                    string                `json:"assistantId,omitempty"`
	MediaType                      string                `json:"mediaType,omitempty"`
	Direction                      string                `json:"direction,omitempty"`
	EvaluationLastModifiedDate     string                `json:"evaluationLastModifiedDate,omitempty"`
	EvaluationFinalizedDate        string                `json:"evaluationFinalizedDate,omitempty"`
	EvaluationFinalizedWithAcwDate string                `json:"evaluationFinalizedWithAcwDate,omitempty"`
	SelfURI                        string                `json:"selfUri"`
}

type checklistListOut struct {
	Entities []checklistOut `json:"entities"`
	SelfURI  string         `json:"selfUri"`
}

func tickState(ticked bool) string {
	if ticked {
		return "Ticked"
	}
	return "Unticked"
}

func renderChecklistItems(cl *Checklist) []checklistItemOut {
	out := []checklistItemOut{}
	for _, it := range cl.Items {
		out = append(out, checklistItemOut{ID: it.ID, Name: it.Name, AutomatedCheckEnabled: true,
			Important: it.Important, StateFromModel: tickState(it.ModelTicked), StateFromAgent: tickState(it.AgentTicked)})
	}
	return out
}

// checklistStatus maps the stored status onto the evaluation status enum.
func checklistStatus(cl *Checklist) string {
	switch cl.Status {
	case "Finalized":
		return "EvaluationFinalized"
	case "FinalizedWithAcw":
		return "EvaluationFinalizedWithAcw"
	}
	for _, it := range cl.Items {
		if it.AgentTicked || it.ModelTicked {
			return "EvaluationInProgress"
		}
	}
	return "EvaluationStarted"
}

func renderChecklist(conv *Conversation, cl *Checklist) checklistOut {
	out := checklistOut{
		ID: cl.ID, Name: cl.Name, ChecklistItems: renderChecklistItems(cl), Status: checklistStatus(cl), ExitReason: cl.ExitReason,
		Language: cl.Language, AgentID: cl.AgentID, ParticipantID: cl.ParticipantID, QueueID: cl.QueueID, AssistantID: cl.AssistantID,
		MediaType: cl.MediaType, Direction: cl.Direction, EvaluationLastModifiedDate: isoTime(cl.LastModified),
		EvaluationFinalizedDate: isoPtr(cl.FinalizedAt),
		SelfURI:                 selfURI("/api/v2/conversations/%s/communications/%s/agentchecklists/%s", conv.ID, cl.CommunicationID, cl.ID),
	}
	if cl.Status == "FinalizedWithAcw" {
		out.EvaluationFinalizedWithAcwDate = isoTime(cl.LastModified)
	}
	if tpl, ok := checklistTemplateOf(cl.Name); ok && cl.Activated {
		t := checklistTriggerOut{TriggerType: tpl.trigger}
		if tpl.trigger == "Intent" {
			t.IntentID, t.IntentName = assistStableID("intent", tpl.intentName), tpl.intentName
		}
		out.ActivationTriggers = []checklistTriggerOut{t}
	}
	return out
}

// ---- lookups -------------------------------------------------------------

// checklistComm resolves the conversation and communication of the path.
func (c *call) checklistComm() (*Conversation, *Participant, *Communication, error) {
	conv, p, m, err := c.pathCommunication()
	if err != nil {
		return nil, nil, nil, err
	}
	c.st.ensureChecklists(conv, p, m)
	return conv, p, m, nil
}

// checklist resolves the path's checklist. Inactive checklists can only be
// reached by the activation operation.
func (c *call) checklist(allowInactive bool) (*Conversation, *Communication, *Checklist, error) {
	conv, _, m, err := c.checklistComm()
	if err != nil {
		return nil, nil, nil, err
	}
	id := c.path("agentChecklistId")
	for _, cl := range conv.Checklists {
		if cl.ID == id && cl.CommunicationID == m.ID && (cl.Activated || allowInactive) {
			return conv, m, cl, nil
		}
	}
	return nil, nil, nil, notFound("agent checklist", id)
}

// ---- handlers --------------------------------------------------------------

func listChecklists(c *call) (int, any, error) {
	conv, _, m, err := c.checklistComm()
	if err != nil {
		return 0, nil, err
	}
	out := checklistListOut{Entities: []checklistOut{}, SelfURI: selfURI("/api/v2/conversations/%s/communications/%s/agentchecklists", conv.ID, m.ID)}
	for _, cl := range conv.Checklists {
		if cl.CommunicationID == m.ID && cl.Activated {
			out.Entities = append(out.Entities, renderChecklist(conv, cl))
		}
	}
	return http.StatusOK, out, nil
}

func getChecklist(c *call) (int, any, error) {
	conv, _, cl, err := c.checklist(false)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, renderChecklist(conv, cl), nil
}

type checklistActivationIn struct {
	ActivationTriggerType string `json:"activationTriggerType"`
	IntentID              string `json:"intentId"`
	IntentName            string `json:"intentName"`
	Language              string `json:"language"`
	AgentID               string `json:"agentId"`
	ParticipantID         string `json:"participantId"`
	QueueID               string `json:"queueId"`
	AssistantID           string `json:"assistantId"`
	MediaType             string `json:"mediaType"`
	Direction             string `json:"direction"`
}

// activateChecklist starts the evaluation of a checklist on the
// communication. The trigger must be the one the checklist is configured
// for; activating an active checklist again changes nothing but the
// details given.
func activateChecklist(c *call) (int, any, error) {
	var body checklistActivationIn
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	switch {
	case body.ActivationTriggerType == "":
		return 0, nil, badRequest("activationTriggerType", "activationTriggerType is required.")
	case body.ActivationTriggerType != "Intent" && body.ActivationTriggerType != "ConversationStart":
		return 0, nil, badRequest("activationTriggerType", "activationTriggerType %q is not one of Intent, ConversationStart.", body.ActivationTriggerType)
	case strings.TrimSpace(body.Language) == "":
		return 0, nil, badRequest("language", "language is required.")
	case body.MediaType != "" && !slices.Contains([]string{"Voice", "Message", "Email"}, body.MediaType):
		return 0, nil, badRequest("mediaType", "mediaType %q is not one of Voice, Message, Email.", body.MediaType)
	case body.Direction != "" && body.Direction != "Inbound" && body.Direction != "Outbound":
		return 0, nil, badRequest("direction", "direction %q is not one of Inbound, Outbound.", body.Direction)
	case body.ActivationTriggerType != "Intent" && (body.IntentID != "" || body.IntentName != ""):
		return 0, nil, badRequest("intentId", "intentId and intentName are only accepted with activationTriggerType Intent.")
	}
	conv, m, cl, err := c.checklist(true)
	if err != nil {
		return 0, nil, err
	}
	if body.AgentID != "" {
		if _, ok := c.st.user(body.AgentID); !ok {
			return 0, nil, notFound("user", body.AgentID)
		}
	}
	if body.ParticipantID != "" {
		if _, perr := conv.participant(body.ParticipantID); perr != nil {
			return 0, nil, perr
		}
	}
	if body.QueueID != "" {
		if _, ok := c.st.queue(body.QueueID); !ok {
			return 0, nil, notFound("queue", body.QueueID)
		}
	}
	if body.AssistantID != "" && body.AssistantID != c.st.assistAssistantID() {
		return 0, nil, notFound("assistant", body.AssistantID)
	}
	if tpl, ok := checklistTemplateOf(cl.Name); ok && tpl.trigger != body.ActivationTriggerType {
		return 0, nil, badRequest("activationTriggerType", "Checklist %q activates on %s, not %s.", cl.Name, tpl.trigger, body.ActivationTriggerType)
	}
	if cl.Status == "Finalized" || cl.Status == "FinalizedWithAcw" {
		return 0, nil, badRequest("agentChecklistId", "The evaluation of checklist %s was finalized; it cannot be activated again.", cl.ID)
	}
	if !conv.active() || m.ended() {
		return 0, nil, badRequest("communicationId", "Communication %s has ended; checklists can no longer be activated on it.", m.ID)
	}
	if !cl.Activated {
		cl.Activated, cl.Status = true, "Active"
	}
	cl.Language = body.Language
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&cl.AgentID, body.AgentID}, {&cl.ParticipantID, body.ParticipantID}, {&cl.QueueID, body.QueueID},
		{&cl.AssistantID, body.AssistantID}, {&cl.MediaType, body.MediaType}, {&cl.Direction, body.Direction},
	} {
		if f.v != "" {
			*f.dst = f.v
		}
	}
	cl.LastModified = c.now
	return http.StatusOK, renderChecklist(conv, cl), nil
}

type checklistAgentActionIn struct {
	AfterCallWork  *bool `json:"afterCallWork"`
	ChecklistItems []struct {
		ID          string `json:"id"`
		Name        string `json:"name"`
		AgentAction string `json:"agentAction"`
		SelfURI     string `json:"selfUri"`
	} `json:"checklistItems"`
}

// checklistAgentAction applies the agent's ticks. Once the evaluation is
// finalized only after-call work may change items, which marks the
// checklist as finalized with after-call work.
func checklistAgentAction(c *call) (int, any, error) {
	var body checklistAgentActionIn
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if len(body.ChecklistItems) == 0 {
		return 0, nil, badRequest("checklistItems", "checklistItems is required and must name at least one item.")
	}
	conv, _, cl, err := c.checklist(false)
	if err != nil {
		return 0, nil, err
	}
	items := make([]*ChecklistItem, len(body.ChecklistItems))
	for i, a := range body.ChecklistItems {
		j := slices.IndexFunc(cl.Items, func(it *ChecklistItem) bool { return it.ID == a.ID })
		switch {
		case a.ID == "":
			return 0, nil, badRequest("checklistItems.id", "checklistItems[%d].id is required.", i)
		case j < 0:
			return 0, nil, badRequest("checklistItems.id", "Checklist %s has no item %s.", cl.ID, a.ID)
		case a.AgentAction != "Ticked" && a.AgentAction != "Unticked":
			return 0, nil, badRequest("checklistItems.agentAction", "checklistItems[%d].agentAction must be Ticked or Unticked.", i)
		}
		items[i] = cl.Items[j]
	}
	acw := body.AfterCallWork != nil && *body.AfterCallWork
	finalized := cl.Status == "Finalized" || cl.Status == "FinalizedWithAcw"
	if finalized && !acw {
		return 0, nil, badRequest("afterCallWork", "The evaluation of checklist %s was finalized; only after-call work (afterCallWork true) can change it.", cl.ID)
	}
	for i, a := range body.ChecklistItems {
		items[i].AgentTicked = a.AgentAction == "Ticked"
	}
	if finalized {
		cl.Status = "FinalizedWithAcw"
	}
	cl.LastModified = c.now
	return http.StatusOK, renderChecklist(conv, cl), nil
}

type checklistJobIn struct {
	ConversationContext []struct {
		ID          string `json:"id"`
		Participant string `json:"participant"`
		Text        string `json:"text"`
	} `json:"conversationContext"`
}

// startChecklistJob queues a model evaluation of the checklist against the
// given conversation turns; the agent's turns are stored for it.
func startChecklistJob(c *call) (int, any, error) {
	var body checklistJobIn
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if len(body.ConversationContext) == 0 {
		return 0, nil, badRequest("conversationContext", "conversationContext is required and must hold at least one turn.")
	}
	var turns []string
	for i, t := range body.ConversationContext {
		switch {
		case t.ID == "":
			return 0, nil, badRequest("conversationContext.id", "conversationContext[%d].id is required.", i)
		case t.Participant != "Internal" && t.Participant != "External":
			return 0, nil, badRequest("conversationContext.participant", "conversationContext[%d].participant must be Internal or External.", i)
		case strings.TrimSpace(t.Text) == "":
			return 0, nil, badRequest("conversationContext.text", "conversationContext[%d].text is required.", i)
		}
		turns = append(turns, t.Participant+": "+t.Text)
	}
	conv, m, cl, err := c.checklist(false)
	if err != nil {
		return 0, nil, err
	}
	if cl.Status != "Active" {
		return 0, nil, badRequest("agentChecklistId", "The evaluation of checklist %s was finalized; no more inference jobs can run on it.", cl.ID)
	}
	job := &ChecklistJob{ID: c.st.newID(), ChecklistID: cl.ID, CommunicationID: m.ID, Status: "Pending", Started: c.now, Context: turns}
	conv.ChecklistJobs = append(conv.ChecklistJobs, job)
	return http.StatusOK, map[string]string{"jobId": job.ID}, nil
}

type checklistJobOut struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Error  *struct {
		Code    string `json:"code,omitempty"`
		Message string `json:"message,omitempty"`
	} `json:"error,omitempty"`
	AgentChecklistInfo *struct {
		ID             string             `json:"id"`
		Name           string             `json:"name"`
		ChecklistItems []checklistItemOut `json:"checklistItems"`
		SelfURI        string             `json:"selfUri,omitempty"`
	} `json:"agentChecklistInfo,omitempty"`
	JobStartTime  string `json:"jobStartTime,omitempty"`
	JobEndTime    string `json:"jobEndTime,omitempty"`
	Language      string `json:"language,omitempty"`
	AgentID       string `json:"agentId,omitempty"`
	ParticipantID string `json:"participantId,omitempty"`
	QueueID       string `json:"queueId,omitempty"`
	AssistantID   string `json:"assistantId,omitempty"`
	MediaType     string `json:"mediaType,omitempty"`
	Direction     string `json:"direction,omitempty"`
	SelfURI       string `json:"selfUri"`
}

// checklistNormalize lower-cases text and keeps only letters, digits and
// apostrophes, padded with spaces so that cues match whole words.
func checklistNormalize(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127 {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// evaluateChecklist is the model: an item is ticked when the agent's turns
// contain one of its cues (or, for items the simulator does not know, all
// the longer words of its name).
func evaluateChecklist(cl *Checklist, turns []string) {
	var agentText strings.Builder
	for _, t := range turns {
		if rest, ok := strings.CutPrefix(t, "Internal: "); ok {
			agentText.WriteString(checklistNormalize(rest))
		}
	}
	text := agentText.String()
	tpl, _ := checklistTemplateOf(cl.Name)
	for _, it := range cl.Items {
		var cues []string
		for _, t := range tpl.items {
			if t.name == it.Name {
				cues = t.cues
			}
		}
		if cues == nil {
			all := true
			for _, w := range strings.Fields(checklistNormalize(it.Name)) {
				if len(w) > 4 && !strings.Contains(text, " "+w+" ") {
					all = false
				}
			}
			if all {
				it.ModelTicked = true
			}
			continue
		}
		for _, cue := range cues {
			if strings.Contains(text, checklistNormalize(cue)) {
				it.ModelTicked = true
				break
			}
		}
	}
}

// getChecklistJob reports a job; each poll moves it one step on, and when
// it completes the model's ticks are written to the checklist.
func getChecklistJob(c *call) (int, any, error) {
	conv, m, cl, err := c.checklist(false)
	if err != nil {
		return 0, nil, err
	}
	id := c.path("jobId")
	i := slices.IndexFunc(conv.ChecklistJobs, func(j *ChecklistJob) bool {
		return j.ID == id && j.ChecklistID == cl.ID && j.CommunicationID == m.ID
	})
	if i < 0 {
		return 0, nil, notFound("checklist inference job", id)
	}
	job := conv.ChecklistJobs[i]
	job.Polls++
	switch job.Status {
	case "Pending":
		job.Status = "Running"
	case "Running":
		if cl.Status == "Active" {
			evaluateChecklist(cl, job.Context)
			cl.LastModified = c.now
			job.Status = "Complete"
		} else {
			job.Status = "Error"
		}
		job.Ended = ptr(c.now)
	}
	out := checklistJobOut{
		ID: job.ID, Status: "Processing", JobStartTime: isoTime(job.Started), JobEndTime: isoPtr(job.Ended),
		Language: cl.Language, AgentID: cl.AgentID, ParticipantID: cl.ParticipantID, QueueID: cl.QueueID,
		AssistantID: cl.AssistantID, MediaType: cl.MediaType, Direction: cl.Direction,
		SelfURI: selfURI("/api/v2/conversations/%s/communications/%s/agentchecklists/%s/jobs/%s", conv.ID, m.ID, cl.ID, job.ID),
	}
	switch job.Status {
	case "Complete":
		out.Status = "Complete"
		out.AgentChecklistInfo = &struct {
			ID             string             `json:"id"`
			Name           string             `json:"name"`
			ChecklistItems []checklistItemOut `json:"checklistItems"`
			SelfURI        string             `json:"selfUri,omitempty"`
		}{cl.ID, cl.Name, renderChecklistItems(cl), selfURI("/api/v2/conversations/%s/communications/%s/agentchecklists/%s", conv.ID, m.ID, cl.ID)}
	case "Error":
		out.Status = "Error"
		out.Error = &struct {
			Code    string `json:"code,omitempty"`
			Message string `json:"message,omitempty"`
		}{"checklist.evaluation.finalized", "The checklist evaluation was finalized before the job ran."}
	}
	return http.StatusOK, out, nil
}

// finalizeChecklists closes the evaluation of every active checklist of the
// communication and answers with all its checklists.
func finalizeChecklists(c *call) (int, any, error) {
	var body struct {
		ExitReason string `json:"exitReason"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if strings.TrimSpace(body.ExitReason) == "" {
		return 0, nil, badRequest("exitReason", "exitReason is required.")
	}
	conv, _, m, err := c.checklistComm()
	if err != nil {
		return 0, nil, err
	}
	out := checklistListOut{Entities: []checklistOut{}, SelfURI: selfURI("/api/v2/conversations/%s/communications/%s/agentchecklists", conv.ID, m.ID)}
	changed := 0
	for _, cl := range conv.Checklists {
		if cl.CommunicationID != m.ID || !cl.Activated {
			continue
		}
		if cl.Status == "Active" {
			cl.Status, cl.ExitReason, cl.FinalizedAt, cl.LastModified = "Finalized", body.ExitReason, ptr(c.now), c.now
			changed++
		}
		out.Entities = append(out.Entities, renderChecklist(conv, cl))
	}
	if changed == 0 {
		if len(out.Entities) == 0 {
			return 0, nil, badRequest("communicationId", "Communication %s has no active agent checklists to finalize.", m.ID)
		}
		return 0, nil, badRequest("communicationId", "The checklists of communication %s are already finalized.", m.ID)
	}
	return http.StatusOK, out, nil
}
