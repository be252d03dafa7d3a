from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from ska_pos.reports import formatting as fmt


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [(Decimal("2.000"), "id", "2"), (Decimal("1.500"), "id", "1,5"), (Decimal("1.250"), "en", "1.25")],
)
def test_quantity(value: Decimal, language: str, expected: str) -> None:
    assert fmt.quantity(value, language) == expected


def test_quantity_with_its_unit_as_on_a_receipt() -> None:
    assert (fmt.quantity(Decimal("1.500"), "id", "kg"), fmt.quantity(Decimal("2.000"), "id", "pcs")) == ("1,5 kg", "2")


@pytest.mark.parametrize(
    ("bp", "language", "expected"), [(1000, "id", "10%"), (550, "id", "5,5%"), (550, "en", "5.5%")]
)
def test_rate(bp: int, language: str, expected: str) -> None:
    assert fmt.rate_bp(bp, language) == expected


def test_dates_stay_in_the_outlets_time_zone() -> None:
    moment = datetime(2026, 8, 17, 9, 5, tzinfo=timezone(timedelta(hours=9)))
    assert fmt.date_time(moment, "id") == "17 Agu 2026 09:05"
    assert fmt.long_date(date(2026, 8, 17), "id") == "Senin, 17 Agustus 2026"
    assert fmt.long_date(date(2026, 8, 17), "en") == "Monday, 17 August 2026"


def test_rupiah_and_deductions() -> None:
    assert fmt.rupiah(15000, "id") == "Rp15.000"
    assert fmt.rupiah(15000, "en") == "Rp15,000"
    assert fmt.minus_rupiah(5000, "id") == "-Rp5.000"
