package tools

import (
	"encoding"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/genesyskit/genesyskit/internal/jsonbytes"
)

// Request is one Platform API request, built from a tool's input before it
// is sent. Path is already escaped; Body is nil for operations without one.
type Request struct {
	Method string          `json:"method"`
	Path   string          `json:"path"`
	Query  url.Values      `json:"query,omitempty"`
	Body   json.RawMessage `json:"body,omitempty"`

	// Idempotent marks requests that may be sent again after a server
	// error or a lost connection: idempotent operations and read-only
	// queries. NewRequest sets it from the catalogue.
	Idempotent bool `json:"-"`
}

// URL returns the request's path and encoded query, relative to the API host.
func (r *Request) URL() string {
	if len(r.Query) == 0 {
		return r.Path
	}
	return r.Path + "?" + r.Query.Encode()
}

// Field placement comes from the struct tag in:"path" or in:"query"; every
// other field with a json name belongs to the JSON body.
type location uint8

const (
	inBody location = iota
	inPath
	inQuery
)

type fieldPlan struct {
	name      string
	key       []byte // the name as a JSON string
	index     []int
	loc       location
	omitEmpty bool
	enc       encodeFunc // for a body field
}

type requestPlan struct {
	fields  []fieldPlan
	hasBody bool
}

var plans sync.Map // reflect.Type -> *requestPlan

func planFor(t reflect.Type) *requestPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*requestPlan)
	}
	p := &requestPlan{}
	p.add(t, nil)
	actual, _ := plans.LoadOrStore(t, p)
	return actual.(*requestPlan)
}

// add records the fields of struct type t. Embedded structs without a json
// name (shared body models such as MediaParticipantRequest) contribute
// their fields, as encoding/json does.
func (p *requestPlan) add(t reflect.Type, prefix []int) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		index := append(append([]int(nil), prefix...), i)
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			p.add(f.Type, index)
			continue
		}
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		key, _ := json.Marshal(name)
		fp := fieldPlan{name: name, key: key, index: index, omitEmpty: hasOption(opts, "omitempty")}
		switch f.Tag.Get("in") {
		case "path":
			fp.loc = inPath
		case "query":
			fp.loc = inQuery
		default:
			fp.loc = inBody
			fp.enc = encoderFor(f.Type)
			p.hasBody = true
		}
		p.fields = append(p.fields, fp)
	}
}

func hasOption(opts, want string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == want {
			return true
		}
	}
	return false
}

// NewRequest builds the request for an operation from a tool input struct:
// path parameters are checked and escaped into pattern, query parameters
// are encoded (slices as repeated parameters, the API's "multi" format),
// and the remaining fields that are set form the JSON body.
func NewRequest(method, pattern string, in any) (*Request, error) {
	v := reflect.ValueOf(in)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil, fmt.Errorf("genesys: nil %T", in)
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil, fmt.Errorf("genesys: tool input must be a struct, got %T", in)
	}
	plan := planFor(v.Type())
	req := &Request{Method: method, Idempotent: retrySafe(method, pattern)}

	var paths [4]pathValue // path parameters; no operation has more than four
	pathValues := paths[:0]
	var body []byte
	for _, f := range plan.fields {
		fv := v.FieldByIndex(f.index)
		switch f.loc {
		case inPath:
			if fv.Kind() != reflect.String {
				return nil, fmt.Errorf("genesys: path parameter %s must be a string field", f.name)
			}
			seg, err := pathSegment(f.name, fv.String())
			if err != nil {
				return nil, err
			}
			pathValues = append(pathValues, pathValue{f.name, seg})
		case inQuery:
			if isEmpty(fv) {
				continue
			}
			if req.Query == nil {
				req.Query = url.Values{}
			}
			if fv.Kind() == reflect.Slice {
				for i := range fv.Len() {
					req.Query.Add(f.name, scalarString(fv.Index(i)))
				}
				continue
			}
			req.Query.Set(f.name, scalarString(fv))
		case inBody:
			if f.omitEmpty && isEmpty(fv) {
				continue
			}
			if body == nil {
				body = append(make([]byte, 0, 256), '{')
			} else {
				body = append(body, ',')
			}
			body = append(body, f.key...)
			body = append(body, ':')
			var ok bool
			if body, ok = f.enc(body, fv, 0); ok {
				continue
			}
			data, err := json.Marshal(fv.Interface())
			if err != nil {
				return nil, fmt.Errorf("genesys: encoding %s: %w", f.name, err)
			}
			body = append(body, data...)
		}
	}
	path, err := expandPath(pattern, pathValues)
	if err != nil {
		return nil, err
	}
	req.Path = path
	if plan.hasBody {
		if body == nil {
			body = []byte{'{'}
		}
		req.Body = append(body, '}')
	}
	return req, nil
}

// pathValue is one escaped path parameter.
type pathValue struct{ name, segment string }

