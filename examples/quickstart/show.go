package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/genesyskit/genesyskit/genesystest"
)

// decode reads a tool result into v. Answers that carry customer-written
// text come wrapped as {"notice":…,"untrusted":true,"data":…}; decode
// reads data.
func decode(content string, v any) error {
	var wrapped struct {
		Untrusted bool            `json:"untrusted"`
		Data      json.RawMessage `json:"data"`
	}
	if json.Unmarshal([]byte(content), &wrapped) == nil && wrapped.Untrusted {
		content = string(wrapped.Data)
	}
	return json.Unmarshal([]byte(content), v)
}

// failure reports whether a tool result is an error for the model: the
// adapter renders those as the JSON of a tools.ToolError.
func failure(content string) (string, bool) {
	content = strings.TrimSpace(content)
	if !strings.HasPrefix(content, "{") && !strings.HasPrefix(content, "[") {
		return content, true
	}
	var te struct {
		Kind    string `json:"error"`
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Field   string `json:"field"`
		Message string `json:"message"`
	}
	if json.Unmarshal([]byte(content), &te) != nil || te.Kind == "" {
		return "", false
	}
	msg := te.Kind
	if te.Status != 0 {
		msg += fmt.Sprintf(" %d %s", te.Status, te.Code)
	}
	if te.Field != "" {
		msg += " in " + te.Field
	}
	return msg + ": " + te.Message, true
}

// view is the part of an answer brief shows.
type view struct {
	OK           *bool             `json:"ok"`
	Status       int               `json:"status"`
	ID           string            `json:"id"`
	Participants []participantView `json:"participants"`
	Entities     []view            `json:"entities"`
}

type participantView struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Purpose string `json:"purpose"`
	State   string `json:"state"`
	Calls   []struct {
		ID    string `json:"id"`
		State string `json:"state"`
	} `json:"calls"`
}

// brief sums up a tool result in one line.
func brief(content string) string {
	if msg, failed := failure(content); failed {
		return "error: " + clip(msg)
	}
	var v view
	if err := decode(content, &v); err != nil {
		return clip(content)
	}
	switch {
	case v.OK != nil && *v.OK:
		return fmt.Sprintf("ok (HTTP %d)", v.Status)
	case v.Entities != nil:
		parts := []string{fmt.Sprintf("%d active", len(v.Entities))}
		for _, e := range v.Entities {
			parts = append(parts, e.conversation())
		}
		return strings.Join(parts, "; ")
	case v.ID != "" && v.Participants != nil:
		return v.conversation()
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(content)); err != nil {
		return clip(content)
	}
	return clip(compact.String())
}

// conversation describes a conversation by its participants.
func (v view) conversation() string {
	var ps []string
	for _, p := range v.Participants {
		detail := p.Purpose
		if p.Calls != nil {
			detail += " " + abbreviate(p.ID)
		}
		if p.State != "" {
			detail += ", " + p.State
		}
		for _, c := range p.Calls {
			detail += ", call " + abbreviate(c.ID) + " " + c.State
		}
		ps = append(ps, p.Name+" ("+detail+")")
	}
	return "conversation " + abbreviate(v.ID) + ": " + strings.Join(ps, ", ")
}

// uuid matches the ids Genesys Cloud uses.
var uuid = regexp.MustCompile(`\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`)

// abbreviate shortens the ids in s to their first eight characters, for
// reading.
func abbreviate(s string) string { return uuid.ReplaceAllString(s, "$1…") }

func clip(s string) string {
	s = abbreviate(strings.Join(strings.Fields(s), " "))
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// commState is what the example may change on a communication.
type commState struct {
	held               bool
	draftNote, wrapped string
}

// snapshot records the state of every communication of the simulator.
func snapshot(sim *genesystest.Server) map[string]commState {
	out := map[string]commState{}
	for _, c := range sim.Conversations() {
		for _, p := range c.Participants {
			for _, m := range p.Communications {
				out[m.ID] = stateOf(m)
			}
		}
	}
	return out
}

// reportSimulator prints what changed in the simulator since before.
func reportSimulator(w io.Writer, sim *genesystest.Server, before map[string]commState) {
	fmt.Fprintln(w, "\nWhat changed in the simulator")
	changed := false
	for _, c := range sim.Conversations() {
		for _, p := range c.Participants {
			for _, m := range p.Communications {
				was, now := before[m.ID], stateOf(m)
				who := fmt.Sprintf("  %s (%s) on %s %s:", p.Name, p.Purpose, c.MediaType, abbreviate(c.ID))
				if now.held != was.held {
					changed = true
					if now.held && m.StartHoldTime != nil {
						fmt.Fprintln(w, who, "on hold since", m.StartHoldTime.Format("15:04:05 MST"))
					} else if now.held {
						fmt.Fprintln(w, who, "on hold")
					} else {
						fmt.Fprintln(w, who, "off hold")
					}
				}
				if now.draftNote != was.draftNote {
					changed = true
					fmt.Fprintf(w, "%s draft wrap-up note %q\n", who, now.draftNote)
				}
				if now.wrapped != was.wrapped && m.Wrapup != nil {
					changed = true
					fmt.Fprintf(w, "%s wrapped up with code %s, notes %q\n", who, abbreviate(m.Wrapup.Code), m.Wrapup.Notes)
				}
			}
		}
	}
	if !changed {
		fmt.Fprintln(w, "  nothing")
	}
}

func stateOf(m *genesystest.Communication) commState {
	s := commState{held: m.Held}
	if m.ProvisionalWrapup != nil {
		s.draftNote = m.ProvisionalWrapup.Notes
	}
	if m.Wrapup != nil {
		s.wrapped = m.Wrapup.Code + " " + m.Wrapup.Notes
	}
	return s
}
