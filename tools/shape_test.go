package tools_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

func mustSpec(t testing.TB, name string) tools.Spec {
	t.Helper()
	s, ok := tools.Lookup(name)
	require.True(t, ok, name)
	return s
}

func shapeString(spec tools.Spec, body, args string, o tools.ShapeOptions) string {
	return string(spec.Shape(&tools.Result{Status: 200, Body: json.RawMessage(body)}, json.RawMessage(args), o).Body)
}

func TestShapeDrops(t *testing.T) {
	t.Parallel()
	spec := mustSpec(t, "genesys_conversations_get_conversation") // cannot page
	for _, tc := range []struct{ name, in, want string }{
		{"nulls", `{"a":null,"b":1,"c":{"d":null,"e":2}}`, `{"b":1,"c":{"e":2}}`},
		{"empty containers, recursively", `{"a":{"b":[],"c":{}},"d":{"e":{"f":null}},"g":[1]}`, `{"g":[1]}`},
		{"selfUri at any depth", `{"id":"1","selfUri":"/x/1","user":{"id":"u","selfUri":"/u"},"queue":{"selfUri":"/q"}}`, `{"id":"1","user":{"id":"u"}}`},
		{"falsy values stay", `{"a":false,"b":0,"c":"","d":-0.0}`, `{"a":false,"b":0,"c":"","d":-0.0}`},
		{"numbers and strings as written", `{"n":[1.50,1e3,12345678901234567890123,-2.5E-7],"s":"caf\u00e9 \"q\" \/ \\ \n","u":"ünï"}`,
			`{"n":[1.50,1e3,12345678901234567890123,-2.5E-7],"s":"caf\u00e9 \"q\" \/ \\ \n","u":"ünï"}`},
		{"key order", `{"z":1,"a":2,"m":{"y":3,"b":4}}`, `{"z":1,"a":2,"m":{"y":3,"b":4}}`},
		{"white space", " {\n  \"a\" : [ 1 , 2 ] ,\t\"b\":{ } }\r\n", `{"a":[1,2]}`},
		{"array elements keep their places", `{"a":[null,{},{"selfUri":"/x"},[],{"b":null,"c":1}]}`, `{"a":[null,{},{},[],{"c":1}]}`},
		{"top level keeps empty arrays", `{"entities":[],"other":{},"x":null,"pageSize":25}`, `{"entities":[],"pageSize":25}`},
		{"nested empty arrays go", `{"entities":[{"divisions":[],"id":"d"}]}`, `{"entities":[{"id":"d"}]}`},
		{"everything dropped", `{"a":null,"b":{},"selfUri":"/x"}`, `{}`},
		{"empty object", `{}`, `{}`},
		{"top-level array", `[{"id":"a","selfUri":"/a","x":null},{"id":"b"}]`, `[{"id":"a"},{"id":"b"}]`},
		{"top-level scalar", ` "text" `, `"text"`},
		{"top-level null", `null`, `null`},
		{"escaped key is not selfUri", `{"selfUr\u0069":"/x"}`, `{"selfUr\u0069":"/x"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := shapeString(spec, tc.in, `{}`, tools.ShapeOptions{})
			assert.Equal(t, tc.want, got)
			assert.True(t, json.Valid([]byte(got)))
			assert.LessOrEqual(t, len(got), len(tc.in))
		})
	}
}

func TestShapeLeavesInvalidBodiesAlone(t *testing.T) {
	t.Parallel()
	spec := mustSpec(t, "genesys_conversations_get_conversation")
	for _, body := range []string{``, ` `, `{`, `{"a":}`, `{"a":1`, `{"a":1,}`, `[1,]`, `nul`, `tru`, "\"\x01\"", `"\x"`, `"\u12"`,
		`01`, `1.`, `1e`, `-`, `{"a":1}x`, `{"a" 1}`, `{a:1}`, `[1 2]`, `{"selfUri":"/x"`, strings.Repeat("[", 10001) + strings.Repeat("]", 10001)} {
		res := &tools.Result{Status: 200, Body: json.RawMessage(body)}
		assert.Same(t, res, spec.Shape(res, nil, tools.ShapeOptions{}), "%q", body)
	}
	dry := &tools.Result{Body: json.RawMessage(`{"dryRun":true,"method":"GET","path":"/x","body":{"a":null}}`)}
	assert.Same(t, dry, spec.Shape(dry, nil, tools.ShapeOptions{}), "a dry run describes a request, not an answer")
	assert.Nil(t, spec.Shape(nil, nil, tools.ShapeOptions{}))
}

func TestShapeDoesNotTouchTheResult(t *testing.T) {
	t.Parallel()
	spec := mustSpec(t, "genesys_conversations_get_calls_history")
	body := `{"entities":[` + items(40) + `],"pageSize":40,"selfUri":"/x","a":null}`
	res := &tools.Result{Status: 200, CorrelationID: "corr", Body: json.RawMessage(body)}
	got := spec.Shape(res, json.RawMessage(`{"pageSize":40}`), tools.ShapeOptions{})
	assert.Equal(t, body, string(res.Body))
	assert.NotEqual(t, body, string(got.Body))
	assert.Equal(t, 200, got.Status)
	assert.Equal(t, "corr", got.CorrelationID)
}

// items renders n list items with an id, a name, a link and a null.
func items(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"item-%d","name":"Item number %d with a long enough name","selfUri":"/api/v2/items/item-%d","gone":null}`, i, i, i)
	}
	return b.String()
}

// truncation is the marker Shape adds to a cut list.
type truncation struct {
	List    string         `json:"list"`
	Shown   int            `json:"shown"`
	Omitted int            `json:"omitted"`
	Total   any            `json:"total"`
	Next    map[string]any `json:"next"`
	How     string         `json:"how"`
}

func TestShapeCutsPages(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, tool, body, args string
		max                    int
		list                   string
		shown, omitted         int
		total                  any
		next                   string
		how                    string // a piece of the how text
	}{
		{
			name: "first page", tool: "genesys_conversations_get_calls_history",
			body: `{"entities":[` + items(40) + `],"pageSize":40,"pageNumber":1,"total":95,"selfUri":"/x"}`, args: `{"pageSize":40}`,
			list: "entities", shown: 25, omitted: 15, total: 95.0, next: `{"pageSize":25,"pageNumber":2}`, how: "changed as in next.",
		},
		{
			name: "later page, no item skipped", tool: "genesys_conversations_get_calls_history",
			body: `{"entities":[` + items(30) + `],"pageSize":30,"pageNumber":2,"total":95}`, args: `{"pageSize":30,"pageNumber":2}`,
			// Items 30..54 are shown; 55 = 5*11, so pages of 11 start there.
			list: "entities", shown: 25, omitted: 5, total: 95.0, next: `{"pageSize":11,"pageNumber":6}`,
		},
		{
			name: "page size from the answer", tool: "genesys_conversations_get_conversation_communication_internalmessages",
			body: `{"entities":[` + items(40) + `],"pageSize":40,"pageNumber":3,"total":200}`, args: `{"conversationId":"c","communicationId":"m","pageNumber":3}`,
			// 2*40+25 = 105 = 5*21.
			list: "entities", shown: 25, omitted: 15, total: 200.0, next: `{"pageSize":21,"pageNumber":6}`,
		},
		{
			name: "paging object, total after the list", tool: "genesys_conversations_post_analytics_conversations_details_query",
			body: `{"conversations":[` + items(100) + `],"totalHits":310}`, args: `{"interval":"x","paging":{"pageSize":100,"pageNumber":1}}`,
			list: "conversations", shown: 25, omitted: 75, total: 310.0, next: `{"paging":{"pageSize":25,"pageNumber":2}}`,
		},
		{
			name: "smaller cap", tool: "genesys_conversations_post_analytics_conversations_details_query",
			body: `{"conversations":[` + items(25) + `],"totalHits":30}`, args: `{"interval":"x"}`, max: 10,
			list: "conversations", shown: 10, omitted: 15, total: 30.0, next: `{"paging":{"pageSize":10,"pageNumber":2}}`,
		},
		{
			name: "activity groups, total unknown", tool: "genesys_conversations_post_analytics_conversations_activity_query",
			body: `{"entityIdDimension":"conversationId","results":[` + items(30) + `]}`, args: `{"pageSize":30,"metrics":[],"groupBy":[]}`,
			list: "results", shown: 25, omitted: 5, total: "unknown", next: `{"pageSize":25,"pageNumber":2}`,
		},
		{
			name: "cursor", tool: "genesys_conversations_get_analytics_conversations_details_job_results",
			body: `{"conversations":[` + items(60) + `],"cursor":"Y3Vy","dataAvailabilityDate":"2026-11-02T14:30:00.000Z"}`, args: `{"jobId":"j","cursor":"YWJj","pageSize":60}`,
			list: "conversations", shown: 25, omitted: 35, total: "unknown", next: `{"cursor":"YWJj","pageSize":25}`,
			how: "This answer's cursor would skip the omitted items.",
		},
		{
			name: "cursor, first page", tool: "genesys_conversations_get_analytics_conversations_details_job_results",
			body: `{"conversations":[` + items(60) + `],"cursor":"Y3Vy"}`, args: `{"jobId":"j"}`,
			list: "conversations", shown: 25, omitted: 35, total: "unknown", next: `{"pageSize":25}`,
		},
		{
			name: "after cursor, page size as a string", tool: "genesys_conversations_get_conversation_suggestions",
			body: `{"entities":[` + items(50) + `],"nextUri":"/x?after=abc&pageSize=50"}`, args: `{"conversationId":"c","after":"eHl6","pageSize":"50"}`,
			list: "entities", shown: 25, omitted: 25, total: "unknown", next: `{"after":"eHl6","pageSize":"25"}`,
			how: "This answer's nextUri would skip the omitted items.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			spec := mustSpec(t, tc.tool)
			got := shapeString(spec, tc.body, tc.args, tools.ShapeOptions{MaxItems: tc.max})
			require.True(t, json.Valid([]byte(got)), got)
			assert.Less(t, len(got), len(tc.body))
			var v map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(got), &v))
			var list []json.RawMessage
			require.NoError(t, json.Unmarshal(v[tc.list], &list))
			assert.Len(t, list, tc.shown)
			assert.JSONEq(t, `{"id":"item-0","name":"Item number 0 with a long enough name"}`, string(list[0]))
			var mk truncation
			require.NoError(t, json.Unmarshal(v[tools.TruncatedKey], &mk), got)
			assert.Equal(t, tc.list, mk.List)
			assert.Equal(t, tc.shown, mk.Shown)
			assert.Equal(t, tc.omitted, mk.Omitted)
			assert.Equal(t, tc.total, mk.Total)
			next, _ := json.Marshal(mk.Next)
			assert.JSONEq(t, tc.next, string(next))
			assert.Contains(t, mk.How, tc.how)
			assert.Contains(t, got, `}],"`+tools.TruncatedKey+`":{`, "the marker follows the list")
		})
	}
}

