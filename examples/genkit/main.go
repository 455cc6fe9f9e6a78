// Command genkit is a contact-centre agent built with Firebase Genkit and
// genesyskit. It handles one request from an agent:
//
//	Which calls are active? Put the customer on hold and add a wrap-up note.
//
// Run it with
//
//	go run ./examples/genkit
//
// and it prints each tool call the model makes, with its short result (ids
// shortened to their first eight characters).
//
// # Model
//
// The first of these variables that is set picks a real model, through
// Genkit's own plugins:
//
//   - GEMINI_API_KEY: Gemini (default gemini-2.5-flash), with the
//     compat_oai plugin on Gemini's OpenAI-compatible endpoint;
//   - OPENAI_API_KEY: OpenAI (default gpt-4o-mini), with the compat_oai
//     plugin (OPENAI_BASE_URL is honoured);
//   - OLLAMA_HOST: a local Ollama, as host:port or URL (default model
//     llama3.1, which must support tool calling), with the ollama plugin.
//
// GENESYSKIT_MODEL overrides the model name. Without any of them a scripted
// Genkit model takes the same steps deterministically, so the example runs
// offline. The googlegenai plugin is not used: it adds 16 modules (gRPC,
// protobuf, Google Cloud auth) where compat_oai adds 5 and serves both
// Gemini and OpenAI; the ollama plugin adds none.
//
// # Genesys Cloud
//
// GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or GENESYS_ACCESS_TOKEN (with
// GENESYS_REGION or GENESYS_API_URL), select a real organisation, as
// auth.FromEnv reads them. The "my calls" tool needs a token that acts as a
// user (an authorization-code login's GENESYS_ACCESS_TOKEN): client
// credentials have no user. On a real organisation, putting a customer on
// hold is a destructive tool: it interrupts Generate, the example asks for
// a yes on the terminal and resumes (genkittools.Resume).
//
// Without credentials the example starts genesystest, an in-process Genesys
// Cloud with a seeded demo organisation, and acts as its first user, who is
// on a call.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core/api"
	"github.com/firebase/genkit/go/genkit"
	"github.com/firebase/genkit/go/plugins/compat_oai"
	"github.com/firebase/genkit/go/plugins/ollama"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
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
	org, err := connect(getenv)
	if err != nil {
		return err
	}
	defer org.close()

	choice, err := chooseModel(getenv)
	if err != nil {
		return err
	}
	// The application owns Genkit: genkit.Init belongs in main packages,
	// never in libraries.
	g := genkit.Init(ctx, genkit.WithPlugins(choice.plugins...))
	model := choice.define(g)
	fmt.Fprintln(stdout, "model:  ", choice.about)
	fmt.Fprintln(stdout, "genesys:", org.about)
	if org.sim == nil {
		fmt.Fprintln(stderr, "note: this acts on a real organisation; destructive tools ask before they run.")
	}

	set, err := tools.NewSet(org.client, tools.SetOptions{Filter: tools.Filter{Names: toolNames}})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tools:   %d (%s)\n\n", len(set.Specs()), shortNames(set))

	// On a real organisation destructive tools interrupt Generate until a
	// person decides.
	refs := genkittools.Tools(set, genkittools.Options{Approval: org.sim == nil})
	common := []ai.GenerateOption{
		ai.WithModel(model), ai.WithTools(refs...), ai.WithMaxTurns(maxTurns),
		ai.WithMiddleware(printTools(stdout)),
	}
	fmt.Fprintln(stdout, "user:  ", request)
	resp, err := genkit.Generate(ctx, g, append([]ai.GenerateOption{ai.WithSystem(instructions), ai.WithPrompt(request)}, common...)...)
	for err == nil && resp.FinishReason == ai.FinishReasonInterrupted {
		var opts []ai.GenerateOption
		opts, err = genkittools.Resume(resp, askPerson(stdin, stdout))
		if err != nil {
			break
		}
		resp, err = genkit.Generate(ctx, g, append(opts, common...)...)
	}
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	fmt.Fprintln(stdout, "agent: ", strings.TrimSpace(resp.Text()))
	if org.sim != nil {
		org.before.Report(stdout, org.sim, demo.ReportOptions{Heading: "What changed in the simulator:"})
	}
	return nil
}

