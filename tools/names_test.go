package tools_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/genesyskit/genesyskit/tools"
)

func TestShortenNames(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Ids from genesys_conversations_get_calls.":                                 "Ids from genesys_get_calls.",
		"genesys_conversations_get_call or genesys_conversations_get_calls_history": "genesys_get_call or genesys_get_calls_history",
		// Short names, unknown names and longer words stay as they are.
		"genesys_get_call, genesys_conversations_get_nothing, genesys_conversations_get_callx": "genesys_get_call, genesys_conversations_get_nothing, genesys_conversations_get_callx",
		"": "",
	} {
		assert.Equal(t, want, tools.ShortenNames(in), in)
	}
	for _, s := range tools.All() {
		assert.Equal(t, s.ShortName, tools.ShortenNames(s.Name))
	}
}