func TestShapeKeepsWholeLists(t *testing.T) {
	t.Parallel()
	long := `{"entities":[` + items(40) + `],"pageSize":40,"pageNumber":1,"total":40}`
	for _, tc := range []struct {
		name, tool, body, args string
		max                    int
	}{
		{"tool cannot page", "genesys_conversations_get_conversations", long, `{}`, 0},
		{"cursor without a page size", "genesys_conversations_post_participants_attributes_search", `{"results":[` + items(40) + `]}`, `{}`, 0},
		{"capping off", "genesys_conversations_get_calls_history", long, `{"pageSize":40}`, -1},
		{"short page", "genesys_conversations_get_calls_history", long, `{"pageSize":40}`, 40},
		{"paging backwards", "genesys_conversations_get_conversation_suggestions", `{"entities":[` + items(40) + `]}`, `{"conversationId":"c","before":"eHl6","pageSize":"40"}`, 0},
		{"page start unknown", "genesys_conversations_post_analytics_conversations_activity_query", `{"results":[` + items(40) + `]}`, `{"pageNumber":2,"metrics":[],"groupBy":[]}`, 0},
		{"cutting saves nothing", "genesys_conversations_get_calls_history", `{"entities":[` + strings.Repeat("1,", 30) + `1]}`, `{"pageSize":40}`, 0},
		{"not the page's list", "genesys_conversations_get_calls_history", `{"items":[` + items(40) + `],"entities":[1]}`, `{"pageSize":40}`, 0},
		{"nested lists", "genesys_conversations_get_calls_history", `{"entities":[{"participants":[` + items(40) + `]}]}`, `{"pageSize":40}`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := shapeString(mustSpec(t, tc.tool), tc.body, tc.args, tools.ShapeOptions{MaxItems: tc.max})
			assert.NotContains(t, got, `"`+tools.TruncatedKey+`"`)
			assert.Equal(t, strings.Count(tc.body, `"id":`), strings.Count(got, `"id":`), "every item is kept")
		})
	}
	// Only the first page list of an answer is cut.
	got := shapeString(mustSpec(t, "genesys_conversations_get_calls_history"), `{"results":[`+items(30)+`],"entities":[`+items(30)+`]}`, `{"pageSize":30}`, tools.ShapeOptions{})
	assert.Equal(t, 55, strings.Count(got, `"id":`))
}

