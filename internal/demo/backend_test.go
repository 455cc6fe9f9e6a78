package demo

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
)

func TestGenesysFromEnv(t *testing.T) {
	for _, tc := range []struct {
		env map[string]string
		ok  bool
	}{
		{map[string]string{}, false},
		{map[string]string{auth.EnvClientID: "id"}, false},
		{map[string]string{auth.EnvClientID: "id", auth.EnvClientSecret: " secret "}, true},
		{map[string]string{auth.EnvAccessToken: "token", auth.EnvRegion: "eu_west_1"}, true},
		{map[string]string{auth.EnvAccessToken: "  "}, false},
	} {
		cfg, ok := GenesysFromEnv(func(k string) string { return tc.env[k] })
		assert.Equal(t, tc.ok, ok, "%v", tc.env)
		assert.Equal(t, strings.TrimSpace(tc.env[auth.EnvClientSecret]), cfg.ClientSecret)
		assert.Equal(t, tc.env[auth.EnvRegion], cfg.Region)
	}
}

func TestConnectSimulator(t *testing.T) {
	var started *genesystest.Server
	org, err := Connect(func(string) string { return "" }, func() *genesystest.Server { started = StartSimulator(); return started })
	require.NoError(t, err)
	defer org.Close()
	require.Same(t, started, org.Sim)
	assert.Contains(t, org.About, "simulator (genesystest, demo org ")
	assert.Contains(t, org.About, "logged in as "+started.Org().Users[0].Name)
	assert.Equal(t, started.Org().Users[0], org.User)

	var stdout, stderr bytes.Buffer
	org.Introduce(&stdout, &stderr, "a model")
	assert.Equal(t, "model:   a model\ngenesys: "+org.About+"\n", stdout.String())
	assert.Empty(t, stderr.String())

	stdout.Reset()
	set, err := org.ToolSet(&stdout, nil)
	require.NoError(t, err)
	assert.Len(t, set.Specs(), len(ToolNames))
	assert.Equal(t, "tools:   6 ("+ShortNames(set)+")\n\n", stdout.String())
	assert.False(t, set.RequiresApproval())

	stdout.Reset()
	org.Report(&stdout)
	assert.Equal(t, "\nWhat changed in the simulator:\n  nothing\n", stdout.String())
}

// With GENESYS_* variables Connect uses that organisation, here a
// simulator standing in for one, and starts none.
func TestConnectRealOrg(t *testing.T) {
	sim := genesystest.NewServer(genesystest.Options{Seed: 1})
	defer sim.Close()
	env := map[string]string{auth.EnvAPIURL: sim.URL, auth.EnvAccessToken: sim.UserToken(sim.Org().Users[0].ID)}
	org, err := Connect(func(k string) string { return env[k] }, func() *genesystest.Server {
		t.Fatal("the simulator started")
		return nil
	})
	require.NoError(t, err)
	defer org.Close()
	assert.Nil(t, org.Sim)
	assert.Equal(t, "Genesys Cloud at "+sim.URL+" as a fixed access token", org.About)

	var stdout, stderr bytes.Buffer
	org.Introduce(&stdout, &stderr, "m")
	assert.Contains(t, stderr.String(), "real organisation")
	stdout.Reset()
	org.Report(&stdout)
	assert.Empty(t, stdout.String())

	_, err = Connect(func(k string) string {
		return map[string]string{auth.EnvAccessToken: "t", auth.EnvRegion: "nowhere"}[k]
	}, nil)
	assert.ErrorContains(t, err, "unknown region")
}

func TestConfirm(t *testing.T) {
	var out bytes.Buffer
	ask := Confirm(strings.NewReader("y\nYES\nno\n\n"), &out)
	assert.True(t, ask("Hold a call"))
	assert.True(t, ask("b"))
	assert.False(t, ask("c"))
	assert.False(t, ask("d"))
	assert.False(t, ask("e"), "no more input refuses")
	assert.Equal(t, "  ? approve Hold a call [y/N] ", out.String()[:len("  ? approve Hold a call [y/N] ")])
}

func TestPrintCallAndResult(t *testing.T) {
	var out bytes.Buffer
	PrintCall(&out, "genesys_get_conversation", `{"conversationId":"ced07f0d-1111-2222-3333-444455556666"}`)
	PrintResult(&out, "genesys_patch_call_participant", `{"ok":true,"status":202}`)
	assert.Equal(t, "  → genesys_get_conversation {\"conversationId\":\"ced07f0d…\"}\n  ← genesys_patch_call_participant: ok (HTTP 202)\n", out.String())
}
