package demotest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFakeModel(t *testing.T) {
	f := &FakeModel{}
	srv := httptest.NewServer(f)
	defer srv.Close()
	post := func(path, body string) (int, map[string]any) {
		resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		var v map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&v)
		return resp.StatusCode, v
	}

	status, v := post("/v1/chat/completions", `{"messages":[{"role":"user","content":"hi"}],"tools":[{},{}]}`)
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, "tool_calls", v["choices"].([]any)[0].(map[string]any)["finish_reason"])
	status, v = post("/v1/chat/completions", `{"messages":[{"role":"tool","content":"{\"entities\":[]}"}]}`)
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, "stop", v["choices"].([]any)[0].(map[string]any)["finish_reason"])
	tools, readBack, path := f.Seen()
	assert.Equal(t, 0, tools)
	assert.Equal(t, `{"entities":[]}`, readBack)
	assert.Equal(t, "/v1/chat/completions", path)

	status, v = post("/api/chat", `{"messages":[{"role":"user","content":"hi"}],"tools":[{}]}`)
	assert.Equal(t, http.StatusOK, status)
	assert.NotNil(t, v["message"].(map[string]any)["tool_calls"])

	status, _ = post("/v1/embeddings", `{}`)
	assert.Equal(t, http.StatusBadRequest, status)
	status, _ = post("/api/chat", `not json`)
	assert.Equal(t, http.StatusBadRequest, status)
}
