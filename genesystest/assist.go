package genesystest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Agent assist (Copilot): suggestions raised while an agent handles a call
// or a message, and AI-generated summaries of conversations and of each
// agent's session. Agents engage with suggestions (open, copy, dismiss,
// rate them) and give feedback on summaries; every engagement changes the
// stored state that the GET operations report.

func assistRoutes() []route {
	return []route{
		{op: "getConversationSuggestions", pattern: "GET /api/v2/conversations/{conversationId}/suggestions", h: listSuggestions},
		{op: "getConversationSuggestion", pattern: "GET /api/v2/conversations/{conversationId}/suggestions/{suggestionId}", h: getSuggestion},
		{op: "postConversationSuggestionEngagement", pattern: "POST /api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement", h: postSuggestionEngagement},
		{op: "getConversationSummaries", pattern: "GET /api/v2/conversations/{conversationId}/summaries", h: getSummaries},
		{op: "patchConversationSummaryEngagements", pattern: "PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements", h: patchSummaryEngagements},
		{op: "patchConversationSummaryFeedback", pattern: "PATCH /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", h: patchSummaryFeedback},
		{op: "postConversationSummaryFeedback", pattern: "POST /api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback", h: postSummaryFeedback},
	}
}

// ---- shared helpers of the assist, checklist and internal-message areas ----

// assistStableID derives a UUID-shaped id from a name, for things that must
// keep the same id wherever they appear (the Copilot assistant, a knowledge
// document, a canned response) without being stored in the state.
func assistStableID(parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	a, b := binary.BigEndian.Uint64(sum[0:8]), binary.BigEndian.Uint64(sum[8:16])
	return fmt.Sprintf("%08x-%04x-5%03x-%04x-%012x",
		uint32(a>>32), uint16(a>>16), uint16(a)&0x0fff, (uint16(b>>48)&0x3fff)|0x8000, b&0xffffffffffff)
}

// assistAssistantID is the id of the org's Copilot assistant.
func (st *state) assistAssistantID() string { return assistStableID("assistant", st.org.ID) }

// assistConfidence is a deterministic model confidence between 0.62 and 0.97.
func assistConfidence(key string) float64 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return float64(62+h.Sum32()%36) / 100
}

// assistTopic is what a conversation is about, with the knowledge content
// and summaries that go with it.
type assistTopic struct {
	faqQuestion, faqAnswer      string
	faqDocument                 string
	articleTitle, articleSnip   string
	searchQuery, searchAnswer   string
	legacyURI, legacySnip       string
	cannedName, cannedText      string
	scriptName                  string
	thirdParty, thirdPartySrc   string
	thirdPartyURL               string
	summary, reason, resolution string
	outcome, followup           string
	liveSummary                 string
}

