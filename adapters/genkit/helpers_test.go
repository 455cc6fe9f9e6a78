package genkittools_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// newSim starts a simulator and binds a tool set to it.
func newSim(t *testing.T, opts tools.SetOptions) (*genesystest.Server, *tools.Set) {
	t.Helper()
	srv := genesystest.NewServer(genesystest.Options{})
	t.Cleanup(srv.Close)
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	require.NoError(t, err)
	set, err := tools.NewSet(c, opts)
	require.NoError(t, err)
	return srv, set
}

// conversationsOnly selects the conversations toolset.
var conversationsOnly = tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations}}

// newGenkit is the application's genkit.Init. It installs signal handlers
// for the process (frameworks note B5), which is acceptable in tests.
func newGenkit(t *testing.T) *genkit.Genkit {
	t.Helper()
	return genkit.Init(context.Background())
}

// turn is one scripted model answer to the request it receives.
type turn func(t *testing.T, req *ai.ModelRequest) *ai.Message

// scripted is a model that answers with the given turns in order and
// records the requests it received.
type scripted struct {
	t     *testing.T
	mu    sync.Mutex
	turns []turn
	reqs  []*ai.ModelRequest
}

func defineScripted(t *testing.T, g *genkit.Genkit, turns ...turn) (ai.Model, *scripted) {
	t.Helper()
	s := &scripted{t: t, turns: turns}
	m := genkit.DefineModel(g, "test/"+t.Name(), &ai.ModelOptions{Supports: &ai.ModelSupports{Tools: true, Multiturn: true}},
		func(_ context.Context, req *ai.ModelRequest, _ ai.ModelStreamCallback) (*ai.ModelResponse, error) {
			s.mu.Lock()
			s.reqs = append(s.reqs, req)
			n := len(s.reqs)
			s.mu.Unlock()
			if n > len(s.turns) {
				return nil, fmt.Errorf("scripted model: unexpected turn %d", n)
			}
			return &ai.ModelResponse{Request: req, Message: s.turns[n-1](t, req), FinishReason: ai.FinishReasonStop}, nil
		})
	return m, s
}

func (s *scripted) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.reqs)
}

// callTools is a model turn that asks for tool calls.
func callTools(reqs ...*ai.ToolRequest) *ai.Message {
	msg := &ai.Message{Role: ai.RoleModel}
	for _, r := range reqs {
		msg.Content = append(msg.Content, ai.NewToolRequestPart(r))
	}
	return msg
}

// toolOutputs returns the tool results of the request's last tool
// message, by ref, as JSON text.
func toolOutputs(t *testing.T, req *ai.ModelRequest) map[string]string {
	t.Helper()
	out := map[string]string{}
	for i := len(req.Messages) - 1; i >= 0; i-- {
		m := req.Messages[i]
		if m.Role != ai.RoleTool {
			continue
		}
		for _, p := range m.Content {
			require.True(t, p.IsToolResponse())
			b, err := json.Marshal(p.ToolResponse.Output)
			require.NoError(t, err)
			out[p.ToolResponse.Ref] = string(b)
		}
		return out
	}
	t.Fatalf("no tool message in the request")
	return nil
}

// toolError decodes a tool output that is a ToolError.
func toolError(t *testing.T, out string) tools.ToolError {
	t.Helper()
	var te tools.ToolError
	require.NoError(t, json.Unmarshal([]byte(out), &te))
	require.NotEmpty(t, te.Kind, "output is not a ToolError: %s", out)
	return te
}

// activeConversation returns the id of a live conversation.
func activeConversation(t *testing.T, srv *genesystest.Server, skip ...string) string {
	t.Helper()
next:
	for _, c := range srv.ActiveConversations() {
		for _, s := range skip {
			if c.ID == s {
				continue next
			}
		}
		return c.ID
	}
	t.Fatal("no active conversation in the simulator")
	return ""
}

func ended(t *testing.T, srv *genesystest.Server, id string) bool {
	t.Helper()
	c, ok := srv.Conversation(id)
	require.True(t, ok)
	return c.EndTime != nil
}
