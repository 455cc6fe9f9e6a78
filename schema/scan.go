package schema

import (
	"encoding"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/genesyskit/genesyskit/internal/jsonbytes"
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
	path  fieldPath
	depth int
	buf   []byte // scratch space for unescaping strings

	// escaped reports that the last string read had escapes, so the bytes
	// str returned live in buf.
	escaped bool
	// ascii reports that the last string read was all ASCII, so it needs
	// no UTF-8 check.
	ascii bool

	// text is data as a string, made on the first string stored; see
	// stringAt.
	text string
}

// fieldPath is the JSON path of the value being read, such as
// wrapup.tags[1], for error messages. The usual paths fit in short, which
// lives inside the scanner, so a scanner on the stack needs no heap memory
// for its path.
type fieldPath struct {
	short [120]byte
	n     int    // the path's length
	long  []byte // the path, once it has outgrown short
}

// dot separates the keys of a path.
var dot = []byte{'.'}

// add appends b to the path; truncating is setting n back.
func (p *fieldPath) add(b []byte) {
	if p.long == nil && p.n+len(b) <= len(p.short) {
		p.n += copy(p.short[p.n:], b)
		return
	}
	if p.long == nil {
		p.long = append([]byte(nil), p.short[:p.n]...)
	}
	p.long = append(p.long[:p.n], b...)
	p.n = len(p.long)
}

// bytes returns the path.
func (p *fieldPath) bytes() []byte {
	if p.long != nil {
		return p.long[:p.n]
	}
	return p.short[:p.n]
}

// sharedTextBytes is the size of arguments up to which the strings a
// decode stores share one copy of the arguments.
const sharedTextBytes = 4096

// stringAt returns data[start:end], which holds a string value without
// escapes, as a Go string. For arguments of up to sharedTextBytes all such
// strings are slices of one copy of data, made once, instead of a copy
// each; they keep that copy alive, which is at most a few KiB.
func (s *scanner) stringAt(start, end int) string {
	if len(s.data) > sharedTextBytes {
		return string(s.data[start:end])
	}
	if s.text == "" {
		s.text = string(s.data)
	}
	return s.text[start:end]
}

// validate checks that data holds exactly one JSON value that conforms to
// root and, if dst is valid (an addressable struct), stores the value in
// it as encoding/json would. It returns an *InputError, or errSyntax for
// malformed JSON; after an error dst holds an unspecified part of the
// value.
func validate(root *node, data []byte, dst reflect.Value) error {
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
	err := s.value(root, dst)
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
	if s.pos < len(s.data) && s.data[s.pos] > ' ' {
		return // compact JSON, the usual case
	}
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) field() string { return string(s.path.bytes()) }

func (s *scanner) fail(reason string) error {
	return &InputError{Field: s.field(), Reason: reason}
}

// value checks and consumes one value against n and, if dst is valid,
// stores it there. Schema violations do not stop the scan of the
// enclosing object, so the value is always consumed, valid or not; a
// syntax error stops everything.
func (s *scanner) value(n *node, dst reflect.Value) error {
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
	var plan *typePlan
	if dst.IsValid() {
		if plan = n.planFor(dst.Type()); !plan.direct {
			return s.viaJSON(n, dst)
		}
	}
	switch n.Type {
	case "object":
		if c != '{' {
			return s.wrongType("an object")
		}
		return s.object(n, indirect(dst), plan)
	case "array":
		if c != '[' {
			return s.wrongType("an array")
		}
		return s.array(n, indirect(dst))
	case "string":
		if c != '"' {
			return s.wrongType("a string")
		}
		str, err := s.str()
		if err != nil {
			return err
		}
		if err := n.checkString(s, str); err != nil {
			return err
		}
		if dst.IsValid() {
			switch {
			case !s.escaped && (s.ascii || utf8.Valid(str)):
				indirect(dst).SetString(s.stringAt(s.pos-1-len(str), s.pos-1))
			case s.ascii:
				indirect(dst).SetString(string(str))
			default:
				indirect(dst).SetString(validUTF8(str))
			}
		}
		return nil
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
		return n.checkNumber(s, s.data[start:s.pos], dst)
	case "boolean":
		if c != 't' && c != 'f' {
			return s.wrongType("true or false")
		}
		if err := s.skipValue(); err != nil {
			return err
		}
		if dst.IsValid() {
			indirect(dst).SetBool(c == 't')
		}
		return nil
	}
	return s.skipValue() // no type: any value but null
}

