package genesystest

func attributeRoutes() []route { return nil }

func (st *state) seedAttributes(c *Conversation, i int) {}
