package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// TestServer builds the command once and drives it as MCP clients do:
// over stdio and over streamable HTTP, always on the built-in simulator.
func TestServer(t *testing.T) {
	bin := build(t)

	t.Run("stdio", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		cmd, stderr := command(bin)
		cs := connect(ctx, t, &mcp.CommandTransport{Command: cmd}, nil)

		if names := listTools(ctx, t, cs); len(names) != 111 {
			t.Errorf("listed %d tools, want 111", len(names))
		}
		callTools(ctx, t, cs)
		for _, want := range []string{"running on the built-in simulator (demo org, 6 live conversations)", "GENESYS_CLIENT_ID", "tools act as the demo user"} {
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
	})

	t.Run("stdout carries only the protocol", func(t *testing.T) {
		t.Parallel()
		stdout, stderr, err := runToEnd(timeout(t, 30*time.Second), bin)
		if err != nil {
			t.Fatalf("exit on end of input: %v\n%s", err, stderr)
		}
		if stdout != "" {
			t.Errorf("stdout = %q, want nothing", stdout)
		}
		if !strings.Contains(stderr, "serving MCP over stdio") {
			t.Errorf("logs not on stderr:\n%s", stderr)
		}
	})

	t.Run("read-only", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		cmd, _ := command(bin, "-read-only", "-short-names")
		cs := connect(ctx, t, &mcp.CommandTransport{Command: cmd}, nil)

		want, err := tools.Select(tools.Filter{MaxAccess: tools.Read})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for tool, err := range cs.Tools(ctx, nil) {
			if err != nil {
				t.Fatal(err)
			}
			n++
			a := tool.Annotations
			if a == nil || !a.ReadOnlyHint || (a.DestructiveHint != nil && *a.DestructiveHint) {
				t.Errorf("%s: annotations %+v, want read-only", tool.Name, a)
			}
			if len(tool.Name) > 64 || strings.HasPrefix(tool.Name, "genesys_conversations_") {
				t.Errorf("%s: not a short name", tool.Name)
			}
		}
		if n != len(want) || n == 0 || n >= 111 {
			t.Errorf("listed %d tools, want the %d read tools", n, len(want))
		}
	})

	t.Run("http", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		cmd, stderr := command(bin, "-http", "127.0.0.1:0")
		url := startHTTP(ctx, t, cmd, stderr)
		cs := connect(ctx, t, &mcp.StreamableClientTransport{Endpoint: url, MaxRetries: -1}, nil)

		if names := listTools(ctx, t, cs); len(names) != 111 {
			t.Errorf("listed %d tools, want 111", len(names))
		}
		callTools(ctx, t, cs)
	})

	t.Run("http refuses other interfaces without a token", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 30*time.Second)
		for _, addr := range []string{":8080", "0.0.0.0:0", "[::]:0", "192.0.2.1:8080"} {
			_, stderr, err := runToEnd(ctx, bin, "-http", addr)
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Errorf("-http %s: err = %v, want exit status 1", addr, err)
			}
			if !strings.Contains(stderr, "without a bearer token") || !strings.Contains(stderr, "-token") {
				t.Errorf("-http %s: stderr does not explain:\n%s", addr, stderr)
			}
		}
	})

	t.Run("org from GENESYS_* variables", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		org := genesystest.NewServer(genesystest.Options{Seed: 7}) // stands in for a real org, on 127.0.0.1
		defer org.Close()
		cmd, stderr := command(bin)
		cmd.Env = append(cmd.Env, "GENESYS_CLIENT_ID="+org.ClientID, "GENESYS_CLIENT_SECRET="+org.ClientSecret, "GENESYS_API_URL="+org.URL)
		cs := connect(ctx, t, &mcp.CommandTransport{Command: cmd}, nil)

		id := org.ActiveConversations()[0].ID
		if res := call(ctx, t, cs, "genesys_conversations_get_conversation", `{"conversationId":"`+id+`"}`); res.IsError {
			t.Errorf("get_conversation: %s", text(res))
		}
		if org.TokensIssued() == 0 || len(org.RequestsFor("getConversation")) != 1 {
			t.Errorf("the org saw %d token grants and %d requests", org.TokensIssued(), len(org.Requests()))
		}
		if s := stderr.String(); !strings.Contains(s, "using Genesys Cloud at "+org.URL) || strings.Contains(s, "simulator") || strings.Contains(s, org.ClientSecret) {
			t.Errorf("stderr:\n%s", s)
		}
	})

	t.Run("flags", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 30*time.Second)
		if out, _, err := runToEnd(ctx, bin, "-version"); err != nil || !strings.Contains(out, "genesyskit MCP server") {
			t.Errorf("-version: %q, %v", out, err)
		}
		for _, bad := range [][]string{{"-toolsets", "calls,nope"}, {"-tools", "genesys_no_such_tool"}, {"-http", "127.0.0.1"}} {
			if _, stderr, err := runToEnd(ctx, bin, bad...); err == nil || !strings.Contains(stderr, "mcp: ") {
				t.Errorf("%q: err = %v, stderr %q, want a refusal", bad, err, stderr)
			}
		}
		cmd, _ := command(bin, "-toolsets", "calls, wrapup", "-tools", "genesys_get_call,genesys_conversations_get_calls")
		cs := connect(ctx, t, &mcp.CommandTransport{Command: cmd}, nil)
		if names := listTools(ctx, t, cs); strings.Join(names, " ") != "genesys_conversations_get_call genesys_conversations_get_calls" {
			t.Errorf("listed %q", names)
		}
	})

	t.Run("http with a token", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		const token = "s3cret-mcp-token"
		cmd, stderr := command(bin, "-http", "127.0.0.1:0")
		cmd.Env = append(cmd.Env, "GENESYSKIT_MCP_TOKEN="+token)
		url := startHTTP(ctx, t, cmd, stderr)

		for _, auth := range []string{"", "Bearer wrong", "Basic " + token, token} {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/json, text/event-stream")
			if auth != "" {
				req.Header.Set("Authorization", auth)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("Authorization %q: status %d, want 401 with WWW-Authenticate", auth, res.StatusCode)
			}
		}

		// With the token, calls act with the server's own Genesys
		// credentials: the MCP token is not sent to Genesys.
		hc := &http.Client{Transport: bearer{token, http.DefaultTransport}}
		cs := connect(ctx, t, &mcp.StreamableClientTransport{Endpoint: url, HTTPClient: hc, MaxRetries: -1}, nil)
		if names := listTools(ctx, t, cs); len(names) != 111 {
			t.Errorf("listed %d tools, want 111", len(names))
		}
		callTools(ctx, t, cs)
	})

	t.Run("destructive tools ask the user", func(t *testing.T) {
		t.Parallel()
		ctx := timeout(t, 60*time.Second)
		cmd, _ := command(bin)
		var asked []string
		var mu sync.Mutex
		approve := &mcp.ClientOptions{ElicitationHandler: func(_ context.Context, req *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
			mu.Lock()
			asked = append(asked, req.Params.Message)
			mu.Unlock()
			return &mcp.ElicitResult{Action: "accept", Content: map[string]any{"approve": true}}, nil
		}}
		cs := connect(ctx, t, &mcp.CommandTransport{Command: cmd}, approve)
		id := firstCall(ctx, t, cs)

		// A client that cannot ask: the call is refused and nothing sent.
		cmd2, _ := command(bin)
		plain := connect(ctx, t, &mcp.CommandTransport{Command: cmd2}, nil)
		res := call(ctx, t, plain, "genesys_conversations_delete_conversation", `{"conversationId":"`+id+`"}`)
		if !res.IsError || !strings.Contains(text(res), "elicitation") {
			t.Errorf("without elicitation: %s, want a refusal", text(res))
		}

		res = call(ctx, t, cs, "genesys_conversations_delete_conversation", `{"conversationId":"`+id+`"}`)
		if res.IsError {
			t.Fatalf("approved delete: %s", text(res))
		}
		mu.Lock()
		defer mu.Unlock()
		if len(asked) != 1 || !strings.Contains(asked[0], id) {
			t.Errorf("asked %q, want one question naming %s", asked, id)
		}
	})
}

