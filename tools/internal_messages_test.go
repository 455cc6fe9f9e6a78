package tools_test

import "testing"

// internalMessageCases are representative calls of the internal_messages tools and the exact requests
// they must send.
var internalMessageCases = []requestCase{}

func TestInternalMessageRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range internalMessageCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
