package tools_test

import "testing"

// assistCases are representative calls of the assist tools and the exact requests
// they must send.
var assistCases = []requestCase{}

func TestAssistRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range assistCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
