package tools_test

import "testing"

// callCases are representative calls of the calls tools and the exact requests
// they must send.
var callCases = []requestCase{}

func TestCallRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range callCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
