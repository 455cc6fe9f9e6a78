package mcptools

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"

	"github.com/genesyskit/genesyskit/auth"
	"github.com/genesyskit/genesyskit/tools"
)

// Meta keys of a successful result's _meta.
const (
	// MetaStatus is the HTTP status Genesys Cloud answered with.
	MetaStatus = "genesyskit/status"
	// MetaCorrelationID is Genesys Cloud's correlation id, for support.
	MetaCorrelationID = "genesyskit/correlationId"
)

// Options configures Register. The zero value exposes every tool of the
// set under its catalogue name, leaves approval to the set and uses a
// bearer token of the MCP HTTP request, if any, as the call's credentials.
type Options struct {
	// ShortNames exposes each tool under its short name (at most 64
	// characters, e.g. genesys_get_call) instead of its catalogue name
	// (genesys_conversations_get_call), for clients that cap tool names.
	ShortNames bool

	// Filter narrows the set further: by toolset, by name (catalogue or
	// short) and by an access ceiling (MaxAccess: tools.Read exposes only
	// read tools). The zero Filter keeps every tool of the set. Names or
	// toolsets that do not exist are an error.
	Filter tools.Filter

	// Approval chooses how destructive calls are approved. The zero value
	// leaves it to the set.
	Approval ApprovalMode

	// Credentials picks the Genesys credentials of one call from its MCP
	// request. Nil means BearerToken. Use ServerCredentials to always use
	// the Client's own credentials.
	Credentials CredentialsFunc

	// RawAnswers returns Genesys answers as they come, instead of shaped
	// by tools.Spec.Shape: without nulls, empty values and selfUri links,
	// and with long pages cut to Shape.MaxItems items and a marker giving
	// the arguments that fetch the rest.
	RawAnswers bool

	// Shape configures the shaping of answers. The zero value keeps up to
	// tools.DefaultMaxItems items of a page.
	Shape tools.ShapeOptions
}

// CredentialsFunc returns the token source one tool call should use, or
// nil to use the Client's own credentials. An error fails the call with a
// JSON-RPC error.
type CredentialsFunc func(ctx context.Context, req *mcp.CallToolRequest) (oauth2.TokenSource, error)

// Register adds the tools of set, narrowed by opts.Filter, to srv. Each
// call goes to set.Call with the client's raw arguments; see the package
// documentation for names, annotations, results and errors.
func Register(srv *mcp.Server, set *tools.Set, opts Options) error {
	if srv == nil || set == nil {
		return errors.New("mcptools: Register needs a server and a tool set")
	}
	switch opts.Approval {
	case ApprovalFromSet, ApprovalElicit, ApprovalRefuse:
	default:
		return fmt.Errorf("mcptools: unknown approval mode %d", int(opts.Approval))
	}
	specs, err := selectSpecs(set, opts.Filter)
	if err != nil {
		return err
	}
	a := &adapter{set: set, opts: opts}
	if a.opts.Credentials == nil {
		a.opts.Credentials = BearerToken
	}
	for _, spec := range specs {
		t, err := a.tool(spec)
		if err != nil {
			return err
		}
		srv.AddTool(t, a.handler(spec))
	}
	return nil
}

// NewHTTPHandler serves srv over streamable HTTP (one server for every
// session). With the default Options.Credentials, each request's
// "Authorization: Bearer <token>" header becomes that call's Genesys
// credentials, and requests without one act with the Client's own
// credentials: anyone who can reach the handler can use them, so put
// authentication in front of it or use RequireBearerToken. opts may be nil.
func NewHTTPHandler(srv *mcp.Server, opts *mcp.StreamableHTTPOptions) http.Handler {
	return mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return srv }, opts)
}

