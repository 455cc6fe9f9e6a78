package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzScanSyntax checks the one-pass scanner against encoding/json: on
// any input it must find exactly the syntax errors json.Valid finds, and
// a free-form object schema must accept every valid JSON object.
func FuzzScanSyntax(f *testing.F) {
	for _, seed := range []string{
		`{}`, `{"a":1}`, `{"a":[1,2,{"b":null}],"c":"\u00e9\ud83d\ude00\n"}`, `{"a":-0.5e+10}`,
		`{"a":01}`, `{"a":"\x01"}`, `{"a":1,}`, `[1]`, `{"a":tru}`, `{"a":"\ud800"}`, ` {"a" : { } } `,
		`{"a":1} {}`, `{"a":"\q"}`, `{"a":1.}`, `{"a":-}`,
	} {
		f.Add([]byte(seed))
	}
	free := &node{Type: "object"}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := validate(free, data, reflect.Value{})
		syntax := errors.Is(err, errSyntax)
		var ie *InputError
		if !json.Valid(data) {
			if err == nil || (!syntax && !errors.As(err, &ie)) {
				t.Fatalf("invalid JSON %q: scanner said %v", data, err)
			}
			if !syntax && !isExtraData(ie) {
				t.Fatalf("invalid JSON %q reported as a schema error: %v", data, err)
			}
			return
		}
		if syntax {
			t.Fatalf("valid JSON %q reported as malformed", data)
		}
		var v any
		_ = json.Unmarshal(data, &v)
		if _, isObject := v.(map[string]any); isObject && err != nil && !hasNullValue(v) {
			t.Fatalf("free-form object %q rejected: %v", data, err)
		}
	})
}

// isExtraData matches the error for a valid object followed by more data,
// which json.Valid reports as invalid.
func isExtraData(ie *InputError) bool {
	return ie != nil && ie.Reason == "arguments must be a single JSON object; found extra data after it"
}

// hasNullValue reports a null member directly in a free-form object, which
// Decode refuses ("must not be null").
func hasNullValue(v any) bool {
	m, _ := v.(map[string]any)
	for _, x := range m {
		if x == nil {
			return true
		}
	}
	return false
}

// FuzzValidJSON checks ValidJSON against json.Valid.
func FuzzValidJSON(f *testing.F) {
	for _, seed := range []string{`{}`, `[1,"a",null,true,false,{"b":-1.5e3}]`, `"\u12"`, ` 0 `, `01`, `[1,]`, `{"a" 1}`, "\"\xff\""} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := ValidJSON(data), json.Valid(data); got != want {
			t.Fatalf("ValidJSON(%q) = %v, json.Valid says %v", data, got, want)
		}
	})
}

// A field path longer than the scanner's inline room is kept whole, and
// cutting it back and growing it again gives the right path.
func TestFieldPathOutgrowsShort(t *testing.T) {
	var p fieldPath
	long := strings.Repeat("k", 100)
	p.add([]byte(long))
	mark := p.n
	p.add(dot)
	p.add([]byte(long))
	if got, want := string(p.bytes()), long+"."+long; got != want {
		t.Fatalf("path = %q, want %q", got, want)
	}
	p.n = mark
	p.add([]byte("[3]"))
	if got, want := string(p.bytes()), long+"[3]"; got != want {
		t.Fatalf("path = %q, want %q", got, want)
	}
}
