"""Open tabs by table (issue 13, docs/tabs.md): tables, tabs and their rounds, moves, merges, voids and payment."""
