package genesystest

func participantRoutes() []route { return nil }
