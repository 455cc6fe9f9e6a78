package genesystest_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// fakeClock is a settable clock for token expiry and rate-limit windows.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestOAuthClientCredentials(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{TokenLifetime: time.Hour})
	defer srv.Close()

	cfg := clientcredentials.Config{ClientID: srv.ClientID, ClientSecret: srv.ClientSecret, TokenURL: srv.URL + "/oauth/token", AuthStyle: oauth2.AuthStyleInHeader}
	ctx := context.WithValue(t.Context(), oauth2HTTPClient, srv.Client())
	tok, err := cfg.Token(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, tok.AccessToken)
	assert.WithinDuration(t, time.Now().Add(time.Hour), tok.Expiry, time.Minute)

	conv := srv.ActiveConversations()[0]
	status, _, body := rawGet(t, srv, "/api/v2/conversations/"+conv.ID, tok.AccessToken)
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, conv.ID, body["id"])

	bad := cfg
	bad.ClientSecret = "wrong"
	_, err = bad.Token(ctx)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "invalid_client")
	assert.NotContains(t, err.Error(), srv.ClientSecret)
	assert.Equal(t, 1, srv.TokensIssued())

	// Wrong grant type and missing client authentication.
	resp, err := srv.Client().PostForm(srv.URL+"/oauth/token", url.Values{"grant_type": {"password"}})
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	resp, err = srv.Client().PostForm(srv.URL+"/oauth/token", url.Values{"grant_type": {"client_credentials"}})
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
}

func TestTokensMissingExpiredRevoked(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: simClock}
	srv := genesystest.NewServer(genesystest.Options{Now: clock.Now, TokenLifetime: 10 * time.Minute})
	defer srv.Close()
	path := "/api/v2/conversations/" + srv.ActiveConversations()[0].ID

	status, hdr, body := rawGet(t, srv, path, "")
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Equal(t, "authentication.required", body["code"])
	assert.EqualValues(t, 401, body["status"])
	assert.NotEmpty(t, body["contextId"])
	assert.Equal(t, body["contextId"], hdr.Get("ININ-Correlation-Id"))

	status, _, body = rawGet(t, srv, path, "not-a-token")
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Equal(t, "bad.credentials", body["code"])

	tok := srv.Token()
	status, _, _ = rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusOK, status)
	clock.Advance(10 * time.Minute)
	status, _, body = rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusUnauthorized, status, "expired")
	assert.Equal(t, "bad.credentials", body["code"])

	tok = srv.Token()
	srv.RevokeToken(tok)
	status, _, _ = rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusUnauthorized, status, "revoked")
}

func TestLoggedInUserEndpointsNeedUserToken(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	status, _, body := rawGet(t, srv, "/api/v2/conversations", srv.Token())
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body["message"], "user context")

	user := srv.Org().Users[0].ID
	status, _, body = rawGet(t, srv, "/api/v2/conversations", srv.UserToken(user))
	assert.Equal(t, http.StatusOK, status)
	assert.NotEmpty(t, body["entities"])
	assert.Empty(t, srv.UserToken("no-such-user"))
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: simClock}
	srv := genesystest.NewServer(genesystest.Options{Now: clock.Now, RateLimit: 5})
	defer srv.Close()
	path := "/api/v2/conversations/" + srv.ActiveConversations()[0].ID
	tok := srv.Token()
	for i := range 5 {
		clock.Advance(time.Second)
		status, _, _ := rawGet(t, srv, path, tok)
		require.Equal(t, http.StatusOK, status, "request %d", i)
	}
	status, hdr, body := rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusTooManyRequests, status)
	assert.Equal(t, "too.many.requests.retry.after", body["code"])
	assert.Equal(t, "56", hdr.Get("Retry-After"), "the oldest request leaves the window 56 s later")
	assert.Equal(t, "5", hdr.Get("Inin-Ratelimit-Allowed"))
	assert.Equal(t, "5", hdr.Get("Inin-Ratelimit-Count"))
	assert.Equal(t, "56", hdr.Get("Inin-Ratelimit-Reset"))
	assert.Contains(t, body["message"], "[56]")

	other := srv.Token()
	status, _, _ = rawGet(t, srv, path, other)
	assert.Equal(t, http.StatusOK, status, "limits are per token")

	clock.Advance(56 * time.Second)
	status, _, _ = rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusOK, status, "the window moved on")
}

func TestDefaultRateLimitIs300(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: simClock}
	srv := genesystest.NewServer(genesystest.Options{Now: clock.Now})
	defer srv.Close()
	path := "/api/v2/conversations/" + srv.ActiveConversations()[0].ID
	tok := srv.Token()
	for range 300 {
		status, _, _ := rawGet(t, srv, path, tok)
		require.Equal(t, http.StatusOK, status)
	}
	status, hdr, _ := rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusTooManyRequests, status)
	assert.Equal(t, "60", hdr.Get("Retry-After"))
}

func TestFaultPlan(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	conv := srv.ActiveConversations()[0]
	path := "/api/v2/conversations/" + conv.ID
	tok := srv.Token()

	srv.Faults().Next(2, genesystest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 3 * time.Second})
	for range 2 {
		status, hdr, body := rawGet(t, srv, path, tok)
		assert.Equal(t, http.StatusTooManyRequests, status)
		assert.Equal(t, "3", hdr.Get("Retry-After"))
		assert.Equal(t, "too.many.requests.retry.after", body["code"])
	}
	status, _, _ := rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusOK, status, "only the next two requests fail")

	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Status: http.StatusServiceUnavailable})
	status, _, body := rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusServiceUnavailable, status)
	assert.Equal(t, "service.unavailable", body["code"])

	srv.Faults().Add(genesystest.Fault{Operation: "GET /api/v2/conversations/{conversationId}", Times: 1, Reset: true})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	// A fresh connection: on a reused one, net/http would silently retry
	// the GET.
	fresh := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	_, err := fresh.Do(req)
	require.Error(t, err, "the connection is reset")

	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Delay: 50 * time.Millisecond})
	start := time.Now()
	status, _, _ = rawGet(t, srv, path, tok)
	assert.Equal(t, http.StatusOK, status)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)

	log := srv.RequestsFor("getConversation")
	require.NotEmpty(t, log)
	assert.Equal(t, "status 429", log[0].Fault)
}

