"""Prepared statements (ska_pos/db/prepared.py) write and read exactly what SQLAlchemy's own execution does: the
till's sale goes straight to SQLite's driver, and with the engine's echo on it goes through `connection.execute`,
so the two must not differ in any stored value."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
from shop import Shop
from sqlalchemy import Column, MetaData, Table, Uuid, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from ska_pos.db import prepared as prepared_module
from ska_pos.db.engine import make_engine
from ska_pos.db.models import Item, Sale
from ska_pos.db.models.base import table_of
from ska_pos.db.prepared import PreparedInsert, PreparedSelect
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, print_jobs, sales
from ska_pos.services.cart import Cart

NOON_JAKARTA = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
# What differs between any two sales: their own keys, numbers and the chain's hashes.
OWN = {"id", "sale_id", "sale_line_id", "record_id", "seq", "receipt_no", "prev_hash", "hash"}


@contextmanager
def through_sqlalchemy(shop: Shop) -> Iterator[None]:
    """With the statements shown in the log, prepared statements run through `connection.execute`."""
    shop.db.engine.echo = True
    try:
        yield
    finally:
        shop.db.engine.echo = False


def sell(shop: Shop) -> str:
    with time_machine.travel(NOON_JAKARTA, tick=False), shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        for code in ("8990001", "8990001", "8990002", "8990003"):
            cart_ops.add_by_code(s, cart, code)
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], open_drawer=True)
        print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
        return done.sale_id.hex


def _without_own(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_own(item) for key, item in value.items() if key not in OWN and key != "cashier_id"}
    if isinstance(value, list):
        return [_without_own(item) for item in value]
    return value


def stored(shop: Shop, sale_hex: str) -> dict[str, list[dict[str, Any]]]:
    """The sale's rows as SQLite holds them (types included), without what differs between any two sales."""
    path = shop.db.engine.url.database
    assert path is not None
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    lines = "SELECT id FROM sale_line WHERE sale_id = ?"
    queries = {
        "sale": "SELECT * FROM sale WHERE id = ?",
        "sale_line": "SELECT * FROM sale_line WHERE sale_id = ? ORDER BY line_no",
        "payment": "SELECT * FROM payment WHERE sale_id = ?",
        "earning_entry": "SELECT * FROM earning_entry WHERE sale_id = ? ORDER BY created_at, amount",
        "stock_movement": f"SELECT * FROM stock_movement WHERE sale_line_id IN ({lines}) ORDER BY quantity",
        "journal_entry": "SELECT * FROM journal_entry WHERE record_id = ?",
        "print_job": "SELECT * FROM print_job WHERE sale_id = ? ORDER BY kind",
    }
    rows = {}
    for table, query in queries.items():
        found = [dict(row) for row in connection.execute(query, (sale_hex,))]
        for row in found:
            if "payload" in row and table == "journal_entry":
                row["payload"] = _without_own(json.loads(row["payload"]))
        rows[table] = [{key: value for key, value in row.items() if key not in OWN} for row in found]
    connection.close()
    return rows


def test_a_sale_stores_the_same_rows_straight_or_through_sqlalchemy(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []
    run = prepared_module._run

    def counted(connection: Any, sql: str, values: Any, *, many: bool) -> Any:
        ran.append(sql)
        return run(connection, sql, values, many=many)

    monkeypatch.setattr(prepared_module, "_run", counted)
    straight = stored(shop, sell(shop))
    assert ran, "the sale never took the straight path: the comparison below would compare SQLAlchemy with itself"
    monkeypatch.setattr(prepared_module, "_run", run)
    with through_sqlalchemy(shop):
        through = stored(shop, sell(shop))
    assert all(straight[table] for table in ("sale", "sale_line", "payment", "earning_entry", "journal_entry"))
    assert straight == through


def test_a_select_reads_the_same_values_with_lists_of_any_length_and_literals(shop: Shop) -> None:
    statement = (
        select(Item.id, Item.name, Item.price, Item.active, Item.created_at, Item.min_quantity)
        .where(Item.id.in_(bindparam("ids", expanding=True)), Item.kind == "product")
        .order_by(Item.name)
        .limit(5)
    )
    prepared = PreparedSelect(statement)
    wanted = [shop.es_teh.id, shop.kopi.id, shop.keripik.id, shop.potong.id]
    with shop.db.transaction() as s:
        connection = s.connection()
        for ids in (wanted[:1], wanted, [], wanted[1:3]):
            expected = connection.execute(statement, {"ids": ids}).all()
            got = prepared.all(connection, {"ids": ids})
            assert [[(type(v), v) for v in row] for row in got] == [[(type(v), v) for v in row] for row in expected]
            assert [row.name for row in got] == [row.name for row in expected]
        assert prepared.scalar(connection, {"ids": wanted[1:2]}) == shop.kopi.id
        assert prepared.first(connection, {"ids": []}) is None


def test_a_refused_insert_raises_sqlalchemys_error(shop: Shop) -> None:
    prepared = PreparedInsert(insert(table_of(Sale)))
    with shop.db.transaction() as s:
        existing = s.get(Sale, sell(shop) and s.scalars(select(Sale.id)).first())
        assert existing is not None
        row = {column: getattr(existing, column) for column in ("id", "outlet_id", "till_id", "cashier_id",
               "receipt_no", "business_date", "seq", "subtotal", "net_total", "total")}  # fmt: skip
        with pytest.raises(IntegrityError):
            prepared.run(s.connection(), [row])


def test_outside_a_transaction_a_statement_goes_through_sqlalchemy(shop: Shop) -> None:
    """Straight on the driver outside a transaction, SQLite would commit each statement on its own."""
    with shop.db.engine.connect() as connection:
        assert not prepared_module._direct(connection)
        connection.begin()
        assert prepared_module._direct(connection)
        connection.rollback()


def test_an_insert_of_one_column_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    """A row of one value: taken on its own (an itemgetter of one name returns the value, not a tuple), converted
    by its column's type."""
    table = Table("one", MetaData(), Column("id", Uuid(), primary_key=True))
    engine = make_engine(f"sqlite:///{tmp_path / 'one.sqlite3'}")
    table.create(engine)
    keys = [uuid.uuid4() for _ in range(3)]
    prepared = PreparedInsert(insert(table))
    with engine.begin() as connection:
        assert prepared_module._direct(connection)
        prepared.run(connection, [{"id": key} for key in keys[:2]])
        connection.execute(insert(table), [{"id": keys[2]}])
        stored = connection.exec_driver_sql("SELECT id FROM one ORDER BY rowid").scalars().all()
    engine.dispose()
    assert stored == [key.hex for key in keys]


def test_a_select_of_no_parameter_reads_what_sqlalchemy_reads(shop: Shop) -> None:
    """No parameter at all (every position a parameter of its own name, vacuously): nothing to take from them."""
    statement = select(Item.id).order_by(Item.id)
    with shop.db.transaction() as s:
        connection = s.connection()
        assert prepared_module._direct(connection)
        assert PreparedSelect(statement).all(connection, {}) == connection.execute(statement).all()
