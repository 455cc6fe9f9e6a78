package genesystest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
)

func TestInboundCallAndAgentConnect(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{Now: fixedNow})
	defer srv.Close()
	org := srv.Org()
	id, err := srv.InboundCall(org.Queues[0].ID, org.ExternalContacts[2].CellPhone)
	require.NoError(t, err)
	c, ok := srv.Conversation(id)
	require.True(t, ok)
	assert.Equal(t, "call", c.MediaType)
	require.NotNil(t, customerOf(c))
	assert.Equal(t, org.ExternalContacts[2].ID, customerOf(c).ExternalContactID)
	assert.Nil(t, agentOf(c), "waiting in queue")

	pid, err := srv.ConnectAgent(id, org.Queues[0].MemberIDs[0])
	require.NoError(t, err)
	c, _ = srv.Conversation(id)
	require.NotNil(t, agentOf(c))
	assert.Equal(t, pid, agentOf(c).ID)
	assert.NotNil(t, byPurpose(c, "acd").EndTime, "the ACD leg ended")

	require.NoError(t, srv.CustomerHangsUp(id))
	c, _ = srv.Conversation(id)
	assert.NotNil(t, c.EndTime)
	assert.True(t, byPurpose(c, "agent").WrapupRequired)

	_, err = srv.InboundCall("nope", "+1")
	assert.Error(t, err)
	_, err = srv.ConnectAgent("nope", org.Users[0].ID)
	assert.Error(t, err)
}

func TestCustomerMessage(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{Now: fixedNow})
	defer srv.Close()
	var id string
	for _, c := range srv.ActiveConversations() {
		if c.MediaType == "message" {
			id = c.ID
		}
	}
	require.NotEmpty(t, id)
	require.NoError(t, srv.CustomerMessage(id, "Are you still there?"))
	c, _ := srv.Conversation(id)
	msgs := customerOf(c).Communications[0].Messages
	assert.Equal(t, "Are you still there?", msgs[len(msgs)-1].Text)
	assert.Error(t, srv.CustomerMessage(srv.ActiveConversations()[0].ID, "x"), "not a messaging conversation")
}

func fixedNow() time.Time { return simClock }
