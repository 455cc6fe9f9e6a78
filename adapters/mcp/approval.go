package mcptools

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/genesyskit/genesyskit/tools"
)

// ApprovalMode chooses how an MCP server approves destructive tools
// (disconnects, deletes, transfers, barge-in and the like).
type ApprovalMode int

const (
	// ApprovalFromSet leaves approval to the set: its SetOptions.Approve
	// hook if any, else RequireApproval refuses, else the call runs.
	ApprovalFromSet ApprovalMode = iota

	// ApprovalElicit asks the user before each destructive call, through
	// MCP elicitation: a form with one boolean field, "approve", showing
	// the tool, its ids and its arguments. The call runs only if the user
	// accepts with approve set to true. If the client did not declare the
	// elicitation capability, the call is refused and the model is told
	// why. This replaces the set's own Approve hook for calls through MCP.
	ApprovalElicit

	// ApprovalRefuse refuses every destructive call; nothing is sent and
	// the model is told so. (To hide such tools instead, use
	// Filter.MaxAccess.)
	ApprovalRefuse
)

// ApprovalField is the boolean field of the approval form.
const ApprovalField = "approve"

// approvalSchema is the elicitation form: one required boolean.
var approvalSchema = json.RawMessage(`{"type":"object","properties":{"` + ApprovalField +
	`":{"type":"boolean","title":"Approve","description":"Run this action now."}},"required":["` + ApprovalField + `"]}`)

var (
	errNoElicitation = errors.New("this MCP client cannot ask the user for approval: it does not support elicitation")
	errAsking        = fmt.Errorf("waiting for the user's approval: %w", tools.ErrApprovalPending)
	errRefuseAll     = errors.New("this MCP server does not run destructive actions")
)

func refuseAll(context.Context, tools.Approval) (bool, error) { return false, errRefuseAll }

// pendingApproval is an approval the user has not answered yet.
type pendingApproval struct {
	key    string
	params *mcp.ElicitParams
}

// result asks the client to put the question to the user and call again
// with the answer (multi round-trip request; for clients on older protocol
// versions the SDK asks through elicitation/create and calls the handler
// again itself).
func (p *pendingApproval) result() *mcp.CallToolResult {
	return &mcp.CallToolResult{InputRequests: mcp.InputRequestMap{p.key: p.params}}
}

// elicitApprover approves a call with the user's answer from req, or, when
// there is none yet, records the question in *pending and stops the call.
func elicitApprover(req *mcp.CallToolRequest, pending **pendingApproval) tools.ApproveFunc {
	return func(_ context.Context, a tools.Approval) (bool, error) {
		key := approvalKey(a)
		if req.Params != nil {
			if resp, ok := req.Params.InputResponses[key]; ok {
				return answer(resp)
			}
		}
		if !canElicit(req) {
			return false, errNoElicitation
		}
		*pending = &pendingApproval{key: key, params: &mcp.ElicitParams{
			Mode:            "form",
			Message:         approvalMessage(a),
			RequestedSchema: approvalSchema,
		}}
		return false, errAsking
	}
}

// approvalKey names the question after the tool and its exact arguments,
// so an answer approves only the call it was asked about.
func approvalKey(a tools.Approval) string {
	h := sha256.New()
	h.Write([]byte(a.Tool.Name))
	h.Write([]byte{0})
	h.Write(a.Args)
	return "genesyskit_approval_" + hex.EncodeToString(h.Sum(nil)[:12])
}

func approvalMessage(a tools.Approval) string {
	return "The assistant wants to run a destructive Genesys Cloud action, which ends, removes, " +
		"replaces or takes over something and may not be undoable:\n\n" + a.Summary +
		"\n\nArguments: " + string(a.Args) + "\n\nApprove it?"
}

// answer reads the user's answer.
func answer(resp mcp.InputResponse) (bool, error) {
	res, ok := resp.(*mcp.ElicitResult)
	if !ok || res == nil {
		return false, errors.New("the approval answer was not an elicitation result")
	}
	switch res.Action {
	case "accept":
		if v, _ := res.Content[ApprovalField].(bool); v {
			return true, nil
		}
		return false, errors.New("the user did not approve it")
	case "decline":
		return false, errors.New("the user declined it")
	default:
		return false, errors.New("the user dismissed the approval request")
	}
}

// canElicit reports whether the client declared form elicitation.
func canElicit(req *mcp.CallToolRequest) bool {
	caps := req.ClientCapabilities()
	if caps == nil || caps.Elicitation == nil {
		return false
	}
	// Neither form nor url declared means form, for older clients.
	return caps.Elicitation.Form != nil || caps.Elicitation.URL == nil
}
