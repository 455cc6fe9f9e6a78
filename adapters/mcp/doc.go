// Package mcptools serves genesyskit tools over the Model Context Protocol,
// on a server built with the official Go SDK
// (github.com/modelcontextprotocol/go-sdk/mcp). Its name differs from the
// SDK's mcp package, so both import side by side:
//
//	import (
//		"github.com/modelcontextprotocol/go-sdk/mcp"
//
//		mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
//		"github.com/genesyskit/genesyskit/tools"
//	)
//
//	set, _ := tools.NewSet(client, tools.SetOptions{RequireApproval: true})
//	srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
//	if err := mcptools.Register(srv, set, mcptools.Options{Approval: mcptools.ApprovalElicit}); err != nil {
//		return err
//	}
//	return srv.Run(ctx, &mcp.StdioTransport{})
//
// # What a client sees
//
// [Register] adds every tool of the set (narrowed by [Options.Filter]) with
// its catalogue name (or short name, see [Options.ShortNames]), title,
// model-facing description, the core's JSON Schema as the input schema, and
// annotations derived from the access class. Annotations state only what
// differs from MCP's defaults: readOnlyHint for read tools; for the others
// destructiveHint (true only for destructive ones). idempotentHint comes from
// the catalogue (the SDK always sends it; every read tool is idempotent).
// Every tool talks to Genesys Cloud, which is MCP's default openWorldHint,
// so it is not repeated.
//
// To keep the listing lean, a subschema that occurs more than once in a
// tool's input schema (the filter clauses and predicates of an analytics
// query, for example) is given once under the schema's $defs and referred
// to with $ref. Listed schemas are computed once per process.
//
// The tools are added with the SDK's raw AddTool, so the SDK neither infers
// nor checks schemas: arguments go unchanged to [tools.Set.Call], which
// checks them, applies the set's policy and sends the request.
//
// # Results and errors
//
// A successful call returns the Genesys answer as JSON text, and also as
// structured content when it is a JSON object. The HTTP status and the
// correlation id travel in the result's _meta.
//
// Answers are shaped for the model's context by [tools.Spec.Shape]: nulls,
// empty values and selfUri links are dropped, and the page of a tool that
// can page is cut to 25 items, followed by a "truncated" marker with the
// arguments that fetch the rest. [Options.Shape] sets the number of items;
// [Options.RawAnswers] returns answers exactly as Genesys Cloud sent them.
//
// Failures the model can act on — invalid arguments (naming the field),
// Genesys API errors (status, code such as not.found, message), rate
// limits, refused approvals — come back as a result with isError set and
// the [tools.ToolError] JSON as its text, so the model can correct itself.
// A cancelled or expired context and unexpected failures are returned as Go
// errors, which the SDK turns into JSON-RPC errors.
//
// # Approval
//
// With [ApprovalElicit], each destructive call asks the user through MCP
// elicitation ("approve": yes or no) before anything is sent, and is
// refused if the client cannot ask. The request uses the SDK's multi
// round-trip pattern, which works with clients on every protocol version
// the SDK supports. [ApprovalRefuse] refuses every destructive call. The
// default, [ApprovalFromSet], leaves approval to the set's own
// [tools.SetOptions].
//
// # Per-request credentials
//
// Over streamable HTTP, each call can act with the credentials of the
// caller: by default a bearer token in the Authorization header of the MCP
// HTTP request is used for that call's Genesys requests, in place of the
// Client's own credentials ([BearerToken]). Use [Options.Credentials] to
// change that, for example when the MCP endpoint has its own OAuth and its
// tokens are not Genesys tokens, or [RequireBearerToken] when a call must
// never fall back to the Client's credentials. [NewHTTPHandler] builds the
// HTTP handler.
package mcptools
