"""Revision 0028: a database with items, sales and stock upgrades to an item table that allows `l` and `ml`, keeping
every row, index and trigger on it (SQLite builds the table again while twenty tables point at it); downgrading
refuses while an item is sold by the litre."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from shop import Shop, act_as, build_shop
from stock.helpers import receive, sell, supplier

from db.older_databases import opened
from ska_pos.db.database import Database
from ska_pos.db.engine import make_engine, make_session_factory
from ska_pos.db.migrate import alembic_config, current_revision, head_revision
from ska_pos.db.models import StockOnHand
from ska_pos.services import catalog, setup


def _shop_at_0023(url: str) -> Shop:
    """A shop with sales and stock, taken down to 0023, the revision before the litre units: today's services write
    the rows (they may read tables later revisions add), and the migrations take the schema back."""
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "head")
    database = Database(url=url, engine=engine, sessions=make_session_factory(engine))
    shop = build_shop(database)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    sell(shop, shop.keripik.id, 3)
    command.downgrade(alembic_config(engine), "0023")
    assert current_revision(engine) == "0023"
    database.dispose()
    return shop


def _item_schema(connection: sa.Connection) -> tuple[list[tuple[object, ...]], set[tuple[str, str]]]:
    """The item rows, and every index and trigger on the table but the stock report's (0028 adds `unit` to it)."""
    rows = [tuple(row) for row in connection.execute(sa.text("SELECT * FROM item ORDER BY id"))]
    if connection.dialect.name == "sqlite":
        query = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'item' AND type IN ('index', 'trigger')"
    else:
        query = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'item'"
    found = {(name, sql or "") for name, sql in connection.execute(sa.text(query))}
    return rows, {(name, sql) for name, sql in found if name != "ix_item_stock_report"}


def _report_index(connection: sa.Connection) -> list[str]:
    (index,) = [i for i in sa.inspect(connection).get_indexes("item") if i["name"] == "ix_item_stock_report"]
    return [str(column) for column in index["column_names"]]


_REPORT_COLUMNS = ["outlet_id", "track_stock", "category_id", "name", "sku", "id"]


