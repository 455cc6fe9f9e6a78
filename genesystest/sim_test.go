package genesystest_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// simCase invokes one tool through the tools package against a fresh
// simulator and checks the answer and, for writes, the state change.
type simCase struct {
	name  string // subtest name; defaults to the tool name
	tool  string // catalogue name
	user  bool   // call with a user token (the first user), for logged-in-user endpoints
	args  func(t *testing.T, f *fixture) string
	check func(t *testing.T, f *fixture, res *tools.Result)
}

// fixture is a fresh simulator with a tool set bound to it.
type fixture struct {
	srv    *genesystest.Server
	set    *tools.Set // client-credentials token
	user   *tools.Set // token of Org().Users[0]
	org    genesystest.Org
	now    time.Time
	values map[string]string // scratch space shared by args and check
}

var simClock = time.Date(2026, 11, 2, 14, 30, 0, 0, time.UTC)

func newFixture(t *testing.T) *fixture {
	t.Helper()
	return newFixtureWith(t, genesystest.Options{})
}

// newFixtureWith is newFixture with more or less data: o's seed, clock and
// rate limit are those of every fixture.
func newFixtureWith(t *testing.T, o genesystest.Options) *fixture {
	t.Helper()
	o.Seed, o.Now, o.RateLimit = 7, func() time.Time { return simClock }, -1
	srv := genesystest.NewServer(o)
	t.Cleanup(srv.Close)
	f := &fixture{srv: srv, org: srv.Org(), now: simClock, values: map[string]string{}}
	f.set = f.toolSet(t, srv.Token())
	f.user = f.toolSet(t, srv.UserToken(f.org.Users[0].ID))
	return f
}

func (f *fixture) toolSet(t *testing.T, token string) *tools.Set {
	t.Helper()
	c, err := tools.NewClient(tools.ClientOptions{
		BaseURL:     f.srv.URL,
		HTTPClient:  f.srv.Client(),
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token}),
	})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{}})
	require.NoError(t, err)
	return set
}

// conv returns a fresh copy of a conversation's state.
func (f *fixture) conv(t *testing.T, id string) genesystest.Conversation {
	t.Helper()
	c, ok := f.srv.Conversation(id)
	require.True(t, ok, "conversation %s", id)
	return c
}

// liveConv returns the first active conversation of a media type that has
// a connected agent (or, with needAgent false, any active one).
func (f *fixture) liveConv(t *testing.T, media string, needAgent bool) genesystest.Conversation {
	t.Helper()
	return mustFind(t, f.srv.ActiveConversations(), func(c genesystest.Conversation) bool {
		return c.MediaType == media && (!needAgent || agentOf(c) != nil)
	}, "no active %s conversation (needAgent=%v)", media, needAgent)
}

// pastConv returns an ended conversation of a media type.
func (f *fixture) pastConv(t *testing.T, media string) genesystest.Conversation {
	t.Helper()
	return mustFind(t, f.srv.Conversations(), func(c genesystest.Conversation) bool { return c.MediaType == media && c.EndTime != nil }, "no ended %s conversation", media)
}

// userConv returns an active conversation of a media type in which the
// fixture's user (Org().Users[0]) is a connected agent.
func (f *fixture) userConv(t *testing.T, media string) genesystest.Conversation {
	t.Helper()
	return mustFind(t, f.srv.ActiveConversations(), func(c genesystest.Conversation) bool {
		a := agentOf(c)
		return c.MediaType == media && a != nil && a.UserID == f.org.Users[0].ID
	}, "user 0 has no active %s conversation", media)
}

func byPurpose(c genesystest.Conversation, purpose string) *genesystest.Participant {
	for i := len(c.Participants) - 1; i >= 0; i-- {
		if c.Participants[i].Purpose == purpose {
			return c.Participants[i]
		}
	}
	return nil
}

func agentOf(c genesystest.Conversation) *genesystest.Participant {
	for i := len(c.Participants) - 1; i >= 0; i-- {
		p := c.Participants[i]
		if p.Purpose == "agent" && p.EndTime == nil {
			return p
		}
	}
	return nil
}

func customerOf(c genesystest.Conversation) *genesystest.Participant { return byPurpose(c, "customer") }

func participantByID(t *testing.T, c genesystest.Conversation, id string) *genesystest.Participant {
	t.Helper()
	return mustFind(t, c.Participants, func(p *genesystest.Participant) bool { return p.ID == id }, "participant %s not in conversation %s", id, c.ID)
}

func jsonArgs(v map[string]any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func decodeBody(t *testing.T, res *tools.Result) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(res.Body, &m), "body %s", res.Body)
	return m
}

// ---- response shapes -------------------------------------------------

type shapeFile struct {
	Operations map[string]struct {
		Method string          `json:"method"`
		Path   string          `json:"path"`
		Status int             `json:"status"`
		Schema json.RawMessage `json:"schema"`
	} `json:"operations"`
	Definitions map[string]*shape `json:"definitions"`
}

type shape struct {
	Ref                  string            `json:"$ref"`
	Type                 string            `json:"type"`
	Format               string            `json:"format"`
	Enum                 []string          `json:"enum"`
	Properties           map[string]*shape `json:"properties"`
	Required             []string          `json:"required"`
	Items                *shape            `json:"items"`
	AdditionalProperties *shape            `json:"additionalProperties"`
}

var shapes = sync.OnceValue(func() *shapeFile {
	data, err := os.ReadFile("testdata/response-shapes.json")
	if err != nil {
		panic(err)
	}
	var f shapeFile
	if err := json.Unmarshal(data, &f); err != nil {
		panic(err)
	}
	return &f
})

