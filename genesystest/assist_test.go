package genesystest_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// ---- assist fixtures ---------------------------------------------------------

func suggestionOfType(t *testing.T, c genesystest.Conversation, typ string) *genesystest.Suggestion {
	t.Helper()
	return mustFind(t, c.Suggestions, func(s *genesystest.Suggestion) bool { return s.Type == typ }, "conversation %s has no %s suggestion", c.ID, typ)
}

func suggestionByID(t *testing.T, c genesystest.Conversation, id string) *genesystest.Suggestion {
	t.Helper()
	return mustFind(t, c.Suggestions, func(s *genesystest.Suggestion) bool { return s.ID == id }, "conversation %s has no suggestion %s", c.ID, id)
}

func summaryByID(t *testing.T, c genesystest.Conversation, id string) *genesystest.Summary {
	t.Helper()
	return mustFind(t, c.Summaries, func(s *genesystest.Summary) bool { return s.ID == id }, "conversation %s has no summary %s", c.ID, id)
}

// pastSummary finds an ended conversation with a session summary whose
// feedback state matches withFeedback.
func pastSummary(t *testing.T, f *fixture, withFeedback bool) (genesystest.Conversation, *genesystest.Summary) {
	t.Helper()
	for _, c := range f.srv.Conversations() {
		if c.EndTime == nil {
			continue
		}
		for _, s := range c.Summaries {
			if s.CommunicationID != "" && (s.Rating != "" || s.EditedSummary != "") == withFeedback {
				return c, s
			}
		}
	}
	t.Fatalf("no past session summary (feedback %v)", withFeedback)
	return genesystest.Conversation{}, nil
}

func entitiesOf(t *testing.T, body map[string]any) []map[string]any {
	t.Helper()
	raw, ok := body["entities"].([]any)
	require.True(t, ok, "entities in %v", body)
	out := make([]map[string]any, len(raw))
	for i, e := range raw {
		out[i] = e.(map[string]any)
	}
	return out
}

