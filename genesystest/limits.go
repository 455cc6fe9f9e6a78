package genesystest

import (
	"net/http"
	"time"
)

// limit enforces the per-token request rate over a sliding minute, like
// Genesys Cloud's token.rate.per.minute.
func (s *Server) limit(t *token) *apiError {
	if s.opts.RateLimit < 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	cutoff := now.Add(-time.Minute)
	w := s.window[t.value]
	i := 0
	for i < len(w) && !w[i].After(cutoff) {
		i++
	}
	w = w[i:]
	if len(w) >= s.opts.RateLimit {
		wait := w[0].Add(time.Minute).Sub(now)
		secs := int((wait + time.Second - 1) / time.Second)
		if secs < 1 {
			secs = 1
		}
		s.window[t.value] = w
		e := newError(http.StatusTooManyRequests, "too.many.requests.retry.after", "Rate limit exceeded the maximum. Retry the request in [%d] seconds", secs)
		e.retryAfter = secs
		return e
	}
	s.window[t.value] = append(w, now)
	return nil
}
