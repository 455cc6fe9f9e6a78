package tools_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/genesyskit/genesyskit/tools"
)

// FuzzDecode feeds arbitrary arguments to every tool's decoder and request
// builder. Whatever the input, decoding either fails with an *InputError or
// yields a request for the tool's own endpoint with a JSON-object body.
// The seed corpus (testdata/fuzz/FuzzDecode) holds each tool's
// representative arguments; CI runs the fuzzer for a bounded time.
func FuzzDecode(f *testing.F) {
	all := tools.All()
	index := map[string]int{}
	for i, s := range all {
		index[s.Name] = i
	}
	for _, tc := range allCases() {
		f.Add(uint8(index[tc.tool]), []byte(tc.args))
	}
	f.Fuzz(func(t *testing.T, which uint8, args []byte) {
		spec := all[int(which)%len(all)]
		in, err := spec.Decode(args)
		if err != nil {
			var ie *tools.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("%s: decode error is %T, not *InputError: %v", spec.Name, err, err)
			}
			return
		}
		// Decoding stores exactly what encoding/json would for arguments
		// that passed the checks.
		if ref := spec.New(); json.Unmarshal(args, ref) == nil && !reflect.DeepEqual(in, ref) {
			t.Fatalf("%s: Decode(%s) = %+v, encoding/json gives %+v", spec.Name, args, in, ref)
		}
		req, err := tools.NewRequest(spec.Method, spec.Path, in)
		if err != nil {
			var ie *tools.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("%s: request error is %T, not *InputError: %v", spec.Name, err, err)
			}
			return
		}
		if req.Method != spec.Method {
			t.Fatalf("%s: method %s", spec.Name, req.Method)
		}
		got, want := strings.Split(req.Path, "/"), strings.Split(spec.Path, "/")
		if len(got) != len(want) {
			t.Fatalf("%s: path %s has %d segments, pattern %s has %d", spec.Name, req.Path, len(got), spec.Path, len(want))
		}
		for i := range want {
			if strings.HasPrefix(want[i], "{") {
				if got[i] == "" || got[i] == "." || got[i] == ".." || strings.ContainsAny(got[i], "?#") {
					t.Fatalf("%s: unsafe path segment %q", spec.Name, got[i])
				}
				continue
			}
			if got[i] != want[i] {
				t.Fatalf("%s: path %s leaves the pattern %s", spec.Name, req.Path, spec.Path)
			}
		}
		if req.Body != nil {
			var obj map[string]any
			if err := json.Unmarshal(req.Body, &obj); err != nil {
				t.Fatalf("%s: body is not a JSON object: %s", spec.Name, req.Body)
			}
		}
	})
}
