// Package lctools exposes the genesyskit catalogue to langchaingo
// (github.com/tmc/langchaingo) agents and function-calling models.
//
// The package is named lctools so that it can be imported next to
// langchaingo's own tools, llms and agents packages and genesyskit's tools
// package without an alias clash:
//
//	import (
//		"github.com/tmc/langchaingo/agents"
//		"github.com/tmc/langchaingo/llms"
//
//		lctools "github.com/genesyskit/genesyskit/adapters/langchaingo"
//		"github.com/genesyskit/genesyskit/tools"
//	)
//
// Every path goes through [tools.Set.Call], the one entry point of the
// core: this package decodes and validates nothing itself. It only turns
// text into raw JSON arguments on the way in, and results and errors into
// text the model reads on the way out.
//
// # Text agents
//
// [Tools] returns values implementing langchaingo's tools.Tool interface,
// for agents.NewOneShotAgent, agents.NewConversationalAgent and any other
// agent that passes tools a single input string:
//
//	set, _ := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls}}})
//	agent := agents.NewOneShotAgent(llm, lctools.Tools(set, lctools.Options{}))
//	out, err := agents.NewExecutor(agent).Call(ctx, map[string]any{"input": "Put my caller on hold"})
//
// Text agents never see a JSON Schema, so each tool's description ends with
// a summary of its input: a JSON object and its fields, with their types,
// allowed values and which are required. The input the agent passes is
// trimmed; a trailing "Observation:" and Markdown code fences are removed;
// an empty input means {}. A text agent's prompt lists every tool with its
// description, so give it the few tools its task needs (the whole catalogue
// describes itself in about 130,000 characters).
//
// # Function-calling models
//
// [Definitions] returns llms.Tool values carrying each tool's real
// parameter schema (as a map[string]any, the form every langchaingo
// provider accepts), for llms.WithTools. A [Dispatcher] runs the
// llms.ToolCall values of a model's answer through the set and returns the
// messages to append to the conversation:
//
//	d := lctools.NewDispatcher(set, lctools.Options{})
//	resp, _ := model.GenerateContent(ctx, msgs, llms.WithTools(lctools.Definitions(set, lctools.Options{})))
//	replies, err := d.Respond(ctx, resp.Choices[0]) // the assistant turn and one tool message per call
//	msgs = append(msgs, replies...)
//
// agents.NewOpenAIFunctionsAgent describes every tool to the model with a
// single string argument; [WithToolSchemas] wraps its model so that the
// model is offered the real schemas instead.
//
// # Answers
//
// A successful call's output is the Genesys answer as JSON, shaped for the
// model's context by [tools.Spec.Shape]: nulls, empty values and selfUri
// links are dropped, and the page of a tool that can page is cut to 25
// items, followed by a "truncated" marker with the arguments that fetch
// the rest. [Options.Shape] sets the number of items;
// [Options.RawAnswers] returns answers exactly as Genesys Cloud sent them.
//
// # Errors
//
// A Go error returned by a tool aborts a langchaingo agent run, so failures
// a model can act on — invalid arguments (naming the field; nothing is
// sent), Genesys Cloud errors such as 404, rate limits, refused approvals,
// unknown tools — are returned as the tool's output, rendered by
// [tools.AsToolError] as one line of text (or as JSON, see
// [Options.JSONErrors]), with a nil error. Only a cancelled or expired
// context and unexpected failures that [tools.AsToolError] does not
// describe are returned as Go errors.
//
// # Names and approval
//
// Tools are exposed under their short names (at most 64 characters, the
// limit of OpenAI, Gemini and Anthropic function names) unless
// [Options.CatalogueNames] asks for the catalogue names. Descriptions and
// schemas that point to other tools name them the same way.
//
// Destructive tools are approved by tools.SetOptions.Approve, or per run by
// an approver placed on the context passed to the executor with
// [tools.WithApprover]; a refusal reaches the model as an observation.
package lctools