func TestCheckBind(t *testing.T) {
	for _, c := range []struct {
		addr, token, want string
		ok                bool
	}{
		{"127.0.0.1:8080", "", "127.0.0.1:8080", true},
		{"8080", "", "127.0.0.1:8080", true},
		{"localhost:0", "", "localhost:0", true},
		{"[::1]:8080", "", "[::1]:8080", true},
		{":8080", "", "", false},
		{"0.0.0.0:8080", "", "", false},
		{"example.com:8080", "", "", false},
		{":8080", "t", ":8080", true},
		{"0.0.0.0:8080", "t", "0.0.0.0:8080", true},
	} {
		cfg := config{httpAddr: c.addr, token: c.token}
		err := checkBind(&cfg)
		if (err == nil) != c.ok || (c.ok && cfg.httpAddr != c.want) {
			t.Errorf("checkBind(%q, token %q) = %q, %v", c.addr, c.token, cfg.httpAddr, err)
		}
	}
}

// callTools lists the logged-in user's conversations, then reads one of
// its calls by id: real answers from the simulator.
func callTools(ctx context.Context, t *testing.T, cs *mcp.ClientSession) {
	t.Helper()
	id := firstCall(ctx, t, cs)
	res := call(ctx, t, cs, "genesys_conversations_get_call", `{"conversationId":"`+id+`"}`)
	if res.IsError || !strings.Contains(text(res), id) || !strings.Contains(text(res), `"participants"`) {
		t.Errorf("get_call %s: %s", id, text(res))
	}
	res = call(ctx, t, cs, "genesys_conversations_get_call", `{"conversationId":"no-such-id"}`)
	if !res.IsError || !strings.Contains(text(res), "not.found") {
		t.Errorf("get_call of an unknown id: %s, want a not.found error result", text(res))
	}
}

