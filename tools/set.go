package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrUnknownTool is returned (wrapped) by Set.Call for a name that is not in
// the set.
var ErrUnknownTool = errors.New("unknown tool")

// Set is a selection of tools bound to a Client: the one entry point
// adapters call with a tool name and the model's JSON arguments.
type Set struct {
	client *Client
	specs  []Spec
	byName map[string]int
}

// NewSet selects tools with f and binds them to c.
func NewSet(c *Client, f Filter) (*Set, error) {
	if c == nil {
		return nil, errors.New("genesys: NewSet needs a Client")
	}
	specs, err := Select(f)
	if err != nil {
		return nil, err
	}
	s := &Set{client: c, specs: specs, byName: make(map[string]int, 2*len(specs))}
	for i, sp := range specs {
		s.byName[sp.Name] = i
		s.byName[sp.ShortName] = i
	}
	return s, nil
}

// Specs returns the tools in the set, in catalogue order.
func (s *Set) Specs() []Spec { return append([]Spec(nil), s.specs...) }

// Lookup finds a tool of the set by catalogue or short name.
func (s *Set) Lookup(name string) (Spec, bool) {
	i, ok := s.byName[name]
	if !ok {
		return Spec{}, false
	}
	return s.specs[i], true
}

// Call runs one tool: it looks the tool up by catalogue or short name,
// checks and decodes the arguments (an *InputError if they are wrong, and
// nothing is sent), then sends the request.
func (s *Set) Call(ctx context.Context, name string, args json.RawMessage) (*Result, error) {
	spec, ok := s.Lookup(name)
	if !ok {
		return nil, fmt.Errorf("genesys: %w %q", ErrUnknownTool, name)
	}
	in, err := spec.Decode(args)
	if err != nil {
		return nil, err
	}
	return in.Invoke(ctx, s.client)
}
