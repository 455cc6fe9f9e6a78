// Package jsonbytes holds the byte-level test the JSON scanners of the
// core packages share: skipping the ordinary bytes of a string eight at a
// time.
package jsonbytes

// Special8 reports whether any of the eight bytes in x is not an ordinary
// byte of a JSON string, that is, whether one is a quote, a backslash or a
// control character (below 0x20). Bytes of 0x80 and above are ordinary.
func Special8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, slash := x^(ones*'"'), x^(ones*'\\')
	return ((x-ones*0x20)&^x|(quote-ones)&^quote|(slash-ones)&^slash)&highs != 0
}
