"""Comparing the money tables with the journal, both ways: every row has its entry and every entry its row, and
every field an entry's payload holds equals the row's. Entries are matched by the id inside their hashed payload,
never by the unhashed `record_id` column. One pass per table, dictionaries by id."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    CashMovement,
    EarningEntry,
    JournalEntry,
    OrderPayment,
    PackageExpiry,
    PackageRefund,
    PackageSale,
    Payment,
    Payout,
    Sale,
    SaleLine,
    Shift,
    ShiftClosing,
    Till,
)  # fmt: skip
from ska_pos.db.models.base import table_of
from ska_pos.i18n import _
from ska_pos.services import journal
from ska_pos.services.journal_genesis import check_seals

Payload = dict[str, Any]


@dataclass(frozen=True)
class Journaled:
    entry: JournalEntry
    payload: Payload


@dataclass
class CrossCheck:
    codes: Mapping[uuid.UUID, str]
    zones: Mapping[uuid.UUID, str] = field(default_factory=dict)  # each till's outlet's time zone
    problems: list[str] = field(default_factory=list)
    sealed: set[str] = field(default_factory=set)  # records from before the journal, sealed by a genesis entry

    def local(self, moment: datetime, till_id: uuid.UUID) -> str:
        """A time as the outlet's people read it (WIB, WITA, WIT), not UTC."""
        zone = ZoneInfo(self.zones.get(till_id, "Asia/Jakarta"))
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")

    def where(self, item: Journaled) -> str:
        return _("entry {seq} on till {till}", seq=item.entry.seq,
                 till=self.codes.get(item.entry.till_id, str(item.entry.till_id)))  # fmt: skip


def cross_check(
    session: Session,
    entries: Iterable[tuple[JournalEntry, Payload]],
    codes: Mapping[uuid.UUID, str],
    zones: Mapping[uuid.UUID, str],
) -> list[str]:
    check = CrossCheck(codes, zones)
    by_type: dict[str, list[Journaled]] = {}
    for entry, payload in entries:
        by_type.setdefault(entry.type, []).append(Journaled(entry, payload))
    if "genesis" in by_type:
        _check_seals(check, session, by_type)
    sales = _index(check, _of(by_type, journal.SALE_TYPES), "id")
    _check_sales(check, session, sales)
    _check_sale_outlets(check, session)
    _check_lines_and_credits(check, session, sales)
    _check_payments(check, session, sales)
    _check_simple(check, session, _index(check, _of(by_type, ("payout", "payout_reversal")), "id"), _PAYOUTS)
    _check_simple(check, session, _index(check, _of(by_type, ("cash_in", "cash_out")), "id"), _CASH)
    _check_simple(check, session, _index(check, _of(by_type, ("adjustment",)), "id"), _ADJUSTMENTS)
    _check_simple(check, session, _index(check, _of(by_type, ("order_payment",)), "id"), _ORDER_PAYMENTS)
    _check_simple(check, session, _index(check, _of(by_type, ("tip",)), "id"), _TIPS)
    _check_simple(check, session, _index(check, _of(by_type, ("package_sale",)), "id"), _PACKAGE_SALES)
    _check_simple(check, session, _index(check, _of(by_type, ("package_expiry",)), "id"), _PACKAGE_EXPIRIES)
    _check_simple(check, session, _index(check, _of(by_type, ("package_refund",)), "id"), _PACKAGE_REFUNDS)
    _check_simple(check, session, _index(check, _of(by_type, ("shift_open",)), "shift_id"), _OPENINGS)
    _check_simple(check, session, _index(check, _of(by_type, ("shift_close",)), "closing_id"), _CLOSINGS)
    return check.problems


def _check_seals(check: CrossCheck, session: Session, by_type: Mapping[str, list[Journaled]]) -> None:
    payloads = [(item.entry.type, item.payload) for items in by_type.values() for item in items]
    geneses = {id(item.payload): item for item in by_type["genesis"]}
    check.sealed, broken = check_seals(session.connection(), [item.payload for item in geneses.values()], payloads)
    for genesis, tables in broken:
        item = geneses[id(genesis)]
        check.problems.append(_("The records from before the journal sealed in {where} have changed since: {tables}",
                                where=check.where(item), tables=", ".join(tables)))  # fmt: skip


def _of(by_type: Mapping[str, list[Journaled]], types: Iterable[str]) -> list[Journaled]:
    return [item for type_ in types for item in by_type.get(type_, [])]


