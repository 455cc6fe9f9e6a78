// Package tools is the genesyskit catalogue: the 111 Genesys Cloud
// Conversations tools, the registry that describes them, and the REST core
// that sends their requests.
//
// # Tools
//
// Every Platform API operation is a struct whose fields are the operation's
// path, query and body parameters, flattened to the top level and spelled
// as the API spells them. Its Invoke method sends exactly the official
// request:
//
//	c, _ := tools.NewClient(tools.ClientOptions{Region: "eu_west_1", TokenSource: ts})
//	res, err := (&tools.GetCall{ConversationID: id}).Invoke(ctx, c)
//
// Only the fields a caller sets are sent; *bool fields distinguish "false"
// from "not set". Path parameters are checked and escaped per segment, so no
// value can change which endpoint is called.
//
// # Registry
//
// [All] lists the catalogue as [Spec] values: catalogue name, a short name of
// at most 64 characters for model providers that cap function names, title,
// model-facing description, toolset, access class (read, write, destructive),
// idempotency, method and path. [Lookup] finds a tool by either name and
// [Select] filters by toolset, name and an access ceiling.
//
// # Calling tools with model arguments
//
// A [Set] binds a selection to a [Client]. [Set.Call] is the single entry
// point adapters use: it looks the tool up, checks the JSON arguments
// against the tool's schema (an [*InputError] naming the field, before any
// request), and invokes it.
//
// # Errors
//
// Non-2xx answers become [*APIError] (Genesys code, message and correlation
// id) or [*RateLimitError] (with RetryAfter). A cancelled context returns
// the context's error. Answers without a body (202, 204) become a small
// acknowledgement, {"ok":true,"status":202}.
package tools
