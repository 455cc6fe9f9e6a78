package tools_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"testing"

	"github.com/genesyskit/genesyskit/internal/benchfix"
	"github.com/genesyskit/genesyskit/tools"
)

// BenchmarkCall compares one tool call through the core with the same
// exchange written by hand with net/http, against the same local server in
// the same run.
//
//   - library: Set.Call with the model's raw JSON arguments — lookup,
//     decoding and schema validation, path escaping, body building, the
//     request with bearer token, reading the capped answer and building
//     the Result — then Spec.Shape, as the adapters do by default. Pacing
//     is off (RateLimit -1) because the benchmark sends far more than a
//     real credential's 300 requests a minute.
//   - rawhttp: what a careful hand-written client does for the same PATCH:
//     marshal a typed body, escape the three ids into the path, set the
//     same headers, send, read the whole answer and check the status.
func BenchmarkCall(b *testing.B) {
	b.Run("library", benchfix.Core)
	b.Run("rawhttp", func(b *testing.B) {
		srv := benchfix.Server(b)
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
		ctx := b.Context()
		b.ReportAllocs()
		for b.Loop() {
			body, err := json.Marshal(update{Held: &held, Wrapup: &wrapup{
				Code: benchfix.WrapupCode, Notes: benchfix.WrapupNotes, Tags: []string{"billing", "follow-up"},
			}})
			if err != nil {
				b.Fatal(err)
			}
			u := srv.URL + "/api/v2/conversations/calls/" + url.PathEscape(benchfix.ConversationID) +
				"/participants/" + url.PathEscape(benchfix.ParticipantID) + "/communications/" + url.PathEscape(benchfix.CommunicationID)
			req, err := http.NewRequestWithContext(ctx, http.MethodPatch, u, bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("Authorization", "Bearer "+benchfix.Token)
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
			if len(data) != len(benchfix.Answer) {
				b.Fatalf("answer is %d bytes, want %d", len(data), len(benchfix.Answer))
			}
		}
	})
}