// assistTopics follows the order of the seed's first customer messages.
var assistTopics = []assistTopic{
	{
		faqQuestion:   "Where is my order?",
		faqAnswer:     "Most orders arrive within 3-5 working days. If the tracking page shows no movement for 48 hours, open a carrier trace from the order screen; if the trace fails, offer a replacement or a refund.",
		faqDocument:   "Shipping and delivery FAQ",
		articleTitle:  "Late or missing deliveries",
		articleSnip:   "If a parcel is more than 2 working days late, open a carrier trace. The customer may choose a free replacement or a full refund once the trace closes.",
		searchQuery:   "order not delivered tracking not updated",
		searchAnswer:  "Open a carrier trace from the order screen; traces close within 48 hours.",
		legacyURI:     "https://help.acme.example/articles/delivery-times",
		legacySnip:    "Standard delivery takes 3-5 working days; express orders placed before 2pm arrive the next working day.",
		cannedName:    "Delivery delay apology",
		cannedText:    "I'm sorry your order is late. I've opened a trace with the courier and will update you within 48 hours.",
		scriptName:    "Delivery enquiry script",
		thirdParty:    "The tracking history shows the parcel held at the regional depot since Monday; the carrier recommends opening a trace.",
		thirdPartySrc: "Carrier tracking assistant",
		thirdPartyURL: "https://tracking.carrier.example/help/traces",
		summary:       "The customer contacted us because their order had not arrived and the tracking had not updated for several days. The agent confirmed the delivery address, opened a carrier trace and offered a free replacement if the trace fails.",
		reason:        "Order not delivered; tracking not updated for several days.",
		resolution:    "Carrier trace opened; replacement offered if the trace fails.",
		outcome:       "Pending",
		followup:      "Check the trace result in 48 hours and update the customer.",
		liveSummary:   "The customer reports that their order has not arrived and the tracking has not updated since Monday. The agent is checking the order and the carrier status.",
	},
	{
		faqQuestion:   "Why is my invoice higher than usual?",
		faqAnswer:     "Invoices include pro-rated charges for plan changes made part-way through a billing cycle, plus one-off fees such as late payment charges. The invoice breakdown lists each charge with the period it covers.",
		faqDocument:   "Billing FAQ",
		articleTitle:  "Understanding your invoice",
		articleSnip:   "Pro-rated charges appear when a plan changes part-way through a billing cycle. Each line shows the period it covers.",
		searchQuery:   "invoice higher than expected",
		searchAnswer:  "Check the invoice breakdown for pro-rated lines and one-off fees.",
		legacyURI:     "https://help.acme.example/articles/invoice-breakdown",
		legacySnip:    "You can download past invoices as PDF files from Billing > Invoices.",
		cannedName:    "Invoice copy sent",
		cannedText:    "I've emailed a copy of your latest invoice to the address on your account.",
		scriptName:    "Billing enquiry script",
		thirdParty:    "The account shows a pro-rated upgrade charge of $12.40 on the last invoice.",
		thirdPartySrc: "Billing system assistant",
		thirdPartyURL: "https://billing.acme.example/help/prorata",
		summary:       "The customer asked why their last invoice was higher than usual. The agent explained the pro-rated charge from a mid-cycle plan upgrade and emailed a copy of the invoice.",
		reason:        "Query about an unexpectedly high invoice.",
		resolution:    "Pro-rated upgrade charge explained; invoice copy emailed.",
		outcome:       "Resolved",
		followup:      "No follow-up needed.",
		liveSummary:   "The customer is asking about their most recent invoice, which is higher than usual. The agent is reviewing the invoice lines with them.",
	},
	{
		faqQuestion:   "How do I change my plan?",
		faqAnswer:     "Upgrades take effect immediately and are charged pro rata for the rest of the billing cycle; downgrades apply from the start of the next cycle.",
		faqDocument:   "Plans and pricing FAQ",
		articleTitle:  "Changing plans",
		articleSnip:   "Upgrades apply immediately with a pro-rated charge. Downgrades take effect at the start of the next billing cycle.",
		searchQuery:   "change plan downgrade",
		searchAnswer:  "Downgrades take effect at the start of the next billing cycle.",
		legacyURI:     "https://help.acme.example/articles/compare-plans",
		legacySnip:    "Compare the Basic, Plus and Premium plans side by side, including data allowances and support hours.",
		cannedName:    "Plan change confirmation",
		cannedText:    "Your plan has been changed. You'll see the new price on your next invoice.",
		scriptName:    "Plan change script",
		thirdParty:    "Based on usage over the last 3 months, the Plus plan would save this customer about $8 per month.",
		thirdPartySrc: "Plan advisor",
		thirdPartyURL: "https://insights.acme.example/plan-advisor",
		summary:       "The customer wanted to change their plan. The agent compared the available plans, moved the customer to the Plus plan and explained that the new price applies from the next billing cycle.",
		reason:        "Customer wants to change their plan.",
		resolution:    "Customer moved to the Plus plan from the next billing cycle.",
		outcome:       "Resolved",
		followup:      "Confirm the plan change appears on the next invoice.",
		liveSummary:   "The customer wants to change their current plan. The agent is comparing plan options with them.",
	},
	{
		faqQuestion:   "Why does the app keep logging me out?",
		faqAnswer:     "Frequent sign-outs are usually caused by an outdated app version or cleared cookies. Ask the customer to update the app and sign in again; if it continues, reset their sessions from Account > Security.",
		faqDocument:   "Mobile app FAQ",
		articleTitle:  "App sign-in and session problems",
		articleSnip:   "Update the app to the latest version, then sign out of all devices from Account > Security before signing in again.",
		searchQuery:   "app logs out repeatedly",
		searchAnswer:  "Reset all active sessions from Account > Security.",
		legacyURI:     "https://help.acme.example/articles/supported-devices",
		legacySnip:    "The app supports iOS 16 and later and Android 11 and later.",
		cannedName:    "Sign-in troubleshooting steps",
		cannedText:    "Please update the app to the latest version, then sign out of all devices under Account > Security and sign in again.",
		scriptName:    "Technical troubleshooting script",
		thirdParty:    "Known issue INC-2291: Android app version 5.2.0 drops sessions after 10 minutes; fixed in 5.2.1.",
		thirdPartySrc: "Incident feed",
		thirdPartyURL: "https://status.acme.example/incidents/INC-2291",
		summary:       "The customer reported being logged out of the mobile app repeatedly. The agent found an outdated app version, guided the customer through updating it and resetting their sessions, and the customer confirmed the problem was fixed.",
		reason:        "Mobile app keeps logging the customer out.",
		resolution:    "App updated and sessions reset; problem fixed.",
		outcome:       "Resolved",
		followup:      "No follow-up needed.",
		liveSummary:   "The customer says the mobile app keeps logging them out. The agent is checking the app version and active sessions.",
	},
	{
		faqQuestion:   "Is there a discount for paying annually?",
		faqAnswer:     "Annual billing costs the same as 10 months of monthly billing, a saving of about 17%. Customers can switch at any time; the saving applies from the next renewal.",
		faqDocument:   "Billing FAQ",
		articleTitle:  "Annual billing",
		articleSnip:   "Switching to annual billing saves roughly 17%. Unused monthly time is credited against the first annual invoice.",
		searchQuery:   "annual billing discount",
		searchAnswer:  "Annual plans cost the equivalent of 10 monthly payments.",
		legacyURI:     "https://help.acme.example/articles/billing-options",
		legacySnip:    "We accept card, direct debit and PayPal for monthly and annual plans.",
		cannedName:    "Annual billing offer",
		cannedText:    "If you switch to annual billing you pay for 10 months and get 12, a saving of around 17%.",
		scriptName:    "Sales offer script",
		thirdParty:    "Customer has been on monthly billing for 26 months and qualifies for the annual switch offer.",
		thirdPartySrc: "Customer insights",
		thirdPartyURL: "https://insights.acme.example/offers",
		summary:       "The customer asked whether there is a discount for annual billing. The agent explained the annual plan saving of around 17% and switched the account to annual billing from the next renewal.",
		reason:        "Enquiry about a discount for annual billing.",
		resolution:    "Account switched to annual billing from the next renewal.",
		outcome:       "Resolved",
		followup:      "Send the annual billing confirmation email.",
		liveSummary:   "The customer is asking whether annual billing is cheaper than monthly. The agent is explaining the annual plan options.",
	},
}

