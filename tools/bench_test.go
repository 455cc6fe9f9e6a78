package tools_test

import (
	"encoding/json"
	"testing"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// BenchmarkDecode checks and decodes the representative arguments of every
// tool; one op is one tool's arguments.
func BenchmarkDecode(b *testing.B) {
	cases := allCases()
	specs := make([]tools.Spec, len(cases))
	for i, tc := range cases {
		specs[i], _ = tools.Lookup(tc.tool)
		_ = specs[i].Schema() // compile outside the loop
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(cases)
		if _, err := specs[k].Decode(json.RawMessage(cases[k].args)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewRequest builds the HTTP request of a decoded input.
func BenchmarkNewRequest(b *testing.B) {
	spec, _ := tools.Lookup("genesys_conversations_patch_call_participant")
	in, err := spec.Decode(json.RawMessage(`{"conversationId":"c-1","participantId":"p-1","held":true,"wrapup":{"code":"w-1","notes":"n","tags":["a","b"]}}`))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tools.NewRequest(spec.Method, spec.Path, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSchemas renders every tool's schema, as an adapter does when it
// lists tools (cached after the first use). It also reports the size of a
// full tool listing — names, descriptions and schemas — which is what a
// model's context pays for the whole catalogue.
func BenchmarkSchemas(b *testing.B) {
	all := tools.All()
	listing := 0
	for _, s := range all {
		listing += len(s.Name) + len(s.Description) + len(s.Schema())
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, s := range all {
			n += len(s.Schema())
		}
		if n == 0 {
			b.Fatal("no schemas")
		}
	}
	b.ReportMetric(float64(listing), "listing-bytes")
}

// simulatorSet starts the simulator and binds every tool to it, with the
// client's pacing and the simulator's rate limit off.
func simulatorSet(b *testing.B) (*genesystest.Server, *tools.Set) {
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	b.Cleanup(srv.Close)
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(srv.Token()), RateLimit: -1})
	if err != nil {
		b.Fatal(err)
	}
	set, err := tools.NewSet(c, tools.SetOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return srv, set
}

// BenchmarkCallSimulator is one whole Set.Call — lookup, validation,
// policy, HTTP over loopback, answer — against the in-process simulator.
func BenchmarkCallSimulator(b *testing.B) {
	srv, set := simulatorSet(b)
	args := json.RawMessage(`{"conversationId":"` + srv.ActiveConversations()[0].ID + `"}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := set.Call(b.Context(), "genesys_conversations_get_conversation", args); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkThroughput runs concurrent Set.Calls — four goroutines per
// core, each reading a conversation — against the in-process simulator.
// Client pacing and the simulator's rate limit are off, so the figure is
// the library's and the simulator's own capacity on this machine; ns/op is
// the time per call with all goroutines sharing the cores.
func BenchmarkThroughput(b *testing.B) {
	srv, set := simulatorSet(b)
	conv := srv.ActiveConversations()[0]
	read := json.RawMessage(`{"conversationId":"` + conv.ID + `"}`)
	b.SetParallelism(4)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := set.Call(b.Context(), "genesys_conversations_get_conversation", read); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
