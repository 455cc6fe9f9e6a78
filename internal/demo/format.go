package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// Decode reads a tool result into v. Answers that carry customer-written
// text come wrapped as {"notice":…,"untrusted":true,"data":…}; Decode
// reads data.
func Decode(content string, v any) error {
	var wrapped struct {
		Untrusted bool            `json:"untrusted"`
		Data      json.RawMessage `json:"data"`
	}
	if json.Unmarshal([]byte(content), &wrapped) == nil && wrapped.Untrusted {
		content = string(wrapped.Data)
	}
	return json.Unmarshal([]byte(content), v)
}

// Failure reports whether a tool result is an error for the model, and
// the error in one line. The adapters render those as one line of text
// (or as the JSON of a tools.ToolError), never as a JSON answer from
// Genesys Cloud.
func Failure(content string) (string, bool) {
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

// view is the part of an answer Brief shows.
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

// Brief sums up a tool result in one line: an error, "ok (HTTP …)", a
// list of conversations or one conversation by its participants, or else
// the compacted JSON, with ids shortened and cut at 160 characters.
func Brief(content string) string {
	if msg, failed := Failure(content); failed {
		return "error: " + clip(msg)
	}
	var v view
	if err := Decode(content, &v); err != nil {
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
			detail += " " + Abbreviate(p.ID)
		}
		if p.State != "" {
			detail += ", " + p.State
		}
		for _, c := range p.Calls {
			detail += ", call " + Abbreviate(c.ID) + " " + c.State
		}
		ps = append(ps, p.Name+" ("+detail+")")
	}
	return "conversation " + Abbreviate(v.ID) + ": " + strings.Join(ps, ", ")
}

// uuid matches the ids Genesys Cloud uses.
var uuid = regexp.MustCompile(`\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`)

// Abbreviate shortens the ids in s to their first eight characters, for
// reading.
func Abbreviate(s string) string { return uuid.ReplaceAllString(s, "$1…") }

// clip folds white space, shortens ids and cuts s at 160 characters.
func clip(s string) string {
	s = Abbreviate(strings.Join(strings.Fields(s), " "))
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// JSONText is a value, such as a tool's input or output, as JSON text; a
// value that does not marshal is printed with fmt.Sprint.
func JSONText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
