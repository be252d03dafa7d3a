"""Whole-rupiah arithmetic, basis points, and reading and writing amounts the way people type them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_decimal, get_group_symbol

from ska_pos.i18n import _

Rupiah = int
BP_WHOLE = 10000
MAX_RUPIAH_DIGITS = 16  # Rp9.999 triliun; far past any till, well inside a 64-bit INTEGER

_LOCALES = {"id": "id_ID", "en": "en_US"}
_QUANTITY = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_PERCENT = re.compile(r"([0-9]+(?:[.,][0-9]+)?)\s*%?")
# Pieces and services read as a bare number; weights, lengths and volumes keep their unit.
_SHOWN_UNITS = ("kg", "m", "l", "ml")
_GROUPED_FROM = 10000


def round_half_up(value: Decimal) -> int:
    """`value` rounded to a whole rupiah, halves away from zero (-2.5 -> -3)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_amount(quantity: Decimal, unit_price: int) -> int:
    """Quantity times unit price, rounded half up to the rupiah."""
    return round_half_up(quantity * unit_price)


def apply_bp(amount: int, bp: int) -> int:
    """`bp` basis points of `amount` (10000 = 100%), rounded half up to the rupiah."""
    return round_half_up(Decimal(amount) * bp / BP_WHOLE)


def _locale(language: str) -> str:
    try:
        return _LOCALES[language]
    except KeyError:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(_LOCALES)}") from None


def format_rupiah(amount: int, language: str = "id") -> str:
    """`Rp15.000` in Indonesian, `Rp15,000` in English, `-Rp15.000` when negative; never decimals."""
    # Only integers may reach Babel: it rounds half to even, which the ledger must never do.
    if not isinstance(amount, int):
        raise TypeError(f"rupiah are whole integers, not {type(amount).__name__}")
    digits = format_decimal(abs(amount), format="#,##0", locale=_locale(language))
    return f"{'-' if amount < 0 else ''}Rp{digits}"


def format_quantity(quantity: Decimal, language: str = "id", unit: str = "") -> str:
    """The one way a quantity is written for people: `2`, `1,5 kg` (`1.5 kg` in English), never the stored
    scale (`2.000` reads as two thousand in Indonesian). Grouped only from 10.000 up (a day's total): a line
    holds less, and what a quantity field shows must read back the same through `parse_quantity`."""
    pattern = "#,##0.###" if abs(quantity) >= _GROUPED_FROM else "0.###"
    number = str(format_decimal(quantity, format=pattern, locale=_locale(language)))
    return f"{number} {unit}" if unit in _SHOWN_UNITS else number


def percent_text(bp: int, language: str = "id") -> str:
    """Basis points as the number of a percentage: 1250 -> `12,5` (`12.5` in English), 1000 -> `10`."""
    return str(format_decimal(Decimal(bp) / 100, format="0.##", locale=_locale(language)))


def parse_percent(text: str) -> int:
    """`12,5`, `12.5` or `12,5 %` as basis points (1250); at most two decimals, between 0 and 100."""
    match = _PERCENT.fullmatch(text.strip())
    if match is None:
        raise ValueError(_("Not a percentage: {text}", text=text))
    basis_points = Decimal(match.group(1).replace(",", ".")) * 100
    if basis_points != basis_points.to_integral_value():
        raise ValueError(_("A percentage has at most two decimals"))
    if basis_points > BP_WHOLE:
        raise ValueError(_("A percentage is between 0% and 100%"))
    return int(basis_points)


def parse_rupiah(text: str, language: str = "id") -> int:
    """The whole rupiah typed as `15000`, `15.000` (`15,000` in English), `Rp15.000` or `Rp 15.000`."""
    group = re.escape(get_group_symbol(_locale(language)))
    pattern = rf"(?:[Rr][Pp]\s*)?([0-9]+|[0-9]{{1,3}}(?:{group}[0-9]{{3}})+)"
    match = re.fullmatch(pattern, text.strip())
    if match is None:
        raise ValueError(_("Not an amount of rupiah: {text}", text=text))
    digits = re.sub(r"[^0-9]", "", match.group(1)).lstrip("0") or "0"
    if len(digits) > MAX_RUPIAH_DIGITS:  # a scanner reading into the field; the database holds at most 19 digits
        raise ValueError(_("An amount of rupiah has at most {count} digits", count=MAX_RUPIAH_DIGITS))
    return int(digits)


def parse_quantity(text: str, scale: int = 3) -> Decimal:
    """`1`, `1,5` or `1.5` as a Decimal with exactly `scale` decimal places."""
    cleaned = text.strip()
    if _QUANTITY.fullmatch(cleaned) is None:
        raise ValueError(_("Not a quantity: {text}", text=text))
    value = Decimal(cleaned.replace(",", "."))
    exponent = Decimal(1).scaleb(-scale)
    try:
        quantized = value.quantize(exponent)
    except InvalidOperation:
        raise ValueError(_("Not a quantity: {text}", text=text)) from None
    if quantized != value:
        raise ValueError(_("A quantity can have at most {places} decimal places", places=scale))
    return quantized
