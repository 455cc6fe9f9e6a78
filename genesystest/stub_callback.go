package genesystest

func callbackRoutes() []route { return nil }
