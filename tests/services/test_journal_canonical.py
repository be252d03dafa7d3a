"""Canonical JSON refuses what has no single written form: a float near money, a time without its zone."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from ska_pos.services import journal


def test_a_time_is_written_in_utc_with_microseconds_and_z() -> None:
    assert journal.canonical({"at": datetime(2026, 12, 6, 8, 0, tzinfo=UTC)}) == '{"at":"2026-12-06T08:00:00.000000Z"}'


def test_a_time_without_a_zone_is_refused_rather_than_read_in_the_machines_zone() -> None:
    with pytest.raises(TypeError, match="naive"):
        journal.canonical({"at": datetime(2026, 12, 6, 8, 0)})


def test_a_float_is_refused_and_a_quantity_written_without_trailing_zeros() -> None:
    with pytest.raises(TypeError):
        journal.canonical({"amount": 1.5})
    assert journal.canonical({"quantity": Decimal("2.500")}) == '{"quantity":"2.5"}'
