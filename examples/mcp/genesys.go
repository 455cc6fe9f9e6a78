package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// genesysClient connects to the org in the GENESYS_* variables, or, when
// there are none, to the built-in simulator. The returned func releases it.
func genesysClient(log *slog.Logger) (*tools.Client, func(), error) {
	cfg, ok := auth.FromEnv()
	if !ok {
		return simulatorClient(log)
	}
	base, err := cfg.BaseURL()
	if err != nil {
		return nil, nil, err
	}
	ts, err := cfg.TokenSource(nil)
	if err != nil {
		return nil, nil, err
	}
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: base, TokenSource: ts, UserAgent: "genesyskit-mcp/" + version()})
	if err != nil {
		return nil, nil, err
	}
	log.Info("using " + cfg.String())
	return c, func() {}, nil
}

// simulatorClient starts the demo org and acts as its first user, so the
// "logged-in user" tools (genesys_conversations_get_conversations, …) work.
func simulatorClient(log *slog.Logger) (*tools.Client, func(), error) {
	sim := genesystest.NewServer(genesystest.Options{TokenLifetime: 10 * 365 * 24 * time.Hour})
	user := sim.Org().Users[0]
	c, err := tools.NewClient(tools.ClientOptions{
		BaseURL:     sim.URL,
		HTTPClient:  sim.Client(),
		TokenSource: auth.StaticToken(sim.UserToken(user.ID)),
	})
	if err != nil {
		sim.Close()
		return nil, nil, err
	}
	log.Info(fmt.Sprintf("no GENESYS_* credentials: running on the built-in simulator (demo org, %d live conversations)",
		len(sim.ActiveConversations())))
	log.Info("tools act as the demo user "+user.Name, "email", user.Email, "userId", user.ID)
	log.Info("to use a real org, set " + auth.EnvClientID + ", " + auth.EnvClientSecret + " and " + auth.EnvRegion +
		" (or " + auth.EnvAccessToken + ") and restart")
	return c, sim.Close, nil
}
