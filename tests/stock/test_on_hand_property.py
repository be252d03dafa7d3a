"""Property: whatever moves stock, in whatever order, the on-hand record equals the sum of the ledger."""

from __future__ import annotations

import tempfile
import uuid
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shop import Shop, act_as, build_shop
from sqlalchemy import func, select

from ska_pos.db.database import open_database
from ska_pos.db.models import Item
from ska_pos.services import setup
from ska_pos.services.stock import counts, receiving
from ska_pos.services.stock.check import check_stock
from stock.helpers import ledger_sum, on_hand, receive, refund, sell, supplier


@cache
def shared_shop() -> tuple[Shop, uuid.UUID]:
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-stock-"))
    shop = build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}"))
    return shop, supplier(shop)


def new_item(shop: Shop) -> uuid.UUID:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        number = s.scalar(select(func.count()).select_from(Item))
        return setup.create_item(s, manager, s.merge(shop.cafe), f"P{number}", f"Barang {number}", 10_000,
                                 track_stock=True).id  # fmt: skip


KINDS = ["receive", "sell", "refund", "waste", "adjust", "count"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=st.lists(st.tuples(st.sampled_from(KINDS), st.integers(1, 9), st.integers(0, 20_000)), max_size=10))
def test_on_hand_is_always_the_sum_of_the_ledger(plan: list[tuple[str, int, int]]) -> None:
    shop, tani = shared_shop()
    item_id = new_item(shop)
    manager, supervisor = act_as(shop, "manager"), act_as(shop, "supervisor")
    expected, sales = Decimal(0), []
    for kind, n, cost in plan:
        if kind == "receive":
            receive(shop, tani, item_id, n, cost)
            expected += n
        elif kind == "sell":
            sales.append(sell(shop, item_id, n, price=10_000))
            expected -= n
        elif kind == "refund" and sales:
            refund(shop, sales.pop(), 1)
            expected += 1
        elif kind in ("waste", "adjust"):
            change = Decimal(-n if kind == "waste" or cost % 2 else n)
            with shop.db.transaction() as s:
                receiving.adjust_stock(s, manager, item_id, change, kind, "uji")
            expected += change
        elif kind == "count":
            with shop.db.transaction() as s:
                count_id = counts.start_count(s, supervisor).id
                counts.enter_count(s, supervisor, count_id, item_id, Decimal(n))
                counts.approve_count(s, manager, count_id, {item_id: "uji"})
            expected = Decimal(n)
        assert on_hand(shop, item_id)[0] == expected == (ledger_sum(shop, item_id) or 0)
    with shop.db.reading() as s:
        assert check_stock(s).ok
