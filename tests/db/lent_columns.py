"""Building the test shop on an older schema: the models are the newest schema's, so the columns later revisions
add to tables the shop writes and reads are lent while it is built, then taken away again before the upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text


def _user_columns(engine: Engine) -> tuple[str, ...]:
    uuid_type = "UUID" if engine.dialect.name == "postgresql" else "CHAR(32)"
    # revision 0010: a PIN to change at the next login, and the worker a user also is
    return ("must_change_pin BOOLEAN NOT NULL DEFAULT false", f"worker_id {uuid_type}")


@contextmanager
def user_columns_of_later_revisions(engine: Engine) -> Iterator[None]:
    columns = _user_columns(engine)
    with engine.begin() as connection:
        for column in columns:
            connection.execute(text(f"ALTER TABLE app_user ADD COLUMN {column}"))
    yield
    engine.dispose()  # no pooled connection keeps the table's lent shape
    with engine.begin() as connection:
        for column in columns:
            connection.execute(text(f"ALTER TABLE app_user DROP COLUMN {column.split()[0]}"))
