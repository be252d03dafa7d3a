"""Whole-rupiah arithmetic, basis points, and reading and writing amounts the way people type them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_decimal, get_group_symbol

from ska_pos.i18n import _

Rupiah = int
BP_WHOLE = 10000

_LOCALES = {"id": "id_ID", "en": "en_US"}
_QUANTITY = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


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


def parse_rupiah(text: str, language: str = "id") -> int:
    """The whole rupiah typed as `15000`, `15.000` (`15,000` in English), `Rp15.000` or `Rp 15.000`."""
    group = re.escape(get_group_symbol(_locale(language)))
    pattern = rf"(?:[Rr][Pp]\s*)?([0-9]+|[0-9]{{1,3}}(?:{group}[0-9]{{3}})+)"
    match = re.fullmatch(pattern, text.strip())
    if match is None:
        raise ValueError(_("Not an amount of rupiah: {text}", text=text))
    return int(re.sub(r"[^0-9]", "", match.group(1)))


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
