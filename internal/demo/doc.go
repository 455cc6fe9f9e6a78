// Package demo is the code the example programs under examples/ share:
// the short printing of tool calls and results, the summary of what
// changed in the simulator, the scripted steps of the contact-centre
// scenario, the choice between the simulator and a real organisation, and
// the reading of the model variables from the environment.
//
// It serves the examples only; it is not part of genesyskit's API, and
// the core packages (tools, schema, auth) do not import it. It imports no
// agent framework (Genkit, langchaingo, MCP), so each example compiles
// only its own: the framework wiring stays in the example.
package demo
