package lctools

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/genesyskit/genesyskit/tools"
	langchain "github.com/tmc/langchaingo/tools"
)

// Options configures how the tools are presented to the model. The zero
// value exposes short names and renders errors as one line of text.
type Options struct {
	// CatalogueNames exposes the catalogue names
	// ("genesys_conversations_get_call") instead of the short names
	// ("genesys_get_call"). Some catalogue names are longer than the 64
	// characters OpenAI, Gemini and Anthropic accept for function names.
	CatalogueNames bool

	// JSONErrors renders a failed call as the JSON object of
	// tools.ToolError ({"error":"invalid_arguments","field":…}) instead of
	// one line of text.
	JSONErrors bool

	// RawAnswers returns Genesys answers as they come, instead of shaped
	// by tools.Spec.Shape: without nulls, empty values and selfUri links,
	// and with long pages cut to Shape.MaxItems items and a marker giving
	// the arguments that fetch the rest.
	RawAnswers bool

	// Shape configures the shaping of answers. The zero value keeps up to
	// tools.DefaultMaxItems items of a page.
	Shape tools.ShapeOptions
}

// name is the name a spec is exposed under.
func (o Options) name(spec tools.Spec) string {
	if o.CatalogueNames {
		return spec.Name
	}
	return spec.ShortName
}

// Tool is one catalogue tool as a langchaingo tool: it implements the
// tools.Tool interface of github.com/tmc/langchaingo/tools.
type Tool struct {
	set  *tools.Set
	spec tools.Spec
	opts Options
	desc string
}

var _ langchain.Tool = (*Tool)(nil)

// Tools returns every tool of set as a langchaingo tool, in catalogue
// order, ready for agents.NewOneShotAgent and the other langchaingo agents.
// Select the tools with the set's filter.
func Tools(set *tools.Set, opts Options) []langchain.Tool {
	specs := set.Specs()
	out := make([]langchain.Tool, len(specs))
	for i, spec := range specs {
		out[i] = &Tool{set: set, spec: spec, opts: opts, desc: agentDescription(spec, opts)}
	}
	return out
}

// Name returns the short name of the tool, or its catalogue name if
// Options.CatalogueNames is set.
func (t *Tool) Name() string { return t.opts.name(t.spec) }

// Description returns the catalogue description followed by a summary of
// the input: a JSON object and its fields, since text agents never see the
// schema. Other tools are named as this adapter exposes them.
func (t *Tool) Description() string { return t.desc }

// Spec returns the catalogue entry of the tool.
func (t *Tool) Spec() tools.Spec { return t.spec }

// Call runs the tool with input, the JSON object the agent wrote after
// "Action Input:". Surrounding space, a trailing "Observation:" and
// Markdown code fences are removed, and an empty input means {}. The
// arguments are then checked and sent by tools.Set.Call.
//
// The result is the answer's JSON, shaped unless Options.RawAnswers is
// set (see the package documentation). A failure the model can act on
// (invalid arguments, an error from Genesys Cloud, a refusal) is returned
// as the output with a nil error, because a Go error aborts the agent's
// run; only context errors and unexpected failures are returned as errors.
func (t *Tool) Call(ctx context.Context, input string) (string, error) {
	return call(ctx, t.set, t.opts, t.Name(), t.spec.Name, json.RawMessage(cleanInput(input)))
}

// call runs one tool through the set and renders the outcome for a model.
// shown is the name the model knows the tool by; name is the one passed
// to the set.
func call(ctx context.Context, set *tools.Set, opts Options, shown, name string, args json.RawMessage) (string, error) {
	res, err := set.Call(ctx, name, args)
	if err == nil {
		if spec, ok := set.Lookup(name); ok && !opts.RawAnswers {
			res = spec.Shape(res, args, opts.Shape)
		}
		return string(res.Body), nil
	}
	te := tools.AsToolError(shown, err)
	if te == nil {
		return "", fmt.Errorf("genesys tool %s: %w", shown, err)
	}
	if opts.JSONErrors {
		return string(te.JSON()), nil
	}
	return te.Error(), nil
}

// cleanInput removes what text agents put around the JSON object: space,
// the "Observation:" that follows the action when the stop word did not
// cut it, and Markdown code fences.
func cleanInput(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSpace(strings.TrimSuffix(s, "Observation:"))
		if t == s {
			break
		}
		s = t
	}
	if rest, ok := strings.CutPrefix(s, "```"); ok {
		// Drop the info string ("json") up to the end of the fence line.
		if i := strings.IndexAny(rest, "\n{["); i >= 0 {
			rest = rest[i:]
		} else {
			rest = ""
		}
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "```"))
	}
	if s == "" {
		return "{}"
	}
	return s
}
