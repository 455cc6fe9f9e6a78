// Command mcp is an MCP server that gives AI assistants the 111 Genesys
// Cloud Conversations tools of genesyskit.
//
// It talks to the Genesys Cloud org named by the GENESYS_* environment
// variables; without them it runs on the built-in simulator, a seeded demo
// org, so it can be tried without an account.
//
// Usage:
//
//	mcp [flags]                        # MCP over stdio (what desktop clients start)
//	mcp -http 127.0.0.1:8080           # streamable HTTP at http://127.0.0.1:8080/mcp
//	mcp -http :8080 -token "$TOKEN"    # any other interface needs a bearer token
//
// Flags:
//
//	-http ADDR      serve streamable HTTP on ADDR instead of stdio ("8080" means 127.0.0.1:8080)
//	-token TOKEN    bearer token HTTP clients must present (or GENESYSKIT_MCP_TOKEN);
//	                required unless ADDR is a loopback address
//	-toolsets LIST  only these toolsets, e.g. calls,wrapup; "default" stands for
//	                tools.DefaultToolsets (conversations, participants, transfers, wrapup)
//	-tools LIST     only these tools (catalogue or short names)
//	-read-only      only read tools
//	-short-names    expose short tool names (genesys_get_call)
//	-approve        ask the user before each destructive tool (default true);
//	                clients without elicitation get such calls refused.
//	                -approve=false runs them without asking
//	-version        print the version and exit
//
// Environment:
//
//	GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_REGION  client credentials
//	GENESYS_ACCESS_TOKEN                                      or a ready-made token
//	GENESYS_API_URL, GENESYS_LOGIN_URL                        optional host overrides
//	GENESYSKIT_MCP_TOKEN                                      same as -token
//
// Claude Desktop (claude_desktop_config.json):
//
//	{"mcpServers": {"genesys": {
//	  "command": "go",
//	  "args": ["run", "github.com/genesyskit/genesyskit/examples/mcp@latest"],
//	  "env": {"GENESYS_CLIENT_ID": "…", "GENESYS_CLIENT_SECRET": "…", "GENESYS_REGION": "eu_west_1"}}}}
//
// VS Code (.vscode/mcp.json), over HTTP:
//
//	{"servers": {"genesys": {"type": "http", "url": "http://127.0.0.1:8080/mcp"}}}
//
// In stdio mode only the protocol goes to stdout; every log line goes to
// stderr. SIGINT or SIGTERM shuts the server down gracefully. README.md has
// more configurations.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	mcptools "github.com/genesyskit/genesyskit/adapters/mcp"
	"github.com/genesyskit/genesyskit/tools"
)

// config is the command line.
type config struct {
	httpAddr, token, toolsets, tools           string
	readOnly, shortNames, approve, showVersion bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2) // the flag package has explained it
	default:
		fmt.Fprintln(os.Stderr, "mcp:", err)
		os.Exit(1)
	}
}

// errUsage is a command line the flag package rejected.
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg config
	fs := flag.NewFlagSet("mcp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.httpAddr, "http", "", "serve streamable HTTP on `ADDR` (e.g. 127.0.0.1:8080) instead of stdio")
	fs.StringVar(&cfg.token, "token", "", "bearer `TOKEN` HTTP clients must present (default $GENESYSKIT_MCP_TOKEN)")
	fs.StringVar(&cfg.toolsets, "toolsets", "", "comma-separated `toolsets` to expose, or \"default\" for tools.DefaultToolsets (default all)")
	fs.StringVar(&cfg.tools, "tools", "", "comma-separated tool `names` to expose (default all)")
	fs.BoolVar(&cfg.readOnly, "read-only", false, "expose only read tools")
	fs.BoolVar(&cfg.shortNames, "short-names", false, "expose short tool names (genesys_get_call)")
	fs.BoolVar(&cfg.approve, "approve", true, "ask the user (MCP elicitation) before each destructive tool; refused if the client cannot ask")
	fs.BoolVar(&cfg.showVersion, "version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q; see -help", fs.Args())
	}
	if cfg.showVersion {
		_, err := fmt.Fprintf(stdout, "genesyskit MCP server %s (tools %s)\n", version(), tools.Version)
		return err
	}

	if cfg.token == "" {
		cfg.token = os.Getenv("GENESYSKIT_MCP_TOKEN")
	}
	filter, err := cfg.filter()
	if err != nil {
		return err
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	if cfg.httpAddr != "" {
		if err := checkBind(&cfg); err != nil {
			return err
		}
	} else if cfg.token != "" {
		log.Warn("-token only applies with -http; ignored")
	}

	client, closeGenesys, err := genesysClient(log)
	if err != nil {
		return err
	}
	defer closeGenesys()

	srv, err := newServer(cfg, filter, client, log)
	if err != nil {
		return err
	}
	if cfg.httpAddr != "" {
		return serveHTTP(ctx, cfg, srv, log)
	}
	log.Info("serving MCP over stdio")
	err = srv.Run(ctx, &mcp.StdioTransport{})
	if ctx.Err() != nil {
		log.Info("shutting down")
		return nil
	}
	return err
}

// filter is the tool selection of -toolsets, -tools and -read-only.
func (cfg config) filter() (tools.Filter, error) {
	f := tools.Filter{Names: list(cfg.tools)}
	for _, ts := range list(cfg.toolsets) {
		if ts == "default" { // the live-conversation toolsets, a quarter of the listing
			f.Toolsets = append(f.Toolsets, tools.DefaultToolsets()...)
			continue
		}
		f.Toolsets = append(f.Toolsets, tools.Toolset(ts))
	}
	if cfg.readOnly {
		f.MaxAccess = tools.Read
	}
	_, err := tools.Select(f) // unknown names are an error
	return f, err
}

// newServer builds the MCP server with the selected tools.
func newServer(cfg config, filter tools.Filter, client *tools.Client, log *slog.Logger) (*mcp.Server, error) {
	set, err := tools.NewSet(client, tools.SetOptions{Filter: filter, Logger: log, RequireApproval: cfg.approve})
	if err != nil {
		return nil, err
	}

	opts := mcptools.Options{ShortNames: cfg.shortNames, Approval: mcptools.ApprovalElicit}
	if !cfg.approve {
		opts.Approval = mcptools.ApprovalFromSet // the set runs destructive tools unasked
		if !cfg.readOnly {
			log.Warn("-approve=false: destructive tools run without asking the user")
		}
	}
	if cfg.token != "" {
		// The bearer token on HTTP requests is this server's own token,
		// not a Genesys one: act with the server's Genesys credentials.
		opts.Credentials = mcptools.ServerCredentials
	}

	srv := mcp.NewServer(&mcp.Implementation{Name: "genesyskit", Title: "Genesys Cloud Conversations", Version: version()}, nil)
	if err := mcptools.Register(srv, set, opts); err != nil {
		return nil, err
	}
	log.Info("tools ready", "count", len(set.Specs()), "readOnly", cfg.readOnly, "approve", cfg.approve)
	return srv, nil
}

// list splits a comma-separated flag value.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// version is the module version this binary was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
