"""Tips on the sentra's PostgreSQL: two tills entering a tip for one sale at once give it once."""

from __future__ import annotations

import threading

import pytest
from races import wait_until_blocked
from shop import Shop, as_admin, log_in
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup, shifts, tips
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError

pytestmark = pytest.mark.postgres


def test_two_tills_tipping_one_sale_at_once_tip_it_once_on_postgresql(pg_shop: Shop) -> None:
    # The second till must wait for the first and then find the tip there: deciding from the sale as it was, both
    # credited the workers and both put the tip in their drawers.
    shop = pg_shop
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 20_000)])
        till = setup.create_till(s, as_admin(s), s.merge(shop.cafe), "T2")
        other = log_in(s, "supervisor", shop.cafe.id, till.id)
        shifts.open_shift(s, other, 50_000)
    second: list[BaseException | None] = []

    def tip_at_the_other_till() -> None:
        try:
            with shop.db.transaction() as s:
                tips.record_tip(s, other, sale.sale_id, 2_000)
            second.append(None)
        except BaseException as error:  # handed to the test's thread
            second.append(error)

    with shop.db.transaction() as first:
        tips.record_tip(first, shop.cashier, sale.sale_id, 2_000)
        racer = threading.Thread(target=tip_at_the_other_till)
        racer.start()
        wait_until_blocked(first)
    racer.join(timeout=60)
    assert len(second) == 1, second
    assert isinstance(second[0], ValidationError), second
    with shop.db.reading() as s:
        assert s.scalar(select(func.sum(EarningEntry.amount)).where(EarningEntry.kind == "tip")) == 2_000
