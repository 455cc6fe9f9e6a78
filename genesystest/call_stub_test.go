package genesystest_test

var callSimCases = []simCase{}
