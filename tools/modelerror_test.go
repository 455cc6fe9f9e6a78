package tools_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/genesyskit/genesyskit/tools"
)

func TestAsToolError(t *testing.T) {
	t.Parallel()
	api := &tools.APIError{Status: 404, Code: "not.found", Message: "no such conversation", CorrelationID: "c-1", Method: "GET", Path: "/x"}
	for _, tc := range []struct {
		err  error
		kind string
	}{
		{&tools.InputError{Field: "conversationId", Reason: "is required"}, "invalid_arguments"},
		{fmt.Errorf("wrapped: %w", api), "api_error"},
		{&tools.RateLimitError{APIError: &tools.APIError{Status: 429, Code: "too.many.requests.retry.after"}, RetryAfter: 3 * time.Second}, "rate_limited"},
		{&tools.RefusedError{Tool: "t"}, "refused"},
		{&tools.OutcomeUnknownError{Method: "POST", Path: "/x", Err: &tools.APIError{Status: 500, Code: "internal.server.error"}}, "outcome_unknown"},
		{fmt.Errorf("genesys: %w %q", tools.ErrUnknownTool, "x"), "unknown_tool"},
	} {
		te := tools.AsToolError("t", tc.err)
		if assert.NotNil(t, te, "%v", tc.err) {
			assert.Equal(t, tc.kind, te.Kind)
			assert.NotEmpty(t, te.Message)
			assert.Contains(t, string(te.JSON()), `"error":"`+tc.kind+`"`)
		}
	}
	te := tools.AsToolError("t", api)
	assert.Equal(t, "not.found", te.Code)
	assert.Equal(t, "c-1", te.CorrelationID)
	assert.Contains(t, te.Error(), "not.found")
	assert.Contains(t, te.Hint, "ids")

	assert.Nil(t, tools.AsToolError("t", context.Canceled))
	assert.Nil(t, tools.AsToolError("t", fmt.Errorf("x: %w", context.DeadlineExceeded)))
	te = tools.AsToolError("t", errors.New("dial tcp: connection refused"))
	if assert.NotNil(t, te) {
		assert.Equal(t, "unavailable", te.Kind)
		assert.Contains(t, te.Message, "connection refused")
	}
}
