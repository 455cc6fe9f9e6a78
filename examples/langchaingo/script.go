package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/tmc/langchaingo/llms"

	"github.com/genesyskit/genesyskit/internal/demo"
)

// scriptedModel stands in for a real model: a langchaingo llms.Model that
// reads the tool results in the conversation and asks for the next tool
// call, as a model would, always taking the same steps (demo.NextStep):
// the agent's calls, the first call's participants, the customer on hold
// and a draft wrap-up note on the agent's call; then it answers with text.
// A failed step ends the script with an answer saying what went wrong.
type scriptedModel struct{}

func (m *scriptedModel) GenerateContent(_ context.Context, msgs []llms.MessageContent, _ ...llms.CallOption) (*llms.ContentResponse, error) {
	var results []string
	for _, msg := range msgs {
		for _, p := range msg.Parts {
			if r, ok := p.(llms.ToolCallResponse); ok && msg.Role == llms.ChatMessageTypeTool {
				results = append(results, r.Content)
			}
		}
	}
	name, args, answer := demo.NextStep(results)
	choice := &llms.ContentChoice{Content: answer}
	if name != "" {
		raw, err := json.Marshal(args)
		if err != nil {
			return nil, err
		}
		choice.ToolCalls = []llms.ToolCall{{
			ID: fmt.Sprintf("call_%d", len(results)+1), Type: "function",
			FunctionCall: &llms.FunctionCall{Name: name, Arguments: string(raw)},
		}}
	}
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{choice}}, nil
}

func (m *scriptedModel) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, opts...)
}
