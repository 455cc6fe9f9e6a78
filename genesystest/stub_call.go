package genesystest

func callRoutes() []route { return nil }
