"""The columns revision 0011 adds, lent to an older schema while a test builds its shop through today's models.

The models are the newest schema's, so a shop built at an older revision needs the newest columns to be there;
they are taken away again before the test upgrades, so the upgrade adds them as it would on a real till.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text


def _columns(dialect: str) -> tuple[tuple[str, str], ...]:
    binary = "BLOB" if dialect == "sqlite" else "BYTEA"
    return (("outlet", "service_included BOOLEAN NOT NULL DEFAULT false"), ("outlet", f"receipt_logo {binary}"),
            ("sale", "service_included BOOLEAN NOT NULL DEFAULT false"))  # fmt: skip


@contextmanager
def columns_of_revision_0011(engine: Engine) -> Iterator[None]:
    columns = _columns(engine.dialect.name)
    with engine.begin() as connection:
        for table, column in columns:
            connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {column}"))
    yield
    engine.dispose()  # no pooled connection keeps the tables' lent shape
    with engine.begin() as connection:
        for table, column in columns:
            connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column.split()[0]}"))
