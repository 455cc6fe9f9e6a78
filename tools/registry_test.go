package tools_test

import (
	"encoding/json"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/tools"
)

type catalogueEntry struct {
	Name     string   `json:"name"`
	Required []string `json:"required"`
}

func loadCatalogue(t *testing.T) []catalogueEntry {
	t.Helper()
	data, err := os.ReadFile("testdata/catalogue.json")
	require.NoError(t, err)
	var entries []catalogueEntry
	require.NoError(t, json.Unmarshal(data, &entries))
	require.Len(t, entries, 111)
	return entries
}

// schemaNode is the part of a JSON Schema the invariants look at.
type schemaNode struct {
	Type        string                 `json:"type"`
	Description string                 `json:"description"`
	Properties  map[string]*schemaNode `json:"properties"`
	Required    []string               `json:"required"`
	Items       *schemaNode            `json:"items"`
}

func parseSchema(t *testing.T, raw json.RawMessage) *schemaNode {
	t.Helper()
	var n schemaNode
	require.NoError(t, json.Unmarshal(raw, &n))
	return &n
}

func TestCatalogueNamesAndRequiredParameters(t *testing.T) {
	t.Parallel()
	entries := loadCatalogue(t)
	var want, got []string
	for _, e := range entries {
		want = append(want, e.Name)
	}
	for _, s := range tools.All() {
		got = append(got, s.Name)
	}
	slices.Sort(want)
	slices.Sort(got)
	require.Equal(t, want, got, "registered names must be exactly the catalogue's")

	for _, e := range entries {
		t.Run(e.Name, func(t *testing.T) {
			spec, ok := tools.Lookup(e.Name)
			require.True(t, ok)
			root := parseSchema(t, spec.Schema())
			for _, r := range e.Required {
				assert.Contains(t, root.Required, r, "catalogue-required parameter %s", r)
			}
		})
	}
}

var shortNameRE = regexp.MustCompile(`^[a-zA-Z0-9_]{1,64}$`)

func TestRegistryInvariants(t *testing.T) {
	t.Parallel()
	all := tools.All()
	names := map[string]string{}
	for _, s := range all {
		for _, n := range []string{s.Name, s.ShortName} {
			if prev, dup := names[n]; dup && prev != s.Name {
				t.Errorf("name %q used by %s and %s", n, prev, s.Name)
			}
			names[n] = s.Name
		}
	}
	for _, s := range all {
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			assert.Regexp(t, shortNameRE, s.ShortName, "short name")
			assert.NotEmpty(t, s.Title, "title")
			assert.NotContains(t, s.Title+s.Description, "TODO")
			assert.GreaterOrEqual(t, len(s.Description), 40, "description should say what, when and where ids come from")
			assert.LessOrEqual(t, len(s.Description), 600, "description should stay short")
			assert.Contains(t, tools.Toolsets(), s.Toolset, "toolset")
			assert.Contains(t, []tools.Access{tools.Read, tools.Write, tools.Destructive}, s.Access, "access class set")
			if s.Method == "GET" {
				assert.Equal(t, tools.Read, s.Access, "GET implies read")
				assert.True(t, s.Idempotent, "GET is idempotent")
			}
			if s.Method == "DELETE" || s.Method == "PUT" {
				assert.True(t, s.Idempotent, "%s is idempotent", s.Method)
			}
			if s.Access == tools.Read {
				assert.True(t, s.Idempotent, "read tools are idempotent")
			}
			require.NotNil(t, s.New)
			in := s.New()
			require.NotNil(t, in)
			assert.Equal(t, reflect.Pointer, reflect.TypeOf(in).Kind())

			root := parseSchema(t, s.Schema())
			assert.Equal(t, "object", root.Type)
			var schemaText map[string]any
			require.NoError(t, json.Unmarshal(s.Schema(), &schemaText))
			for _, k := range []string{"$schema", "$id", "$ref", "$defs"} {
				assert.NotContains(t, schemaText, k)
			}
			checkDescribed(t, "", root)

			// Every {param} of the path is a required string property.
			for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(s.Path, -1) {
				p := root.Properties[m[1]]
				if assert.NotNil(t, p, "path parameter %s", m[1]) {
					assert.Equal(t, "string", p.Type)
					assert.Contains(t, root.Required, m[1])
				}
			}
		})
	}
}

