package tools

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strconv"
	"sync"

	"github.com/genesyskit/genesyskit/internal/jsonbytes"
)

// DefaultMaxItems is how many items of a page Spec.Shape keeps when
// ShapeOptions.MaxItems is zero.
const DefaultMaxItems = 25

// ShapeOptions configures Spec.Shape. The zero value drops what carries no
// information and keeps at most DefaultMaxItems items of a page.
type ShapeOptions struct {
	// MaxItems is how many items of a page's list are kept, for tools that
	// can fetch the rest (see Spec.Shape). Zero means DefaultMaxItems;
	// a negative value keeps every item.
	MaxItems int
}

// TruncatedKey names the marker that Spec.Shape puts right after a list it
// cut short, at the top level of the answer:
//
//	"truncated":{"list":"conversations","shown":25,"omitted":75,"total":310,
//	  "next":{"paging":{"pageSize":25,"pageNumber":2}},"how":"…"}
//
// list names the list; shown items are its first ones, omitted were left
// out of this page (shown+omitted is the page's length); total is the
// answer's own count of matches over all pages (total or totalHits), or the
// string "unknown"; next holds the arguments to change, keeping the others,
// to fetch the omitted items; how says so in words for the model.
const TruncatedKey = "truncated"

// Shape returns a result like res whose body carries the same information in
// fewer bytes, for a model's context:
//
//   - members whose value is null, an empty array or an empty object are
//     dropped, at any depth, and so are objects left empty by that
//     ({"a":{"b":[]}} loses a); at the top level of the answer empty
//     arrays stay, so an empty result list remains explicit;
//   - "selfUri" members (links to the resource itself) are dropped;
//   - array elements are never dropped, since their positions may matter;
//   - strings, numbers, key order, false, 0 and "" are kept byte for byte,
//     and insignificant white space is removed;
//   - if the tool can page (its arguments include pageSize with pageNumber,
//     directly or in a paging object, or pageSize with a cursor or after),
//     the page's list (the first of entities, conversations or results at
//     the top level) is cut to o.MaxItems items (DefaultMaxItems if zero,
//     none if negative) and a marker named [TruncatedKey] follows it,
//     telling the arguments that fetch the rest. args are the arguments of
//     the call that produced res. Lists of tools that cannot page are never
//     cut, since the rest could not be fetched; nor is a page read
//     backwards (before), nor one whose start is unknown.
//
// The answer inside the untrusted-data envelope of Set.Call
// ({"notice":…,"untrusted":true,"data":…}) is shaped and the envelope kept.
// A body that is not valid JSON, and a dry-run result, come back unchanged
// (res itself). The shaped body is never longer than the original. res is
// not modified.
//
// An answer Client.Do returned costs nothing to shape when it has nothing
// to drop or cut: checking that it was JSON already found so, and res
// itself comes back.
func (s Spec) Shape(res *Result, args json.RawMessage, o ShapeOptions) *Result {
	if res == nil || len(res.Body) == 0 || (res.Status == 0 && bytes.HasPrefix(res.Body, []byte(`{"dryRun":true`))) {
		return res
	}
	maxItems := o.MaxItems
	if maxItems == 0 {
		maxItems = DefaultMaxItems
	}
	if res.lean.describes(res.Body) && (maxItems < 0 || res.lean.longest <= maxItems) {
		return res // nothing to drop or cut
	}
	body, ok := shapeBody(res.Body, s.New, args, maxItems)
	if !ok {
		return res
	}
	out := *res
	out.Body = body
	return &out
}

// maxShapeDepth is the deepest nesting Shape follows, as encoding/json.
const maxShapeDepth = 10000

// envelopePrefix is how markUntrusted's envelope starts, up to its data.
var envelopePrefix = sync.OnceValue(func() []byte {
	notice, _ := json.Marshal(untrustedNotice)
	return []byte(`{"notice":` + string(notice) + `,"untrusted":true,"data":`)
})