// assistTopicOf finds what a conversation is about: the customer's first
// message or email when there is one, otherwise a choice fixed by the id.
func assistTopicOf(c *Conversation) assistTopic {
	for _, p := range c.Participants {
		if p.Purpose != "customer" {
			continue
		}
		for _, m := range p.Communications {
			if len(m.Messages) > 0 {
				if i := slices.Index(messages, m.Messages[0].Text); i >= 0 {
					return assistTopics[i%len(assistTopics)]
				}
			}
		}
	}
	h := fnv.New32a()
	h.Write([]byte(c.ID))
	return assistTopics[h.Sum32()%uint32(len(assistTopics))]
}

// assistAgent returns the newest agent participant of a conversation and
// its communication of the conversation's media, or nils.
func assistAgent(c *Conversation) (*Participant, *Communication) {
	for i := len(c.Participants) - 1; i >= 0; i-- {
		p := c.Participants[i]
		if p.Purpose != "agent" {
			continue
		}
		for j := len(p.Communications) - 1; j >= 0; j-- {
			if p.Communications[j].MediaType == c.MediaType {
				return p, p.Communications[j]
			}
		}
	}
	return nil, nil
}

// ---- seed ----------------------------------------------------------------

// seedAssist gives live calls and messages handled by an agent the
// suggestions Copilot raised so far, and summaries to every conversation an
// agent handled: a running session summary while it is live, a conversation
// summary and a session summary once it has ended.
func (st *state) seedAssist(c *Conversation, i int) {
	agent, am := assistAgent(c)
	if agent == nil {
		return
	}
	topic := assistTopicOf(c)
	if !c.Historical && (c.MediaType == "call" || c.MediaType == "message") {
		st.seedSuggestions(c, am, topic)
	}
	if c.Historical {
		end := *c.EndTime
		conv := &Summary{ID: st.newID(), Text: topic.summary, Reason: topic.reason, Resolution: topic.resolution,
			Followup: topic.followup, Language: "en-US", DateCreated: end.Add(6 * time.Second), Visibility: "Presented", Status: "NotCopied", Rating: ""}
		sess := &Summary{ID: st.newID(), CommunicationID: am.ID, Text: topic.summary, Reason: topic.reason, Resolution: topic.resolution,
			Followup: topic.followup, Language: "en-US", DateCreated: end.Add(4 * time.Second), Visibility: "Presented", Status: "Copied"}
		switch i % 3 {
		case 0: // the agent rated it and tidied the text
			sess.Rating = "Positive"
			sess.EditedSummary = topic.summary + " Customer was happy with the outcome."
		case 1:
			sess.Visibility, sess.Status = "Unknown", "Unknown"
		}
		c.Summaries = append(c.Summaries, conv, sess)
		return
	}
	created := am.StartTime.Add(90 * time.Second)
	if now := st.now(); created.After(now) {
		created = now
	}
	c.Summaries = append(c.Summaries, &Summary{ID: st.newID(), CommunicationID: am.ID, Text: topic.liveSummary, Reason: topic.reason,
		Language: "en-US", DateCreated: created, Visibility: "NotPresented", Status: "Unknown"})
}

func (st *state) seedSuggestions(c *Conversation, am *Communication, topic assistTopic) {
	t := am.StartTime.Add(5 * time.Second)
	add := func(typ, state, question, answer string, engagements ...SuggestionEngagement) {
		s := &Suggestion{ID: st.newID(), Type: typ, State: state, DateCreated: t, Question: question, Answer: answer, Engagements: engagements}
		c.Suggestions = append(c.Suggestions, s)
		t = t.Add(12 * time.Second)
	}
	if c.MediaType == "call" {
		add("Script", "Accepted", topic.scriptName, topic.scriptName, SuggestionEngagement{Type: "Opened", Time: t.Add(4 * time.Second)})
	}
	add("Faq", "Suggested", topic.faqQuestion, topic.faqAnswer)
	add("KnowledgeArticle", "Suggested", topic.articleTitle, topic.articleSnip)
	add("Article", "Dismissed", topic.legacyURI, topic.legacySnip, SuggestionEngagement{Type: "Dismissed", Time: t.Add(6 * time.Second)})
	add("KnowledgeSearch", "Suggested", topic.searchQuery, topic.searchAnswer)
	if c.MediaType == "message" {
		add("CannedResponse", "Accepted", topic.cannedName, topic.cannedText, SuggestionEngagement{Type: "Copied", Time: t.Add(8 * time.Second)})
	}
	add("ThirdPartySuggestion", "Rated", topic.thirdPartySrc, topic.thirdParty,
		SuggestionEngagement{Type: "Feedback", Rating: "Positive", Time: t.Add(10 * time.Second)})
}

