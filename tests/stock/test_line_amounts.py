"""A stock line's amount is quantity times cost rounded half up to the rupiah (domain/money.py line_amount), the
same rule as a sale line: 1.5 l of milk at Rp21.333 is Rp32.000 (31.999,5), never cut off to Rp31.999."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from ska_pos.reports.stock_models import NoteLine
from ska_pos.services.stock.on_hand_page import OnHandRow
from ska_pos.services.stock.queries import StockRow

CASES = [
    (Decimal("1.5"), 21333, 32000),  # a half: up
    (Decimal("1.499"), 21333, 31978),  # 31.978,167: down
    (Decimal("0.333"), 1000, 333),
    (Decimal("2.5"), 3, 8),  # 7,5: up
    (Decimal("3"), 21333, 63999),  # whole quantities stay exact
]


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_a_note_line_rounds_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    assert NoteLine("BHNSUSU", "Susu", "l", quantity, cost).amount == amount


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_a_stock_row_values_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    assert StockRow("BHNSUSU", "Susu", "Bahan", quantity, cost, unit="l").value == amount


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_an_on_hand_row_values_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    row = OnHandRow(uuid.uuid4(), "BHNSUSU", "Susu", "Bahan", "l", quantity, cost, Decimal(0), None)
    assert row.value == amount
