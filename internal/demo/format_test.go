package demo

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFailure(t *testing.T) {
	for _, tc := range []struct {
		content, msg string
		failed       bool
	}{
		{"refused: the agent said no", "refused: the agent said no", true},
		{`{"error":"http","status":404,"code":"not.found","message":"no such call"}`, "http 404 not.found: no such call", true},
		{`{"error":"invalid","field":"held","message":"want a boolean"}`, "invalid in held: want a boolean", true},
		{`{"ok":true,"status":202}`, "", false},
		{`[1,2]`, "", false},
	} {
		msg, failed := Failure(tc.content)
		assert.Equal(t, tc.failed, failed, tc.content)
		assert.Equal(t, tc.msg, msg, tc.content)
	}
}

func TestBrief(t *testing.T) {
	const id = "ced07f0d-1111-2222-3333-444455556666"
	conv := `{"id":"` + id + `","participants":[{"id":"0f907949-1111-2222-3333-444455556666","name":"Liam","purpose":"customer","calls":[{"id":"b9f0d84a-1111-2222-3333-444455556666","state":"connected"}]}]}`
	for _, tc := range []struct{ content, want string }{
		{`{"ok":true,"status":202}`, "ok (HTTP 202)"},
		{"refused", "error: refused"},
		{conv, "conversation ced07f0d…: Liam (customer 0f907949…, call b9f0d84a… connected)"},
		{`{"entities":[{"id":"` + id + `","participants":[{"name":"Ava","purpose":"agent","state":"connected"}]}]}`, "1 active; conversation ced07f0d…: Ava (agent, connected)"},
		{`{"notice":"customer text","untrusted":true,"data":` + conv + `}`, "conversation ced07f0d…: Liam (customer 0f907949…, call b9f0d84a… connected)"},
		{`{ "name" : "Support" }`, `{"name":"Support"}`},
	} {
		assert.Equal(t, tc.want, Brief(tc.content), tc.content)
	}
	long := Brief(`{"text":"` + strings.Repeat("a", 300) + `"}`)
	assert.Equal(t, 161, len([]rune(long)))
	assert.True(t, strings.HasSuffix(long, "…"))
}

func TestDecode(t *testing.T) {
	var v struct{ ID string }
	require.NoError(t, Decode(`{"notice":"n","untrusted":true,"data":{"id":"x"}}`, &v))
	assert.Equal(t, "x", v.ID)
	require.NoError(t, Decode(`{"id":"y"}`, &v))
	assert.Equal(t, "y", v.ID)
}

func TestJSONText(t *testing.T) {
	assert.Equal(t, `{"held":true}`, JSONText(map[string]bool{"held": true}))
	assert.NotEmpty(t, JSONText(func() {}), "a value JSON cannot hold is printed as Go prints it")
}
