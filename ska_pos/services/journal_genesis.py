"""Sealing the records written before the journal existed (databases older than revision 0004).

Migration 0008 appends one `genesis` entry to each till's chain that had such records: per table their count and
a SHA-256 digest over their sealed columns, the sales' total and the last receipt number. `verify` then expects
journal entries only for the other records, and recomputes the seals: a pre-journal record changed, removed or
added after the upgrade changes its table's digest. Payouts and adjustments belong to no till: the first till (by
id) seals them. The columns are fixed here (version 1) so that later migrations do not change a digest."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.types import Quantity, UtcDateTime
from ska_pos.services import journal

GLOBAL = "global"  # the scope of payouts and adjustments
_U, _I, _S, _D, _T, _Q = sa.Uuid(), sa.BigInteger(), sa.String(), sa.Date(), UtcDateTime(), Quantity()


def _table(name: str, **columns: sa.types.TypeEngine[Any]) -> sa.TableClause:
    return sa.table(name, *(sa.column(column, type_) for column, type_ in columns.items()))


SEALED = {
    "sale": _table("sale", id=_U, till_id=_U, shift_id=_U, cashier_id=_U, kind=_S, reverses_sale_id=_U,
                   approved_by_id=_U, receipt_no=_S, business_date=_D, seq=_I, sold_at=_T, subtotal=_I,
                   line_discount_total=_I, sale_discount_total=_I, net_total=_I, service_charge=_I, tax_amount=_I,
                   total=_I, rounding=_I, paid=_I, change=_I),
    "sale_line": _table("sale_line", id=_U, sale_id=_U, line_no=_I, item_id=_U, sku=_S, quantity=_Q,
                        list_price=_I, unit_price=_I, price_override_by_id=_U, gross_amount=_I, line_discount=_I,
                        sale_discount_part=_I, included_tax=_I, net_amount=_I, reverses_line_id=_U),
    "payment": _table("payment", id=_U, sale_id=_U, method=_S, amount=_I, tendered=_I, change=_I),
    "earning_entry": _table("earning_entry", id=_U, sale_id=_U, sale_line_id=_U, worker_id=_U, outlet_id=_U, kind=_S,
                            split_bp=_I, quantity=_Q, credited_amount=_I, amount=_I, reverses_entry_id=_U,
                            business_date=_D, reason=_S, created_by_id=_U),
    "shift": _table("shift", id=_U, till_id=_U, opened_by_id=_U, opened_at=_T, opening_float=_I),
    "cash_movement": _table("cash_movement", id=_U, shift_id=_U, direction=_S, amount=_I, reason=_S, user_id=_U,
                            approved_by_id=_U),
    "shift_closing": _table("shift_closing", id=_U, shift_id=_U, closed_by_id=_U, approved_by_id=_U, closed_at=_T,
                            expected_cash=_I, counted_cash=_I, difference=_I),
    "payout": _table("payout", id=_U, worker_id=_U, amount=_I, method=_S, reference=_S, paid_on=_D, paid_at=_T,
                     paid_by_id=_U, reverses_payout_id=_U),
}  # fmt: skip
# Which journal payload field holds each table's id, by entry type; the children of a sale are in its payload.
_JOURNALED = {"sale": ("sale", "void", "refund"), "shift": ("shift_open",), "shift_closing": ("shift_close",),
              "cash_movement": ("cash_in", "cash_out"), "payout": ("payout", "payout_reversal"),
              "adjustment": ("adjustment",)}  # fmt: skip
_ID_FIELD = {"shift": "shift_id", "shift_closing": "closing_id"}


@dataclass
class Unjournaled:
    """The records of each table that no journal entry describes, by the scope (a till's id, or GLOBAL)."""

    rows: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)

    def add(self, scope: str, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(scope, {}).setdefault(table, []).append(row)

    def seals(self, scope: str) -> dict[str, dict[str, Any]]:
        return {table: seal(rows) for table, rows in sorted(self.rows.get(scope, {}).items())}


def seal(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The count of the rows and the SHA-256 of their canonical JSON, sorted by id."""
    ordered = sorted((journal.plain(dict(row)) for row in rows), key=lambda row: str(row["id"]))
    digest = hashlib.sha256(journal.canonical(ordered).encode("utf-8")).hexdigest()
    return {"count": len(ordered), "digest": digest}


def unjournaled(connection: sa.Connection, journaled_ids: Mapping[str, set[str]]) -> Unjournaled:
    """Every record of the sealed tables without an entry (`journaled_ids`: table → the ids the entries hold)."""
    found = Unjournaled()
    sales = _read(connection, "sale")
    old_sales = {str(row["id"]): str(row["till_id"]) for row in sales if str(row["id"]) not in journaled_ids["sale"]}
    for row in sales:
        if str(row["id"]) in old_sales:
            found.add(str(row["till_id"]), "sale", row)
    for table in ("sale_line", "payment"):
        for row in _read(connection, table):
            if str(row["sale_id"]) in old_sales:
                found.add(old_sales[str(row["sale_id"])], table, row)
    shifts = {}
    for row in _read(connection, "shift"):
        shifts[str(row["id"])] = str(row["till_id"])
        if str(row["id"]) not in journaled_ids["shift"]:
            found.add(str(row["till_id"]), "shift", row)
    for table in ("cash_movement", "shift_closing"):
        for row in _read(connection, table):
            if str(row["id"]) not in journaled_ids[table]:
                found.add(shifts.get(str(row["shift_id"]), GLOBAL), table, row)
    for row in _read(connection, "earning_entry"):
        if row["kind"] == "adjustment" and str(row["id"]) not in journaled_ids["adjustment"]:
            found.add(GLOBAL, "adjustment", row)
        elif str(row["sale_id"]) in old_sales:
            found.add(old_sales[str(row["sale_id"])], "earning_entry", row)
    for row in _read(connection, "payout"):
        if str(row["id"]) not in journaled_ids["payout"]:
            found.add(GLOBAL, "payout", row)
    return found


def _read(connection: sa.Connection, name: str) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.execute(sa.select(SEALED[name])).mappings()]


def check_seals(
    connection: sa.Connection, geneses: Iterable[Mapping[str, Any]], payloads: Iterable[tuple[str, Mapping[str, Any]]]
) -> tuple[set[str], list[tuple[Mapping[str, Any], list[str]]]]:
    """The ids of the records the genesis entries seal, and each genesis whose seals no longer match (with the
    tables that changed)."""
    found = unjournaled(connection, journaled_ids(payloads))
    sealed: set[str] = set()
    broken = []
    for genesis in geneses:
        scopes = [str(scope) for scope in genesis.get("scopes", [])]
        now = {table: value for scope in scopes for table, value in found.seals(scope).items()}
        stored = genesis.get("seals", {})
        changed = sorted(table for table in {*now, *stored} if now.get(table) != stored.get(table))
        if changed:
            broken.append((genesis, changed))
        sealed |= {str(row["id"]) for scope in scopes for rows in found.rows.get(scope, {}).values() for row in rows}
    return sealed, broken


def journaled_ids(payloads: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, set[str]]:
    """table → the record ids the journal entries (type, payload) describe."""
    ids: dict[str, set[str]] = {table: set() for table in (*SEALED, "adjustment")}
    for type_, payload in payloads:
        for table, types in _JOURNALED.items():
            if type_ in types:
                ids[table].add(str(payload.get(_ID_FIELD.get(table, "id"))))
    return ids


def seal_all(session: Session) -> int:
    """Append each till's genesis entry (migration 0008); returns how many were written."""
    connection = session.connection()
    entries = connection.execute(sa.text("SELECT type, payload FROM journal_entry")).all()
    found = unjournaled(connection, journaled_ids((row.type, _loads(row.payload)) for row in entries))
    tills = sorted(connection.execute(sa.select(sa.column("id", _U)).select_from(sa.table("till"))).scalars())
    written = 0
    for number, till_id in enumerate(tills):
        scopes = [str(till_id), GLOBAL] if number == 0 else [str(till_id)]
        seals = {table: value for scope in scopes for table, value in found.seals(scope).items()}
        if seals:
            journal.append(session, till_id, "genesis", genesis_payload(till_id, found, scopes, seals),
                           record_id=None)  # fmt: skip
            written += 1
    return written


def genesis_payload(
    till_id: uuid.UUID, found: Unjournaled, scopes: list[str], seals: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    sales = found.rows.get(str(till_id), {}).get("sale", [])
    last = max(sales, key=lambda row: (row["business_date"], row["seq"]), default=None)
    return {"till_id": till_id, "scopes": scopes, "seals": seals, "sales_total": sum(row["total"] for row in sales),
            "last_receipt": last["receipt_no"] if last else None, "at": clock.now()}  # fmt: skip


def _loads(payload: str) -> dict[str, Any]:
    value = json.loads(payload)
    return value if isinstance(value, dict) else {}
