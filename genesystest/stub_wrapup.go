package genesystest

func wrapupRoutes() []route { return nil }
