"""Text that must fit its column. PostgreSQL refuses a value longer than `String(n)` and fails the whole
transaction; SQLite stores it. So the services check first, against the length the model declares."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from ska_pos.i18n import _
from ska_pos.services.errors import ValidationError


def column_length(column: InstrumentedAttribute[str]) -> int | None:
    """The `n` of a `String(n)` column; None for `Text` and other unbounded types."""
    kind = column.property.columns[0].type
    return kind.length if isinstance(kind, String) else None


def check_length(value: str, column: InstrumentedAttribute[str], what: str) -> None:
    """Refuse `value` with a message naming `what` (already translated) when it does not fit `column`."""
    limit = column_length(column)
    if limit is not None and len(value) > limit:
        raise ValidationError(_("The {what} can have at most {count} characters", what=what, count=limit))
