"""The key map of the till, shown on F1."""
