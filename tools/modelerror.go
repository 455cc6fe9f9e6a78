package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ToolError is a failed call described for a model: what went wrong and
// what to do next. Adapters hand it to the model as the tool's result
// (MCP IsError, a Genkit output, a langchaingo observation) so the agent
// can correct itself instead of aborting.
type ToolError struct {
	Tool          string `json:"tool,omitempty"`
	Kind          string `json:"error"`                   // invalid_arguments, api_error, rate_limited, refused, outcome_unknown, unknown_tool, unavailable
	Field         string `json:"field,omitempty"`         // for invalid_arguments
	Status        int    `json:"status,omitempty"`        // HTTP status from Genesys
	Code          string `json:"code,omitempty"`          // Genesys error code, e.g. not.found
	Message       string `json:"message"`                 // what happened
	Hint          string `json:"hint,omitempty"`          // what to do next
	CorrelationID string `json:"correlationId,omitempty"` // for support
}

func (e *ToolError) Error() string {
	var b strings.Builder
	b.WriteString(e.Kind)
	if e.Code != "" {
		fmt.Fprintf(&b, " (%d %s)", e.Status, e.Code)
	}
	if e.Field != "" {
		b.WriteString(" in field " + e.Field)
	}
	b.WriteString(": " + e.Message)
	if e.Hint != "" {
		b.WriteString(" " + e.Hint)
	}
	return b.String()
}

// JSON renders the error as a JSON object for the model.
func (e *ToolError) JSON() json.RawMessage {
	b, _ := json.Marshal(e)
	return b
}

// AsToolError describes err for a model. It returns nil only for a
// cancelled or expired context, which adapters should return as a Go error
// (the caller stopped the run); every other failure — including transport
// errors — becomes something the model reads.
func AsToolError(tool string, err error) *ToolError {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return nil
	}
	var (
		input   *InputError
		refused *RefusedError
		unknown *OutcomeUnknownError
		rl      *RateLimitError
		api     *APIError
	)
	te := &ToolError{Tool: tool}
	switch {
	case errors.As(err, &input):
		te.Kind, te.Field, te.Message = "invalid_arguments", input.Field, input.Reason
		te.Hint = "Fix the arguments and call the tool again; nothing was sent."
	case errors.Is(err, ErrUnknownTool):
		te.Kind, te.Message = "unknown_tool", err.Error()
		te.Hint = "Use one of the tools listed for you."
	case errors.As(err, &refused):
		te.Kind, te.Message = "refused", refused.Error()
	case errors.As(err, &unknown):
		te.Kind, te.Message = "outcome_unknown", unknown.Error()
		if errors.As(err, &api) {
			te.Status, te.Code, te.CorrelationID = api.Status, api.Code, api.CorrelationID
		}
	case errors.As(err, &rl):
		te.Kind, te.Status, te.Code, te.Message, te.CorrelationID = "rate_limited", rl.Status, rl.Code, rl.Message, rl.CorrelationID
		te.Hint = fmt.Sprintf("Genesys Cloud is limiting requests; wait %s before trying again.", rl.RetryAfter)
	case errors.As(err, &api):
		te.Kind, te.Status, te.Code, te.Message, te.CorrelationID = "api_error", api.Status, api.Code, api.Message, api.CorrelationID
		for _, d := range api.Details {
			if d.FieldName != "" {
				te.Field = d.FieldName
				break
			}
		}
		te.Hint = hintFor(api)
	default:
		// Transport failures and anything else: still something the model
		// should read rather than a reason to abort the whole run.
		te.Kind, te.Message = "unavailable", err.Error()
		te.Hint = "Genesys Cloud could not be reached or answered unexpectedly; try again later or tell the user."
	}
	if te.Message == "" {
		te.Message = err.Error()
	}
	return te
}

func hintFor(e *APIError) string {
	switch {
	case e.Status == 404:
		return "Check the ids: get them from a list or get tool of this conversation rather than guessing."
	case e.Status == 400:
		return "Genesys Cloud rejected the request as sent; correct the named field or the state it refers to."
	case e.Status == 401:
		return "The credentials were refused; this cannot be fixed by changing arguments."
	case e.Status == 403:
		return "The credentials lack a permission this operation needs; ask a person to grant it."
	case e.Status == 409:
		return "The data changed meanwhile; read it again and retry with the current version."
	case e.Status >= 500:
		return "Genesys Cloud had a server error; trying again later may work."
	}
	return ""
}
