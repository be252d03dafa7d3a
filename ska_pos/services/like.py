"""A `LIKE` pattern that finds typed text anywhere, with the typed `%`, `_` and `\\` taken literally."""

from __future__ import annotations

ESCAPE = "\\"


def contains(text: str) -> str:
    """`%text%` for `column.like(pattern, escape=ESCAPE)`; the text lower-cased, for `func.lower(column)`."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
