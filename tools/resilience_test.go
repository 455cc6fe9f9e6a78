package tools_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// clock is a settable clock for the simulator.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// simClient returns a client for srv authenticating with client
// credentials through the simulator's OAuth endpoint.
func simClient(t *testing.T, srv *genesystest.Server, opts tools.ClientOptions) (*tools.Client, *auth.CachedSource) {
	t.Helper()
	ts, err := auth.ClientCredentials{ClientID: srv.ClientID, ClientSecret: srv.ClientSecret, LoginURL: srv.URL, HTTPClient: srv.Client()}.TokenSource()
	require.NoError(t, err)
	leaks.secret(srv.ClientSecret)
	opts.BaseURL, opts.HTTPClient, opts.TokenSource = srv.URL, srv.Client(), leaks.tokens(ts)
	c, err := tools.NewClient(opts)
	require.NoError(t, err)
	return c, ts
}

func activeCall(t *testing.T, srv *genesystest.Server) genesystest.Conversation {
	t.Helper()
	for _, c := range srv.ActiveConversations() {
		if c.MediaType == "call" {
			return c
		}
	}
	t.Fatal("no active call")
	return genesystest.Conversation{}
}

// 500 concurrent calls on a token the server has expired cause exactly one
// new token request, and all of them succeed.
func TestConcurrentCallsShareOneTokenRenewal(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Now()}
	srv := genesystest.NewServer(genesystest.Options{Now: clk.Now, RateLimit: -1, TokenLifetime: time.Hour})
	defer srv.Close()
	c, ts := simClient(t, srv, tools.ClientOptions{RateLimit: -1})
	conv := activeCall(t, srv)
	_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
	err = leaks.err(err)
	require.NoError(t, err)
	require.Equal(t, 1, srv.TokensIssued())
	first, _ := ts.Token()

	clk.Advance(2 * time.Hour) // the server now refuses the cached token
	var wg sync.WaitGroup
	errs := make(chan error, 500)
	for range 500 {
		wg.Go(func() {
			_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(context.Background(), c)
			err = leaks.err(err)
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, 2, srv.TokensIssued(), "exactly one token request after expiry")
	second, _ := ts.Token()
	assert.NotEqual(t, first.AccessToken, second.AccessToken)
}

func TestRetryAfter429WaitsAndSucceeds(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	c, _ := simClient(t, srv, tools.ClientOptions{})
	conv := activeCall(t, srv)
	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 2, Status: http.StatusTooManyRequests, RetryAfter: time.Second})
	start := time.Now()
	res, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
	err = leaks.err(err)
	require.NoError(t, err)
	assert.Equal(t, 200, res.Status)
	assert.GreaterOrEqual(t, time.Since(start), 2*time.Second, "waited at least Retry-After twice")
	assert.Len(t, srv.RequestsFor("getConversation"), 3)
}

// A 429 is safe to repeat even for a command: Genesys did not run it.
func TestRetryAfter429ForCommand(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	c, _ := simClient(t, srv, tools.ClientOptions{})
	conv := activeCall(t, srv)
	srv.Faults().Add(genesystest.Fault{Operation: "postConversationDisconnect", Times: 1, Status: http.StatusTooManyRequests, RetryAfter: time.Second})
	_, err := (&tools.PostConversationDisconnect{ConversationID: conv.ID}).Invoke(t.Context(), c)
	err = leaks.err(err)
	require.NoError(t, err)
	assert.Len(t, srv.RequestsFor("postConversationDisconnect"), 2)
}

func TestIdempotentRetriesOn5xxAndResets(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	c, _ := simClient(t, srv, tools.ClientOptions{Retry: tools.RetryPolicy{MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}})
	conv := activeCall(t, srv)
	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Status: http.StatusServiceUnavailable})
	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Reset: true})
	srv.Faults().Add(genesystest.Fault{Operation: "putConversationTags", Times: 2, Status: http.StatusBadGateway})
	_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
	err = leaks.err(err)
	require.NoError(t, err)
	_, err = (&tools.PutConversationTags{ConversationID: conv.ID, ExternalTag: "t-1"}).Invoke(t.Context(), c)
	err = leaks.err(err)
	require.NoError(t, err, "PUT is idempotent")
	assert.Len(t, srv.RequestsFor("putConversationTags"), 3)

	// Retries are bounded.
	srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Status: http.StatusInternalServerError})
	_, err = (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
	err = leaks.err(err)
	var apiErr *tools.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 500, apiErr.Status)
}

