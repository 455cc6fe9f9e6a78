package lctools_test

import (
	"testing"

	"github.com/tmc/langchaingo/llms"

	lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
	"github.com/genesyskit/genesyskit/internal/benchfix"
	"github.com/genesyskit/genesyskit/tools"
)

// BenchmarkCallTool measures what the langchaingo adapter adds to a core
// call: core is Set.Call; tool is the text agent's Tool.Call with the
// Action Input string; dispatch is a function-calling model's
// llms.ToolCall through the Dispatcher.
func BenchmarkCallTool(b *testing.B) {
	b.Run("core", benchfix.Core)
	b.Run("tool", func(b *testing.B) {
		set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{Filter: tools.Filter{Names: []string{benchfix.Tool}}})
		tool := lctools.Tools(set, lctools.Options{})[0]
		b.ReportAllocs()
		for b.Loop() {
			out, err := tool.Call(b.Context(), benchfix.Args)
			if err != nil || len(out) == 0 || out[0] != '{' {
				b.Fatal(out, err)
			}
		}
	})
	b.Run("dispatch", func(b *testing.B) {
		set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{Filter: tools.Filter{Names: []string{benchfix.Tool}}})
		d := lctools.NewDispatcher(set, lctools.Options{})
		tc := llms.ToolCall{ID: "call-1", Type: "function", FunctionCall: &llms.FunctionCall{Name: benchfix.Tool, Arguments: benchfix.Args}}
		b.ReportAllocs()
		for b.Loop() {
			resp, err := d.Call(b.Context(), tc)
			if err != nil || len(resp.Content) == 0 || resp.Content[0] != '{' {
				b.Fatal(resp, err)
			}
		}
	})
}

// BenchmarkRegister builds all 111 tools for an agent: the text agent's
// tools (with their input summaries) and the function definitions (with
// their schemas). Both are computed once per process, so this is the warm
// cost.
func BenchmarkRegister(b *testing.B) {
	set := benchfix.Set(b, benchfix.Server(b), tools.SetOptions{})
	lctools.Tools(set, lctools.Options{})
	lctools.Definitions(set, lctools.Options{})
	b.ReportAllocs()
	for b.Loop() {
		if len(lctools.Tools(set, lctools.Options{})) != 111 || len(lctools.Definitions(set, lctools.Options{})) != 111 {
			b.Fatal("not 111 tools")
		}
	}
}