// encodeFunc appends the JSON of v, a value of the type it was made for, to
// b exactly as encoding/json writes it, and reports whether it did; when it
// reports false it returns b as it was, and encoding/json is used instead.
// depth is the nesting of v in the body field.
type encodeFunc func(b []byte, v reflect.Value, depth int) ([]byte, bool)

// maxInlineDepth bounds the nesting of structs and slices an encodeFunc
// writes itself; deeper values (and pointer cycles) are left to
// encoding/json.
const maxInlineDepth = 8

// encoders caches the encodeFunc of each type, so a call makes no type
// checks (such as whether a type has a JSON marshaler) of its own.
var encoders sync.Map // reflect.Type -> encodeFunc

// appendValue writes the JSON of v as encoding/json does and reports
// whether it did: strings that need no escaping, booleans, integers, and
// the structs, slices and pointers of the body models built from them,
// which is nearly every argument. Anything else (maps, floats, custom
// marshalers, text to escape) is left to encoding/json.
func appendValue(b []byte, v reflect.Value, depth int) ([]byte, bool) {
	return encoderFor(v.Type())(b, v, depth)
}

// encoderFor returns t's encodeFunc, made once per type. A type that
// contains itself gets, while its own encoder is being made, one that
// waits for it, as encoding/json does.
func encoderFor(t reflect.Type) encodeFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encodeFunc)
	}
	var (
		wg sync.WaitGroup
		f  encodeFunc
	)
	wg.Add(1)
	pending, loaded := encoders.LoadOrStore(t, encodeFunc(func(b []byte, v reflect.Value, depth int) ([]byte, bool) {
		wg.Wait()
		return f(b, v, depth)
	}))
	if loaded {
		return pending.(encodeFunc)
	}
	f = newEncoder(t)
	wg.Done()
	encoders.Store(t, f)
	return f
}

// verbatim marks the bytes encoding/json writes in a string as they are:
// printable ASCII other than the quote, the backslash and the HTML
// characters <, > and &.
var verbatim = func() (t [256]bool) {
	for c := 0x20; c <= 0x7e; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// declined is the encodeFunc of types left to encoding/json.
func declined(b []byte, _ reflect.Value, _ int) ([]byte, bool) { return b, false }

func newEncoder(t reflect.Type) encodeFunc {
	if hasMarshaler(t) {
		return declined
	}
	switch t.Kind() {
	case reflect.String:
		return func(b []byte, v reflect.Value, _ int) ([]byte, bool) {
			str := v.String()
			i := 0
			for ; i+8 <= len(str); i += 8 {
				if !jsonbytes.Verbatim8(jsonbytes.Load8(str, i)) {
					return b, false // encoding/json would escape a byte
				}
			}
			for ; i < len(str); i++ {
				if !verbatim[str[i]] {
					return b, false
				}
			}
			b = append(b, '"')
			b = append(b, str...)
			return append(b, '"'), true
		}
	case reflect.Bool:
		return func(b []byte, v reflect.Value, _ int) ([]byte, bool) {
			return strconv.AppendBool(b, v.Bool()), true
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(b []byte, v reflect.Value, _ int) ([]byte, bool) {
			return strconv.AppendInt(b, v.Int(), 10), true
		}
	case reflect.Pointer:
		elem := encoderFor(t.Elem())
		return func(b []byte, v reflect.Value, depth int) ([]byte, bool) {
			if v.IsNil() {
				return append(b, "null"...), true // as encoding/json writes any nil pointer
			}
			return elem(b, v.Elem(), depth)
		}
	case reflect.Struct:
		fields, ok := inlineFields(t)
		if !ok {
			return declined
		}
		encs := make([]encodeFunc, len(fields))
		for i, f := range fields {
			encs[i] = encoderFor(t.Field(f.index).Type)
		}
		return func(b []byte, v reflect.Value, depth int) ([]byte, bool) {
			if depth >= maxInlineDepth {
				return b, false
			}
			start := len(b)
			b = append(b, '{')
			first := true
			for i, f := range fields {
				fv := v.Field(f.index)
				if f.omitEmpty && isEmpty(fv) {
					continue
				}
				if !first {
					b = append(b, ',')
				}
				first = false
				b = append(b, f.key...)
				b = append(b, ':')
				var ok bool
				if b, ok = encs[i](b, fv, depth+1); !ok {
					return b[:start], false
				}
			}
			return append(b, '}'), true
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return declined // []byte is base64 in encoding/json
		}
		elem := encoderFor(t.Elem())
		return func(b []byte, v reflect.Value, depth int) ([]byte, bool) {
			if v.IsNil() {
				return append(b, "null"...), true
			}
			if depth >= maxInlineDepth {
				return b, false
			}
			start := len(b)
			b = append(b, '[')
			for i := range v.Len() {
				if i > 0 {
					b = append(b, ',')
				}
				var ok bool
				if b, ok = elem(b, v.Index(i), depth+1); !ok {
					return b[:start], false
				}
			}
			return append(b, ']'), true
		}
	}
	return declined
}

// hasMarshaler reports whether encoding/json encodes values of type t
// through a json.Marshaler or encoding.TextMarshaler, of t or of *t.
func hasMarshaler(t reflect.Type) bool {
	if t.Implements(jsonMarshalerType) || t.Implements(textMarshalerType) {
		return true
	}
	if t.Kind() == reflect.Pointer {
		return false
	}
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonMarshalerType) || pt.Implements(textMarshalerType)
}

// inlineField is one field of a body model as appendValue writes it.
type inlineField struct {
	index     int
	key       []byte // the quoted JSON name
	omitEmpty bool
}

var inlineTypes sync.Map // reflect.Type -> []inlineField, or nil if not inlinable

// inlineFields returns the fields of struct type t in encoding/json's
// order, or false when t has fields appendValue leaves to encoding/json
// (embedded structs, options other than omitempty).
func inlineFields(t reflect.Type) ([]inlineField, bool) {
	if f, ok := inlineTypes.Load(t); ok {
		fields := f.([]inlineField)
		return fields, fields != nil
	}
	fields := []inlineField{}
	seen := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		name, opts, _ := strings.Cut(tag, ",")
		if tag == "-" || (!f.Anonymous && !f.IsExported()) {
			continue
		}
		if !hasTag || name == "" {
			name = f.Name
		}
		if f.Anonymous || (opts != "" && opts != "omitempty") || !validJSONName(name) || seen[name] {
			fields = nil // embedding, other options or clashing names: encoding/json's rules
			break
		}
		seen[name] = true
		key, _ := json.Marshal(name)
		fields = append(fields, inlineField{index: i, key: key, omitEmpty: opts == "omitempty"})
	}
	actual, _ := inlineTypes.LoadOrStore(t, fields)
	fields = actual.([]inlineField)
	return fields, fields != nil
}

