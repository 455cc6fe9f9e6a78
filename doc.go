// Package genesyskit gives AI agents written in Go safe, fast and complete
// access to the Genesys Cloud Conversations API: 111 tools covering calls,
// callbacks, participants, transfers, wrap-up, attributes, analytics, agent
// checklists, internal messages and Copilot assist.
//
// The module is organised by concern:
//
//   - [github.com/genesyskit/genesyskit/tools]: the catalogue. One Go struct per
//     API operation with an Invoke method, the registry of tool descriptions,
//     the REST client (typed errors, safe retries, pacing) and Set, the one
//     entry point that checks arguments and applies approvals, audit and
//     dry-run.
//   - [github.com/genesyskit/genesyskit/schema]: JSON Schemas from the tool
//     structs and the one argument check every adapter goes through.
//   - [github.com/genesyskit/genesyskit/auth]: Genesys Cloud regions, token
//     sources and credentials from the environment or the call's context.
//   - [github.com/genesyskit/genesyskit/adapters/mcp],
//     [github.com/genesyskit/genesyskit/adapters/genkit] and
//     [github.com/genesyskit/genesyskit/adapters/langchaingo]: register the
//     tools in-process with an MCP server, Genkit or langchaingo.
//   - [github.com/genesyskit/genesyskit/genesystest]: an in-process Genesys
//     Cloud for running and testing agents offline.
//
// The core packages import no agent framework; a program that uses only
// them compiles none of langchaingo, Genkit or the MCP SDK.
//
// A quick start:
//
//	cfg, _ := auth.FromEnv()
//	ts, err := cfg.TokenSource(nil)
//	base, err := cfg.BaseURL()
//	c, err := tools.NewClient(tools.ClientOptions{BaseURL: base, TokenSource: ts})
//	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{MaxAccess: tools.Read}})
//	res, err := set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(`{"conversationId":"…"}`))
//
// Run `go run ./examples/quickstart` to see it work against the simulator.
package genesyskit
