package jsonbytes

import (
	"encoding/binary"
	"testing"
)

// eachWord calls f with every eight-byte word made of one fill byte and,
// in one position, any byte value, for each fill.
func eachWord(fills []byte, f func(b [8]byte)) {
	for _, fill := range fills {
		for pos := range 8 {
			for c := range 256 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				f(b)
			}
		}
	}
}

// Special8 agrees with a byte-by-byte check for every byte value in every
// position, next to ordinary and special neighbours.
func TestSpecial8(t *testing.T) {
	special := func(c byte) bool { return c < 0x20 || c == '"' || c == '\\' }
	eachWord([]byte{'a', 0xff, 0x80, '"'}, func(b [8]byte) {
		want := false
		for _, x := range b {
			want = want || special(x)
		}
		if got := Special8(binary.LittleEndian.Uint64(b[:])); got != want {
			t.Fatalf("Special8(%q) = %v, want %v", b, got, want)
		}
	})
}

// Verbatim8 agrees with a byte-by-byte check for every byte value in every
// position, next to verbatim and escaped neighbours, and Load8 reads the
// same word as binary.LittleEndian.
func TestVerbatim8(t *testing.T) {
	verbatim := func(c byte) bool {
		return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	eachWord([]byte{'a', 0xff, 0x80, '"', '&', 0x7f, 0x1f}, func(b [8]byte) {
		want := true
		for _, x := range b {
			want = want && verbatim(x)
		}
		word := binary.LittleEndian.Uint64(b[:])
		if got := Verbatim8(word); got != want {
			t.Fatalf("Verbatim8(%q) = %v, want %v", b, got, want)
		}
		if got := Load8("x"+string(b[:]), 1); got != word {
			t.Fatalf("Load8(%q) = %#x, want %#x", b, got, word)
		}
	})
}
