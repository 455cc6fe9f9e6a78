package demo

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModelFromEnv(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want ModelEnv
	}{
		{map[string]string{}, ModelEnv{About: ScriptedModel}},
		{map[string]string{"GEMINI_API_KEY": "g", "OPENAI_API_KEY": "o"},
			ModelEnv{Provider: Gemini, Name: "gemini-2.5-flash", APIKey: "g", About: "Gemini gemini-2.5-flash (GEMINI_API_KEY)"}},
		{map[string]string{"OPENAI_API_KEY": "o", "OLLAMA_HOST": "localhost", "GENESYSKIT_MODEL": " gpt-4.1 "},
			ModelEnv{Provider: OpenAI, Name: "gpt-4.1", APIKey: "o", About: "OpenAI gpt-4.1 (OPENAI_API_KEY)"}},
		{map[string]string{"OLLAMA_HOST": "127.0.0.1:8080"},
			ModelEnv{Provider: Ollama, Name: "llama3.1", OllamaURL: "http://127.0.0.1:8080", About: "Ollama llama3.1 at http://127.0.0.1:8080 (OLLAMA_HOST)"}},
	} {
		got, err := ModelFromEnv(func(k string) string { return tc.env[k] })
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%v", tc.env)
	}
	_, err := ModelFromEnv(func(k string) string { return map[string]string{"OLLAMA_HOST": "http://"}[k] })
	assert.ErrorContains(t, err, "OLLAMA_HOST")
}

func TestOllamaURL(t *testing.T) {
	for host, want := range map[string]string{
		"localhost":               "http://localhost:11434",
		" 127.0.0.1:8080 ":        "http://127.0.0.1:8080",
		"https://ollama.example/": "https://ollama.example",
		"http://10.0.0.2/ollama/": "http://10.0.0.2/ollama",
		"http://[::1]:11434":      "http://[::1]:11434",
		"ollama.internal.example": "http://ollama.internal.example:11434",
	} {
		got, err := OllamaURL(host)
		require.NoError(t, err, host)
		assert.Equal(t, want, got, host)
	}
	for _, bad := range []string{"", "http://", "http://[::1"} {
		_, err := OllamaURL(bad)
		assert.Error(t, err, bad)
	}
}