// validJSONName reports whether a json tag name is one encoding/json uses
// as given: letters, digits and a few punctuation characters.
func validJSONName(name string) bool {
	for _, c := range name {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c)) {
			return false
		}
	}
	return true
}

var (
	jsonMarshalerType = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// pathSegment checks and escapes one path parameter. Genesys ids never
// contain slashes, so empty values, dot segments ("." and ".."), slashes,
// backslashes and control characters are refused: each could make a proxy
// or server address a different endpoint. Everything else ('?', '#', '%',
// spaces, non-ASCII) is percent-encoded and stays inside its own segment.
func pathSegment(name, value string) (string, error) {
	if value != "." && value != ".." && unreserved(value) {
		return value, nil // the common case: an id that needs no escaping
	}
	switch {
	case value == "":
		return "", &InputError{Field: name, Reason: "is required and must not be empty"}
	case strings.TrimSpace(value) == "":
		return "", &InputError{Field: name, Reason: "must be an id, not blank"}
	case value == "." || value == "..":
		return "", &InputError{Field: name, Reason: fmt.Sprintf("must be an id, not %q", value)}
	case strings.ContainsAny(value, "/\\"):
		return "", &InputError{Field: name, Reason: "must be a single id; it contains a slash"}
	case strings.IndexFunc(value, unicode.IsControl) >= 0:
		return "", &InputError{Field: name, Reason: "must be an id; it contains a control character"}
	}
	return url.PathEscape(value), nil
}

// unreserved reports whether value is non-empty and made only of the
// characters a URL path segment carries unescaped: letters, digits and
// "-", ".", "_", "~".
func unreserved(value string) bool {
	if value == "" {
		return false
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
			return false
		}
	}
	return true
}

func expandPath(pattern string, values []pathValue) (string, error) {
	var b strings.Builder
	b.Grow(len(pattern) + 64)
	used := 0
	rest := pattern
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", fmt.Errorf("genesys: bad path pattern %q", pattern)
		}
		name := rest[open+1 : open+end]
		i := slices.IndexFunc(values, func(p pathValue) bool { return p.name == name })
		if i < 0 {
			return "", fmt.Errorf("genesys: path pattern %q needs parameter %s, which the input lacks", pattern, name)
		}
		b.WriteString(rest[:open])
		b.WriteString(values[i].segment)
		used++
		rest = rest[open+end+1:]
	}
	if used != len(values) {
		for _, p := range values {
			if !strings.Contains(pattern, "{"+p.name+"}") {
				return "", fmt.Errorf("genesys: path parameter %s is not in pattern %q", p.name, pattern)
			}
		}
	}
	return b.String(), nil
}

func scalarString(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return scalarString(v.Elem())
	}
	return fmt.Sprint(v.Interface())
}

// isEmpty follows encoding/json's omitempty rule.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// retrySafe reports whether the operation may be repeated: its catalogue
// entry is idempotent or read-only. Operations outside the catalogue are
// safe only for GET and HEAD.
func retrySafe(method, pattern string) bool {
	if ok, known := repeatable()[operation{method, pattern}]; known {
		return ok
	}
	return method == http.MethodGet || method == http.MethodHead
}