// TestShapeEnvelope shapes a real answer of an untrusted-output tool: the
// envelope stays as Set.Call made it and its data is shaped and cut.
func TestShapeEnvelope(t *testing.T) {
	t.Parallel()
	set := shapeSimSet(t, genesystest.Options{Seed: 7}, false)
	args := json.RawMessage(`{"pageSize":40,"pageNumber":1}`)
	res, err := set.Call(t.Context(), "genesys_conversations_post_customattributes_search", args)
	require.NoError(t, err)
	spec := mustSpec(t, "genesys_conversations_post_customattributes_search")
	require.True(t, spec.UntrustedOutput)
	got := spec.Shape(res, args, tools.ShapeOptions{})
	var raw, shaped map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(res.Body, &raw))
	require.NoError(t, json.Unmarshal(got.Body, &shaped))
	assert.Equal(t, []string{"notice", "untrusted", "data"}, keysOf(t, got.Body))
	assert.Equal(t, string(raw["notice"]), string(shaped["notice"]))
	assert.Equal(t, "true", string(shaped["untrusted"]))
	data := string(shaped["data"])
	assert.NotContains(t, data, "selfUri")
	assert.Contains(t, data, `"`+tools.TruncatedKey+`":{"list":"results","shown":25,"omitted":15,"total":54,"next":{"pageSize":25,"pageNumber":2}`)
	assert.Less(t, len(got.Body), len(res.Body))
}

