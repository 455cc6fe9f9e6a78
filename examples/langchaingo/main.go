// Command langchaingo is a contact-centre agent built with langchaingo and
// genesyskit. It handles one request from an agent:
//
//	Which calls are active? Put the customer on hold and add a wrap-up note.
//
// Run it with
//
//	go run ./examples/langchaingo
//
// and it prints each tool call the model makes, with its short result (ids
// shortened to their first eight characters).
//
// # Model
//
// The first of these variables that is set picks a real model; all three go
// through langchaingo's llms/openai, so the example needs no module beyond
// langchaingo itself:
//
//   - GEMINI_API_KEY: Gemini (default gemini-2.5-flash) through Gemini's
//     OpenAI-compatible endpoint;
//   - OPENAI_API_KEY: OpenAI (default gpt-4o-mini; OPENAI_BASE_URL is honoured);
//   - OLLAMA_HOST: a local Ollama, as host:port or URL (default model
//     llama3.1, which must support tool calling), through Ollama's
//     OpenAI-compatible /v1 endpoint.
//
// GENESYSKIT_MODEL overrides the model name. Without any of them a scripted
// model takes the same steps deterministically, so the example runs
// offline. langchaingo's llms/googleai is not used because it adds 24
// modules (Google Cloud, gRPC, protobuf) to the build, and its llms/ollama
// does not support tool calling in v0.1.14.
//
// # Genesys Cloud
//
// GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or GENESYS_ACCESS_TOKEN (with
// GENESYS_REGION or GENESYS_API_URL), select a real organisation, as
// auth.FromEnv reads them. The "my calls" tool needs a token that acts as a
// user (an authorization-code login's GENESYS_ACCESS_TOKEN): client
// credentials have no user. On a real organisation, putting a customer on
// hold is a destructive tool and asks for a yes on the terminal first.
//
// Without credentials the example starts genesystest, an in-process Genesys
// Cloud with a seeded demo organisation, and acts as its first user, who is
// on a call.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/internal/demo"
	"github.com/genesyskit/genesyskit/tools"
)

// request is what the agent asks.
const request = "Which calls are active? Put the customer on hold and add a wrap-up note."

// instructions tell a real model how the tools fit together.
const instructions = `You assist a Genesys Cloud contact-centre agent, the logged-in user.
Act with the tools and take every id from a tool result; never invent one.
genesys_get_calls lists the agent's active calls. genesys_get_conversation shows each participant with the ids of its calls (communications).
To put the customer on hold, call genesys_patch_call_participant with the customer's participantId and held=true.
To add a wrap-up note, call genesys_post_call_participant_communication_wrapup for the agent's own participant and call communication with provisional=true and notes: a draft needs no wrap-up code.
Then answer in two or three sentences: the active calls and what you changed.`

// toolNames is the agent's tool set: only what the request needs, which
// keeps the prompt small (the whole catalogue is about 130,000 characters).
var toolNames = []string{
	"genesys_get_calls",
	"genesys_get_call",
	"genesys_get_conversation",
	"genesys_patch_call_participant",
	"genesys_get_call_participant_wrapupcodes",
	"genesys_post_call_participant_communication_wrapup",
}

// maxTurns bounds the model's rounds of tool calls.
const maxTurns = 8

// startSimulator starts the simulator used without credentials; tests
// replace it to inspect the simulator afterwards.
var startSimulator = func() *genesystest.Server {
	return genesystest.NewServer(genesystest.Options{Seed: 1})
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdin, os.Stdout, os.Stderr, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// run handles the request once. getenv is the environment (os.Getenv in
// main); stdin answers approval questions on a real organisation.
func run(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	org, err := connect(getenv, stdin, stdout)
	if err != nil {
		return err
	}
	defer org.close()

	model, about, err := chooseModel(getenv)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "model:  ", about)
	fmt.Fprintln(stdout, "genesys:", org.about)
	if org.sim == nil {
		fmt.Fprintln(stderr, "note: this acts on a real organisation; destructive tools ask before they run.")
	}

	set, err := tools.NewSet(org.client, tools.SetOptions{Filter: tools.Filter{Names: toolNames}, Approve: org.approve})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tools:   %d (%s)\n\n", len(set.Specs()), shortNames(set))

	if err := converse(ctx, stdout, model, set); err != nil {
		return err
	}
	if org.sim != nil {
		org.before.Report(stdout, org.sim, demo.ReportOptions{Heading: "What changed in the simulator:"})
	}
	return nil
}

