package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds the nesting of arguments, as encoding/json does.
const maxDepth = 10000

// errSyntax marks malformed JSON found by the scanner; Decode turns it
// into encoding/json's own description of the problem.
var errSyntax = errors.New("syntax error")

// scanner validates JSON arguments against a schema in one pass over the
// bytes, without building a tree of values. It keeps the JSON path of the
// value being checked in path, so error messages can name the field while
// the common (valid) case allocates nothing.
type scanner struct {
	data  []byte
	pos   int
	path  []byte
	depth int
	buf   []byte // scratch space for unescaping strings

	// escaped reports that the last string read had escapes, so the bytes
	// str returned live in buf.
	escaped bool
}

// validate checks that data holds exactly one JSON value that conforms to
// root. It returns an *InputError, or errSyntax for malformed JSON.
func validate(root *node, data []byte) error {
	s := scanner{data: data}
	s.space()
	if s.pos == len(s.data) {
		return errSyntax
	}
	if c := s.data[s.pos]; c != '{' {
		if !json.Valid(data) {
			return errSyntax
		}
		kind, err := s.kindAhead()
		if err != nil {
			return err
		}
		return &InputError{Reason: "arguments must be a JSON object, not " + kind}
	}
	err := s.value(root)
	if errors.Is(err, errSyntax) {
		return err
	}
	s.space()
	if s.pos != len(s.data) {
		// Malformed JSON wins over a schema error, as it did when the
		// whole input was decoded first.
		if skipErr := (&scanner{data: s.data[s.pos:]}).skipValue(); skipErr != nil {
			return skipErr
		}
		return &InputError{Reason: "arguments must be a single JSON object; found extra data after it"}
	}
	return err
}

// kindAhead describes the value at the current position for an error
// message, consuming it.
func (s *scanner) kindAhead() (string, error) {
	start := s.pos
	if err := s.skipValue(); err != nil {
		return "", err
	}
	switch c := s.data[start]; {
	case c == 'n':
		return "null", nil
	case c == 't' || c == 'f':
		return "a boolean", nil
	case c == '"':
		return "a string", nil
	case c == '[':
		return "an array", nil
	case c == '{':
		return "an object", nil
	default:
		return "a number (" + string(s.data[start:s.pos]) + ")", nil
	}
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) field() string { return string(s.path) }

func (s *scanner) fail(reason string) error {
	return &InputError{Field: s.field(), Reason: reason}
}

// value checks and consumes one value against n. Schema violations do
// not stop the scan of the enclosing object, so the value is always
// consumed, valid or not; a syntax error stops everything.
func (s *scanner) value(n *node) error {
	s.space()
	if s.pos == len(s.data) {
		return errSyntax
	}
	c := s.data[s.pos]
	if c == 'n' {
		if err := s.literal("null"); err != nil {
			return err
		}
		return s.fail("must not be null")
	}
	switch n.Type {
	case "object":
		if c != '{' {
			return s.wrongType("an object")
		}
		return s.object(n)
	case "array":
		if c != '[' {
			return s.wrongType("an array")
		}
		return s.array(n)
	case "string":
		if c != '"' {
			return s.wrongType("a string")
		}
		str, err := s.str()
		if err != nil {
			return err
		}
		return n.checkString(s, str)
	case "integer", "number":
		if c != '-' && (c < '0' || c > '9') {
			if n.Type == "integer" {
				return s.wrongType("an integer")
			}
			return s.wrongType("a number")
		}
		start := s.pos
		if err := s.number(); err != nil {
			return err
		}
		return n.checkNumber(s, string(s.data[start:s.pos]))
	case "boolean":
		if c != 't' && c != 'f' {
			return s.wrongType("true or false")
		}
		return s.skipValue()
	}
	return s.skipValue() // no type: any value but null
}

// wrongType consumes the value at the current position and reports that
// it is not of the wanted kind.
func (s *scanner) wrongType(want string) error {
	kind, err := s.kindAhead()
	if err != nil {
		return err
	}
	return s.fail(fmt.Sprintf("must be %s, not %s", want, kind))
}

