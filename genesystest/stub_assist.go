package genesystest

func assistRoutes() []route { return nil }
