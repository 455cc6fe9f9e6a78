package genesystest

import (
	"fmt"
	"net/http"
)

// apiError is an error answer in the Genesys error body shape.
type apiError struct {
	Status     int           `json:"status"`
	Code       string        `json:"code"`
	Message    string        `json:"message"`
	EntityID   string        `json:"entityId,omitempty"`
	EntityName string        `json:"entityName,omitempty"`
	ContextID  string        `json:"contextId"`
	Details    []errorDetail `json:"details"`
	Errors     []any         `json:"errors"`

	retryAfter int // seconds, for 429
}

type errorDetail struct {
	ErrorCode  string `json:"errorCode,omitempty"`
	FieldName  string `json:"fieldName,omitempty"`
	EntityID   string `json:"entityId,omitempty"`
	EntityName string `json:"entityName,omitempty"`
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

func newError(status int, code, format string, args ...any) *apiError {
	return &apiError{Status: status, Code: code, Message: fmt.Sprintf(format, args...), Details: []errorDetail{}, Errors: []any{}}
}

// notFound reports an unknown id, naming what was looked for.
func notFound(what, id string) *apiError {
	e := newError(http.StatusNotFound, "not.found", "The requested %s %s was not found.", what, id)
	e.EntityID, e.EntityName = id, what
	return e
}

// badRequest reports a malformed or invalid field.
func badRequest(field, format string, args ...any) *apiError {
	e := newError(http.StatusBadRequest, "bad.request", format, args...)
	if field != "" {
		e.Details = []errorDetail{{ErrorCode: "invalid.value", FieldName: field}}
	}
	return e
}

func conflict(format string, args ...any) *apiError {
	return newError(http.StatusConflict, "conflict", format, args...)
}
