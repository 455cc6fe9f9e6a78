package auth_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
)

func TestRegions(t *testing.T) {
	t.Parallel()
	require.Len(t, auth.Regions(), 18)
	for in, want := range map[string]string{
		"us_east_1": "mypurecloud.com", "EU-WEST-1": "mypurecloud.ie", "mypurecloud.com.au": "mypurecloud.com.au",
		"https://api.usw2.pure.cloud/": "usw2.pure.cloud", "login.cac1.pure.cloud": "cac1.pure.cloud",
		"eusc_de_east_1": "edee1.eusc-pure.cloud", "us_east_2": "use2.us-gov-pure.cloud",
	} {
		r, ok := auth.LookupRegion(in)
		require.True(t, ok, in)
		assert.Equal(t, want, r.Domain, in)
	}
	_, ok := auth.LookupRegion("mars")
	assert.False(t, ok)
	r, _ := auth.LookupRegion("eu_central_1")
	assert.Equal(t, "https://api.mypurecloud.de", r.APIURL())
	assert.Equal(t, "https://login.mypurecloud.de", r.LoginURL())
}

func TestClientCredentialsAgainstSimulator(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	ts, err := auth.ClientCredentials{ClientID: srv.ClientID, ClientSecret: srv.ClientSecret, LoginURL: srv.URL, HTTPClient: srv.Client()}.TokenSource()
	require.NoError(t, err)

	// Many concurrent callers share one token request.
	var wg sync.WaitGroup
	tokens := make([]string, 200)
	for i := range tokens {
		wg.Go(func() {
			tok, err := ts.Token()
			assert.NoError(t, err)
			tokens[i] = tok.AccessToken
		})
	}
	wg.Wait()
	assert.Equal(t, 1, srv.TokensIssued())
	for _, tok := range tokens {
		assert.Equal(t, tokens[0], tok)
	}

	// Invalidating an old token twice fetches once.
	ts.Invalidate(tokens[0])
	tok2, err := ts.Token()
	require.NoError(t, err)
	assert.NotEqual(t, tokens[0], tok2.AccessToken)
	ts.Invalidate(tokens[0]) // stale: ignored
	tok3, _ := ts.Token()
	assert.Equal(t, tok2.AccessToken, tok3.AccessToken)
	assert.Equal(t, 2, srv.TokensIssued())

	bad, err := auth.ClientCredentials{ClientID: srv.ClientID, ClientSecret: "wrong-secret-value", LoginURL: srv.URL, HTTPClient: srv.Client()}.TokenSource()
	require.NoError(t, err)
	_, err = bad.Token()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "invalid_client")
	assert.NotContains(t, err.Error(), "wrong-secret-value")

	_, err = auth.ClientCredentials{}.TokenSource()
	assert.Error(t, err)
}

type countingSource struct {
	n   atomic.Int32
	ttl time.Duration
}

func (c *countingSource) Token() (*oauth2.Token, error) {
	n := c.n.Add(1)
	time.Sleep(5 * time.Millisecond) // a slow token endpoint
	return &oauth2.Token{AccessToken: "tok-" + string(rune('a'+n)), Expiry: time.Now().Add(c.ttl)}, nil
}

func TestCachedSourceRenewsEarly(t *testing.T) {
	t.Parallel()
	src := &countingSource{ttl: 30 * time.Second}
	cache := auth.NewCachedSource(src, time.Minute) // every token is already "about to expire"
	_, _ = cache.Token()
	_, _ = cache.Token()
	assert.EqualValues(t, 2, src.n.Load())

	src2 := &countingSource{ttl: time.Hour}
	cache2 := auth.NewCachedSource(src2, time.Minute)
	_, _ = cache2.Token()
	_, _ = cache2.Token()
	assert.EqualValues(t, 1, src2.n.Load())
}

func TestContextCredentials(t *testing.T) {
	t.Parallel()
	_, ok := auth.TokenSourceFrom(t.Context())
	assert.False(t, ok)
	ctx := auth.WithToken(context.Background(), "caller-token")
	ts, ok := auth.TokenSourceFrom(ctx)
	require.True(t, ok)
	tok, err := ts.Token()
	require.NoError(t, err)
	assert.Equal(t, "caller-token", tok.AccessToken)
}

func TestFromEnv(t *testing.T) {
	t.Setenv(auth.EnvClientID, "")
	t.Setenv(auth.EnvClientSecret, "")
	t.Setenv(auth.EnvAccessToken, "")
	t.Setenv(auth.EnvRegion, "")
	t.Setenv(auth.EnvAPIURL, "")
	t.Setenv(auth.EnvLoginURL, "")
	_, ok := auth.FromEnv()
	assert.False(t, ok)

	t.Setenv(auth.EnvClientID, "id-1")
	t.Setenv(auth.EnvClientSecret, "s3cr3t")
	t.Setenv(auth.EnvRegion, "eu_west_1")
	cfg, ok := auth.FromEnv()
	require.True(t, ok)
	base, err := cfg.BaseURL()
	require.NoError(t, err)
	assert.Equal(t, "https://api.mypurecloud.ie", base)
	assert.NotContains(t, cfg.String(), "s3cr3t")

	t.Setenv(auth.EnvAPIURL, "http://127.0.0.1:9999/")
	cfg, _ = auth.FromEnv()
	base, _ = cfg.BaseURL()
	assert.Equal(t, "http://127.0.0.1:9999", base)

	t.Setenv(auth.EnvAccessToken, "ready-made")
	cfg, _ = auth.FromEnv()
	ts, err := cfg.TokenSource(nil)
	require.NoError(t, err)
	tok, _ := ts.Token()
	assert.Equal(t, "ready-made", tok.AccessToken)
	assert.NotContains(t, cfg.String(), "ready-made")
}

func TestEnvAPIURLDerivesLoginHost(t *testing.T) {
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	t.Setenv(auth.EnvAccessToken, "")
	t.Setenv(auth.EnvClientID, srv.ClientID)
	t.Setenv(auth.EnvClientSecret, srv.ClientSecret)
	t.Setenv(auth.EnvAPIURL, srv.URL)
	t.Setenv(auth.EnvLoginURL, "")
	cfg, ok := auth.FromEnv()
	require.True(t, ok)
	ts, err := cfg.TokenSource(srv.Client())
	require.NoError(t, err)
	tok, err := ts.Token()
	require.NoError(t, err, "the simulator serves /oauth/token on the API host")
	assert.NotEmpty(t, tok.AccessToken)
}
