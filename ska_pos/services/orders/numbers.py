"""The numbers an order's rows carry: the till's own sequence (for a till's rows to reach the sentra's server twice
without harm) and the order's readable number, per outlet and business day (`LDR-261206-014`)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    CustomerOrder,
    Measurement,
    OrderFitting,
    OrderFittingDone,
    OrderMessage,
    OrderPayment,
    OrderStatusChange,
    Outlet,
    PackageExpiry,
    PackageRefund,
    PackageSale,
    PackageUndo,
    PackageUse,
    SalonSessionLine,
)

Sequenced = (
    type[CustomerOrder]
    | type[OrderPayment]
    | type[OrderStatusChange]
    | type[OrderMessage]
    | type[PackageSale]
    | type[PackageUse]
    | type[PackageExpiry]
    | type[PackageRefund]
    | type[PackageUndo]
    | type[Measurement]
    | type[OrderFitting]
    | type[OrderFittingDone]
    | type[SalonSessionLine]
)


def next_till_seq(session: Session, model: Sequenced, till_id: uuid.UUID) -> int:
    """Read inside the writing transaction (BEGIN IMMEDIATE on SQLite; the till's row lock on PostgreSQL, taken by
    `place_of`), so two writers never take one number."""
    return int(session.scalar(select(func.max(model.seq)).where(model.till_id == till_id)) or 0) + 1


def next_day_no(session: Session, outlet_id: uuid.UUID, day: date) -> int:
    """The outlet's next number of the day. On PostgreSQL the outlet's row is locked first, so two tills of one
    outlet take their numbers one at a time (SQLite's BEGIN IMMEDIATE already does). FOR NO KEY UPDATE, not FOR
    UPDATE: every row written that names the outlet (a sale, a stock movement, an order) takes a key-share lock on
    it, which FOR UPDATE would wait for, and deadlock with when that writer then waits for this one (as the
    receiving note's number did, services/stock/receiving.py); two numberings still wait for each other."""
    session.execute(select(Outlet.id).where(Outlet.id == outlet_id).with_for_update(key_share=True))
    last = session.scalar(
        select(func.max(CustomerOrder.day_no)).where(
            CustomerOrder.outlet_id == outlet_id, CustomerOrder.business_date == day
        )
    )
    return int(last or 0) + 1


def order_number(outlet_code: str, day: date, day_no: int) -> str:
    return f"{outlet_code}-{day:%y%m%d}-{day_no:03d}"
