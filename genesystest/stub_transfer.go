package genesystest

func transferRoutes() []route { return nil }
