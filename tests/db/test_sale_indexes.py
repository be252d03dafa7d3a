"""The indexes a sale's commit writes (migration 0032, issue 8 item 9): no index entry that no query needs, and
every query that needs one still reads it.

A sale reverses nothing: `ix_sale_reverses_sale_id` and `ix_sale_line_reverses_line_id` hold only voids and
refunds (partial, `IS NOT NULL`), the earnings have one index by worker and date, not two, and a print job one
index entry (till, status), not two. The look-ups of voids and refunds and the retry worker's reads are recorded as
the services run them and asked of SQLite (EXPLAIN QUERY PLAN): each must search its index, never scan."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from shop import Shop, approved
from sqlalchemy import event

from ska_pos.db.database import Database, open_database
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sale_queries, sales, tips
from ska_pos.services.cart import Cart
from ska_pos.services.print_jobs import DatabaseJobStore
from ska_pos.services.reversals import RefundRequest
from ska_pos.services.till_journal import refundable_lines, todays_journal

REVERSING = {"reverses_sale_id": "ix_sale_reverses_sale_id", "reverses_line_id": "ix_sale_line_reverses_line_id"}
# A condition on a reversing column (`x.reverses_sale_id = ?`, `... IN (...)`), not the column merely read.
LOOK_UP = re.compile(r"\.(reverses_sale_id|reverses_line_id)\s*(=|IN\b)", re.IGNORECASE)


def _indexes(path: Path, table: str) -> dict[str, tuple[list[str], str]]:
    """Each index of `table`: its columns and its CREATE statement."""
    with sqlite3.connect(path) as connection:
        found = {}
        for _seq, name, _unique, origin, _partial in connection.execute(f"PRAGMA index_list('{table}')"):
            if origin != "c":
                continue
            columns = [column for _n, _cid, column in connection.execute(f"PRAGMA index_info('{name}')")]
            (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            found[name] = (columns, " ".join(sql.split()))
        return found


def test_a_new_database_has_one_worker_index_partial_reversal_indexes_and_one_print_job_index(tmp_path: Path) -> None:
    path = tmp_path / "pos.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    earnings = _indexes(path, "earning_entry")
    assert "ix_earning_worker_date" not in earnings
    assert earnings["ix_earning_worker_sums"][0][:2] == ["worker_id", "business_date"]
    for table, column in (("sale", "reverses_sale_id"), ("sale_line", "reverses_line_id")):
        columns, sql = _indexes(path, table)[REVERSING[column]]
        assert columns == [column]
        assert sql.endswith(f"WHERE {column} IS NOT NULL")
    assert {name: columns for name, (columns, _sql) in _indexes(path, "print_job").items()} == {
        "ix_print_job_till_status": ["till_id", "status"]
    }


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """Every statement the services run on `db` meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: Any, _context: object, many: bool) -> None:
        if not many:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _sale(shop: Shop) -> uuid.UUID:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(3))
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(2))
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)]).sale_id


def test_the_look_ups_of_voids_and_refunds_search_their_partial_index(shop: Shop, tmp_path: Path) -> None:
    refunded, voided = _sale(shop), _sale(shop)
    with shop.db.reading() as s:
        teh = sale_queries.sale_with_lines(s, refunded).lines[0].id  # type: ignore[union-attr]
    with _statements(shop.db) as seen:
        for quantity in (Decimal(1), Decimal(1)):
            with shop.db.transaction() as s:
                request, approval = [RefundRequest(teh, quantity)], approved(s, "sale.refund")
                reversals.refund_lines(s, shop.cashier, refunded, request, "Dikembalikan", approval=approval)
        with shop.db.transaction() as s:
            reversals.void_sale(s, shop.cashier, voided, "Salah input", approval=approved(s, "sale.void"))
        with shop.db.transaction() as s:
            tips.record_tip(s, shop.cashier, refunded, 1_000)
        with shop.db.reading() as s:
            assert [sale.kind for sale in sale_queries.reversals_of(s, refunded)] == ["refund", "refund"]
            assert refundable_lines(s, refunded)[0].refundable == Decimal(1)
            assert len(todays_journal(s, shop.cashier.till_id)) == 5
    look_ups = [(sql, parameters) for sql, parameters in seen if LOOK_UP.search(sql)]
    columns = {match.group(1) for sql, _ in look_ups for match in LOOK_UP.finditer(sql)}
    assert columns == set(REVERSING)  # both columns' look-ups were seen, or this test proves nothing
    path = shop.db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as connection:
        for sql, parameters in look_ups:
            plan = " | ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters))
            for column in {match.group(1) for match in LOOK_UP.finditer(sql)}:
                assert f"INDEX {REVERSING[column]} ({column}=?)" in plan, (sql, plan)


def test_the_retry_workers_reads_search_a_tills_waiting_jobs_only(shop: Shop) -> None:
    """Before, they searched by till alone (every job the till ever printed) and no query read the status index."""
    store = DatabaseJobStore(shop.db, shop.cashier.till_id)
    with _statements(shop.db) as seen:
        assert store.pending() == []
        assert store.count() == 0
    reads = [(sql, parameters) for sql, parameters in seen if "FROM print_job" in sql]
    assert len(reads) == 2
    path = shop.db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as connection:
        for sql, parameters in reads:
            plan = " | ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters))
            assert "INDEX ix_print_job_till_status (till_id=? AND status=?)" in plan, (sql, plan)
