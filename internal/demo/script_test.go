package demo

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// NextStep's plan, run against the simulator as the first user: four tool
// calls, then the answer.
func TestNextStepOnSimulator(t *testing.T) {
	sim := genesystest.NewServer(genesystest.Options{Seed: 1})
	defer sim.Close()
	user := sim.Org().Users[0]
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: sim.URL, HTTPClient: sim.Client(), TokenSource: auth.StaticToken(sim.UserToken(user.ID))})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{Names: ToolNames}})
	require.NoError(t, err)
	require.Len(t, set.Specs(), len(ToolNames))

	var results, called []string
	answer := ""
	for range MaxTurns {
		tool, args, text := NextStep(results)
		if tool == "" {
			answer = text
			break
		}
		called = append(called, tool)
		raw, err := json.Marshal(args)
		require.NoError(t, err)
		res, err := set.Call(t.Context(), tool, raw)
		require.NoError(t, err, tool)
		results = append(results, string(res.Body))
	}
	assert.Equal(t, []string{ToolGetCalls, ToolGetConversation, ToolHold, ToolWrapup}, called)
	assert.Contains(t, answer, "Active calls: conversation ")
	assert.Contains(t, answer, "is now on hold, and a draft wrap-up note is saved on your call.")

	call, err := ReadCall(results[1])
	require.NoError(t, err)
	assert.True(t, call.Connected())
	assert.Contains(t, answer, call.CustomerName+" is now on hold")
	assert.Equal(t, WrapupArgs{call.ConversationID, call.AgentID, call.AgentCallID, true, "n"}, call.DraftNote("n"))
	assert.Equal(t, HoldArgs{call.ConversationID, call.CustomerID, true}, call.Hold())
}

func TestNextStepStops(t *testing.T) {
	calls := `{"entities":[{"id":"c1"}]}`
	for _, tc := range []struct {
		results []string
		answer  string
	}{
		{[]string{`{"error":"refused","message":"the agent said no"}`}, "I could not finish: refused: the agent said no"},
		{[]string{"unavailable"}, "I could not finish: unavailable"},
		{[]string{`{"entities":[]}`}, "You have no active calls, so there is no customer to put on hold."},
		{[]string{calls, `{"id":"c1","participants":[{"id":"p1","purpose":"customer","calls":[{"id":"m1","state":"connected"}]}]}`},
			"Call c1 has no connected customer and agent, so I changed nothing."},
	} {
		tool, args, answer := NextStep(tc.results)
		assert.Empty(t, tool)
		assert.Nil(t, args)
		assert.Equal(t, tc.answer, answer)
	}
}

func TestReadCallTakesTheFirstConnected(t *testing.T) {
	c, err := ReadCall(`{"id":"c1","participants":[
		{"id":"p0","name":"Gone","purpose":"customer","calls":[{"id":"m0","state":"disconnected"}]},
		{"id":"p1","name":"Liam","purpose":"customer","calls":[{"id":"m1","state":"connected"}]},
		{"id":"p2","name":"Ava","purpose":"agent","calls":[{"id":"m2","state":"connected"}]},
		{"id":"p3","name":"Bo","purpose":"agent","calls":[{"id":"m3","state":"connected"}]}]}`)
	require.NoError(t, err)
	assert.Equal(t, Call{ConversationID: "c1", CustomerID: "p1", CustomerName: "Liam", AgentID: "p2", AgentCallID: "m2"}, c)
	_, err = ReadCall("not json")
	assert.Error(t, err)
}