// converse runs the function-calling loop: the model answers with tool
// calls, the Dispatcher runs them through the set and the results go back
// to the model, until it answers with text.
func converse(ctx context.Context, out io.Writer, model llms.Model, set *tools.Set) error {
	defs := lctools.Definitions(set, lctools.Options{})
	d := lctools.NewDispatcher(set, lctools.Options{})
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, instructions),
		llms.TextParts(llms.ChatMessageTypeHuman, request),
	}
	fmt.Fprintln(out, "user:  ", request)
	for range maxTurns {
		resp, err := model.GenerateContent(ctx, msgs, llms.WithTools(defs))
		if err != nil {
			return fmt.Errorf("model: %w", err)
		}
		if len(resp.Choices) == 0 {
			return errors.New("model: no answer")
		}
		choice := resp.Choices[0]
		if len(choice.ToolCalls) == 0 {
			fmt.Fprintln(out, "agent: ", strings.TrimSpace(choice.Content))
			return nil
		}
		for _, tc := range choice.ToolCalls {
			if tc.FunctionCall != nil {
				fmt.Fprintf(out, "  → %s %s\n", tc.FunctionCall.Name, demo.Abbreviate(tc.FunctionCall.Arguments))
			}
		}
		replies, err := d.Respond(ctx, choice)
		if err != nil {
			return err
		}
		for _, m := range replies[1:] {
			for _, p := range m.Parts {
				if r, ok := p.(llms.ToolCallResponse); ok {
					fmt.Fprintf(out, "  ← %s: %s\n", r.Name, demo.Brief(r.Content))
				}
			}
		}
		msgs = append(msgs, replies...)
	}
	return fmt.Errorf("the model still calls tools after %d turns", maxTurns)
}

// organisation is where the tools act.
type organisation struct {
	client  *tools.Client
	about   string
	approve tools.ApproveFunc   // nil on the simulator
	sim     *genesystest.Server // nil on a real organisation
	before  demo.Snapshot       // the simulator's state at the start
	close   func()
}

// connect uses the real organisation the GENESYS_* variables name, or
// starts the simulator when there are none.
func connect(getenv func(string) string, stdin io.Reader, stdout io.Writer) (*organisation, error) {
	if cfg, ok := genesysFromEnv(getenv); ok {
		base, err := cfg.BaseURL()
		if err != nil {
			return nil, err
		}
		ts, err := cfg.TokenSource(nil)
		if err != nil {
			return nil, err
		}
		c, err := tools.NewClient(tools.ClientOptions{BaseURL: base, TokenSource: ts})
		if err != nil {
			return nil, err
		}
		return &organisation{client: c, about: cfg.String(), approve: askPerson(stdin, stdout), close: func() {}}, nil
	}
	sim := startSimulator()
	user := sim.Org().Users[0]
	// The "my calls" tools answer for the user behind the token.
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: sim.URL, HTTPClient: sim.Client(), TokenSource: auth.StaticToken(sim.UserToken(user.ID))})
	if err != nil {
		sim.Close()
		return nil, err
	}
	about := fmt.Sprintf("simulator (genesystest, demo org %q), logged in as %s; set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET or GENESYS_ACCESS_TOKEN for a real org", sim.Org().Name, user.Name)
	return &organisation{client: c, about: about, sim: sim, before: demo.TakeSnapshot(sim), close: sim.Close}, nil
}

