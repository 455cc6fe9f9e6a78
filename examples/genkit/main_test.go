package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/internal/demo"
)

// offline clears every variable that would make the example use a real
// model or a real organisation, so the tests never reach the network.
func offline(t *testing.T) {
	for _, k := range []string{
		auth.EnvClientID, auth.EnvClientSecret, auth.EnvRegion, auth.EnvAccessToken, auth.EnvAPIURL, auth.EnvLoginURL,
		"GEMINI_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OLLAMA_HOST", "GENESYSKIT_MODEL", "GENKIT_ENV",
	} {
		t.Setenv(k, "")
	}
}

// captureSimulator makes run's simulator available to the test.
func captureSimulator(t *testing.T) **genesystest.Server {
	var sim *genesystest.Server
	orig := startSimulator
	startSimulator = func() *genesystest.Server { sim = orig(); return sim }
	t.Cleanup(func() { startSimulator = orig })
	return &sim
}

// agentCall is the first user's call in the seeded org, with its customer
// and agent participants.
func agentCall(t *testing.T, sim *genesystest.Server) (customer, agent *genesystest.Participant) {
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

func TestRunOffline(t *testing.T) {
	offline(t)
	sim := captureSimulator(t)
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

	require.NotNil(t, *sim)
	customer, agent := agentCall(t, *sim)
	assert.True(t, customer.Communications[0].Held, "the customer is on hold")
	last := agent.Communications[len(agent.Communications)-1]
	require.NotNil(t, last.ProvisionalWrapup)
	assert.Equal(t, demo.WrapupNotes, last.ProvisionalWrapup.Notes)
	for _, r := range (*sim).Requests() {
		assert.Less(t, r.Status, 400, "%s %s", r.Method, r.Path)
	}
}

// With GENESYS_* credentials the example talks to that organisation; the
// hold interrupts Generate and the example asks on the terminal before
// resuming. A simulator stands in for the organisation here.
func TestRunRealOrgAsksBeforeHolding(t *testing.T) {
	for _, tc := range []struct {
		answer string
		held   bool
		want   string
	}{
		{"y\n", true, "agent:  Active calls: "},
		{"n\n", false, "agent:  I could not finish: refused"},
	} {
		t.Run(strings.TrimSpace(tc.answer), func(t *testing.T) {
			offline(t)
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

			customer, _ := agentCall(t, org)
			assert.Equal(t, tc.held, customer.Communications[0].Held)
			assert.Len(t, org.RequestsFor("patchConversationsCallParticipant"), map[bool]int{true: 1, false: 0}[tc.held])
		})
	}
}

func TestChooseModel(t *testing.T) {
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
		c, err := chooseModel(func(k string) string { return tc.env[k] })
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(c.about, tc.want), "%v: %s", tc.env, c.about)
	}
}

// fakeModel answers like a model provider: first with a call of
// genesys_get_calls, then, once it has read the result, with text.
type fakeModel struct {
	mu       sync.Mutex
	tools    int    // tools offered in the last request
	readBack string // the tool result the model read
}

func (f *fakeModel) turn(tools int, toolResult string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tools = tools
	if toolResult != "" {
		f.readBack = toolResult
		return false
	}
	return true
}

// openAI serves POST /chat/completions.
func (f *fakeModel) openAI(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content any    `json:"content"`
		} `json:"messages"`
		Tools []json.RawMessage `json:"tools"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	result := ""
	for _, m := range req.Messages {
		if m.Role == "tool" {
			result = demo.JSONText(m.Content)
		}
	}
	msg := map[string]any{"role": "assistant", "content": "You have one active call."}
	finish := "stop"
	if f.turn(len(req.Tools), result) {
		msg = map[string]any{"role": "assistant", "content": nil, "tool_calls": []any{map[string]any{
			"id": "call_1", "type": "function", "function": map[string]any{"name": "genesys_get_calls", "arguments": "{}"},
		}}}
		finish = "tool_calls"
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "fake",
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
		"usage":   map[string]any{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
	})
}

// ollama serves POST /api/chat.
func (f *fakeModel) ollama(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Tools []json.RawMessage `json:"tools"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || r.URL.Path != "/api/chat" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	result := ""
	for _, m := range req.Messages {
		if m.Role == "tool" {
			result = m.Content
		}
	}
	msg := map[string]any{"role": "assistant", "content": "You have one active call."}
	if f.turn(len(req.Tools), result) {
		msg = map[string]any{"role": "assistant", "content": "", "tool_calls": []any{map[string]any{
			"function": map[string]any{"name": "genesys_get_calls", "arguments": map[string]any{}},
		}}}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"model": "fake", "created_at": "2026-01-01T00:00:00Z", "message": msg, "done": true})
}

// The real-model paths, against in-process stand-ins for the providers:
// the model is offered the six tools, its tool call runs against the
// simulator and it reads the result.
func TestRunRealModelPlugins(t *testing.T) {
	for _, provider := range []string{"openai", "ollama"} {
		t.Run(provider, func(t *testing.T) {
			offline(t)
			f := &fakeModel{}
			srv := httptest.NewServer(http.HandlerFunc(map[string]http.HandlerFunc{"openai": f.openAI, "ollama": f.ollama}[provider]))
			defer srv.Close()
			env := map[string]string{}
			switch provider {
			case "openai":
				env["OPENAI_API_KEY"] = "test-key"
				t.Setenv("OPENAI_BASE_URL", srv.URL+"/v1/") // read by the OpenAI client itself
			case "ollama":
				env["OLLAMA_HOST"] = srv.URL
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
			assert.Equal(t, len(demo.ToolNames), f.tools)
			assert.Contains(t, f.readBack, "entities")
		})
	}
}
