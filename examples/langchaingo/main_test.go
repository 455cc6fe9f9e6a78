package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/genesyskit/genesyskit/internal/demo/demotest"
)

func TestRunOffline(t *testing.T) {
	demotest.CheckOffline(t, run, &startSimulator)
}

// With GENESYS_* credentials the example talks to that organisation and
// asks on the terminal before a destructive tool runs. A simulator stands
// in for the organisation here.
func TestRunRealOrgAsksBeforeHolding(t *testing.T) {
	demotest.CheckRealOrg(t, run)
}

func TestChooseModel(t *testing.T) {
	demotest.CheckModelChoices(t, func(getenv func(string) string) (string, error) {
		_, about, err := chooseModel(getenv)
		return about, err
	})
}

// The real-model paths, against an in-process stand-in for the provider:
// all of them go through llms/openai, Ollama's through its
// OpenAI-compatible /v1 endpoint.
func TestRunRealModel(t *testing.T) {
	for _, provider := range []string{"openai", "ollama"} {
		t.Run(provider, func(t *testing.T) {
			f := demotest.CheckRealModel(t, run, provider, "/v1") // OPENAI_BASE_URL is read by llms/openai itself
			_, _, path := f.Seen()
			assert.Equal(t, "/v1/chat/completions", path)
		})
	}
}
