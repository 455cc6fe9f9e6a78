package genesystest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// oauth2HTTPClient is the context key through which x/oauth2 takes the
// HTTP client for token requests.
var oauth2HTTPClient = oauth2.HTTPClient

func staticToken(tok string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok})
}

// mustFind returns the first item that matches; when none does, the test
// fails with the message.
func mustFind[T any](t *testing.T, items []T, match func(T) bool, format string, args ...any) T {
	t.Helper()
	for _, it := range items {
		if match(it) {
			return it
		}
	}
	t.Fatalf(format, args...)
	var zero T
	return zero
}

// ---- raw requests ------------------------------------------------------------

// rawDo sends a request straight to the simulator, bypassing the tools
// package's own checks: token is the bearer token (none when empty), body
// the JSON body (none when empty). It returns the status, the headers and
// the body of the answer.
func rawDo(t *testing.T, srv *genesystest.Server, method, path, token, body string) (int, http.Header, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(t.Context(), method, srv.URL+path, rd)
	require.NoError(t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header, data
}

// decodeRaw decodes a JSON object answer (nil when the answer is empty).
func decodeRaw(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if len(bytes.TrimSpace(data)) > 0 {
		require.NoError(t, json.Unmarshal(data, &m), "body %s", data)
	}
	return m
}

// rawCall is rawDo against the fixture's simulator, with the answer
// decoded (nil when empty). An empty token means the client-credentials
// token.
func rawCall(t *testing.T, f *fixture, method, path, token, body string) (int, map[string]any) {
	t.Helper()
	if token == "" {
		token = f.srv.Token()
	}
	status, _, data := rawDo(t, f.srv, method, path, token, body)
	return status, decodeRaw(t, data)
}

// rawGet is a GET through rawDo that also returns the headers.
func rawGet(t *testing.T, srv *genesystest.Server, path, token string) (int, http.Header, map[string]any) {
	t.Helper()
	status, header, data := rawDo(t, srv, http.MethodGet, path, token, "")
	return status, header, decodeRaw(t, data)
}

// fieldOf returns the fieldName of an error answer's first detail.
func fieldOf(body map[string]any) string {
	details, _ := body["details"].([]any)
	if len(details) == 0 {
		return ""
	}
	s, _ := details[0].(map[string]any)["fieldName"].(string)
	return s
}

// ---- tool calls --------------------------------------------------------------

// plainBody returns a tool answer's body without the untrusted-data
// envelope the tool set may put around it.
func plainBody(t *testing.T, res *tools.Result) []byte {
	t.Helper()
	var env struct {
		Untrusted bool            `json:"untrusted"`
		Data      json.RawMessage `json:"data"`
	}
	if json.Unmarshal(res.Body, &env) == nil && env.Untrusted && env.Data != nil {
		return env.Data
	}
	return res.Body
}

// openBody decodes a tool answer, unwrapped from the untrusted-data
// envelope when the tool uses one.
func openBody(t *testing.T, res *tools.Result) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(plainBody(t, res), &m), "body %s", res.Body)
	return m
}

// runTool runs a tool with the client-credentials set as part of a
// test's preparation or check. An answer wrapped in the untrusted-data
// envelope is unwrapped.
func runTool(t *testing.T, f *fixture, tool string, args map[string]any) *tools.Result {
	t.Helper()
	res, err := f.set.Call(t.Context(), tool, json.RawMessage(jsonArgs(args)))
	require.NoError(t, err, "%s %v", tool, args)
	out := *res
	out.Body = plainBody(t, res)
	return &out
}

// callTool is runTool with the answer decoded: nil for an empty answer,
// {"value": v} for a bare JSON value such as a string.
func callTool(t *testing.T, f *fixture, tool string, args map[string]any) map[string]any {
	t.Helper()
	body := runTool(t, f, tool, args).Body
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	var v any
	require.NoError(t, json.Unmarshal(body, &v), "body %s", body)
	if m, ok := v.(map[string]any); ok {
		return m
	}
	return map[string]any{"value": v}
}

// apiErr asserts that err is an *tools.APIError and returns it.
func apiErr(t *testing.T, err error) *tools.APIError {
	t.Helper()
	var ae *tools.APIError
	require.True(t, errors.As(err, &ae), "want *tools.APIError, got %v", err)
	return ae
}

// requireAPIError asserts that err is an API error of the status and code.
func requireAPIError(t *testing.T, err error, status int, code string) *tools.APIError {
	t.Helper()
	ae := apiErr(t, err)
	assert.Equal(t, status, ae.Status)
	assert.Equal(t, code, ae.Code)
	return ae
}

// toolAPIError runs a tool that must fail and returns its API error.
func toolAPIError(t *testing.T, set *tools.Set, tool string, args map[string]any) *tools.APIError {
	t.Helper()
	_, err := set.Call(t.Context(), tool, json.RawMessage(jsonArgs(args)))
	require.Error(t, err, "%s %v", tool, args)
	return apiErr(t, err)
}