// genesysFromEnv is auth.FromEnv reading getenv instead of the process
// environment, so that tests can pass their own.
func genesysFromEnv(getenv func(string) string) (auth.Config, bool) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	cfg := auth.Config{
		ClientID: get(auth.EnvClientID), ClientSecret: get(auth.EnvClientSecret), Region: get(auth.EnvRegion),
		AccessToken: get(auth.EnvAccessToken), APIURL: get(auth.EnvAPIURL), LoginURL: get(auth.EnvLoginURL),
	}
	return cfg, cfg.AccessToken != "" || (cfg.ClientID != "" && cfg.ClientSecret != "")
}

// askPerson asks on the terminal before a destructive tool runs.
func askPerson(stdin io.Reader, stdout io.Writer) tools.ApproveFunc {
	in := bufio.NewReader(stdin)
	return func(_ context.Context, a tools.Approval) (bool, error) {
		fmt.Fprintf(stdout, "  ? approve %s [y/N] ", a.Summary)
		line, _ := in.ReadString('\n')
		answer := strings.ToLower(strings.TrimSpace(line))
		return answer == "y" || answer == "yes", nil
	}
}

// Gemini's OpenAI-compatible endpoint.
const geminiOpenAIURL = "https://generativelanguage.googleapis.com/v1beta/openai"

// chooseModel picks the model from the environment and describes it.
func chooseModel(getenv func(string) string) (llms.Model, string, error) {
	name := func(def string) string {
		if m := strings.TrimSpace(getenv("GENESYSKIT_MODEL")); m != "" {
			return m
		}
		return def
	}
	var (
		opts  []openai.Option
		about string
	)
	switch {
	case getenv("GEMINI_API_KEY") != "":
		m := name("gemini-2.5-flash")
		opts = []openai.Option{openai.WithToken(getenv("GEMINI_API_KEY")), openai.WithModel(m), openai.WithBaseURL(geminiOpenAIURL)}
		about = "Gemini " + m + " (GEMINI_API_KEY), through llms/openai and Gemini's OpenAI-compatible endpoint"
	case getenv("OPENAI_API_KEY") != "":
		m := name("gpt-4o-mini")
		opts = []openai.Option{openai.WithToken(getenv("OPENAI_API_KEY")), openai.WithModel(m)}
		about = "OpenAI " + m + " (OPENAI_API_KEY), through llms/openai"
	case getenv("OLLAMA_HOST") != "":
		base, err := ollamaURL(getenv("OLLAMA_HOST"))
		if err != nil {
			return nil, "", err
		}
		m := name("llama3.1")
		opts = []openai.Option{openai.WithToken("ollama"), openai.WithModel(m), openai.WithBaseURL(base + "/v1")}
		about = "Ollama " + m + " at " + base + " (OLLAMA_HOST), through llms/openai and Ollama's OpenAI-compatible endpoint"
	default:
		return &scriptedModel{}, "scripted (offline and deterministic); set GEMINI_API_KEY, OPENAI_API_KEY or OLLAMA_HOST for a real model", nil
	}
	llm, err := openai.New(opts...)
	if err != nil {
		return nil, "", fmt.Errorf("model: %w", err)
	}
	return llm, about, nil
}

// ollamaURL turns OLLAMA_HOST into a base URL the way Ollama reads it: a
// host or host:port means http on port 11434 unless a port is given; a URL
// is used as it is.
func ollamaURL(host string) (string, error) {
	host = strings.TrimSpace(host)
	bare := !strings.Contains(host, "://")
	if bare {
		host = "http://" + host
	}
	u, err := url.Parse(host)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("OLLAMA_HOST %q is not a host or URL", host)
	}
	if bare && u.Port() == "" {
		u.Host = net.JoinHostPort(u.Hostname(), "11434")
	}
	return strings.TrimSuffix(u.Scheme+"://"+u.Host+u.Path, "/"), nil
}

func shortNames(set *tools.Set) string {
	var names []string
	for _, s := range set.Specs() {
		names = append(names, s.ShortName)
	}
	return strings.Join(names, ", ")
}
