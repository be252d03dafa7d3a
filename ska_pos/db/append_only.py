"""The triggers that make a table append-only, for the migrations that create such tables (0013 onwards).

It lives beside `ska_pos.db.types` rather than among the migration scripts: those are shipped as data files that
alembic reads, while this module, like `types`, is part of the frozen package the scripts import from.
"""

from __future__ import annotations

from alembic import op


def append_only(table: str, refusal: str, *, replaced: str | None = None, same_row: str = "id = NEW.id") -> None:
    """Refuse every UPDATE and DELETE of `table`'s rows with `refusal` (on PostgreSQL a TRUNCATE too, through the
    function `{table}_refuse()`). On SQLite an INSERT OR REPLACE deletes the row in its way without firing the DELETE
    trigger (see 0012): an insert that meets a row `same_row` finds is refused with `replaced` (default `refusal`)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   f"BEGIN RAISE EXCEPTION '{refusal}'; END $$")  # fmt: skip
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()")  # fmt: skip
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse()")  # fmt: skip
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")  # fmt: skip
    op.execute(f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
               f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {same_row}) "
               f"BEGIN SELECT RAISE(ABORT, '{replaced or refusal}'); END")  # fmt: skip
