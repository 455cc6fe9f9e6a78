package genesystest

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Fault is one injected failure.
type Fault struct {
	// Operation limits the fault to one operation, by operationId
	// ("postConversationsCalls"), by route ("POST /api/v2/conversations/calls")
	// or "token" for the OAuth endpoint. Empty matches every request.
	Operation string

	// Times is how many matching requests the fault affects; zero means
	// every matching request until the plan is cleared.
	Times int

	// Status, if set, is the error status answered (429, 500, 502, 503, 504).
	Status int
	// RetryAfter is sent with a 429. Zero means 1 second.
	RetryAfter time.Duration
	// Delay is added before answering.
	Delay time.Duration
	// Reset closes the connection without an answer.
	Reset bool

	// AfterEffect applies Status or Reset after the operation has changed
	// the state: the change happens but the caller does not learn of it,
	// the case that makes blind retries dangerous.
	AfterEffect bool

	used int
}

func (f *Fault) String() string {
	switch {
	case f.Reset:
		return "reset"
	case f.Status != 0:
		return fmt.Sprintf("status %d", f.Status)
	default:
		return fmt.Sprintf("delay %s", f.Delay)
	}
}

// FaultPlan is a list of faults consulted for every request; the first
// matching fault with uses left applies. It is safe for concurrent use.
type FaultPlan struct {
	mu     sync.Mutex
	faults []*Fault
}

// Add appends a fault to the plan.
func (p *FaultPlan) Add(f Fault) *FaultPlan {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = append(p.faults, &f)
	return p
}

// Next makes the next n requests (of any operation) fail with f.
func (p *FaultPlan) Next(n int, f Fault) *FaultPlan {
	f.Operation, f.Times = "", n
	return p.Add(f)
}

// Clear removes every fault.
func (p *FaultPlan) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = nil
}

// take returns the fault for a request of operation op (or route), using
// one of its uses, or nil.
func (p *FaultPlan) take(op, pattern string) *Fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.faults {
		if f.Operation != "" && f.Operation != op && f.Operation != pattern {
			continue
		}
		if f.Times > 0 && f.used >= f.Times {
			continue
		}
		f.used++
		copied := *f
		return &copied
	}
	return nil
}

func faultError(f *Fault) *apiError {
	switch f.Status {
	case http.StatusTooManyRequests:
		secs := int(f.RetryAfter / time.Second)
		if secs <= 0 {
			secs = 1
		}
		e := newError(f.Status, "too.many.requests.retry.after", "Rate limit exceeded the maximum. Retry the request in [%d] seconds", secs)
		e.retryAfter = secs
		return e
	case http.StatusServiceUnavailable:
		return newError(f.Status, "service.unavailable", "Service is currently unavailable.")
	case http.StatusGatewayTimeout:
		return newError(f.Status, "request.timeout", "The request timed out.")
	case http.StatusBadGateway:
		return newError(f.Status, "bad.gateway", "Bad gateway.")
	default:
		return newError(f.Status, "internal.server.error", "The server encountered an unexpected condition.")
	}
}