// checkDescribed requires a type and a description on every property,
// at every depth.
func checkDescribed(t *testing.T, path string, n *schemaNode) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(n.Properties)) {
		p := n.Properties[name]
		full := strings.TrimPrefix(path+"."+name, ".")
		assert.NotEmpty(t, p.Type, "%s has no type", full)
		assert.NotEmpty(t, strings.TrimSpace(p.Description), "%s has no description", full)
		assert.NotContains(t, p.Description, "TODO", "%s", full)
		checkDescribed(t, full, p)
		if p.Items != nil {
			assert.NotEmpty(t, p.Items.Type, "%s[] has no type", full)
			checkDescribed(t, full+"[]", p.Items)
		}
	}
}

// TestOneImplementationPerOperation proves aliases share one struct and no
// operation is implemented twice.
func TestOneImplementationPerOperation(t *testing.T) {
	t.Parallel()
	impl := map[string]map[reflect.Type]bool{}
	perType := map[reflect.Type]string{}
	for _, s := range tools.All() {
		op := s.Method + " " + s.Path
		typ := reflect.TypeOf(s.New())
		if impl[op] == nil {
			impl[op] = map[reflect.Type]bool{}
		}
		impl[op][typ] = true
		if prev, ok := perType[typ]; ok {
			assert.Equal(t, prev, op, "%v serves two operations", typ)
		}
		perType[typ] = op
	}
	assert.Len(t, impl, 104, "distinct operations")
	for op, types := range impl {
		assert.Len(t, types, 1, "%s has %d implementations", op, len(types))
	}
	aliases := 0
	for _, s := range tools.All() {
		for _, o := range tools.All() {
			if s.Name < o.Name && s.Method == o.Method && s.Path == o.Path {
				aliases++
			}
		}
	}
	assert.Equal(t, 7, aliases, "alias pairs")
}

func TestLookupAndSelect(t *testing.T) {
	t.Parallel()
	s, ok := tools.Lookup("genesys_conversations_get_call")
	require.True(t, ok)
	byShort, ok := tools.Lookup(s.ShortName)
	require.True(t, ok)
	assert.Equal(t, s.Name, byShort.Name)
	_, ok = tools.Lookup("genesys_conversations_nope")
	assert.False(t, ok)

	all, err := tools.Select(tools.Filter{})
	require.NoError(t, err)
	assert.Len(t, all, 111)

	reads, err := tools.Select(tools.Filter{MaxAccess: tools.Read})
	require.NoError(t, err)
	require.NotEmpty(t, reads)
	for _, s := range reads {
		assert.Equal(t, tools.Read, s.Access, s.Name)
	}
	writes, err := tools.Select(tools.Filter{MaxAccess: tools.Write})
	require.NoError(t, err)
	for _, s := range writes {
		assert.NotEqual(t, tools.Destructive, s.Access, s.Name)
	}
	assert.Greater(t, len(writes), len(reads))

	wrap, err := tools.Select(tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetWrapup}})
	require.NoError(t, err)
	require.NotEmpty(t, wrap)
	for _, s := range wrap {
		assert.Equal(t, tools.ToolsetWrapup, s.Toolset)
	}

	two, err := tools.Select(tools.Filter{Names: []string{"genesys_conversations_get_call", "genesys_get_callback"}})
	require.NoError(t, err)
	assert.Len(t, two, 2)

	_, err = tools.Select(tools.Filter{Names: []string{"no_such_tool"}})
	assert.ErrorContains(t, err, "no_such_tool")
	_, err = tools.Select(tools.Filter{Toolsets: []tools.Toolset{"bogus"}})
	assert.ErrorContains(t, err, "bogus")

	// Every toolset has at least one tool.
	for _, ts := range tools.Toolsets() {
		got, err := tools.Select(tools.Filter{Toolsets: []tools.Toolset{ts}})
		require.NoError(t, err)
		assert.NotEmpty(t, got, "toolset %s", ts)
	}
}

func TestEveryToolHasRequestCase(t *testing.T) {
	t.Parallel()
	have := validArgs()
	for _, s := range tools.All() {
		assert.Contains(t, have, s.Name, "no request case for %s", s.Name)
	}
	for name := range have {
		_, ok := tools.Lookup(name)
		assert.True(t, ok, "request case for unknown tool %s", name)
	}
}
