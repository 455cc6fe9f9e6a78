// Package demotest holds the test helpers the example programs share: it
// keeps their tests offline, captures the simulator they start, and runs
// an agent example (examples/genkit, examples/langchaingo) on the
// simulator, on a stand-in for a real organisation and with a stand-in
// for a real model provider, checking what it prints and changes.
//
// Like package demo it serves the examples only and imports no agent
// framework.
package demotest

import (
	"bytes"
	"context"
	"io"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/internal/demo"
)

// Run is the run function of an agent example: it handles demo.Request
// once, with stdin answering approval questions and getenv as the
// environment.
type Run func(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error

// Offline clears every variable that would make an example use a real
// model or a real organisation, or make what it links (Genkit's dev mode,
// model clients) reach the network, for the rest of the test.
func Offline(t *testing.T) {
	for _, k := range []string{
		auth.EnvClientID, auth.EnvClientSecret, auth.EnvRegion, auth.EnvAccessToken, auth.EnvAPIURL, auth.EnvLoginURL,
		"GEMINI_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_BASE", "OPENAI_MODEL", "OLLAMA_HOST", "GENESYSKIT_MODEL", "GENKIT_ENV",
	} {
		t.Setenv(k, "")
	}
}

// CaptureSimulator replaces *start, an example's function that starts its
// simulator, for the rest of the test, and returns a function that gives
// the simulator it started last (nil before it started one).
func CaptureSimulator(t *testing.T, start *func() *genesystest.Server) func() *genesystest.Server {
	var sim *genesystest.Server
	orig := *start
	*start = func() *genesystest.Server { sim = orig(); return sim }
	t.Cleanup(func() { *start = orig })
	return func() *genesystest.Server { return sim }
}

// AgentCall is the first user's call in the seeded org, with its customer
// and agent participants.
func AgentCall(t *testing.T, sim *genesystest.Server) (customer, agent *genesystest.Participant) {
	t.Helper()
	userID := sim.Org().Users[0].ID
	for _, c := range sim.Conversations() {
		for _, p := range c.Participants {
			if p.Purpose == "agent" && p.UserID == userID && c.EndTime == nil {
				agent = p
				for _, q := range c.Participants {
					if q.Purpose == "customer" {
						customer = q
					}
				}
			}
		}
	}
	require.NotNil(t, agent, "the first user has no active call")
	require.NotNil(t, customer)
	return customer, agent
}

// CheckOffline runs an agent example offline, with the scripted model on
// the simulator *start starts, and checks what it prints and that the
// customer is on hold with a draft wrap-up note on the agent's call.
func CheckOffline(t *testing.T, run Run, start *func() *genesystest.Server) {
	Offline(t)
	sim := CaptureSimulator(t, start)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()

	var stdout, stderr bytes.Buffer
	require.NoError(t, run(ctx, strings.NewReader(""), &stdout, &stderr, os.Getenv))
	out := stdout.String()
	t.Log("\n" + out)
	for _, want := range []string{
		"model:   scripted (offline and deterministic)",
		"genesys: simulator (genesystest",
		"  → genesys_get_calls {}",
		"  ← genesys_get_calls: 1 active; conversation ",
		"  ← genesys_patch_call_participant: ok (HTTP 202)",
		"  → genesys_post_call_participant_communication_wrapup {",
		"agent:  Active calls: conversation ",
		"(customer) on call ",
		": on hold\n",
		`: draft wrap-up note "` + demo.WrapupNotes + `"`,
	} {
		assert.Contains(t, out, want)
	}
	assert.Empty(t, stderr.String())

	require.NotNil(t, sim())
	customer, agent := AgentCall(t, sim())
	assert.True(t, customer.Communications[0].Held, "the customer is on hold")
	last := agent.Communications[len(agent.Communications)-1]
	require.NotNil(t, last.ProvisionalWrapup)
	assert.Equal(t, demo.WrapupNotes, last.ProvisionalWrapup.Notes)
	for _, r := range sim().Requests() {
		assert.Less(t, r.Status, 400, "%s %s", r.Method, r.Path)
	}
}

// CheckRealOrg runs an agent example with GENESYS_* credentials, on a
// simulator standing in for a real organisation, once answering yes and
// once no when it asks before putting the customer on hold, and checks
// that the hold happens only after a yes.
func CheckRealOrg(t *testing.T, run Run) {
	for _, tc := range []struct {
		answer string
		held   bool
		want   string
	}{
		{"y\n", true, "agent:  Active calls: "},
		{"n\n", false, "agent:  I could not finish: refused"},
	} {
		t.Run(strings.TrimSpace(tc.answer), func(t *testing.T) {
			Offline(t)
			org := genesystest.NewServer(genesystest.Options{Seed: 1})
			defer org.Close()
			user := org.Org().Users[0]
			env := map[string]string{auth.EnvAPIURL: org.URL, auth.EnvAccessToken: org.UserToken(user.ID)}
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()

			var stdout, stderr bytes.Buffer
			require.NoError(t, run(ctx, strings.NewReader(tc.answer), &stdout, &stderr, func(k string) string { return env[k] }))
			out := stdout.String()
			t.Log("\n" + out)
			assert.Contains(t, out, "genesys: Genesys Cloud at "+org.URL+" as a fixed access token")
			assert.Contains(t, out, "? approve Hold, mute or disconnect call participant")
			assert.Contains(t, out, tc.want)
			assert.NotContains(t, out, "What changed in the simulator")
			assert.Contains(t, stderr.String(), "real organisation")

			customer, _ := AgentCall(t, org)
			assert.Equal(t, tc.held, customer.Communications[0].Held)
			assert.Len(t, org.RequestsFor("patchConversationsCallParticipant"), map[bool]int{true: 1, false: 0}[tc.held])
		})
	}
}

// CheckModelChoices checks which model an example picks from the
// environment; about is the example's choice of model, described.
func CheckModelChoices(t *testing.T, about func(getenv func(string) string) (string, error)) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "scripted"},
		{map[string]string{"GEMINI_API_KEY": "k", "OPENAI_API_KEY": "k"}, "Gemini gemini-2.5-flash (GEMINI_API_KEY)"},
		{map[string]string{"OPENAI_API_KEY": "k", "GENESYSKIT_MODEL": "gpt-4.1"}, "OpenAI gpt-4.1 (OPENAI_API_KEY)"},
		{map[string]string{"OLLAMA_HOST": "127.0.0.1:8080"}, "Ollama llama3.1 at http://127.0.0.1:8080 (OLLAMA_HOST)"},
		{map[string]string{"OLLAMA_HOST": "localhost"}, "Ollama llama3.1 at http://localhost:11434 (OLLAMA_HOST)"},
		{map[string]string{"OLLAMA_HOST": "https://ollama.example/"}, "Ollama llama3.1 at https://ollama.example (OLLAMA_HOST)"},
	} {
		got, err := about(func(k string) string { return tc.env[k] })
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(got, tc.want), "%v: %s", tc.env, got)
	}
}

