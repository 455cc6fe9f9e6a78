package genesystest

func assistRoutes() []route { return nil }

func (st *state) seedAssist(c *Conversation, i int) {}
