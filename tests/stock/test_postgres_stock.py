"""The movement writer on PostgreSQL: its upsert of the on-hand cache, its row locks and the stock check."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from races import wait_until_blocked
from shop import Shop, act_as, as_admin, log_in
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import consigned, counts, receiving
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.settlement import consignment_entries
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
        wait_until_blocked(first)
    racer.join(timeout=60)
    assert len(second) == 1, second
    assert isinstance(second[0], ValidationError), second
    assert on_hand(shop, shop.keripik.id)[0] == 17 == ledger_sum(shop, shop.keripik.id)


def test_the_last_consigned_piece_sold_at_two_tills_at_once_credits_its_maker_once_on_postgresql(
    pg_shop: Shop,
) -> None:
    # Siti left one piece; the outlet has its own too. The second till must wait for the first and then sell the
    # outlet's piece: deciding from the shelf as it was, both sales credited Siti for her one piece.
    shop = pg_shop
    receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    with shop.db.transaction() as s:
        receiving.consign_in(s, act_as(shop, "supervisor"), shop.siti.id, [IncomingLine(shop.keripik.id, Decimal(1),
                                                                                        9_000)])  # fmt: skip
        other_till = setup.create_till(s, as_admin(s), s.merge(shop.cafe), "T2")
        supervisor = log_in(s, "supervisor", shop.cafe.id, other_till.id)
        shifts.open_shift(s, supervisor, 50_000)
    second: list[BaseException | None] = []

    def sell_at(actor: Actor, session: Session) -> None:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(session, cart, shop.keripik.id, Decimal(1))
        sales.complete_sale(session, actor, cart, [Tender("cash", 50_000)])

    def sell_at_the_other_till() -> None:
        try:
            with shop.db.transaction() as s:
                sell_at(supervisor, s)
            second.append(None)
        except BaseException as error:  # handed to the test's thread
            second.append(error)

    with shop.db.transaction() as first:
        sell_at(shop.cashier, first)
        racer = threading.Thread(target=sell_at_the_other_till)
        racer.start()
        wait_until_blocked(first)
    racer.join(timeout=60)
    assert second == [None]
    with shop.db.transaction() as s:  # the consigned balances are read to decide a write: under its lock
        credits = select(func.count()).select_from(EarningEntry)
        assert s.scalar(credits.where(*consignment_entries(shop.siti.id, shop.cafe.id))) == 1
        assert consigned.balances(s, shop.cafe.id, [shop.keripik.id]) == {}
    assert on_hand(shop, shop.keripik.id)[0] == 4 == ledger_sum(shop, shop.keripik.id)