// object checks an object against n. Like the tree-based checks it
// replaced, a missing required field is reported before any problem
// inside the object, and among problems in several members the one whose
// name sorts first wins, so the message does not depend on key order.
func (s *scanner) object(n *node) error {
	if s.depth++; s.depth > maxDepth {
		return errSyntax
	}
	defer func() { s.depth-- }()
	s.pos++ // '{'
	var (
		seen     uint64 // bit i: n.Required[i] is present
		seenMore map[string]bool
		first    error
		firstKey string
		mark     = len(s.path)
	)
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
	} else {
		for {
			s.space()
			if s.pos == len(s.data) || s.data[s.pos] != '"' {
				return errSyntax
			}
			key, err := s.str()
			if err != nil {
				return err
			}
			if s.escaped {
				key = append([]byte(nil), key...) // s.buf is reused by the value
			}
			s.space()
			if s.pos == len(s.data) || s.data[s.pos] != ':' {
				return errSyntax
			}
			s.pos++
			s.space()
			required := -1
			for i, r := range n.Required {
				if r == string(key) {
					required = i
					break
				}
			}
			if required >= 0 {
				if required < 64 {
					seen |= 1 << required
				} else {
					if seenMore == nil {
						seenMore = map[string]bool{}
					}
					seenMore[string(key)] = true
				}
			}
			if mark > 0 {
				s.path = append(s.path, '.')
			}
			s.path = append(s.path, key...)
			var verr error
			p := n.Properties[string(key)]
			switch {
			case s.pos < len(s.data) && s.data[s.pos] == 'n' && required < 0 && n.Properties != nil:
				// An optional field given as null means "not set".
				verr = s.literal("null")
			case p != nil:
				verr = s.value(p)
			default:
				values, err := n.valueSchema()
				if err != nil {
					return err
				}
				if values == nil {
					if verr = s.skipValue(); verr == nil {
						verr = s.fail("is not a known field" + n.known())
					}
				} else {
					verr = s.value(values)
				}
			}
			s.path = s.path[:mark]
			if errors.Is(verr, errSyntax) {
				return verr
			}
			if verr != nil && (first == nil || string(key) < firstKey) {
				first, firstKey = verr, string(key)
			}
			s.space()
			if s.pos == len(s.data) {
				return errSyntax
			}
			if s.data[s.pos] == '}' {
				s.pos++
				break
			}
			if s.data[s.pos] != ',' {
				return errSyntax
			}
			s.pos++
		}
	}
	for i, r := range n.Required {
		if (i < 64 && seen&(1<<i) == 0) || (i >= 64 && !seenMore[r]) {
			return &InputError{Field: join(s.field(), r), Reason: "is required" + n.hint(r)}
		}
	}
	return first
}

func (s *scanner) array(n *node) error {
	if s.depth++; s.depth > maxDepth {
		return errSyntax
	}
	defer func() { s.depth-- }()
	s.pos++ // '['
	var first error
	count := 0
	mark := len(s.path)
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
	} else {
		for {
			s.path = append(s.path, '[')
			s.path = strconv.AppendInt(s.path, int64(count), 10)
			s.path = append(s.path, ']')
			var err error
			if n.Items != nil {
				err = s.value(n.Items)
			} else {
				err = s.skipValue()
			}
			s.path = s.path[:mark]
			if errors.Is(err, errSyntax) {
				return err
			}
			if err != nil && first == nil {
				first = err
			}
			count++
			s.space()
			if s.pos == len(s.data) {
				return errSyntax
			}
			if s.data[s.pos] == ']' {
				s.pos++
				break
			}
			if s.data[s.pos] != ',' {
				return errSyntax
			}
			s.pos++
		}
	}
	if n.MinItems != nil && count < *n.MinItems {
		return s.fail(fmt.Sprintf("must have at least %d items", *n.MinItems))
	}
	if n.MaxItems != nil && count > *n.MaxItems {
		return s.fail(fmt.Sprintf("must have at most %d items", *n.MaxItems))
	}
	return first
}

// skipValue consumes any one JSON value, checking only its syntax.
func (s *scanner) skipValue() error {
	s.space()
	if s.pos == len(s.data) {
		return errSyntax
	}
	switch c := s.data[s.pos]; {
	case c == '{' || c == '[':
		return s.skipContainer()
	case c == '"':
		_, err := s.str()
		return err
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		return s.number()
	}
	return errSyntax
}

// skipContainer consumes an object or array of any content.
func (s *scanner) skipContainer() error {
	if s.depth++; s.depth > maxDepth {
		return errSyntax
	}
	defer func() { s.depth-- }()
	closer := byte(']')
	if s.data[s.pos] == '{' {
		closer = '}'
	}
	s.pos++
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == closer {
		s.pos++
		return nil
	}
	for {
		if closer == '}' {
			s.space()
			if s.pos == len(s.data) || s.data[s.pos] != '"' {
				return errSyntax
			}
			if _, err := s.str(); err != nil {
				return err
			}
			s.space()
			if s.pos == len(s.data) || s.data[s.pos] != ':' {
				return errSyntax
			}
			s.pos++
		}
		if err := s.skipValue(); err != nil {
			return err
		}
		s.space()
		if s.pos == len(s.data) {
			return errSyntax
		}
		switch s.data[s.pos] {
		case closer:
			s.pos++
			return nil
		case ',':
			s.pos++
		default:
			return errSyntax
		}
	}
}

