package genesystest

func internalMessageRoutes() []route { return nil }
