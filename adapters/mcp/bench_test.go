package mcptools_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/google/jsonschema-go/jsonschema"
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
//
// The sdk-floor cases measure what go-sdk's Server.AddTool costs by itself:
// 111 tools with the smallest schema it accepts and a handler that does
// nothing, given as JSON (as mcptools does) and as a *jsonschema.Schema
// (which skips one of the SDK's two re-parses). They are the lower bound
// of any registration through the SDK's public API.
func BenchmarkRegister(b *testing.B) {
	b.Run("mcptools", func(b *testing.B) {
		set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{})
		_ = set.Specs()[0].Schema()
		b.ReportAllocs()
		for b.Loop() {
			srv := mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
			if err := mcptools.Register(srv, set, mcptools.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	names := make([]string, len(tools.All()))
	for i, spec := range tools.All() {
		names[i] = spec.ShortName
	}
	noop := func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return &mcp.CallToolResult{}, nil
	}
	for _, floor := range []struct {
		name   string
		schema func() any
	}{
		{"sdk-floor/json", func() any { return json.RawMessage(`{"type":"object"}`) }},
		{"sdk-floor/schema", func() any { return &jsonschema.Schema{Type: "object"} }},
	} {
		b.Run(floor.name, func(b *testing.B) {
			var srv *mcp.Server
			b.ReportAllocs()
			for b.Loop() {
				srv = mcp.NewServer(&mcp.Implementation{Name: "genesys", Version: "v1"}, nil)
				for _, name := range names {
					srv.AddTool(&mcp.Tool{Name: name, InputSchema: floor.schema()}, noop)
				}
			}
			list, err := connectBench(b, srv).ListTools(b.Context(), nil)
			if err != nil {
				b.Fatal(err)
			}
			if len(list.Tools) != len(names) {
				b.Fatalf("listed %d tools, want %d", len(list.Tools), len(names))
			}
		})
	}
}

// BenchmarkListTools lists the tools over an in-memory session, and
// reports what the listing costs a model's context: listing-bytes is the
// JSON of the tools/list result, tokens the o200k_base token count of it.
// bare-bytes is the same listing with every description, title and
// annotation taken out, leaving only the names and the typed schemas: the
// least any fully typed listing of these tools can take.
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
			b.ReportMetric(float64(len(bare(b, listing))), "bare-bytes")
		})
	}
}

// bare returns listing without descriptions, titles and annotations, at
// every depth. Property names are kept, even "title" or "description".
func bare(tb testing.TB, listing []byte) []byte {
	var v any
	if err := json.Unmarshal(listing, &v); err != nil {
		tb.Fatal(err)
	}
	var strip func(v any, names bool)
	strip = func(v any, names bool) {
		switch v := v.(type) {
		case map[string]any:
			if !names {
				delete(v, "description")
				delete(v, "title")
				delete(v, "annotations")
			}
			for k, child := range v {
				strip(child, !names && (k == "properties" || k == "$defs"))
			}
		case []any:
			for _, child := range v {
				strip(child, false)
			}
		}
	}
	strip(v, false)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return bytes.TrimSpace(out.Bytes())
}