// keysOf returns the top-level keys of a JSON object, in order.
func keysOf(t *testing.T, body []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	_, err := dec.Token()
	require.NoError(t, err)
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return keys
}

// shapeSimSet returns a set bound to a fresh simulator with a fixed clock,
// acting with a client's token or, if user is set, the first user's.
func shapeSimSet(t testing.TB, o genesystest.Options, user bool) *tools.Set {
	t.Helper()
	o.RateLimit = -1
	o.Now = func() time.Time { return time.Date(2026, 11, 2, 14, 30, 0, 0, time.UTC) }
	srv := genesystest.NewServer(o)
	t.Cleanup(srv.Close)
	token := srv.Token()
	if user {
		token = srv.UserToken(srv.Org().Users[0].ID)
	}
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: auth.StaticToken(token), RateLimit: -1})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{})
	require.NoError(t, err)
	return set
}

// FuzzShape shapes arbitrary bodies as the answers of tools that page in
// each way and of one that cannot. Whatever the input, Shape never panics;
// it changes a body exactly when the body is valid JSON, into valid JSON
// no longer than the original, and shaping again changes nothing more.
func FuzzShape(f *testing.F) {
	specs := []tools.Spec{
		mustSpec(f, "genesys_conversations_get_conversation"),
		mustSpec(f, "genesys_conversations_get_calls_history"),
		mustSpec(f, "genesys_conversations_post_analytics_conversations_details_query"),
		mustSpec(f, "genesys_conversations_get_analytics_conversations_details_job_results"),
		mustSpec(f, "genesys_conversations_get_conversation_suggestions"),
	}
	f.Add(uint8(0), int8(0), []byte(`{"id":"c","selfUri":"/x","a":null,"b":{"c":[]},"n":1.50}`), []byte(`{}`))
	f.Add(uint8(1), int8(2), []byte(`{"entities":[{"id":1},{"id":2},{"id":3,"selfUri":"/3"}],"pageSize":3,"total":9}`), []byte(`{"pageSize":3,"pageNumber":2}`))
	f.Add(uint8(2), int8(1), []byte(`{"conversations":[{"a":"b"},{"c":"d"}],"totalHits":2}`), []byte(`{"paging":{"pageSize":2,"pageNumber":1}}`))
	f.Add(uint8(3), int8(1), []byte(`{"conversations":[{"a":"b"},{"c":"d"}],"cursor":"x"}`), []byte(`{"jobId":"j","cursor":"y"}`))
	f.Add(uint8(4), int8(1), []byte(`[{"entities":[1,2]}, null, "\u00e9\"", -0.5e+3, true]`), []byte(`{"pageSize":"2","before":"z"}`))
	f.Fuzz(func(t *testing.T, which uint8, maxItems int8, body, args []byte) {
		spec := specs[int(which)%len(specs)]
		o := tools.ShapeOptions{MaxItems: int(maxItems)}
		res := &tools.Result{Status: 200, Body: append(json.RawMessage(nil), body...)}
		got := spec.Shape(res, args, o)
		if !bytes.Equal(res.Body, body) {
			t.Fatal("Shape changed its input")
		}
		if valid := json.Valid(body); valid == (got == res) {
			t.Fatalf("valid JSON %v, but shaped %v: %q", valid, got != res, body)
		}
		if got == res {
			return
		}
		if !json.Valid(got.Body) || len(got.Body) > len(body) {
			t.Fatalf("shaped %q into %q", body, got.Body)
		}
		if again := spec.Shape(got, args, o); !bytes.Equal(again.Body, got.Body) {
			t.Fatalf("shaping %q again gave %q", got.Body, again.Body)
		}
		// The client's check of an answer agrees with json.Valid, and an
		// answer it found lean shapes exactly as one it never saw.
		if len(bytes.TrimSpace(body)) == 0 {
			return
		}
		valid := json.Valid(body)
		checked := tools.Checked(body)
		if keptAsIs := bytes.Equal(checked.Body, bytes.TrimSpace(body)); keptAsIs != valid {
			t.Fatalf("json.Valid %v, but the client kept the body as it is %v: %q", valid, keptAsIs, body)
		}
		fast := spec.Shape(checked, args, o)
		slow := spec.Shape(&tools.Result{Status: checked.Status, Body: checked.Body}, args, o)
		if !bytes.Equal(fast.Body, slow.Body) {
			t.Fatalf("%q shaped to %q after the client's check, %q without", body, fast.Body, slow.Body)
		}
	})
}

