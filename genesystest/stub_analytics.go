package genesystest

func analyticsRoutes() []route { return nil }
