package tools_test

import "testing"

// participantCases are representative calls of the participants tools and the exact requests
// they must send.
var participantCases = []requestCase{}

func TestParticipantRequests(t *testing.T) {
	t.Parallel()
	for _, tc := range participantCases {
		t.Run(tc.tool, func(t *testing.T) {
			t.Parallel()
			runRequestCase(t, tc)
		})
	}
}
