"""One way to write a quantity for people, and one way to read a percentage they type."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ska_pos.domain.money import format_quantity, parse_percent, parse_quantity, percent_text
from ska_pos.domain.settlement import Tender, settle


@pytest.mark.parametrize(
    ("value", "language", "unit", "expected"),
    [
        (Decimal("2.000"), "id", "pcs", "2"),  # never "2.000": that is two thousand in Indonesian
        (Decimal("1.500"), "id", "kg", "1,5 kg"),
        (Decimal("1.500"), "en", "kg", "1.5 kg"),
        (Decimal("3.000"), "id", "service", "3"),
        (Decimal("1250.000"), "id", "pcs", "1250"),
        (Decimal("-0.500"), "id", "m", "-0,5 m"),
        (Decimal("12500.000"), "id", "", "12.500"),  # a day's total is grouped
    ],
)
def test_format_quantity(value: Decimal, language: str, unit: str, expected: str) -> None:
    assert format_quantity(value, language, unit) == expected


@pytest.mark.parametrize("value", ["0.001", "1.5", "2", "1250", "9999.999"])
def test_a_shown_quantity_reads_back_the_same(value: str) -> None:
    quantity = Decimal(value)
    assert parse_quantity(format_quantity(quantity, "id")) == quantity
    assert parse_quantity(format_quantity(quantity, "en")) == quantity


@pytest.mark.parametrize(
    ("text", "bp"), [("12,5", 1250), ("12.5", 1250), ("12,5 %", 1250), ("12%", 1200), ("0", 0), ("100", 10000)]
)
def test_parse_percent(text: str, bp: int) -> None:
    assert parse_percent(text) == bp


@pytest.mark.parametrize("text", ["inf", "Infinity", "nan", "-5", "1e2", "", "sepuluh", "12,555", "100,01"])
def test_parse_percent_refuses_what_is_not_a_percentage(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_percent(text)


@pytest.mark.parametrize(("bp", "language", "text"), [(1250, "id", "12,5"), (1250, "en", "12.5"), (1000, "id", "10")])
def test_percent_text_reads_back(bp: int, language: str, text: str) -> None:
    assert percent_text(bp, language) == text
    assert parse_percent(text) == bp


def test_no_cash_payment_of_rp0_when_the_rounding_covers_the_cash_part() -> None:
    settled = settle(9_240, [Tender("qris", 9_200), Tender("cash", 100)], rounding_unit=100)
    assert [(p.method, p.amount) for p in settled.payments] == [("qris", 9_200)]
    assert (settled.rounding, settled.paid, settled.change) == (-40, 9_200, 100)