// A fault after the effect: the change happens but the caller sees 500.
func TestFaultAfterEffect(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	conv := srv.ActiveConversations()[0]
	srv.Faults().Add(genesystest.Fault{Operation: "putConversationTags", Times: 1, Status: http.StatusInternalServerError, AfterEffect: true})
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: staticToken(srv.Token()), Retry: tools.RetryPolicy{Disabled: true}})
	require.NoError(t, err)
	_, err = (&tools.PutConversationTags{ConversationID: conv.ID, ExternalTag: "after"}).Invoke(t.Context(), c)
	var apiErr *tools.APIError
	require.True(t, errors.As(err, &apiErr))
	assert.Equal(t, 500, apiErr.Status)
	got, _ := srv.Conversation(conv.ID)
	assert.Equal(t, "after", got.ExternalTag, "the change was applied before the failure")
}

func TestSameSeedSameData(t *testing.T) {
	t.Parallel()
	now := func() time.Time { return simClock }
	a := genesystest.NewServer(genesystest.Options{Seed: 42, Now: now})
	defer a.Close()
	b := genesystest.NewServer(genesystest.Options{Seed: 42, Now: now})
	defer b.Close()
	c := genesystest.NewServer(genesystest.Options{Seed: 43, Now: now})
	defer c.Close()
	assert.Equal(t, a.Org(), b.Org())
	assert.Equal(t, a.Conversations(), b.Conversations())
	assert.Equal(t, a.AnalyticsJobs(), b.AnalyticsJobs())
	assert.NotEqual(t, a.Org().Users[0].ID, c.Org().Users[0].ID)

	// The same API answer, byte for byte.
	id := a.ActiveConversations()[0].ID
	_, _, ba := rawGet(t, a, "/api/v2/conversations/"+id, a.Token())
	_, _, bb := rawGet(t, b, "/api/v2/conversations/"+id, b.Token())
	assert.Equal(t, ba, bb)
}

func TestOrgSizeAndSeededState(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{Users: 30, Queues: 6, WrapupCodes: 12, ExternalContacts: 40, ActiveConversations: 12, HistoryDays: 3, ConversationsPerDay: 4})
	defer srv.Close()
	org := srv.Org()
	assert.Len(t, org.Users, 30)
	assert.Len(t, org.Queues, 6)
	assert.Len(t, org.WrapupCodes, 12)
	assert.Len(t, org.ExternalContacts, 40)
	assert.Len(t, srv.ActiveConversations(), 12)
	assert.Len(t, srv.Conversations(), 12+3*4)
	media := map[string]bool{}
	for _, c := range srv.Conversations() {
		media[c.MediaType] = true
		purposes := map[string]bool{}
		for _, p := range c.Participants {
			purposes[p.Purpose] = true
			assert.NotEmpty(t, p.Communications, "participant %s has communications", p.ID)
		}
		assert.True(t, purposes["customer"] && purposes["acd"], "customer and ACD legs in %s", c.ID)
		if c.EndTime != nil {
			a := byPurpose(c, "agent")
			require.NotNil(t, a)
			assert.NotNil(t, a.Wrapup, "history is wrapped up")
		}
	}
	assert.Equal(t, map[string]bool{"call": true, "callback": true, "email": true, "message": true}, media)
}

func TestRequestLogAndErrors(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	tok := srv.Token()
	status, _, body := rawGet(t, srv, "/api/v2/conversations/no-such-id", tok)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "not.found", body["code"])
	for _, k := range []string{"status", "code", "message", "contextId", "details"} {
		assert.Contains(t, body, k)
	}
	status, _, body = rawGet(t, srv, "/api/v2/nothing/here", tok)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "not.found", body["code"])

	log := srv.Requests()
	require.NotEmpty(t, log)
	last := srv.RequestsFor("getConversation")
	require.Len(t, last, 1)
	assert.Equal(t, http.StatusNotFound, last[0].Status)
	assert.Equal(t, "/api/v2/conversations/no-such-id", last[0].Path)
	for _, r := range log {
		assert.NotContains(t, string(r.Body), tok)
	}
	srv.ResetRequests()
	assert.Empty(t, srv.Requests())
}

func TestMalformedBodyNamesTheField(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	id := srv.ActiveConversations()[0].ID
	for body, field := range map[string]string{
		`{"externalTag": 5}`:   "externalTag",
		`{"externalTag": "x",`: "body",
		`{"bogus": "x"}`:       "bogus",
		``:                     "body",
	} {
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPut, srv.URL+"/api/v2/conversations/"+id+"/tags", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+srv.Token())
		req.Header.Set("Content-Type", "application/json")
		resp, err := srv.Client().Do(req)
		require.NoError(t, err)
		var e map[string]any
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&e))
		resp.Body.Close()
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, body)
		assert.Equal(t, "bad.request", e["code"], body)
		details := e["details"].([]any)
		if assert.NotEmpty(t, details, body) {
			assert.Equal(t, field, details[0].(map[string]any)["fieldName"], body)
		}
	}
}
