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
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core/api"
	"github.com/firebase/genkit/go/genkit"
	"github.com/firebase/genkit/go/plugins/compat_oai"
	"github.com/firebase/genkit/go/plugins/ollama"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	"github.com/genesyskit/genesyskit/internal/demo"
)

// startSimulator starts the simulator used without credentials; tests
// replace it to inspect the simulator afterwards.
var startSimulator = demo.StartSimulator

func main() { demo.Main(run) }

// run handles the request (demo.Request) once. getenv is the environment
// (os.Getenv in main); stdin answers approval questions on a real
// organisation.
func run(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	org, err := demo.Connect(getenv, startSimulator)
	if err != nil {
		return err
	}
	defer org.Close()

	choice, err := chooseModel(getenv)
	if err != nil {
		return err
	}
	// The application owns Genkit: genkit.Init belongs in main packages,
	// never in libraries.
	g := genkit.Init(ctx, genkit.WithPlugins(choice.plugins...))
	model := choice.define(g)
	org.Introduce(stdout, stderr, choice.about)

	// On a real organisation destructive tools interrupt Generate until a
	// person decides, so the set itself asks nobody.
	set, err := org.ToolSet(stdout, nil)
	if err != nil {
		return err
	}
	refs := genkittools.Tools(set, genkittools.Options{Approval: org.Sim == nil})
	common := []ai.GenerateOption{
		ai.WithModel(model), ai.WithTools(refs...), ai.WithMaxTurns(demo.MaxTurns),
		ai.WithMiddleware(printTools(stdout)),
	}
	fmt.Fprintln(stdout, "user:  ", demo.Request)
	resp, err := genkit.Generate(ctx, g, append([]ai.GenerateOption{ai.WithSystem(demo.Instructions), ai.WithPrompt(demo.Request)}, common...)...)
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
	org.Report(stdout)
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
						demo.PrintResult(out, p.ToolResponse.Name, demo.JSONText(p.ToolResponse.Output))
					}
				}
			}
			resp, err := next(ctx, req, cb)
			if err == nil && resp.Message != nil {
				for _, p := range resp.Message.Content {
					if p.IsToolRequest() {
						demo.PrintCall(out, p.ToolRequest.Name, demo.JSONText(p.ToolRequest.Input))
					}
				}
			}
			return resp, err
		}
	}
}

// askPerson asks on the terminal whether a pending destructive call may run.
func askPerson(stdin io.Reader, stdout io.Writer) func(genkittools.Pending) (bool, string) {
	confirm := demo.Confirm(stdin, stdout)
	return func(p genkittools.Pending) (bool, string) {
		if confirm(p.Summary) {
			return true, ""
		}
		return false, "the agent said no"
	}
}

// modelChoice is the model the environment picked: the plugins to pass to
// genkit.Init and how to get the model once Genkit is initialised.
type modelChoice struct {
	about   string
	plugins []api.Plugin
	define  func(g *genkit.Genkit) ai.ModelArg
}

// chooseModel picks the model from the environment (demo.ModelFromEnv) and
// the Genkit plugin that reaches it.
func chooseModel(getenv func(string) string) (modelChoice, error) {
	env, err := demo.ModelFromEnv(getenv)
	if err != nil {
		return modelChoice{}, err
	}
	byName := func(n string) func(*genkit.Genkit) ai.ModelArg {
		return func(*genkit.Genkit) ai.ModelArg { return ai.NewModelRef(n, nil) }
	}
	switch env.Provider {
	case demo.Gemini:
		return modelChoice{
			about:   env.About + ", with Genkit's compat_oai plugin on Gemini's OpenAI-compatible endpoint",
			plugins: []api.Plugin{&compat_oai.OpenAICompatible{Provider: "gemini", APIKey: env.APIKey, BaseURL: demo.GeminiOpenAIURL + "/"}},
			define:  byName("gemini/" + env.Name),
		}, nil
	case demo.OpenAI:
		return modelChoice{
			about:   env.About + ", with Genkit's compat_oai plugin",
			plugins: []api.Plugin{&compat_oai.OpenAICompatible{Provider: "openai", APIKey: env.APIKey}},
			define:  byName("openai/" + env.Name),
		}, nil
	case demo.Ollama:
		o := &ollama.Ollama{ServerAddress: env.OllamaURL, Timeout: 300}
		return modelChoice{
			about:   env.About + ", with Genkit's ollama plugin",
			plugins: []api.Plugin{o},
			define: func(g *genkit.Genkit) ai.ModelArg {
				return o.DefineModel(g, ollama.ModelDefinition{Name: env.Name, Type: "chat"},
					&ai.ModelOptions{Supports: &ai.ModelSupports{Multiturn: true, SystemRole: true, Tools: true}})
			},
		}, nil
	}
	return modelChoice{about: env.About, define: defineScripted}, nil
}
