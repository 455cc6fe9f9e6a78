package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/auth"
)

// Version is the genesyskit release, sent in the User-Agent header.
const Version = "0.1.0"

// DefaultMaxResponseBytes caps how much of a response body is read when
// ClientOptions.MaxResponseBytes is zero.
const DefaultMaxResponseBytes = 8 << 20

// ClientOptions configures a Client. The zero value talks to the us_east_1
// region with http.DefaultClient and no credentials.
type ClientOptions struct {
	// Region selects the Genesys Cloud region by key ("eu_west_1") or
	// domain ("mypurecloud.ie"). If Region and BaseURL are both empty,
	// us_east_1 (api.mypurecloud.com) is used.
	Region string

	// BaseURL, if set, replaces the region's API URL: a proxy, a private
	// endpoint, or a genesystest server. It must be an absolute http(s) URL.
	BaseURL string

	// HTTPClient sends the requests. If nil, http.DefaultClient is used;
	// deadlines come from the context of each call.
	HTTPClient *http.Client

	// TokenSource supplies the bearer token for each request. If nil, no
	// Authorization header is added (for an HTTPClient that adds its own).
	TokenSource oauth2.TokenSource

	// UserAgent is prepended to genesyskit's own User-Agent product token.
	UserAgent string

	// MaxResponseBytes caps the size of a response body. If zero,
	// DefaultMaxResponseBytes (8 MiB).
	MaxResponseBytes int64

	// Retry decides when a request is sent again; see RetryPolicy. The
	// zero value retries safely; Retry.Disabled sends every request once.
	Retry RetryPolicy

	// RateLimit paces requests per credential (access token) to at most
	// this many per minute, so a busy agent waits briefly instead of
	// collecting 429s; it tightens itself from Genesys's rate-limit
	// headers and holds back after a 429. Zero means DefaultRateLimit
	// (300); negative turns pacing off.
	RateLimit int
}

// Client sends Platform API requests for tools. It is safe for concurrent
// use.
type Client struct {
	base      *url.URL
	http      *http.Client
	tokens    oauth2.TokenSource
	userAgent string
	maxBody   int64
	retry     RetryPolicy
	pacers    pacers

	userAgentHeader []string
	lastAuth        atomic.Pointer[authValue]
}

