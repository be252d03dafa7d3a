"""Appending to the tamper-evident journal: one entry per event, in the caller's transaction.

Each till has its own chain: a gapless sequence from 1, each entry's hash covering the previous entry's hash, so
a changed, removed or reordered entry breaks every hash after it. The exact format is in docs/journal.md; keep the
two in step (an auditor writes their own verifier from the document)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import JournalEntry, new_id
from ska_pos.db.models.base import table_of
from ska_pos.db.prepared import PreparedInsert, PreparedSelect

# The version of each type's field list (docs/journal.md lists the fields); raise it when the fields change.
SCHEMA_VERSIONS = {
    "sale": 3, "void": 3, "refund": 3, "payout": 1, "payout_reversal": 1, "adjustment": 1, "tip": 1, "cash_in": 1,
    "cash_out": 1, "genesis": 1, "shift_open": 1, "shift_take_over": 1, "shift_close": 1, "day_close": 1,
    "drawer_open": 1, "login": 1, "setting": 1, "restore": 1, "order_payment": 1, "package_sale": 1,
    "package_expiry": 1, "package_refund": 1,
}  # fmt: skip
SALE_TYPES = ("sale", "void", "refund")
CREDITS_SINCE = 2  # the version of the sale types from which each line carries its workers' credits
DRAWER_SINCE = 3  # the version from which a sale's entry says whether its receipt opened the cash drawer
CLOSING_TYPES = ("shift_close", "day_close")

# Every entry of every till runs these two (db/prepared.py).
_LAST = PreparedSelect(
    select(JournalEntry.seq, JournalEntry.hash)
    .where(JournalEntry.till_id == bindparam("till_id"))
    .order_by(JournalEntry.seq.desc())
    .limit(1)
)
_INSERT = PreparedInsert(insert(table_of(JournalEntry)))
_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


@dataclass(frozen=True)
class Appended:
    seq: int
    hash: str


def canonical(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text; amounts integers, quantities decimal strings, UUIDs
    strings, times ISO 8601 in UTC ending in Z, dates ISO."""
    return json.dumps(plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def plain(value: Any) -> Any:
    """A value as it stands in a payload once the JSON is read back."""
    convert = _PLAIN_BY_TYPE.get(type(value))  # the exact types a sale's payload holds, without a chain of tests
    return convert(value) if convert is not None else _plain_any(value)


def _plain_any(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal):
        return _plain_decimal(value)
    if isinstance(value, datetime):
        return _plain_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return _plain_mapping(value)
    if isinstance(value, list | tuple):
        return _plain_sequence(value)
    raise TypeError(f"no canonical form for {type(value).__name__}")  # a float near money is a bug


def _same(value: Any) -> Any:
    return value


def _plain_decimal(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


def _plain_datetime(value: datetime) -> str:
    if value.tzinfo is None:  # astimezone would take the machine's zone: a wrong time, silently
        raise TypeError("a naive datetime has no canonical form")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain_mapping(value: Mapping[Any, Any]) -> dict[str, Any]:
    # Most of a sale's values (amounts, texts, nulls) stand as they are: tested here rather than in a call each.
    return {
        key if type(key) is str else str(key): item if type(item) in _NATIVE else plain(item)
        for key, item in value.items()
    }


def _plain_sequence(value: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [item if type(item) in _NATIVE else plain(item) for item in value]


_NATIVE = frozenset((type(None), bool, int, str))
_PLAIN_BY_TYPE: dict[type, Callable[[Any], Any]] = {
    type(None): _same, bool: _same, int: _same, str: _same, uuid.UUID: str, Decimal: _plain_decimal,
    datetime: _plain_datetime, date: date.isoformat, dict: _plain_mapping, list: _plain_sequence,
    tuple: _plain_sequence,
}  # fmt: skip


def entry_hash(prev_hash: str, till_id: uuid.UUID | str, seq: int, type_: str, version: int, payload: str) -> str:
    """SHA-256 in lowercase hex over the UTF-8 of the six fields joined by a line feed."""
    message = "\n".join((prev_hash, str(till_id), str(seq), type_, str(version), payload))
    return hashlib.sha256(message.encode("utf-8")).hexdigest()


def chain_start(till_id: uuid.UUID | str) -> str:
    """The first entry of a till's chain points at the till's UUID in place of a previous hash."""
    return str(till_id)


def lock_till(session: Session, till_id: uuid.UUID) -> Connection:
    """One writer of the till's chain at a time, until the transaction ends: taken before reading what an entry
    depends on (the last entry, a closing's period). SQLite's BEGIN IMMEDIATE already is one writer at a time."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK, {"key": int.from_bytes(till_id.bytes[:8], "big", signed=True)})
    return connection


def append(
    session: Session, till_id: uuid.UUID, type_: str, payload: Mapping[str, Any], *, record_id: uuid.UUID | None
) -> Appended:
    """The till's next entry, inside the caller's write transaction (which keeps the sequence gapless)."""
    version = SCHEMA_VERSIONS[type_]
    connection = lock_till(session, till_id)
    last = _LAST.first(connection, {"till_id": till_id})
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, chain_start(till_id))
    body = canonical(payload)
    digest = entry_hash(prev_hash, till_id, seq, type_, version, body)
    _INSERT.run(connection, [{
        "id": new_id(), "till_id": till_id, "seq": seq, "type": type_, "record_id": record_id,
        "schema_version": version, "payload": body, "prev_hash": prev_hash, "hash": digest, "created_at": clock.now(),
    }])  # fmt: skip
    return Appended(seq, digest)


SALE_FIELDS = (
    "id", "kind", "receipt_no", "reverses_sale_id", "outlet_id", "till_id", "shift_id", "cashier_id",
    "approved_by_id", "business_date", "sold_at", "subtotal", "line_discount_total", "sale_discount_total",
    "net_total", "service_charge", "tax_amount", "total", "rounding", "paid", "change",
)  # fmt: skip
LINE_FIELDS = (
    "id", "line_no", "item_id", "sku", "quantity", "list_price", "unit_price", "price_override_by_id",
    "gross_amount", "line_discount", "sale_discount_part", "included_tax", "net_amount", "reverses_line_id",
)  # fmt: skip
PAYMENT_FIELDS = ("method", "amount")
CREDIT_FIELDS = ("id", "worker_id", "split_bp", "quantity", "credited_amount", "amount", "reverses_entry_id")


def append_sale(
    session: Session,
    sale: Mapping[str, Any],
    lines: Iterable[Mapping[str, Any]],
    payments: Iterable[Mapping[str, Any]],
    credits: Iterable[Mapping[str, Any]] = (),
    *,
    drawer_opened: bool = False,
) -> Appended:
    """A sale, void or refund with its lines (price overrides and who approved them, the workers credited) and
    payments, from the rows just inserted (`credits`: the sale's earning entries). `drawer_opened`: its receipt
    opens the cash drawer, said in this entry rather than in one of its own."""
    by_line: dict[Any, list[dict[str, Any]]] = {}
    for credit in credits:
        by_line.setdefault(credit["sale_line_id"], []).append({field: credit.get(field) for field in CREDIT_FIELDS})
    payload = {field: sale.get(field) for field in SALE_FIELDS}
    payload["lines"] = [
        {field: line.get(field) for field in LINE_FIELDS} | {"credits": by_line.get(line["id"], [])} for line in lines
    ]
    payload["payments"] = [{field: payment[field] for field in PAYMENT_FIELDS} for payment in payments]
    payload["drawer_opened"] = drawer_opened
    return append(session, sale["till_id"], sale["kind"], payload, record_id=sale["id"])
