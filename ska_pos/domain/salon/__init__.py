"""The salon's day: the walk-in queue's estimated waits and the appointments' times (no Qt, no database)."""
