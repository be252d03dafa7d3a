"""Two tills reversing the same sale at the same moment, each in its own process: exactly one succeeds, the other
is refused plainly, and cash, earnings and stock go back once. On SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from races import DONE, race
from shop import Shop, approved, as_admin, log_in
from sqlalchemy import func, select
from till_races import reverse_sales

from ska_pos.db.models import EarningEntry, Payment, Sale, StockMovement
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart

ROUNDS = 12
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def second_till(shop: Shop) -> Actor:
    """The café's second till, with its own open shift."""
    with shop.db.transaction() as s:
        cafe = s.get(type(shop.cafe), shop.cafe.id)
        assert cafe is not None
        till = setup.create_till(s, as_admin(s), cafe, "T2")
        actor = log_in(s, "cashier", shop.cafe.id, till.id)
        shifts.open_shift(s, actor, 100_000)
    return actor


def sales_to_reverse(shop: Shop, count: int) -> list[tuple[uuid.UUID, uuid.UUID, Decimal]]:
    """Sales of 2 keripik (stock tracked, credited to Siti), paid in cash: (sale, its line, the quantity)."""
    made = []
    for _ in range(count):
        with shop.db.transaction() as s:
            cart = Cart(shop.cafe.id)
            cart_ops.add_item(s, cart, shop.keripik.id, Decimal(2))
            done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
            sale = s.get(Sale, done.sale_id)
            assert sale is not None
            made.append((done.sale_id, sale.lines[0].id, sale.lines[0].quantity))
    return made


def assert_reversed_once(shop: Shop, made: list[tuple[uuid.UUID, uuid.UUID, Decimal]]) -> None:
    with shop.db.reading() as s:
        for sale_id, _line, _quantity in made:
            reversal_ids = list(s.scalars(select(Sale.id).where(Sale.reverses_sale_id == sale_id)))
            assert len(reversal_ids) == 1
            both = [sale_id, *reversal_ids]
            assert s.scalar(select(func.sum(Payment.amount)).where(Payment.sale_id.in_(both))) == 0
            assert s.scalar(select(func.sum(EarningEntry.amount)).where(EarningEntry.sale_id.in_(both))) == 0
        assert s.scalar(select(func.sum(StockMovement.quantity))) == 0


@pytest.mark.parametrize("shop_fixture", SHOPS)
@pytest.mark.parametrize("kind", ["void", "refund"])
def test_two_tills_reversing_one_sale_at_once_reverse_it_once(
    shop_fixture: str, kind: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    other_till = second_till(shop)
    made = sales_to_reverse(shop, ROUNDS)
    refusal = "already has a void or refund" if kind == "void" else "is left to refund"
    action = "sale.void" if kind == "void" else "sale.refund"
    with shop.db.transaction() as s:
        approvals = {till: [approved(s, action) for _ in made] for till in ("this", "other")}
    racers = [(shop.db.url, actor, kind, made, approvals[till]) for actor, till in ((shop.cashier, "this"),
                                                                                    (other_till, "other"))]  # fmt: skip
    outcomes = race(reverse_sales, racers, ROUNDS)
    for outcome in outcomes:
        assert sorted(outcome, key=lambda text: text != DONE)[0] == DONE, outcomes
        assert outcome.count(DONE) == 1, outcomes
        refused = next(text for text in outcome if text != DONE)
        assert refusal in refused, outcomes
    assert_reversed_once(shop, made)
