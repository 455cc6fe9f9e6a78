package genesystest_test

var attributeSimCases = []simCase{}
