package genesystest_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// checklistOf returns the conversation's checklist with the given name.
func checklistOf(t *testing.T, c genesystest.Conversation, name string) *genesystest.Checklist {
	t.Helper()
	return mustFind(t, c.Checklists, func(cl *genesystest.Checklist) bool { return cl.Name == name }, "conversation %s has no checklist %q", c.ID, name)
}

const (
	greetingChecklist = "Greeting and verification"
	refundChecklist   = "Refund request handling"
)

// checklistArgs names a checklist of the live call's agent communication
// and remembers the ids in f.values.
func checklistArgs(t *testing.T, f *fixture, name string, extra map[string]any) map[string]any {
	t.Helper()
	c := f.liveConv(t, "call", true)
	cl := checklistOf(t, c, name)
	f.values["conv"], f.values["comm"], f.values["cl"] = c.ID, cl.CommunicationID, cl.ID
	args := map[string]any{"conversationId": c.ID, "communicationId": cl.CommunicationID, "agentChecklistId": cl.ID}
	for k, v := range extra {
		args[k] = v
	}
	return args
}

func checklistState(t *testing.T, f *fixture) *genesystest.Checklist {
	t.Helper()
	return mustFind(t, f.conv(t, f.values["conv"]).Checklists, func(cl *genesystest.Checklist) bool { return cl.ID == f.values["cl"] }, "checklist %s gone", f.values["cl"])
}

// agentTurns is what the agent said on the call, for inference jobs.
var agentTurns = []map[string]any{
	{"id": "t1", "participant": "Internal", "text": "Thanks for calling Acme, my name is Sam. How can I help?"},
	{"id": "t2", "participant": "External", "text": "Hi, my order still hasn't arrived and the tracking hasn't moved."},
	{"id": "t3", "participant": "Internal", "text": "Sorry to hear that. Before I look, can you confirm your date of birth and postcode?"},
	{"id": "t4", "participant": "External", "text": "Sure, it's the 4th of March 1986, and the postcode is SW1A 2AA."},
}

