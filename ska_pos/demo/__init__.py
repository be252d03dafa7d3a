"""A realistic demo sentra for trying SKA POS out and for tests."""
