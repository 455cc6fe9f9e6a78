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
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/internal/demo"
	"github.com/genesyskit/genesyskit/tools"
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
	var approve tools.ApproveFunc // the simulator asks nobody
	if org.Sim == nil {
		approve = askPerson(stdin, stdout)
	}

	model, about, err := chooseModel(getenv)
	if err != nil {
		return err
	}
	org.Introduce(stdout, stderr, about)

	set, err := org.ToolSet(stdout, approve)
	if err != nil {
		return err
	}
	if err := converse(ctx, stdout, model, set); err != nil {
		return err
	}
	org.Report(stdout)
	return nil
}

// converse runs the function-calling loop: the model answers with tool
// calls, the Dispatcher runs them through the set and the results go back
// to the model, until it answers with text.
func converse(ctx context.Context, out io.Writer, model llms.Model, set *tools.Set) error {
	defs := lctools.Definitions(set, lctools.Options{})
	d := lctools.NewDispatcher(set, lctools.Options{})
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, demo.Instructions),
		llms.TextParts(llms.ChatMessageTypeHuman, demo.Request),
	}
	fmt.Fprintln(out, "user:  ", demo.Request)
	for range demo.MaxTurns {
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
				demo.PrintCall(out, tc.FunctionCall.Name, tc.FunctionCall.Arguments)
			}
		}
		replies, err := d.Respond(ctx, choice)
		if err != nil {
			return err
		}
		for _, m := range replies[1:] {
			for _, p := range m.Parts {
				if r, ok := p.(llms.ToolCallResponse); ok {
					demo.PrintResult(out, r.Name, r.Content)
				}
			}
		}
		msgs = append(msgs, replies...)
	}
	return fmt.Errorf("the model still calls tools after %d turns", demo.MaxTurns)
}

// askPerson asks on the terminal before a destructive tool runs.
func askPerson(stdin io.Reader, stdout io.Writer) tools.ApproveFunc {
	confirm := demo.Confirm(stdin, stdout)
	return func(_ context.Context, a tools.Approval) (bool, error) {
		return confirm(a.Summary), nil
	}
}

// chooseModel picks the model from the environment (demo.ModelFromEnv),
// reached through llms/openai, and describes it.
func chooseModel(getenv func(string) string) (llms.Model, string, error) {
	env, err := demo.ModelFromEnv(getenv)
	if err != nil {
		return nil, "", err
	}
	var (
		opts  []openai.Option
		about string
	)
	switch env.Provider {
	case demo.Gemini:
		opts = []openai.Option{openai.WithToken(env.APIKey), openai.WithModel(env.Name), openai.WithBaseURL(demo.GeminiOpenAIURL)}
		about = env.About + ", through llms/openai and Gemini's OpenAI-compatible endpoint"
	case demo.OpenAI:
		opts = []openai.Option{openai.WithToken(env.APIKey), openai.WithModel(env.Name)}
		about = env.About + ", through llms/openai"
	case demo.Ollama:
		opts = []openai.Option{openai.WithToken("ollama"), openai.WithModel(env.Name), openai.WithBaseURL(env.OllamaURL + "/v1")}
		about = env.About + ", through llms/openai and Ollama's OpenAI-compatible endpoint"
	default:
		return &scriptedModel{}, env.About, nil
	}
	llm, err := openai.New(opts...)
	if err != nil {
		return nil, "", fmt.Errorf("model: %w", err)
	}
	return llm, about, nil
}
