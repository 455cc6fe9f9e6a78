package genesystest

// routes lists every simulated operation, by API area.
func (s *Server) routes() []route {
	var all []route
	for _, group := range [][]route{
		conversationRoutes(),
		callRoutes(),
		callbackRoutes(),
		participantRoutes(),
		transferRoutes(),
		wrapupRoutes(),
		attributeRoutes(),
		analyticsRoutes(),
		checklistRoutes(),
		internalMessageRoutes(),
		assistRoutes(),
	} {
		all = append(all, group...)
	}
	return all
}
