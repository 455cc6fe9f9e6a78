package schema

import "fmt"

// InputError reports tool arguments that were rejected before any request
// was sent. Field is the JSON path of the offending value, such as
// "conversationId", "wrapup.code" or "participants[1].address"; it is empty
// when the arguments as a whole are wrong (for example not a JSON object).
type InputError struct {
	Tool   string // catalogue name of the tool, when known
	Field  string // JSON path of the offending argument
	Reason string // what is wrong and, where possible, how to fix it
}

func (e *InputError) Error() string {
	prefix := "invalid arguments"
	if e.Tool != "" {
		prefix = "invalid arguments for " + e.Tool
	}
	if e.Field == "" {
		return fmt.Sprintf("%s: %s", prefix, e.Reason)
	}
	return fmt.Sprintf("%s: %s: %s", prefix, e.Field, e.Reason)
}
