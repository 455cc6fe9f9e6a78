package main

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
)

// endpoint is the URL path of the MCP endpoint.
const endpoint = "/mcp"

// checkBind normalises cfg.httpAddr ("8080" means 127.0.0.1:8080) and
// refuses to listen beyond loopback without a bearer token.
func checkBind(cfg *config) error {
	if _, err := strconv.Atoi(cfg.httpAddr); err == nil {
		cfg.httpAddr = net.JoinHostPort("127.0.0.1", cfg.httpAddr)
	}
	host, _, err := net.SplitHostPort(cfg.httpAddr)
	if err != nil {
		return fmt.Errorf("-http %q: %w", cfg.httpAddr, err)
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || (ip != nil && ip.IsLoopback())
	if !loopback && cfg.token == "" {
		return fmt.Errorf("refusing to serve on %q without a bearer token: anyone who can reach it could use the Genesys tools. "+
			"Set -token or GENESYSKIT_MCP_TOKEN, or listen on 127.0.0.1 only (-http 127.0.0.1:8080)", cfg.httpAddr)
	}
	return nil
}

// serveHTTP serves srv over streamable HTTP until ctx is done.
func serveHTTP(ctx context.Context, cfg config, srv *mcp.Server, log *slog.Logger) error {
	var h http.Handler = mcptools.NewHTTPHandler(srv, nil) // rejects DNS rebinding on loopback
	h = http.NewCrossOriginProtection().Handler(h)         // and browsers' cross-origin requests
	if cfg.token != "" {
		h = requireToken(cfg.token, h)
	}
	mux := http.NewServeMux()
	mux.Handle(endpoint, h)

	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	log.Info("serving MCP over streamable HTTP", "url", "http://"+ln.Addr().String()+endpoint, "token", cfg.token != "")

	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close() // streams still open after the grace period
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// requireToken answers 401 to requests without "Authorization: Bearer <token>".
func requireToken(token string, next http.Handler) http.Handler {
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, got, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !strings.EqualFold(scheme, "bearer") || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="genesyskit-mcp"`)
			http.Error(w, "missing or wrong bearer token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
