"""Holding and recalling carts at a till."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from shop import Shop

from ska_pos.db.database import open_database
from ska_pos.db.models import HeldSale
from ska_pos.domain.discounts import Discount
from ska_pos.services import cart_ops, held_sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import NotFound, ValidationError


def _cart(shop: Shop) -> Cart:
    cart = Cart(shop.cafe.id, order_type="dine_in", table_no="7")
    with shop.db.reading() as s:
        cart_ops.add_by_code(s, cart, "8990001")
        cart_ops.add_by_code(s, cart, "8990002", Decimal(2))
    with shop.db.reading() as s:
        cart_ops.set_line_discount(s, cart, 1, Discount.percent(500))
    cart.replace_line(0, note="less sugar")
    return cart


def test_a_held_cart_comes_back_whole_and_leaves_the_list(shop: Shop) -> None:
    cart = _cart(shop)
    with shop.db.transaction() as s:
        held_id = held_sales.hold(s, shop.cashier, cart, "  Table 7  ")
    with shop.db.reading() as s:
        [summary] = held_sales.list_held(s, shop.cashier.till_id)
    assert (summary.held_id, summary.label, summary.held_by) == (held_id, "Table 7", "Rina Kasir")
    assert summary.cart == cart
    with shop.db.transaction() as s:
        recalled = held_sales.recall(s, shop.cashier, held_id)
    assert recalled == cart
    with shop.db.reading() as s:
        assert held_sales.list_held(s, shop.cashier.till_id) == []
        assert s.get(HeldSale, held_id) is None


def test_held_carts_survive_a_restart_and_are_listed_per_till_oldest_first(shop: Shop) -> None:
    with shop.db.transaction() as s:
        first = held_sales.hold(s, shop.cashier, _cart(shop), "first")
    with shop.db.transaction() as s:
        second = held_sales.hold(s, shop.cashier, _cart(shop), "")
    salon_cart = Cart(shop.salon.id)
    with shop.db.reading() as s:
        cart_ops.add_by_code(s, salon_cart, "8990009")
    with shop.db.transaction() as s:
        held_sales.hold(s, shop.salon_cashier, salon_cart)
    reopened = open_database(shop.db.url)
    try:
        with reopened.reading() as s:
            listed = held_sales.list_held(s, shop.cashier.till_id)
    finally:
        reopened.dispose()
    assert [summary.held_id for summary in listed] == [first, second]


def test_a_held_sale_is_recalled_only_once(shop: Shop) -> None:
    with shop.db.transaction() as s:
        held_id = held_sales.hold(s, shop.cashier, _cart(shop))
    with shop.db.transaction() as s:
        held_sales.recall(s, shop.cashier, held_id)
    with pytest.raises(NotFound), shop.db.transaction() as s:
        held_sales.recall(s, shop.cashier, held_id)
    with pytest.raises(NotFound), shop.db.transaction() as s:
        held_sales.recall(s, shop.cashier, uuid.uuid4())


def test_a_failed_recall_keeps_the_held_sale(shop: Shop) -> None:
    with shop.db.transaction() as s:
        held_id = held_sales.hold(s, shop.cashier, _cart(shop))

    def recall_then_fail() -> None:
        with shop.db.transaction() as s:
            held_sales.recall(s, shop.cashier, held_id)
            raise RuntimeError("the till lost power before the cart was shown")

    with pytest.raises(RuntimeError):
        recall_then_fail()
    with shop.db.reading() as s:
        assert [summary.held_id for summary in held_sales.list_held(s, shop.cashier.till_id)] == [held_id]


@pytest.mark.parametrize(
    ("outlet", "label", "message"),
    [("cafe", "", "nothing to hold"), ("salon", "", "this outlet"), ("cafe", "x" * 121, "at most 120")],
)
def test_bad_holds_are_refused_and_nothing_is_written(shop: Shop, outlet: str, label: str, message: str) -> None:
    cart = Cart(shop.cafe.id) if message == "nothing to hold" else _cart(shop)
    actor = shop.cashier if outlet == "cafe" else shop.salon_cashier
    with pytest.raises(ValidationError, match=message), shop.db.transaction() as s:
        held_sales.hold(s, actor, cart, label)
    with shop.db.reading() as s:
        assert held_sales.list_held(s, actor.till_id) == []
