package tools

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/genesyskit/genesyskit/schema"
)

// InputError reports arguments rejected before any request was sent. It is
// the schema package's type, re-exported so callers need only this package.
type InputError = schema.InputError

// APIError is a non-2xx answer from Genesys Cloud. It carries the fields of
// the Genesys error body and the correlation id support needs; it never
// holds the query string, headers or credentials of the request.
type APIError struct {
	Status            int               // HTTP status code
	Code              string            // Genesys error code, e.g. "not.found", "bad.request"
	Message           string            // human-readable message from Genesys
	MessageWithParams string            // message template, when Genesys sends one
	MessageParams     map[string]string // values for MessageWithParams
	CorrelationID     string            // ININ-Correlation-Id header or the body's contextId
	EntityID          string            // id of the entity the error is about, if any
	EntityName        string            // name of that entity, if any
	Details           []ErrorDetail     // per-field details
	Method            string            // HTTP method of the failed request
	Path              string            // escaped URL path of the failed request, without query
}

// ErrorDetail is one entry of the "details" list of a Genesys error body.
type ErrorDetail struct {
	ErrorCode  string `json:"errorCode,omitempty"`
	FieldName  string `json:"fieldName,omitempty"`
	EntityID   string `json:"entityId,omitempty"`
	EntityName string `json:"entityName,omitempty"`
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "genesys: %s %s: %d", e.Method, e.Path, e.Status)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	for _, d := range e.Details {
		if d.FieldName != "" {
			fmt.Fprintf(&b, " [field %s: %s]", d.FieldName, d.ErrorCode)
		}
	}
	if e.CorrelationID != "" {
		b.WriteString(" (correlation id " + e.CorrelationID + ")")
	}
	return b.String()
}

// RateLimitError is a 429 answer. RetryAfter is how long Genesys asked the
// caller to wait (from the Retry-After header); zero if it did not say.
type RateLimitError struct {
	*APIError
	RetryAfter time.Duration
}

func (e *RateLimitError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("%s (retry after %s)", e.APIError.Error(), e.RetryAfter)
	}
	return e.APIError.Error()
}

// Unwrap lets errors.As find the underlying *APIError.
func (e *RateLimitError) Unwrap() error { return e.APIError }

// errorBody is the JSON error body Genesys Cloud sends.
type errorBody struct {
	Message           string            `json:"message"`
	Code              string            `json:"code"`
	Status            int               `json:"status"`
	EntityID          string            `json:"entityId"`
	EntityName        string            `json:"entityName"`
	MessageWithParams string            `json:"messageWithParams"`
	MessageParams     map[string]string `json:"messageParams"`
	ContextID         string            `json:"contextId"`
	Details           []ErrorDetail     `json:"details"`
	// OAuth-style errors from the login host.
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
}

func parseErrorBody(data []byte, e *APIError) {
	var body errorBody
	if json.Unmarshal(data, &body) != nil {
		if s := strings.TrimSpace(string(data)); s != "" && len(s) < 300 && !strings.HasPrefix(s, "<") {
			e.Message = s
		}
		return
	}
	e.Code, e.Message = body.Code, body.Message
	if e.Code == "" {
		e.Code = body.Error
	}
	if e.Message == "" {
		e.Message = body.ErrorDescription
	}
	e.MessageWithParams, e.MessageParams = body.MessageWithParams, body.MessageParams
	e.EntityID, e.EntityName = body.EntityID, body.EntityName
	e.Details = body.Details
	if e.CorrelationID == "" {
		e.CorrelationID = body.ContextID
	}
}
