package tools_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

func TestNewClientBaseURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		opts tools.ClientOptions
		want string
	}{
		{tools.ClientOptions{}, "https://api.mypurecloud.com"},
		{tools.ClientOptions{Region: "eu_west_1"}, "https://api.mypurecloud.ie"},
		{tools.ClientOptions{Region: "ap-northeast-3"}, "https://api.apne3.pure.cloud"},
		{tools.ClientOptions{Region: "mypurecloud.de"}, "https://api.mypurecloud.de"},
		{tools.ClientOptions{Region: "eusc_de_east_1"}, "https://api.edee1.eusc-pure.cloud"},
		{tools.ClientOptions{BaseURL: "http://127.0.0.1:8080/"}, "http://127.0.0.1:8080"},
		{tools.ClientOptions{Region: "eu_west_1", BaseURL: "https://proxy.example/genesys"}, "https://proxy.example/genesys"},
	} {
		c, err := tools.NewClient(tc.opts)
		require.NoError(t, err)
		assert.Equal(t, tc.want, c.BaseURL())
	}
	for _, bad := range []tools.ClientOptions{
		{Region: "mars_north_1"},
		{BaseURL: "api.mypurecloud.com"},
		{BaseURL: "ftp://x"},
		{BaseURL: "https://x/?q=1"},
	} {
		_, err := tools.NewClient(bad)
		assert.Error(t, err, "%+v", bad)
	}
}

func TestEveryRegionResolves(t *testing.T) {
	t.Parallel()
	regions := auth.Regions()
	require.Len(t, regions, 18)
	for _, r := range regions {
		c, err := tools.NewClient(tools.ClientOptions{Region: r.Key})
		require.NoError(t, err)
		assert.Equal(t, r.APIURL(), c.BaseURL())
		assert.True(t, strings.HasPrefix(r.LoginURL(), "https://login."))
	}
}

func getCall(t *testing.T, h http.HandlerFunc, opts tools.ClientOptions) (*tools.Result, error) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	opts.BaseURL = srv.URL
	opts.HTTPClient = srv.Client()
	opts.Retry.Disabled = true
	c, err := tools.NewClient(opts)
	require.NoError(t, err)
	return (&tools.GetCall{ConversationID: "c1"}).Invoke(t.Context(), c)
}

func TestClientSendsBearerTokenAndUserAgent(t *testing.T) {
	t.Parallel()
	var auth, ua string
	res, err := getCall(t, func(w http.ResponseWriter, r *http.Request) {
		auth, ua = r.Header.Get("Authorization"), r.Header.Get("User-Agent")
		_, _ = io.WriteString(w, `{"id":"c1"}`)
	}, tools.ClientOptions{
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "tok-123", TokenType: "Bearer"}),
		UserAgent:   "my-agent/2.0",
	})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"c1"}`, string(res.Body))
	assert.Equal(t, "Bearer tok-123", auth)
	assert.True(t, strings.HasPrefix(ua, "my-agent/2.0 genesyskit/"+tools.Version), ua)
}

func TestClientResponseSizeCap(t *testing.T) {
	t.Parallel()
	_, err := getCall(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `"`+strings.Repeat("x", 2000)+`"`)
	}, tools.ClientOptions{MaxResponseBytes: 1000})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1000-byte limit")
}

func TestClientNonJSONAnswers(t *testing.T) {
	t.Parallel()
	res, err := getCall(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "plain text")
	}, tools.ClientOptions{})
	require.NoError(t, err)
	assert.JSONEq(t, `"plain text"`, string(res.Body))

	_, err = getCall(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ININ-Correlation-Id", "corr-9")
		w.WriteHeader(http.StatusBadGateway)
		_, _ = io.WriteString(w, "<html>bad gateway</html>")
	}, tools.ClientOptions{})
	var apiErr *tools.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 502, apiErr.Status)
	assert.Equal(t, "Bad Gateway", apiErr.Message)
	assert.Equal(t, "corr-9", apiErr.CorrelationID)
	assert.Contains(t, err.Error(), "corr-9")
}

func TestClientOAuthStyleErrorBody(t *testing.T) {
	t.Parallel()
	_, err := getCall(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}`)
	}, tools.ClientOptions{})
	var apiErr *tools.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "invalid_client", apiErr.Code)
	assert.Equal(t, "authentication failed", apiErr.Message)
}

func TestClientRetryAfterHTTPDate(t *testing.T) {
	t.Parallel()
	_, err := getCall(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", time.Now().Add(90*time.Second).UTC().Format(http.TimeFormat))
		w.WriteHeader(http.StatusTooManyRequests)
	}, tools.ClientOptions{})
	var rl *tools.RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.InDelta(t, 90, rl.RetryAfter.Seconds(), 2)
	assert.Contains(t, rl.Error(), "retry after")
}

func TestClientContextCancelled(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client()})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, err = (&tools.GetCall{ConversationID: "c1"}).Invoke(ctx, c)
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "got %v", err)
}

func TestClientTransportErrorHidesQuery(t *testing.T) {
	t.Parallel()
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: "http://127.0.0.1:1", Retry: tools.RetryPolicy{Disabled: true}})
	require.NoError(t, err)
	_, err = (&tools.GetCallsHistory{Interval: "secret-interval", PageSize: 5}).Invoke(t.Context(), c)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "secret-interval")
	assert.Contains(t, err.Error(), "/api/v2/conversations/calls/history")
}

func TestSetUnknownTool(t *testing.T) {
	t.Parallel()
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: "http://127.0.0.1:1"})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{MaxAccess: tools.Read}})
	require.NoError(t, err)
	_, err = set.Call(t.Context(), "genesys_conversations_post_conversation_disconnect", nil)
	assert.ErrorIs(t, err, tools.ErrUnknownTool, "tools above the ceiling are not in the set")
	_, err = set.Call(t.Context(), "nope", nil)
	assert.ErrorIs(t, err, tools.ErrUnknownTool)
}
