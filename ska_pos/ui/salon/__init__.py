"""The salon's counter: the walk-in queue and the day's appointments per worker (docs/orders.md)."""
