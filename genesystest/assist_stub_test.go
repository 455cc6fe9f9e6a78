package genesystest_test

var assistSimCases = []simCase{}
