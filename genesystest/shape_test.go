package genesystest_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// shapeData sizes the simulator of the shaping measurements: two weeks of
// history, busy enough that analytics pages outgrow the default cap.
var shapeData = genesystest.Options{HistoryDays: 14, ConversationsPerDay: 30}

// shapeAnswer is the answer of one simulator case of a read tool.
type shapeAnswer struct {
	name   string // the case's name, or its tool's short name for the tool's first case
	order  int    // where the case's tool first appears among the cases, and the case
	spec   tools.Spec
	args   json.RawMessage
	res    *tools.Result
	shaped int    // bytes once shaped with the default options
	cut    string // "shown/of" when the list was cut
}

// shapeAnswers holds the answers TestShapeAnswers measured, in catalogue
// order, for BenchmarkShapeAnswers in the same run.
var shapeAnswers struct {
	sync.Mutex
	list []shapeAnswer
}

// pagingTools are the read tools whose arguments select a page, so that
// Shape may cut their lists: the test requires each to be cut at least
// once.
var pagingTools = []string{
	"genesys_conversations_get_calls_history",
	"genesys_conversations_get_conversations_calls_history",
	"genesys_conversations_post_customattributes_search",
	"genesys_conversations_get_analytics_conversations_details_job_results",
	"genesys_conversations_post_analytics_conversations_activity_query",
	"genesys_conversations_post_analytics_conversations_details_query",
	"genesys_conversations_get_conversation_communication_internalmessages",
	"genesys_conversations_get_conversation_suggestions",
}

// TestShapeAnswers shapes the answer of every simulator case of every read
// tool, with the default cap and with caps of 3 and 1 items so that every
// tool that pages gets cut, and checks that nothing an agent needs is
// lost: the shaped answer is valid JSON no longer than the raw one, every
// leaf of the raw answer outside selfUri links and cut items is in it at
// the same path with the same value, it holds nothing else but the
// marker, and the marker's next arguments, sent to the simulator, fetch
// exactly the omitted items. Lists of tools that cannot page are never
// cut. With -v it logs the byte reduction per case, the first case of each
// tool under the tool's short name.
func TestShapeAnswers(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var answers []shapeAnswer
	cutTools := map[string]bool{}
	t.Run("cases", func(t *testing.T) {
		first, count := map[string]int{}, map[string]int{}
		for i, tc := range allSimCases() {
			spec, ok := tools.Lookup(tc.tool)
			require.True(t, ok, tc.tool)
			if spec.Access != tools.Read {
				continue
			}
			count[spec.Name]++
			name := tc.name
			if _, seen := first[spec.Name]; !seen {
				first[spec.Name], name = i, spec.ShortName
			} else if name == "" {
				name = fmt.Sprintf("%s_%d", spec.ShortName, count[spec.Name])
			}
			order := first[spec.Name]*1000 + i
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				f := newFixtureWith(t, shapeData)
				args := "{}"
				if tc.args != nil {
					args = tc.args(t, f)
				}
				set := f.set
				if tc.user {
					set = f.user
				}
				res, err := set.Call(t.Context(), spec.Name, json.RawMessage(args))
				require.NoError(t, err, "args %s", args)
				a := shapeAnswer{name: name, order: order, spec: spec, args: json.RawMessage(args), res: res}
				for _, maxItems := range []int{0, 3, 1} {
					shaped, cut := checkShaped(t, set, spec, json.RawMessage(args), res, maxItems)
					if cut != nil {
						assert.Contains(t, pagingTools, spec.Name, "only tools that page are cut")
						mu.Lock()
						cutTools[spec.Name] = true
						mu.Unlock()
					}
					if maxItems == 0 {
						a.shaped = len(shaped.Body)
						if cut != nil {
							a.cut = fmt.Sprintf("%d/%d", cut.Shown, cut.Shown+cut.Omitted)
						}
					}
				}
				mu.Lock()
				answers = append(answers, a)
				mu.Unlock()
			})
		}
	})
	for _, name := range pagingTools {
		assert.True(t, cutTools[name], "%s is cut in some case", name)
	}

	slices.SortFunc(answers, func(a, b shapeAnswer) int { return a.order - b.order })
	shapeAnswers.Lock()
	shapeAnswers.list = answers
	shapeAnswers.Unlock()

	var b strings.Builder
	fmt.Fprintf(&b, "%-62s %8s %8s %7s  %s\n", "read tool (short name), or further case", "raw B", "shaped B", "saved", "list cut")
	var raw, shaped, firstRaw, firstShaped, nTools int
	for _, a := range answers {
		name := a.name
		if name == a.spec.ShortName {
			nTools++
			firstRaw, firstShaped = firstRaw+len(a.res.Body), firstShaped+a.shaped
		} else {
			name = "  " + name
		}
		raw, shaped = raw+len(a.res.Body), shaped+a.shaped
		fmt.Fprintf(&b, "%-62s %8d %8d %6.1f%%  %s\n", name, len(a.res.Body), a.shaped, reduction(len(a.res.Body), a.shaped), a.cut)
	}
	fmt.Fprintf(&b, "%-62s %8d %8d %6.1f%%\n", fmt.Sprintf("total, first case of each of %d read tools", nTools), firstRaw, firstShaped, reduction(firstRaw, firstShaped))
	fmt.Fprintf(&b, "%-62s %8d %8d %6.1f%%\n", fmt.Sprintf("total, all %d cases", len(answers)), raw, shaped, reduction(raw, shaped))
	t.Logf("answer shaping (default options) against the simulator:\n%s", b.String())
}

