// Package genesystest runs an in-process Genesys Cloud for tests, the way
// net/http/httptest runs an HTTP server: a seeded demo organisation whose
// 104 Conversations API operations behave like the real ones.
//
//	srv := genesystest.NewServer(genesystest.Options{Seed: 1})
//	defer srv.Close()
//	// srv.URL is the API base URL; srv.ClientID / srv.ClientSecret work at
//	// POST {srv.URL}/oauth/token with the client-credentials grant.
//
// # What it simulates
//
// The organisation has users, queues, wrap-up codes, external contacts and
// flows, and conversations of every media type (call, callback, email,
// message) with customer, ACD and agent participants in realistic states,
// plus call history and analytics over past days. Operations change that
// state the way Genesys Cloud does: holding or muting sets participant
// flags, transfers and consults replace or add participants, wrap-ups are
// recorded and readable, custom attributes are versioned (409 on a stale
// version), checklist inference jobs progress, analytics queries filter,
// group and page over the history. Answers have the shapes of the official
// response models; errors use the Genesys error body (status, code,
// message, contextId, details).
//
// # Credentials
//
// Every /api/v2 request needs a bearer token. Client-credentials tokens have
// no user, so the "logged-in user" endpoints (GET /api/v2/conversations,
// /conversations/calls, …) refuse them as the real API does; use
// [Server.UserToken] for a token that acts as one of the org's users.
//
// # Faults and limits
//
// Each token may make Options.RateLimit requests per minute (default 300);
// beyond that the answer is 429 with Retry-After and the code
// too.many.requests.retry.after. A [FaultPlan] injects 429s, 5xx answers,
// latency or connection resets on chosen operations or on the next N
// requests — before or after the operation takes effect.
//
// # Introspection
//
// [Server.Requests] is the request log; [Server.Conversation],
// [Server.Conversations] and [Server.Org] give read access to the state, so
// a test can assert exactly what a tool changed.
package genesystest
