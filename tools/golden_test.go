package tools_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/tools"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// snapshot is what a model or a host sees of a tool.
type snapshot struct {
	Name        string          `json:"name"`
	ShortName   string          `json:"shortName"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Toolset     tools.Toolset   `json:"toolset"`
	Access      string          `json:"access"`
	Idempotent  bool            `json:"idempotent"`
	Method      string          `json:"method"`
	Path        string          `json:"path"`
	Untrusted   bool            `json:"untrustedOutput,omitempty"`
	InputSchema json.RawMessage `json:"inputSchema"`
}

func goldenBytes(t *testing.T, s tools.Spec) []byte {
	t.Helper()
	snap := snapshot{
		Name: s.Name, ShortName: s.ShortName, Title: s.Title, Description: s.Description,
		Toolset: s.Toolset, Access: s.Access.String(), Idempotent: s.Idempotent,
		Method: s.Method, Path: s.Path, Untrusted: s.UntrustedOutput, InputSchema: s.Schema(),
	}
	raw, err := json.Marshal(snap)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, json.Indent(&out, raw, "", "  "))
	out.WriteByte('\n')
	return out.Bytes()
}

// TestGoldenSnapshots pins every tool's description and schema. Run
// `go test ./tools -run TestGoldenSnapshots -update` after an intended change.
func TestGoldenSnapshots(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	want := map[string]bool{}
	for _, s := range tools.All() {
		file := filepath.Join(dir, s.Name+".json")
		want[filepath.Base(file)] = true
		got := goldenBytes(t, s)
		if *update {
			require.NoError(t, os.WriteFile(file, got, 0o644))
			continue
		}
		old, err := os.ReadFile(file)
		if !assert.NoError(t, err, "missing golden for %s; run go test ./tools -run TestGoldenSnapshots -update", s.Name) {
			continue
		}
		assert.Equal(t, string(old), string(got), "%s changed; if intended, rerun with -update", s.Name)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		if !want[e.Name()] {
			if *update {
				require.NoError(t, os.Remove(filepath.Join(dir, e.Name())))
				continue
			}
			t.Errorf("orphaned golden file %s: no tool has that name", e.Name())
		}
	}
	if *update {
		t.Log("golden files rewritten")
	}
}