func reduction(raw, shaped int) float64 {
	if raw == 0 {
		return 0
	}
	return 100 * float64(raw-shaped) / float64(raw)
}

// shapeMarker is the marker Shape puts after a list it cut.
type shapeMarker struct {
	List    string         `json:"list"`
	Shown   int            `json:"shown"`
	Omitted int            `json:"omitted"`
	Total   any            `json:"total"`
	Next    map[string]any `json:"next"`
	How     string         `json:"how"`
}

// checkShaped shapes res with a cap of maxItems and checks that nothing
// was lost; it returns the shaped result and its marker, if any.
func checkShaped(t *testing.T, set *tools.Set, spec tools.Spec, args json.RawMessage, res *tools.Result, maxItems int) (*tools.Result, *shapeMarker) {
	t.Helper()
	before := bytes.Clone(res.Body)
	shaped := spec.Shape(res, args, tools.ShapeOptions{MaxItems: maxItems})
	require.Equal(t, before, []byte(res.Body), "Shape leaves the raw answer alone")
	require.True(t, json.Valid(shaped.Body), "max %d: shaped answer is JSON: %s", maxItems, shaped.Body)
	assert.LessOrEqual(t, len(shaped.Body), len(res.Body), "max %d: shaping never makes an answer longer", maxItems)
	assert.NotContains(t, string(shaped.Body), `"selfUri"`)

	raw, got := decodeNumbers(t, res.Body), decodeNumbers(t, shaped.Body)
	if spec.UntrustedOutput {
		rawEnv, gotEnv := raw.(map[string]any), got.(map[string]any)
		assert.Equal(t, rawEnv["notice"], gotEnv["notice"], "the envelope stays")
		assert.Equal(t, true, gotEnv["untrusted"])
		raw, got = rawEnv["data"], gotEnv["data"]
	}

	var cut *shapeMarker
	if top, ok := got.(map[string]any); ok {
		if m, ok := top[tools.TruncatedKey]; ok {
			cut = new(shapeMarker)
			b, _ := json.Marshal(m)
			require.NoError(t, json.Unmarshal(b, cut))
		}
	}
	var rawList []any
	if cut != nil {
		want := maxItems
		if want == 0 {
			want = tools.DefaultMaxItems
		}
		rawList, _ = raw.(map[string]any)[cut.List].([]any)
		assert.Equal(t, want, cut.Shown, "max %d: shown", maxItems)
		assert.Len(t, got.(map[string]any)[cut.List], cut.Shown, "max %d: the list holds the shown items", maxItems)
		assert.Equal(t, len(rawList), cut.Shown+cut.Omitted, "max %d: shown+omitted is the raw list's length", maxItems)
		checkNext(t, set, spec, args, rawList, cut)
	}

	// Every leaf of the raw answer is in the shaped one, at the same path…
	walkLeaves(raw, nil, func(path []any) bool {
		if len(path) > 0 && path[len(path)-1] == "selfUri" {
			return true
		}
		return cut != nil && len(path) == 2 && path[0] == cut.List && path[1].(int) >= cut.Shown
	}, func(path []any, v any) {
		w, ok := at(got, path)
		if assert.True(t, ok, "max %d: %s is missing from the shaped answer", maxItems, pathString(path)) {
			assert.Equal(t, v, w, "max %d: %s", maxItems, pathString(path))
		}
	})
	// …and the shaped answer holds nothing else but the marker.
	walkLeaves(got, nil, func(path []any) bool {
		return len(path) == 1 && path[0] == tools.TruncatedKey
	}, func(path []any, v any) {
		w, ok := at(raw, path)
		assert.True(t, ok && assert.ObjectsAreEqual(v, w), "max %d: %s = %v is not in the raw answer", maxItems, pathString(path), v)
	})
	return shaped, cut
}

