package genesystest_test

var checklistSimCases = []simCase{}