// CheckRealModel runs an agent example on the simulator with a real-model
// provider, "openai" or "ollama", served by a FakeModel, and checks that
// the model is offered the tools of demo.ToolNames, that its tool call
// runs and that it reads the result. For "openai", OPENAI_BASE_URL (read
// by the OpenAI clients themselves) is the fake's URL followed by
// openAIPath. It returns the fake for further checks.
func CheckRealModel(t *testing.T, run Run, provider, openAIPath string) *FakeModel {
	Offline(t)
	f := &FakeModel{}
	srv := httptest.NewServer(f)
	defer srv.Close()
	env := map[string]string{}
	switch provider {
	case "openai":
		env["OPENAI_API_KEY"] = "test-key"
		t.Setenv("OPENAI_BASE_URL", srv.URL+openAIPath)
	case "ollama":
		env["OLLAMA_HOST"] = srv.URL
	default:
		t.Fatalf("unknown provider %q", provider)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()

	var stdout, stderr bytes.Buffer
	require.NoError(t, run(ctx, strings.NewReader(""), &stdout, &stderr, func(k string) string { return env[k] }))
	out := stdout.String()
	t.Log("\n" + out)
	assert.Contains(t, out, "  → genesys_get_calls {}")
	assert.Contains(t, out, "  ← genesys_get_calls: 1 active; conversation ")
	assert.Contains(t, out, "agent:  You have one active call.")
	tools, readBack, _ := f.Seen()
	assert.Equal(t, len(demo.ToolNames), tools)
	assert.Contains(t, readBack, "entities")
	return f
}
