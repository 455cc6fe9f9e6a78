package genesystest

import (
	"net/http"
	"strconv"
	"time"
)

// limit enforces the per-token request rate over a sliding minute, like
// Genesys Cloud's token.rate.per.minute, and sets the inin-ratelimit-*
// hint headers Genesys sends: the budget, the requests used in the window
// and the seconds until the oldest one leaves it.
func (s *Server) limit(w http.ResponseWriter, t *token) *apiError {
	if s.opts.RateLimit < 0 {
		return nil
	}
	defer func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		win := s.window[t.value]
		reset := 60
		if len(win) > 0 {
			reset = int(win[0].Add(time.Minute).Sub(s.opts.Now()).Seconds() + 0.999)
		}
		h := w.Header()
		h.Set("Inin-Ratelimit-Allowed", strconv.Itoa(s.opts.RateLimit))
		h.Set("Inin-Ratelimit-Count", strconv.Itoa(len(win)))
		h.Set("Inin-Ratelimit-Reset", strconv.Itoa(max(reset, 0)))
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	cutoff := now.Add(-time.Minute)
	win := s.window[t.value]
	i := 0
	for i < len(win) && !win[i].After(cutoff) {
		i++
	}
	win = win[i:]
	if len(win) >= s.opts.RateLimit {
		wait := win[0].Add(time.Minute).Sub(now)
		secs := int((wait + time.Second - 1) / time.Second)
		if secs < 1 {
			secs = 1
		}
		s.window[t.value] = win
		e := newError(http.StatusTooManyRequests, "too.many.requests.retry.after", "Rate limit exceeded the maximum. Retry the request in [%d] seconds", secs)
		e.retryAfter = secs
		return e
	}
	s.window[t.value] = append(win, now)
	return nil
}
