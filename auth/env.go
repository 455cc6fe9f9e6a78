package auth

import (
	"errors"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

// Environment variables read by FromEnv.
const (
	EnvClientID     = "GENESYS_CLIENT_ID"
	EnvClientSecret = "GENESYS_CLIENT_SECRET"
	EnvRegion       = "GENESYS_REGION"
	EnvAccessToken  = "GENESYS_ACCESS_TOKEN"
	EnvAPIURL       = "GENESYS_API_URL"
	EnvLoginURL     = "GENESYS_LOGIN_URL"
)

// Config is where and as whom to call Genesys Cloud.
type Config struct {
	ClientID     string
	ClientSecret string
	Region       string // region key or domain; empty means us_east_1
	AccessToken  string // a ready-made bearer token; used instead of client credentials
	APIURL       string // overrides the region's API host
	LoginURL     string // overrides the region's login host
}

// FromEnv reads the GENESYS_* variables. It reports ok=false when neither
// client credentials nor an access token are set.
func FromEnv() (cfg Config, ok bool) {
	get := func(k string) string { return strings.TrimSpace(os.Getenv(k)) }
	cfg = Config{
		ClientID: get(EnvClientID), ClientSecret: get(EnvClientSecret), Region: get(EnvRegion),
		AccessToken: get(EnvAccessToken), APIURL: get(EnvAPIURL), LoginURL: get(EnvLoginURL),
	}
	return cfg, cfg.AccessToken != "" || (cfg.ClientID != "" && cfg.ClientSecret != "")
}

// BaseURL is the API base URL: APIURL if set, else the region's.
func (c Config) BaseURL() (string, error) {
	if c.APIURL != "" {
		return strings.TrimSuffix(c.APIURL, "/"), nil
	}
	if c.Region == "" {
		return DefaultRegion.APIURL(), nil
	}
	r, ok := LookupRegion(c.Region)
	if !ok {
		return "", errors.New("auth: unknown region " + c.Region)
	}
	return r.APIURL(), nil
}

// TokenSource returns the credentials' token source: the fixed access
// token if one is set, otherwise a caching client-credentials source.
func (c Config) TokenSource(hc *http.Client) (oauth2.TokenSource, error) {
	if c.AccessToken != "" {
		return StaticToken(c.AccessToken), nil
	}
	if c.ClientID == "" || c.ClientSecret == "" {
		return nil, errors.New("auth: set " + EnvClientID + " and " + EnvClientSecret + ", or " + EnvAccessToken)
	}
	return ClientCredentials{ClientID: c.ClientID, ClientSecret: c.ClientSecret, Region: c.Region, LoginURL: c.loginURL(), HTTPClient: hc}.TokenSource()
}

// loginURL is LoginURL, or derived from APIURL the way the official SDKs
// do (api.<domain> becomes login.<domain>; any other host serves both).
func (c Config) loginURL() string {
	if c.LoginURL != "" || c.APIURL == "" {
		return c.LoginURL
	}
	if i := strings.Index(c.APIURL, "://api."); i >= 0 {
		return c.APIURL[:i] + "://login." + c.APIURL[i+len("://api."):]
	}
	return c.APIURL
}

// String describes the configuration without secrets.
func (c Config) String() string {
	base, _ := c.BaseURL()
	who := "client " + c.ClientID
	if c.AccessToken != "" {
		who = "a fixed access token"
	}
	return "Genesys Cloud at " + base + " as " + who
}
