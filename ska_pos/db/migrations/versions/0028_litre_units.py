"""litre units: an item may be sold or used by the litre (`l`) or millilitre (`ml`)

Revision ID: 0028
Revises: 0023
Create Date: 2026-12-07 07:00:00

The item table's CHECK `ck_item_unit` allows `l` and `ml` beside pcs, kg, m and service (milk bought in litres, a
recipe that uses 150 ml of it; domain/recipe_units.py converts them exactly).

- PostgreSQL: the CHECK is dropped and created again.
- SQLite cannot change a CHECK in place: the table is built again with every row, and every index and trigger on it
  (the item search's triggers of 0007, the indexes of 0007 and 0027) created again from their own SQL. Foreign keys
  are on and twenty tables point at `item`, so a plain copy (Alembic's batch mode: new table, drop, rename) is
  refused. Instead, inside the one transaction of the upgrade, the checks of foreign keys are deferred to the commit
  (`PRAGMA defer_foreign_keys`, which ends with the transaction): the rows are copied aside, the table dropped (its
  implicit delete fires no trigger, so the item search keeps its rows), made again with the new CHECK, and the rows
  put back in their order; each row put back settles the references to it, and the commit fails, changing nothing,
  should one be missing. Each row dropped and put back looks up the rows pointing at it, so a column pointing at
  `item` that no index starts with gets one for the length of the rebuild (else each such table is read whole per
  item: hours on a big file). The table's own SQL is kept except for the CHECK, so its columns stay in their order.

The full stock report now shows each item's unit, so `ix_item_stock_report` (0027), from which the report reads an
outlet's tracked items without touching the table, takes `unit` as its last column (made again on both databases).

Downgrading refuses while any item is sold by `l` or `ml`: the older code cannot show them and no other unit means
the same.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BEFORE = "unit IN ('pcs', 'kg', 'm', 'service')"
_AFTER = "unit IN ('pcs', 'kg', 'm', 'service', 'l', 'ml')"
_REPORT_INDEX = "ix_item_stock_report"
_REPORT_COLUMNS = ["outlet_id", "track_stock", "category_id", "name", "sku", "id"]


def upgrade() -> None:
    _replace_unit_check(_BEFORE, _AFTER)
    op.drop_index(_REPORT_INDEX, table_name="item")
    op.create_index(_REPORT_INDEX, "item", [*_REPORT_COLUMNS, "unit"])


def downgrade() -> None:
    if op.get_bind().execute(sa.text("SELECT count(*) FROM item WHERE unit IN ('l', 'ml')")).scalar():
        raise NotImplementedError("items sold by the litre or millilitre: change their unit first, or restore a copy")
    op.drop_index(_REPORT_INDEX, table_name="item")
    op.create_index(_REPORT_INDEX, "item", _REPORT_COLUMNS)
    _replace_unit_check(_AFTER, _BEFORE)


def _replace_unit_check(before: str, after: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_item_unit"), "item", type_="check")
        op.create_check_constraint(op.f("ck_item_unit"), "item", after)
        return
    _rebuild_sqlite_item(bind, f"CONSTRAINT ck_item_unit CHECK ({before})", f"CONSTRAINT ck_item_unit CHECK ({after})")


def _rebuild_sqlite_item(bind: sa.Connection, old_check: str, new_check: str) -> None:
    table_sql = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'item'")).scalar()
    if not isinstance(table_sql, str) or table_sql.count(old_check) != 1:
        raise RuntimeError(f"the item table does not carry {old_check!r} once")
    # Indexes before triggers, each in the order it was made; automatic indexes (UNIQUE, key) have no SQL.
    kept = bind.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'item' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        " ORDER BY type, rowid")).scalars().all()  # fmt: skip
    bind.execute(sa.text("PRAGMA defer_foreign_keys = ON"))  # never set OFF here: that forgets violations
    helpers = _index_references_to_item(bind)
    bind.execute(sa.text("CREATE TABLE _item_rows AS SELECT * FROM item ORDER BY rowid"))
    bind.execute(sa.text("DROP TABLE item"))
    bind.execute(sa.text(table_sql.replace(old_check, new_check)))
    bind.execute(sa.text("INSERT INTO item SELECT * FROM _item_rows ORDER BY rowid"))
    bind.execute(sa.text("DROP TABLE _item_rows"))
    for name in helpers:
        bind.execute(sa.text(f'DROP INDEX "{name}"'))
    for statement in kept:  # the search triggers come back after the rows: the search already holds them
        bind.execute(sa.text(statement))


def _index_references_to_item(bind: sa.Connection) -> list[str]:
    """Each item row dropped and put back looks up the rows that point at it; in a column no index starts with,
    SQLite reads the whole table once per item (100,000 items and a year of stock count lines: hours, holding the
    write lock). Such columns get an index for the length of the rebuild; the names made are returned."""
    made: list[str] = []
    tables = bind.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
    for table in tables:
        keys = bind.execute(sa.text(f'PRAGMA foreign_key_list("{table}")')).mappings().all()
        referring = {str(key["from"]) for key in keys if str(key["table"]).lower() == "item"}
        leading = set()
        for index in bind.execute(sa.text(f'PRAGMA index_list("{table}")')).mappings().all():
            first = bind.execute(sa.text(f'PRAGMA index_info("{index["name"]}")')).mappings().first()
            if first is not None:
                leading.add(str(first["name"]))
        for column in sorted(referring - leading):
            name = f"_tmp_0028_{table}_{column}"
            bind.execute(sa.text(f'CREATE INDEX "{name}" ON "{table}" ("{column}")'))
            made.append(name)
    return made