// ---- suggestions -----------------------------------------------------------

var (
	suggestionTypes      = []string{"Faq", "Article", "KnowledgeArticle", "KnowledgeSearch", "CannedResponse", "Script", "SuggestedKnowledgeAnswer", "ThirdPartySuggestion"}
	suggestionStates     = []string{"Suggested", "Accepted", "Dismissed", "Failed", "Rated"}
	suggestionEngagement = []string{"Dismissed", "Copied", "Opened", "Feedback"}
	suggestionRatings    = []string{"Negative", "Positive"}
	summaryVisibilities  = []string{"Presented", "NotPresented", "Unknown"}
	summaryStatuses      = []string{"Copied", "NotCopied", "Unknown"}
	summaryRatings       = []string{"Positive", "Negative", "Unknown"}
)

type suggestionOut struct {
	ID                   string                   `json:"id"`
	Conversation         *entityRef               `json:"conversation,omitempty"`
	Assistant            *entityRef               `json:"assistant,omitempty"`
	Type                 string                   `json:"type"`
	Faq                  *suggestionFaqOut        `json:"faq,omitempty"`
	Article              *suggestionArticleOut    `json:"article,omitempty"`
	DateCreated          string                   `json:"dateCreated"`
	AnswerRecordID       string                   `json:"answerRecordId,omitempty"`
	TriggerType          string                   `json:"triggerType,omitempty"`
	Context              *suggestionContextOut    `json:"context,omitempty"`
	State                string                   `json:"state"`
	KnowledgeSearch      *suggestionKnowledgeOut  `json:"knowledgeSearch,omitempty"`
	KnowledgeArticle     *suggestionKnowledgeOut  `json:"knowledgeArticle,omitempty"`
	CannedResponse       *suggestionCannedOut     `json:"cannedResponse,omitempty"`
	Script               *suggestionScriptOut     `json:"script,omitempty"`
	ThirdPartySuggestion *suggestionThirdPartyOut `json:"thirdPartySuggestion,omitempty"`
	SelfURI              string                   `json:"selfUri"`
}

type suggestionFaqOut struct {
	Question            string  `json:"question,omitempty"`
	Answer              string  `json:"answer,omitempty"`
	SourceURI           string  `json:"sourceUri,omitempty"`
	DocumentDisplayName string  `json:"documentDisplayName,omitempty"`
	Confidence          float64 `json:"confidence"`
}

type suggestionArticleOut struct {
	URI        string   `json:"uri,omitempty"`
	Snippets   []string `json:"snippets,omitempty"`
	Confidence float64  `json:"confidence"`
}

type suggestionKnowledgeAnswerOut struct {
	Answer     string `json:"answer"`
	StartIndex int    `json:"startIndex"`
	EndIndex   int    `json:"endIndex"`
}

// suggestionKnowledgeOut is SuggestionKnowledgeArticle or
// SuggestionKnowledgeSearch (the latter adds searchId and confidence).
type suggestionKnowledgeOut struct {
	SearchID        string                        `json:"searchId,omitempty"`
	Snippets        []string                      `json:"snippets,omitempty"`
	Confidence      *float64                      `json:"confidence,omitempty"`
	Document        *entityRef                    `json:"document,omitempty"`
	Version         *entityRef                    `json:"version,omitempty"`
	KnowledgeAnswer *suggestionKnowledgeAnswerOut `json:"knowledgeAnswer,omitempty"`
}

type suggestionCannedOut struct {
	Response *entityRef `json:"response,omitempty"`
	Library  *entityRef `json:"library,omitempty"`
}

type suggestionScriptOut struct {
	Script *entityRef `json:"script,omitempty"`
	Page   *entityRef `json:"page,omitempty"`
}

type suggestionThirdPartyOut struct {
	Text    string `json:"text,omitempty"`
	Sources []struct {
		Name string `json:"name,omitempty"`
		URL  string `json:"url,omitempty"`
	} `json:"sources,omitempty"`
}

type suggestionContextOut struct {
	Queue           *entityRef `json:"queue,omitempty"`
	MediaType       string     `json:"mediaType,omitempty"`
	User            *entityRef `json:"user,omitempty"`
	ExternalContact *entityRef `json:"externalContact,omitempty"`
	Utterance       *entityRef `json:"utterance,omitempty"`
	Message         *entityRef `json:"message,omitempty"`
	QueryStatement  string     `json:"queryStatement,omitempty"`
}

// ref is an AddressableEntityRef: an id and a selfUri, no name.
func assistRef(id, self string) *entityRef { return &entityRef{ID: id, SelfURI: self} }

