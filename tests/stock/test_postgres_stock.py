"""The movement writer on PostgreSQL: its upsert of the on-hand cache, its row locks and the stock check."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import text
from sqlalchemy.orm import Session

from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import counts
from ska_pos.services.stock.check import check_stock
from stock.helpers import ledger_sum, on_hand, receive, refund, sell, supplier

pytestmark = pytest.mark.postgres


def test_receive_sell_refund_and_count_on_postgresql(pg_shop: Shop) -> None:
    shop = pg_shop
    tani = supplier(shop)
    receive(shop, tani, shop.keripik.id, 10, 7_000)
    receive(shop, tani, shop.keripik.id, 10, 8_000)
    sale_id = sell(shop, shop.keripik.id, 3)
    refund(shop, sale_id, 1)
    assert on_hand(shop, shop.keripik.id) == (Decimal(18), 7_500)
    supervisor, manager = act_as(shop, "supervisor"), act_as(shop, "manager")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(17))
        counts.approve_count(s, manager, count_id, {shop.keripik.id: "pecah"})
    assert on_hand(shop, shop.keripik.id)[0] == 17 == ledger_sum(shop, shop.keripik.id)
    with shop.db.reading() as s:
        assert check_stock(s).ok


def test_a_count_approved_from_two_places_at_once_is_posted_once_on_postgresql(pg_shop: Shop) -> None:
    # The second approval must wait for the first and then find the count closed; deciding from the count as it
    # was, it would post every difference a second time (17 counted, 14 on the shelf by the ledger).
    shop = pg_shop
    receive(shop, supplier(shop), shop.keripik.id, 20, 7_000)
    supervisor, manager = act_as(shop, "supervisor"), act_as(shop, "manager")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(17))
    reasons = {shop.keripik.id: "pecah"}
    second: list[BaseException | None] = []

    def approve_again() -> None:
        try:
            with shop.db.transaction() as s:
                counts.approve_count(s, manager, count_id, reasons)
            second.append(None)
        except BaseException as error:  # handed to the test's thread
            second.append(error)

    with shop.db.transaction() as first:
        counts.approve_count(first, manager, count_id, reasons)
        racer = threading.Thread(target=approve_again)
        racer.start()
        _wait_until_blocked(first)
    racer.join(timeout=60)
    assert len(second) == 1, second
    assert isinstance(second[0], ValidationError), second
    assert on_hand(shop, shop.keripik.id)[0] == 17 == ledger_sum(shop, shop.keripik.id)


def _wait_until_blocked(session: Session) -> None:
    """Until another connection waits for a lock this one holds (at most 20 s: then the race is lost either way)."""
    waiting = text("SELECT count(*) FROM pg_locks WHERE NOT granted")
    for _ in range(200):
        if session.connection().execute(waiting).scalar():
            return
        time.sleep(0.1)
