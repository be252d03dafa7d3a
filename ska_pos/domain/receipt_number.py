"""Readable receipt numbers: outlet code, till code, business date and the till's sequence of the day."""

from __future__ import annotations

import re
from datetime import date, datetime

from ska_pos.i18n import _

_CODE = re.compile(r"[A-Z0-9]+")
_NUMBER = re.compile(r"([A-Z0-9]+)-([A-Z0-9]+)-(\d{8})-(\d{4,})", re.ASCII)


def format_receipt_number(outlet_code: str, till_code: str, business_date: date, seq: int) -> str:
    """For example `KFE-T1-20261129-0007`; the sequence has at least four digits."""
    for code in (outlet_code, till_code):
        if _CODE.fullmatch(code) is None:
            raise ValueError(_("An outlet or till code must be capital letters and digits: {code}", code=code))
    if seq < 1:
        raise ValueError(_("A receipt sequence number must be at least 1"))
    return f"{outlet_code}-{till_code}-{business_date:%Y%m%d}-{seq:04d}"


def parse_receipt_number(text: str) -> tuple[str, str, date, int]:
    """The outlet code, till code, business date and sequence of a receipt number."""
    match = _NUMBER.fullmatch(text.strip().upper())
    business_date = _date(match.group(3)) if match else None
    if match is None or business_date is None or int(match.group(4)) < 1:
        raise ValueError(_("Not a receipt number: {text}", text=text))
    return match.group(1), match.group(2), business_date, int(match.group(4))


def _date(digits: str) -> date | None:
    try:
        return datetime.strptime(digits, "%Y%m%d").date()
    except ValueError:
        return None
