package tools_test

import "testing"

// wrapupCases are representative calls of the wrapup tools and the exact requests
// they must send.
var wrapupCases = []requestCase{}

func TestWrapupRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range wrapupCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