func (st *state) renderSuggestion(c *Conversation, s *Suggestion) suggestionOut {
	out := suggestionOut{
		ID: s.ID, Type: s.Type, State: s.State, DateCreated: isoTime(s.DateCreated),
		Conversation: assistRef(c.ID, "/api/v2/conversations/"+c.ID),
		Assistant:    assistRef(st.assistAssistantID(), "/api/v2/assistants/"+st.assistAssistantID()),
		TriggerType:  "Intent",
		SelfURI:      selfURI("/api/v2/conversations/%s/suggestions/%s", c.ID, s.ID),
	}
	ctx := &suggestionContextOut{MediaType: "Unknown"}
	switch c.MediaType {
	case "call", "callback":
		ctx.MediaType = "Voice"
		ctx.Utterance = &entityRef{ID: assistStableID("utterance", s.ID)}
	case "message":
		ctx.MediaType = "Message"
	}
	if agent, _ := assistAgent(c); agent != nil {
		ctx.User = assistRef(agent.UserID, "/api/v2/users/"+agent.UserID)
		if agent.QueueID != "" {
			ctx.Queue = assistRef(agent.QueueID, "/api/v2/routing/queues/"+agent.QueueID)
		}
	}
	for _, p := range c.Participants {
		if p.Purpose != "customer" {
			continue
		}
		if p.ExternalContactID != "" {
			ctx.ExternalContact = assistRef(p.ExternalContactID, "/api/v2/externalcontacts/contacts/"+p.ExternalContactID)
		}
		if c.MediaType == "message" {
			for _, m := range p.Communications {
				if len(m.Messages) > 0 {
					msg := m.Messages[len(m.Messages)-1]
					ctx.Message = assistRef(msg.ID, selfURI("/api/v2/conversations/messages/%s/messages/%s", c.ID, msg.ID))
				}
			}
		}
	}
	out.Context = ctx

	conf := assistConfidence(s.ID)
	kbDoc := func(title string) (*entityRef, *entityRef) {
		kb := assistStableID("knowledgebase", st.org.ID)
		doc := assistStableID("document", title)
		return assistRef(doc, fmt.Sprintf("/api/v2/knowledge/knowledgebases/%s/documents/%s", kb, doc)),
			assistRef(assistStableID("version", title), fmt.Sprintf("/api/v2/knowledge/knowledgebases/%s/documents/%s/versions/%s", kb, doc, assistStableID("version", title)))
	}
	switch s.Type {
	case "Faq":
		doc := "Knowledge base"
		for _, t := range assistTopics {
			if t.faqQuestion == s.Question {
				doc = t.faqDocument
			}
		}
		out.Faq = &suggestionFaqOut{Question: s.Question, Answer: s.Answer, DocumentDisplayName: doc, Confidence: conf,
			SourceURI: "projects/acme-demo/knowledgeBases/" + assistStableID("faq-kb", st.org.ID) + "/documents/" + assistStableID("faq", s.Question)}
		ctx.QueryStatement = s.Question
	case "Article":
		out.Article = &suggestionArticleOut{URI: s.Question, Snippets: []string{s.Answer}, Confidence: conf}
	case "KnowledgeArticle":
		doc, ver := kbDoc(s.Question)
		out.KnowledgeArticle = &suggestionKnowledgeOut{Snippets: []string{s.Answer}, Document: doc, Version: ver,
			KnowledgeAnswer: &suggestionKnowledgeAnswerOut{Answer: s.Answer, StartIndex: 0, EndIndex: len(s.Answer)}}
	case "KnowledgeSearch":
		doc, ver := kbDoc(s.Question)
		search := assistStableID("search", s.ID)
		out.AnswerRecordID = search
		out.KnowledgeSearch = &suggestionKnowledgeOut{SearchID: search, Snippets: []string{s.Answer}, Confidence: &conf, Document: doc, Version: ver,
			KnowledgeAnswer: &suggestionKnowledgeAnswerOut{Answer: s.Answer, StartIndex: 0, EndIndex: len(s.Answer)}}
		ctx.QueryStatement = s.Question
	case "CannedResponse":
		lib := assistStableID("canned-library", st.org.ID)
		resp := assistStableID("canned-response", s.Question)
		out.CannedResponse = &suggestionCannedOut{
			Response: assistRef(resp, "/api/v2/responsemanagement/responses/"+resp),
			Library:  assistRef(lib, "/api/v2/responsemanagement/libraries/"+lib),
		}
	case "Script":
		script := assistStableID("script", s.Question)
		page := assistStableID("script-page", s.Question)
		out.Script = &suggestionScriptOut{Script: assistRef(script, "/api/v2/scripts/"+script), Page: assistRef(page, "/api/v2/scripts/"+script+"/pages/"+page)}
		out.TriggerType = "ConversationStart"
	case "ThirdPartySuggestion":
		tp := &suggestionThirdPartyOut{Text: s.Answer}
		for _, t := range assistTopics {
			if t.thirdPartySrc == s.Question {
				tp.Sources = append(tp.Sources, struct {
					Name string `json:"name,omitempty"`
					URL  string `json:"url,omitempty"`
				}{t.thirdPartySrc, t.thirdPartyURL})
				break
			}
		}
		out.ThirdPartySuggestion = tp
	}
	return out
}

func (c *Conversation) assistSuggestion(id string) (*Suggestion, *apiError) {
	for _, s := range c.Suggestions {
		if s.ID == id {
			return s, nil
		}
	}
	return nil, notFound("suggestion", id)
}

func suggestionCursor(id string) string { return base64.StdEncoding.EncodeToString([]byte(id)) }

type suggestionListing struct {
	Entities    []suggestionOut `json:"entities"`
	NextURI     string          `json:"nextUri,omitempty"`
	SelfURI     string          `json:"selfUri,omitempty"`
	PreviousURI string          `json:"previousUri,omitempty"`
}

