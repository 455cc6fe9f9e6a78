package genkittools_test

import (
	"encoding/json"
	"testing"

	"github.com/firebase/genkit/go/genkit"

	genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
	"github.com/genesyskit/genesyskit/internal/benchfix"
	"github.com/genesyskit/genesyskit/tools"
)

// BenchmarkCallTool measures what the Genkit adapter adds to a core call:
// core is Set.Call; genkit runs the same call as a Genkit tool (RunRaw,
// as Generate does for a model's tool request), from the decoded
// arguments Genkit hands a tool to the JSON answer.
func BenchmarkCallTool(b *testing.B) {
	b.Run("core", benchfix.Core)
	b.Run("genkit", func(b *testing.B) {
		set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{Filter: tools.Filter{Names: []string{benchfix.Tool}}})
		g := genkit.Init(b.Context())
		tool := genkittools.Define(g, set, genkittools.Options{})[0]
		var input any
		if err := json.Unmarshal([]byte(benchfix.Args), &input); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			out, err := tool.RunRaw(b.Context(), input)
			if err != nil {
				b.Fatal(err)
			}
			if m, ok := out.(map[string]any); !ok || m["id"] == nil {
				b.Fatalf("output %v, want the answer", out)
			}
		}
	})
}

// BenchmarkDefine registers all 111 tools on a Genkit instance. Genkit
// refuses to register a name twice, so every iteration needs a new
// instance: init is genkit.Init alone, define is genkit.Init followed by
// Define, and the difference is the cost of registering. Schemas are
// computed once per process, so this is the warm cost.
func BenchmarkDefine(b *testing.B) {
	set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{})
	genkittools.Tools(set, genkittools.Options{}) // warm the schema cache
	b.Run("init", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = genkit.Init(b.Context())
		}
	})
	b.Run("define", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := genkit.Init(b.Context())
			if n := len(genkittools.Define(g, set, genkittools.Options{})); n != 111 {
				b.Fatalf("defined %d tools", n)
			}
		}
	})
}
