package genesystest

import (
	"net/http"
	"net/url"
	"strings"
)

// apiRouter dispatches /api/v2 requests among the routes. Unlike
// http.ServeMux it accepts patterns that overlap without one being more
// specific (GET /conversations/{id}/customattributes and GET
// /conversations/emails/{id}): of the patterns that match, the one whose
// first differing segment is a literal wins, as Genesys Cloud resolves
// them.
type apiRouter struct {
	routes []compiledRoute
}

type compiledRoute struct {
	method   string
	segments []string // literal, or "{name}"
	h        http.Handler
}

func newAPIRouter() *apiRouter { return &apiRouter{} }

func (rt *apiRouter) handle(pattern string, h http.Handler) {
	method, path, _ := strings.Cut(pattern, " ")
	rt.routes = append(rt.routes, compiledRoute{method: method, segments: strings.Split(strings.Trim(path, "/"), "/"), h: h})
}

func (rt *apiRouter) match(r *http.Request) (*compiledRoute, []string) {
	segs := strings.Split(strings.Trim(r.URL.EscapedPath(), "/"), "/")
	var best *compiledRoute
	for i := range rt.routes {
		cr := &rt.routes[i]
		if cr.method != r.Method || len(cr.segments) != len(segs) {
			continue
		}
		ok := true
		for j, s := range cr.segments {
			if !strings.HasPrefix(s, "{") && s != segs[j] {
				ok = false
				break
			}
		}
		if ok && (best == nil || moreSpecific(cr, best)) {
			best = cr
		}
	}
	return best, segs
}

func moreSpecific(a, b *compiledRoute) bool {
	for j := range a.segments {
		aw, bw := strings.HasPrefix(a.segments[j], "{"), strings.HasPrefix(b.segments[j], "{")
		if aw != bw {
			return bw
		}
	}
	return false
}

func (rt *apiRouter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cr, segs := rt.match(r)
	if cr == nil {
		writeJSON(w, http.StatusNotFound, newError(http.StatusNotFound, "not.found", "No resource matches %s %s.", r.Method, r.URL.EscapedPath()))
		return
	}
	for j, s := range cr.segments {
		if strings.HasPrefix(s, "{") {
			v := segs[j]
			if u, err := url.PathUnescape(v); err == nil {
				v = u
			}
			r.SetPathValue(strings.Trim(s, "{}"), v)
		}
	}
	cr.h.ServeHTTP(w, r)
}