var assistSimCases = []simCase{
	{
		tool: "genesys_conversations_get_conversation_suggestions",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "call", true).ID, "pageSize": "2"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.liveConv(t, "call", true)
			body := decodeBody(t, res)
			ents := entitiesOf(t, body)
			require.Len(t, ents, 2)
			assert.Equal(t, c.Suggestions[0].ID, ents[0]["id"])
			assert.Equal(t, c.Suggestions[1].ID, ents[1]["id"])
			require.Contains(t, body, "nextUri", "more suggestions follow")
			assert.NotContains(t, body, "previousUri", "first page")
			next, err := url.Parse(body["nextUri"].(string))
			require.NoError(t, err)
			assert.Equal(t, "2", next.Query().Get("pageSize"))
			assert.NotEmpty(t, next.Query().Get("after"))
		},
	},
	{
		name: "get_conversation_suggestions_next_page", tool: "genesys_get_conversation_suggestions",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			first := callTool(t, f, "genesys_conversations_get_conversation_suggestions", map[string]any{"conversationId": c.ID, "pageSize": "2"})
			next, err := url.Parse(first["nextUri"].(string))
			require.NoError(t, err)
			return jsonArgs(map[string]any{"conversationId": c.ID, "pageSize": "2", "after": next.Query().Get("after")})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.liveConv(t, "call", true)
			body := decodeBody(t, res)
			ents := entitiesOf(t, body)
			require.Len(t, ents, 2)
			assert.Equal(t, c.Suggestions[2].ID, ents[0]["id"], "the page after the first two")
			assert.Contains(t, body, "previousUri")
		},
	},
	{
		name: "get_conversation_suggestions_filtered", tool: "genesys_conversations_get_conversation_suggestions",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "message", true).ID, "state": "Suggested", "type": "KnowledgeArticle"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			ents := entitiesOf(t, decodeBody(t, res))
			require.Len(t, ents, 1)
			assert.Equal(t, "KnowledgeArticle", ents[0]["type"])
			assert.Equal(t, "Suggested", ents[0]["state"])
			assert.Contains(t, ents[0], "knowledgeArticle")
		},
	},
	{
		tool: "genesys_conversations_get_conversation_suggestion",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			return jsonArgs(map[string]any{"conversationId": c.ID, "suggestionId": suggestionOfType(t, c, "Faq").ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.liveConv(t, "message", true)
			s := suggestionOfType(t, c, "Faq")
			body := decodeBody(t, res)
			assert.Equal(t, s.ID, body["id"])
			assert.Equal(t, "Suggested", body["state"])
			faq := body["faq"].(map[string]any)
			assert.Equal(t, s.Question, faq["question"])
			assert.Equal(t, s.Answer, faq["answer"])
			ctx := body["context"].(map[string]any)
			assert.Equal(t, "Message", ctx["mediaType"])
			assert.Equal(t, agentOf(c).UserID, ctx["user"].(map[string]any)["id"])
		},
	},
	{
		tool: "genesys_conversations_post_conversation_suggestion_engagement",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["sg"] = c.ID, suggestionOfType(t, c, "Faq").ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "suggestionId": f.values["sg"], "engagementType": "Copied"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.JSONEq(t, `{"engagementType":"Copied"}`, string(res.Body))
			c := f.conv(t, f.values["conv"])
			s := suggestionByID(t, c, f.values["sg"])
			assert.Equal(t, "Accepted", s.State, "copying accepts the suggestion")
			require.Len(t, s.Engagements, 1)
			assert.Equal(t, "Copied", s.Engagements[0].Type)
			assert.Equal(t, f.now, s.Engagements[0].Time)
			for _, o := range c.Suggestions {
				if o.ID != s.ID && o.Type == "KnowledgeArticle" {
					assert.Equal(t, "Suggested", o.State, "other suggestions unchanged")
				}
			}
		},
	},
	{
		name: "post_conversation_suggestion_engagement_feedback", tool: "genesys_post_conversation_suggestion_engagement",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "message", true)
			f.values["conv"], f.values["sg"] = c.ID, suggestionOfType(t, c, "KnowledgeArticle").ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "suggestionId": f.values["sg"], "engagementType": "Feedback", "feedback": map[string]any{"rating": "Negative"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.JSONEq(t, `{"engagementType":"Feedback","feedback":{"rating":"Negative"}}`, string(res.Body))
			s := suggestionByID(t, f.conv(t, f.values["conv"]), f.values["sg"])
			assert.Equal(t, "Rated", s.State)
			require.Len(t, s.Engagements, 1)
			assert.Equal(t, "Negative", s.Engagements[0].Rating)
		},
	},
	{
		tool: "genesys_conversations_get_conversation_summaries",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.pastConv(t, "call").ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.pastConv(t, "call")
			body := decodeBody(t, res)
			assert.Equal(t, c.ID, body["conversation"].(map[string]any)["id"])
			sum := body["summary"].(map[string]any)
			assert.Equal(t, "Completed", sum["status"])
			assert.Equal(t, "Call", sum["mediaType"])
			assert.NotEmpty(t, sum["text"])
			sessions := body["sessionSummaries"].([]any)
			require.Len(t, sessions, 1)
			sess := sessions[0].(map[string]any)
			assert.Equal(t, agentComm(t, c).ID, sess["communication"].(map[string]any)["id"])
			assert.NotEmpty(t, sess["predictedWrapupCodes"])
		},
	},
	{
		name: "get_conversation_summaries_live", tool: "genesys_get_conversation_summaries",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "message", true).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.NotContains(t, body, "summary", "no conversation summary before the end")
			sessions := body["sessionSummaries"].([]any)
			require.Len(t, sessions, 1)
			assert.Contains(t, sessions[0].(map[string]any)["text"], "The agent is")
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_summary_engagements",
		args: func(t *testing.T, f *fixture) string {
			c, s := pastSummary(t, f, false)
			f.values["conv"], f.values["sum"] = c.ID, s.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "summaryId": s.ID, "visibility": "Presented", "status": "Copied"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			s := summaryByID(t, f.conv(t, f.values["conv"]), f.values["sum"])
			assert.Equal(t, "Presented", s.Visibility)
			assert.Equal(t, "Copied", s.Status)
			assert.Empty(t, s.Rating, "engagements leave feedback alone")
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_summary_feedback",
		args: func(t *testing.T, f *fixture) string {
			c, s := pastSummary(t, f, true)
			f.values["conv"], f.values["sum"], f.values["edited"] = c.ID, s.ID, s.EditedSummary
			return jsonArgs(map[string]any{"conversationId": c.ID, "summaryId": s.ID, "rating": "Negative"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			s := summaryByID(t, f.conv(t, f.values["conv"]), f.values["sum"])
			assert.Equal(t, "Negative", s.Rating)
			assert.Equal(t, f.values["edited"], s.EditedSummary, "summary text kept when not sent")
		},
	},
	{
		tool: "genesys_conversations_post_conversation_summary_feedback",
		args: func(t *testing.T, f *fixture) string {
			c, s := pastSummary(t, f, false)
			f.values["conv"], f.values["sum"] = c.ID, s.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "summaryId": s.ID, "rating": "Positive",
				"summary": "Agent explained the issue and the next steps; the customer agreed and needs no further contact."})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			s := summaryByID(t, c, f.values["sum"])
			assert.Equal(t, "Positive", s.Rating)
			assert.Equal(t, "Agent explained the issue and the next steps; the customer agreed and needs no further contact.", s.EditedSummary)
			body := callTool(t, f, "genesys_conversations_get_conversation_summaries", map[string]any{"conversationId": c.ID})
			found := false
			for _, x := range body["sessionSummaries"].([]any) {
				if x.(map[string]any)["id"] == s.ID {
					found = true
					assert.Equal(t, s.EditedSummary, x.(map[string]any)["editedSummary"].(map[string]any)["text"])
				}
			}
			assert.True(t, found, "the edited summary shows in the summaries")
		},
	},
}

