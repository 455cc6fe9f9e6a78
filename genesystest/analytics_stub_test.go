package genesystest_test

var analyticsSimCases = []simCase{}
