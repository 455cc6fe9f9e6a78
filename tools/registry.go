package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/genesyskit/genesyskit/schema"
)

// Tool is the input of one Platform API operation. Each implementation is a
// struct whose fields are the operation's path, query and body parameters;
// Invoke sends exactly the official request built from them.
type Tool interface {
	Invoke(ctx context.Context, c *Client) (*Result, error)
}

// Access classifies what a tool may do. It has no valid zero value, so a
// tool that forgets to set it fails the registry test.
type Access int

const (
	// Read tools only look: GETs, and analytics queries and searches sent as POST.
	Read Access = iota + 1
	// Write tools change state in a way that can be corrected or undone.
	Write
	// Destructive tools end, remove, replace or take over something —
	// disconnects, deletes, transfers, barge-in — and deserve a person's approval.
	Destructive
)

func (a Access) String() string {
	switch a {
	case Read:
		return "read"
	case Write:
		return "write"
	case Destructive:
		return "destructive"
	}
	return fmt.Sprintf("Access(%d)", int(a))
}

// Toolset groups tools by API area, for selecting a subset.
type Toolset string

// The toolsets, in catalogue order.
const (
	ToolsetConversations    Toolset = "conversations"     // any media: list, read, disconnect, assign, tags
	ToolsetCalls            Toolset = "calls"             // voice calls: read, place, update, conference, barge, coach
	ToolsetCallbacks        Toolset = "callbacks"         // callbacks: read, create, reschedule
	ToolsetParticipants     Toolset = "participants"      // hold, mute, attributes, digits, flags, secure IVR
	ToolsetTransfers        Toolset = "transfers"         // consult and blind transfers
	ToolsetWrapup           Toolset = "wrapup"            // wrap-up codes and after-call work
	ToolsetAttributes       Toolset = "attributes"        // custom and secure attributes, attribute searches
	ToolsetAnalytics        Toolset = "analytics"         // conversation details, aggregates, activity
	ToolsetChecklists       Toolset = "checklists"        // agent checklists and their inference jobs
	ToolsetInternalMessages Toolset = "internal_messages" // agent-to-agent messages inside a conversation
	ToolsetAssist           Toolset = "assist"            // Copilot suggestions and conversation summaries
)

// DefaultToolsets is the selection for an agent that works live
// conversations of any media: read them, act on participants (hold, mute,
// attributes), transfer, and wrap up. It is about a third of the
// catalogue and a quarter of its listing; add calls, callbacks,
// analytics and the rest when the agent needs them.
func DefaultToolsets() []Toolset {
	return []Toolset{ToolsetConversations, ToolsetParticipants, ToolsetTransfers, ToolsetWrapup}
}

// Toolsets lists every toolset.
func Toolsets() []Toolset {
	return []Toolset{
		ToolsetConversations, ToolsetCalls, ToolsetCallbacks, ToolsetParticipants, ToolsetTransfers,
		ToolsetWrapup, ToolsetAttributes, ToolsetAnalytics, ToolsetChecklists, ToolsetInternalMessages,
		ToolsetAssist,
	}
}

// Spec is the static description of one catalogue tool. Two catalogue names
// that share an operation have two Specs with the same New.
type Spec struct {
	Name        string      // catalogue name, e.g. "genesys_conversations_get_call"
	ShortName   string      // at most 64 characters of [a-zA-Z0-9_], for providers that cap names
	Title       string      // short human-readable title
	Description string      // model-facing: what it does, when to use it, where its ids come from
	Toolset     Toolset     // API area
	Access      Access      // read, write or destructive
	Idempotent  bool        // repeating the call has no further effect
	Method      string      // HTTP method of the official operation
	Path        string      // path pattern of the official operation
	New         func() Tool // returns a new, empty input struct

	// UntrustedOutput marks tools whose answers carry text written by
	// customers or other people (messages, email subjects, transcripts,
	// summaries, attribute values). Set.Call wraps such answers so the
	// model treats them as data, not instructions.
	UntrustedOutput bool
}

// Schema returns the tool's input JSON Schema, computed once and cached.
func (s Spec) Schema() json.RawMessage {
	return schema.MustFor(s.New())
}

// Decode checks raw JSON arguments against the tool's schema and returns
// the decoded input, or an *InputError naming the field and the reason.
func (s Spec) Decode(args json.RawMessage) (Tool, error) {
	t := s.New()
	if err := schema.Decode(args, t); err != nil {
		if ie, ok := err.(*InputError); ok {
			ie.Tool = s.Name
		}
		return nil, err
	}
	return t, nil
}

