// Package jsonbytes holds the byte-level tests the JSON scanners and
// writers of the core packages share: looking at the bytes of a string
// eight at a time.
package jsonbytes

// Special8 reports whether any of the eight bytes in x is not an ordinary
// byte of a JSON string, that is, whether one is a quote, a backslash or a
// control character (below 0x20). Bytes of 0x80 and above are ordinary.
func Special8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, slash := x^(ones*'"'), x^(ones*'\\')
	return ((x-ones*0x20)&^x|(quote-ones)&^quote|(slash-ones)&^slash)&highs != 0
}

// Verbatim8 reports whether encoding/json writes each of the eight bytes in
// x as it is inside a string: printable ASCII (0x20 to 0x7e) other than the
// quote, the backslash and the HTML characters <, > and &.
func Verbatim8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	has := func(c uint64) uint64 { t := x ^ (ones * c); return (t - ones) &^ t }
	low := (x - ones*0x20) &^ x // a byte below 0x20
	return (low|has('"')|has('\\')|has('<')|has('>')|has('&')|has(0x7f)|x)&highs == 0
}

// Load8 returns the eight bytes of s from i on as a little-endian word; s
// must hold them.
func Load8(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}
