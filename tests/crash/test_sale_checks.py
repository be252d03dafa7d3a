"""The crash checks can fail: each way a sale can be half there, lost or misnumbered is caught
(tests/crash/sale_checks.py), so a kill loop that passes has proved something."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from shop import Shop

from crash.sale_checks import check_sales
from crash.sale_loop import till_config
from crash.test_disk_faults import rung_up, sell
from ska_pos.db.checkpoint import database_file

PRINTED = {"receipt", "kitchen"}
TAMPERINGS = {
    "a payment lost": ("DELETE FROM payment WHERE sale_id = (SELECT id FROM sale WHERE seq = 2)", "payments of 0"),
    "a print job lost": (
        "DELETE FROM print_job WHERE kind = 'receipt' AND sale_id = (SELECT id FROM sale WHERE seq = 1)",
        "print jobs ['kitchen']",
    ),
    "an earning lost": (
        "DELETE FROM earning_entry WHERE sale_line_id = (SELECT min(id) FROM sale_line)",
        "a line's earnings split 0 of 10000",
    ),
    "a line lost": (
        "PRAGMA foreign_keys=OFF; DELETE FROM sale_line WHERE id = (SELECT max(id) FROM sale_line)",
        "its lines add up to",
    ),
    "a number skipped": ("UPDATE sale SET seq = 4 WHERE seq = 3", "has gaps or duplicates"),
    "a stock movement lost": ("DELETE FROM stock_movement", "a line of a tracked item has 0 stock movements"),
}


@pytest.mark.parametrize("tampering", TAMPERINGS)
def test_each_broken_sale_is_caught(shop: Shop, tampering: str, tmp_path: Path) -> None:
    till_config(shop, tmp_path)  # a receipt and a kitchen printer: each sale queues both jobs
    receipts = [sell(shop, rung_up(shop)).receipt_no for _ in range(3)]
    assert check_sales(shop.db, receipts, PRINTED).problems == []
    path = database_file(shop.db.engine)
    assert path is not None
    shop.db.dispose()
    statement, said = TAMPERINGS[tampering]
    with sqlite3.connect(path, isolation_level=None) as connection:
        connection.executescript(statement)
    connection.close()
    problems = check_sales(shop.db, receipts, PRINTED).problems
    assert any(said in problem for problem in problems), problems


def test_a_sale_acknowledged_but_not_saved_is_caught(shop: Shop) -> None:
    done = sell(shop, rung_up(shop))
    problems = check_sales(shop.db, [done.receipt_no, "KFE-T1-20261206-0002"], set()).problems
    assert problems == ["receipt KFE-T1-20261206-0002 was acknowledged but is not in the database"]
