"""Property: with transfers and recipes among the movements, in any order, each outlet's on-hand of each item equals
the sum of its ledger, and the stock check agrees."""

from __future__ import annotations

import tempfile
import uuid
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shop import Shop, act_as, approved, build_shop
from sqlalchemy import select

from ska_pos.db.database import open_database
from ska_pos.db.models import StockMovement, StockOnHand, StockTransferLine
from ska_pos.db.types import quantity_sum
from ska_pos.services import reversals
from ska_pos.services.stock import receiving, transfers
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.transfers import Arrived
from stock.helpers import receive, sell, supplier
from stock.recipe_steps import kopi_with_recipe
from stock.transfer_steps import at_salon, salon_keripik, send


@cache
def shared_shop() -> tuple[Shop, uuid.UUID, uuid.UUID, uuid.UUID]:
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-flows-"))
    shop = build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}"))
    coffee, _milk = kopi_with_recipe(shop)
    return shop, supplier(shop, "PASAR"), coffee, salon_keripik(shop)


KINDS = ["receive", "send", "arrive", "arrive_short", "cup", "void_cup", "waste_coffee"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=st.lists(st.tuples(st.sampled_from(KINDS), st.integers(1, 5)), max_size=10))
def test_on_hand_is_the_ledger_sum_with_transfers_and_recipes(plan: list[tuple[str, int]]) -> None:
    shop, pasar, coffee, there = shared_shop()
    manager, receiver = act_as(shop, "manager"), at_salon(shop)
    sent: list[uuid.UUID] = []
    cups: list[uuid.UUID] = []
    for kind, n in plan:
        if kind == "receive":
            receive(shop, pasar, shop.keripik.id, n, 1_000 * n)
        elif kind == "send":
            sent.append(send(shop, n))
        elif kind.startswith("arrive") and sent:
            transfer_id = sent.pop(0)
            with shop.db.transaction() as s:
                line = s.scalars(select(StockTransferLine).where(StockTransferLine.transfer_id == transfer_id)).one()
                if kind == "arrive_short":
                    transfers.receive_transfer(s, receiver, transfer_id,
                                               {line.id: Arrived(line.quantity - 1, "jatuh")},
                                               approval=approved(s, "stock.transit_loss"))  # fmt: skip
                else:
                    transfers.receive_transfer(s, receiver, transfer_id)
        elif kind == "cup":
            cups.append(sell(shop, shop.kopi.id, n, price=8_000))
        elif kind == "void_cup" and cups:
            with shop.db.transaction() as s:
                reversals.void_sale(s, shop.cashier, cups.pop(), "salah", approval=approved(s, "sale.void"))
        elif kind == "waste_coffee":
            with shop.db.transaction() as s:
                receiving.adjust_stock(s, manager, coffee, Decimal(-n) / 100, "waste", "tumpah")
        with shop.db.reading() as s:
            for item_id, outlet_id in ((shop.keripik.id, shop.cafe.id), (there, shop.salon.id),
                                       (coffee, shop.cafe.id)):  # fmt: skip
                cached = s.scalar(select(StockOnHand.quantity).where(
                    StockOnHand.item_id == item_id, StockOnHand.outlet_id == outlet_id)) or Decimal(0)  # fmt: skip
                summed = s.scalar(select(quantity_sum(StockMovement.quantity)).where(
                    StockMovement.item_id == item_id, StockMovement.outlet_id == outlet_id))  # fmt: skip
                assert cached == summed, (kind, item_id)
    with shop.db.reading() as s:
        assert check_stock(s).ok
