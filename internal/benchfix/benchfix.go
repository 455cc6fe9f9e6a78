// Package benchfix is the shared fixture of the per-call benchmarks: one
// tool call with realistic arguments, and a local server that answers it
// the way Genesys Cloud does. The core benchmark and each adapter's
// benchmark use it, so their figures compare the same exchange.
package benchfix

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

// Tool is the benchmarked tool: three path parameters and a JSON body
// with a nested wrap-up.
const Tool = "genesys_conversations_patch_call_participant_communication"

// IDs of the benchmarked call.
const (
	ConversationID  = "0c6d8a3e-9f2b-4c1d-8e7a-5b4f3a2d1c0b"
	ParticipantID   = "7e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b"
	CommunicationID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
	WrapupCode      = "b1e4c7d0-2a3f-4b5c-8d9e-0f1a2b3c4d5e"
	WrapupNotes     = "Customer asked about billing; follow up Monday."
)

// Args are the model's arguments for Tool.
const Args = `{"conversationId":"` + ConversationID + `","participantId":"` + ParticipantID +
	`","communicationId":"` + CommunicationID + `","held":true,"wrapup":{"code":"` + WrapupCode +
	`","notes":"` + WrapupNotes + `","tags":["billing","follow-up"]}}`

// Answer is what the server answers: a small JSON object, as Genesys Cloud
// does for a communication update.
var Answer = []byte(`{"id":"3c1f2a9e-5b7d-4e0a-9c61-2f8d4b7a1e05","state":"connected","held":true,"muted":false,"confined":false,"recording":false,"wrapup":{"code":"` + WrapupCode + `","notes":"` + WrapupNotes + `","tags":["billing","follow-up"]}}`)

// Token is the bearer token the benchmarks send.
const Token = "bench-token"

// Server starts a local server that reads each request's body and answers
// with Answer. It is closed when tb ends.
func Server(tb testing.TB) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("ININ-Correlation-Id", "b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e")
		_, _ = w.Write(Answer)
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// Client returns a client bound to srv with pacing off: the benchmarks send
// far more than a real credential's 300 requests a minute.
func Client(tb testing.TB, srv *httptest.Server) *tools.Client {
	c, err := tools.NewClient(tools.ClientOptions{
		BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(Token), RateLimit: -1,
	})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Set returns a tool set bound to srv through Client.
func Set(tb testing.TB, srv *httptest.Server, opts tools.SetOptions) *tools.Set {
	set, err := tools.NewSet(Client(tb, srv), opts)
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// CoreCall runs Tool through set once, shapes the answer as the adapters
// do by default, and checks it: the whole core path (decode, validate,
// build, send, read, shape) and the baseline of the adapter benchmarks.
func CoreCall(tb testing.TB, set *tools.Set) {
	res, err := set.Call(tb.Context(), Tool, rawArgs)
	if err != nil {
		tb.Fatal(err)
	}
	res = spec.Shape(res, rawArgs, tools.ShapeOptions{})
	if len(res.Body) != len(Answer) {
		tb.Fatalf("answer is %d bytes, want %d", len(res.Body), len(Answer))
	}
}

// rawArgs are Args as the bytes a framework hands over. They exist before
// the call, so they are made once: converting the constant on every
// iteration would charge two copies of it to the library.
var rawArgs = json.RawMessage(Args)

// spec is Tool's catalogue entry.
var spec, _ = tools.Lookup(Tool)

// Core is the baseline sub-benchmark every call benchmark compares with:
// Tool through Set.Call against a fresh Server.
func Core(b *testing.B) {
	set := Set(b, Server(b), tools.SetOptions{})
	b.ReportAllocs()
	for b.Loop() {
		CoreCall(b, set)
	}
}
