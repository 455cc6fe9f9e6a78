package tools

// Temporary placeholders while the catalogue prose is written; deleted before commit.
var (
	accessTODO Access
	idemTODO   bool
)