def _index(check: CrossCheck, items: list[Journaled], key: str) -> dict[str, Journaled]:
    """Entries by the record id in their payload; two entries claiming one record are a problem in themselves."""
    index: dict[str, Journaled] = {}
    for item in items:
        record_id = str(item.payload.get(key))
        if record_id in index:
            check.problems.append(_("Two journal entries describe the same record {id}: {first} and {second}",
                                    id=record_id, first=check.where(index[record_id]),
                                    second=check.where(item)))  # fmt: skip
            continue
        index[record_id] = item
    return index


def _differing(row: Mapping[str, Any], payload: Mapping[str, Any], fields: Mapping[str, str]) -> list[str]:
    """The payload fields (keys) whose value differs from the row's column (values)."""
    return [name for name, column in fields.items() if journal.plain(row.get(column)) != payload.get(name)]


def _rows(session: Session, statement: Select[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(statement).mappings()]


def _check_sales(check: CrossCheck, session: Session, sales: dict[str, Journaled]) -> None:
    fields = {name: name for name in journal.SALE_FIELDS}
    seen: set[str] = set()
    for row in _rows(session, select(*(getattr(Sale, name) for name in journal.SALE_FIELDS))):
        item = sales.get(str(row["id"]))
        seen.add(str(row["id"]))
        if item is None:
            if str(row["id"]) not in check.sealed:
                check.problems.append(_("Receipt {receipt} has no journal entry", receipt=row["receipt_no"]))
            continue
        changed = _differing(row, item.payload, fields) + _till_differs(item)
        if changed:
            check.problems.append(_("Receipt {receipt} differs from its journal entry {seq} on till {till}: {fields}",
                                    receipt=row["receipt_no"], seq=item.entry.seq,
                                    till=check.codes.get(item.entry.till_id, ""),
                                    fields=", ".join(changed)))  # fmt: skip
    for record_id, item in sales.items():
        if record_id not in seen:
            check.problems.append(_("Receipt {receipt} is in the journal (entry {seq}) but its sale is gone",
                                    receipt=item.payload.get("receipt_no", "?"), seq=item.entry.seq))  # fmt: skip


def _check_sale_outlets(check: CrossCheck, session: Session) -> None:
    """A sale is of its till's outlet: the one field of a sale that a genesis seal (version 1) leaves out."""
    statement = select(Sale.receipt_no).join(Till, Till.id == Sale.till_id).where(Sale.outlet_id != Till.outlet_id)
    for receipt in session.scalars(statement):
        check.problems.append(_("Receipt {receipt} names another outlet than the one its till belongs to",
                                receipt=receipt))  # fmt: skip


def _till_differs(item: Journaled) -> list[str]:
    return [] if item.payload.get("till_id") == str(item.entry.till_id) else ["till_id"]


def _check_lines_and_credits(check: CrossCheck, session: Session, sales: dict[str, Journaled]) -> None:
    lines: dict[str, tuple[Journaled, Payload]] = {}
    credits: dict[str, tuple[Journaled, Payload]] = {}
    for item in sales.values():
        for line in item.payload.get("lines", []):
            lines[str(line.get("id"))] = (item, line)
            for credit in line.get("credits", []):
                credits[str(credit.get("id"))] = (item, credit | {"sale_line_id": line.get("id")} | _of_the_sale(item))
    line_fields = {name: name for name in journal.LINE_FIELDS} | {"sale_id": "sale_id"}
    statement = select(SaleLine.sale_id, *(getattr(SaleLine, name) for name in journal.LINE_FIELDS))
    _compare_children(check, session, statement, lines, line_fields, _("A line"), sales.keys())
    newer = {key for key, item in sales.items() if item.entry.schema_version >= journal.CREDITS_SINCE}
    credit_fields = {name: name for name in (*journal.CREDIT_FIELDS, "sale_line_id", *_CREDIT_FROM_SALE)}
    statement = select(
        EarningEntry.sale_id,
        EarningEntry.sale_line_id,
        *(getattr(EarningEntry, name) for name in (*journal.CREDIT_FIELDS, *_CREDIT_FROM_SALE)),
    ).where(EarningEntry.sale_id.is_not(None), EarningEntry.kind != "tip")  # a tip is journaled on its own
    _compare_children(check, session, statement, credits, credit_fields, _("A worker's credit"), newer)
    _check_credits_without_a_sale(check, session)


# A worker's credit on a sale line is of its sale's kind, day and outlet (the payload holds them once, in the sale):
# a credit moved to another pay period or outlet has changed as surely as one whose amount has.
_CREDIT_FROM_SALE = ("kind", "business_date", "outlet_id")


def _of_the_sale(item: Journaled) -> Payload:
    return {name: item.payload.get(name) for name in _CREDIT_FROM_SALE}


def _check_credits_without_a_sale(check: CrossCheck, session: Session) -> None:
    """Only an adjustment (journaled on its own) credits a worker without a sale; any other credit without one
    raises the worker's balance with no entry to show for it."""
    statement = select(EarningEntry.amount, EarningEntry.business_date).where(
        EarningEntry.sale_id.is_(None), EarningEntry.kind != "adjustment"
    )
    for amount, day in session.execute(statement):
        check.problems.append(_("A worker's credit of Rp{amount} on {day} belongs to no sale and has no journal "
                                "entry", amount=amount, day=day.isoformat()))  # fmt: skip


def _compare_children(
    check: CrossCheck,
    session: Session,
    statement: Select[Any],
    journaled: dict[str, tuple[Journaled, Payload]],
    fields: Mapping[str, str],
    what: str,
    checked: Collection[str],
) -> None:
    """Rows belonging to a sale (its lines, its workers' credits) against the parts of the sale's payload.
    Only the rows of `checked` sales: a sale without an entry is reported once, and one journaled before its
    payload held these parts has nothing to compare them with."""
    for row in _rows(session, statement):
        if str(row["sale_id"]) not in checked:
            continue
        found = journaled.pop(str(row["id"]), None)
        if found is None:
            check.problems.append(_("{what} of sale {sale} is not in the journal", what=what, sale=row["sale_id"]))
            continue
        item, part = found
        expected = part | {"sale_id": item.payload.get("id")}
        changed = _differing(row, expected, fields)
        if changed:
            check.problems.append(_("{what} of receipt {receipt} differs from {where}: {fields}", what=what,
                                    receipt=item.payload.get("receipt_no", "?"), where=check.where(item),
                                    fields=", ".join(changed)))  # fmt: skip
    for item, _part in journaled.values():
        check.problems.append(_("{what} of receipt {receipt} is in the journal ({where}) but not in the tables",
                                    what=what, receipt=item.payload.get("receipt_no", "?"),
                                    where=check.where(item)))  # fmt: skip


def _check_payments(check: CrossCheck, session: Session, sales: dict[str, Journaled]) -> None:
    paid: dict[str, list[tuple[str, int]]] = {}
    for row in session.execute(select(Payment.sale_id, Payment.method, Payment.amount)):
        paid.setdefault(str(row.sale_id), []).append((row.method, row.amount))
    for sale_id, item in sales.items():
        journaled = sorted((p.get("method"), p.get("amount")) for p in item.payload.get("payments", []))
        if sorted(paid.get(sale_id, [])) != journaled:
            check.problems.append(_("The payments of receipt {receipt} differ from {where}",
                                    receipt=item.payload.get("receipt_no", "?"), where=check.where(item)))  # fmt: skip


@dataclass(frozen=True)
class Table:
    """A table whose rows each have one entry: payload field → column, and how to name a row to a person."""

    statement: Select[Any]
    key: str
    fields: Mapping[str, str]
    name: Callable[[CrossCheck, Mapping[str, Any]], str]
    types: Callable[[Mapping[str, Any]], tuple[str, ...]] = lambda _row: ()


def _check_simple(check: CrossCheck, session: Session, journaled: dict[str, Journaled], table: Table) -> None:
    for row in _rows(session, table.statement):
        item = journaled.pop(str(row[table.key]), None)
        if item is None:
            if str(row[table.key]) not in check.sealed:
                check.problems.append(_("{what} has no journal entry", what=table.name(check, row)))
            continue
        changed = _differing(row, item.payload, table.fields)
        if table.types(row) and item.entry.type not in table.types(row):
            changed.append("type")
        if changed:
            check.problems.append(_("{what} differs from its journal entry ({where}): {fields}",
                                    what=table.name(check, row), where=check.where(item),
                                    fields=", ".join(changed)))  # fmt: skip
    for item in journaled.values():
        check.problems.append(_("{what} is in the journal ({where}) but not in the tables",
                                what=item.entry.type, where=check.where(item)))  # fmt: skip


def _payout_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The payout of Rp{amount} on {day}", amount=row["amount"], day=row["paid_on"].isoformat())


def _cash_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The cash movement of Rp{amount} ({reason})", amount=row["amount"], reason=row["reason"])


def _adjustment_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The earnings adjustment of Rp{amount} ({reason})", amount=row["amount"], reason=row["reason"])


def _order_payment_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The order payment of Rp{amount} on {day}", amount=row["amount"], day=row["business_date"].isoformat())


def _tip_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The tip of Rp{amount} on {day}", amount=row["amount"], day=row["business_date"].isoformat())


def _package_sale_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The package sold for Rp{amount} on {day}", amount=row["price"], day=row["business_date"].isoformat())


def _package_expiry_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The package expiry of Rp{amount} on {day}", amount=row["amount"],
             day=row["business_date"].isoformat())  # fmt: skip


