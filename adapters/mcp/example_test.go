package mcptools_test

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// Serve the read-only call tools to an MCP client. The client here is in
// memory and Genesys Cloud is the simulator; in production the server runs
// over stdio (srv.Run(ctx, &mcp.StdioTransport{})) or streamable HTTP
// (NewHTTPHandler) against the real API.
func ExampleRegister() {
	ctx := context.Background()
	sim := genesystest.NewServer(genesystest.Options{})
	defer sim.Close()

	client, err := tools.NewClient(tools.ClientOptions{BaseURL: sim.URL, HTTPClient: sim.Client(), TokenSource: auth.StaticToken(sim.Token())})
	if err != nil {
		panic(err)
	}
	set, err := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls}}})
	if err != nil {
		panic(err)
	}

	srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
	err = mcptools.Register(srv, set, mcptools.Options{ShortNames: true, Filter: tools.Filter{MaxAccess: tools.Read}})
	if err != nil {
		panic(err)
	}

	ct, st := mcp.NewInMemoryTransports()
	ss, err := srv.Connect(ctx, st, nil)
	if err != nil {
		panic(err)
	}
	defer ss.Close()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "agent", Version: "v1"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		panic(err)
	}
	defer cs.Close()

	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			panic(err)
		}
		fmt.Println(tool.Name, "readOnly:", tool.Annotations.ReadOnlyHint)
	}

	// The model forgot an argument; then it guessed an id. Both come back
	// as results it can read and act on.
	for _, args := range []string{`{}`, `{"conversationId":"not-a-real-id"}`} {
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "genesys_get_call", Arguments: json.RawMessage(args)})
		if err != nil {
			panic(err)
		}
		var te tools.ToolError
		_ = json.Unmarshal([]byte(res.Content[0].(*mcp.TextContent).Text), &te)
		fmt.Printf("isError=%v error=%s field=%s code=%s\n", res.IsError, te.Kind, te.Field, te.Code)
	}
	// Output:
	// genesys_get_call readOnly: true
	// genesys_get_calls readOnly: true
	// genesys_get_calls_history readOnly: true
	// genesys_get_conversations_call readOnly: true
	// genesys_get_conversations_calls readOnly: true
	// genesys_get_conversations_calls_history readOnly: true
	// isError=true error=invalid_arguments field=conversationId code=
	// isError=true error=api_error field= code=not.found
}