func listSuggestions(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	q := c.r.URL.Query()
	typ, state := q.Get("type"), q.Get("state")
	if typ != "" && !slices.Contains(suggestionTypes, typ) {
		return 0, nil, badRequest("type", "type %q is not one of %s.", typ, strings.Join(suggestionTypes, ", "))
	}
	if state != "" && !slices.Contains(suggestionStates, state) {
		return 0, nil, badRequest("state", "state %q is not one of %s.", state, strings.Join(suggestionStates, ", "))
	}
	size := 25
	if v := q.Get("pageSize"); v != "" {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 1 || n > 200 {
			return 0, nil, badRequest("pageSize", "pageSize must be a whole number from 1 to 200, got %q.", v)
		}
		size = n
	}
	before, after := q.Get("before"), q.Get("after")
	if before != "" && after != "" {
		return 0, nil, badRequest("before", "Give either before or after, not both.")
	}

	var matching []*Suggestion
	for _, s := range conv.Suggestions {
		if (typ == "" || s.Type == typ) && (state == "" || s.State == state) {
			matching = append(matching, s)
		}
	}
	cursorIndex := func(name, cursor string) (int, error) {
		raw, derr := base64.StdEncoding.DecodeString(cursor)
		if derr == nil {
			for i, s := range matching {
				if s.ID == string(raw) {
					return i, nil
				}
			}
		}
		return 0, badRequest(name, "The %s cursor %q is not valid for this listing.", name, cursor)
	}
	start, end := 0, min(size, len(matching))
	switch {
	case after != "":
		i, cerr := cursorIndex("after", after)
		if cerr != nil {
			return 0, nil, cerr
		}
		start, end = i+1, min(i+1+size, len(matching))
	case before != "":
		i, cerr := cursorIndex("before", before)
		if cerr != nil {
			return 0, nil, cerr
		}
		start, end = max(i-size, 0), i
	}

	base := selfURI("/api/v2/conversations/%s/suggestions", conv.ID)
	link := func(key, cursor string) string {
		v := url.Values{}
		if cursor != "" {
			v.Set(key, cursor)
		}
		v.Set("pageSize", strconv.Itoa(size))
		if typ != "" {
			v.Set("type", typ)
		}
		if state != "" {
			v.Set("state", state)
		}
		return base + "?" + v.Encode()
	}
	out := suggestionListing{Entities: []suggestionOut{}, SelfURI: base}
	if c.r.URL.RawQuery != "" {
		out.SelfURI += "?" + c.r.URL.RawQuery
	}
	for _, s := range matching[start:end] {
		out.Entities = append(out.Entities, c.st.renderSuggestion(conv, s))
	}
	if end < len(matching) && end > start {
		out.NextURI = link("after", suggestionCursor(matching[end-1].ID))
	}
	if start > 0 && end > start {
		out.PreviousURI = link("before", suggestionCursor(matching[start].ID))
	}
	return http.StatusOK, out, nil
}

// pathSuggestion resolves the conversation and suggestion of the path.
func (c *call) pathSuggestion() (*Conversation, *Suggestion, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return nil, nil, err
	}
	s, err := conv.assistSuggestion(c.path("suggestionId"))
	if err != nil {
		return nil, nil, err
	}
	return conv, s, nil
}

func getSuggestion(c *call) (int, any, error) {
	conv, s, err := c.pathSuggestion()
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, c.st.renderSuggestion(conv, s), nil
}

type suggestionFeedbackIn struct {
	Rating string `json:"rating"`
}

type suggestionEngagementIn struct {
	EngagementType string                `json:"engagementType"`
	Feedback       *suggestionFeedbackIn `json:"feedback,omitempty"`
}

// postSuggestionEngagement records an agent's engagement and moves the
// suggestion on: a dismissal dismisses it, opening or copying accepts it,
// feedback rates it.
func postSuggestionEngagement(c *call) (int, any, error) {
	var body suggestionEngagementIn
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	_, s, err := c.pathSuggestion()
	if err != nil {
		return 0, nil, err
	}
	switch {
	case body.EngagementType == "":
		return 0, nil, badRequest("engagementType", "engagementType is required.")
	case !slices.Contains(suggestionEngagement, body.EngagementType):
		return 0, nil, badRequest("engagementType", "engagementType %q is not one of %s.", body.EngagementType, strings.Join(suggestionEngagement, ", "))
	case body.EngagementType == "Feedback" && body.Feedback == nil:
		return 0, nil, badRequest("feedback", "An engagement of type Feedback needs a feedback rating.")
	case body.EngagementType != "Feedback" && body.Feedback != nil:
		return 0, nil, badRequest("feedback", "feedback is only accepted with engagementType Feedback.")
	case body.Feedback != nil && body.Feedback.Rating == "":
		return 0, nil, badRequest("feedback.rating", "feedback.rating is required.")
	case body.Feedback != nil && !slices.Contains(suggestionRatings, body.Feedback.Rating):
		return 0, nil, badRequest("feedback.rating", "feedback.rating %q is not one of %s.", body.Feedback.Rating, strings.Join(suggestionRatings, ", "))
	}
	if s.State == "Failed" {
		return 0, nil, badRequest("suggestionId", "Suggestion %s failed to load and cannot be engaged with.", s.ID)
	}
	e := SuggestionEngagement{Type: body.EngagementType, Time: c.now}
	switch body.EngagementType {
	case "Dismissed":
		s.State = "Dismissed"
	case "Copied", "Opened":
		s.State = "Accepted"
	case "Feedback":
		s.State = "Rated"
		e.Rating = body.Feedback.Rating
	}
	s.Engagements = append(s.Engagements, e)
	return http.StatusOK, body, nil
}

