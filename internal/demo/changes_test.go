package demo

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
)

func TestReport(t *testing.T) {
	clock := time.Date(2026, 3, 2, 14, 30, 0, 0, time.UTC)
	sim := genesystest.NewServer(genesystest.Options{Seed: 1, Now: func() time.Time { return clock }})
	defer sim.Close()
	before := TakeSnapshot(sim)

	var out bytes.Buffer
	before.Report(&out, sim, ReportOptions{Heading: "Changes:"})
	assert.Equal(t, "\nChanges:\n  nothing\n", out.String())

	// Put the first user's customer on hold through the API.
	var customer *genesystest.Participant
	var convID string
	for _, c := range sim.ActiveConversations() {
		for _, p := range c.Participants {
			if p.Purpose == "customer" && c.MediaType == "call" && customer == nil {
				customer, convID = p, c.ID
			}
		}
	}
	require.NotNil(t, customer)
	holdCustomer(t, sim, convID, customer.ID)

	out.Reset()
	before.Report(&out, sim, ReportOptions{Heading: "Changes:"})
	assert.Contains(t, out.String(), "("+customer.Purpose+") on call "+Abbreviate(convID)+": on hold\n")
	out.Reset()
	before.Report(&out, sim, ReportOptions{Heading: "Changes:", HoldSince: true})
	assert.Contains(t, out.String(), ": on hold since 14:30:00 UTC\n")
}

// holdCustomer puts a participant of a call on hold through the API.
func holdCustomer(t *testing.T, sim *genesystest.Server, convID, participantID string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPatch,
		sim.URL+"/api/v2/conversations/calls/"+convID+"/participants/"+participantID, strings.NewReader(`{"held":true}`))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+sim.Token())
	req.Header.Set("Content-Type", "application/json")
	resp, err := sim.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Less(t, resp.StatusCode, 300)
}
