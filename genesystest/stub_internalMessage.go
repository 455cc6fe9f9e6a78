package genesystest

func internalMessageRoutes() []route { return nil }

func (st *state) seedInternalMessages(c *Conversation, i int) {}
