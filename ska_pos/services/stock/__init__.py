"""Inventory: the stock ledger and what rests on it (on-hand, cost, receiving, consignment, counts, checks)."""
