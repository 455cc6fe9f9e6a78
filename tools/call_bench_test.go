package tools_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

// callAnswer is what the local server answers to the benchmarked PATCH: a
// small JSON object, as Genesys Cloud does for a communication update.
var callAnswer = []byte(`{"id":"3c1f2a9e-5b7d-4e0a-9c61-2f8d4b7a1e05","state":"connected","held":true,"muted":false,"confined":false,"recording":false,"wrapup":{"code":"b1e4c7d0-2a3f-4b5c-8d9e-0f1a2b3c4d5e","notes":"Customer asked about billing; follow up Monday.","tags":["billing","follow-up"]}}`)

// callArgs are the model's arguments for the benchmarked tool: three path
// parameters and a body with a nested wrap-up.
const callArgs = `{"conversationId":"0c6d8a3e-9f2b-4c1d-8e7a-5b4f3a2d1c0b","participantId":"7e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b","communicationId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","held":true,"wrapup":{"code":"b1e4c7d0-2a3f-4b5c-8d9e-0f1a2b3c4d5e","notes":"Customer asked about billing; follow up Monday.","tags":["billing","follow-up"]}}`

// newCallServer answers every request with callAnswer after reading the
// request body, as a real API does.
func newCallServer(b *testing.B) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("ININ-Correlation-Id", "b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e")
		_, _ = w.Write(callAnswer)
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkCall compares one tool call through the core with the same
// exchange written by hand with net/http, against the same local server in
// the same run.
//
//   - library: Set.Call with the model's raw JSON arguments — lookup,
//     decoding and schema validation, path escaping, body building, the
//     request with bearer token, reading the capped answer and building
//     the Result. Pacing is off (RateLimit -1) because the benchmark sends
//     far more than a real credential's 300 requests a minute.
//   - rawhttp: what a careful hand-written client does for the same PATCH:
//     marshal a typed body, escape the three ids into the path, set the
//     same headers, send, read the whole answer and check the status.
func BenchmarkCall(b *testing.B) {
	const token = "bench-token"
	b.Run("library", func(b *testing.B) {
		srv := newCallServer(b)
		c, err := tools.NewClient(tools.ClientOptions{
			BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(token), RateLimit: -1,
		})
		if err != nil {
			b.Fatal(err)
		}
		set, err := tools.NewSet(c, tools.SetOptions{})
		if err != nil {
			b.Fatal(err)
		}
		args := json.RawMessage(callArgs)
		ctx := b.Context()
		b.ReportAllocs()
		for b.Loop() {
			res, err := set.Call(ctx, "genesys_conversations_patch_call_participant_communication", args)
			if err != nil {
				b.Fatal(err)
			}
			if len(res.Body) != len(callAnswer) {
				b.Fatalf("answer is %d bytes, want %d", len(res.Body), len(callAnswer))
			}
		}
	})
	b.Run("rawhttp", func(b *testing.B) {
		srv := newCallServer(b)
		client := srv.Client()
		type wrapup struct {
			Code  string   `json:"code"`
			Notes string   `json:"notes,omitempty"`
			Tags  []string `json:"tags,omitempty"`
		}
		type update struct {
			Held   *bool   `json:"held,omitempty"`
			Wrapup *wrapup `json:"wrapup,omitempty"`
		}
		held := true
		conversationID, participantID, communicationID := "0c6d8a3e-9f2b-4c1d-8e7a-5b4f3a2d1c0b", "7e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
		ctx := b.Context()
		b.ReportAllocs()
		for b.Loop() {
			body, err := json.Marshal(update{Held: &held, Wrapup: &wrapup{
				Code: "b1e4c7d0-2a3f-4b5c-8d9e-0f1a2b3c4d5e", Notes: "Customer asked about billing; follow up Monday.", Tags: []string{"billing", "follow-up"},
			}})
			if err != nil {
				b.Fatal(err)
			}
			u := srv.URL + "/api/v2/conversations/calls/" + url.PathEscape(conversationID) +
				"/participants/" + url.PathEscape(participantID) + "/communications/" + url.PathEscape(communicationID)
			req, err := http.NewRequestWithContext(ctx, http.MethodPatch, u, bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Accept", "application/json")
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("User-Agent", "genesyskit/"+tools.Version)
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			data, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				b.Fatal(fmt.Errorf("status %d: %v", resp.StatusCode, err))
			}
			if len(data) != len(callAnswer) {
				b.Fatalf("answer is %d bytes, want %d", len(data), len(callAnswer))
			}
		}
	})
}
