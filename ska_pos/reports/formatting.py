"""How receipts and reports write dates, quantities, rates and rupiah, in the document's own language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.i18n import gettext

_LOCALES = {"id": "id_ID", "en": "en_US"}


def locale_of(language: str) -> str:
    return _LOCALES.get(language, _LOCALES["id"])


def rupiah(amount: int, language: str) -> str:
    return format_rupiah(amount, language if language in _LOCALES else "id")


def minus_rupiah(amount: int, language: str) -> str:
    """A deduction (discount) shown with its minus sign: `-Rp5.000`."""
    return rupiah(-abs(amount), language)


def quantity(value: Decimal, language: str, unit: str = "") -> str:
    """`2`, `1,5 kg` (id) or `1.5 kg` (en): the domain's one quantity format, in the document's language."""
    return format_quantity(value, language if language in _LOCALES else "id", unit)


def rate_bp(basis_points: int, language: str) -> str:
    """Basis points as a percentage: 1000 -> `10%`, 550 -> `5,5%` (id)."""
    value = Decimal(basis_points) / 100
    return f"{format_decimal(value, format='#,##0.##', locale=locale_of(language))}%"


def date_time(moment: datetime, language: str) -> str:
    """`29 Nov 2026 14:05`, in the moment's own time zone."""
    return str(format_datetime(moment, "d MMM y HH:mm", locale=locale_of(language)))


def time_of_day(moment: datetime, language: str) -> str:
    return str(format_datetime(moment, "HH:mm", locale=locale_of(language)))


def long_date(day: date, language: str) -> str:
    """`Minggu, 29 November 2026`."""
    return str(format_date(day, "EEEE, d MMMM y", locale=locale_of(language)))


def short_date(day: date, language: str) -> str:
    return str(format_date(day, "d MMM y", locale=locale_of(language)))


def period(start: date, end: date, language: str) -> str:
    """ "1 Nov 2026 to 30 Nov 2026" in the document's language."""
    return gettext("{start} to {end}", language).format(
        start=short_date(start, language), end=short_date(end, language)
    )
