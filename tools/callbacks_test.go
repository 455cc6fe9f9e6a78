package tools_test

import "testing"

// callbackCases are representative calls of the callbacks tools and the exact requests
// they must send.
var callbackCases = []requestCase{}

func TestCallbackRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range callbackCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