// NewClient returns a Client for the configured region or base URL.
func NewClient(opts ClientOptions) (*Client, error) {
	base := opts.BaseURL
	if base == "" {
		region := auth.DefaultRegion
		if opts.Region != "" {
			r, ok := auth.LookupRegion(opts.Region)
			if !ok {
				return nil, fmt.Errorf("genesys: unknown region %q; use a region key such as us_east_1 or set BaseURL", opts.Region)
			}
			region = r
		}
		base = region.APIURL()
	}
	u, err := url.Parse(strings.TrimSuffix(base, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("genesys: base URL %q must be an absolute http or https URL", base)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("genesys: base URL %q must not have a query or fragment", base)
	}
	c := &Client{
		base:      u,
		http:      opts.HTTPClient,
		tokens:    opts.TokenSource,
		userAgent: "genesyskit/" + Version + " (+https://github.com/genesyskit/genesyskit)",
		maxBody:   opts.MaxResponseBytes,
		retry:     opts.Retry.withDefaults(),
		pacers:    pacers{limit: opts.RateLimit},
	}
	if c.pacers.limit == 0 {
		c.pacers.limit = DefaultRateLimit
	}
	if c.http == nil {
		c.http = http.DefaultClient
	}
	if opts.UserAgent != "" {
		c.userAgent = opts.UserAgent + " " + c.userAgent
	}
	c.userAgentHeader = []string{c.userAgent}
	if c.maxBody <= 0 {
		c.maxBody = DefaultMaxResponseBytes
	}
	return c, nil
}

// BaseURL returns the API base URL the client sends to.
func (c *Client) BaseURL() string { return c.base.String() }

// Result is a successful answer. Body is always valid JSON: the response
// body, or for answers without one (202, 204) a short acknowledgement such
// as {"ok":true,"status":202}.
type Result struct {
	Status        int             `json:"status"`
	CorrelationID string          `json:"correlationId,omitempty"`
	Body          json.RawMessage `json:"body"`

	lean leanness // what checking Body found, for Spec.Shape
}

// send builds the request for one operation from a tool's input and sends it.
func (c *Client) send(ctx context.Context, method, pattern string, in any) (*Result, error) {
	req, err := NewRequest(method, pattern, in)
	if err != nil {
		return nil, err
	}
	return c.Do(ctx, req)
}

// Do sends a prepared request and turns the answer into a Result or a typed
// error: *APIError, *RateLimitError, *OutcomeUnknownError, or the context's
// error if it ended. Credentials come from the context (auth.WithTokenSource)
// or the client's TokenSource; requests are paced per credential and
// retried as RetryPolicy describes.
func (c *Client) Do(ctx context.Context, r *Request) (*Result, error) {
	ts := c.tokens
	if fromCtx, ok := auth.TokenSourceFrom(ctx); ok {
		ts = fromCtx
	}
	renewed := false
	for attempt := 1; ; attempt++ {
		var tok *oauth2.Token
		if ts != nil {
			var err error
			if tok, err = ts.Token(); err != nil {
				return nil, fmt.Errorf("genesys: getting access token: %w", err)
			}
		}
		key := ""
		if tok != nil {
			key = tok.AccessToken
		}
		p := c.pacers.get(key)
		if p != nil {
			if err := p.wait(ctx); err != nil {
				return nil, err
			}
		}
		res, hdr, sendErr := c.once(ctx, r, tok)
		if p != nil && hdr != nil {
			p.observe(hdr)
		}
		if sendErr == nil {
			return res, nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		if !r.Idempotent && mayHaveActed(sendErr) {
			return nil, &OutcomeUnknownError{Method: r.Method, Path: r.Path, Err: sendErr}
		}
		if c.retry.Disabled || errors.Is(sendErr, ErrResponseTooLarge) {
			return nil, sendErr
		}
		last := attempt >= c.retry.MaxAttempts
		var wait time.Duration
		var apiErr *APIError
		var rl *RateLimitError
		switch {
		case errors.As(sendErr, &rl):
			if p != nil && rl.RetryAfter > 0 {
				p.block(time.Now().Add(rl.RetryAfter))
			}
			if last || rl.RetryAfter > c.retry.MaxRetryAfter {
				return nil, sendErr
			}
			wait = rl.RetryAfter
			if wait == 0 {
				wait = c.retry.backoff(attempt)
			}
		case errors.As(sendErr, &apiErr) && apiErr.Status == http.StatusUnauthorized:
			inv, ok := ts.(auth.Invalidator)
			if !ok || renewed || tok == nil {
				return nil, sendErr
			}
			inv.Invalidate(tok.AccessToken)
			renewed = true
			attempt-- // a renewal is not a retry
			continue
		case errors.As(sendErr, &apiErr):
			if !retryable5xx(apiErr.Status) || last {
				return nil, sendErr
			}
			wait = c.retry.backoff(attempt)
		default: // transport failure; a command gets here only if it was never sent
			if last {
				return nil, sendErr
			}
			wait = c.retry.backoff(attempt)
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("genesys: %s %s: not retried, the context ends first (%w); last error: %v", r.Method, r.Path, err, sendErr)
		}
	}
}

// once sends the request one time. It returns the response headers when
// an answer arrived.
func (c *Client) once(ctx context.Context, r *Request, tok *oauth2.Token) (*Result, http.Header, error) {
	hreq, err := c.newHTTPRequest(ctx, r, tok)
	if err != nil {
		return nil, nil, err
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, nil, ctxErr
		}
		return nil, nil, fmt.Errorf("genesys: %s %s: %w", r.Method, r.Path, stripURL(err))
	}
	defer resp.Body.Close()
	data, err := readCapped(resp.Body, resp.ContentLength, c.maxBody)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, nil, ctxErr
		}
		return nil, resp.Header, fmt.Errorf("genesys: %s %s: reading response: %w", r.Method, r.Path, err)
	}
	res, err := checkResponse(r, resp, data)
	return res, resp.Header, err
}