// printTools is model middleware that prints the tool calls the model asks
// for and, on its next turn, the results it reads.
func printTools(out io.Writer) ai.ModelMiddleware {
	return func(next ai.ModelFunc) ai.ModelFunc {
		return func(ctx context.Context, req *ai.ModelRequest, cb ai.ModelStreamCallback) (*ai.ModelResponse, error) {
			first := len(req.Messages)
			for first > 0 && req.Messages[first-1].Role == ai.RoleTool {
				first--
			}
			for _, m := range req.Messages[first:] {
				for _, p := range m.Content {
					if p.IsToolResponse() {
						fmt.Fprintf(out, "  ← %s: %s\n", p.ToolResponse.Name, demo.Brief(demo.JSONText(p.ToolResponse.Output)))
					}
				}
			}
			resp, err := next(ctx, req, cb)
			if err == nil && resp.Message != nil {
				for _, p := range resp.Message.Content {
					if p.IsToolRequest() {
						fmt.Fprintf(out, "  → %s %s\n", p.ToolRequest.Name, demo.Abbreviate(demo.JSONText(p.ToolRequest.Input)))
					}
				}
			}
			return resp, err
		}
	}
}

// askPerson asks on the terminal whether a pending destructive call may run.
func askPerson(stdin io.Reader, stdout io.Writer) func(genkittools.Pending) (bool, string) {
	in := bufio.NewReader(stdin)
	return func(p genkittools.Pending) (bool, string) {
		fmt.Fprintf(stdout, "  ? approve %s [y/N] ", p.Summary)
		line, _ := in.ReadString('\n')
		answer := strings.ToLower(strings.TrimSpace(line))
		if answer == "y" || answer == "yes" {
			return true, ""
		}
		return false, "the agent said no"
	}
}

// organisation is where the tools act.
type organisation struct {
	client *tools.Client
	about  string
	sim    *genesystest.Server // nil on a real organisation
	before demo.Snapshot       // the simulator's state at the start
	close  func()
}

// connect uses the real organisation the GENESYS_* variables name, or
// starts the simulator when there are none.
func connect(getenv func(string) string) (*organisation, error) {
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
		return &organisation{client: c, about: cfg.String(), close: func() {}}, nil
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

// modelChoice is the model the environment picked: the plugins to pass to
// genkit.Init and how to get the model once Genkit is initialised.
type modelChoice struct {
	about   string
	plugins []api.Plugin
	define  func(g *genkit.Genkit) ai.ModelArg
}

// Gemini's OpenAI-compatible endpoint.
const geminiOpenAIURL = "https://generativelanguage.googleapis.com/v1beta/openai/"

// chooseModel picks the model from the environment.
func chooseModel(getenv func(string) string) (modelChoice, error) {
	name := func(def string) string {
		if m := strings.TrimSpace(getenv("GENESYSKIT_MODEL")); m != "" {
			return m
		}
		return def
	}
	byName := func(n string) func(*genkit.Genkit) ai.ModelArg {
		return func(*genkit.Genkit) ai.ModelArg { return ai.NewModelRef(n, nil) }
	}
	switch {
	case getenv("GEMINI_API_KEY") != "":
		m := name("gemini-2.5-flash")
		return modelChoice{
			about:   "Gemini " + m + " (GEMINI_API_KEY), with Genkit's compat_oai plugin on Gemini's OpenAI-compatible endpoint",
			plugins: []api.Plugin{&compat_oai.OpenAICompatible{Provider: "gemini", APIKey: getenv("GEMINI_API_KEY"), BaseURL: geminiOpenAIURL}},
			define:  byName("gemini/" + m),
		}, nil
	case getenv("OPENAI_API_KEY") != "":
		m := name("gpt-4o-mini")
		return modelChoice{
			about:   "OpenAI " + m + " (OPENAI_API_KEY), with Genkit's compat_oai plugin",
			plugins: []api.Plugin{&compat_oai.OpenAICompatible{Provider: "openai", APIKey: getenv("OPENAI_API_KEY")}},
			define:  byName("openai/" + m),
		}, nil
	case getenv("OLLAMA_HOST") != "":
		base, err := ollamaURL(getenv("OLLAMA_HOST"))
		if err != nil {
			return modelChoice{}, err
		}
		m := name("llama3.1")
		o := &ollama.Ollama{ServerAddress: base, Timeout: 300}
		return modelChoice{
			about:   "Ollama " + m + " at " + base + " (OLLAMA_HOST), with Genkit's ollama plugin",
			plugins: []api.Plugin{o},
			define: func(g *genkit.Genkit) ai.ModelArg {
				return o.DefineModel(g, ollama.ModelDefinition{Name: m, Type: "chat"},
					&ai.ModelOptions{Supports: &ai.ModelSupports{Multiturn: true, SystemRole: true, Tools: true}})
			},
		}, nil
	}
	return modelChoice{
		about:  "scripted (offline and deterministic); set GEMINI_API_KEY, OPENAI_API_KEY or OLLAMA_HOST for a real model",
		define: defineScripted,
	}, nil
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
