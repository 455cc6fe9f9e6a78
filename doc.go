// Package genesyskit gives AI agents written in Go safe, fast and complete
// access to the Genesys Cloud Conversations API: 111 tools covering calls,
// callbacks, participants, transfers, wrap-up, attributes, analytics, agent
// checklists, internal messages and Copilot assist.
//
// The module is organised by concern:
//
//   - [github.com/genesyskit/genesyskit/tools]: the catalogue. One Go struct per
//     API operation with an Invoke method, the registry of tool descriptions,
//     and the REST client with typed errors.
//   - [github.com/genesyskit/genesyskit/schema]: JSON Schemas from the tool
//     structs and the one argument check every adapter goes through.
//   - [github.com/genesyskit/genesyskit/auth]: Genesys Cloud regions and
//     credentials.
//
// The core packages import no agent framework; a program that uses only
// them compiles none of langchaingo, Genkit or the MCP SDK.
//
// A quick start:
//
//	c, err := tools.NewClient(tools.ClientOptions{Region: "eu_west_1", TokenSource: ts})
//	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{MaxAccess: tools.Read}})
//	res, err := set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(`{"conversationId":"…"}`))
package genesyskit
