package genesystest_test

import (
	"golang.org/x/oauth2"
)

// oauth2HTTPClient is the context key through which x/oauth2 takes the
// HTTP client for token requests.
var oauth2HTTPClient = oauth2.HTTPClient

func staticToken(tok string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok})
}
