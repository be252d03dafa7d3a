from datetime import date

import pytest

from ska_pos.domain.receipt_number import format_receipt_number, parse_receipt_number


def test_format_receipt_number() -> None:
    assert format_receipt_number("KFE", "T1", date(2026, 11, 29), 7) == "KFE-T1-20261129-0007"
    assert format_receipt_number("LDR2", "02", date(2026, 1, 5), 12345) == "LDR2-02-20260105-12345"


@pytest.mark.parametrize(("outlet", "till"), [("kfe", "T1"), ("KFE-1", "T1"), ("KFE", ""), ("KFE", "T 1")])
def test_format_refuses_bad_codes(outlet: str, till: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        format_receipt_number(outlet, till, date(2026, 11, 29), 1)


def test_format_refuses_a_sequence_below_one() -> None:
    with pytest.raises(ValueError, match="1"):
        format_receipt_number("KFE", "T1", date(2026, 11, 29), 0)


def test_parse_receipt_number() -> None:
    assert parse_receipt_number("KFE-T1-20261129-0007") == ("KFE", "T1", date(2026, 11, 29), 7)
    assert parse_receipt_number(" kfe-t1-20261129-12345 ") == ("KFE", "T1", date(2026, 11, 29), 12345)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "KFE-T1-20261129",
        "KFE-T1-20261129-007",
        "KFE-T1-20261329-0007",
        "KFE-T1-2026-11-29-0007",
        "KFE-T1-20261129-0000",
        "KFE_T1_20261129_0007",
        "KFE-T1-20261129-0007-1",
    ],
)
def test_parse_refuses_junk(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_receipt_number(text)


def test_round_trip() -> None:
    parts = ("GJ", "T12", date(2027, 2, 28), 42)
    assert parse_receipt_number(format_receipt_number(*parts)) == parts
