"""Who is at the till: the first start of an empty database, logging in, locking, the shell around the sale."""