// TestShapeLeanAnswer checks the shortcut for answers with nothing to drop:
// the shaped copy shares the body the client checked, a list longer than
// the cut is still cut, and a body replaced after the check is shaped in
// full.
func TestShapeLeanAnswer(t *testing.T) {
	spec := mustSpec(t, "genesys_conversations_get_calls_history")
	lean := tools.Checked([]byte(` {"entities":[{"id":"a","held":false},{"id":"b","n":0}],"pageSize":2,"pageNumber":1} `))
	got := spec.Shape(lean, json.RawMessage(`{"pageSize":2}`), tools.ShapeOptions{})
	require.Same(t, lean, got, "nothing to drop or cut: res itself comes back")
	require.Equal(t, `{"entities":[{"id":"a","held":false},{"id":"b","n":0}],"pageSize":2,"pageNumber":1}`, string(got.Body))

	long := `{"entities":[` + strings.Repeat(`{"id":"0c6d8a3e-9f2b-4c1d-8e7a-5b4f3a2d1c0b","held":false},`, 9) + `{"id":"x"}],"pageSize":10,"pageNumber":1}`
	cut := spec.Shape(tools.Checked([]byte(long)), json.RawMessage(`{"pageSize":10}`), tools.ShapeOptions{MaxItems: 2})
	require.Contains(t, string(cut.Body), `"truncated":{"list":"entities","shown":2,"omitted":8`)

	for body, want := range map[string]string{
		`{"a":null,"b":1}`:       `{"b":1}`,
		`{"a":{"c":[]},"b":1}`:   `{"b":1}`,
		`{"a":{},"b":1}`:         `{"b":1}`,
		`{"selfUri":"/x","b":1}`: `{"b":1}`,
		`{"a": 1,"b":[1, 2]}`:    `{"a":1,"b":[1,2]}`,
	} {
		res := tools.Checked([]byte(body))
		require.Equal(t, body, string(res.Body))
		require.Equal(t, want, string(spec.Shape(res, nil, tools.ShapeOptions{}).Body), body)
	}

	replaced := tools.Checked([]byte(`{"id":"a"}`))
	replaced.Body = json.RawMessage(`{"id":"a","x":null}`)
	require.Equal(t, `{"id":"a"}`, string(spec.Shape(replaced, nil, tools.ShapeOptions{}).Body))
}

