package lctools_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsNoAgents keeps langchaingo's agents and chains (and their
// template engines) out of the adapter: users who only need tools.Tool
// values or function definitions do not compile them.
func TestImportsNoAgents(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/tmc/langchaingo/agents", "github.com/tmc/langchaingo/chains", "github.com/tmc/langchaingo/prompts"} {
			if pkg == banned || strings.HasPrefix(pkg, banned+"/") {
				t.Errorf("the adapter depends on %s", pkg)
			}
		}
	}
}
