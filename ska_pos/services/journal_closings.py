"""Closing entries of the journal: a shift's close and a till's day close, with the period's totals, the till's
perpetual grand total, the sequence range covered and the hash of its last entry."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import JournalEntry, Outlet, Shift, Till, User
from ska_pos.i18n import _
from ska_pos.services import journal
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.packages.expiry import expire_due
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date


@dataclass(frozen=True)
class Closing:
    """What the Z report and the daily summary print of a closing."""

    type: str
    closing_no: int
    first_seq: int
    last_seq: int
    last_hash: str
    grand_total: int

    @property
    def short_hash(self) -> str:
        return self.last_hash[:16]  # 64 bits: a forger cannot find another chain ending on these digits


def period_totals(payloads: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The totals of the sales, voids and refunds among the payloads (of entries of the sale types)."""
    totals: dict[str, Any] = {"sales": 0, "voids": 0, "refunds": 0, "gross": 0, "discounts": 0, "net": 0, "tax": 0,
                              "service": 0, "rounding": 0, "total": 0, "void_total": 0, "refund_total": 0,
                              "payments": {}}  # fmt: skip
    counters = {"sale": "sales", "void": "voids", "refund": "refunds"}
    for sale in payloads:
        totals[counters[sale["kind"]]] += 1
        totals["gross"] += sale["subtotal"]
        totals["discounts"] += sale["line_discount_total"] + sale["sale_discount_total"]
        totals["net"] += sale["net_total"]
        totals["tax"] += sale["tax_amount"]
        totals["service"] += sale["service_charge"]
        totals["rounding"] += sale["rounding"]
        totals["total"] += sale["total"]
        if sale["kind"] != "sale":
            totals[f"{sale['kind']}_total"] += sale["total"]
        for payment in sale["payments"]:
            totals["payments"][payment["method"]] = totals["payments"].get(payment["method"], 0) + payment["amount"]
    return totals


def write_closing(
    session: Session, till_id: uuid.UUID, type_: str, details: Mapping[str, Any], *, record_id: uuid.UUID
) -> Closing:
    """Close the period since the till's previous closing of this type, in the caller's transaction."""
    journal.lock_till(session, till_id)  # no entry of another transaction may come between the period and us
    previous = _last_closing(session, till_id, type_)
    first_seq = previous["last_seq"] + 1 if previous else 1
    rows = session.execute(
        select(JournalEntry.seq, JournalEntry.type, JournalEntry.payload, JournalEntry.hash)
        .where(JournalEntry.till_id == till_id, JournalEntry.seq >= first_seq)
        .order_by(JournalEntry.seq)
    ).all()
    if rows:
        last_seq, last_hash = rows[-1].seq, rows[-1].hash
    elif first_seq > 1:
        last_seq = first_seq - 1
        last_hash = session.scalar(
            select(JournalEntry.hash).where(JournalEntry.till_id == till_id, JournalEntry.seq == last_seq)
        ) or journal.chain_start(till_id)
    else:
        last_seq, last_hash = 0, journal.chain_start(till_id)
    totals = period_totals(json.loads(row.payload) for row in rows if row.type in journal.SALE_TYPES)
    payload = dict(details) | {
        "closing_no": previous["closing_no"] + 1 if previous else 1, "first_seq": first_seq, "last_seq": last_seq,
        "last_hash": last_hash, "totals": totals,
        "grand_total": (previous["grand_total"] if previous else 0) + totals["total"],
    }  # fmt: skip
    journal.append(session, till_id, type_, payload, record_id=record_id)
    return closing_of(type_, payload)


def closing_of(type_: str, payload: Mapping[str, Any]) -> Closing:
    return Closing(type_, payload["closing_no"], payload["first_seq"], payload["last_seq"], payload["last_hash"],
                   payload["grand_total"])  # fmt: skip


def _last_closing(session: Session, till_id: uuid.UUID, type_: str) -> dict[str, Any] | None:
    payload = session.scalar(
        select(JournalEntry.payload)
        .where(JournalEntry.till_id == till_id, JournalEntry.type == type_)
        .order_by(JournalEntry.seq.desc())
        .limit(1)
    )
    return json.loads(payload) if payload else None


def closing_for_record(session: Session, record_id: uuid.UUID) -> Closing | None:
    """The closing entry written for a record (a shift closing), if any."""
    row = session.execute(
        select(JournalEntry.type, JournalEntry.payload).where(
            JournalEntry.record_id == record_id, JournalEntry.type.in_(journal.CLOSING_TYPES)
        )
    ).first()
    return closing_of(row.type, json.loads(row.payload)) if row else None


def day_closings(session: Session, till_ids: Iterable[uuid.UUID], day: date) -> list[Closing]:
    """The day closings of these tills for a business date, in sequence order."""
    rows = session.execute(
        select(JournalEntry.payload)
        .where(JournalEntry.type == "day_close", JournalEntry.till_id.in_(list(till_ids)))
        .order_by(JournalEntry.till_id, JournalEntry.seq)
    ).all()
    payloads = [json.loads(row.payload) for row in rows]
    return [closing_of("day_close", payload) for payload in payloads if payload["business_date"] == day.isoformat()]


