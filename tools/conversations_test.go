package tools_test

import "testing"

// conversationCases are representative calls of the conversations tools and the exact requests
// they must send.
var conversationCases = []requestCase{}

func TestConversationRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range conversationCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
