// Package auth knows where Genesys Cloud lives and how to prove who is
// calling it: the 18 regions with their API and login hosts, and the token
// sources that put a bearer token on each request.
//
// Regions are looked up by the SDK key ("us_east_1", "eu_west_1"), by the
// same key with dashes ("eu-west-1"), or by the region's domain
// ("mypurecloud.ie"):
//
//	r, ok := auth.LookupRegion("eu_west_1")
//	// r.APIURL() == "https://api.mypurecloud.ie"
//	// r.LoginURL() == "https://login.mypurecloud.ie"
package auth
