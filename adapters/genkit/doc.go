// Package genkittools exposes the genesyskit tools to Firebase Genkit for Go
// (github.com/firebase/genkit/go, v1.4).
//
// The package is named genkittools so it can be imported next to Genkit's
// own genkit package:
//
//	import (
//		"github.com/firebase/genkit/go/ai"
//		"github.com/firebase/genkit/go/genkit"
//		genkittools "github.com/genesyskit/genesyskit/adapters/genkit"
//	)
//
// # Tools per call or registered
//
// [Tools] builds unregistered tools to pass to one Generate call with
// ai.WithTools; Genkit registers them in a child registry for that call
// only. [Define] registers them on a *genkit.Genkit the application
// created with genkit.Init (this package never calls genkit.Init: it
// captures SIGINT and SIGTERM for the whole process).
//
//	set, _ := tools.NewSet(client, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetConversations}}})
//	resp, err := genkit.Generate(ctx, g, ai.WithModel(model), ai.WithPrompt("…"),
//		ai.WithTools(genkittools.Tools(set, genkittools.Options{Approval: true})...))
//
// Tools are named by their short names (at most 64 characters, which model
// providers require) unless Options.CatalogueNames is set. Descriptions and
// schemas that point to other tools name them the same way.
//
// Registering is cheap (about 0.1 ms for the whole catalogue once the
// schemas are cached): a tool describes itself from cached values, and the
// Genkit tool value that runs it, whose construction reflects Genkit's own
// output type, is built on the tool's first run.
//
// # Arguments and errors
//
// The adapter is thin: every call goes to [tools.Set.Call] with the model's
// arguments as JSON, which checks them, applies the set's policy (approval,
// dry run, audit) and sends the request. The model is shown each tool's real
// input schema, but Genkit does not validate arguments against it before
// the call — Genkit would abort the whole Generate on a schema mismatch.
// Instead the core's check answers, and failures the model can act on
// (wrong arguments, a 404, a rate limit, a refused approval) come back as
// the tool's output, the JSON of a [tools.ToolError], so Generate continues
// and the model can correct itself. Only a cancelled context or an
// unexpected failure is returned as an error, which ends Generate.
//
// # Answers
//
// A tool's output is the Genesys answer as JSON, shaped for the model's
// context by [tools.Spec.Shape]: nulls, empty values and selfUri links are
// dropped, and the page of a tool that can page is cut to 25 items,
// followed by a "truncated" marker with the arguments that fetch the rest.
// Options.Shape sets the number of items; Options.RawAnswers returns
// answers exactly as Genesys Cloud sent them.
//
// # Approval of destructive tools
//
// With Options.Approval, a destructive tool (disconnect, transfer, barge-in,
// …) does not run when the model asks for it: it interrupts Generate, which
// returns with FinishReason "interrupted". [PendingApprovals] lists what
// waits for a decision, with a one-line summary for a person; [Resume]
// (or [Approve] and [Reject] with ai.WithToolRestarts) continues the
// conversation. An approved call is sent; a rejected one is not, and the
// model reads that it was refused.
//
//	for resp.FinishReason == "interrupted" {
//		opts, err := genkittools.Resume(resp, func(p genkittools.Pending) (bool, string) {
//			return askPerson(p.Summary)
//		})
//		if err != nil { … }
//		resp, err = genkit.Generate(ctx, g, append(opts, ai.WithModel(model), ai.WithTools(refs...))...)
//	}
package genkittools
