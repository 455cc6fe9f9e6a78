package genesystest

func attributeRoutes() []route { return nil }
