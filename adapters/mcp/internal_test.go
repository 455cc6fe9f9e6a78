package mcptools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/tools"
)

func TestErrorsAModelCannotActOnAreGoErrors(t *testing.T) {
	t.Parallel()
	for _, err := range []error{
		context.Canceled,
		fmt.Errorf("genesys: GET /api/v2/conversations: %w", context.DeadlineExceeded),
	} {
		res, got := errorResult("genesys_conversations_get_call", err)
		assert.Nil(t, res, err)
		assert.Equal(t, err, got)
	}
	// Anything else, a transport failure included, is a result the model reads.
	res, err := errorResult("genesys_conversations_get_call", errors.New("dial tcp 127.0.0.1:1: connection refused"))
	require.NoError(t, err)
	assert.True(t, res.IsError)

	res, err = errorResult("genesys_conversations_get_call", &tools.APIError{Status: 404, Code: "not.found", Message: "gone"})
	require.NoError(t, err)
	assert.True(t, res.IsError)
	assert.Error(t, res.GetError(), "server middleware can still see the error")
	assert.JSONEq(t, `{"tool":"genesys_conversations_get_call","error":"api_error","status":404,"code":"not.found","message":"gone",
		"hint":"Check the ids: get them from a list or get tool of this conversation rather than guessing."}`, string(res.StructuredContent.(json.RawMessage)))
}

func TestStructuredContentOnlyForObjects(t *testing.T) {
	t.Parallel()
	assert.NotNil(t, successResult(&tools.Result{Status: 200, Body: []byte(` {"a":1}`)}).StructuredContent)
	for _, body := range []string{`[1,2]`, `"x"`, ``, `{"a":`} {
		res := successResult(&tools.Result{Status: 200, Body: []byte(body)})
		assert.Nil(t, res.StructuredContent, body)
		assert.Equal(t, 200, res.Meta[MetaStatus])
	}
}

func TestRegisterRejectsUnknownApprovalMode(t *testing.T) {
	t.Parallel()
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: "http://127.0.0.1:1"})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{})
	require.NoError(t, err)
	assert.ErrorContains(t, Register(nil, set, Options{}), "needs a server")
	srv := mcp.NewServer(&mcp.Implementation{Name: "x", Version: "1"}, nil)
	assert.ErrorContains(t, Register(srv, set, Options{Approval: ApprovalMode(9)}), "unknown approval mode")
}