var checklistSimCases = []simCase{
	{
		tool: "genesys_conversations_get_conversation_communication_agentchecklists",
		args: func(t *testing.T, f *fixture) string {
			a := checklistArgs(t, f, greetingChecklist, nil)
			delete(a, "agentChecklistId")
			return jsonArgs(a)
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			ents := entitiesOf(t, decodeBody(t, res))
			require.Len(t, ents, 1, "only the activated checklist is listed")
			e := ents[0]
			assert.Equal(t, f.values["cl"], e["id"])
			assert.Equal(t, greetingChecklist, e["name"])
			assert.Equal(t, "EvaluationInProgress", e["status"])
			assert.Equal(t, "Voice", e["mediaType"])
			items := e["checklistItems"].([]any)
			require.Len(t, items, 5)
			assert.Equal(t, "Ticked", items[0].(map[string]any)["stateFromModel"], "the model heard the greeting")
			assert.Equal(t, "Unticked", items[1].(map[string]any)["stateFromModel"])
			trig := e["activationTriggers"].([]any)[0].(map[string]any)
			assert.Equal(t, "ConversationStart", trig["triggerType"])
		},
	},
	{
		tool: "genesys_conversations_get_conversation_communication_agentchecklist",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(checklistArgs(t, f, greetingChecklist, nil))
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			cl := checklistState(t, f)
			body := decodeBody(t, res)
			assert.Equal(t, cl.ID, body["id"])
			assert.Equal(t, "en-US", body["language"])
			assert.Equal(t, cl.AgentID, body["agentId"])
			items := body["checklistItems"].([]any)
			require.Len(t, items, len(cl.Items))
			for i, it := range items {
				assert.Equal(t, cl.Items[i].ID, it.(map[string]any)["id"])
				assert.Equal(t, cl.Items[i].Important, it.(map[string]any)["important"])
			}
		},
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(checklistArgs(t, f, refundChecklist, map[string]any{
				"activationTriggerType": "Intent", "intentName": "Refund request", "language": "en-GB",
			}))
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, f.values["cl"], body["id"])
			assert.Equal(t, "EvaluationStarted", body["status"])
			trig := body["activationTriggers"].([]any)[0].(map[string]any)
			assert.Equal(t, "Intent", trig["triggerType"])
			assert.Equal(t, "Refund request", trig["intentName"])
			cl := checklistState(t, f)
			assert.True(t, cl.Activated)
			assert.Equal(t, "Active", cl.Status)
			assert.Equal(t, "en-GB", cl.Language)
			assert.Equal(t, f.now, cl.LastModified)
			list := callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklists",
				map[string]any{"conversationId": f.values["conv"], "communicationId": f.values["comm"]})
			assert.Len(t, entitiesOf(t, list), 2, "the activated checklist is now listed")
		},
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist_agentaction",
		args: func(t *testing.T, f *fixture) string {
			a := checklistArgs(t, f, greetingChecklist, nil)
			cl := checklistOf(t, f.liveConv(t, "call", true), greetingChecklist)
			f.values["item"] = cl.Items[1].ID
			a["checklistItems"] = []map[string]any{{"id": cl.Items[1].ID, "name": cl.Items[1].Name, "agentAction": "Ticked"}}
			return jsonArgs(a)
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			items := body["checklistItems"].([]any)
			assert.Equal(t, "Ticked", items[1].(map[string]any)["stateFromAgent"])
			cl := checklistState(t, f)
			for _, it := range cl.Items {
				assert.Equal(t, it.ID == f.values["item"], it.AgentTicked, "item %s", it.Name)
			}
			assert.Equal(t, "Active", cl.Status)
			assert.Equal(t, f.now, cl.LastModified)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklist_jobs",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(checklistArgs(t, f, greetingChecklist, map[string]any{"conversationContext": agentTurns}))
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			id, _ := decodeBody(t, res)["jobId"].(string)
			require.NotEmpty(t, id)
			c := f.conv(t, f.values["conv"])
			require.Len(t, c.ChecklistJobs, 1)
			job := c.ChecklistJobs[0]
			assert.Equal(t, id, job.ID)
			assert.Equal(t, "Pending", job.Status)
			assert.Equal(t, f.values["cl"], job.ChecklistID)
			assert.Len(t, job.Context, len(agentTurns))
			assert.False(t, checklistState(t, f).Items[1].ModelTicked, "nothing evaluated yet")
		},
	},
	{
		tool: "genesys_conversations_get_conversation_communication_agentchecklist_job",
		args: func(t *testing.T, f *fixture) string {
			a := checklistArgs(t, f, greetingChecklist, nil)
			job := callTool(t, f, "genesys_conversations_post_conversation_communication_agentchecklist_jobs",
				map[string]any{"conversationId": a["conversationId"], "communicationId": a["communicationId"], "agentChecklistId": a["agentChecklistId"], "conversationContext": agentTurns})
			a["jobId"] = job["jobId"]
			first := callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklist_job", a)
			assert.Equal(t, "Processing", first["status"], "first poll: still running")
			assert.NotContains(t, first, "agentChecklistInfo")
			return jsonArgs(a)
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, "Complete", body["status"])
			info := body["agentChecklistInfo"].(map[string]any)
			states := map[string]string{}
			for _, it := range info["checklistItems"].([]any) {
				states[it.(map[string]any)["name"].(string)] = it.(map[string]any)["stateFromModel"].(string)
			}
			assert.Equal(t, map[string]string{
				"Greet the customer": "Ticked", "Verify the customer's identity": "Ticked", "Confirm the reason for contact": "Unticked",
				"Offer further help": "Unticked", "Close politely": "Unticked",
			}, states)
			cl := checklistState(t, f)
			assert.True(t, cl.Items[1].ModelTicked, "the model's ticks are stored")
			assert.False(t, cl.Items[3].ModelTicked)
			job := f.conv(t, f.values["conv"]).ChecklistJobs[0]
			assert.Equal(t, "Complete", job.Status)
			assert.Equal(t, 2, job.Polls)
			require.NotNil(t, job.Ended)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_communication_agentchecklists_finalize",
		args: func(t *testing.T, f *fixture) string {
			a := checklistArgs(t, f, greetingChecklist, map[string]any{"exitReason": "Customer hung up"})
			delete(a, "agentChecklistId")
			return jsonArgs(a)
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			ents := entitiesOf(t, decodeBody(t, res))
			require.Len(t, ents, 1)
			assert.Equal(t, "EvaluationFinalized", ents[0]["status"])
			assert.Equal(t, "Customer hung up", ents[0]["exitReason"])
			c := f.conv(t, f.values["conv"])
			cl := checklistOf(t, c, greetingChecklist)
			assert.Equal(t, "Finalized", cl.Status)
			assert.Equal(t, "Customer hung up", cl.ExitReason)
			require.NotNil(t, cl.FinalizedAt)
			assert.Equal(t, f.now, *cl.FinalizedAt)
			refund := checklistOf(t, c, refundChecklist)
			assert.Equal(t, "Inactive", refund.Status, "checklists never activated stay as they were")
			assert.Nil(t, refund.FinalizedAt)
		},
	},
	{
		name: "get_conversation_communication_agentchecklists_past", tool: "genesys_get_conversation_communication_agentchecklists",
		args: func(t *testing.T, f *fixture) string {
			c := f.pastConv(t, "call")
			return jsonArgs(map[string]any{"conversationId": c.ID, "communicationId": agentComm(t, c).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			ents := entitiesOf(t, decodeBody(t, res))
			require.Len(t, ents, 1)
			assert.Equal(t, "EvaluationFinalized", ents[0]["status"])
			assert.NotEmpty(t, ents[0]["evaluationFinalizedDate"])
		},
	},
}

func TestChecklistErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.liveConv(t, "call", true)
	greet := checklistOf(t, c, greetingChecklist)
	refund := checklistOf(t, c, refundChecklist)
	base := "/api/v2/conversations/" + c.ID + "/communications/" + greet.CommunicationID + "/agentchecklists"
	ids := map[string]any{"conversationId": c.ID, "communicationId": greet.CommunicationID, "agentChecklistId": greet.ID}
	with := func(extra map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range ids {
			out[k] = v
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}

	t.Run("unknown ids", func(t *testing.T) {
		for _, tc := range []struct {
			tool string
			args map[string]any
		}{
			{"genesys_conversations_get_conversation_communication_agentchecklists", map[string]any{"conversationId": "nope", "communicationId": greet.CommunicationID}},
			{"genesys_conversations_get_conversation_communication_agentchecklists", map[string]any{"conversationId": c.ID, "communicationId": "nope"}},
			{"genesys_conversations_get_conversation_communication_agentchecklist", with(map[string]any{"agentChecklistId": "nope"})},
			{"genesys_conversations_get_conversation_communication_agentchecklist", with(map[string]any{"agentChecklistId": refund.ID})},
			{"genesys_conversations_get_conversation_communication_agentchecklist_job", with(map[string]any{"jobId": "nope"})},
			{"genesys_conversations_post_conversation_communication_agentchecklist", with(map[string]any{"agentChecklistId": "nope", "activationTriggerType": "Intent", "language": "en-US"})},
			{"genesys_conversations_post_conversation_communication_agentchecklist", with(map[string]any{"activationTriggerType": "ConversationStart", "language": "en-US", "queueId": "nope"})},
			{"genesys_conversations_post_conversation_communication_agentchecklist_jobs", with(map[string]any{"agentChecklistId": "nope", "conversationContext": agentTurns})},
			{"genesys_conversations_post_conversation_communication_agentchecklists_finalize", map[string]any{"conversationId": c.ID, "communicationId": "nope", "exitReason": "done"}},
		} {
			ae := toolAPIError(t, f.set, tc.tool, tc.args)
			assert.Equal(t, http.StatusNotFound, ae.Status, "%s %v", tc.tool, tc.args)
			assert.Equal(t, "not.found", ae.Code)
		}
	})

	t.Run("bad bodies", func(t *testing.T) {
		itemID := greet.Items[0].ID
		for _, tc := range []struct {
			path, body, field string
		}{
			{"/" + greet.ID, `{"language":"en-US"}`, "activationTriggerType"},
			{"/" + greet.ID, `{"activationTriggerType":"Manual","language":"en-US"}`, "activationTriggerType"},
			{"/" + greet.ID, `{"activationTriggerType":"ConversationStart"}`, "language"},
			{"/" + greet.ID, `{"activationTriggerType":"ConversationStart","language":"en-US","mediaType":"Fax"}`, "mediaType"},
			{"/" + greet.ID, `{"activationTriggerType":"Intent","language":"en-US"}`, "activationTriggerType"},
			{"/" + greet.ID, `{"activationTriggerType":"ConversationStart","language":"en-US","bogus":true}`, "bogus"},
			{"/" + greet.ID + "/agentaction", `{"checklistItems":[]}`, "checklistItems"},
			{"/" + greet.ID + "/agentaction", `{"checklistItems":[{"id":"nope","name":"x","agentAction":"Ticked"}]}`, "checklistItems.id"},
			{"/" + greet.ID + "/agentaction", `{"checklistItems":[{"id":"` + itemID + `","name":"x","agentAction":"Crossed"}]}`, "checklistItems.agentAction"},
			{"/" + greet.ID + "/agentaction", `{"afterCallWork":"yes","checklistItems":[]}`, "afterCallWork"},
			{"/" + greet.ID + "/jobs", `{"conversationContext":[]}`, "conversationContext"},
			{"/" + greet.ID + "/jobs", `{"conversationContext":[{"id":"1","participant":"Bot","text":"hi"}]}`, "conversationContext.participant"},
			{"/finalize", `{}`, "exitReason"},
		} {
			status, body := rawCall(t, f, "POST", base+tc.path, "", tc.body)
			assert.Equal(t, http.StatusBadRequest, status, "%s %s", tc.path, tc.body)
			assert.Equal(t, tc.field, fieldOf(body), "%s %s", tc.path, tc.body)
		}
		cl := checklistOf(t, f.conv(t, c.ID), greetingChecklist)
		assert.False(t, cl.Items[0].AgentTicked, "nothing changed")
		assert.Empty(t, f.conv(t, c.ID).ChecklistJobs)
	})

	t.Run("after finalizing", func(t *testing.T) {
		job := callTool(t, f, "genesys_conversations_post_conversation_communication_agentchecklist_jobs", with(map[string]any{"conversationContext": agentTurns}))
		callTool(t, f, "genesys_conversations_post_conversation_communication_agentchecklists_finalize",
			map[string]any{"conversationId": c.ID, "communicationId": greet.CommunicationID, "exitReason": "Agent disconnected"})

		// Finalizing again, activating, or starting jobs is refused.
		ae := toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_agentchecklists_finalize",
			map[string]any{"conversationId": c.ID, "communicationId": greet.CommunicationID, "exitReason": "again"})
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_agentchecklist_jobs", with(map[string]any{"conversationContext": agentTurns}))
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_agentchecklist", with(map[string]any{"activationTriggerType": "ConversationStart", "language": "en-US"}))
		assert.Equal(t, http.StatusBadRequest, ae.Status)

		// The job started before finalizing ends in error.
		poll := with(map[string]any{"jobId": job["jobId"]})
		callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklist_job", poll)
		done := callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklist_job", poll)
		assert.Equal(t, "Error", done["status"])
		assert.NotEmpty(t, done["error"])

		// Ticking needs after-call work now, which marks the checklist.
		tick := with(map[string]any{"checklistItems": []map[string]any{{"id": greet.Items[4].ID, "name": greet.Items[4].Name, "agentAction": "Ticked"}}})
		ae = toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_agentchecklist_agentaction", tick)
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.False(t, checklistOf(t, f.conv(t, c.ID), greetingChecklist).Items[4].AgentTicked)
		tick["afterCallWork"] = true
		body := callTool(t, f, "genesys_conversations_post_conversation_communication_agentchecklist_agentaction", tick)
		assert.Equal(t, "EvaluationFinalizedWithAcw", body["status"])
		assert.NotEmpty(t, body["evaluationFinalizedWithAcwDate"])
		cl := checklistOf(t, f.conv(t, c.ID), greetingChecklist)
		assert.True(t, cl.Items[4].AgentTicked)
		assert.Equal(t, "FinalizedWithAcw", cl.Status)
	})

	t.Run("activation on an ended conversation", func(t *testing.T) {
		m := f.liveConv(t, "message", true)
		cl := checklistOf(t, m, refundChecklist)
		callTool(t, f, "genesys_conversations_post_conversation_disconnect", map[string]any{"conversationId": m.ID})
		ae := toolAPIError(t, f.set, "genesys_conversations_post_conversation_communication_agentchecklist", map[string]any{
			"conversationId": m.ID, "communicationId": cl.CommunicationID, "agentChecklistId": cl.ID,
			"activationTriggerType": "Intent", "language": "en-US",
		})
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.False(t, checklistOf(t, f.conv(t, m.ID), refundChecklist).Activated)
	})
}

