"""The café's open tabs at the till: the floor view of the tables and a tab's rounds (docs/tabs.md)."""
