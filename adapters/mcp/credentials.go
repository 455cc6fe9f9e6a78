package mcptools

import (
	"context"
	"errors"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/auth"
)

// BearerToken is the default CredentialsFunc: when the MCP request came
// over HTTP with an "Authorization: Bearer <token>" header, the call uses
// that token for Genesys Cloud; otherwise (stdio, in-memory, no header,
// another scheme) it uses the Client's own credentials.
//
// The token is sent to Genesys Cloud as it is, so use BearerToken only when
// MCP clients present Genesys access tokens. If the MCP endpoint is
// protected by its own authorization server, its tokens are not Genesys
// tokens: use ServerCredentials, or a CredentialsFunc that exchanges them.
func BearerToken(_ context.Context, req *mcp.CallToolRequest) (oauth2.TokenSource, error) {
	if req == nil || req.Extra == nil {
		return nil, nil
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(req.Extra.Header.Get("Authorization")), " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "bearer") || token == "" {
		return nil, nil
	}
	return auth.StaticToken(token), nil
}

// RequireBearerToken is BearerToken for servers that must never act with
// their own credentials: a call without a bearer token fails with a
// JSON-RPC error and sends nothing. Use it for HTTP servers whose Client
// holds no credentials of its own, or whose callers must each bring theirs.
func RequireBearerToken(ctx context.Context, req *mcp.CallToolRequest) (oauth2.TokenSource, error) {
	ts, err := BearerToken(ctx, req)
	if err == nil && ts == nil {
		err = errors.New("mcptools: this server needs an \"Authorization: Bearer <Genesys access token>\" header")
	}
	return ts, err
}

// ServerCredentials is a CredentialsFunc that ignores the MCP request: every
// call uses the Client's own credentials.
func ServerCredentials(context.Context, *mcp.CallToolRequest) (oauth2.TokenSource, error) {
	return nil, nil
}
