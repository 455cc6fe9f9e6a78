package tools

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"syscall"
	"time"
)

// RetryPolicy decides when the client sends a request again. The zero value
// is the documented default; set Disabled to send every request once.
//
// What is retried:
//   - 429 Too Many Requests, for every operation (Genesys did not process the
//     request), after waiting the Retry-After the answer asks for.
//   - 401 on a token source that can renew (auth.CachedSource): the token is
//     renewed once and the request sent again.
//   - Connection failures before the request was written (dial errors), for
//     every operation.
//   - 500, 502, 503 and 504 answers and connection failures after the request
//     may have been written, only for idempotent operations and read-only
//     queries. Any other operation — placing a call, a transfer, a barge, a
//     callback, digits, a message — is never sent twice: the caller gets an
//     *OutcomeUnknownError instead.
//
// Waits use capped exponential back-off with full jitter and never outlast
// the caller's context: a wait that would end after the context's deadline
// is not started.
type RetryPolicy struct {
	// Disabled sends every request exactly once (no retry, no 401 renewal).
	Disabled bool
	// MaxAttempts is the total number of attempts, the first included.
	// Zero means 4.
	MaxAttempts int
	// MinBackoff and MaxBackoff bound the back-off before retrying a 5xx or
	// a connection failure. Zero means 250ms and 8s.
	MinBackoff, MaxBackoff time.Duration
	// MaxRetryAfter is the longest Retry-After the client waits out; a 429
	// asking for longer is returned at once. Zero means 60s.
	MaxRetryAfter time.Duration
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = 4
	}
	if p.MinBackoff <= 0 {
		p.MinBackoff = 250 * time.Millisecond
	}
	if p.MaxBackoff <= 0 {
		p.MaxBackoff = 8 * time.Second
	}
	if p.MaxRetryAfter <= 0 {
		p.MaxRetryAfter = time.Minute
	}
	return p
}

// backoff returns the jittered wait before retry number n (1-based).
func (p RetryPolicy) backoff(n int) time.Duration {
	ceiling := p.MinBackoff << min(n-1, 20)
	if ceiling <= 0 || ceiling > p.MaxBackoff {
		ceiling = p.MaxBackoff
	}
	return p.MinBackoff/2 + rand.N(ceiling-p.MinBackoff/2+1)
}

// OutcomeUnknownError reports that a request which is not safe to repeat
// may or may not have taken effect: the connection failed after sending it,
// or Genesys answered with a server error. It was not sent again.
type OutcomeUnknownError struct {
	Method string
	Path   string
	Err    error // the server error (*APIError) or the transport error
}

func (e *OutcomeUnknownError) Error() string {
	return fmt.Sprintf("genesys: %s %s: outcome unknown: %v. The request may have taken effect; it was not sent again "+
		"because repeating it could act twice. Check the current state before trying again.", e.Method, e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *OutcomeUnknownError) Unwrap() error { return e.Err }

// retryable5xx reports server errors worth another try.
func retryable5xx(status int) bool {
	switch status {
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// mayHaveActed reports failures after which the request may have taken
// effect: a server error, or a transport failure once the request could
// have been written (including an answer too large to read).
func mayHaveActed(err error) bool {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return retryable5xx(apiErr.Status)
	}
	return !notSent(err)
}

// notSent reports transport errors that happened before the request could
// reach the server, so repeating it cannot act twice.
func notSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED)
}

// sleep waits d or until ctx is done. It refuses to start a wait that
// would end after ctx's deadline.
func sleep(ctx context.Context, d time.Duration) error {
	if deadline, ok := ctx.Deadline(); ok && time.Now().Add(d).After(deadline) {
		return context.DeadlineExceeded
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