// checkNext sends the marker's next arguments and checks that they fetch
// the omitted items: for page numbers the next page starts with the first
// omitted item; for cursors the page repeats the shown items and its own
// cursor leads to the first omitted one.
func checkNext(t *testing.T, set *tools.Set, spec tools.Spec, args json.RawMessage, rawList []any, cut *shapeMarker) {
	t.Helper()
	call := func(a map[string]any) map[string]any {
		t.Helper()
		b, err := json.Marshal(a)
		require.NoError(t, err)
		res, err := set.Call(t.Context(), spec.Name, b)
		require.NoError(t, err, "next %s", b)
		body, _ := decodeNumbers(t, plainBody(t, res)).(map[string]any)
		return body
	}
	var a map[string]any
	require.NoError(t, json.Unmarshal(args, &a))
	numbered := false
	for k, v := range cut.Next {
		if sub, ok := v.(map[string]any); ok {
			merged, _ := a[k].(map[string]any)
			merged = mergeArgs(merged, sub)
			a[k] = merged
			_, numbered = sub["pageNumber"]
			continue
		}
		a[k] = v
		if k == "pageNumber" {
			numbered = true
		}
	}
	body := call(a)
	list, _ := body[cut.List].([]any)
	require.NotEmpty(t, list, "next %v fetches items", cut.Next)
	if numbered {
		for i, item := range list {
			if cut.Shown+i < len(rawList) {
				assert.Equal(t, rawList[cut.Shown+i], item, "next %v: item %d of the raw page", cut.Next, cut.Shown+i)
			}
		}
		return
	}
	require.GreaterOrEqual(t, len(list), cut.Shown)
	assert.Equal(t, rawList[:cut.Shown], list[:cut.Shown], "next %v repeats the shown items", cut.Next)
	switch {
	case body["cursor"] != nil:
		a["cursor"] = body["cursor"]
	case body["nextUri"] != nil:
		u, err := url.Parse(body["nextUri"].(string))
		require.NoError(t, err)
		a["after"] = u.Query().Get("after")
	default:
		t.Fatalf("next %v: the answer has no cursor", cut.Next)
	}
	assert.Equal(t, rawList[cut.Shown], call(a)[cut.List].([]any)[0], "the cursor leads to the first omitted item")
}

func mergeArgs(dst, src map[string]any) map[string]any {
	if dst == nil {
		dst = map[string]any{}
	}
	for k, v := range src {
		dst[k] = v
	}
	return dst
}

// decodeNumbers decodes JSON keeping numbers as written.
func decodeNumbers(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v), "%s", b)
	return v
}

// walkLeaves calls leaf for every string, number and boolean in v, with its
// path of keys and indexes, except under paths skip reports.
func walkLeaves(v any, path []any, skip func([]any) bool, leaf func([]any, any)) {
	if len(path) > 0 && skip(path) {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			walkLeaves(e, append(slices.Clip(path), k), skip, leaf)
		}
	case []any:
		for i, e := range v {
			walkLeaves(e, append(slices.Clip(path), i), skip, leaf)
		}
	case nil:
	default:
		leaf(path, v)
	}
}

// at returns the value at path in v.
func at(v any, path []any) (any, bool) {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[p]; !ok {
				return nil, false
			}
		case int:
			a, ok := v.([]any)
			if !ok || p >= len(a) {
				return nil, false
			}
			v = a[p]
		}
	}
	return v, true
}

func pathString(path []any) string {
	var b strings.Builder
	for _, p := range path {
		switch p := p.(type) {
		case string:
			b.WriteString("." + p)
		case int:
			fmt.Fprintf(&b, "[%d]", p)
		}
	}
	return b.String()
}

// BenchmarkShapeAnswers shapes the answer of each simulator case of a read
// tool with the default options, reporting raw-bytes and shaped-bytes; the
// first case of each tool is named after the tool's short name. It needs
// the answers of TestShapeAnswers from the same run:
//
//	go test ./genesystest -run '^TestShapeAnswers$' -bench '^BenchmarkShapeAnswers$' -benchmem
func BenchmarkShapeAnswers(b *testing.B) {
	shapeAnswers.Lock()
	answers := shapeAnswers.list
	shapeAnswers.Unlock()
	if len(answers) == 0 {
		b.Skip("no answers: run with -run '^TestShapeAnswers$'")
	}
	for _, a := range answers {
		b.Run(a.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(a.res.Body)))
			var shaped *tools.Result
			for b.Loop() {
				shaped = a.spec.Shape(a.res, a.args, tools.ShapeOptions{})
			}
			b.ReportMetric(float64(len(a.res.Body)), "raw-bytes")
			b.ReportMetric(float64(len(shaped.Body)), "shaped-bytes")
		})
	}
}