// agentComm returns the agent's communication of the conversation's media.
func agentComm(t *testing.T, c genesystest.Conversation) *genesystest.Communication {
	t.Helper()
	for i := len(c.Participants) - 1; i >= 0; i-- {
		p := c.Participants[i]
		if p.Purpose != "agent" {
			continue
		}
		for _, m := range p.Communications {
			if m.MediaType == c.MediaType {
				return m
			}
		}
	}
	t.Fatalf("conversation %s has no agent communication", c.ID)
	return nil
}

func TestAssistErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	live := f.liveConv(t, "call", true)
	sg := suggestionOfType(t, live, "Faq")
	past, sum := pastSummary(t, f, false)

	t.Run("unknown ids", func(t *testing.T) {
		for _, tc := range []struct {
			tool string
			args map[string]any
		}{
			{"genesys_conversations_get_conversation_suggestions", map[string]any{"conversationId": "00000000-0000-4000-8000-000000000000"}},
			{"genesys_conversations_get_conversation_suggestion", map[string]any{"conversationId": live.ID, "suggestionId": "nope"}},
			{"genesys_conversations_post_conversation_suggestion_engagement", map[string]any{"conversationId": live.ID, "suggestionId": "nope", "engagementType": "Opened"}},
			{"genesys_conversations_get_conversation_summaries", map[string]any{"conversationId": "nope"}},
			{"genesys_conversations_patch_conversation_summary_engagements", map[string]any{"conversationId": past.ID, "summaryId": "nope", "visibility": "Presented"}},
			{"genesys_conversations_patch_conversation_summary_feedback", map[string]any{"conversationId": past.ID, "summaryId": "nope", "rating": "Positive"}},
			{"genesys_conversations_post_conversation_summary_feedback", map[string]any{"conversationId": past.ID, "summaryId": "nope", "summary": "x"}},
		} {
			ae := toolAPIError(t, f.set, tc.tool, tc.args)
			assert.Equal(t, http.StatusNotFound, ae.Status, tc.tool)
			assert.Equal(t, "not.found", ae.Code, tc.tool)
		}
	})

	t.Run("bad bodies and queries", func(t *testing.T) {
		sgPath := "/api/v2/conversations/" + live.ID + "/suggestions/" + sg.ID + "/engagement"
		sumPath := "/api/v2/conversations/" + past.ID + "/summaries/" + sum.ID
		for _, tc := range []struct {
			method, path, body, field string
		}{
			{"POST", sgPath, `{}`, "engagementType"},
			{"POST", sgPath, `{"engagementType":"Liked"}`, "engagementType"},
			{"POST", sgPath, `{"engagementType":"Feedback"}`, "feedback"},
			{"POST", sgPath, `{"engagementType":"Feedback","feedback":{"rating":"Meh"}}`, "feedback.rating"},
			{"POST", sgPath, `{"engagementType":"Opened","feedback":{"rating":"Positive"}}`, "feedback"},
			{"POST", sgPath, `{"engagementType":3}`, "engagementType"},
			{"POST", sgPath, `{"engagementType":"Opened","extra":1}`, "extra"},
			{"PATCH", sumPath + "/engagements", `{"visibility":"Hidden"}`, "visibility"},
			{"PATCH", sumPath + "/engagements", `{"status":"Pasted"}`, "status"},
			{"POST", sumPath + "/feedback", `{"rating":"Positive"}`, "summary"},
			{"POST", sumPath + "/feedback", `{"summary":"ok","rating":"Great"}`, "rating"},
			{"PATCH", sumPath + "/feedback", `{"rating":"Positive"}`, "summaryId"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?pageSize=abc", "", "pageSize"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?pageSize=500", "", "pageSize"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?type=Poem", "", "type"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?state=Gone", "", "state"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?after=bm9wZQ%3D%3D", "", "after"},
			{"GET", "/api/v2/conversations/" + live.ID + "/suggestions?after=a&before=b", "", "before"},
		} {
			status, body := rawCall(t, f, tc.method, tc.path, "", tc.body)
			assert.Equal(t, http.StatusBadRequest, status, "%s %s %s", tc.method, tc.path, tc.body)
			assert.Equal(t, tc.field, fieldOf(body), "%s %s %s", tc.method, tc.path, tc.body)
		}
		// Nothing changed.
		s := suggestionByID(t, f.conv(t, live.ID), sg.ID)
		assert.Equal(t, "Suggested", s.State)
		assert.Empty(t, s.Engagements)
	})

	t.Run("feedback is submitted once, then changed", func(t *testing.T) {
		args := map[string]any{"conversationId": past.ID, "summaryId": sum.ID, "summary": "First version."}
		callTool(t, f, "genesys_conversations_post_conversation_summary_feedback", args)
		ae := toolAPIError(t, f.set, "genesys_conversations_post_conversation_summary_feedback", args)
		assert.Equal(t, http.StatusConflict, ae.Status)
		s := summaryByID(t, f.conv(t, past.ID), sum.ID)
		assert.Equal(t, "First version.", s.EditedSummary)
		assert.Equal(t, "Unknown", s.Rating, "no rating given")

		callTool(t, f, "genesys_conversations_patch_conversation_summary_feedback", map[string]any{"conversationId": past.ID, "summaryId": sum.ID, "summary": "Second version."})
		s = summaryByID(t, f.conv(t, past.ID), sum.ID)
		assert.Equal(t, "Second version.", s.EditedSummary)
	})

	t.Run("engagements move the suggestion state", func(t *testing.T) {
		c := f.liveConv(t, "message", true)
		for _, tc := range []struct{ typ, state string }{{"Opened", "Accepted"}, {"Dismissed", "Dismissed"}} {
			s := suggestionOfType(t, c, "KnowledgeSearch")
			callTool(t, f, "genesys_conversations_post_conversation_suggestion_engagement", map[string]any{"conversationId": c.ID, "suggestionId": s.ID, "engagementType": tc.typ})
			assert.Equal(t, tc.state, suggestionByID(t, f.conv(t, c.ID), s.ID).State, tc.typ)
		}
		assert.Len(t, suggestionByID(t, f.conv(t, c.ID), suggestionOfType(t, c, "KnowledgeSearch").ID).Engagements, 2)
	})

	t.Run("summary written when a conversation ends", func(t *testing.T) {
		c := f.liveConv(t, "call", true)
		before := callTool(t, f, "genesys_conversations_get_conversation_summaries", map[string]any{"conversationId": c.ID})
		assert.NotContains(t, before, "summary")
		callTool(t, f, "genesys_conversations_post_conversation_disconnect", map[string]any{"conversationId": c.ID})
		after := callTool(t, f, "genesys_conversations_get_conversation_summaries", map[string]any{"conversationId": c.ID})
		require.Contains(t, after, "summary")
		sum := after["summary"].(map[string]any)
		assert.Equal(t, "Completed", sum["status"])
		assert.NotEmpty(t, sum["text"])
		sess := after["sessionSummaries"].([]any)[0].(map[string]any)
		assert.NotContains(t, sess["text"], "The agent is", "the running session summary is completed")
	})
}

