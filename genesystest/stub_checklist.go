package genesystest

func checklistRoutes() []route { return nil }
