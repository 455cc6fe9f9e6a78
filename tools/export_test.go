package tools

import "net/http"

// Checked returns the Result Client.Do makes of a 200 answer with body,
// so tests can shape answers as the client hands them over.
func Checked(body []byte) *Result {
	res, _ := checkResponse(&Request{Method: http.MethodGet, Path: "/"}, &http.Response{StatusCode: http.StatusOK, Header: http.Header{}}, body)
	return res
}
