package genesystest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// Options configures a Server. The zero value gives a small org seeded
// with 1, real time, no latency and the real API's rate limit.
type Options struct {
	// Seed makes the generated data and ids deterministic. Zero means 1.
	Seed uint64

	// Org size. Zero values mean 12 users, 4 queues, 8 wrap-up codes and
	// 20 external contacts.
	Users, Queues, WrapupCodes, ExternalContacts int

	// ActiveConversations is how many live conversations exist at start
	// (zero means 6: calls, a message, an email, a scheduled callback and a
	// call waiting in queue). HistoryDays and ConversationsPerDay size the
	// ended history that analytics and call history report (zero means 7
	// days of 6).
	ActiveConversations, HistoryDays, ConversationsPerDay int

	// Now is the clock: token expiry, rate-limit windows and every time
	// the simulator records. Nil means time.Now. A fixed clock plus a fixed
	// Seed gives identical data on every run.
	Now func() time.Time

	// Latency is added to every API answer.
	Latency time.Duration

	// TokenLifetime is how long issued access tokens last. Zero means 24h.
	TokenLifetime time.Duration

	// RateLimit is the number of requests each token may make per minute.
	// Zero means 300, as in Genesys Cloud; negative disables the limit.
	RateLimit int

	// Faults, if set, injects failures; it can also be changed while the
	// server runs through Server.Faults.
	Faults *FaultPlan
}

func (o *Options) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Users, 12)
	def(&o.Queues, 4)
	def(&o.WrapupCodes, 8)
	def(&o.ExternalContacts, 20)
	def(&o.ActiveConversations, 6)
	def(&o.HistoryDays, 7)
	def(&o.ConversationsPerDay, 6)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.TokenLifetime <= 0 {
		o.TokenLifetime = 24 * time.Hour
	}
	if o.RateLimit == 0 {
		o.RateLimit = 300
	}
	if o.Faults == nil {
		o.Faults = &FaultPlan{}
	}
}

// Server is a running simulator. Its exported fields are set by NewServer
// and must not be changed.
type Server struct {
	// URL is the base URL of both the API and the login host, e.g.
	// http://127.0.0.1:41234 (API paths start with /api/v2, the token
	// endpoint is /oauth/token).
	URL string
	// ClientID and ClientSecret are valid client credentials.
	ClientID, ClientSecret string

	opts   Options
	srv    *httptest.Server
	mux    *http.ServeMux
	mu     sync.Mutex // guards st, tokens, limiter windows and the log
	st     *state
	tokens map[string]*token
	window map[string][]time.Time
	log    []Request
	ctxSeq int
}

// NewServer starts a simulator on 127.0.0.1 with a seeded demo org.
// Close it when done.
func NewServer(opts Options) *Server {
	opts.defaults()
	s := &Server{opts: opts, tokens: map[string]*token{}, window: map[string][]time.Time{}}
	s.st = newState(opts.Seed, opts.Now)
	s.st.seed(opts)
	s.ClientID = "genesystest-" + s.st.newID()[:8]
	s.ClientSecret = "secret-" + s.st.newID()
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("POST /oauth/token", s.handleToken)
	api := newAPIRouter()
	for _, r := range s.routes() {
		api.handle(r.pattern, s.wrap(r))
	}
	s.mux.Handle("/api/v2/", api)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, newError(http.StatusNotFound, "not.found", "No resource matches %s %s.", r.Method, r.URL.EscapedPath()))
	})
	s.srv = httptest.NewServer(s.mux)
	s.URL = s.srv.URL
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// Client returns an *http.Client for the server. Use it rather than
// http.DefaultClient so that closing one test's server cannot break
// another's connections.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Faults returns the server's fault plan, to add or clear faults while it
// runs.
func (s *Server) Faults() *FaultPlan { return s.opts.Faults }

// Org returns a copy of the organisation's directory.
func (s *Server) Org() Org {
	s.mu.Lock()
	defer s.mu.Unlock()
	return clone(s.st.org)
}

// Conversation returns a copy of one conversation's current state.
func (s *Server) Conversation(id string) (Conversation, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.st.convs[id]
	if !ok {
		return Conversation{}, false
	}
	return clone(*c), true
}

// Conversations returns copies of every conversation, oldest first.
func (s *Server) Conversations() []Conversation {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Conversation, 0, len(s.st.order))
	for _, id := range s.st.order {
		out = append(out, clone(*s.st.convs[id]))
	}
	return out
}

// ActiveConversations returns copies of the conversations that have not
// ended, oldest first.
func (s *Server) ActiveConversations() []Conversation {
	var out []Conversation
	for _, c := range s.Conversations() {
		if c.EndTime == nil {
			out = append(out, c)
		}
	}
	return out
}

// Request is one entry of the request log. It never holds credentials.
type Request struct {
	Time      time.Time
	Method    string
	Path      string // escaped path
	Query     string
	Operation string // operationId, e.g. "getConversationsCall"; "token" for /oauth/token
	Status    int
	Body      []byte // request body
	User      string // user id behind the token, "" for client credentials
	Fault     string // the injected fault, if any
}

// Requests returns a copy of the request log.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.log...)
}

// RequestsFor returns the logged requests of one operation.
func (s *Server) RequestsFor(operation string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Operation == operation {
			out = append(out, r)
		}
	}
	return out
}

// ResetRequests empties the request log.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = nil
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, r)
}

// route is one API operation of the simulator.
type route struct {
	op       string // operationId
	pattern  string // "METHOD /api/v2/..."
	userOnly bool   // acts on the logged-in user: refuses client-credentials tokens
	h        func(*call) (int, any, error)
}

// call is the context of one API request, handled under the state lock.
type call struct {
	s      *Server
	st     *state
	r      *http.Request
	body   []byte
	userID string
	now    time.Time
}