// ---- summaries -------------------------------------------------------------

type assistSummaryTextOut struct {
	Text       string  `json:"text,omitempty"`
	Outcome    string  `json:"outcome,omitempty"`
	Confidence float64 `json:"confidence"`
}

type assistSummaryWrapupOut struct {
	ID         string  `json:"id"`
	Name       string  `json:"name,omitempty"`
	Confidence float64 `json:"confidence"`
	SelfURI    string  `json:"selfUri,omitempty"`
}

type assistSummaryEditedOut struct {
	Text string `json:"text,omitempty"`
}

// assistSummaryOut is ConversationSummary and, with communication set,
// ConversationSessionSummary.
type assistSummaryOut struct {
	ID                   string                   `json:"id"`
	Text                 string                   `json:"text,omitempty"`
	Confidence           float64                  `json:"confidence"`
	Status               string                   `json:"status"`
	MediaType            string                   `json:"mediaType,omitempty"`
	Language             string                   `json:"language,omitempty"`
	PredictedWrapupCodes []assistSummaryWrapupOut `json:"predictedWrapupCodes,omitempty"`
	EditedSummary        *assistSummaryEditedOut  `json:"editedSummary,omitempty"`
	Reason               *assistSummaryTextOut    `json:"reason,omitempty"`
	Followup             *assistSummaryTextOut    `json:"followup,omitempty"`
	Resolution           *assistSummaryTextOut    `json:"resolution,omitempty"`
	DateCreated          string                   `json:"dateCreated,omitempty"`
	Communication        *entityRef               `json:"communication,omitempty"`
	Participants         []entityRef              `json:"participants,omitempty"`
}

type assistSummariesOut struct {
	Conversation     *entityRef         `json:"conversation"`
	Summary          *assistSummaryOut  `json:"summary,omitempty"`
	SessionSummaries []assistSummaryOut `json:"sessionSummaries"`
}

func assistSummaryMediaType(media string) string {
	switch media {
	case "call", "callback":
		return "Call"
	case "email":
		return "Email"
	case "message":
		return "Message"
	}
	return "Unknown"
}

