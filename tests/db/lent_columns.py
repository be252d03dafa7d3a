"""Building the test shop on an older schema: the models are the newest schema's, so the columns later revisions
add to tables the shop writes and reads are lent while it is built, then taken away again before the test upgrades,
so the upgrade adds them as it would on a real till. Opening a shift expires the packages due (revision 0024's
tables, and 0029's): on an older schema there are none, so that step is left out while the shop is built."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from sqlalchemy import Engine, text


def _columns(dialect: str) -> tuple[tuple[str, str], ...]:
    binary = "BLOB" if dialect == "sqlite" else "BYTEA"
    uuid_type = "UUID" if dialect == "postgresql" else "CHAR(32)"
    return (
        # revision 0010: a PIN to change at the next login, and the worker a user also is
        ("app_user", "must_change_pin BOOLEAN NOT NULL DEFAULT false"),
        ("app_user", f"worker_id {uuid_type}"),
        # revision 0011: nett prices and the receipt logo
        ("outlet", "service_included BOOLEAN NOT NULL DEFAULT false"),
        ("outlet", f"receipt_logo {binary}"),
        ("sale", "service_included BOOLEAN NOT NULL DEFAULT false"),
        # revision 0016: the service charge before discount
        ("outlet", "service_before_discount BOOLEAN NOT NULL DEFAULT false"),
        ("sale", "service_before_discount BOOLEAN NOT NULL DEFAULT false"),
        # revision 0014: whether a tracked item's stock may fall below zero at the outlet
        ("outlet", "allow_negative_stock BOOLEAN NOT NULL DEFAULT true"),
    )


@contextmanager
def columns_of_later_revisions(engine: Engine) -> Iterator[None]:
    columns = _columns(engine.dialect.name)
    with engine.begin() as connection:
        for table, column in columns:
            connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {column}"))
    with mock.patch("ska_pos.services.shifts.expire_due"):
        yield
    engine.dispose()  # no pooled connection keeps the tables' lent shape
    with engine.begin() as connection:
        for table, column in columns:
            connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column.split()[0]}"))
