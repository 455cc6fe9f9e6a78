package tools_test

import "testing"

// transferCases are representative calls of the transfers tools and the exact requests
// they must send.
var transferCases = []requestCase{}

func TestTransferRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range transferCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
