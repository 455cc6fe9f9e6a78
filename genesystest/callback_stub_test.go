package genesystest_test

var callbackSimCases = []simCase{}
