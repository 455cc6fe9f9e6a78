package demotest

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
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
	ollama := r.URL.Path == "/api/chat"
	if r.Method != http.MethodPost || !ollama && !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var req struct {
		Messages []struct {
			Role    string          `json:"role"`
			Content json.RawMessage `json:"content"`
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
			// The content is text, or for some clients a list of parts.
			if err := json.Unmarshal(m.Content, &result); err != nil {
				result = string(m.Content)
			}
		}
	}
	call := f.turn(r.URL.Path, len(req.Tools), result)
	w.Header().Set("Content-Type", "application/json")
	if ollama {
		_ = json.NewEncoder(w).Encode(ollamaAnswer(call))
	} else {
		_ = json.NewEncoder(w).Encode(openAIAnswer(call))
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

// answer is the model's text once it has read the tool result.
const answer = "You have one active call."

// openAIAnswer is a chat completion: a call of genesys_get_calls, or the
// answer.
func openAIAnswer(call bool) map[string]any {
	msg := map[string]any{"role": "assistant", "content": answer}
	finish := "stop"
	if call {
		msg = map[string]any{"role": "assistant", "content": nil, "tool_calls": []any{map[string]any{
			"id": "call_1", "type": "function", "function": map[string]any{"name": "genesys_get_calls", "arguments": "{}"},
		}}}
		finish = "tool_calls"
	}
	return map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "fake",
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
		"usage":   map[string]any{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
	}
}

// ollamaAnswer is an Ollama chat response: a call of genesys_get_calls,
// or the answer.
func ollamaAnswer(call bool) map[string]any {
	msg := map[string]any{"role": "assistant", "content": answer}
	if call {
		msg = map[string]any{"role": "assistant", "content": "", "tool_calls": []any{map[string]any{
			"function": map[string]any{"name": "genesys_get_calls", "arguments": map[string]any{}},
		}}}
	}
	return map[string]any{"model": "fake", "created_at": "2026-01-01T00:00:00Z", "message": msg, "done": true}
}
