package jsonbytes

import (
	"encoding/binary"
	"testing"
)

// Special8 agrees with a byte-by-byte check for every byte value in every
// position, next to ordinary and special neighbours.
func TestSpecial8(t *testing.T) {
	special := func(c byte) bool { return c < 0x20 || c == '"' || c == '\\' }
	for _, fill := range []byte{'a', 0xff, 0x80, '"'} {
		for pos := range 8 {
			for c := range 256 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				want := false
				for _, x := range b {
					want = want || special(x)
				}
				if got := Special8(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Fatalf("Special8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