// viaJSON checks a value for a Go type the scanner does not fill itself
// (an interface, a json.Unmarshaler, ...), then lets encoding/json store it.
func (s *scanner) viaJSON(n *node, dst reflect.Value) error {
	start := s.pos
	if err := s.value(n, reflect.Value{}); err != nil {
		return err
	}
	if err := json.Unmarshal(s.data[start:s.pos], dst.Addr().Interface()); err != nil {
		return s.fail(cannotHold(err))
	}
	return nil
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
func (s *scanner) object(n *node, dst reflect.Value, plan *typePlan) error {
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
		mark     = s.path.n
		next     int // the member expected next, when keys come in field order
	)
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		if dst.IsValid() && dst.Kind() == reflect.Map && dst.IsNil() {
			dst.Set(reflect.MakeMap(dst.Type())) // {} is an empty map, not none
		}
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
			var m *member
			if plan != nil {
				if next < len(plan.members) && plan.members[next].name == string(key) {
					m = &plan.members[next]
					next++
				} else if i, ok := plan.byName[string(key)]; ok {
					m, next = &plan.members[i], i+1
				}
			}
			required := -1
			if m != nil {
				required = m.required
			} else {
				required = slices.Index(n.Required, string(key))
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
				s.path.add(dot)
			}
			s.path.add(key)
			var verr error
			var p *node
			if m != nil {
				p = m.node
			} else {
				p = n.Properties[string(key)]
			}
			switch {
			case s.pos < len(s.data) && s.data[s.pos] == 'n' && required < 0 && n.Properties != nil:
				// An optional field given as null means "not set".
				verr = s.literal("null")
			case m != nil:
				verr = s.value(p, fieldAt(dst, m.index))
			case p != nil:
				verr = s.value(p, reflect.Value{})
			default:
				values, err := n.valueSchema()
				if err != nil {
					return err
				}
				switch {
				case values == nil:
					if verr = s.skipValue(); verr == nil {
						verr = s.fail("is not a known field" + n.known())
					}
				case dst.IsValid() && dst.Kind() == reflect.Map:
					elem := reflect.New(dst.Type().Elem()).Elem()
					if verr = s.value(values, elem); verr == nil {
						if dst.IsNil() {
							dst.Set(reflect.MakeMap(dst.Type()))
						}
						dst.SetMapIndex(reflect.ValueOf(validUTF8(key)).Convert(dst.Type().Key()), elem)
					}
				default:
					verr = s.value(values, reflect.Value{})
				}
			}
			s.path.n = mark
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

func (s *scanner) array(n *node, dst reflect.Value) error {
	if s.depth++; s.depth > maxDepth {
		return errSyntax
	}
	defer func() { s.depth-- }()
	s.pos++ // '['
	var first error
	count := 0
	mark := s.path.n
	// Items are decoded in place into dst, grown as needed, so storing
	// them allocates nothing beyond the slice's array.
	items := dst
	if items.IsValid() {
		items.SetLen(0)
	}
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
	} else {
		for {
			var index [24]byte
			s.path.add(append(strconv.AppendInt(append(index[:0], '['), int64(count), 10), ']'))
			var err error
			switch {
			case n.Items == nil:
				err = s.skipValue()
			case items.IsValid():
				if count == items.Cap() {
					items.Grow(max(4, count))
				}
				items.SetLen(count + 1)
				err = s.value(n.Items, items.Index(count))
			default:
				err = s.value(n.Items, reflect.Value{})
			}
			s.path.n = mark
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
	if items.IsValid() && count == 0 {
		dst.Set(reflect.MakeSlice(dst.Type(), 0, 0)) // [] is an empty list, not none
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
	var high uint64 // the bytes read, or-ed together: its high bits tell whether all are ASCII
	for i < len(d) {
		for i+8 <= len(d) {
			x := binary.LittleEndian.Uint64(d[i:])
			if jsonbytes.Special8(x) {
				break
			}
			high |= x
			i += 8
		}
		for i < len(d) && plain[d[i]] {
			high |= uint64(d[i])
			i++
		}
		if i == len(d) {
			break
		}
		switch c := d[i]; {
		case c == '"':
			s.pos = i + 1
			s.ascii = high&0x8080808080808080 == 0
			return d[start:i], nil
		case c == '\\':
			s.escaped, s.ascii = true, false
			return s.unescape(start)
		default: // a control character
			return nil, errSyntax
		}
	}
	return nil, errSyntax
}

// plain marks the bytes a JSON string holds as they are: all but the
// quote, the backslash and control characters.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

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

// checkNumber applies the integer and range rules to a number literal
// and, if dst is valid, stores the number there.
func (n *node) checkNumber(s *scanner, lit []byte, dst reflect.Value) error {
	var f float64
	var i int64
	if n.Type == "integer" {
		var ok bool
		if i, ok = parseInt(lit); !ok {
			return s.fail(fmt.Sprintf("must be a whole number, got %s", lit))
		}
		f = float64(i)
	} else {
		var err error
		f, err = strconv.ParseFloat(string(lit), 64)
		if err != nil || math.IsInf(f, 0) {
			return s.fail(fmt.Sprintf("must be a finite number, got %s", lit))
		}
	}
	if err := n.checkRange(s, f); err != nil || !dst.IsValid() {
		return err
	}
	d := indirect(dst)
	switch d.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if d.OverflowInt(i) {
			return s.fail("cannot hold number " + string(lit))
		}
		d.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if i < 0 || d.OverflowUint(uint64(i)) {
			return s.fail("cannot hold number " + string(lit))
		}
		d.SetUint(uint64(i))
	default: // float kinds; direct admits nothing else
		if d.OverflowFloat(f) {
			return s.fail("cannot hold number " + string(lit))
		}
		d.SetFloat(f)
	}
	return nil
}

// parseInt parses a whole-number literal; it fails for fractions,
// exponents and values beyond int64, as strconv.ParseInt does.
func parseInt(lit []byte) (int64, bool) {
	b := lit
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		v, err := strconv.ParseInt(string(lit), 10, 64)
		return v, err == nil
	}
	var v int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
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

// direct reports whether the scanner stores a value of schema type
// n.Type into Go type t itself; other combinations go through
// encoding/json.
func direct(n *node, t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if custom(t) {
		return false
	}
	switch n.Type {
	case "object":
		return (t.Kind() == reflect.Struct && n.Properties != nil) ||
			(t.Kind() == reflect.Map && t.Key().Kind() == reflect.String && n.Properties == nil)
	case "array":
		return t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8 && n.Items != nil
	case "string":
		return t.Kind() == reflect.String
	case "integer":
		switch t.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
			reflect.Float32, reflect.Float64:
			return true
		}
	case "number":
		return t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64
	case "boolean":
		return t.Kind() == reflect.Bool
	}
	return false
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	customTypes         sync.Map // reflect.Type -> bool
)

// custom reports whether t decodes itself (json.Unmarshaler or
// encoding.TextUnmarshaler), which encoding/json honours.
func custom(t reflect.Type) bool {
	if c, ok := customTypes.Load(t); ok {
		return c.(bool)
	}
	p := reflect.PointerTo(t)
	c := t.Implements(unmarshalerType) || p.Implements(unmarshalerType) ||
		t.Implements(textUnmarshalerType) || p.Implements(textUnmarshalerType)
	customTypes.Store(t, c)
	return c
}

// indirect allocates the pointers on the way to the value dst refers to.
func indirect(dst reflect.Value) reflect.Value {
	if !dst.IsValid() {
		return dst
	}
	for dst.Kind() == reflect.Pointer {
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		dst = dst.Elem()
	}
	return dst
}

var structFields sync.Map // reflect.Type -> map[string][]int

// fieldsOf maps the JSON names of a struct's fields to their indexes,
// with the fields of embedded structs promoted as encoding/json does.
func fieldsOf(t reflect.Type) map[string][]int {
	if f, ok := structFields.Load(t); ok {
		return f.(map[string][]int)
	}
	fields := map[string][]int{}
	addFields(fields, t, nil, map[string]int{})
	f, _ := structFields.LoadOrStore(t, fields)
	return f.(map[string][]int)
}

// addFields records t's fields; depth keeps the shallowest field of each
// name, as encoding/json's dominance rule does for untagged conflicts.
func addFields(fields map[string][]int, t reflect.Type, prefix []int, depth map[string]int) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		index := append(append([]int(nil), prefix...), i)
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			addFields(fields, ft, index, depth)
			continue
		}
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if d, seen := depth[name]; seen && d <= len(index) {
			continue
		}
		depth[name] = len(index)
		fields[name] = index
	}
}

// fieldAt returns the field at index in the struct v, allocating embedded
// struct pointers on the way.
func fieldAt(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 {
			v = indirect(v)
		}
		v = v.Field(x)
	}
	return v
}

// validUTF8 converts a JSON string's bytes to a Go string, replacing each
// byte of an invalid UTF-8 sequence with U+FFFD as encoding/json does.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return string(out)
}

// cannotHold describes a value encoding/json could not store.
func cannotHold(err error) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return "cannot hold " + ute.Value
	}
	return err.Error()
}
