package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"

	"github.com/genesyskit/genesyskit/internal/demo"
)

// defineScripted defines a Genkit model that stands in for a real one: it
// reads the tool results in the conversation and asks for the next tool
// call, as a model would, always taking the same steps:
//
//  1. genesys_get_calls: the logged-in agent's active calls;
//  2. genesys_get_conversation: the participants of the first call, with
//     the ids of their communications;
//  3. genesys_patch_call_participant: the customer on hold (held=true);
//  4. genesys_post_call_participant_communication_wrapup: a provisional
//     wrap-up with notes on the agent's call, which needs no code;
//
// and then answers with text. A failed step ends the script with an
// answer saying what went wrong.
func defineScripted(g *genkit.Genkit) ai.ModelArg {
	return genkit.DefineModel(g, "scripted/contact-centre",
		&ai.ModelOptions{Label: "Scripted contact-centre model", Supports: &ai.ModelSupports{Multiturn: true, SystemRole: true, Tools: true}},
		func(_ context.Context, req *ai.ModelRequest, _ ai.ModelStreamCallback) (*ai.ModelResponse, error) {
			var results []string
			for _, m := range req.Messages {
				for _, p := range m.Content {
					if m.Role == ai.RoleTool && p.IsToolResponse() {
						results = append(results, demo.JSONText(p.ToolResponse.Output))
					}
				}
			}
			name, args, answer := nextStep(results)
			if name == "" {
				return &ai.ModelResponse{Request: req, Message: ai.NewModelTextMessage(answer)}, nil
			}
			call := &ai.ToolRequest{Name: name, Input: args, Ref: fmt.Sprintf("call_%d", len(results)+1)}
			return &ai.ModelResponse{Request: req, Message: &ai.Message{Role: ai.RoleModel, Content: []*ai.Part{ai.NewToolRequestPart(call)}}}, nil
		})
}

// wrapupNotes is the note the scripted model saves.
const wrapupNotes = "Customer on hold while the agent checks their request. (Note left by the AI assistant.)"

// nextStep decides from the tool results so far (in order) either the next
// tool call or the final answer.
func nextStep(results []string) (tool string, args any, answer string) {
	if len(results) > 0 {
		if msg, failed := demo.Failure(results[len(results)-1]); failed {
			return "", nil, "I could not finish: " + msg
		}
	}
	if len(results) == 0 {
		return "genesys_get_calls", map[string]any{}, ""
	}
	var calls callList
	if err := demo.Decode(results[0], &calls); err != nil {
		return "", nil, "I could not read your calls: " + err.Error()
	}
	if len(calls.Entities) == 0 {
		return "", nil, "You have no active calls, so there is no customer to put on hold."
	}
	convID := calls.Entities[0].ID
	if len(results) == 1 {
		return "genesys_get_conversation", struct {
			ConversationID string `json:"conversationId"`
		}{convID}, ""
	}
	var conv conversation
	if err := demo.Decode(results[1], &conv); err != nil {
		return "", nil, "I could not read the call: " + err.Error()
	}
	customer, agent, agentCall := conv.parties()
	if customer == nil || agent == nil || agentCall == "" {
		return "", nil, "Call " + convID + " has no connected customer and agent, so I changed nothing."
	}
	switch len(results) {
	case 2:
		return "genesys_patch_call_participant", struct {
			ConversationID string `json:"conversationId"`
			ParticipantID  string `json:"participantId"`
			Held           bool   `json:"held"`
		}{convID, customer.ID, true}, ""
	case 3:
		return "genesys_post_call_participant_communication_wrapup", struct {
			ConversationID  string `json:"conversationId"`
			ParticipantID   string `json:"participantId"`
			CommunicationID string `json:"communicationId"`
			Provisional     bool   `json:"provisional"`
			Notes           string `json:"notes"`
		}{convID, agent.ID, agentCall, true, wrapupNotes}, ""
	}
	var list []string
	for _, e := range calls.Entities {
		list = append(list, e.describe())
	}
	return "", nil, fmt.Sprintf("Active calls: %s. %s is now on hold, and a draft wrap-up note is saved on your call.",
		strings.Join(list, "; "), customer.Name)
}

// callList is the answer of genesys_get_calls.
type callList struct {
	Entities []activeCall `json:"entities"`
}

type activeCall struct {
	ID           string `json:"id"`
	Participants []struct {
		Name    string `json:"name"`
		Purpose string `json:"purpose"`
		Address string `json:"address"`
		State   string `json:"state"`
	} `json:"participants"`
}

// describe names a call by its connected customers.
func (c activeCall) describe() string {
	var who []string
	for _, p := range c.Participants {
		if p.Purpose == "customer" && p.State == "connected" {
			who = append(who, p.Name+" ("+p.Address+")")
		}
	}
	if len(who) == 0 {
		return "call " + demo.Abbreviate(c.ID)
	}
	return "conversation " + demo.Abbreviate(c.ID) + " with " + strings.Join(who, " and ")
}

// conversation is the answer of genesys_get_conversation.
type conversation struct {
	ID           string `json:"id"`
	Participants []struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Purpose string `json:"purpose"`
		Calls   []struct {
			ID    string `json:"id"`
			State string `json:"state"`
		} `json:"calls"`
	} `json:"participants"`
}

// party is a participant of a conversation.
type party struct{ ID, Name string }

// parties finds the connected customer, the connected agent and the id of
// the agent's connected call.
func (c conversation) parties() (customer, agent *party, agentCall string) {
	for _, p := range c.Participants {
		for _, call := range p.Calls {
			if call.State != "connected" {
				continue
			}
			switch {
			case p.Purpose == "customer" && customer == nil:
				customer = &party{p.ID, p.Name}
			case p.Purpose == "agent" && agent == nil:
				agent, agentCall = &party{p.ID, p.Name}, call.ID
			}
		}
	}
	return customer, agent, agentCall
}
