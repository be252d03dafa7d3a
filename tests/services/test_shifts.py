"""A shift's expected cash, and closing it with a count."""

from __future__ import annotations

import pytest
from shop import Shop, approved

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates


def test_expected_cash_counts_float_cash_sales_and_movements(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990003")
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 20_000)])
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 5_775)])
        shifts.move_cash(s, shop.cashier, "in", 50_000, "Tambah uang kecil")
        shifts.move_cash(s, shop.cashier, "out", 20_000, "Beli es batu", approval=approved(s, "cash.out"))
        summary = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier))
    assert (summary.opening_float, summary.cash_sales, summary.cash_in, summary.cash_out) == (
        200_000, sale.total, 50_000, 20_000)  # fmt: skip
    assert summary.expected == 200_000 + sale.total + 30_000


def test_cash_out_by_a_cashier_needs_a_supervisor(shop: Shop) -> None:
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "out", 10_000, "Beli gas")


def test_closing_with_a_small_difference_and_with_a_large_one(shop: Shop) -> None:
    with shop.db.transaction() as s:
        closing = shifts.close_shift(s, shop.cashier, {100_000: 1, 50_000: 1, 20_000: 2, 5_000: 1, 500: 1})
    assert (closing.expected_cash, closing.counted_cash, closing.difference) == (200_000, 195_500, -4_500)
    with shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 100_000)
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        shifts.close_shift(s, shop.cashier, {50_000: 1})
    with shop.db.transaction() as s:
        closing = shifts.close_shift(s, shop.cashier, {50_000: 1}, approval=approved(s, "shift.close_difference"))
    assert closing.approved_by_id == shop.supervisor.id


def test_a_count_must_be_of_real_notes_and_coins(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="note or coin"), shop.db.transaction() as s:
        shifts.close_shift(s, shop.cashier, {30_000: 1})


def test_one_open_shift_per_till(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="already open"), shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 0)
