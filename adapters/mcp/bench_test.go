package mcptools_test

import (
	"encoding/json"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/tiktoken-go/tokenizer"

	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
	"github.com/genesyskit/genesyskit/internal/benchfix"
	"github.com/genesyskit/genesyskit/tools"
)

// connectBench serves srv to an in-memory client session.
func connectBench(tb testing.TB, srv *mcp.Server) *mcp.ClientSession {
	ct, st := mcp.NewInMemoryTransports()
	ss, err := srv.Connect(tb.Context(), st, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ss.Close() })
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "bench", Version: "v1"}, nil).Connect(tb.Context(), ct, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = cs.Close() })
	return cs
}

// BenchmarkCallTool measures what the MCP adapter adds to a core call:
// core is Set.Call; mcp is the same call as tools/call over an in-memory
// client session (JSON-RPC encoding both ways, the SDK's dispatch and
// the adapter's result).
func BenchmarkCallTool(b *testing.B) {
	b.Run("core", benchfix.Core)
	b.Run("mcp", func(b *testing.B) {
		set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{})
		srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
		if err := mcptools.Register(srv, set, mcptools.Options{}); err != nil {
			b.Fatal(err)
		}
		cs := connectBench(b, srv)
		params := &mcp.CallToolParams{Name: benchfix.Tool, Arguments: json.RawMessage(benchfix.Args)}
		b.ReportAllocs()
		for b.Loop() {
			res, err := cs.CallTool(b.Context(), params)
			if err != nil || res.IsError {
				b.Fatal(err, res)
			}
		}
	})
}

// BenchmarkRegister adds all 111 tools to a new MCP server. Schemas are
// computed once per process, so this is the warm cost.
func BenchmarkRegister(b *testing.B) {
	set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{})
	_ = set.Specs()[0].Schema()
	b.ReportAllocs()
	for b.Loop() {
		srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
		if err := mcptools.Register(srv, set, mcptools.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListTools lists the tools over an in-memory session, and
// reports what the listing costs a model's context: listing-bytes is the
// JSON of the tools/list result, tokens the o200k_base token count of it.
func BenchmarkListTools(b *testing.B) {
	enc, err := tokenizer.Get(tokenizer.O200kBase)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name   string
		filter tools.Filter
	}{
		{"all", tools.Filter{}},
		{"default", tools.Filter{Toolsets: tools.DefaultToolsets()}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{Filter: bc.filter})
			srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
			if err := mcptools.Register(srv, set, mcptools.Options{}); err != nil {
				b.Fatal(err)
			}
			cs := connectBench(b, srv)
			var listing []byte
			b.ReportAllocs()
			for b.Loop() {
				res, err := cs.ListTools(b.Context(), nil)
				if err != nil {
					b.Fatal(err)
				}
				if listing, err = json.Marshal(res); err != nil {
					b.Fatal(err)
				}
			}
			ids, _, _ := enc.Encode(string(listing))
			b.ReportMetric(float64(len(set.Specs())), "tools")
			b.ReportMetric(float64(len(listing)), "listing-bytes")
			b.ReportMetric(float64(len(ids)), "tokens")
		})
	}
}
