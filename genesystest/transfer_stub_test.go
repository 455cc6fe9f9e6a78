package genesystest_test

var transferSimCases = []simCase{}
