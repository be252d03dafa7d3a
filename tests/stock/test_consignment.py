"""A maker's consigned pieces are theirs until sold: a sale credits the maker the agreed price through the earnings
ledger, a refund takes it back, returns go to the maker, and the settlement says what is owed."""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shop import Shop, act_as, build_shop
from sqlalchemy import func, select

from ska_pos.db.database import open_database
from ska_pos.db.models import EarningEntry, Item, SaleLine, StockMovement
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import receiving
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.settlement import consignment_entries, maker_settlement
from stock.helpers import refund, sell

ALWAYS = Period(date(2000, 1, 1), date(2100, 12, 31))


def consign(shop: Shop, item_id: uuid.UUID, quantity: int, price: int) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        receiving.consign_in(s, supervisor, shop.siti.id, [IncomingLine(item_id, Decimal(quantity), price)])


def give_back(shop: Shop, item_id: uuid.UUID, quantity: int) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        receiving.consign_return(s, supervisor, shop.siti.id, [IncomingLine(item_id, Decimal(quantity))])


def new_item(shop: Shop, price: int) -> uuid.UUID:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        number = s.scalar(select(func.count()).select_from(Item))
        item = setup.create_item(s, manager, s.merge(shop.cafe), f"TAS{number}", f"Tas anyaman {number}", price,
                                 maker=s.merge(shop.siti), track_stock=True)  # fmt: skip
        return item.id


def test_a_consigned_sale_credits_the_maker_the_agreed_price(shop: Shop) -> None:
    consign(shop, shop.keripik.id, 12, 9_000)
    sale_id = sell(shop, shop.keripik.id, 2)
    with shop.db.reading() as s:
        credits = s.execute(select(EarningEntry.worker_id, EarningEntry.amount, EarningEntry.rule_fixed_per_unit)
                            .join(SaleLine, SaleLine.id == EarningEntry.sale_line_id)
                            .where(SaleLine.sale_id == sale_id)).all()  # fmt: skip
        moved = s.execute(select(StockMovement.worker_id, StockMovement.unit_cost).where(
            StockMovement.kind == "sale")).one()  # fmt: skip
    assert [(c.worker_id, c.amount, c.rule_fixed_per_unit) for c in credits] == [(shop.siti.id, 18_000, 9_000)]
    assert (moved.worker_id, moved.unit_cost) == (shop.siti.id, 9_000)  # the piece's cost is the agreed price
    refund(shop, sale_id, 1)
    give_back(shop, shop.keripik.id, 3)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="only 8"):
        receiving.consign_return(s, act_as(shop, "supervisor"), shop.siti.id,
                                 [IncomingLine(shop.keripik.id, Decimal(9))])  # fmt: skip
    with shop.db.reading() as s:
        statement = maker_settlement(s, shop.siti.id, shop.cafe.id, ALWAYS)
    assert [(x.sku, x.brought, x.sold, x.returned, x.owed) for x in statement.lines] == [("KRPK", 12, 1, 3, 9_000)]


def test_a_sale_beyond_the_consigned_pieces_credits_the_rest_by_the_share_rule(shop: Shop) -> None:
    consign(shop, shop.keripik.id, 1, 9_000)
    sale_id = sell(shop, shop.keripik.id, 3)
    with shop.db.reading() as s:
        credits = s.execute(select(EarningEntry.quantity, EarningEntry.amount, EarningEntry.rule_kind)
                            .join(SaleLine, SaleLine.id == EarningEntry.sale_line_id)
                            .where(SaleLine.sale_id == sale_id).order_by(EarningEntry.rule_kind)).all()  # fmt: skip
        moved = s.execute(select(StockMovement.quantity, StockMovement.worker_id).where(
            StockMovement.kind == "sale").order_by(StockMovement.seq)).all()  # fmt: skip
    # 3 x 12,500 net of the 10% tax... the café's prices exclude tax: the line's net is 37,500; one piece is Siti's
    assert [(c.quantity, c.amount, c.rule_kind) for c in credits] == [(1, 9_000, "fixed"), (2, 15_000, "percent")]
    assert [(m.quantity, m.worker_id) for m in moved] == [(-1, shop.siti.id), (-2, None)]


@dataclass
class Model:
    """What the maker is owed, kept by hand beside the services."""

    left: int = 0
    brought: int = 0
    returned: int = 0
    sold: int = 0
    sales: list[tuple[uuid.UUID, int, int]] = field(default_factory=list)  # sale, theirs, owned (not refunded)


@cache
def shared_shop() -> Shop:
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-consign-"))
    return build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}"))


