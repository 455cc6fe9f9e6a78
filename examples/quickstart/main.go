// Command quickstart shows genesyskit end to end, offline, in a few
// seconds:
//
//	go run ./examples/quickstart
//
// It starts genesystest (an in-process Genesys Cloud with a seeded demo
// organisation), binds a small tools.Set to it as the first user, an agent
// on a call, and runs one short scripted agent turn through each adapter:
//
//   - MCP: an in-memory client session lists the tools and reads the
//     agent's active call;
//   - Genkit: genkit.Generate with a scripted model that puts the customer
//     on hold;
//   - langchaingo: a scripted function-calling model whose tool call the
//     Dispatcher runs, adding a wrap-up note.
//
// It prints what each tool did and what changed in the simulator. The
// output is the same on every run: the seed and the clock are fixed. No
// environment variable is read and nothing leaves the process.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/tmc/langchaingo/llms"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/internal/demo"
	"github.com/genesyskit/genesyskit/tools"
)

// clock is the simulator's fixed time.
var clock = time.Date(2026, 3, 2, 14, 30, 0, 0, time.UTC)

// startSimulator starts the simulator; tests replace it to inspect the
// simulator afterwards.
var startSimulator = func() *genesystest.Server {
	return genesystest.NewServer(genesystest.Options{Seed: 1, Now: func() time.Time { return clock }})
}

// toolNames is the tool set every adapter serves: the few tools of the
// scenario, out of the 111 of the catalogue.
var toolNames = []string{demo.ToolGetCalls, demo.ToolGetConversation, demo.ToolHold, demo.ToolWrapup}

// wrapupNotes is the note the langchaingo turn saves.
const wrapupNotes = "Customer on hold while the agent checks their request."

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer) error {
	fmt.Fprintln(out, "genesyskit quickstart: one tool set, three agent frameworks, all offline")

	// 1. A Genesys Cloud to act on, and the tools bound to it.
	org, err := demo.Simulate(startSimulator)
	if err != nil {
		return err
	}
	defer org.Close()
	sim := org.Sim
	set, err := tools.NewSet(org.Client, tools.SetOptions{Filter: tools.Filter{Names: toolNames}})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\n1. Simulator: genesystest, demo org %q, logged in as %s (agent)\n", sim.Org().Name, org.User.Name)
	fmt.Fprintf(out, "   tools.Set: %d of the %d catalogue tools\n", len(set.Specs()), len(tools.All()))

	// 2. MCP.
	fmt.Fprintln(out, "\n2. MCP (go-sdk): mcptools.Register on a server, an in-memory client session")
	c, err := mcpTurn(ctx, out, set)
	if err != nil {
		return fmt.Errorf("mcp: %w", err)
	}

	// 3. Genkit.
	fmt.Fprintln(out, "\n3. Genkit: genkit.Generate with genkittools.Tools and a scripted model")
	if err := genkitTurn(ctx, out, set, c); err != nil {
		return fmt.Errorf("genkit: %w", err)
	}

	// 4. langchaingo.
	fmt.Fprintln(out, "\n4. langchaingo: lctools.Definitions, a scripted function-calling model, lctools.Dispatcher")
	if err := langchainTurn(ctx, out, set, c); err != nil {
		return fmt.Errorf("langchaingo: %w", err)
	}

	org.Before.Report(out, sim, demo.ReportOptions{Heading: "What changed in the simulator", HoldSince: true})
	fmt.Fprintf(out, "  %d API requests, all to the in-process simulator\n", len(sim.Requests()))

	fmt.Fprint(out, `
Go further
  go run ./examples/genkit        one agent handles "Which calls are active? Put the customer on hold
  go run ./examples/langchaingo   and add a wrap-up note.": with a real model if GEMINI_API_KEY,
                                  OPENAI_API_KEY or OLLAMA_HOST is set, a scripted one otherwise
  a real organisation             GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (and GENESYS_REGION),
                                  or GENESYS_ACCESS_TOKEN, a user's token for the "my calls" tools
  an MCP server                   go run ./examples/mcp serves the 111 tools to MCP clients over stdio,
                                  or streamable HTTP with -http; in Go, mcptools.Register (go doc ./adapters/mcp)
`)
	return nil
}

// mcpTurn lists the tools over MCP and reads the agent's active call, as
// an MCP host would before handing them to its model.
func mcpTurn(ctx context.Context, out io.Writer, set *tools.Set) (demo.Call, error) {
	server := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
	if err := mcptools.Register(server, set, mcptools.Options{ShortNames: true}); err != nil {
		return demo.Call{}, err
	}
	ct, st := mcp.NewInMemoryTransports()
	ss, err := server.Connect(ctx, st, nil)
	if err != nil {
		return demo.Call{}, err
	}
	defer ss.Close()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "quickstart", Version: "v1"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		return demo.Call{}, err
	}
	defer cs.Close()

	fmt.Fprintln(out, "   tools/list:")
	for t, err := range cs.Tools(ctx, nil) {
		if err != nil {
			return demo.Call{}, err
		}
		access := "write"
		switch {
		case t.Annotations.ReadOnlyHint:
			access = "read-only"
		case t.Annotations.DestructiveHint != nil && *t.Annotations.DestructiveHint:
			access = "destructive"
		}
		fmt.Fprintf(out, "     %-52s %s\n", t.Name, access)
	}

	callTool := func(name string, args any) (string, error) {
		raw, err := json.Marshal(args)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(out, "   → %s %s\n", name, demo.Abbreviate(string(raw)))
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: json.RawMessage(raw)})
		if err != nil {
			return "", err
		}
		text := res.Content[0].(*mcp.TextContent).Text
		fmt.Fprintf(out, "     ← %s\n", demo.Brief(text))
		if res.IsError {
			return "", fmt.Errorf("%s failed: %s", name, text)
		}
		return text, nil
	}

	calls, err := callTool(demo.ToolGetCalls, struct{}{})
	if err != nil {
		return demo.Call{}, err
	}
	var list struct {
		Entities []struct {
			ID string `json:"id"`
		} `json:"entities"`
	}
	if err := demo.Decode(calls, &list); err != nil || len(list.Entities) == 0 {
		return demo.Call{}, fmt.Errorf("no active call in %s", calls)
	}
	convText, err := callTool(demo.ToolGetConversation, map[string]string{"conversationId": list.Entities[0].ID})
	if err != nil {
		return demo.Call{}, err
	}
	c, err := demo.ReadCall(convText)
	if err != nil {
		return demo.Call{}, err
	}
	if !c.Connected() {
		return demo.Call{}, fmt.Errorf("conversation %s has no connected customer and agent", c.ConversationID)
	}
	return c, nil
}

