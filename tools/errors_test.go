package tools_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/tools"
)

// TestEveryToolErrors checks, for each of the 111 tools, that a 404 becomes
// *APIError, a 429 becomes *RateLimitError with RetryAfter, and invalid
// arguments become *InputError with no request sent.
func TestEveryToolErrors(t *testing.T) {
	t.Parallel()
	cases := validArgs()
	for _, spec := range tools.All() {
		tc, ok := cases[spec.Name]
		if !ok {
			continue // reported by TestEveryToolHasRequestCase
		}
		t.Run(spec.Name, func(t *testing.T) {
			t.Parallel()
			args := json.RawMessage(tc.args)

			t.Run("404", func(t *testing.T) {
				t.Parallel()
				api := newFakeAPI(t, spec, answerWith(http.StatusNotFound,
					`{"status":404,"code":"not.found","message":"The conversation was not found.","contextId":"ctx-404","details":[{"errorCode":"not.found","fieldName":"conversationId"}]}`,
					map[string]string{"ININ-Correlation-Id": "corr-404"}))
				_, err := api.set(t, spec).Call(t.Context(), spec.Name, args)
				var apiErr *tools.APIError
				require.ErrorAs(t, err, &apiErr)
				assert.Equal(t, 404, apiErr.Status)
				assert.Equal(t, "not.found", apiErr.Code)
				assert.Equal(t, "The conversation was not found.", apiErr.Message)
				assert.Equal(t, "corr-404", apiErr.CorrelationID)
				assert.Equal(t, spec.Method, apiErr.Method)
				assert.Equal(t, tc.path, apiErr.Path)
				assert.NotContains(t, err.Error(), "?", "error must not carry the query string")
				var rl *tools.RateLimitError
				assert.False(t, errors.As(err, &rl))
			})

			t.Run("429", func(t *testing.T) {
				t.Parallel()
				api := newFakeAPI(t, spec, answerWith(http.StatusTooManyRequests,
					`{"status":429,"code":"too.many.requests.retry.after","message":"Rate limit exceeded the maximum. Retry the request in [7] seconds","contextId":"ctx-429","details":[],"errors":[]}`,
					map[string]string{"Retry-After": "7"}))
				_, err := api.set(t, spec).Call(t.Context(), spec.Name, args)
				var rl *tools.RateLimitError
				require.ErrorAs(t, err, &rl)
				assert.Equal(t, 7*time.Second, rl.RetryAfter)
				assert.Equal(t, "too.many.requests.retry.after", rl.Code)
				assert.Equal(t, "ctx-429", rl.CorrelationID)
				var apiErr *tools.APIError
				require.ErrorAs(t, err, &apiErr, "a RateLimitError is also an APIError")
				assert.Equal(t, 429, apiErr.Status)
			})

			t.Run("invalid", func(t *testing.T) {
				t.Parallel()
				api := newFakeAPI(t, spec, answerWith(http.StatusOK, `{}`, nil))
				set := api.set(t, spec)
				for _, bad := range invalidArgs(t, spec, tc) {
					_, err := set.Call(t.Context(), spec.Name, json.RawMessage(bad.args))
					var ie *tools.InputError
					if assert.ErrorAs(t, err, &ie, "args %s", bad.args) {
						assert.Equal(t, bad.field, ie.Field, "args %s: %v", bad.args, err)
						assert.Equal(t, spec.Name, ie.Tool)
						assert.NotEmpty(t, ie.Reason)
					}
				}
				assert.Zero(t, api.requests.Load(), "no request may be sent for invalid arguments")
			})
		})
	}
}

type badArgs struct{ args, field string }

// invalidArgs derives wrong arguments from a tool's valid ones: an unknown
// field, a wrongly typed known field, and for each required field its
// absence.
func invalidArgs(t *testing.T, spec tools.Spec, tc requestCase) []badArgs {
	t.Helper()
	valid := map[string]any{}
	if tc.args != "" {
		require.NoError(t, json.Unmarshal([]byte(tc.args), &valid))
	}
	root := parseSchema(t, spec.Schema())
	enc := func(m map[string]any) string { b, _ := json.Marshal(m); return string(b) }
	clone := func() map[string]any {
		m := make(map[string]any, len(valid))
		for k, v := range valid {
			m[k] = v
		}
		return m
	}
	out := []badArgs{{args: `[1,2]`, field: ""}, {args: `"conversationId"`, field: ""}}
	m := clone()
	m["notARealField"] = 1
	out = append(out, badArgs{enc(m), "notARealField"})
	for _, req := range root.Required {
		m := clone()
		delete(m, req)
		out = append(out, badArgs{enc(m), req})
	}
	for name, p := range root.Properties {
		m := clone()
		switch p.Type {
		case "string":
			m[name] = 42
		default:
			m[name] = "not-a-" + p.Type
		}
		out = append(out, badArgs{enc(m), name})
	}
	return out
}

var hostile = []string{"a/b", "..", ".", "a?b=c", "a#frag", "%2F", "a%2Fb", "has space", "", "  ", "../../users/me", "x/../../y", `a\\b`, "a\nb", "ünïcødé", "a;b=c", "a+b"}

// TestPathParameterInjection sends hostile values in every path parameter
// of every tool: each is either refused with an *InputError before any
// request, or escaped so that the same endpoint receives it intact.
func TestPathParameterInjection(t *testing.T) {
	t.Parallel()
	cases := validArgs()
	param := regexp.MustCompile(`\{(\w+)\}`)
	for _, spec := range tools.All() {
		tc, ok := cases[spec.Name]
		if !ok {
			continue
		}
		for _, m := range param.FindAllStringSubmatch(spec.Path, -1) {
			name := m[1]
			t.Run(spec.Name+"/"+name, func(t *testing.T) {
				t.Parallel()
				var got string
				api := newFakeAPI(t, spec, func(w http.ResponseWriter, r *http.Request) {
					got = r.PathValue(name)
					w.WriteHeader(http.StatusNoContent)
				})
				set := api.set(t, spec)
				for _, value := range hostile {
					args := map[string]any{}
					require.NoError(t, json.Unmarshal([]byte(tc.args), &args))
					args[name] = value
					raw, _ := json.Marshal(args)
					before := api.requests.Load()
					got = "<none>"
					_, err := set.Call(t.Context(), spec.Name, raw)
					if err != nil {
						var ie *tools.InputError
						require.ErrorAs(t, err, &ie, "value %q", value)
						assert.Equal(t, name, ie.Field)
						assert.Equal(t, before, api.requests.Load(), "value %q: refused values send nothing", value)
						continue
					}
					require.Equal(t, before+1, api.requests.Load(), "value %q", value)
					assert.Equal(t, value, got, "value %q must reach the same endpoint intact", value)
				}
				// The values that must be refused, whatever else happens.
				for _, value := range []string{"", "  ", ".", ".."} {
					args := map[string]any{}
					require.NoError(t, json.Unmarshal([]byte(tc.args), &args))
					args[name] = value
					raw, _ := json.Marshal(args)
					_, err := set.Call(t.Context(), spec.Name, raw)
					var ie *tools.InputError
					assert.ErrorAs(t, err, &ie, "value %q must be refused", value)
				}
			})
		}
	}
}
