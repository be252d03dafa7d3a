"""EAN-13 numbers from a sentra's own in-store range.

GS1 keeps the prefixes 20 to 29 for numbers used inside one organisation ("restricted circulation"): no maker's
product carries one, so a sentra may number its own goods there. A sentra's prefix is two to six digits starting
with 20 to 29; the number is the prefix, a serial filling the rest of the first twelve digits, and the check digit.
"""

from __future__ import annotations

from barcode.ean import EuropeanArticleNumber13

from ska_pos.i18n import _

DEFAULT_PREFIX = "20"
PREFIX_LENGTHS = range(2, 7)
_BODY_DIGITS = 12


class PrefixError(ValueError):
    pass


def check_prefix(prefix: str) -> str:
    """The prefix cleaned, or a `PrefixError` saying in the user's language what is wrong with it."""
    cleaned = prefix.strip()
    if (
        not cleaned.isascii()
        or not cleaned.isdigit()
        or len(cleaned) not in PREFIX_LENGTHS
        or not "20" <= cleaned[:2] <= "29"
    ):
        raise PrefixError(
            _(
                "The barcode prefix must be 2 to 6 digits starting with 20 to 29 (GS1 in-store numbers), not {prefix}",
                prefix=prefix,
            )
        )
    return cleaned


def serial_room(prefix: str) -> int:
    """How many numbers the prefix holds (serial 1 up to this)."""
    return int(10 ** (_BODY_DIGITS - len(prefix))) - 1


def own_code(prefix: str, serial: int) -> str:
    """The 13 digits of the prefix's `serial`-th number, its check digit computed by python-barcode."""
    if not 1 <= serial <= serial_room(prefix):
        raise PrefixError(_("The barcode range {prefix} is used up", prefix=prefix))
    body = f"{prefix}{serial:0{_BODY_DIGITS - len(prefix)}d}"
    return str(EuropeanArticleNumber13(body).get_fullcode())


def serial_of(prefix: str, code: str) -> int | None:
    """The serial of `code` in the prefix's range, or None when the code is not one of the range's numbers."""
    if len(code) != _BODY_DIGITS + 1 or not code.isdigit() or not code.startswith(prefix):
        return None
    return int(code[len(prefix) : _BODY_DIGITS])


def is_ean13(code: str) -> bool:
    """Thirteen digits whose last is the right check digit."""
    if len(code) != _BODY_DIGITS + 1 or not code.isascii() or not code.isdigit():
        return False
    return str(EuropeanArticleNumber13(code[:_BODY_DIGITS]).get_fullcode()) == code