@requires("day.close")
def close_day(session: Session, actor: Actor, *, day: date | None = None, now: datetime | None = None) -> Closing:
    """Close a business day of the till (by default the last one with entries not yet closed): once per till and
    date, and only once no shift of that day is still open."""
    moment = now or clock.now()
    till = session.get(Till, actor.till_id, with_for_update=True)
    outlet = session.get(Outlet, actor.outlet_id)
    if till is None or outlet is None or till.outlet_id != outlet.id:
        raise ValidationError(_("This till does not belong to the outlet"))
    today = business_date(outlet, moment)
    previous = _last_closing(session, till.id, "day_close")
    last_sale_day = _last_sale_day(session, till.id, previous)
    last_expiry_day = _last_day_of(session, till.id, previous, ("package_expiry",))
    # by default the last day with a sale or a package's breakage not yet closed: a closing of an earlier one would
    # be refused below, and the till's day-close button asks for this one
    last_day = max((d for d in (last_sale_day, last_expiry_day) if d is not None), default=None)
    day = day or last_day or (date.fromisoformat(previous["business_date"]) if previous else today)
    if day > today:
        raise ValidationError(_("The day {day} has not begun yet", day=day.isoformat()))
    if day_closings(session, [till.id], day):
        raise ValidationError(_("The day {day} is already closed on this till", day=day.isoformat()))
    # A closing covers every entry since the previous one: under an earlier date it would hold a later day's sales,
    # or a package's breakage dated a later day (an expiry at a later day's shift opening, or by hand).
    dated = (last_sale_day, _closed_day(previous), last_expiry_day)
    later = max((d for d in dated if d is not None and d > day), default=None)
    if later is not None:
        raise ValidationError(_("The day {day} can no longer be closed on its own: this till's journal already "
                                "holds {later} after it", day=day.isoformat(), later=later.isoformat()))  # fmt: skip
    _refuse_open_shift(session, till.id, outlet, day)
    # Packages past their last day expire dated `today`: inside today's closing when it is today's, else after the
    # closing of an earlier day, in the period of the day they are dated.
    if day == today:
        expire_due(session, actor.user_id, till.id, outlet, moment)
    details = {"business_date": day, "till_id": till.id, "closed_by_id": actor.user_id, "closed_at": moment}
    closing = write_closing(session, till.id, "day_close", details, record_id=uuid.uuid5(till.id, day.isoformat()))
    if day < today:
        expire_due(session, actor.user_id, till.id, outlet, moment)
    return closing


def _last_sale_day(session: Session, till_id: uuid.UUID, previous: Mapping[str, Any] | None) -> date | None:
    """The business date of the till's last sale since its last day closing (a manager closing after midnight
    closes the day they worked, not the new one); None with no sale since."""
    return _last_day_of(session, till_id, previous, journal.SALE_TYPES)


def _last_day_of(
    session: Session, till_id: uuid.UUID, previous: Mapping[str, Any] | None, types: Iterable[str], *,
    first: bool = False,
) -> date | None:  # fmt: skip
    """The business date of the till's last (or first) entry of these types since its last day closing."""
    payload = session.scalar(
        select(JournalEntry.payload)
        .where(JournalEntry.till_id == till_id, JournalEntry.type.in_(list(types)),
               JournalEntry.seq > (previous["last_seq"] + 1 if previous else 0))
        .order_by(JournalEntry.seq if first else JournalEntry.seq.desc())
        .limit(1)
    )  # fmt: skip
    return date.fromisoformat(json.loads(payload)["business_date"]) if payload else None


def day_waiting(session: Session, till_id: uuid.UUID) -> date | None:
    """The one business day whose sales wait for the till's day closing, at a till that closes its days one by
    one: it has closed a day before, and every sale since is of that day. None when no sale waits, and at a till
    that does not close its days (it never has, or the sales waiting span several days)."""
    previous = _last_closing(session, till_id, "day_close")
    if previous is None:
        return None
    last = _last_sale_day(session, till_id, previous)
    if last is None or _last_day_of(session, till_id, previous, journal.SALE_TYPES, first=True) != last:
        return None
    return last


def _closed_day(closing: Mapping[str, Any] | None) -> date | None:
    return date.fromisoformat(closing["business_date"]) if closing else None


def _refuse_open_shift(session: Session, till_id: uuid.UUID, outlet: Outlet, day: date) -> None:
    shift = session.execute(
        select(Shift.opened_at, User.full_name)
        .join(User, User.id == Shift.opened_by_id)
        .where(Shift.till_id == till_id, ~Shift.closing.has())
        .order_by(Shift.opened_at)
        .limit(1)
    ).first()
    if shift is not None and business_date(outlet, shift.opened_at) <= day:
        local = shift.opened_at.astimezone(ZoneInfo(outlet.timezone)).strftime("%Y-%m-%d %H:%M %Z")
        raise ValidationError(_("The shift opened at {moment} by {name} is still open: close it before the day",
                                moment=local, name=shift.full_name))  # fmt: skip