def _package_refund_name(_check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The package refund of Rp{amount} on {day}", amount=row["amount"],
             day=row["business_date"].isoformat())  # fmt: skip


def _opening_name(check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The shift opened at {moment}", moment=check.local(row["opened_at"], row["till_id"]))


def _closing_name(check: CrossCheck, row: Mapping[str, Any]) -> str:
    return _("The shift closed at {moment}", moment=check.local(row["closed_at"], row["till_id"]))


_PAYOUT_COLUMNS = ("id", "worker_id", "amount", "method", "reference", "paid_on", "paid_at", "reverses_payout_id")
_PAYOUTS = Table(
    select(table_of(Payout)), "id", {name: name for name in _PAYOUT_COLUMNS} | {"user_id": "paid_by_id"}, _payout_name,
    lambda row: ("payout_reversal",) if row["reverses_payout_id"] else ("payout",),
)  # fmt: skip
_CASH = Table(
    select(table_of(CashMovement)), "id",
    {name: name for name in ("id", "shift_id", "amount", "reason", "user_id", "approved_by_id")}, _cash_name,
    lambda row: (f"cash_{row['direction']}",),
)  # fmt: skip
_ADJUSTMENTS = Table(
    select(table_of(EarningEntry)).where(EarningEntry.kind == "adjustment"), "id",
    {name: name for name in ("id", "worker_id", "outlet_id", "amount", "business_date", "reason")}
    | {"user_id": "created_by_id", "at": "created_at"}, _adjustment_name,
)  # fmt: skip
_ORDER_PAYMENTS = Table(
    select(table_of(OrderPayment)), "id",
    {name: name for name in ("id", "order_id", "shift_id", "kind", "method", "amount", "user_id", "approved_by_id")}
    | {"at": "paid_at"}, _order_payment_name,
)  # fmt: skip
_TIPS = Table(
    select(table_of(EarningEntry)).where(EarningEntry.kind == "tip"), "id",
    {name: name for name in ("id", "worker_id", "outlet_id", "sale_id", "amount", "business_date")}
    | {"user_id": "created_by_id", "at": "created_at"}, _tip_name,
)  # fmt: skip
# A package's session used and a session undone are sales (the session's sale, its void), checked with the sales.
_PACKAGE_SALES = Table(
    select(table_of(PackageSale)), "id",
    {name: name for name in ("id", "customer_id", "shift_id", "method", "sessions", "user_id")}
    | {"amount": "price", "at": "sold_at"}, _package_sale_name,
)  # fmt: skip
_PACKAGE_EXPIRIES = Table(
    select(table_of(PackageExpiry)), "id",
    {name: name for name in ("id", "package_id", "outlet_id", "sessions_left", "amount", "expires_on",
                             "business_date", "user_id")} | {"at": "recorded_at"}, _package_expiry_name,
)  # fmt: skip
_PACKAGE_REFUNDS = Table(  # the entry's amount is what left the outlet: negative
    select(table_of(PackageRefund), (-PackageRefund.amount).label("given_back")), "id",
    {name: name for name in ("id", "package_id", "shift_id", "method", "kept", "sessions_left", "reason", "user_id",
                             "approved_by_id")} | {"amount": "given_back", "at": "refunded_at"}, _package_refund_name,
)  # fmt: skip
_OPENINGS = Table(
    select(table_of(Shift)), "id",
    {"shift_id": "id", "till_id": "till_id", "opened_by_id": "opened_by_id", "opening_float": "opening_float",
     "opened_at": "opened_at"}, _opening_name,
)  # fmt: skip
_CLOSINGS = Table(
    select(table_of(ShiftClosing), Shift.till_id).join(Shift, Shift.id == ShiftClosing.shift_id), "id",
    {"closing_id": "id", "shift_id": "shift_id", "closed_at": "closed_at", "closed_by_id": "closed_by_id",
     "approved_by_id": "approved_by_id", "expected_cash": "expected_cash", "counted_cash": "counted_cash",
     "difference": "difference"}, _closing_name,
)  # fmt: skip