// firstCall returns the id of a call of the simulator's logged-in user.
func firstCall(ctx context.Context, t *testing.T, cs *mcp.ClientSession) string {
	t.Helper()
	res := call(ctx, t, cs, "genesys_conversations_get_conversations", `{}`)
	if res.IsError {
		t.Fatalf("get_conversations: %s", text(res))
	}
	var body struct {
		Entities []struct{ ID string }
		Data     struct{ Entities []struct{ ID string } } // when wrapped as untrusted data
	}
	if err := json.Unmarshal([]byte(text(res)), &body); err != nil {
		t.Fatalf("get_conversations: %v: %s", err, text(res))
	}
	for _, e := range append(body.Entities, body.Data.Entities...) {
		if c := call(ctx, t, cs, "genesys_conversations_get_call", `{"conversationId":"`+e.ID+`"}`); !c.IsError {
			return e.ID
		}
	}
	t.Fatalf("the demo user has no call: %s", text(res))
	return ""
}

func call(ctx context.Context, t *testing.T, cs *mcp.ClientSession, name, args string) *mcp.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: json.RawMessage(args)})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func text(res *mcp.CallToolResult) string {
	if len(res.Content) == 0 {
		return ""
	}
	if tc, ok := res.Content[0].(*mcp.TextContent); ok {
		return tc.Text
	}
	return ""
}

func listTools(ctx context.Context, t *testing.T, cs *mcp.ClientSession) []string {
	t.Helper()
	var names []string
	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tool.Name)
	}
	return names
}

func connect(ctx context.Context, t *testing.T, tr mcp.Transport, opts *mcp.ClientOptions) *mcp.ClientSession {
	t.Helper()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "v1"}, opts).Connect(ctx, tr, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

// build compiles the command once into a temporary directory.
func build(t *testing.T) string {
	t.Helper()
	ctx := timeout(t, 3*time.Minute)
	bin := filepath.Join(t.TempDir(), "genesyskit-mcp")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// command prepares the binary with an environment free of GENESYS_*
// variables, so it runs on the simulator and never reaches the network.
func command(bin string, args ...string) (*exec.Cmd, *syncBuffer) {
	stderr := new(syncBuffer)
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Stderr = cleanEnv(), stderr
	return cmd, stderr
}

// runToEnd runs the binary with empty input and returns its output.
func runToEnd(ctx context.Context, bin string, args ...string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env, cmd.Stdin, cmd.Stdout, cmd.Stderr = cleanEnv(), strings.NewReader(""), &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

func cleanEnv() []string {
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(strings.ToUpper(kv), "GENESYS") {
			env = append(env, kv)
		}
	}
	return env
}

var listening = regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+/mcp)`)

// startHTTP starts cmd, waits for the address it listens on, and stops it
// with SIGINT at the end of the test, expecting a clean exit.
func startHTTP(ctx context.Context, t *testing.T, cmd *exec.Cmd, stderr *syncBuffer) string {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case err := <-exited:
			if err != nil {
				t.Errorf("exit after SIGINT: %v\n%s", err, stderr)
			}
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Errorf("no exit 15s after SIGINT\n%s", stderr)
		}
	})
	for {
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("exited before listening: %v\n%s", err, stderr)
		case <-ctx.Done():
			t.Fatalf("no listen address on stderr: %v\n%s", ctx.Err(), stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// bearer adds an Authorization header to every request.
type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestDefaultToolsetsFlag(t *testing.T) {
	t.Parallel()
	f, err := config{toolsets: "default, callbacks"}.filter()
	if err != nil {
		t.Fatal(err)
	}
	if want := append(tools.DefaultToolsets(), tools.ToolsetCallbacks); !slices.Equal(f.Toolsets, want) {
		t.Fatalf("toolsets %v, want %v", f.Toolsets, want)
	}
}
