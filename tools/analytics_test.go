package tools_test

import "testing"

// analyticsCases are representative calls of the analytics tools and the exact requests
// they must send.
var analyticsCases = []requestCase{}

func TestAnalyticsRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range analyticsCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
