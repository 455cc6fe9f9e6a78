package genesystest

import (
	"testing"
	"time"
)

// isoTime writes what time.Format writes with Genesys Cloud's layout, in
// every time zone, across the range of years and at the edges of a second.
func TestISOTimeMatchesFormat(t *testing.T) {
	zone := time.FixedZone("x", -(9*3600 + 30*60))
	base := []time.Time{
		time.Date(2026, 11, 26, 16, 4, 5, 0, time.UTC),
		time.Date(2026, 12, 31, 23, 59, 59, 999_999_999, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 1_000_000, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 7, 8, 9, 123_456_789, zone),
	}
	for i := range 2000 {
		base = append(base, time.Unix(int64(i)*7_919_357, int64(i)*1_234_567).In(zone))
	}
	for _, tm := range base {
		if got, want := isoTime(tm), tm.UTC().Format("2006-01-02T15:04:05.000Z"); got != want {
			t.Fatalf("isoTime(%v) = %q, want %q", tm, got, want)
		}
	}
}