func (c *Client) newHTTPRequest(ctx context.Context, r *Request, tok *oauth2.Token) (*http.Request, error) {
	var body io.Reader
	if r.Body != nil {
		body = bytes.NewReader(r.Body)
	}
	// The URL is assembled from the parsed base and the already escaped
	// path instead of being parsed again on every call.
	hreq, err := http.NewRequestWithContext(ctx, r.Method, "", body)
	if err != nil {
		return nil, fmt.Errorf("genesys: building %s %s: %w", r.Method, r.Path, err)
	}
	u := hreq.URL // parsed from "", so empty: filled in place
	*u = *c.base
	if strings.IndexByte(r.Path, '%') < 0 {
		u.Path = c.base.Path + r.Path // nothing was escaped: Path is its own encoding
	} else {
		unescaped, err := url.PathUnescape(r.Path)
		if err != nil {
			return nil, fmt.Errorf("genesys: building %s %s: %w", r.Method, r.Path, err)
		}
		u.Path = c.base.Path + unescaped
		u.RawPath = c.base.EscapedPath() + r.Path
	}
	if len(r.Query) > 0 {
		u.RawQuery = r.Query.Encode()
	}
	hreq.Host = u.Host
	h := hreq.Header // NewRequestWithContext made it, empty
	h["Accept"] = acceptJSON
	h["User-Agent"] = c.userAgentHeader
	if r.Body != nil {
		h["Content-Type"] = acceptJSON
	}
	if tok != nil {
		h["Authorization"] = c.authHeader(tok)
	}
	return hreq, nil
}

// correlationHeader is Genesys Cloud's ININ-Correlation-Id header in the
// canonical form http.Header stores, so looking it up needs no conversion.
const correlationHeader = "Inin-Correlation-Id"

// acceptJSON is the value of the Accept and Content-Type headers. Header
// values are shared between requests and never modified; a transport that
// adds a value appends to a full slice, which copies it.
var acceptJSON = []string{"application/json"}

// authHeader returns the Authorization header value for tok, reusing the
// previous one while the token is the same.
func (c *Client) authHeader(tok *oauth2.Token) []string {
	if last := c.lastAuth.Load(); last != nil && last.token == tok.AccessToken && last.typ == tok.Type() {
		return last.header
	}
	a := &authValue{token: tok.AccessToken, typ: tok.Type(), header: []string{tok.Type() + " " + tok.AccessToken}}
	c.lastAuth.Store(a)
	return a.header
}

// authValue is a cached Authorization header.
type authValue struct {
	token, typ string
	header     []string
}

// ErrResponseTooLarge is returned (wrapped) when an answer is longer than
// ClientOptions.MaxResponseBytes. Such a request is not retried.
var ErrResponseTooLarge = errors.New("response body too large")

// readCapped reads the body to its end, failing if it is longer than
// limit. size is the announced Content-Length, or -1; when it is known the
// buffer is allocated once. Reading to the end (io.EOF) lets the
// transport reuse the connection.
func readCapped(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, fmt.Errorf("%w: it exceeds the %d-byte limit", ErrResponseTooLarge, limit)
	}
	if size < 0 {
		size = 512
	}
	buf := make([]byte, 0, size+1) // +1: the read that sees io.EOF needs room
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w: it exceeds the %d-byte limit", ErrResponseTooLarge, limit)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
		}
	}
}

// checkResponse turns a non-2xx answer into *APIError or *RateLimitError
// and a 2xx answer into a Result.
func checkResponse(r *Request, resp *http.Response, data []byte) (*Result, error) {
	correlation := resp.Header.Get(correlationHeader)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		apiErr := &APIError{Status: resp.StatusCode, CorrelationID: correlation, Method: r.Method, Path: r.Path}
		parseErrorBody(data, apiErr)
		if apiErr.Message == "" {
			apiErr.Message = http.StatusText(resp.StatusCode)
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			return nil, &RateLimitError{APIError: apiErr, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())}
		}
		return nil, apiErr
	}
	res := &Result{Status: resp.StatusCode, CorrelationID: correlation}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		res.Body = json.RawMessage(`{"ok":true,"status":` + strconv.Itoa(resp.StatusCode) + `}`)
		return res, nil
	}
	if valid, lean := inspect(trimmed); valid {
		res.Body, res.lean = json.RawMessage(trimmed), lean
	} else {
		quoted, _ := json.Marshal(string(trimmed))
		res.Body = quoted
	}
	return res, nil
}

// parseRetryAfter reads a Retry-After header in seconds or HTTP-date form.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// stripURL removes the URL (which may carry query values) from a transport
// error, keeping the underlying cause.
func stripURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
