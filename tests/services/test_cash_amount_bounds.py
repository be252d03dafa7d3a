"""The drawer's amounts (opening float, cash in/out, the closing count) are bounded like a sale: a slip of the finger
is a message, never an OverflowError from SQLite."""

from __future__ import annotations

import pytest
from shop import Shop

from ska_pos.domain.limits import MAX_SALE_TOTAL
from ska_pos.services import shifts
from ska_pos.services.errors import ValidationError


def test_a_cash_movement_past_any_sane_amount_is_a_message(shop: Shop) -> None:
    # parse_rupiah takes any number of digits: a scanner reading into the amount field types 20 of them.
    with pytest.raises(ValidationError), shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", 10**19, "Tambah modal")


PAST_THE_BOUND = r"1[.,]000[.,]000[.,]000"  # the message names the bound, Rp1 miliar


def test_an_opening_float_past_any_sane_amount_is_a_message(shop: Shop) -> None:
    with pytest.raises(ValidationError, match=PAST_THE_BOUND), shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 10**19)


def test_a_cash_movement_just_inside_the_bound_is_taken(shop: Shop) -> None:
    with shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", MAX_SALE_TOTAL, "Setoran besar")
    with pytest.raises(ValidationError, match=PAST_THE_BOUND), shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", MAX_SALE_TOTAL + 1, "Setoran besar")


def test_a_closing_count_past_any_sane_amount_is_a_message() -> None:
    with pytest.raises(ValidationError, match=PAST_THE_BOUND):
        shifts.count_total({100_000: 10**14})
