from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.money import (
    BP_WHOLE,
    MAX_RUPIAH_DIGITS,
    apply_bp,
    format_rupiah,
    line_amount,
    parse_quantity,
    parse_rupiah,
    round_half_up,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2.5", 3), ("-2.5", -3), ("2.4999", 2), ("0.5", 1), ("-0.5", -1), ("-0.4", 0), ("7", 7), ("1.5", 2)],
)
def test_round_half_up_goes_away_from_zero_on_halves(value: str, expected: int) -> None:
    assert round_half_up(Decimal(value)) == expected


def test_line_amount_rounds_half_up() -> None:
    assert line_amount(Decimal("2"), 15000) == 30000
    assert line_amount(Decimal("1.255"), 7000) == 8785
    assert line_amount(Decimal("0.333"), 1500) == 500  # 499.5
    assert line_amount(Decimal("-0.333"), 1500) == -500


def test_apply_bp() -> None:
    assert BP_WHOLE == 10000
    assert apply_bp(30000, 1000) == 3000
    assert apply_bp(27273, 500) == 1364  # 1363.65
    assert apply_bp(15, 1000) == 2  # 1.5
    assert apply_bp(-15, 1000) == -2
    assert apply_bp(12345, 10000) == 12345
    assert apply_bp(12345, 0) == 0


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        (15000, "id", "Rp15.000"),
        (15000, "en", "Rp15,000"),
        (-15000, "id", "-Rp15.000"),
        (-15000, "en", "-Rp15,000"),
        (0, "id", "Rp0"),
        (999, "id", "Rp999"),
        (1234567890, "id", "Rp1.234.567.890"),
    ],
)
def test_format_rupiah(amount: int, language: str, expected: str) -> None:
    assert format_rupiah(amount, language) == expected


def test_format_rupiah_defaults_to_indonesian_and_refuses_non_integers() -> None:
    assert format_rupiah(2500) == "Rp2.500"
    with pytest.raises(TypeError):
        format_rupiah(Decimal("2.5"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language"):
        format_rupiah(1, "fr")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("15000", "id", 15000),
        ("15.000", "id", 15000),
        ("15,000", "en", 15000),
        ("Rp15.000", "id", 15000),
        ("Rp 15.000", "id", 15000),
        ("  Rp15,000 ", "en", 15000),
        ("rp1.250.000", "id", 1250000),
        ("0", "id", 0),
    ],
)
def test_parse_rupiah_accepts_what_people_type(text: str, language: str, expected: int) -> None:
    assert parse_rupiah(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "id"),
        ("Rp", "id"),
        ("15.000,50", "id"),
        ("15,000.50", "en"),
        ("15,000", "id"),
        ("15.000", "en"),
        ("1.5000", "id"),
        ("15.00", "id"),
        (".000", "id"),
        ("-15.000", "id"),
        ("15000 Rp", "id"),
        ("lima ribu", "id"),
        ("1e5", "id"),
    ],
)
def test_parse_rupiah_refuses_anything_else(text: str, language: str) -> None:
    with pytest.raises(ValueError, match="rupiah"):
        parse_rupiah(text, language)


def test_parse_rupiah_refuses_more_digits_than_any_amount_has() -> None:
    # A scanner reading into the amount field types 20 digits; the database column holds 19 at most.
    assert parse_rupiah("0000" + "9" * MAX_RUPIAH_DIGITS) == int("9" * MAX_RUPIAH_DIGITS)
    with pytest.raises(ValueError, match=str(MAX_RUPIAH_DIGITS)):
        parse_rupiah("1" + "0" * MAX_RUPIAH_DIGITS)
    with pytest.raises(ValueError, match=str(MAX_RUPIAH_DIGITS)):
        parse_rupiah("12345678901234567890", "id")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["id", "en"]))
def test_parse_rupiah_reads_what_format_rupiah_writes(amount: int, language: str) -> None:
    assert parse_rupiah(format_rupiah(amount, language), language) == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", "1.000"), ("1,5", "1.500"), ("1.5", "1.500"), (" 0.125 ", "0.125"), ("12,25", "12.250")],
)
def test_parse_quantity(text: str, expected: str) -> None:
    value = parse_quantity(text)
    assert value == Decimal(expected)
    assert value.as_tuple().exponent == -3


def test_parse_quantity_with_another_scale() -> None:
    assert str(parse_quantity("2,5", scale=2)) == "2.50"
    assert str(parse_quantity("4", scale=0)) == "4"


@pytest.mark.parametrize("text", ["", "abc", "1,5,0", "1.000,5", "-1", "1e3", ",5", "5.", "NaN", "1 5"])
def test_parse_quantity_refuses_junk(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_quantity(text)


def test_parse_quantity_refuses_more_places_than_the_scale() -> None:
    with pytest.raises(ValueError, match="3"):
        parse_quantity("0.1234")
