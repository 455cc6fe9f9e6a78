package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/genesyskit/genesyskit/internal/demo/demotest"
)

func TestRunOffline(t *testing.T) {
	demotest.CheckOffline(t, run, &startSimulator)
}

// With GENESYS_* credentials the example talks to that organisation; the
// hold interrupts Generate and the example asks on the terminal before
// resuming. A simulator stands in for the organisation here.
func TestRunRealOrgAsksBeforeHolding(t *testing.T) {
	demotest.CheckRealOrg(t, run)
}

func TestChooseModel(t *testing.T) {
	demotest.CheckModelChoices(t, func(getenv func(string) string) (string, error) {
		c, err := chooseModel(getenv)
		return c.about, err
	})
}

// The real-model paths, against in-process stand-ins for the providers:
// the compat_oai plugin (with the openai-go client, which wants a trailing
// slash on OPENAI_BASE_URL) and the ollama plugin (Ollama's own /api/chat).
func TestRunRealModelPlugins(t *testing.T) {
	for provider, path := range map[string]string{"openai": "/v1/chat/completions", "ollama": "/api/chat"} {
		t.Run(provider, func(t *testing.T) {
			f := demotest.CheckRealModel(t, run, provider, "/v1/")
			_, _, got := f.Seen()
			assert.Equal(t, path, got)
		})
	}
}
