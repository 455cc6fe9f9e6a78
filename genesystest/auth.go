package genesystest

import (
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
)

type token struct {
	value   string
	userID  string // "" for client credentials
	expires time.Time
	revoked bool
}

// handleToken implements POST /oauth/token with the client-credentials
// grant and HTTP Basic client authentication, answering like the Genesys
// login host.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	defer func() {
		s.record(Request{Time: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Operation: "token", Status: status})
	}()
	oauthError := func(code int, errCode, desc string) {
		status = code
		writeJSON(w, code, map[string]string{"error": errCode, "description": desc, "error_description": desc})
	}
	if fault := s.opts.Faults.take("token", "POST /oauth/token"); fault != nil {
		if fault.Delay > 0 {
			time.Sleep(fault.Delay)
		}
		if fault.Status != 0 || fault.Reset {
			status = s.applyFault(w, fault)
			return
		}
	}
	if err := r.ParseForm(); err != nil {
		oauthError(http.StatusBadRequest, "invalid_request", "malformed form body")
		return
	}
	if gt := r.PostForm.Get("grant_type"); gt != "client_credentials" {
		oauthError(http.StatusBadRequest, "unsupported_grant_type", "grant type "+gt+" is not supported here")
		return
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		oauthError(http.StatusUnauthorized, "invalid_client", "client authentication is required")
		return
	}
	if subtle.ConstantTimeCompare([]byte(id), []byte(s.ClientID)) != 1 || subtle.ConstantTimeCompare([]byte(secret), []byte(s.ClientSecret)) != 1 {
		oauthError(http.StatusUnauthorized, "invalid_client", "authentication failed")
		return
	}
	tok := s.issue("")
	writeJSON(w, http.StatusOK, map[string]any{
		"access_token": tok.value,
		"token_type":   "bearer",
		"expires_in":   int(s.opts.TokenLifetime / time.Second),
	})
}

func (s *Server) issue(userID string) *token {
	s.mu.Lock()
	defer s.mu.Unlock()
	raw := make([]byte, 0, 48)
	for range 3 {
		v := s.st.rng.Uint64()
		for i := range 8 {
			raw = append(raw, byte(v>>(8*i)))
		}
	}
	tok := &token{value: base64.RawURLEncoding.EncodeToString(raw), userID: userID, expires: s.opts.Now().Add(s.opts.TokenLifetime)}
	s.tokens[tok.value] = tok
	return tok
}

// Token issues a client-credentials access token directly, without the
// OAuth round trip.
func (s *Server) Token() string { return s.issue("").value }

// UserToken issues an access token that acts as the given user, as a
// token from the authorization-code grant would. The "logged-in user"
// endpoints answer for that user. It returns "" if the user is unknown.
func (s *Server) UserToken(userID string) string {
	s.mu.Lock()
	_, ok := s.st.user(userID)
	s.mu.Unlock()
	if !ok {
		return ""
	}
	return s.issue(userID).value
}

// RevokeToken invalidates a token; later requests with it get 401.
func (s *Server) RevokeToken(value string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.tokens[value]; ok {
		t.revoked = true
	}
}

// TokensIssued counts the access tokens issued through /oauth/token.
func (s *Server) TokensIssued() int {
	n := 0
	for _, r := range s.Requests() {
		if r.Operation == "token" && r.Status == http.StatusOK {
			n++
		}
	}
	return n
}

// authenticate checks the bearer token of an API request.
func (s *Server) authenticate(r *http.Request) (*token, *apiError) {
	h := r.Header.Get("Authorization")
	scheme, value, _ := strings.Cut(h, " ")
	if h == "" || !strings.EqualFold(scheme, "bearer") || value == "" {
		return nil, newError(http.StatusUnauthorized, "authentication.required", "No authentication bearer token specified in authorization header.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[value]
	switch {
	case !ok || t.revoked:
		return nil, newError(http.StatusUnauthorized, "bad.credentials", "Invalid login credentials.")
	case !s.opts.Now().Before(t.expires):
		return nil, newError(http.StatusUnauthorized, "bad.credentials", "Invalid login credentials. The access token has expired.")
	}
	return t, nil
}