steps = st.lists(st.tuples(st.sampled_from(["bring", "sell", "refund", "return"]), st.integers(1, 4)), max_size=8)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(price=st.integers(1_000, 50_000), plan=steps)
def test_a_makers_settlement_is_their_consigned_sales_less_refunds(price: int, plan: list[tuple[str, int]]) -> None:
    shop = shared_shop()
    item_id = new_item(shop, 60_000)
    model = Model()
    for step, n in plan:
        if step == "bring":
            consign(shop, item_id, n, price)
            model.left += n
            model.brought += n
        elif step == "sell":
            theirs = min(n, model.left)
            model.sales.append((sell(shop, item_id, n, price=60_000), theirs, n - theirs))
            model.left -= theirs
            model.sold += theirs
        elif step == "refund" and model.sales:
            sale_id, theirs, owned = model.sales.pop(n % len(model.sales))
            if theirs and owned:  # a line of both: refunded whole, each part back to its owner
                refund(shop, sale_id, theirs + owned)
                back = theirs
            else:
                back = theirs and min(theirs, n)
                refund(shop, sale_id, min(theirs + owned, n))
                if theirs - back:
                    model.sales.append((sale_id, theirs - back, 0))
            model.left += back
            model.sold -= back
        elif step == "return" and model.left:
            give_back(shop, item_id, min(n, model.left))
            model.returned += min(n, model.left)
            model.left -= min(n, model.left)
    with shop.db.reading() as s:
        statement = maker_settlement(s, shop.siti.id, shop.cafe.id, ALWAYS)
        credited = s.scalar(select(func.coalesce(func.sum(EarningEntry.amount), 0))
                            .join(SaleLine, SaleLine.id == EarningEntry.sale_line_id)
                            .where(*consignment_entries(shop.siti.id, shop.cafe.id),
                                   SaleLine.item_id == item_id))  # fmt: skip
    mine = [line for line in statement.lines if line.sku == f"TAS{_number(shop, item_id)}"]
    expected = (model.brought, model.sold, model.returned, model.sold * price)
    if not model.brought:
        assert mine == []
        return
    assert [(x.brought, x.sold, x.returned, x.owed) for x in mine] == [expected]
    assert mine[0].owed == credited


def _number(shop: Shop, item_id: uuid.UUID) -> str:
    with shop.db.reading() as s:
        return s.execute(select(Item.sku).where(Item.id == item_id)).scalar_one().removeprefix("TAS")


def test_a_part_refund_of_a_part_consigned_line_takes_back_each_part_in_proportion(shop: Shop) -> None:
    # 3 pieces sold, 1 of them Siti's consigned piece (agreed Rp9.000) and 2 the outlet's (credited by the 40%
    # rule): refunding 1 piece takes back a third of each credit, as the goods go back a third to each owner, never
    # half of each whatever was consigned, nor the maker's fixed price applied to the outlet's part.
    consign(shop, shop.keripik.id, 1, 9_000)
    sale_id = sell(shop, shop.keripik.id, 3)
    refund(shop, sale_id, 1)
    with shop.db.reading() as s:
        refund_line = s.scalars(select(SaleLine).where(SaleLine.reverses_line_id.is_not(None))).one()
        back = s.execute(select(EarningEntry.rule_kind, EarningEntry.quantity, EarningEntry.credited_amount,
                                EarningEntry.amount)
                         .where(EarningEntry.sale_line_id == refund_line.id)
                         .order_by(EarningEntry.rule_kind)).all()  # fmt: skip
        stock_back = s.execute(select(StockMovement.worker_id, StockMovement.quantity)
                               .where(StockMovement.kind == "refund").order_by(StockMovement.seq)).all()  # fmt: skip
    assert [(m.worker_id, m.quantity) for m in stock_back] == [(shop.siti.id, Decimal("0.333")),
                                                                (None, Decimal("0.667"))]  # fmt: skip
    assert [(b.rule_kind, b.quantity, b.credited_amount, b.amount) for b in back] == [
        ("fixed", Decimal("-0.333"), -4_167, -3_000),
        ("percent", Decimal("-0.667"), -8_333, -5_000),
    ]
    assert sum(b.credited_amount for b in back) == refund_line.net_amount  # the ledger check's line rule
    refund(shop, sale_id, 2)  # the rest: each credit back to zero
    with shop.db.reading() as s:
        left = s.execute(select(EarningEntry.rule_kind, func.sum(EarningEntry.quantity),
                                func.sum(EarningEntry.credited_amount), func.sum(EarningEntry.amount))
                         .where(EarningEntry.kind != "tip").group_by(EarningEntry.rule_kind)).all()  # fmt: skip
    assert all(quantity == 0 and credited == 0 and amount == 0 for _kind, quantity, credited, amount in left)


def test_a_part_refund_takes_from_the_maker_only_their_part_when_the_rest_is_credited_to_nobody(shop: Shop) -> None:
    # The outlet's 2 pieces are credited to nobody: the maker's credit is the line's only entry, and a refund of 2
    # pieces must take back 2 thirds of it, not the whole net of 2 pieces (more than the maker was credited).
    consign(shop, shop.keripik.id, 1, 9_000)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(3))
        cart_ops.set_workers(s, cart, 0, [])
        sale_id = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)]).sale_id
    refund(shop, sale_id, 2)
    with shop.db.reading() as s:
        back = s.execute(select(EarningEntry.quantity, EarningEntry.credited_amount, EarningEntry.amount)
                         .where(EarningEntry.kind == "refund")).all()  # fmt: skip
    assert [(b.quantity, b.credited_amount, b.amount) for b in back] == [(Decimal("-0.667"), -8_333, -6_000)]
