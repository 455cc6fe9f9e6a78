package tools_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

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

// BenchmarkCallParts shows what each step of the library's call costs
// inside the request loop of BenchmarkCall, where the caches and the other
// core are not as a microbenchmark leaves them:
//
//   - send: Client.Do with a request built once; the HTTP exchange alone.
//   - decode+send: Spec.Decode of the model's arguments, then send.
//   - build+send: NewRequest from an input decoded once, then send.
//   - busy+send: 900 ns of arithmetic, about what Decode takes in
//     BenchmarkDecode, then send: CPU time with no memory of its own.
//   - call: Set.Call, all of it, without shaping.
//
// Compare each with send, and with BenchmarkDecode and BenchmarkNewRequest.
func BenchmarkCallParts(b *testing.B) {
	spec, _ := tools.Lookup(benchfix.Tool)
	args := json.RawMessage(benchfix.Args)
	for _, part := range []string{"send", "decode+send", "build+send", "busy+send", "call"} {
		b.Run(part, func(b *testing.B) {
			c := benchfix.Client(b, benchfix.Server(b))
			set, err := tools.NewSet(c, tools.SetOptions{})
			if err != nil {
				b.Fatal(err)
			}
			in, err := spec.Decode(args)
			if err != nil {
				b.Fatal(err)
			}
			req, err := tools.NewRequest(spec.Method, spec.Path, in)
			if err != nil {
				b.Fatal(err)
			}
			ctx := b.Context()
			b.ReportAllocs()
			for b.Loop() {
				switch part {
				case "decode+send":
					if _, err := spec.Decode(args); err != nil {
						b.Fatal(err)
					}
				case "build+send":
					if _, err := tools.NewRequest(spec.Method, spec.Path, in); err != nil {
						b.Fatal(err)
					}
				case "busy+send":
					busy(900 * time.Nanosecond)
				case "call":
					if _, err := set.Call(ctx, benchfix.Tool, args); err != nil {
						b.Fatal(err)
					}
					continue
				}
				if _, err := c.Do(ctx, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// busySink keeps busy's loop from being optimised away.
var busySink int

// busy computes for about d without allocating.
func busy(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
		busySink++
	}
}
