package auth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Invalidator is implemented by token sources that can drop a token the
// API refused (401), so the next Token call fetches a new one.
type Invalidator interface {
	Invalidate(accessToken string)
}

// ClientCredentials describes an OAuth client that uses the
// client-credentials grant.
type ClientCredentials struct {
	ClientID     string
	ClientSecret string

	// Region selects the login host by key or domain; LoginURL, if set,
	// replaces it (a proxy or a test server). If both are empty, us_east_1.
	Region   string
	LoginURL string

	// HTTPClient sends the token requests. If nil, http.DefaultClient.
	HTTPClient *http.Client

	// EarlyExpiry renews tokens this long before they expire. Zero means
	// 60 seconds, as the official SDKs do; negative means at expiry.
	EarlyExpiry time.Duration
}

// TokenURL returns the token endpoint the credentials use.
func (cc ClientCredentials) TokenURL() (string, error) {
	base := strings.TrimSuffix(cc.LoginURL, "/")
	if base == "" {
		region := DefaultRegion
		if cc.Region != "" {
			r, ok := LookupRegion(cc.Region)
			if !ok {
				return "", errors.New("auth: unknown region " + cc.Region)
			}
			region = r
		}
		base = region.LoginURL()
	}
	return base + "/oauth/token", nil
}

// TokenSource returns a concurrency-safe, caching source of access tokens
// for the credentials. Concurrent callers share one token request; a token
// the API refused can be dropped with Invalidate. Token requests use a
// background context, so the source outlives any single call.
func (cc ClientCredentials) TokenSource() (*CachedSource, error) {
	if cc.ClientID == "" || cc.ClientSecret == "" {
		return nil, errors.New("auth: client id and client secret are required")
	}
	url, err := cc.TokenURL()
	if err != nil {
		return nil, err
	}
	cfg := &clientcredentials.Config{
		ClientID:     cc.ClientID,
		ClientSecret: cc.ClientSecret,
		TokenURL:     url,
		AuthStyle:    oauth2.AuthStyleInHeader,
	}
	ctx := context.Background()
	if cc.HTTPClient != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, cc.HTTPClient)
	}
	early := cc.EarlyExpiry
	if early == 0 {
		early = time.Minute
	} else if early < 0 {
		early = 0
	}
	return NewCachedSource(fetchFunc(func() (*oauth2.Token, error) { return cfg.Token(ctx) }), early), nil
}

type fetchFunc func() (*oauth2.Token, error)

func (f fetchFunc) Token() (*oauth2.Token, error) { return f() }

// CachedSource caches the token of an underlying source until shortly
// before it expires. It is safe for concurrent use: while one caller
// fetches, the others wait for that fetch instead of starting their own.
type CachedSource struct {
	src   oauth2.TokenSource
	early time.Duration
	now   func() time.Time

	mu  sync.Mutex
	tok *oauth2.Token
}

// NewCachedSource wraps src, renewing tokens early before their expiry.
func NewCachedSource(src oauth2.TokenSource, early time.Duration) *CachedSource {
	return &CachedSource{src: src, early: early, now: time.Now}
}

// Token returns the cached token, fetching a new one if there is none or
// it is about to expire.
func (c *CachedSource) Token() (*oauth2.Token, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tok != nil && c.valid(c.tok) {
		return c.tok, nil
	}
	tok, err := c.src.Token()
	if err != nil {
		return nil, redact(err)
	}
	c.tok = tok
	return tok, nil
}

func (c *CachedSource) valid(t *oauth2.Token) bool {
	if t.AccessToken == "" {
		return false
	}
	return t.Expiry.IsZero() || c.now().Add(c.early).Before(t.Expiry)
}

// Invalidate drops the cached token if it is accessToken, so the next
// Token call fetches a new one. A token already replaced is left alone,
// so many callers refused with the same old token cause one new fetch.
func (c *CachedSource) Invalidate(accessToken string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tok != nil && c.tok.AccessToken == accessToken {
		c.tok = nil
	}
}

// StaticToken is a fixed bearer token, for example one obtained by an
// authorization-code login elsewhere. It cannot be renewed.
func StaticToken(accessToken string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: accessToken, TokenType: "Bearer"})
}

// redact keeps token-endpoint errors useful without echoing the request:
// oauth2 errors carry the response body, never the client secret, but a
// transport error's URL could hold query values.
func redact(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		msg := re.ErrorCode
		if re.ErrorDescription != "" {
			msg += ": " + re.ErrorDescription
		}
		if msg == "" && re.Response != nil {
			msg = re.Response.Status
		}
		return errors.New("auth: token request refused: " + msg)
	}
	return errors.New("auth: token request failed: " + strings.ReplaceAll(err.Error(), "\n", " "))
}

// ---- per-call credentials -------------------------------------------

type ctxKey struct{}

// WithTokenSource returns a context whose calls use ts instead of the
// client's own credentials. One server can act for many callers or orgs,
// each with its own token.
func WithTokenSource(ctx context.Context, ts oauth2.TokenSource) context.Context {
	return context.WithValue(ctx, ctxKey{}, ts)
}

// WithToken is WithTokenSource with a fixed bearer token.
func WithToken(ctx context.Context, accessToken string) context.Context {
	return WithTokenSource(ctx, StaticToken(accessToken))
}

// TokenSourceFrom returns the per-call token source of ctx, if any.
func TokenSourceFrom(ctx context.Context) (oauth2.TokenSource, bool) {
	ts, ok := ctx.Value(ctxKey{}).(oauth2.TokenSource)
	return ts, ok && ts != nil
}
