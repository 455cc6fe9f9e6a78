package main

import (
	"context"
	"fmt"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"

	"github.com/genesyskit/genesyskit/internal/demo"
)

// defineScripted defines a Genkit model that stands in for a real one: it
// reads the tool results in the conversation and asks for the next tool
// call, as a model would, always taking the same steps (demo.NextStep):
// the agent's calls, the first call's participants, the customer on hold
// and a draft wrap-up note on the agent's call; then it answers with text.
// A failed step ends the script with an answer saying what went wrong.
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
			name, args, answer := demo.NextStep(results)
			if name == "" {
				return &ai.ModelResponse{Request: req, Message: ai.NewModelTextMessage(answer)}, nil
			}
			call := &ai.ToolRequest{Name: name, Input: args, Ref: fmt.Sprintf("call_%d", len(results)+1)}
			return &ai.ModelResponse{Request: req, Message: &ai.Message{Role: ai.RoleModel, Content: []*ai.Part{ai.NewToolRequestPart(call)}}}, nil
		})
}
