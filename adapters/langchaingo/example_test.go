package lctools_test

import (
	"context"
	"fmt"

	"github.com/tmc/langchaingo/llms"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// Give a langchaingo agent Genesys Cloud tools. Here they run against the
// in-process simulator; pass the result to agents.NewOneShotAgent.
func ExampleTools() {
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	client, _ := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	set, _ := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{
		Names: []string{"genesys_conversations_get_call", "genesys_conversations_patch_call_participant"},
	}})

	agentTools := lctools.Tools(set, lctools.Options{})
	for _, t := range agentTools {
		fmt.Println(t.Name())
	}
	ctx := context.Background()

	// The agent puts a waiting caller on hold.
	org := srv.Org()
	id, _ := srv.InboundCall(org.Queues[0].ID, org.ExternalContacts[0].CellPhone)
	conv, _ := srv.Conversation(id)
	out, err := agentTools[1].Call(ctx, `{"conversationId":"`+id+`","participantId":"`+conv.Participants[0].ID+`","held":true}`)
	fmt.Println(out, err)

	// A mistake is an observation for the model, not an error that ends the run.
	out, err = agentTools[1].Call(ctx, "```json\n{\"conversationId\":\""+id+"\",\"held\":true}\n```")
	fmt.Println(out, err)
	// Output:
	// genesys_get_call
	// genesys_patch_call_participant
	// {"ok":true,"status":202} <nil>
	// invalid_arguments in field participantId: is required; expected: Participant id. Fix the arguments and call the tool again; nothing was sent. <nil>
}

// Run a function-calling model's tool calls and send the results back.
func ExampleDispatcher_Respond() {
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	client, _ := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token())})
	set, _ := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls}, MaxAccess: tools.Read}})

	// Offer the tools with llms.WithTools(defs); the model answers with tool calls.
	defs := lctools.Definitions(set, lctools.Options{})
	fmt.Println(len(defs), defs[0].Function.Name)
	choice := &llms.ContentChoice{ToolCalls: []llms.ToolCall{{
		ID: "call_1", Type: "function",
		FunctionCall: &llms.FunctionCall{Name: "genesys_get_call", Arguments: `{"conversationId":"no-such-call"}`},
	}}}

	d := lctools.NewDispatcher(set, lctools.Options{JSONErrors: true})
	msgs, err := d.Respond(context.Background(), choice)
	if err != nil {
		panic(err)
	}
	for _, m := range msgs {
		fmt.Println(m.Role, len(m.Parts))
	}
	fmt.Println(msgs[1].Parts[0].(llms.ToolCallResponse).Content)
	// Output:
	// 6 genesys_get_call
	// ai 1
	// tool 1
	// {"tool":"genesys_get_call","error":"api_error","status":404,"code":"not.found","message":"The requested call conversation no-such-call was not found.","hint":"Check the ids: get them from a list or get tool of this conversation rather than guessing.","correlationId":"sim-00000001"}
}
