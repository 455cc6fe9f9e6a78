package genkittools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"strings"

	"github.com/firebase/genkit/go/ai"

	"github.com/genesyskit/genesyskit/tools"
)

// Metadata keys of the interrupts this package raises and of the restart
// parts that answer them. An interrupt's metadata (part.Metadata["interrupt"])
// is {"genesyskit":"approval","tool":…,"title":…,"summary":…,"args":…}.
const (
	markerKey      = "genesyskit"
	markerApproval = "approval"
)

// errAwaitingApproval is what the approver answers the core on the first
// run of a destructive call: the decision is asked through an interrupt.
var errAwaitingApproval = fmt.Errorf("waiting for a person's decision through a Genkit interrupt: %w", tools.ErrApprovalPending)

// Pending is a destructive call that interrupted Generate and waits for a
// person's decision.
type Pending struct {
	// Part is the interrupted tool request, one of resp.Interrupts().
	Part *ai.Part
	// Tool is the catalogue name of the tool; Name is the name the model
	// called it by.
	Tool, Name string
	// Title is the tool's short human-readable title.
	Title string
	// Summary is one line for a person, e.g. "Disconnect conversation
	// (genesys_conversations_post_conversation_disconnect) with
	// conversationId=…".
	Summary string
	// Args are the checked arguments that will be sent if approved.
	Args json.RawMessage
}

// PendingApprovals returns the calls of this package that an interrupted
// response waits for, in the order the model asked for them. Interrupts
// raised by other tools are not included.
func PendingApprovals(resp *ai.ModelResponse) []Pending {
	var out []Pending
	for _, p := range resp.Interrupts() {
		meta, ok := p.Metadata["interrupt"].(map[string]any)
		if !ok || meta[markerKey] != markerApproval {
			continue
		}
		str := func(k string) string { s, _ := meta[k].(string); return s }
		out = append(out, Pending{
			Part:    p,
			Tool:    str("tool"),
			Name:    p.ToolRequest.Name,
			Title:   str("title"),
			Summary: str("summary"),
			Args:    json.RawMessage(str("args")),
		})
	}
	return out
}

// Approve returns the part that, passed to the next Generate with
// ai.WithToolRestarts, runs the pending call. The call is sent only with
// the arguments the person saw (Pending.Args); if the request was changed
// meanwhile, it is refused.
func Approve(p Pending) *ai.Part {
	return restart(p, true, "")
}

// Reject returns the part that, passed to the next Generate with
// ai.WithToolRestarts, refuses the pending call: nothing is sent and the
// model reads that a person did not approve it, with reason if not empty.
func Reject(p Pending, reason string) *ai.Part {
	return restart(p, false, reason)
}

// Resume returns the options that continue an interrupted Generate: the
// conversation so far and a decision for every pending call, asked of
// decide (approved, and a reason for a refusal). Add the model and the
// same tools, but no prompt or messages, and call Generate again:
//
//	opts, err := genkittools.Resume(resp, decide)
//	resp, err = genkit.Generate(ctx, g, append(opts, ai.WithModel(m), ai.WithTools(refs...))...)
//
// Resume fails if the response was not interrupted, or if another tool
// interrupted too; then build the restart parts with Approve and Reject
// and pass them together with that tool's own in one ai.WithToolRestarts.
func Resume(resp *ai.ModelResponse, decide func(Pending) (approved bool, reason string)) ([]ai.GenerateOption, error) {
	if resp == nil || resp.FinishReason != ai.FinishReasonInterrupted {
		return nil, errors.New("genkittools: Resume needs a response that was interrupted")
	}
	if resp.Request == nil {
		return nil, errors.New("genkittools: Resume needs the response's Request to rebuild the conversation")
	}
	pending := PendingApprovals(resp)
	if all := resp.Interrupts(); len(all) != len(pending) {
		var others []string
		for _, p := range all {
			if meta, ok := p.Metadata["interrupt"].(map[string]any); !ok || meta[markerKey] != markerApproval {
				others = append(others, p.ToolRequest.Name)
			}
		}
		return nil, fmt.Errorf("genkittools: Resume cannot decide interrupts of other tools (%s); use Approve and Reject with their own restart parts", strings.Join(others, ", "))
	}
	parts := make([]*ai.Part, len(pending))
	for i, p := range pending {
		ok, reason := decide(p)
		parts[i] = restart(p, ok, reason)
	}
	return []ai.GenerateOption{ai.WithMessages(resp.History()...), ai.WithToolRestarts(parts...)}, nil
}

// restart builds the restart part for an interrupted request the way
// ai.ToolDef.RestartWith does, with the decision as resumed metadata.
func restart(p Pending, approved bool, reason string) *ai.Part {
	meta := maps.Clone(p.Part.Metadata)
	if meta == nil {
		meta = map[string]any{}
	}
	delete(meta, "interrupt")
	meta["resumed"] = map[string]any{
		markerKey:  markerApproval,
		"approved": approved,
		"reason":   reason,
		"args":     string(p.Args),
	}
	part := ai.NewToolRequestPart(&ai.ToolRequest{
		Name:  p.Part.ToolRequest.Name,
		Ref:   p.Part.ToolRequest.Ref,
		Input: p.Part.ToolRequest.Input,
	})
	part.Metadata = meta
	return part
}

// interruptMetadata describes a call awaiting approval for the interrupt.
func interruptMetadata(a *tools.Approval) map[string]any {
	return map[string]any{
		markerKey: markerApproval,
		"tool":    a.Tool.Name,
		"title":   a.Tool.Title,
		"summary": a.Summary,
		"args":    string(a.Args),
	}
}

// decision is a person's ruling, read back from the restart part.
type decision struct {
	approved bool
	reason   string
	args     string // the arguments the person saw
}

// gate is the approver of one destructive call.
type gate struct {
	decision *decision       // nil on the first run: ask
	asked    *tools.Approval // what the core asked, when there was no decision
}

func newGate(tc *ai.ToolContext) *gate {
	g := &gate{}
	if tc.Resumed == nil {
		return g
	}
	d := decision{reason: "the call was resumed without an approval decision"}
	if tc.Resumed[markerKey] == markerApproval {
		d.approved, _ = tc.Resumed["approved"].(bool)
		d.reason, _ = tc.Resumed["reason"].(string)
		d.args, _ = tc.Resumed["args"].(string)
	}
	g.decision = &d
	return g
}

// approve answers the core's approval question for the call.
func (g *gate) approve(_ context.Context, a tools.Approval) (bool, error) {
	switch {
	case g.decision == nil:
		g.asked = &a
		return false, errAwaitingApproval
	case !g.decision.approved:
		if g.decision.reason != "" {
			return false, errors.New(g.decision.reason)
		}
		return false, nil
	case g.decision.args != string(a.Args):
		return false, errors.New("the arguments differ from the ones the person approved")
	}
	return true, nil
}
