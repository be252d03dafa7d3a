"""What a sale needs to know about where it happens: the outlet, its open shift, its date and its next number."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, Sale, Shift, ShiftClosing, Till
from ska_pos.domain.pricing import TaxSettings
from ska_pos.domain.receipt_number import format_receipt_number
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError


@dataclass(frozen=True)
class Place:
    outlet: Outlet
    till: Till
    shift_id: uuid.UUID

    @property
    def tax(self) -> TaxSettings:
        return tax_settings(self.outlet)


def tax_settings(outlet: Outlet) -> TaxSettings:
    return TaxSettings(outlet.tax_rate_bp, outlet.prices_include_tax, outlet.service_rate_bp)


def place_of(session: Session, actor: Actor) -> Place:
    till = session.get(Till, actor.till_id)
    if till is None or till.outlet_id != actor.outlet_id or not till.active:
        raise ValidationError(_("This till does not belong to the outlet"))
    shift_id = open_shift_id(session, till.id)
    if shift_id is None:
        raise ValidationError(_("Open a shift before selling"))
    return Place(till.outlet, till, shift_id)


def open_shift_id(session: Session, till_id: uuid.UUID) -> uuid.UUID | None:
    query = (
        select(Shift.id)
        .outerjoin(ShiftClosing, ShiftClosing.shift_id == Shift.id)
        .where(Shift.till_id == till_id, ShiftClosing.id.is_(None))
        .order_by(Shift.opened_at.desc())
        .limit(1)
    )
    return session.scalar(query)


def business_date(outlet: Outlet, moment: datetime) -> date:
    """The outlet's own calendar day (WIB, WITA or WIT), which numbers receipts and dates reports."""
    return moment.astimezone(ZoneInfo(outlet.timezone)).date()


def next_receipt(session: Session, place: Place, day: date) -> tuple[int, str]:
    """Gapless per till per day: the number is taken inside the sale's own transaction."""
    last = session.scalar(select(func.max(Sale.seq)).where(Sale.till_id == place.till.id, Sale.business_date == day))
    seq = (last or 0) + 1
    return seq, format_receipt_number(place.outlet.code, place.till.code, day, seq)
