"""The canonical JSON of docs/journal.md, value by value: a stored journal verifies only while these texts stay; what
has no single written form (a float near money, a time without its zone) is refused."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from ska_pos.services import journal
from ska_pos.services.journal import canonical

JAKARTA = timezone(timedelta(hours=7))


class Kind(enum.StrEnum):  # a subclass of str: written as its text, as before the exact-type fast path
    SALE = "sale"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "null"),
        (True, "true"),
        (15500, "15500"),
        (-2, "-2"),
        ("Kopi Gula Aren ü", '"Kopi Gula Aren ü"'),
        (Kind.SALE, '"sale"'),
        (uuid.UUID(int=1), '"00000000-0000-0000-0000-000000000001"'),
        (Decimal("1.000"), '"1"'),
        (Decimal("0.250"), '"0.25"'),
        (Decimal("-2.50"), '"-2.5"'),
        (Decimal("0.000"), '"0"'),
        (Decimal("1E+3"), '"1000"'),
        (datetime(2026, 12, 6, 8, 0, tzinfo=JAKARTA), '"2026-12-06T01:00:00.000000Z"'),
        (datetime(2026, 12, 6, 1, 2, 3, 4, tzinfo=UTC), '"2026-12-06T01:02:03.000004Z"'),
        (date(2028, 2, 29), '"2028-02-29"'),
        ((1, [Decimal("2")]), '[1,["2"]]'),
        ({"b": 1, "a": {uuid.UUID(int=2): None}}, '{"a":{"00000000-0000-0000-0000-000000000002":null},"b":1}'),
    ],
)
def test_each_kind_of_value_has_one_text(value: object, text: str) -> None:
    assert canonical(value) == text


@pytest.mark.parametrize("value", [1.5, {"amount": 0.1}, object()])
def test_a_float_or_an_unknown_value_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        canonical(value)


def test_a_time_is_written_in_utc_with_microseconds_and_z() -> None:
    assert journal.canonical({"at": datetime(2026, 12, 6, 8, 0, tzinfo=UTC)}) == '{"at":"2026-12-06T08:00:00.000000Z"}'


def test_a_time_without_a_zone_is_refused_rather_than_read_in_the_machines_zone() -> None:
    with pytest.raises(TypeError, match="naive"):
        journal.canonical({"at": datetime(2026, 12, 6, 8, 0)})


def test_a_float_is_refused_and_a_quantity_written_without_trailing_zeros() -> None:
    with pytest.raises(TypeError):
        journal.canonical({"amount": 1.5})
    assert journal.canonical({"quantity": Decimal("2.500")}) == '{"quantity":"2.5"}'