def test_a_database_with_items_and_sales_keeps_them_all_and_takes_litres(url: str) -> None:
    shop = _shop_at_0023(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        rows_before, schema_before = _item_schema(connection)
    engine.dispose()

    upgraded = opened(url)
    try:
        assert current_revision(upgraded.engine) == head_revision(upgraded.engine)
        with upgraded.engine.connect() as connection:
            assert _item_schema(connection) == (rows_before, schema_before)
            assert _report_index(connection) == [*_REPORT_COLUMNS, "unit"]
            if url.startswith("sqlite"):
                assert connection.execute(sa.text("PRAGMA foreign_key_check")).all() == []
        with upgraded.reading() as s:  # the ledger still points at the item
            assert s.scalar(sa.select(StockOnHand.quantity).where(StockOnHand.item_id == shop.keripik.id)) == 7
        manager = act_as(shop, "manager")
        with upgraded.transaction() as s:
            cafe = s.merge(shop.cafe)
            milk = setup.create_item(s, manager, cafe, "SUSU", "Susu Segar", 0, unit="l",
                                     track_stock=True)  # fmt: skip
            assert milk.unit == "l"
        with upgraded.reading() as s:  # the search's triggers follow the rebuilt table
            assert [i.name for i in catalog.search_items(s, shop.cafe.id, "singkong")] == ["Keripik Singkong"]
            assert [i.name for i in catalog.search_items(s, shop.cafe.id, "susu seg")] == ["Susu Segar"]
        with pytest.raises(sa.exc.IntegrityError), upgraded.engine.begin() as connection:
            connection.execute(sa.text("UPDATE item SET unit = 'gallon' WHERE sku = 'SUSU'"))
        with pytest.raises(NotImplementedError, match="litre"):
            command.downgrade(alembic_config(upgraded.engine), "0023")
        assert current_revision(upgraded.engine) == head_revision(upgraded.engine)  # refused: nothing changed
    finally:
        upgraded.dispose()


def test_downgrading_without_litre_items_puts_the_old_check_back(url: str) -> None:
    shop = _shop_at_0023(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        before = _item_schema(connection)
    engine.dispose()
    upgraded = opened(url)
    try:
        command.downgrade(alembic_config(upgraded.engine), "0023")
        with upgraded.engine.connect() as connection:
            assert _item_schema(connection) == before
            assert _report_index(connection) == _REPORT_COLUMNS
        with pytest.raises(sa.exc.IntegrityError), upgraded.engine.begin() as connection:
            connection.execute(sa.text("UPDATE item SET unit = 'ml' WHERE id = :id"), {"id": shop.keripik.id.hex})
    finally:
        upgraded.dispose()


def _many_items_and_counts(url: str, shop: Shop, items: int, counts: int) -> None:
    """`items` more items like the keripik, each counted in `counts` stock counts: stock_count_line.item_id has no
    index of its own (its unique key starts with the count)."""
    engine = make_engine(url)
    with engine.begin() as connection:
        columns = [row[1] for row in connection.execute(sa.text("PRAGMA table_info(item)"))]
        made = {"id": "lower(hex(randomblob(16)))", "sku": "'X' || n", "name": "'Barang ' || n"}
        values = ", ".join(made.get(column, f"item.{column}") for column in columns)
        connection.execute(sa.text(
            f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {items})"
            f" INSERT INTO item ({', '.join(columns)}) SELECT {values} FROM item, seq WHERE item.id = :id"),
            {"id": shop.keripik.id.hex})  # fmt: skip
        user = connection.execute(sa.text("SELECT id FROM app_user LIMIT 1")).scalar()
        outlet = shop.keripik.outlet_id.hex
        for _ in range(counts):
            count = connection.execute(sa.text(
                "INSERT INTO stock_count (id, outlet_id, state, started_by_id, started_at, note)"
                " VALUES (lower(hex(randomblob(16))), :outlet, 'approved', :user, '2026-12-01 08:00:00', '')"
                " RETURNING id"), {"outlet": outlet, "user": user}).scalar()  # fmt: skip
            connection.execute(sa.text(
                "INSERT INTO stock_count_line (id, count_id, item_id, counted, expected, reason, counted_by_id,"
                " counted_at) SELECT lower(hex(randomblob(16))), :count, id, 1, 1, '', :user, '2026-12-01 09:00:00'"
                " FROM item WHERE outlet_id = :outlet"), {"count": count, "user": user, "outlet": outlet})  # fmt: skip
    engine.dispose()


def _steps_of_upgrade_to_0028(url: str) -> int:
    """SQLite's virtual-machine steps (in thousands) that revision 0028 takes, a measure that no load changes."""
    engine = make_engine(url)
    steps = [0]

    def counting(connection: Any, _record: object) -> None:
        connection.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1) or 0, 1000)

    sa.event.listen(engine, "connect", counting)
    command.upgrade(alembic_config(engine), "0028")
    engine.dispose()
    return steps[0]


def test_the_sqlite_rebuild_does_not_scan_the_unindexed_references_once_per_item(tmp_path: Path) -> None:
    """Each item dropped and put back looks up the rows that point at it; where that column has no index SQLite
    reads the whole table per item: 100,000 items and a year of stock counts took hours, holding the write lock.
    Measured in steps, the rebuild grows with items + count lines, not items x count lines."""
    small, large = f"sqlite:///{tmp_path / 'small.sqlite3'}", f"sqlite:///{tmp_path / 'large.sqlite3'}"
    _many_items_and_counts(small, _shop_at_0023(small), 100, 4)
    _many_items_and_counts(large, _shop_at_0023(large), 400, 16)  # four times the items, sixteen times the lines
    small_steps, large_steps = _steps_of_upgrade_to_0028(small), _steps_of_upgrade_to_0028(large)
    assert large_steps < 30 * small_steps, (small_steps, large_steps)  # items x lines would be 64 times
