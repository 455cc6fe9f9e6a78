package demo

import (
	"fmt"
	"strings"
)

// Request is what the agent asks in the genkit and langchaingo examples.
const Request = "Which calls are active? Put the customer on hold and add a wrap-up note."

// Instructions tell a real model how the tools fit together to handle
// Request.
const Instructions = `You assist a Genesys Cloud contact-centre agent, the logged-in user.
Act with the tools and take every id from a tool result; never invent one.
genesys_get_calls lists the agent's active calls. genesys_get_conversation shows each participant with the ids of its calls (communications).
To put the customer on hold, call genesys_patch_call_participant with the customer's participantId and held=true.
To add a wrap-up note, call genesys_post_call_participant_communication_wrapup for the agent's own participant and call communication with provisional=true and notes: a draft needs no wrap-up code.
Then answer in two or three sentences: the active calls and what you changed.`

// The tools the scripted steps call, in order.
const (
	// ToolGetCalls lists the logged-in agent's active calls.
	ToolGetCalls = "genesys_get_calls"
	// ToolGetConversation shows a conversation's participants with the
	// ids of their calls.
	ToolGetConversation = "genesys_get_conversation"
	// ToolHold holds, mutes or disconnects a call participant; its
	// arguments are HoldArgs.
	ToolHold = "genesys_patch_call_participant"
	// ToolWrapup saves a wrap-up on a call communication; its arguments
	// are WrapupArgs.
	ToolWrapup = "genesys_post_call_participant_communication_wrapup"
)

// ToolNames is the agent's tool set for Request: only what the request
// needs, which keeps the prompt small (the whole catalogue is about
// 130,000 characters).
var ToolNames = []string{
	ToolGetCalls,
	"genesys_get_call",
	ToolGetConversation,
	ToolHold,
	"genesys_get_call_participant_wrapupcodes",
	ToolWrapup,
}

// MaxTurns bounds the model's rounds of tool calls.
const MaxTurns = 8

// WrapupNotes is the note the scripted model of NextStep saves.
const WrapupNotes = "Customer on hold while the agent checks their request. (Note left by the AI assistant.)"

// HoldArgs are the arguments of ToolHold that put a participant on hold.
type HoldArgs struct {
	ConversationID string `json:"conversationId"` // the call's conversation
	ParticipantID  string `json:"participantId"`  // the participant to hold
	Held           bool   `json:"held"`           // true: on hold
}

// WrapupArgs are the arguments of ToolWrapup. A provisional wrap-up is a
// draft and needs no wrap-up code.
type WrapupArgs struct {
	ConversationID  string `json:"conversationId"`  // the call's conversation
	ParticipantID   string `json:"participantId"`   // the agent's participant
	CommunicationID string `json:"communicationId"` // the agent's call
	Provisional     bool   `json:"provisional"`     // true: a draft
	Notes           string `json:"notes"`           // the wrap-up notes
}

// Call is an agent's active call as ReadCall finds it: the conversation,
// its connected customer and agent, and the agent's connected call
// (communication).
type Call struct {
	ConversationID string // the conversation's id
	CustomerID     string // the customer's participant id
	CustomerName   string // the customer's name
	AgentID        string // the agent's participant id
	AgentCallID    string // the id of the agent's call (communication)
}

// ReadCall reads a result of ToolGetConversation and finds the first
// connected customer and the first connected agent with its call. It fails
// only on a result it cannot decode; Connected tells whether both were
// found.
func ReadCall(result string) (Call, error) {
	var conv struct {
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
	if err := Decode(result, &conv); err != nil {
		return Call{}, err
	}
	c := Call{ConversationID: conv.ID}
	var customer, agent bool
	for _, p := range conv.Participants {
		for _, call := range p.Calls {
			if call.State != "connected" {
				continue
			}
			switch {
			case p.Purpose == "customer" && !customer:
				customer, c.CustomerID, c.CustomerName = true, p.ID, p.Name
			case p.Purpose == "agent" && !agent:
				agent, c.AgentID, c.AgentCallID = true, p.ID, call.ID
			}
		}
	}
	return c, nil
}

// Connected reports whether the call has a connected customer and a
// connected agent.
func (c Call) Connected() bool { return c.CustomerID != "" && c.AgentID != "" && c.AgentCallID != "" }

// Hold is the arguments of ToolHold that put the customer on hold.
func (c Call) Hold() HoldArgs {
	return HoldArgs{ConversationID: c.ConversationID, ParticipantID: c.CustomerID, Held: true}
}

// DraftNote is the arguments of ToolWrapup that save notes as a draft
// wrap-up on the agent's call.
func (c Call) DraftNote(notes string) WrapupArgs {
	return WrapupArgs{ConversationID: c.ConversationID, ParticipantID: c.AgentID, CommunicationID: c.AgentCallID, Provisional: true, Notes: notes}
}

// NextStep is the scripted model's plan for Request. From the tool
// results so far (in order) it decides either the next tool call (tool
// and args) or the final answer (tool empty), always taking the same
// steps:
//
//  1. ToolGetCalls: the logged-in agent's active calls;
//  2. ToolGetConversation: the participants of the first call, with the
//     ids of their communications;
//  3. ToolHold: the customer on hold (held=true);
//  4. ToolWrapup: a provisional wrap-up with WrapupNotes on the agent's
//     call, which needs no code;
//
// and then it answers with text. A failed step ends the plan with an
// answer saying what went wrong.
func NextStep(results []string) (tool string, args any, answer string) {
	if len(results) > 0 {
		if msg, failed := Failure(results[len(results)-1]); failed {
			return "", nil, "I could not finish: " + msg
		}
	}
	if len(results) == 0 {
		return ToolGetCalls, map[string]any{}, ""
	}
	var calls callList
	if err := Decode(results[0], &calls); err != nil {
		return "", nil, "I could not read your calls: " + err.Error()
	}
	if len(calls.Entities) == 0 {
		return "", nil, "You have no active calls, so there is no customer to put on hold."
	}
	convID := calls.Entities[0].ID
	if len(results) == 1 {
		return ToolGetConversation, struct {
			ConversationID string `json:"conversationId"`
		}{convID}, ""
	}
	c, err := ReadCall(results[1])
	if err != nil {
		return "", nil, "I could not read the call: " + err.Error()
	}
	if !c.Connected() {
		return "", nil, "Call " + convID + " has no connected customer and agent, so I changed nothing."
	}
	// The ids come from the list of calls, as a model would take them.
	c.ConversationID = convID
	switch len(results) {
	case 2:
		return ToolHold, c.Hold(), ""
	case 3:
		return ToolWrapup, c.DraftNote(WrapupNotes), ""
	}
	var list []string
	for _, e := range calls.Entities {
		list = append(list, e.describe())
	}
	return "", nil, fmt.Sprintf("Active calls: %s. %s is now on hold, and a draft wrap-up note is saved on your call.",
		strings.Join(list, "; "), c.CustomerName)
}

// callList is the answer of ToolGetCalls.
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
		return "call " + Abbreviate(c.ID)
	}
	return "conversation " + Abbreviate(c.ID) + " with " + strings.Join(who, " and ")
}
