package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/internal/demo/demotest"
)

func TestRun(t *testing.T) {
	// The quickstart reads no environment variable; these are cleared
	// anyway, so that nothing it links (Genkit's dev mode, model clients)
	// could reach the network.
	demotest.Offline(t)
	captured := demotest.CaptureSimulator(t, &startSimulator)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()

	var out, again bytes.Buffer
	require.NoError(t, run(ctx, &out))
	t.Log("\n" + out.String())
	// The output is the same on every run.
	require.NoError(t, run(ctx, &again))
	assert.Equal(t, out.String(), again.String())

	for _, line := range []string{
		"2. MCP (go-sdk)",
		"   → genesys_get_calls {}",
		"3. Genkit: genkit.Generate",
		"   → genesys_patch_call_participant {",
		"   model: Liam Fischer is on hold.",
		"4. langchaingo:",
		"   → genesys_post_call_participant_communication_wrapup {",
		"   model: Draft wrap-up note saved.",
		"Liam Fischer (customer) on call ced07f0d…: on hold since 14:30:00 UTC",
		`Ava Adams (agent) on call ced07f0d…: draft wrap-up note "` + wrapupNotes + `"`,
	} {
		assert.Contains(t, out.String(), line)
	}

	// The simulator changed as printed.
	sim := captured()
	require.NotNil(t, sim)
	var held, noted bool
	for _, c := range sim.ActiveConversations() {
		for _, p := range c.Participants {
			for _, m := range p.Communications {
				held = held || (p.Purpose == "customer" && m.Held)
				noted = noted || (p.Purpose == "agent" && m.ProvisionalWrapup != nil && m.ProvisionalWrapup.Notes == wrapupNotes)
			}
		}
	}
	assert.True(t, held, "a customer is on hold")
	assert.True(t, noted, "the agent has a draft wrap-up note")
	for _, r := range sim.Requests() {
		assert.Less(t, r.Status, 400, "%s %s", r.Method, r.Path)
	}
}
