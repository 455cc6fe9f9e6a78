package tools_test

import "testing"

// checklistCases are representative calls of the checklists tools and the exact requests
// they must send.
var checklistCases = []requestCase{}

func TestChecklistRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range checklistCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
