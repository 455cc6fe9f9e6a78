package demotest

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"github.com/genesyskit/genesyskit/internal/demo"
)

// FakeModel answers like a model provider, OpenAI-compatible (POST
// …/chat/completions) or Ollama (POST /api/chat): first with a call of
// genesys_get_calls, then, once it has read the result, with the text
// "You have one active call.".
type FakeModel struct {
	mu       sync.Mutex
	tools    int    // tools offered in the last request
	readBack string // the tool result the model read
	path     string // the path of the last request
}

// Seen reports the number of tools offered in the last request, the tool
// result the model read and the path of the last request.
func (f *FakeModel) Seen() (tools int, readBack, path string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tools, f.readBack, f.path
}

// ServeHTTP answers a chat request in the provider's format.
func (f *FakeModel) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/chat/completions"):
		f.openAI(w, r)
	case r.Method == http.MethodPost && r.URL.Path == "/api/chat":
		f.ollama(w, r)
	default:
		http.Error(w, "bad request", http.StatusBadRequest)
	}
}

// turn records a request and reports whether the model should call the
// tool: it has not read a tool result yet.
func (f *FakeModel) turn(path string, tools int, toolResult string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.path, f.tools = path, tools
	if toolResult != "" {
		f.readBack = toolResult
		return false
	}
	return true
}

// openAI serves POST …/chat/completions.
func (f *FakeModel) openAI(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content any    `json:"content"`
		} `json:"messages"`
		Tools []json.RawMessage `json:"tools"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	result := ""
	for _, m := range req.Messages {
		if m.Role == "tool" {
			if s, ok := m.Content.(string); ok {
				result = s
			} else {
				result = demo.JSONText(m.Content)
			}
		}
	}
	msg := map[string]any{"role": "assistant", "content": "You have one active call."}
	finish := "stop"
	if f.turn(r.URL.Path, len(req.Tools), result) {
		msg = map[string]any{"role": "assistant", "content": nil, "tool_calls": []any{map[string]any{
			"id": "call_1", "type": "function", "function": map[string]any{"name": "genesys_get_calls", "arguments": "{}"},
		}}}
		finish = "tool_calls"
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "fake",
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
		"usage":   map[string]any{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
	})
}

// ollama serves POST /api/chat.
func (f *FakeModel) ollama(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Tools []json.RawMessage `json:"tools"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	result := ""
	for _, m := range req.Messages {
		if m.Role == "tool" {
			result = m.Content
		}
	}
	msg := map[string]any{"role": "assistant", "content": "You have one active call."}
	if f.turn(r.URL.Path, len(req.Tools), result) {
		msg = map[string]any{"role": "assistant", "content": "", "tool_calls": []any{map[string]any{
			"function": map[string]any{"name": "genesys_get_calls", "arguments": map[string]any{}},
		}}}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"model": "fake", "created_at": "2026-01-01T00:00:00Z", "message": msg, "done": true})
}
