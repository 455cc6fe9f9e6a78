package auth

import "strings"

// Region is one Genesys Cloud deployment. Its API host is api.<Domain> and
// its login (OAuth) host is login.<Domain>.
type Region struct {
	Key    string // SDK region key, e.g. "us_east_1"
	Domain string // e.g. "mypurecloud.com"
}

// APIURL is the base URL of the region's Platform API, without a trailing slash.
func (r Region) APIURL() string { return "https://api." + r.Domain }

// LoginURL is the base URL of the region's OAuth server, without a trailing slash.
func (r Region) LoginURL() string { return "https://login." + r.Domain }

// The regions Genesys Cloud documents, in the order of its SDKs.
var regions = []Region{
	{"us_east_1", "mypurecloud.com"},
	{"eu_west_1", "mypurecloud.ie"},
	{"ap_southeast_2", "mypurecloud.com.au"},
	{"ap_northeast_1", "mypurecloud.jp"},
	{"eu_central_1", "mypurecloud.de"},
	{"us_west_2", "usw2.pure.cloud"},
	{"ca_central_1", "cac1.pure.cloud"},
	{"ap_northeast_2", "apne2.pure.cloud"},
	{"eu_west_2", "euw2.pure.cloud"},
	{"ap_south_1", "aps1.pure.cloud"},
	{"us_east_2", "use2.us-gov-pure.cloud"},
	{"sa_east_1", "sae1.pure.cloud"},
	{"me_central_1", "mec1.pure.cloud"},
	{"ap_northeast_3", "apne3.pure.cloud"},
	{"eu_central_2", "euc2.pure.cloud"},
	{"mx_central_1", "mxc1.pure.cloud"},
	{"ap_southeast_1", "apse1.pure.cloud"},
	{"eusc_de_east_1", "edee1.eusc-pure.cloud"},
}

// DefaultRegion is used when no region is configured: us_east_1.
var DefaultRegion = regions[0]

// Regions returns every known region. The slice is a copy.
func Regions() []Region { return append([]Region(nil), regions...) }

// LookupRegion finds a region by SDK key ("eu_west_1"), dashed key
// ("eu-west-1"), domain ("mypurecloud.ie") or API host
// ("api.mypurecloud.ie"). Case is ignored.
func LookupRegion(s string) (Region, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	s = strings.TrimSuffix(s, "/")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "api."), "login.")
	key := strings.ReplaceAll(s, "-", "_")
	for _, r := range regions {
		if r.Key == key || r.Domain == s {
			return r, true
		}
	}
	return Region{}, false
}
