"""Prepaid packages (docs/orders.md, "Prepaid packages"): the outlet's plans, selling one, using a session, expiry,
and what a customer has left."""