func (c *call) path(name string) string { return c.r.PathValue(name) }

// decode reads the JSON body into v, rejecting malformed JSON, wrong types
// and unknown fields with a 400 that names the field.
func (c *call) decode(v any) error {
	if len(bytes.TrimSpace(c.body)) == 0 {
		return badRequest("body", "A request body is required.")
	}
	dec := json.NewDecoder(bytes.NewReader(c.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			return badRequest(te.Field, "The field %s has the wrong type: expected %s, got %s.", te.Field, te.Type, te.Value)
		case errors.As(err, &se):
			return badRequest("body", "The request body is not valid JSON: %s.", se.Error())
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
			return badRequest(field, "Unrecognized field %s.", field)
		}
		return badRequest("body", "The request body could not be read: %v.", err)
	}
	return nil
}

// decodeOptional is decode for operations whose body may be absent.
func (c *call) decodeOptional(v any) error {
	if len(bytes.TrimSpace(c.body)) == 0 {
		return nil
	}
	return c.decode(v)
}

func (c *call) queryInt(name string, def, min, max int) (int, error) {
	v := c.r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	var n int
	if _, err := fmt.Sscanf(v, "%d", &n); err != nil || fmt.Sprint(n) != v {
		return 0, badRequest(name, "The query parameter %s must be an integer.", name)
	}
	if n < min || (max > 0 && n > max) {
		return 0, badRequest(name, "The query parameter %s must be between %d and %d.", name, min, max)
	}
	return n, nil
}

// wrap runs a route behind the API's gates: fault plan, latency,
// authentication, user context, rate limit, then the handler under the
// state lock; and it logs the exchange.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		entry := Request{Time: s.opts.Now(), Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Operation: rt.op, Body: body}
		status := 0
		recorded := false
		defer func() {
			if !recorded {
				entry.Status = status
				s.record(entry)
			}
		}()
		// reset logs the request before dropping the connection, so a
		// client that sees the reset also finds the request in the log.
		reset := func(f *Fault) int {
			entry.Status, recorded = 0, true
			s.record(entry)
			return s.applyFault(w, f)
		}
		if s.opts.Latency > 0 {
			select {
			case <-time.After(s.opts.Latency):
			case <-r.Context().Done():
				return
			}
		}
		fault := s.opts.Faults.take(rt.op, rt.pattern)
		if fault != nil {
			entry.Fault = fault.String()
			if fault.Delay > 0 {
				select {
				case <-time.After(fault.Delay):
				case <-r.Context().Done():
					return
				}
			}
			if !fault.AfterEffect && fault.Reset {
				reset(fault)
				return
			}
			if !fault.AfterEffect && fault.Status != 0 {
				status = s.applyFault(w, fault)
				return
			}
		}

		tok, err := s.authenticate(r)
		if err != nil {
			status = s.writeError(w, err)
			return
		}
		entry.User = tok.userID
		if rt.userOnly && tok.userID == "" {
			status = s.writeError(w, newError(http.StatusBadRequest, "bad.request",
				"This request requires a user context. Client credentials cannot be used for requests to this resource."))
			return
		}
		if e := s.limit(w, tok); e != nil {
			status = s.writeError(w, e)
			return
		}

		s.mu.Lock()
		c := &call{s: s, st: s.st, r: r, body: body, userID: tok.userID, now: s.opts.Now()}
		code, out, herr := rt.h(c)
		var payload []byte
		if herr == nil && out != nil {
			var merr error
			if payload, merr = json.Marshal(out); merr != nil {
				herr = newError(http.StatusInternalServerError, "internal.server.error", "Encoding the answer failed: %v", merr)
			}
		}
		s.mu.Unlock()

		if fault != nil && fault.AfterEffect && fault.Reset {
			reset(fault)
			return
		}
		if fault != nil && fault.AfterEffect && fault.Status != 0 {
			status = s.applyFault(w, fault)
			return
		}
		if herr != nil {
			var ae *apiError
			if !errors.As(herr, &ae) {
				ae = newError(http.StatusInternalServerError, "internal.server.error", "%v", herr)
			}
			status = s.writeError(w, ae)
			return
		}
		status = code
		w.Header().Set("ININ-Correlation-Id", s.contextID())
		if payload == nil {
			w.WriteHeader(code)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = w.Write(payload)
	})
}

func (s *Server) contextID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ctxSeq++
	return fmt.Sprintf("sim-%08d", s.ctxSeq)
}

func (s *Server) writeError(w http.ResponseWriter, e *apiError) int {
	e.ContextID = s.contextID()
	if e.Details == nil {
		e.Details = []errorDetail{}
	}
	if e.Errors == nil {
		e.Errors = []any{}
	}
	w.Header().Set("ININ-Correlation-Id", e.ContextID)
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", fmt.Sprint(e.retryAfter))
	}
	writeJSON(w, e.Status, e)
	return e.Status
}

func (s *Server) applyFault(w http.ResponseWriter, f *Fault) int {
	if f.Reset {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				if tc, ok := conn.(*net.TCPConn); ok {
					_ = tc.SetLinger(0)
				}
				_ = conn.Close()
				return 0
			}
		}
		return 0
	}
	e := faultError(f)
	return s.writeError(w, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// selfURI builds a selfUri for an entity path.
func selfURI(format string, args ...any) string {
	escaped := make([]any, len(args))
	for i, a := range args {
		escaped[i] = url.PathEscape(fmt.Sprint(a))
	}
	return fmt.Sprintf(format, escaped...)
}

// AnalyticsJobs returns copies of the asynchronous analytics jobs.
func (s *Server) AnalyticsJobs() []AnalyticsJob {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []AnalyticsJob
	for _, j := range s.st.jobs {
		out = append(out, clone(*j))
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}