func TestChecklistsFollowNewAgent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.liveConv(t, "message", true)
	before := agentOf(c)
	var next genesystest.User
	for _, u := range f.org.Users {
		if u.ID != before.UserID {
			next = u
			break
		}
	}
	callTool(t, f, "genesys_conversations_post_conversation_assign", map[string]any{"conversationId": c.ID, "id": next.ID})
	a := agentOf(f.conv(t, c.ID))
	require.Equal(t, next.ID, a.UserID)
	comm := a.Communications[0].ID

	list := callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklists", map[string]any{"conversationId": c.ID, "communicationId": comm})
	ents := entitiesOf(t, list)
	require.Len(t, ents, 1, "the conversation-start checklist activates for the new agent")
	assert.Equal(t, greetingChecklist, ents[0]["name"])
	assert.Equal(t, "EvaluationStarted", ents[0]["status"])
	assert.Equal(t, next.ID, ents[0]["agentId"])

	var mine int
	for _, cl := range f.conv(t, c.ID).Checklists {
		if cl.CommunicationID == comm {
			mine++
		}
	}
	assert.Equal(t, 2, mine, "both checklists attached, the intent one inactive")
	again := callTool(t, f, "genesys_conversations_get_conversation_communication_agentchecklists", map[string]any{"conversationId": c.ID, "communicationId": comm})
	assert.Equal(t, ents[0]["id"], entitiesOf(t, again)[0]["id"], "attached once")
}