// BenchmarkShape shapes a 5.5 KB answer (three calls of a call history
// page, with their participants) that has nothing to cut.
func BenchmarkShape(b *testing.B) {
	set := shapeSimSet(b, genesystest.Options{Seed: 7}, true)
	spec := mustSpec(b, "genesys_conversations_get_calls_history")
	benchShape(b, set, spec, `{}`)
}

// BenchmarkShapeCut shapes a details query page of 100 conversations,
// cutting it to 25.
func BenchmarkShapeCut(b *testing.B) {
	set := shapeSimSet(b, genesystest.Options{Seed: 7, ConversationsPerDay: 20}, false)
	spec := mustSpec(b, "genesys_conversations_post_analytics_conversations_details_query")
	benchShape(b, set, spec, `{"interval":"2026-10-01T00:00:00Z/2026-11-03T00:00:00Z","paging":{"pageSize":100,"pageNumber":1}}`)
}

func benchShape(b *testing.B, set *tools.Set, spec tools.Spec, arguments string) {
	args := json.RawMessage(arguments)
	res, err := set.Call(b.Context(), spec.Name, args)
	require.NoError(b, err)
	shaped := spec.Shape(res, args, tools.ShapeOptions{})
	require.NotSame(b, res, shaped)
	b.SetBytes(int64(len(res.Body)))
	b.ReportAllocs()
	for b.Loop() {
		spec.Shape(res, args, tools.ShapeOptions{})
	}
	b.ReportMetric(float64(len(res.Body)), "raw-bytes")
	b.ReportMetric(float64(len(shaped.Body)), "shaped-bytes")
}
