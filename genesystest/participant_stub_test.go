package genesystest_test

var participantSimCases = []simCase{}
