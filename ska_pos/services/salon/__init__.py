"""The salon's day (docs/orders.md, "The salon's queue and appointments"): service durations, the walk-in queue
with its estimated waits, and appointments with the workers, on the order services."""