// All returns every catalogue tool, grouped by toolset. The slice is new on
// each call; callers may reorder or filter it.
func All() []Spec {
	var all []Spec
	for _, group := range [][]Spec{
		conversationTools(),
		callTools(),
		callbackTools(),
		participantTools(),
		transferTools(),
		wrapupTools(),
		attributeTools(),
		analyticsTools(),
		checklistTools(),
		internalMessageTools(),
		assistTools(),
	} {
		for _, s := range group {
			all = append(all, s)
			if a, ok := aliases[s.Name]; ok {
				s.Name, s.ShortName = a.name, a.shortName
				all = append(all, s)
			}
		}
	}
	return all
}

// alias is a second catalogue name for a tool.
type alias struct{ name, shortName string }

// aliases holds the catalogue's second names: seven operations are listed
// twice, and both names run the same tool with the same description. All
// lists each alias right after its tool.
var aliases = map[string]alias{
	"genesys_conversations_get_call":          {"genesys_conversations_get_conversations_call", "genesys_get_conversations_call"},
	"genesys_conversations_get_calls":         {"genesys_conversations_get_conversations_calls", "genesys_get_conversations_calls"},
	"genesys_conversations_get_calls_history": {"genesys_conversations_get_conversations_calls_history", "genesys_get_conversations_calls_history"},
	"genesys_conversations_get_callback":      {"genesys_conversations_get_conversations_callback", "genesys_get_conversations_callback"},
	"genesys_conversations_get_callbacks":     {"genesys_conversations_get_conversations_callbacks", "genesys_get_conversations_callbacks"},
	"genesys_conversations_post_call_participant_communication_wrapup": {
		"genesys_conversations_post_conversations_call_participant_communication_wrapup",
		"genesys_post_conversations_call_participant_communication_wrapup",
	},
	"genesys_conversations_post_conversations_participants_attributes_search": {
		"genesys_conversations_post_participants_attributes_search",
		"genesys_post_participants_attributes_search",
	},
}

var index = sync.OnceValue(func() map[string]Spec {
	m := map[string]Spec{}
	for _, s := range All() {
		m[s.Name] = s
		m[s.ShortName] = s
	}
	return m
})

// operation is a method and a path pattern, such as GET and
// /api/v2/conversations/{conversationId}.
type operation struct{ method, pattern string }

// repeatable tells, for each operation of the catalogue, whether it may be
// sent again: its tools are idempotent or read-only.
var repeatable = sync.OnceValue(func() map[operation]bool {
	m := map[operation]bool{}
	for _, s := range All() {
		m[operation{s.Method, s.Path}] = s.Idempotent || s.Access == Read
	}
	return m
})

// Lookup finds a tool by catalogue name or short name.
func Lookup(name string) (Spec, bool) {
	s, ok := index()[name]
	return s, ok
}

// Filter selects a subset of the catalogue. The zero Filter selects every
// tool.
type Filter struct {
	// Toolsets keeps only tools of these toolsets. Empty means all.
	Toolsets []Toolset
	// Names keeps only these tools, by catalogue or short name. Empty means all.
	Names []string
	// MaxAccess is the ceiling: Read keeps only read tools, Write keeps read
	// and write tools. Zero means no ceiling.
	MaxAccess Access
}

// Select returns the tools the filter keeps, in catalogue order. Unknown
// toolset or tool names are an error, so a typo does not silently drop a
// tool.
func Select(f Filter) ([]Spec, error) {
	for _, ts := range f.Toolsets {
		if !slices.Contains(Toolsets(), ts) {
			return nil, fmt.Errorf("genesys: unknown toolset %q; known toolsets are %s", ts, joinToolsets(Toolsets()))
		}
	}
	names := map[string]bool{}
	for _, n := range f.Names {
		s, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("genesys: unknown tool %q", n)
		}
		names[s.Name] = true
	}
	var out []Spec
	for _, s := range All() {
		if len(f.Toolsets) > 0 && !slices.Contains(f.Toolsets, s.Toolset) {
			continue
		}
		if len(names) > 0 && !names[s.Name] {
			continue
		}
		if f.MaxAccess != 0 && s.Access > f.MaxAccess {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

func joinToolsets(ts []Toolset) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}
