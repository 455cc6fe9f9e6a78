package demo

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsNoFramework keeps the agent frameworks out of this package
// and demotest, so each example compiles only its own framework, and keeps
// this package (and the other internal helpers, except the byte-level
// jsonbytes the core's JSON scanners share) out of the core packages.
func TestImportsNoFramework(t *testing.T) {
	t.Parallel()
	deps := func(pkgs ...string) []string {
		out, err := exec.Command("go", append([]string{"list", "-deps"}, pkgs...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		return strings.Fields(string(out))
	}
	for _, pkg := range deps(".", "./demotest") {
		for _, banned := range []string{"github.com/tmc/langchaingo", "github.com/firebase/genkit", "github.com/modelcontextprotocol", "github.com/genesyskit/genesyskit/adapters"} {
			if strings.HasPrefix(pkg, banned) {
				t.Errorf("internal/demo depends on %s", pkg)
			}
		}
	}
	const core = "github.com/genesyskit/genesyskit/"
	for _, pkg := range deps(core+"tools", core+"schema", core+"auth") {
		if strings.HasPrefix(pkg, core+"internal/") && pkg != core+"internal/jsonbytes" {
			t.Errorf("a core package depends on %s", pkg)
		}
	}
}
