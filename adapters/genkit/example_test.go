package genkittools_test

import (
	"context"
	"fmt"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// exampleModel stands in for a real model so the examples run offline: it
// asks for one tool call, then repeats the tool's answer.
func exampleModel(g *genkit.Genkit, name string, call *ai.ToolRequest) ai.Model {
	return genkit.DefineModel(g, name, &ai.ModelOptions{Supports: &ai.ModelSupports{Tools: true, Multiturn: true}},
		func(_ context.Context, req *ai.ModelRequest, _ ai.ModelStreamCallback) (*ai.ModelResponse, error) {
			last := req.Messages[len(req.Messages)-1]
			if last.Role != ai.RoleTool {
				return &ai.ModelResponse{Request: req, Message: &ai.Message{Role: ai.RoleModel, Content: []*ai.Part{ai.NewToolRequestPart(call)}}}, nil
			}
			return &ai.ModelResponse{Request: req, Message: ai.NewModelTextMessage(fmt.Sprintf("tool said: %v", last.Content[0].ToolResponse.Output))}, nil
		})
}

// Give a model the conversation tools for one Generate call.
func ExampleTools() {
	srv := genesystest.NewServer(genesystest.Options{}) // an in-process Genesys Cloud
	defer srv.Close()
	client, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	if err != nil {
		panic(err)
	}
	set, err := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations}}})
	if err != nil {
		panic(err)
	}

	ctx := context.Background()
	g := genkit.Init(ctx) // the application's Genkit, with its model plugins
	conv := srv.ActiveConversations()[0].ID
	model := exampleModel(g, "example/tags", &ai.ToolRequest{Name: "genesys_put_conversation_tags",
		Input: map[string]any{"conversationId": conv, "externalTag": "CRM-42"}})

	resp, err := genkit.Generate(ctx, g, ai.WithModel(model),
		ai.WithPrompt("Tag the conversation with ticket CRM-42."),
		ai.WithTools(genkittools.Tools(set, genkittools.Options{})...))
	if err != nil {
		panic(err)
	}
	c, _ := srv.Conversation(conv)
	fmt.Println(resp.Text())
	fmt.Println("external tag:", c.ExternalTag)
	// Output:
	// tool said: CRM-42
	// external tag: CRM-42
}

// Ask a person before a destructive tool runs, then resume Generate.
func ExampleResume() {
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	client, _ := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	set, _ := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations}}})

	ctx := context.Background()
	g := genkit.Init(ctx)
	conv := srv.ActiveConversations()[0].ID
	model := exampleModel(g, "example/hangup", &ai.ToolRequest{Name: "genesys_post_conversation_disconnect",
		Input: map[string]any{"conversationId": conv}})
	refs := genkittools.Tools(set, genkittools.Options{Approval: true})

	resp, err := genkit.Generate(ctx, g, ai.WithModel(model), ai.WithPrompt("This call is stuck; end it."), ai.WithTools(refs...))
	if err != nil {
		panic(err)
	}
	for resp.FinishReason == ai.FinishReasonInterrupted {
		fmt.Println("finish reason:", resp.FinishReason)
		opts, err := genkittools.Resume(resp, func(p genkittools.Pending) (bool, string) {
			fmt.Println("approve?", p.Title)
			return true, "" // a person said yes
		})
		if err != nil {
			panic(err)
		}
		resp, err = genkit.Generate(ctx, g, append(opts, ai.WithModel(model), ai.WithTools(refs...))...)
		if err != nil {
			panic(err)
		}
	}
	c, _ := srv.Conversation(conv)
	fmt.Println(resp.Text() == "tool said: Conversation "+conv+" disconnected", c.EndTime != nil)
	// Output:
	// finish reason: interrupted
	// approve? Force conversation teardown
	// true true
}
