package tools

import "regexp"

// toolNames matches tool names in a text: a maximal run of name
// characters, so no name is mistaken for the start of a longer one.
var toolNames = regexp.MustCompile(`genesys_[a-z0-9_]+`)

// ShortenNames returns text with every catalogue tool name in it replaced
// by that tool's short name. Descriptions and schemas point to other
// tools by catalogue name ("ids from genesys_conversations_get_calls");
// an adapter that lists tools by short name passes them through
// ShortenNames so the model sees only names it can call. Words that are
// not catalogue names are left as they are.
func ShortenNames(text string) string {
	return toolNames.ReplaceAllStringFunc(text, func(name string) string {
		if s, ok := Lookup(name); ok && s.Name == name {
			return s.ShortName
		}
		return name
	})
}
