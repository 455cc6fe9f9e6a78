package demo

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// The model providers ModelFromEnv picks.
const (
	// Gemini is picked by GEMINI_API_KEY.
	Gemini = "gemini"
	// OpenAI is picked by OPENAI_API_KEY.
	OpenAI = "openai"
	// Ollama is picked by OLLAMA_HOST.
	Ollama = "ollama"
)

// GeminiOpenAIURL is Gemini's OpenAI-compatible endpoint, without a
// trailing slash.
const GeminiOpenAIURL = "https://generativelanguage.googleapis.com/v1beta/openai"

// ScriptedModel describes the scripted model an example uses when no
// variable picks a real one.
const ScriptedModel = "scripted (offline and deterministic); set GEMINI_API_KEY, OPENAI_API_KEY or OLLAMA_HOST for a real model"

// ModelEnv is the model the environment picks.
type ModelEnv struct {
	// Provider is Gemini, OpenAI or Ollama; empty when no variable picks
	// a real model and the example uses its scripted one.
	Provider string
	// Name is the model: GENESYSKIT_MODEL, or the provider's default
	// (gemini-2.5-flash, gpt-4o-mini, llama3.1).
	Name string
	// APIKey is GEMINI_API_KEY or OPENAI_API_KEY.
	APIKey string
	// OllamaURL is Ollama's base URL, from OLLAMA_HOST (see OllamaURL).
	OllamaURL string
	// About names the model and the variable that picked it, such as
	// "OpenAI gpt-4o-mini (OPENAI_API_KEY)", for the example to add how
	// it reaches the model; for the scripted model it is ScriptedModel.
	About string
}

// ModelFromEnv picks the model from getenv: the first of GEMINI_API_KEY,
// OPENAI_API_KEY and OLLAMA_HOST that is set, with GENESYSKIT_MODEL
// overriding the model name, or none. It fails only on an OLLAMA_HOST
// that is not a host or URL.
func ModelFromEnv(getenv func(string) string) (ModelEnv, error) {
	name := func(def string) string {
		if m := strings.TrimSpace(getenv("GENESYSKIT_MODEL")); m != "" {
			return m
		}
		return def
	}
	switch {
	case getenv("GEMINI_API_KEY") != "":
		m := name("gemini-2.5-flash")
		return ModelEnv{Provider: Gemini, Name: m, APIKey: getenv("GEMINI_API_KEY"), About: "Gemini " + m + " (GEMINI_API_KEY)"}, nil
	case getenv("OPENAI_API_KEY") != "":
		m := name("gpt-4o-mini")
		return ModelEnv{Provider: OpenAI, Name: m, APIKey: getenv("OPENAI_API_KEY"), About: "OpenAI " + m + " (OPENAI_API_KEY)"}, nil
	case getenv("OLLAMA_HOST") != "":
		base, err := OllamaURL(getenv("OLLAMA_HOST"))
		if err != nil {
			return ModelEnv{}, err
		}
		m := name("llama3.1")
		return ModelEnv{Provider: Ollama, Name: m, OllamaURL: base, About: "Ollama " + m + " at " + base + " (OLLAMA_HOST)"}, nil
	}
	return ModelEnv{About: ScriptedModel}, nil
}

// OllamaURL turns OLLAMA_HOST into a base URL the way Ollama reads it: a
// host or host:port means http on port 11434 unless a port is given; a URL
// is used as it is.
func OllamaURL(host string) (string, error) {
	host = strings.TrimSpace(host)
	bare := !strings.Contains(host, "://")
	if bare {
		host = "http://" + host
	}
	u, err := url.Parse(host)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("OLLAMA_HOST %q is not a host or URL", host)
	}
	if bare && u.Port() == "" {
		u.Host = net.JoinHostPort(u.Hostname(), "11434")
	}
	return strings.TrimSuffix(u.Scheme+"://"+u.Host+u.Path, "/"), nil
}