// selectSpecs returns the set's tools that f keeps, in catalogue order.
func selectSpecs(set *tools.Set, f tools.Filter) ([]tools.Spec, error) {
	keep, err := tools.Select(f)
	if err != nil {
		return nil, fmt.Errorf("mcptools: %w", err)
	}
	kept := make(map[string]bool, len(keep))
	for _, s := range keep {
		kept[s.Name] = true
	}
	var out []tools.Spec
	for _, s := range set.Specs() {
		if kept[s.Name] {
			out = append(out, s)
		}
	}
	return out, nil
}

type adapter struct {
	set  *tools.Set
	opts Options
}

// tool describes spec for MCP clients. Annotations state only what
// differs from MCP's defaults (every tool is open-world: it talks to
// Genesys Cloud), and the title is given once, on the tool.
func (a *adapter) tool(spec tools.Spec) (*mcp.Tool, error) {
	name, desc := spec.Name, spec.Description
	if a.opts.ShortNames {
		name, desc = spec.ShortName, shortDescription(spec)
	}
	schema, err := inputSchema(spec, a.opts.ShortNames)
	if err != nil {
		return nil, err
	}
	// The SDK always sends idempotentHint, so read tools get the true
	// value (every read is idempotent) rather than a misleading false.
	ann := &mcp.ToolAnnotations{ReadOnlyHint: spec.Access == tools.Read, IdempotentHint: spec.Idempotent}
	if spec.Access != tools.Read {
		destructive := spec.Access == tools.Destructive
		ann.DestructiveHint = &destructive
	}
	return &mcp.Tool{
		Name:        name,
		Title:       spec.Title,
		Description: desc,
		InputSchema: schema,
		Annotations: ann,
	}, nil
}

// handler runs spec through the set for one MCP call.
func (a *adapter) handler(spec tools.Spec) mcp.ToolHandler {
	return func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		ts, err := a.opts.Credentials(ctx, req)
		if err != nil {
			return nil, err
		}
		if ts != nil {
			ctx = auth.WithTokenSource(ctx, ts)
		}
		var pending *pendingApproval
		switch a.opts.Approval {
		case ApprovalElicit:
			ctx = tools.WithApprover(ctx, elicitApprover(req, &pending))
		case ApprovalRefuse:
			ctx = tools.WithApprover(ctx, refuseAll)
		}
		var args json.RawMessage
		if req.Params != nil {
			args = req.Params.Arguments
		}
		res, err := a.set.Call(ctx, spec.Name, args)
		if pending != nil {
			// The approver stopped the call to ask the user; the client
			// answers and calls again with the answer.
			return pending.result(), nil
		}
		if err != nil {
			return errorResult(spec.Name, err)
		}
		if !a.opts.RawAnswers {
			res = spec.Shape(res, args, a.opts.Shape)
		}
		return successResult(res), nil
	}
}

// successResult renders a Genesys answer.
func successResult(res *tools.Result) *mcp.CallToolResult {
	out := &mcp.CallToolResult{
		Content: []mcp.Content{&mcp.TextContent{Text: string(res.Body)}},
	}
	if isJSONObject(res.Body) {
		out.StructuredContent = res.Body
	}
	if res.Status != 0 || res.CorrelationID != "" {
		out.Meta = mcp.Meta{}
		if res.Status != 0 {
			out.Meta[MetaStatus] = res.Status
		}
		if res.CorrelationID != "" {
			out.Meta[MetaCorrelationID] = res.CorrelationID
		}
	}
	return out
}

// errorResult renders a failure the model can act on as an isError result,
// and returns any other failure as a Go error.
func errorResult(tool string, err error) (*mcp.CallToolResult, error) {
	te := tools.AsToolError(tool, err)
	if te == nil {
		return nil, err
	}
	body := te.JSON()
	out := &mcp.CallToolResult{
		Content:           []mcp.Content{&mcp.TextContent{Text: string(body)}},
		StructuredContent: body,
	}
	out.SetError(err) // keeps the text above; records err for server middleware
	return out, nil
}

func isJSONObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[0] == '{' && json.Valid(b)
}