// A command that may have reached Genesys is never sent twice; the caller
// learns that the outcome is unknown, and the state shows one effect.
func TestCommandsAreNeverRepeated(t *testing.T) {
	t.Parallel()
	for _, fault := range []genesystest.Fault{
		{Status: http.StatusInternalServerError, AfterEffect: true},
		{Status: http.StatusServiceUnavailable},
		{Reset: true, AfterEffect: true},
		{Reset: true},
	} {
		t.Run(fault.String(), func(t *testing.T) {
			t.Parallel()
			srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
			defer srv.Close()
			c, _ := simClient(t, srv, tools.ClientOptions{Retry: tools.RetryPolicy{MinBackoff: time.Millisecond}})
			conv := activeCall(t, srv)
			before := len(conv.Participants)
			user := srv.Org().Users[5].ID
			fault.Operation, fault.Times = "postConversationAssign", 1
			srv.Faults().Add(fault)

			_, err := (&tools.PostConversationAssign{ConversationID: conv.ID, ID: user}).Invoke(t.Context(), c)
			err = leaks.err(err)
			var unknown *tools.OutcomeUnknownError
			require.ErrorAs(t, err, &unknown)
			assert.Contains(t, err.Error(), "outcome unknown")
			assert.Contains(t, err.Error(), "not sent again")
			assert.Len(t, srv.RequestsFor("postConversationAssign"), 1, "attempted once")

			after, _ := srv.Conversation(conv.ID)
			added := len(after.Participants) - before
			if fault.AfterEffect {
				assert.Equal(t, 1, added, "one assignment, not two")
			} else {
				assert.Zero(t, added)
			}
		})
	}
}

// TestDeadlineHonoured is not parallel: it measures wall-clock time.
func TestDeadlineHonoured(t *testing.T) {
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	conv := activeCall(t, srv)
	for name, setup := range map[string]func(){
		"slow answer": func() {
			srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Delay: 2 * time.Second})
		},
		"mid back-off": func() {
			srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Status: http.StatusServiceUnavailable})
		},
		"long retry-after": func() {
			srv.Faults().Add(genesystest.Fault{Operation: "getConversation", Times: 1, Status: 429, RetryAfter: 5 * time.Second})
		},
	} {
		srv.Faults().Clear()
		setup()
		c, ts := simClient(t, srv, tools.ClientOptions{Retry: tools.RetryPolicy{MinBackoff: 120 * time.Millisecond, MaxBackoff: 150 * time.Millisecond}})
		_, err := ts.Token() // fetch the token outside the measured call
		require.NoError(t, err)
		ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
		start := time.Now()
		_, err = (&tools.GetConversation{ConversationID: conv.ID}).Invoke(ctx, c)
		elapsed := time.Since(start)
		err = leaks.err(err)
		cancel()
		require.Error(t, err, name)
		assert.LessOrEqual(t, elapsed, 250*time.Millisecond, "%s: returned after %s", name, elapsed)
		if name != "long retry-after" {
			assert.True(t, errors.Is(err, context.DeadlineExceeded), "%s: %v", name, err)
		}
	}
}

func TestPacingKeepsUnderTheLimit(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: 3})
	defer srv.Close()
	c, _ := simClient(t, srv, tools.ClientOptions{RateLimit: 3})
	conv := activeCall(t, srv)
	for range 3 {
		_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
		err = leaks.err(err)
		require.NoError(t, err)
	}
	// The fourth would exceed the budget: the client waits instead of
	// collecting a 429, and gives up when the context ends first.
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(ctx, c)
	err = leaks.err(err)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "request budget")
	for _, r := range srv.Requests() {
		assert.NotEqual(t, http.StatusTooManyRequests, r.Status, "no 429 reached the client")
	}
}