func (s *scanner) literal(word string) error {
	if len(s.data)-s.pos < len(word) || string(s.data[s.pos:s.pos+len(word)]) != word {
		return errSyntax
	}
	s.pos += len(word)
	return nil
}

// number consumes a number following JSON's grammar.
func (s *scanner) number() error {
	d := s.data
	i := s.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		return errSyntax
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i == len(d) || d[i] < '0' || d[i] > '9' {
			return errSyntax
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i == len(d) || d[i] < '0' || d[i] > '9' {
			return errSyntax
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	s.pos = i
	return nil
}

// str consumes a string and returns its unescaped bytes. Without escapes
// the result aliases the input; otherwise it lives in s.buf until the next
// call.
func (s *scanner) str() ([]byte, error) {
	d := s.data
	i := s.pos + 1 // opening quote
	start := i
	s.escaped = false
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			s.pos = i + 1
			return d[start:i], nil
		case c == '\\':
			s.escaped = true
			return s.unescape(start)
		case c < 0x20:
			return nil, errSyntax
		}
		i++
	}
	return nil, errSyntax
}

// unescape decodes a string with escapes that starts at start.
func (s *scanner) unescape(start int) ([]byte, error) {
	d := s.data
	out := s.buf[:0]
	i := start
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			s.pos = i + 1
			s.buf = out
			return out, nil
		case c < 0x20:
			return nil, errSyntax
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		i++
		if i == len(d) {
			return nil, errSyntax
		}
		switch d[i] {
		case '"', '\\', '/':
			out = append(out, d[i])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(d, i+1)
			if !ok {
				return nil, errSyntax
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(d, i+3); ok && i+2 < len(d) && d[i+1] == '\\' && d[i+2] == 'u' {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						i += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, errSyntax
		}
		i++
	}
	return nil, errSyntax
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range d[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// checkString applies enum, length and format rules to an unescaped string.
func (n *node) checkString(s *scanner, str []byte) error {
	if len(n.Enum) > 0 {
		for _, e := range n.Enum {
			if e == string(str) {
				return nil
			}
		}
		return s.fail(fmt.Sprintf("must be one of %s; got %q", enumList(n.Enum), str))
	}
	if n.MinLength != nil && utf8.RuneCount(str) < *n.MinLength {
		if *n.MinLength == 1 {
			return s.fail("must not be empty")
		}
		return s.fail(fmt.Sprintf("must be at least %d characters long", *n.MinLength))
	}
	if n.MaxLength != nil && utf8.RuneCount(str) > *n.MaxLength {
		return s.fail(fmt.Sprintf("must be at most %d characters long", *n.MaxLength))
	}
	if n.Format == "date-time" && !isDateTime(str) {
		return s.fail(fmt.Sprintf("must be an ISO-8601 date-time such as 2026-01-31T14:00:00Z; got %q", str))
	}
	return nil
}

// isDateTime reports whether b is an RFC 3339 date-time, as time.Parse
// with time.RFC3339Nano accepts it.
func isDateTime(b []byte) bool {
	_, err := time.Parse(time.RFC3339Nano, string(b))
	return err == nil
}

// checkNumber applies the integer and range rules to a number literal.
func (n *node) checkNumber(s *scanner, lit string) error {
	if n.Type == "integer" {
		i, err := strconv.ParseInt(lit, 10, 64)
		if err != nil {
			return s.fail(fmt.Sprintf("must be a whole number, got %s", lit))
		}
		return n.checkRange(s, float64(i))
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) {
		return s.fail(fmt.Sprintf("must be a finite number, got %s", lit))
	}
	return n.checkRange(s, f)
}

func (n *node) checkRange(s *scanner, f float64) error {
	if n.Minimum != nil && f < *n.Minimum {
		return s.fail(fmt.Sprintf("must be at least %v", *n.Minimum))
	}
	if n.Maximum != nil && f > *n.Maximum {
		return s.fail(fmt.Sprintf("must be at most %v", *n.Maximum))
	}
	return nil
}

// ValidJSON reports whether data is exactly one JSON value, surrounded by
// optional white space. It agrees with json.Valid and is faster, for
// checking API answers on every call.
func ValidJSON(data []byte) bool {
	s := scanner{data: data}
	if s.skipValue() != nil {
		return false
	}
	s.space()
	return s.pos == len(s.data)
}
