"""The triggers that make a table append-only, for the migrations that create such tables (0013 onwards).

It lives beside `ska_pos.db.types` rather than among the migration scripts: those are shipped as data files that
alembic reads, while this module, like `types`, is part of the frozen package the scripts import from.
"""

from __future__ import annotations

import sqlalchemy as sa
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


def reseal_only(table: str, refusal: str, sealed: str, *, beside: tuple[str, ...] = ()) -> None:
    """Let an append-only table's UPDATE through only when it seals a value again (a key rotation: the personal
    data reseal): the sealed column `sealed` goes from one sealed value to another, `beside` (its keyed hash to find
    it by) may change with it, and every other column stays as it was; anything else is still refused with
    `refusal` (a wiped value, a plain one, or a keyed hash added or taken away too). DELETE, TRUNCATE and a
    replacing insert stay refused as `append_only` made them.

    On PostgreSQL the row is compared whole (`to_jsonb`), so a column added later is covered. On SQLite the
    columns the table has now are listed in the trigger: a migration that adds a column to the table makes the
    trigger again (`reseal_only` once more, after dropping `{table}_no_update`)."""
    kept = ", ".join(f"'{column}'" for column in (sealed, *beside))
    # the new value is a sealed envelope (ska_pos.sealing.envelope: "pd1:..."), and a keyed hash stays there or absent;
    # each term is never NULL (SQLite's WHEN NOT (NULL) would let the update through)
    resealing = " AND ".join([
        f"OLD.{sealed} IS NOT NULL", f"NEW.{sealed} IS NOT NULL", f"NEW.{sealed} LIKE 'pd1:%'",
        f"NEW.{sealed} <> OLD.{sealed}",
        *(f"(NEW.{column} IS NULL) = (OLD.{column} IS NULL)" for column in beside),
    ])  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE FUNCTION {table}_reseal_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   f"IF {resealing} AND to_jsonb(NEW) - ARRAY[{kept}] = to_jsonb(OLD) - ARRAY[{kept}] "
                   f"THEN RETURN NEW; END IF; RAISE EXCEPTION '{refusal}'; END $$")  # fmt: skip
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()")  # fmt: skip
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_reseal_only()")  # fmt: skip
        return
    columns = [column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)]
    unchanged = " AND ".join(f"NEW.{column} IS OLD.{column}" for column in columns if column not in (sealed, *beside))
    op.execute(f"DROP TRIGGER {table}_no_update")
    op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} WHEN NOT ({resealing} AND {unchanged}) "
               f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")  # fmt: skip


def refuse_every_update(table: str, refusal: str) -> None:
    """Undoes `reseal_only`: every UPDATE refused again, as `append_only` made it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {table}_no_update ON {table}")
        op.execute(f"DROP FUNCTION {table}_reseal_only()")
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()")  # fmt: skip
        return
    op.execute(f"DROP TRIGGER {table}_no_update")
    op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
               f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")  # fmt: skip