// The client learns a tighter budget from Genesys's rate-limit headers and
// paces itself to it.
func TestPacingLearnsFromHeaders(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: 3})
	defer srv.Close()
	c, _ := simClient(t, srv, tools.ClientOptions{}) // default budget 300
	conv := activeCall(t, srv)
	for range 3 {
		_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(t.Context(), c)
		require.NoError(t, leaks.err(err))
	}
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, err := (&tools.GetConversation{ConversationID: conv.ID}).Invoke(ctx, c)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "request budget", "the client waited instead of sending")
	assert.Len(t, srv.RequestsFor("getConversation"), 3, "no fourth request, so no 429")
}

// Per-call credentials: one client acts for several callers.
func TestPerCallCredentials(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client()})
	require.NoError(t, err)
	set, err := tools.NewSet(c, tools.SetOptions{})
	require.NoError(t, err)
	_, err = set.Call(t.Context(), "genesys_conversations_get_conversations", nil)
	err = leaks.err(err)
	var apiErr *tools.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 401, apiErr.Status, "no credentials on the client")

	user := srv.Org().Users[0].ID
	ctx := auth.WithToken(t.Context(), srv.UserToken(user))
	res, err := set.Call(ctx, "genesys_conversations_get_conversations", nil)
	err = leaks.err(err)
	require.NoError(t, err)
	assert.Contains(t, string(res.Body), user)
	assert.Equal(t, user, srv.RequestsFor("getConversations")[1].User)
}

// ---- safety -----------------------------------------------------------

func simSet(t *testing.T, srv *genesystest.Server, opts tools.SetOptions) *tools.Set {
	t.Helper()
	c, _ := simClient(t, srv, tools.ClientOptions{})
	if opts.Logger == nil {
		opts.Logger = leaks.logger()
	}
	set, err := tools.NewSet(c, opts)
	require.NoError(t, err)
	return set
}

func TestReadOnlyCeilingHidesWrites(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	set := simSet(t, srv, tools.SetOptions{Filter: tools.Filter{MaxAccess: tools.Read}})
	for _, s := range set.Specs() {
		assert.Equal(t, tools.Read, s.Access)
	}
	conv := activeCall(t, srv)
	_, err := set.Call(t.Context(), "genesys_conversations_post_conversation_disconnect", json.RawMessage(`{"conversationId":"`+conv.ID+`"}`))
	err = leaks.err(err)
	assert.ErrorIs(t, err, tools.ErrUnknownTool)
	assert.Empty(t, srv.RequestsFor("postConversationDisconnect"))
}

func TestApprovalHook(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	conv := activeCall(t, srv)
	var asked []tools.Approval
	approve := false
	set := simSet(t, srv, tools.SetOptions{Approve: func(_ context.Context, a tools.Approval) (bool, error) {
		asked = append(asked, a)
		return approve, nil
	}})
	args := json.RawMessage(`{"conversationId":"` + conv.ID + `"}`)
	_, err := set.Call(t.Context(), "genesys_conversations_post_conversation_disconnect", args)
	err = leaks.err(err)
	var refused *tools.RefusedError
	require.ErrorAs(t, err, &refused)
	assert.Contains(t, err.Error(), "not approved")
	assert.Contains(t, err.Error(), "Nothing was changed")
	assert.Empty(t, srv.RequestsFor("postConversationDisconnect"), "nothing sent")
	require.Len(t, asked, 1)
	assert.Equal(t, "genesys_conversations_post_conversation_disconnect", asked[0].Tool.Name)
	assert.Contains(t, asked[0].Summary, conv.ID)

	// Reads and writes are not asked about.
	_, err = set.Call(t.Context(), "genesys_conversations_get_conversation", args)
	err = leaks.err(err)
	require.NoError(t, err)
	_, err = set.Call(t.Context(), "genesys_conversations_put_conversation_tags", json.RawMessage(`{"conversationId":"`+conv.ID+`","externalTag":"x"}`))
	err = leaks.err(err)
	require.NoError(t, err)
	assert.Len(t, asked, 1)

	approve = true
	_, err = set.Call(t.Context(), "genesys_conversations_post_conversation_disconnect", args)
	err = leaks.err(err)
	require.NoError(t, err)
	assert.Len(t, srv.RequestsFor("postConversationDisconnect"), 1)
}

