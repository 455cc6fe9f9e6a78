package tools_test

import "testing"

// attributeCases are representative calls of the attributes tools and the exact requests
// they must send.
var attributeCases = []requestCase{}

func TestAttributeRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range attributeCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
