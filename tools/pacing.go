package tools

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// DefaultRateLimit is the requests per minute each credential may send when
// ClientOptions.RateLimit is zero: Genesys Cloud's default per token.
const DefaultRateLimit = 300

// pacer keeps one credential under its per-minute request budget with a
// sliding window, and holds its requests back after a 429.
type pacer struct {
	mu           sync.Mutex
	limit        int
	sent         []time.Time // send times within the last minute, oldest first
	blockedUntil time.Time
	lastUsed     time.Time
}

// wait blocks until the credential may send, then records the send.
func (p *pacer) wait(ctx context.Context) error {
	for {
		p.mu.Lock()
		now := time.Now()
		p.lastUsed = now
		cut := 0
		for cut < len(p.sent) && now.Sub(p.sent[cut]) >= time.Minute {
			cut++
		}
		p.sent = p.sent[cut:]
		var d time.Duration
		switch {
		case now.Before(p.blockedUntil):
			d = p.blockedUntil.Sub(now)
		case p.limit > 0 && len(p.sent) >= p.limit:
			d = p.sent[0].Add(time.Minute).Sub(now)
		default:
			p.sent = append(p.sent, now)
			p.mu.Unlock()
			return nil
		}
		p.mu.Unlock()
		if err := sleep(ctx, d); err != nil {
			return fmt.Errorf("genesys: waiting %s for this credential's request budget: %w", d.Round(time.Millisecond), err)
		}
	}
}

// block holds the credential's requests back until t (after a 429).
func (p *pacer) block(t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t.After(p.blockedUntil) {
		p.blockedUntil = t
	}
}

// observe adjusts the budget from Genesys's rate-limit hint headers.
func (p *pacer) observe(h http.Header) {
	allowed, err := strconv.Atoi(h.Get("Inin-Ratelimit-Allowed"))
	if err != nil || allowed <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.limit > 0 && allowed < p.limit {
		p.limit = allowed
	}
}

// pacers maps credentials (access tokens) to their pacers.
type pacers struct {
	limit int // <0: no pacing
	mu    sync.Mutex
	m     map[string]*pacer
}

func (ps *pacers) get(key string) *pacer {
	if ps.limit < 0 {
		return nil
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.m == nil {
		ps.m = map[string]*pacer{}
	}
	p, ok := ps.m[key]
	if !ok {
		if len(ps.m) >= 1024 {
			ps.prune()
		}
		p = &pacer{limit: ps.limit}
		ps.m[key] = p
	}
	return p
}

// prune forgets credentials idle for over two minutes (expired or rotated
// tokens), so the map does not grow without bound.
func (ps *pacers) prune() {
	now := time.Now()
	for k, p := range ps.m {
		p.mu.Lock()
		idle := now.Sub(p.lastUsed) > 2*time.Minute && now.After(p.blockedUntil)
		p.mu.Unlock()
		if idle {
			delete(ps.m, k)
		}
	}
}