// shapeBody shapes body, or reports false if it is not valid JSON. Lists
// are cut to maxItems (none if negative) when the tool whose input
// newInput returns can page.
func shapeBody(body []byte, newInput func() Tool, args json.RawMessage, maxItems int) ([]byte, bool) {
	p := shaper{cuts: maxItems >= 0, cut: pageCut{newInput: newInput, args: args, max: maxItems}}
	out, ok := p.run(body)
	if ok && p.cut.count > 0 {
		marker, mok := p.cut.marker()
		if !mok || len(out)+len(marker) > len(body) {
			// The rest cannot be fetched exactly, or cutting saves
			// nothing: keep the whole list. (Without a marker the output
			// never outgrows the input: every byte written stands for a
			// byte read.)
			p = shaper{}
			return p.run(body)
		}
		out = slices.Insert(out, p.cut.at, marker...)
	}
	return out, ok
}

// run is one pass of the shaper over body.
func (p *shaper) run(body []byte) ([]byte, bool) {
	out := make([]byte, 0, len(body)) // never outgrown: see shapeBody
	if env := envelopePrefix(); bytes.HasPrefix(body, env) && body[len(body)-1] == '}' {
		// Set.Call's envelope: shape the answer under data.
		p.in, p.pos, p.out = body[:len(body)-1], len(env), append(out, env...)
		if p.top() {
			return append(p.out, '}'), true
		}
		p.cut = pageCut{newInput: p.cut.newInput, args: p.cut.args, max: p.cut.max}
	}
	p.in, p.pos, p.out, p.depth = body, 0, out[:0], 0
	if !p.top() {
		return nil, false
	}
	return p.out, true
}

// shaper copies JSON from in to out in one pass, leaving out what Shape
// drops. Each method parses one value at pos and returns false on a
// syntax error.
type shaper struct {
	in    []byte
	pos   int
	out   []byte
	depth int
	cuts  bool    // the page's list may be cut
	cut   pageCut // the state of cutting it
}

