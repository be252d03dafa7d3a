"""What a sale needs to know about where it happens: the outlet, its open shift, its date and its next number."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, Sale, Shift, ShiftClosing, Till
from ska_pos.db.prepared import PreparedSelect
from ska_pos.domain.pricing import TaxSettings
from ska_pos.domain.receipt_number import format_receipt_number
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError, ValidationError


class Zoned(Protocol):
    @property
    def timezone(self) -> str: ...


class Taxed(Protocol):
    @property
    def tax_rate_bp(self) -> int: ...
    @property
    def prices_include_tax(self) -> bool: ...
    @property
    def service_rate_bp(self) -> int: ...
    @property
    def service_included(self) -> bool: ...
    @property
    def service_before_discount(self) -> bool: ...


@dataclass(frozen=True)
class Place:
    """Where a sale happens, as plain values read in one query."""

    outlet_id: uuid.UUID
    outlet_code: str
    timezone: str
    tax: TaxSettings
    cash_rounding_unit: int
    till_id: uuid.UUID
    till_code: str
    shift_id: uuid.UUID


def tax_settings(outlet: Taxed) -> TaxSettings:
    return TaxSettings(outlet.tax_rate_bp, outlet.prices_include_tax, outlet.service_rate_bp, outlet.service_included,
                       outlet.service_before_discount)  # fmt: skip


# Built once: constructing a statement costs more than running it, and this runs for every sale (db/prepared.py).
_STILL_OPEN = ~select(ShiftClosing.id).where(ShiftClosing.shift_id == Shift.id).exists()
_PLACE = PreparedSelect(
    select(Till.outlet_id, Till.active, Till.code, Outlet.code, Outlet.timezone, Outlet.tax_rate_bp,
           Outlet.prices_include_tax, Outlet.service_rate_bp, Outlet.service_included, Outlet.cash_rounding_unit,
           Shift.id, Outlet.service_before_discount)
    .join(Outlet, Outlet.id == Till.outlet_id)
    .outerjoin(Shift, (Shift.till_id == Till.id) & _STILL_OPEN)
    .where(Till.id == bindparam("till_id"))
    .order_by(Shift.opened_at.desc())
    .limit(1)
    # PostgreSQL: sales of one till take their numbers one at a time (SQLite's BEGIN IMMEDIATE already does so).
    .with_for_update(of=Till)
)  # fmt: skip
_LAST_SEQ = PreparedSelect(
    select(func.max(Sale.seq)).where(Sale.till_id == bindparam("till_id"), Sale.business_date == bindparam("day"))
)


def place_of(session: Session, actor: Actor) -> Place:
    """The till, its outlet and its open shift in one query."""
    row = _PLACE.first(session.connection(), {"till_id": actor.till_id})
    if row is None or row[0] != actor.outlet_id or not row[1]:
        raise ValidationError(_("This till does not belong to the outlet"))
    (_outlet_id, _active, till_code, outlet_code, zone, tax_bp, inclusive, service_bp, nett, rounding, shift_id,
     before_discount) = row  # fmt: skip
    if shift_id is None:
        raise ValidationError(_("Open a shift before selling"))
    tax = TaxSettings(tax_bp, inclusive, service_bp, nett, before_discount)
    return Place(actor.outlet_id, outlet_code, zone, tax, rounding, actor.till_id, till_code, shift_id)


def open_shift_id(session: Session, till_id: uuid.UUID) -> uuid.UUID | None:
    query = (
        select(Shift.id)
        .outerjoin(ShiftClosing, ShiftClosing.shift_id == Shift.id)
        .where(Shift.till_id == till_id, ShiftClosing.id.is_(None))
        .order_by(Shift.opened_at.desc())
        .limit(1)
    )
    return session.scalar(query)


def business_date(outlet: Zoned, moment: datetime) -> date:
    """The outlet's own calendar day (WIB, WITA or WIT), which numbers receipts and dates reports."""
    return moment.astimezone(ZoneInfo(outlet.timezone)).date()


class ReceiptNumberTaken(ServiceError):
    """Another transaction numbered a sale of this till first; this one wrote nothing."""


@contextmanager
def numbered(place: Place, receipt_no: str) -> Iterator[None]:
    """Around the insert of a numbered sale: a number taken by another transaction is said plainly, never as a
    raw IntegrityError, and the caller's transaction (the whole sale) is rolled back."""
    try:
        yield
    except IntegrityError as error:
        detail = str(error.orig)
        if "receipt_no" not in detail and "seq" not in detail:
            raise
        raise ReceiptNumberTaken(_("Receipt number {number} is already used: is till {till} open on two "
                                   "computers? The sale was not saved; try again.", number=receipt_no,
                                   till=place.till_code)) from error  # fmt: skip


def next_receipt(session: Session, place: Place, day: date) -> tuple[int, str]:
    """Gapless per till per day: the number is taken inside the sale's own transaction."""
    seq = (_LAST_SEQ.scalar(session.connection(), {"till_id": place.till_id, "day": day}) or 0) + 1
    return seq, format_receipt_number(place.outlet_code, place.till_code, day, seq)