// genkitTurn asks a scripted Genkit model to put the customer on hold; the
// model answers with a tool request, Genkit runs the tool and the model
// reads its result.
func genkitTurn(ctx context.Context, out io.Writer, set *tools.Set, c demo.Call) error {
	g := genkit.Init(ctx) // in an application's main, with its model plugins
	model := genkit.DefineModel(g, "scripted/hold", &ai.ModelOptions{Supports: &ai.ModelSupports{Tools: true, Multiturn: true}},
		func(_ context.Context, req *ai.ModelRequest, _ ai.ModelStreamCallback) (*ai.ModelResponse, error) {
			last := req.Messages[len(req.Messages)-1]
			if last.Role != ai.RoleTool {
				hold := &ai.ToolRequest{Name: demo.ToolHold, Ref: "hold", Input: c.Hold()}
				fmt.Fprintf(out, "   → %s %s\n", hold.Name, demo.Abbreviate(demo.JSONText(hold.Input)))
				return &ai.ModelResponse{Request: req, Message: &ai.Message{Role: ai.RoleModel, Content: []*ai.Part{ai.NewToolRequestPart(hold)}}}, nil
			}
			result := demo.JSONText(last.Content[0].ToolResponse.Output)
			fmt.Fprintf(out, "     ← %s\n", demo.Brief(result))
			answer := c.CustomerName + " is on hold."
			if msg, failed := demo.Failure(result); failed {
				answer = "The hold failed: " + msg
			}
			return &ai.ModelResponse{Request: req, Message: ai.NewModelTextMessage(answer)}, nil
		})

	prompt := "Put " + c.CustomerName + " on hold."
	fmt.Fprintln(out, "   user: ", prompt)
	resp, err := genkit.Generate(ctx, g, ai.WithModel(model), ai.WithPrompt(prompt),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "   model:", resp.Text())
	return nil
}

// scriptedLLM is a langchaingo function-calling model that asks for one
// tool call, then answers with text.
type scriptedLLM struct {
	call *llms.ToolCall
}

func (m *scriptedLLM) GenerateContent(_ context.Context, msgs []llms.MessageContent, _ ...llms.CallOption) (*llms.ContentResponse, error) {
	last := msgs[len(msgs)-1]
	if last.Role != llms.ChatMessageTypeTool {
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{ToolCalls: []llms.ToolCall{*m.call}}}}, nil
	}
	answer := "Draft wrap-up note saved."
	if r, ok := last.Parts[0].(llms.ToolCallResponse); ok {
		if msg, failed := demo.Failure(r.Content); failed {
			answer = "The wrap-up note failed: " + msg
		}
	}
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: answer}}}, nil
}

func (m *scriptedLLM) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, opts...)
}

// langchainTurn asks a scripted model for a wrap-up note: the model
// answers with a tool call, the Dispatcher runs it and the model reads the
// tool message.
func langchainTurn(ctx context.Context, out io.Writer, set *tools.Set, c demo.Call) error {
	args, err := json.Marshal(c.DraftNote(wrapupNotes))
	if err != nil {
		return err
	}
	var model llms.Model = &scriptedLLM{call: &llms.ToolCall{ID: "call_1", Type: "function",
		FunctionCall: &llms.FunctionCall{Name: demo.ToolWrapup, Arguments: string(args)}}}

	prompt := "Add a wrap-up note to my call."
	fmt.Fprintln(out, "   user: ", prompt)
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, prompt)}
	defs := lctools.Definitions(set, lctools.Options{})
	d := lctools.NewDispatcher(set, lctools.Options{JSONErrors: true})
	for range 3 {
		resp, err := model.GenerateContent(ctx, msgs, llms.WithTools(defs))
		if err != nil {
			return err
		}
		choice := resp.Choices[0]
		if len(choice.ToolCalls) == 0 {
			fmt.Fprintln(out, "   model:", choice.Content)
			return nil
		}
		for _, tc := range choice.ToolCalls {
			fmt.Fprintf(out, "   → %s %s\n", tc.FunctionCall.Name, demo.Abbreviate(tc.FunctionCall.Arguments))
		}
		replies, err := d.Respond(ctx, choice)
		if err != nil {
			return err
		}
		for _, r := range replies[1:] {
			fmt.Fprintf(out, "     ← %s\n", demo.Brief(r.Parts[0].(llms.ToolCallResponse).Content))
		}
		msgs = append(msgs, replies...)
	}
	return fmt.Errorf("the model did not finish")
}
