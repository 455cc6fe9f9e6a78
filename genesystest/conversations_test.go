package genesystest_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/tools"
)

var conversationSimCases = []simCase{
	{
		tool: "genesys_conversations_get_conversations", user: true,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			entities := body["entities"].([]any)
			require.NotEmpty(t, entities, "user 0 is on a live conversation")
			for _, e := range entities {
				found := false
				for _, p := range e.(map[string]any)["participants"].([]any) {
					if p.(map[string]any)["userId"] == f.org.Users[0].ID {
						found = true
					}
				}
				assert.True(t, found, "every conversation includes the logged-in user")
			}
		},
	},
	{
		name: "get_conversations_filtered", tool: "genesys_conversations_get_conversations", user: true,
		args: func(*testing.T, *fixture) string { return `{"communicationType":"email"}` },
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			for _, e := range decodeBody(t, res)["entities"].([]any) {
				for _, p := range e.(map[string]any)["participants"].([]any) {
					assert.NotContains(t, p.(map[string]any), "calls")
				}
			}
		},
	},
	{
		tool: "genesys_conversations_get_conversation",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "call", true).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.liveConv(t, "call", true)
			body := decodeBody(t, res)
			assert.Equal(t, c.ID, body["id"])
			assert.Len(t, body["participants"], len(c.Participants))
		},
	},
	{
		tool: "genesys_conversations_delete_conversation",
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["id"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			assert.NotNil(t, c.EndTime, "the conversation ended")
			for _, p := range c.Participants {
				assert.NotNil(t, p.EndTime, "participant %s disconnected", p.ID)
			}
		},
	},
	{
		tool: "genesys_conversations_post_conversation_disconnect",
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.liveConv(t, "message", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["id"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			var s string
			require.NoError(t, json.Unmarshal(res.Body, &s))
			assert.NotNil(t, f.conv(t, f.values["id"]).EndTime)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_assign",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", false)
			f.values["id"], f.values["user"] = c.ID, f.org.Users[3].ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "id": f.values["user"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			a := agentOf(f.conv(t, f.values["id"]))
			require.NotNil(t, a)
			assert.Equal(t, f.values["user"], a.UserID)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_barge", user: true,
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["id"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			last := c.Participants[len(c.Participants)-1]
			assert.Equal(t, f.org.Users[0].ID, last.UserID)
			assert.Contains(t, last.MediaRoles, "barge")
			assert.NotEmpty(t, last.BargedParticipantID)
		},
	},
	{
		tool: "genesys_conversations_post_conversation_cobrowse",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "message", true).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.NotEmpty(t, body["joinCode"])
		},
	},
	{
		tool: "genesys_conversations_put_conversation_tags",
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["id"], "externalTag": "crm-4711"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, "crm-4711", f.conv(t, f.values["id"]).ExternalTag)
			assert.JSONEq(t, `"crm-4711"`, string(res.Body))
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_utilizationlabel",
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["id"], "utilizationLabelId": f.org.UtilizationLabels[0].ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Equal(t, f.org.UtilizationLabels[0].ID, f.conv(t, f.values["id"]).UtilizationLabelID)
		},
	},
	{
		tool: "genesys_conversations_get_conversations_emails", user: true,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Contains(t, decodeBody(t, res), "entities")
		},
	},
	{
		tool: "genesys_conversations_get_conversations_email",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "email", true).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			var subject any
			for _, p := range body["participants"].([]any) {
				if s, ok := p.(map[string]any)["subject"]; ok {
					subject = s
				}
			}
			assert.NotEmpty(t, subject)
		},
	},
	{
		tool: "genesys_conversations_get_conversations_messages", user: true,
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.Contains(t, decodeBody(t, res), "entities")
		},
	},
	{
		tool: "genesys_conversations_get_conversations_message",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.liveConv(t, "message", true).ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, f.liveConv(t, "message", true).ID, body["id"])
		},
	},
}
