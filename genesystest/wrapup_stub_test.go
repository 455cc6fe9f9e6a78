package genesystest_test

var wrapupSimCases = []simCase{}