func (p *shaper) ws() {
	if p.pos < len(p.in) && p.in[p.pos] > ' ' {
		return
	}
	for p.pos < len(p.in) {
		switch p.in[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// top shapes the whole input: one value and nothing after it.
func (p *shaper) top() bool {
	p.ws()
	var ok bool
	if p.pos < len(p.in) && p.in[p.pos] == '{' {
		_, ok = p.object(true)
	} else {
		_, ok = p.value()
	}
	p.ws()
	return ok && p.pos == len(p.in)
}

// value copies one value and reports whether it is empty: null, or an
// object or array with nothing left in it.
func (p *shaper) value() (empty, ok bool) {
	if p.pos >= len(p.in) {
		return false, false
	}
	switch c := p.in[p.pos]; c {
	case '{':
		return p.object(false)
	case '[':
		return p.array(false)
	case '"':
		return false, p.str()
	case 't':
		return false, p.lit("true")
	case 'f':
		return false, p.lit("false")
	case 'n':
		return true, p.lit("null")
	}
	return false, p.num()
}

// object copies an object, dropping empty and selfUri members. top marks
// the answer's own object, whose empty arrays stay and whose list may be
// cut.
func (p *shaper) object(top bool) (empty, ok bool) {
	if p.depth++; p.depth > maxShapeDepth {
		return false, false
	}
	p.pos++
	start := len(p.out)
	p.out = append(p.out, '{')
	p.ws()
	if p.pos < len(p.in) && p.in[p.pos] == '}' {
		p.pos++
	} else {
		for {
			p.ws()
			if p.pos >= len(p.in) || p.in[p.pos] != '"' {
				return false, false
			}
			mark := len(p.out)
			if mark > start+1 {
				p.out = append(p.out, ',')
			}
			end, ok := stringEnd(p.in, p.pos)
			if !ok {
				return false, false
			}
			key := p.in[p.pos+1 : end-1]
			if end < len(p.in) && p.in[end] == ':' {
				p.out = append(p.out, p.in[p.pos:end+1]...) // "key":
				p.pos = end + 1
			} else {
				p.out = append(p.out, p.in[p.pos:end]...)
				p.pos = end
				p.ws()
				if p.pos >= len(p.in) || p.in[p.pos] != ':' {
					return false, false
				}
				p.pos++
				p.out = append(p.out, ':')
			}
			p.ws()
			at := len(p.out)
			var empty bool
			if top && p.cuts && p.pos < len(p.in) && p.in[p.pos] == '[' && p.cut.list == nil && isListKey(key) {
				p.cut.list = key
				empty, ok = p.array(true)
			} else {
				empty, ok = p.value()
			}
			if !ok {
				return false, false
			}
			switch {
			case string(key) == "selfUri", empty && !(top && p.out[at] == '['):
				p.out = p.out[:mark]
			case top && p.cuts:
				p.cut.note(key, p.out[at:])
			}
			p.ws()
			if p.pos < len(p.in) && p.in[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.in) && p.in[p.pos] == '}' {
				p.pos++
				break
			}
			return false, false
		}
	}
	p.depth--
	p.out = append(p.out, '}')
	return len(p.out) == start+2, true
}

// array copies an array; list marks the page's list, which may be cut.
func (p *shaper) array(list bool) (empty, ok bool) {
	if p.depth++; p.depth > maxShapeDepth {
		return false, false
	}
	p.pos++
	p.out = append(p.out, '[')
	p.ws()
	n, cutting := 0, false
	if p.pos < len(p.in) && p.in[p.pos] == ']' {
		p.pos++
	} else {
		for {
			p.ws()
			if list && n == p.cut.max && !cutting {
				cutting = p.cut.canPage()
			}
			mark := len(p.out)
			if n > 0 && !cutting {
				p.out = append(p.out, ',')
			}
			if _, ok := p.value(); !ok {
				return false, false
			}
			if cutting {
				p.out = p.out[:mark]
			}
			n++
			p.ws()
			if p.pos < len(p.in) && p.in[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.in) && p.in[p.pos] == ']' {
				p.pos++
				break
			}
			return false, false
		}
	}
	p.depth--
	p.out = append(p.out, ']')
	if cutting {
		p.cut.count, p.cut.at = n, len(p.out)
	}
	return n == 0, true
}

// str copies a string, escapes and all.
func (p *shaper) str() bool {
	end, ok := stringEnd(p.in, p.pos)
	if ok {
		p.out = append(p.out, p.in[p.pos:end]...)
		p.pos = end
	}
	return ok
}

// stringEnd checks the string that starts at in[pos] and returns the
// offset just after it.
func stringEnd(in []byte, pos int) (int, bool) {
	i := pos + 1
	for {
		// Skip ordinary bytes eight at a time, then one at a time.
		for i+8 <= len(in) && !jsonbytes.Special8(binary.LittleEndian.Uint64(in[i:])) {
			i += 8
		}
		for i < len(in) && ordinary[in[i]] {
			i++
		}
		if i >= len(in) {
			return 0, false
		}
		switch in[i] {
		case '"':
			return i + 1, true
		case '\\':
			if i+1 >= len(in) {
				return 0, false
			}
			switch in[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+5 >= len(in) || !isHex(in[i+2]) || !isHex(in[i+3]) || !isHex(in[i+4]) || !isHex(in[i+5]) {
					return 0, false
				}
				i += 6
			default:
				return 0, false
			}
		default:
			return 0, false // a control character
		}
	}
}

// ordinary marks the bytes a string holds as they are: not a quote, a
// backslash or a control character.
var ordinary = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func (p *shaper) lit(word string) bool {
	if !bytes.HasPrefix(p.in[p.pos:], []byte(word)) {
		return false
	}
	p.out = append(p.out, word...)
	p.pos += len(word)
	return true
}

// num copies a number as written.
func (p *shaper) num() bool {
	end, ok := numberEnd(p.in, p.pos)
	if ok {
		p.out = append(p.out, p.in[p.pos:end]...)
		p.pos = end
	}
	return ok
}

// numberEnd checks the number that starts at in[pos] and returns the
// offset just after it.
func numberEnd(in []byte, pos int) (int, bool) {
	i := pos
	digits := func() bool {
		j := i
		for i < len(in) && '0' <= in[i] && in[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(in) && in[i] == '-' {
		i++
	}
	switch {
	case i < len(in) && in[i] == '0':
		i++
	case !digits():
		return 0, false
	}
	if i < len(in) && in[i] == '.' {
		i++
		if !digits() {
			return 0, false
		}
	}
	if i < len(in) && (in[i] == 'e' || in[i] == 'E') {
		i++
		if i < len(in) && (in[i] == '+' || in[i] == '-') {
			i++
		}
		if !digits() {
			return 0, false
		}
	}
	return i, true
}

// isListKey reports whether a top-level member holds a page's items, by the
// names Genesys Cloud uses: entities (listings), conversations (analytics
// details) and results (searches, aggregates, activity).
func isListKey(key []byte) bool {
	switch string(key) {
	case "entities", "conversations", "results":
		return true
	}
	return false
}

// pageCut is the state of cutting one answer's list.
type pageCut struct {
	newInput func() Tool
	args     json.RawMessage
	max      int

	list    []byte // key of the page's list, once found
	asked   bool   // canPage has decided
	allowed bool
	count   int // items in the list, when it was cut
	at      int // where the marker goes in the output

	total, pageSize []byte // the answer's own numbers, if any
}

// note records the top-level numbers the marker uses.
func (c *pageCut) note(key, value []byte) {
	if len(value) == 0 || (value[0] != '-' && (value[0] < '0' || value[0] > '9')) {
		return // not a number
	}
	switch string(key) {
	case "total", "totalHits":
		c.total = value
	case "pageSize":
		c.pageSize = value
	}
}

// canPage reports whether the list may be cut: the tool can page, and
// this call does not page backwards.
func (c *pageCut) canPage() bool {
	if !c.asked {
		c.asked = true
		pl := pagingOf(c.newInput)
		c.allowed = pl.kind != noPaging && (pl.backward == "" || argString(argOf(c.args, "", pl.backward)) == "")
	}
	return c.allowed
}

// marker renders ,"truncated":{…} for a cut list, or reports false when
// the arguments that fetch the rest cannot be worked out.
func (c *pageCut) marker() ([]byte, bool) {
	pl := pagingOf(c.newInput)
	m := make([]byte, 0, 320)
	m = append(m, `,"`+TruncatedKey+`":{"list":"`...)
	m = append(m, c.list...)
	m = append(m, `","shown":`...)
	m = strconv.AppendInt(m, int64(c.max), 10)
	m = append(m, `,"omitted":`...)
	m = strconv.AppendInt(m, int64(c.count-c.max), 10)
	m = append(m, `,"total":`...)
	if c.total != nil {
		m = append(m, c.total...)
	} else {
		m = append(m, `"unknown"`...)
	}
	m = append(m, `,"next":{`...)
	how := "Only the first " + strconv.Itoa(c.max) + " items of " + string(c.list) + " are shown. To read the others, call this tool again with the same arguments, changed as in next"
	switch pl.kind {
	case pageNumbers:
		number, _ := argInt(argOf(c.args, pl.container, "pageNumber"))
		number = max(number, 1)
		size, ok := argInt(argOf(c.args, pl.container, "pageSize"))
		if !ok || size < 1 {
			size, ok = argInt(c.pageSize)
		}
		if number > 1 && (!ok || size < 1) {
			return nil, false // where this page starts is unknown
		}
		if number > 1 && size > (math.MaxInt32-c.max)/(number-1) {
			return nil, false
		}
		// The first omitted item is item offset (from 0) of all pages;
		// the largest page size up to max that divides offset gives a
		// page that starts exactly there.
		offset := (number-1)*size + c.max
		s := c.max
		for offset%s != 0 {
			s--
		}
		if pl.container != "" {
			m = append(m, '"')
			m = append(m, pl.container...)
			m = append(m, `":{`...)
		}
		m = append(m, `"pageSize":`...)
		m = strconv.AppendInt(m, int64(s), 10)
		m = append(m, `,"pageNumber":`...)
		m = strconv.AppendInt(m, int64(offset/s+1), 10)
		if pl.container != "" {
			m = append(m, '}')
		}
		how += "."
	case cursorPages:
		if cur := argOf(c.args, "", pl.cursor); argString(cur) != "" {
			m = append(m, '"')
			m = append(m, pl.cursor...)
			m = append(m, `":`...)
			m = append(m, cur...)
			m = append(m, ',')
		}
		m = append(m, `"pageSize":`...)
		if pl.sizeIsString {
			m = append(m, '"')
		}
		m = strconv.AppendInt(m, int64(c.max), 10)
		if pl.sizeIsString {
			m = append(m, '"')
		}
		link := "cursor"
		if pl.cursor == "after" {
			link = "nextUri"
		}
		how += ": that answer starts with the items shown here and its " + link + " leads on. This answer's " + link + " would skip the omitted items."
	default:
		return nil, false
	}
	m = append(m, `},"how":`...)
	m = strconv.AppendQuote(m, how)
	m = append(m, '}')
	return m, true
}

// argOf returns the raw value of an argument, inside the object argument
// container when that is not empty; nil if absent.
func argOf(args json.RawMessage, container, name string) json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(args, &m) != nil {
		return nil
	}
	if container != "" {
		if json.Unmarshal(m[container], &m) != nil {
			return nil
		}
	}
	return m[name]
}

// argInt reads a whole number written as a number or a string.
func argInt(raw json.RawMessage) (int, bool) {
	s := string(bytes.TrimSpace(raw))
	if u, err := strconv.Unquote(s); err == nil {
		s = u
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// argString reads a string argument; "" if absent or not a string.
func argString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

type pagingKind uint8

const (
	noPaging    pagingKind = iota
	pageNumbers            // pageSize and pageNumber
	cursorPages            // pageSize and a cursor from the previous answer
)

// paging is how a tool's arguments select a page, read from its input
// struct.
type paging struct {
	kind         pagingKind
	container    string // object argument holding pageSize and pageNumber ("paging"), or ""
	cursor       string // cursor argument: "cursor" or "after"
	backward     string // argument that pages backwards ("before"), or ""
	sizeIsString bool   // pageSize is written as a string
}

var pagings sync.Map // reflect.Type -> paging

// pagingOf returns how the arguments of the tool whose input newInput
// returns select a page.
func pagingOf(newInput func() Tool) paging {
	if newInput == nil {
		return paging{}
	}
	t := reflect.TypeOf(newInput())
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return paging{}
	}
	if pl, ok := pagings.Load(t); ok {
		return pl.(paging)
	}
	pl := pagingFor(t)
	pagings.Store(t, pl)
	return pl
}

// pagingFor works out a struct's paging from its fields' JSON names.
func pagingFor(t reflect.Type) paging {
	fields := map[string]reflect.Type{}
	for _, f := range planFor(t).fields {
		fields[f.name] = t.FieldByIndex(f.index).Type
	}
	size := fields["pageSize"]
	if numbered(fields) {
		return paging{kind: pageNumbers}
	}
	for name, ft := range fields {
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() != reflect.Struct {
			continue
		}
		inner := map[string]reflect.Type{}
		for _, f := range planFor(ft).fields {
			inner[f.name] = ft.FieldByIndex(f.index).Type
		}
		if numbered(inner) {
			return paging{kind: pageNumbers, container: name}
		}
	}
	if size == nil || (size.Kind() != reflect.Int && size.Kind() != reflect.String) {
		return paging{}
	}
	pl := paging{kind: cursorPages, sizeIsString: size.Kind() == reflect.String}
	switch {
	case fields["cursor"] != nil:
		pl.cursor = "cursor"
	case fields["after"] != nil:
		pl.cursor = "after"
	default:
		return paging{}
	}
	if fields["before"] != nil {
		pl.backward = "before"
	}
	return pl
}

// numbered reports whether fields include whole-number pageSize and
// pageNumber.
func numbered(fields map[string]reflect.Type) bool {
	size, number := fields["pageSize"], fields["pageNumber"]
	return size != nil && size.Kind() == reflect.Int && number != nil && number.Kind() == reflect.Int
}

// leanness is what Client.Do learns about an answer while checking that it
// is JSON: that Shape would drop nothing from it, and the most elements of
// any array in it, which tells whether a list could be cut. The zero value
// describes no body.
type leanness struct {
	first   *byte // the first byte of the body it describes
	size    int   // and the body's length
	longest int
}

// describes reports whether l was found for body: the same bytes in the
// same place, so a body replaced since is shaped in full.
func (l leanness) describes(body []byte) bool {
	return l.first != nil && len(body) == l.size && &body[0] == l.first
}

// inspect reports whether in is exactly one JSON value (json.Valid's rule),
// and, for a valid one, its leanness: a zero leanness unless Shape would
// keep every byte of it, having no white space outside strings, no null,
// no empty array or object and no selfUri member.
func inspect(in []byte) (valid bool, l leanness) {
	s := inspector{in: in}
	if !s.value() {
		return false, leanness{}
	}
	s.ws()
	if s.pos != len(in) {
		return false, leanness{}
	}
	if s.fat || len(in) == 0 {
		return true, leanness{}
	}
	return true, leanness{first: &in[0], size: len(in), longest: s.longest}
}

// inspector is the scanner of inspect; each method checks one value at pos
// and returns false on a syntax error.
type inspector struct {
	in      []byte
	pos     int
	depth   int
	longest int  // the most elements of an array so far
	fat     bool // Shape would drop something
}

func (s *inspector) ws() {
	if s.pos < len(s.in) && s.in[s.pos] > ' ' {
		return
	}
	for s.pos < len(s.in) {
		switch s.in[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.fat = true
			s.pos++
		default:
			return
		}
	}
}

func (s *inspector) value() bool {
	s.ws()
	if s.pos >= len(s.in) {
		return false
	}
	var end int
	var ok bool
	switch s.in[s.pos] {
	case '{':
		return s.object()
	case '[':
		return s.array()
	case '"':
		end, ok = stringEnd(s.in, s.pos)
	case 't':
		return s.lit("true")
	case 'f':
		return s.lit("false")
	case 'n':
		s.fat = true
		return s.lit("null")
	default:
		end, ok = numberEnd(s.in, s.pos)
	}
	s.pos = end
	return ok
}

func (s *inspector) lit(word string) bool {
	if !bytes.HasPrefix(s.in[s.pos:], []byte(word)) {
		return false
	}
	s.pos += len(word)
	return true
}

func (s *inspector) object() bool {
	if empty, ok := s.open('}'); empty || !ok {
		return ok
	}
	for {
		s.ws()
		if s.pos >= len(s.in) || s.in[s.pos] != '"' {
			return false
		}
		end, ok := stringEnd(s.in, s.pos)
		if !ok {
			return false
		}
		if string(s.in[s.pos+1:end-1]) == "selfUri" {
			s.fat = true
		}
		s.pos = end
		s.ws()
		if s.pos >= len(s.in) || s.in[s.pos] != ':' {
			return false
		}
		s.pos++
		if !s.value() {
			return false
		}
		if more, ok := s.more('}'); !more {
			return ok
		}
	}
}

func (s *inspector) array() bool {
	if empty, ok := s.open(']'); empty || !ok {
		return ok
	}
	for n := 1; ; n++ {
		if !s.value() {
			return false
		}
		if more, ok := s.more(']'); !more {
			s.longest = max(s.longest, n)
			return ok
		}
	}
}

// open enters the object or array at pos, which closes with end, and
// reports whether it is empty; an empty one is consumed whole.
func (s *inspector) open(end byte) (empty, ok bool) {
	if s.depth++; s.depth > maxShapeDepth {
		return false, false
	}
	s.pos++
	s.ws()
	if s.pos < len(s.in) && s.in[s.pos] == end {
		s.fat = true // Shape drops empty objects and arrays
		s.pos++
		s.depth--
		return true, true
	}
	return false, true
}

// more consumes what follows a member or an element: a comma, when
// another one follows, or end, which closes the object or array.
func (s *inspector) more(end byte) (more, ok bool) {
	s.ws()
	if s.pos >= len(s.in) {
		return false, false
	}
	switch s.in[s.pos] {
	case ',':
		s.pos++
		return true, true
	case end:
		s.pos++
		s.depth--
		return false, true
	}
	return false, false
}
