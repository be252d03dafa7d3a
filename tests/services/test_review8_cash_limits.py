"""Review 8: the drawer's amounts (cash in/out, opening float) have no bound; a slip of the finger reaches SQLite."""

from __future__ import annotations

import pytest
from shop import Shop

from ska_pos.services import shifts
from ska_pos.services.errors import ValidationError


def test_a_cash_movement_past_any_sane_amount_is_a_message(shop: Shop) -> None:
    # parse_rupiah takes any number of digits: a scanner reading into the amount field types 20 of them.
    with pytest.raises(ValidationError), shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", 10**19, "Tambah modal")
