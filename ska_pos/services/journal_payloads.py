"""Reading a journal entry's payload back for a check: only when it holds its type's fields, of their types.

A payload is hashed text: someone who rewrites it (and re-seals the chain, or not) can put any JSON there. The
checks then read a closing's numbers, a sale's amounts and a shift's float; a payload that does not have them is
reported as such instead of stopping the check half way (which would leave the last good result on show)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ska_pos.services import journal


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _wholes(payload: Mapping[str, Any], *names: str) -> bool:
    return all(_whole(payload.get(name)) for name in names)


def _records(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


_SALE_AMOUNTS = ("subtotal", "line_discount_total", "sale_discount_total", "net_total", "tax_amount",
                 "service_charge", "rounding", "total")  # fmt: skip


def _sale(payload: Mapping[str, Any]) -> bool:
    lines: Any = payload.get("lines")
    payments: Any = payload.get("payments")
    return (
        payload.get("kind") in journal.SALE_TYPES
        and _wholes(payload, *_SALE_AMOUNTS)
        and _records(lines)
        and all(_records(line.get("credits", [])) for line in lines)
        and _records(payments)
        and all(isinstance(p.get("method"), str) and _whole(p.get("amount")) for p in payments)
    )


def _closing(payload: Mapping[str, Any]) -> bool:
    return (
        _wholes(payload, "closing_no", "first_seq", "last_seq", "grand_total")
        and isinstance(payload.get("last_hash"), str)
        and isinstance(payload.get("totals"), dict)
    )


_SHAPES: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    **dict.fromkeys(journal.SALE_TYPES, _sale),
    **dict.fromkeys(journal.CLOSING_TYPES, _closing),
    "shift_open": lambda payload: _whole(payload.get("opening_float")),
    "cash_in": lambda payload: _whole(payload.get("amount")),
    "cash_out": lambda payload: _whole(payload.get("amount")),
    "order_payment": lambda payload: _whole(payload.get("amount")) and isinstance(payload.get("method"), str),
    "package_sale": lambda payload: _whole(payload.get("amount")) and isinstance(payload.get("method"), str),
    "package_refund": lambda payload: _whole(payload.get("amount")) and isinstance(payload.get("method"), str),
    "package_expiry": lambda payload: _whole(payload.get("amount")),
    "genesis": lambda payload: isinstance(payload.get("scopes"), list) and isinstance(payload.get("seals"), dict),
}


def readable(type_: str, text: str) -> dict[str, Any] | None:
    """The payload as a dictionary, or None when it is not JSON of the fields its type's checks read."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    shape = _SHAPES.get(type_)
    return value if shape is None or shape(value) else None
