package tools_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/oauth2"
)

// leaks collects, across the whole test suite, every secret the tests
// hand out (client secrets, bearer tokens, secure attribute values) and
// every error string and log record the library produces, then TestMain
// checks that no secret appears in any of them.
var leaks = &leakRecorder{}

type leakRecorder struct {
	mu      sync.Mutex
	secrets map[string]bool
	texts   []string
	logs    bytes.Buffer
}

func (l *leakRecorder) secret(s string) {
	if len(s) < 8 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.secrets == nil {
		l.secrets = map[string]bool{}
	}
	l.secrets[s] = true
}

// err records an error's text; nil is ignored. It returns err unchanged.
func (l *leakRecorder) err(err error) error {
	if err == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.texts = append(l.texts, err.Error())
	return err
}

// Write collects log output.
func (l *leakRecorder) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.logs.Write(p)
}

// logger returns a logger whose records are scanned at the end.
func (l *leakRecorder) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// tokens wraps a token source so every token it yields is a known secret.
func (l *leakRecorder) tokens(ts oauth2.TokenSource) oauth2.TokenSource {
	return recordingSource{ts}
}

type recordingSource struct{ oauth2.TokenSource }

func (r recordingSource) Token() (*oauth2.Token, error) {
	tok, err := r.TokenSource.Token()
	if tok != nil {
		leaks.secret(tok.AccessToken)
	}
	return tok, leaks.err(err)
}

// Invalidate passes renewals through to the wrapped source.
func (r recordingSource) Invalidate(accessToken string) {
	if inv, ok := r.TokenSource.(interface{ Invalidate(string) }); ok {
		inv.Invalidate(accessToken)
	}
}

func (l *leakRecorder) check() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var found []string
	logs := l.logs.String()
	for s := range l.secrets {
		if strings.Contains(logs, s) {
			found = append(found, fmt.Sprintf("a secret (%d chars) appears in a log record", len(s)))
		}
		for _, t := range l.texts {
			if strings.Contains(t, s) {
				found = append(found, fmt.Sprintf("a secret (%d chars) appears in an error: %.80s…", len(s), t))
			}
		}
	}
	return found
}

func TestMain(m *testing.M) {
	code := m.Run()
	if found := leaks.check(); len(found) > 0 {
		fmt.Fprintln(os.Stderr, "secret leak check failed:")
		for _, f := range found {
			fmt.Fprintln(os.Stderr, " -", f)
		}
		code = 1
	} else if code == 0 && testing.Verbose() {
		fmt.Printf("secret leak check: %d secrets, %d errors, %d bytes of logs scanned\n", len(leaks.secrets), len(leaks.texts), leaks.logs.Len())
	}
	os.Exit(code)
}
