package genesystest_test

var internalMessageSimCases = []simCase{}
