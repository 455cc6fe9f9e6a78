package demo

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// Main runs an agent example: run with the process's terminal and
// environment and a context that ends on an interrupt. On an error it
// prints "error: …" on stderr and exits with status 1.
func Main(run func(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// Org is where an example's tools act: a real Genesys Cloud organisation
// or the simulator.
type Org struct {
	// Client calls the organisation.
	Client *tools.Client
	// About describes the organisation in one line.
	About string
	// Sim is the simulator; nil on a real organisation.
	Sim *genesystest.Server
	// User is the simulator's user the tools act as; zero on a real
	// organisation.
	User genesystest.User
	// Before is the simulator's state when it started, for
	// Snapshot.Report.
	Before Snapshot
}

// StartSimulator starts the simulator an example uses without
// credentials: genesystest with its seeded demo organisation.
func StartSimulator() *genesystest.Server {
	return genesystest.NewServer(genesystest.Options{Seed: 1})
}

// Connect uses the real organisation the GENESYS_* variables in getenv
// name, as auth.FromEnv reads them, or, when there are none, the simulator
// (see Simulate). Close releases the simulator.
func Connect(getenv func(string) string, start func() *genesystest.Server) (*Org, error) {
	if cfg, ok := GenesysFromEnv(getenv); ok {
		base, err := cfg.BaseURL()
		if err != nil {
			return nil, err
		}
		ts, err := cfg.TokenSource(nil)
		if err != nil {
			return nil, err
		}
		c, err := tools.NewClient(tools.ClientOptions{BaseURL: base, TokenSource: ts})
		if err != nil {
			return nil, err
		}
		return &Org{Client: c, About: cfg.String()}, nil
	}
	return Simulate(start)
}

// Simulate starts the simulator with start and acts as its first user,
// who is on a call: with a user token the "my calls" tools answer for this
// agent. Close stops the simulator.
func Simulate(start func() *genesystest.Server) (*Org, error) {
	sim := start()
	user := sim.Org().Users[0]
	c, err := tools.NewClient(tools.ClientOptions{BaseURL: sim.URL, HTTPClient: sim.Client(), TokenSource: auth.StaticToken(sim.UserToken(user.ID))})
	if err != nil {
		sim.Close()
		return nil, err
	}
	about := fmt.Sprintf("simulator (genesystest, demo org %q), logged in as %s; set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET or GENESYS_ACCESS_TOKEN for a real org", sim.Org().Name, user.Name)
	return &Org{Client: c, About: about, Sim: sim, User: user, Before: TakeSnapshot(sim)}, nil
}

// Close stops the simulator, if the organisation is one.
func (o *Org) Close() {
	if o.Sim != nil {
		o.Sim.Close()
	}
}

// GenesysFromEnv is auth.FromEnv reading getenv instead of the process
// environment, so that tests can pass their own.
func GenesysFromEnv(getenv func(string) string) (auth.Config, bool) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	cfg := auth.Config{
		ClientID: get(auth.EnvClientID), ClientSecret: get(auth.EnvClientSecret), Region: get(auth.EnvRegion),
		AccessToken: get(auth.EnvAccessToken), APIURL: get(auth.EnvAPIURL), LoginURL: get(auth.EnvLoginURL),
	}
	return cfg, cfg.AccessToken != "" || (cfg.ClientID != "" && cfg.ClientSecret != "")
}

// Introduce prints on stdout the model (described by model) and the
// organisation the example uses; on a real organisation it warns on
// stderr that destructive tools ask before they run.
func (o *Org) Introduce(stdout, stderr io.Writer, model string) {
	fmt.Fprintln(stdout, "model:  ", model)
	fmt.Fprintln(stdout, "genesys:", o.About)
	if o.Sim == nil {
		fmt.Fprintln(stderr, "note: this acts on a real organisation; destructive tools ask before they run.")
	}
}

// ToolSet binds the tools of ToolNames to the organisation, with approve
// (which may be nil) asked before a destructive tool runs, and prints
// them on stdout.
func (o *Org) ToolSet(stdout io.Writer, approve tools.ApproveFunc) (*tools.Set, error) {
	set, err := tools.NewSet(o.Client, tools.SetOptions{Filter: tools.Filter{Names: ToolNames}, Approve: approve})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "tools:   %d (%s)\n\n", len(set.Specs()), ShortNames(set))
	return set, nil
}

// Report prints what changed in the simulator since Connect; on a real
// organisation it prints nothing.
func (o *Org) Report(w io.Writer) {
	if o.Sim != nil {
		o.Before.Report(w, o.Sim, ReportOptions{Heading: "What changed in the simulator:"})
	}
}

// ShortNames lists the short names of the set's tools, comma-separated.
func ShortNames(set *tools.Set) string {
	var names []string
	for _, s := range set.Specs() {
		names = append(names, s.ShortName)
	}
	return strings.Join(names, ", ")
}

// Confirm returns the question an example asks a person at the terminal
// before a destructive tool runs: it prints "  ? approve <summary> [y/N] "
// on stdout and reads a line from stdin, where "y" or "yes" (in any case)
// approves and anything else, or nothing, refuses.
func Confirm(stdin io.Reader, stdout io.Writer) func(summary string) bool {
	in := bufio.NewReader(stdin)
	return func(summary string) bool {
		fmt.Fprintf(stdout, "  ? approve %s [y/N] ", summary)
		line, _ := in.ReadString('\n')
		answer := strings.ToLower(strings.TrimSpace(line))
		return answer == "y" || answer == "yes"
	}
}

// PrintCall prints a tool call a model asks for, as the agent examples
// show it: "  → name args", with the ids in args shortened.
func PrintCall(w io.Writer, name, args string) {
	fmt.Fprintf(w, "  → %s %s\n", name, Abbreviate(args))
}

// PrintResult prints a tool's result as the agent examples show it:
// "  ← name: " and the result in brief.
func PrintResult(w io.Writer, name, content string) {
	fmt.Fprintf(w, "  ← %s: %s\n", name, Brief(content))
}