// operationOf finds the official operation a tool sends.
func operationOf(t *testing.T, spec tools.Spec) (string, int, *shape) {
	t.Helper()
	for id, op := range shapes().Operations {
		if op.Method == spec.Method && op.Path == spec.Path {
			var s *shape
			if len(op.Schema) > 0 && string(op.Schema) != "null" {
				s = new(shape)
				require.NoError(t, json.Unmarshal(op.Schema, s))
			}
			return id, op.Status, s
		}
	}
	t.Fatalf("no official operation for %s %s", spec.Method, spec.Path)
	return "", 0, nil
}

// checkShape reports every way v departs from the model: unknown fields,
// wrong types, values outside an enum, missing required fields.
func checkShape(s *shape, v any, path string, problems *[]string) {
	if s.Ref != "" {
		s = shapes().Definitions[s.Ref]
	}
	bad := func(format string, args ...any) {
		*problems = append(*problems, path+": "+fmt.Sprintf(format, args...))
	}
	if v == nil {
		bad("null value")
		return
	}
	switch s.Type {
	case "object", "":
		m, ok := v.(map[string]any)
		if !ok {
			// A bare {"type":"object"} is the spec's free-form JSON
			// (JsonNode): search results are arrays, custom attribute
			// values scalars. Only modelled objects must be objects.
			if s.Type == "object" && (s.Properties != nil || s.AdditionalProperties != nil) {
				bad("want object, got %T", v)
			}
			return
		}
		for _, r := range s.Required {
			if _, ok := m[r]; !ok {
				bad("missing required field %s", r)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(m)) {
			p, ok := s.Properties[k]
			if !ok {
				if s.AdditionalProperties != nil {
					checkShape(s.AdditionalProperties, m[k], path+"."+k, problems)
				} else if s.Properties != nil {
					bad("field %s is not in the model", k)
				}
				continue
			}
			checkShape(p, m[k], path+"."+k, problems)
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			bad("want array, got %T", v)
			return
		}
		for i, e := range a {
			checkShape(s.Items, e, fmt.Sprintf("%s[%d]", path, i), problems)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			bad("want string, got %T", v)
			return
		}
		if len(s.Enum) > 0 && !slices.Contains(s.Enum, str) {
			bad("%q is not one of %v", str, s.Enum)
		}
		if s.Format == "date-time" {
			if _, err := time.Parse(time.RFC3339Nano, str); err != nil {
				bad("%q is not a date-time", str)
			}
		}
	case "integer":
		f, ok := v.(float64)
		if !ok || f != float64(int64(f)) {
			bad("want integer, got %v", v)
		}
	case "number":
		if _, ok := v.(float64); !ok {
			bad("want number, got %T", v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			bad("want boolean, got %T", v)
		}
	}
}

// ---- the runner ------------------------------------------------------

func allSimCases() []simCase {
	var all []simCase
	for _, cases := range [][]simCase{
		conversationSimCases, callSimCases, callbackSimCases, participantSimCases, transferSimCases,
		wrapupSimCases, attributeSimCases, analyticsSimCases, checklistSimCases, internalMessageSimCases, assistSimCases,
	} {
		all = append(all, cases...)
	}
	return all
}

func TestToolsAgainstSimulator(t *testing.T) {
	t.Parallel()
	for _, tc := range allSimCases() {
		name := tc.name
		if name == "" {
			name = tc.tool
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			spec, ok := tools.Lookup(tc.tool)
			require.True(t, ok, "unknown tool %s", tc.tool)
			f := newFixture(t)
			args := "{}"
			if tc.args != nil {
				args = tc.args(t, f)
			}
			set := f.set
			if tc.user {
				set = f.user
			}
			res, err := set.Call(t.Context(), tc.tool, json.RawMessage(args))
			require.NoError(t, err, "args %s", args)
			if spec.UntrustedOutput {
				res = unwrapUntrusted(t, res)
			}

			op, status, model := operationOf(t, spec)
			assert.Equal(t, status, res.Status, "%s answers with the official status", op)
			if model != nil {
				var v any
				require.NoError(t, json.Unmarshal(res.Body, &v))
				var problems []string
				checkShape(model, v, op, &problems)
				assert.Empty(t, problems, "answer of %s departs from its model:\n%s\nbody: %s", op, strings.Join(problems, "\n"), res.Body)
			}
			if tc.check != nil {
				tc.check(t, f, res)
			}
		})
	}
}

// TestEveryToolRunsAgainstSimulator requires a simulator case for each of
// the 111 tools.
func TestEveryToolRunsAgainstSimulator(t *testing.T) {
	t.Parallel()
	have := map[string]bool{}
	for _, tc := range allSimCases() {
		have[tc.tool] = true
	}
	var missing []string
	for _, s := range tools.All() {
		if !have[s.Name] {
			missing = append(missing, s.Name)
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "tools without a simulator case")
}

// unwrapUntrusted returns the answer inside the untrusted-data envelope
// Set.Call puts around answers with customer-authored text.
func unwrapUntrusted(t *testing.T, res *tools.Result) *tools.Result {
	t.Helper()
	var env struct {
		Untrusted bool            `json:"untrusted"`
		Data      json.RawMessage `json:"data"`
	}
	require.NoError(t, json.Unmarshal(res.Body, &env))
	require.True(t, env.Untrusted)
	out := *res
	out.Body = env.Data
	return &out
}
