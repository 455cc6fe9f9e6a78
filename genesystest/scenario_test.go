package genesystest_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// TestScenarioConsultTransferAndWrapup plays a whole call through the
// tools: a customer calls, an agent connects, holds the customer, consults
// a queue, completes the transfer and wraps up with a code and notes; the
// analytics details of the conversation then show its segments and the
// wrap-up.
func TestScenarioConsultTransferAndWrapup(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: simClock}
	srv := genesystest.NewServer(genesystest.Options{Seed: 3, Now: clock.Now, RateLimit: -1})
	defer srv.Close()
	org := srv.Org()
	f := &fixture{srv: srv, org: org}
	set := f.toolSet(t, srv.Token())
	call := func(name string, args map[string]any) map[string]any {
		t.Helper()
		res, err := set.Call(t.Context(), name, json.RawMessage(jsonArgs(args)))
		require.NoError(t, err, name)
		if spec, _ := tools.Lookup(name); spec.UntrustedOutput {
			res = unwrapUntrusted(t, res)
		}
		var out map[string]any
		_ = json.Unmarshal(res.Body, &out)
		return out
	}

	// A customer calls the first queue.
	sales, support := org.Queues[0], org.Queues[1]
	customer := org.ExternalContacts[4]
	convID, err := srv.InboundCall(sales.ID, customer.CellPhone)
	require.NoError(t, err)

	// An agent of that queue connects.
	clock.Advance(20 * time.Second)
	agentUser := sales.MemberIDs[0]
	call("genesys_conversations_post_conversation_assign", map[string]any{"conversationId": convID, "id": agentUser})
	conv := f.conv(t, convID)
	agent, cust := agentOf(conv), customerOf(conv)
	require.NotNil(t, agent)
	assert.Equal(t, agentUser, agent.UserID)

	// The agent holds the customer.
	clock.Advance(60 * time.Second)
	call("genesys_conversations_patch_call_participant", map[string]any{"conversationId": convID, "participantId": cust.ID, "held": true})
	conv = f.conv(t, convID)
	assert.True(t, participantByID(t, conv, cust.ID).Communications[0].Held)

	// ...and consults the support queue.
	clock.Advance(10 * time.Second)
	consult := call("genesys_conversations_post_call_participant_consult_queue", map[string]any{
		"conversationId": convID, "participantId": cust.ID, "speakTo": "DESTINATION", "queueId": support.ID,
	})
	destID, _ := consult["destinationParticipantId"].(string)
	require.NotEmpty(t, destID)
	conv = f.conv(t, convID)
	dest := participantByID(t, conv, destID)
	assert.Equal(t, support.ID, dest.QueueID)
	assert.Equal(t, destID, participantByID(t, conv, cust.ID).ConsultParticipantID)

	// The agent completes the transfer by leaving the call.
	clock.Advance(45 * time.Second)
	call("genesys_conversations_patch_call_participant", map[string]any{"conversationId": convID, "participantId": agent.ID, "state": "disconnected"})
	conv = f.conv(t, convID)
	assert.Nil(t, conv.EndTime, "the customer stays, now with the support queue")
	assert.NotNil(t, participantByID(t, conv, agent.ID).EndTime)
	assert.Nil(t, participantByID(t, conv, destID).EndTime)
	require.NotEmpty(t, conv.Transfers)
	assert.Equal(t, "Complete", conv.Transfers[len(conv.Transfers)-1].State)
	assert.True(t, participantByID(t, conv, agent.ID).WrapupRequired)

	// The agent wraps up with a code of the queue and notes.
	clock.Advance(30 * time.Second)
	codes := callArray(t, set, "genesys_conversations_get_call_participant_wrapupcodes", map[string]any{"conversationId": convID, "participantId": agent.ID})
	require.NotEmpty(t, codes)
	code := codes[0]["id"].(string)
	commID := participantByID(t, conv, agent.ID).Communications[0].ID
	call("genesys_conversations_post_call_participant_communication_wrapup", map[string]any{
		"conversationId": convID, "participantId": agent.ID, "communicationId": commID,
		"code": code, "notes": "Customer moved to support for a router fault.",
	})
	wrap := call("genesys_conversations_get_call_participant_wrapup", map[string]any{"conversationId": convID, "participantId": agent.ID})
	assert.Equal(t, code, wrap["code"])
	assert.Equal(t, "Customer moved to support for a router fault.", wrap["notes"])

	// Analytics shows the segments and the wrap-up.
	details := call("genesys_conversations_get_analytics_conversation_details", map[string]any{"conversationId": convID})
	assert.Equal(t, convID, details["conversationId"])
	var segTypes []string
	var wrapSeg map[string]any
	purposes := map[string]bool{}
	for _, p := range details["participants"].([]any) {
		pm := p.(map[string]any)
		purposes[pm["purpose"].(string)] = true
		for _, s := range pm["sessions"].([]any) {
			for _, sg := range s.(map[string]any)["segments"].([]any) {
				sgm := sg.(map[string]any)
				segTypes = append(segTypes, sgm["segmentType"].(string))
				if sgm["segmentType"] == "wrapup" && pm["userId"] == agentUser {
					wrapSeg = sgm
				}
			}
		}
	}
	for _, want := range []string{"interact", "hold", "wrapup"} {
		assert.True(t, slices.Contains(segTypes, want), "segment %s in %v", want, segTypes)
	}
	assert.True(t, purposes["customer"] && purposes["agent"] && purposes["acd"], "purposes %v", purposes)
	require.NotNil(t, wrapSeg, "the agent's wrap-up segment")
	assert.Equal(t, code, wrapSeg["wrapUpCode"])
	assert.Equal(t, "Customer moved to support for a router fault.", wrapSeg["wrapUpNote"])
}

func callArray(t *testing.T, set *tools.Set, name string, args map[string]any) []map[string]any {
	t.Helper()
	res, err := set.Call(t.Context(), name, json.RawMessage(jsonArgs(args)))
	require.NoError(t, err, name)
	var out []map[string]any
	require.NoError(t, json.Unmarshal(res.Body, &out), "%s", res.Body)
	return out
}