func (st *state) renderAssistSummary(c *Conversation, s *Summary) assistSummaryOut {
	out := assistSummaryOut{
		ID: s.ID, Text: s.Text, Confidence: assistConfidence(s.ID), Status: "Completed", MediaType: assistSummaryMediaType(c.MediaType),
		Language: s.Language, DateCreated: isoTime(s.DateCreated),
	}
	if s.Text == "" {
		out.Status = "Processing"
	}
	if s.EditedSummary != "" {
		out.EditedSummary = &assistSummaryEditedOut{Text: s.EditedSummary}
	}
	outcome := ""
	for _, t := range assistTopics {
		if t.resolution == s.Resolution {
			outcome = t.outcome
		}
	}
	if s.Reason != "" {
		out.Reason = &assistSummaryTextOut{Text: s.Reason, Confidence: assistConfidence(s.ID + "/reason")}
	}
	if s.Resolution != "" {
		out.Resolution = &assistSummaryTextOut{Text: s.Resolution, Outcome: outcome, Confidence: assistConfidence(s.ID + "/resolution")}
	}
	if s.Followup != "" {
		out.Followup = &assistSummaryTextOut{Text: s.Followup, Confidence: assistConfidence(s.ID + "/followup")}
	}
	// The participants the summary covers: the customer and the agent (all
	// agents for the conversation summary).
	var agent *Participant
	for _, p := range c.Participants {
		include := p.Purpose == "customer"
		if p.Purpose == "agent" {
			for _, m := range p.Communications {
				if s.CommunicationID == "" || m.ID == s.CommunicationID {
					include, agent = true, p
				}
			}
		}
		if include {
			out.Participants = append(out.Participants, *assistRef(p.ID, selfURI("/api/v2/conversations/%s/participants/%s", c.ID, p.ID)))
		}
	}
	// Predicted wrap-up codes: the one the agent chose, if any, ranked first,
	// then the queue's other likely codes.
	if agent != nil {
		var ids []string
		if agent.Wrapup != nil && agent.Wrapup.Code != "" {
			ids = append(ids, agent.Wrapup.Code)
		}
		if q, ok := st.queue(agent.QueueID); ok {
			for _, id := range q.WrapupCodeIDs {
				if len(ids) < 2 && !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
		for k, id := range ids {
			w := assistSummaryWrapupOut{ID: id, SelfURI: "/api/v2/routing/wrapupcodes/" + id, Confidence: math.Round((assistConfidence(s.ID+id)-float64(k)*0.3)*100) / 100}
			if wc, ok := st.wrapupCode(id); ok {
				w.Name = wc.Name
			}
			out.PredictedWrapupCodes = append(out.PredictedWrapupCodes, w)
		}
	}
	if s.CommunicationID != "" {
		out.Communication = &entityRef{ID: s.CommunicationID}
	}
	return out
}

// generateAssistSummaries writes the conversation summary of a conversation that
// has ended since it was seeded, as Copilot does once the last agent leaves,
// and completes the running session summaries of agents who left.
func (st *state) generateAssistSummaries(c *Conversation, now time.Time) {
	agent, _ := assistAgent(c)
	if agent == nil {
		return
	}
	topic := assistTopicOf(c)
	for _, s := range c.Summaries {
		if s.CommunicationID == "" {
			continue
		}
		if _, m, err := c.communication(s.CommunicationID); err == nil && m.ended() && s.Text == topic.liveSummary {
			s.Text, s.Resolution, s.Followup, s.DateCreated = topic.summary, topic.resolution, topic.followup, now
		}
	}
	if c.active() || slices.ContainsFunc(c.Summaries, func(s *Summary) bool { return s.CommunicationID == "" }) {
		return
	}
	c.Summaries = append(c.Summaries, &Summary{ID: st.newID(), Text: topic.summary, Reason: topic.reason, Resolution: topic.resolution,
		Followup: topic.followup, Language: "en-US", DateCreated: now, Visibility: "NotPresented", Status: "Unknown"})
}

func getSummaries(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	c.st.generateAssistSummaries(conv, c.now)
	out := assistSummariesOut{Conversation: assistRef(conv.ID, "/api/v2/conversations/"+conv.ID), SessionSummaries: []assistSummaryOut{}}
	for _, s := range conv.Summaries {
		r := c.st.renderAssistSummary(conv, s)
		if s.CommunicationID == "" {
			out.Summary = &r
		} else {
			out.SessionSummaries = append(out.SessionSummaries, r)
		}
	}
	return http.StatusOK, out, nil
}

func (c *call) assistSummary() (*Summary, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return nil, err
	}
	for _, s := range conv.Summaries {
		if s.ID == c.path("summaryId") {
			return s, nil
		}
	}
	return nil, notFound("summary", c.path("summaryId"))
}

func patchSummaryEngagements(c *call) (int, any, error) {
	var body struct {
		Visibility string `json:"visibility"`
		Status     string `json:"status"`
	}
	if err := c.decodeOptional(&body); err != nil {
		return 0, nil, err
	}
	if body.Visibility != "" && !slices.Contains(summaryVisibilities, body.Visibility) {
		return 0, nil, badRequest("visibility", "visibility %q is not one of %s.", body.Visibility, strings.Join(summaryVisibilities, ", "))
	}
	if body.Status != "" && !slices.Contains(summaryStatuses, body.Status) {
		return 0, nil, badRequest("status", "status %q is not one of %s.", body.Status, strings.Join(summaryStatuses, ", "))
	}
	s, err := c.assistSummary()
	if err != nil {
		return 0, nil, err
	}
	if body.Visibility != "" {
		s.Visibility = body.Visibility
	}
	if body.Status != "" {
		s.Status = body.Status
	}
	return http.StatusOK, nil, nil
}

type assistSummaryFeedbackIn struct {
	Rating  string  `json:"rating"`
	Summary *string `json:"summary"`
}

func (b assistSummaryFeedbackIn) validate() error {
	if b.Rating != "" && !slices.Contains(summaryRatings, b.Rating) {
		return badRequest("rating", "rating %q is not one of %s.", b.Rating, strings.Join(summaryRatings, ", "))
	}
	return nil
}

// patchSummaryFeedback changes feedback the agent already gave.
func patchSummaryFeedback(c *call) (int, any, error) {
	var body assistSummaryFeedbackIn
	if err := c.decodeOptional(&body); err != nil {
		return 0, nil, err
	}
	if err := body.validate(); err != nil {
		return 0, nil, err
	}
	s, err := c.assistSummary()
	if err != nil {
		return 0, nil, err
	}
	if s.Rating == "" && s.EditedSummary == "" {
		return 0, nil, badRequest("summaryId", "No feedback has been given on summary %s yet; submit it with POST first.", s.ID)
	}
	if body.Rating != "" {
		s.Rating = body.Rating
	}
	if body.Summary != nil {
		if strings.TrimSpace(*body.Summary) == "" {
			return 0, nil, badRequest("summary", "summary cannot be blank.")
		}
		s.EditedSummary = *body.Summary
	}
	return http.StatusOK, nil, nil
}

// postSummaryFeedback records the agent's first feedback on a summary.
func postSummaryFeedback(c *call) (int, any, error) {
	var body assistSummaryFeedbackIn
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	if body.Summary == nil || strings.TrimSpace(*body.Summary) == "" {
		return 0, nil, badRequest("summary", "summary is required: the agent's own text of the summary.")
	}
	if err := body.validate(); err != nil {
		return 0, nil, err
	}
	s, err := c.assistSummary()
	if err != nil {
		return 0, nil, err
	}
	if s.Rating != "" || s.EditedSummary != "" {
		return 0, nil, conflict("Feedback on summary %s was already submitted; change it with PATCH.", s.ID)
	}
	s.EditedSummary = *body.Summary
	s.Rating = body.Rating
	if s.Rating == "" {
		s.Rating = "Unknown"
	}
	return http.StatusOK, nil, nil
}