func TestSuggestionCursorPaging(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.liveConv(t, "call", true)
	cursor := func(uri, key string) string {
		u, err := url.Parse(uri)
		require.NoError(t, err)
		return u.Query().Get(key)
	}
	var seen []any
	args := map[string]any{"conversationId": c.ID, "pageSize": "4"}
	var last map[string]any
	for range 5 {
		last = callTool(t, f, "genesys_conversations_get_conversation_suggestions", args)
		for _, e := range entitiesOf(t, last) {
			seen = append(seen, e["id"])
		}
		next, _ := last["nextUri"].(string)
		if next == "" {
			break
		}
		args["after"] = cursor(next, "after")
	}
	require.Len(t, seen, len(c.Suggestions), "every suggestion once")
	for i, s := range c.Suggestions {
		assert.Equal(t, s.ID, seen[i])
	}
	// Back from the last page.
	prev := callTool(t, f, "genesys_conversations_get_conversation_suggestions",
		map[string]any{"conversationId": c.ID, "pageSize": "4", "before": cursor(last["previousUri"].(string), "before")})
	ents := entitiesOf(t, prev)
	require.Len(t, ents, 4)
	assert.Equal(t, c.Suggestions[0].ID, ents[0]["id"])
	assert.NotContains(t, prev, "previousUri", "back at the start")
	assert.Contains(t, prev, "nextUri")
}
