package genesyskit_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreImportsNoFramework keeps the agent frameworks out of the core
// packages, so users of the catalogue alone never compile them.
func TestCoreImportsNoFramework(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "./tools", "./schema", "./auth").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/tmc/langchaingo", "github.com/firebase/genkit", "github.com/modelcontextprotocol", "github.com/google/jsonschema-go"} {
			if strings.HasPrefix(pkg, banned) {
				t.Errorf("core package depends on %s", pkg)
			}
		}
	}
}