func TestDryRun(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{})
	defer srv.Close()
	conv := activeCall(t, srv)
	set := simSet(t, srv, tools.SetOptions{DryRun: true})
	res, err := set.Call(t.Context(), "genesys_conversations_put_conversation_tags", json.RawMessage(`{"conversationId":"`+conv.ID+`","externalTag":"dry"}`))
	err = leaks.err(err)
	require.NoError(t, err)
	assert.JSONEq(t, `{"dryRun":true,"method":"PUT","path":"/api/v2/conversations/`+conv.ID+`/tags","body":{"externalTag":"dry"}}`, string(res.Body))
	assert.Empty(t, srv.RequestsFor("putConversationTags"))
	after, _ := srv.Conversation(conv.ID)
	assert.Empty(t, after.ExternalTag)
	_, err = set.Call(t.Context(), "genesys_conversations_put_conversation_tags", json.RawMessage(`{}`))
	err = leaks.err(err)
	var ie *tools.InputError
	assert.ErrorAs(t, err, &ie, "arguments are still checked")
}

func TestAuditLogHasNoSecrets(t *testing.T) {
	t.Parallel()
	srv := genesystest.NewServer(genesystest.Options{RateLimit: -1})
	defer srv.Close()
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(io.MultiWriter(&buf, leaks), &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, ts := simClient(t, srv, tools.ClientOptions{Retry: tools.RetryPolicy{MinBackoff: time.Millisecond}})
	set, err := tools.NewSet(c, tools.SetOptions{Logger: logger})
	require.NoError(t, err)
	conv := activeCall(t, srv)
	ctx := t.Context()
	var errs []error
	call := func(name, args string) {
		_, err := set.Call(ctx, name, json.RawMessage(args))
		err = leaks.err(err)
		if err != nil {
			errs = append(errs, err)
		}
	}
	call("genesys_conversations_get_conversation", `{"conversationId":"`+conv.ID+`"}`)
	call("genesys_conversations_put_conversation_tags", `{"conversationId":"`+conv.ID+`","externalTag":"audited"}`)
	call("genesys_conversations_put_conversation_secureattributes", `{"conversationId":"`+conv.ID+`","attributes":{"cardNumber":"4111111111111111"}}`)
	call("genesys_conversations_put_conversation_tags", `{"conversationId":"no-such","externalTag":"x"}`)
	srv.Faults().Add(genesystest.Fault{Operation: "postConversationDisconnect", Times: 1, Status: 500, AfterEffect: true})
	call("genesys_conversations_post_conversation_disconnect", `{"conversationId":"`+conv.ID+`"}`)

	records := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.GreaterOrEqual(t, len(records), 4, "one record per write")
	assert.NotContains(t, buf.String(), "genesys_conversations_get_conversation\"", "reads are not audited")
	var sawUnknown, sawError bool
	for _, line := range records {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		assert.NotEmpty(t, rec["tool"])
		switch rec["outcome"] {
		case "ok":
			assert.NotEmpty(t, rec["correlationId"], line)
		case "unknown":
			sawUnknown = true
		case "error":
			sawError = true
			assert.Equal(t, "not.found", rec["code"])
		}
	}
	assert.True(t, sawUnknown && sawError)

	tok, _ := ts.Token()
	leaks.secret("4111111111111111")
	for _, err := range errs {
		_ = leaks.err(err)
	}
	secrets := []string{srv.ClientSecret, tok.AccessToken, "4111111111111111"}
	for _, s := range secrets {
		assert.NotContains(t, buf.String(), s, "audit log leaks a secret")
		for _, err := range errs {
			assert.NotContains(t, err.Error(), s, "error leaks a secret")
		}
	}
}
