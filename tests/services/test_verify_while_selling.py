"""`verify` while a till sells: one snapshot, so an untouched journal never looks broken (PostgreSQL read each
statement at its own moment before), and no write lock, so the till's sales go on (SQLite held it for the whole
check, and a sale waited, then failed with "database is locked" on a big journal)."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from shop import Shop

from ska_pos.db.database import open_database
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_verify, sales
from ska_pos.services.cart import Cart


def _sell(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990003")
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])


@pytest.mark.parametrize("shop_name", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_verify_while_a_till_sells_sees_no_false_problem_and_blocks_no_sale(
    request: pytest.FixtureRequest, shop_name: str
) -> None:
    shop: Shop = request.getfixturevalue(shop_name)
    for _ in range(150):  # some history, so that a check takes a moment
        _sell(shop)
    url = shop.db.engine.url.render_as_string(hide_password=False)
    stop = threading.Event()
    sold_during_checks: list[int] = []

    def sell() -> None:
        database = open_database(url)
        try:
            while not stop.is_set():
                with database.transaction() as s:
                    cart = Cart(shop.cafe.id)
                    cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
                    sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])
                sold_during_checks.append(1)
        finally:
            database.dispose()

    seller = threading.Thread(target=sell)
    seller.start()
    false_alarms: list[str] = []
    try:
        for _ in range(10):
            with shop.db.reading() as s:  # as `ska-pos verify` and the manager's button read
                report = journal_verify.verify(s)
            if not report.ok:
                false_alarms.append("; ".join(report.lines()))
    finally:
        stop.set()
        seller.join()
    assert false_alarms == []
    assert sold_during_checks, "the till sold nothing while the journal was checked"
