"""The galeri's workload by promised date: the open orders promised on each of the coming days (counts and lists),
those already past their promise, and how many were promised no date; beside them, the fittings booked on each day
(of open orders, done or waiting). Read for a span of days, never every order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, OrderFitting, OrderFittingDone, Outlet
from ska_pos.i18n import _
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.lookup import OrderQuery, OrderRow, _row, only_open, outlet_orders

MAX_DAYS = 62
OVERDUE_SHOWN = 50


@dataclass(frozen=True)
class DueFitting:
    order: OrderRow
    fitting_at: datetime
    note: str
    done: bool


@dataclass(frozen=True)
class DueDay:
    day: date
    orders: tuple[OrderRow, ...]  # by promised time
    fittings: tuple[DueFitting, ...] = ()  # by time: the customers who come to try their garment on

    @property
    def count(self) -> int:
        return len(self.orders)


@dataclass(frozen=True)
class Workload:
    days: tuple[DueDay, ...]  # every day of the span, with its orders (none on a free day)
    overdue: tuple[OrderRow, ...]  # promised before the span's first day and still open, oldest first (at most 50)
    overdue_count: int
    unpromised: int  # open orders with no promised date


def workload(session: Session, outlet_id: uuid.UUID, first: date, days: int = 14) -> Workload:
    """The open orders promised from `first` (the outlet's day) for `days` days."""
    if not 0 < days <= MAX_DAYS:
        raise ValidationError(_("Show between 1 and {most} days", most=MAX_DAYS))
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    zone = ZoneInfo(outlet.timezone)
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(first + timedelta(days=days), time(), zone)
    open_orders = only_open(outlet_orders(outlet_id))
    promised = CustomerOrder.promised_at
    rows = [_row(row) for row in session.execute(
        open_orders.where(promised >= start, promised < end).order_by(promised, CustomerOrder.order_no)
    )]  # fmt: skip
    by_day: dict[date, list[OrderRow]] = {first + timedelta(days=n): [] for n in range(days)}
    for row in rows:
        assert row.promised_at is not None
        by_day[row.promised_at.astimezone(zone).date()].append(row)
    fittings: dict[date, list[DueFitting]] = {day: [] for day in by_day}
    for fitting in _fittings(session, open_orders, start, end):
        fittings[fitting.fitting_at.astimezone(zone).date()].append(fitting)
    late = open_orders.where(promised < start)
    overdue = [_row(row) for row in session.execute(late.order_by(promised).limit(OVERDUE_SHOWN))]
    overdue_count = session.scalar(select(func.count()).select_from(late.subquery())) or 0
    unpromised = session.scalar(select(func.count()).select_from(open_orders.where(promised.is_(None)).subquery()))
    return Workload(tuple(DueDay(day, tuple(found), tuple(fittings[day])) for day, found in by_day.items()),
                    tuple(overdue),
                    int(overdue_count), int(unpromised or 0))  # fmt: skip


def _fittings(session: Session, open_orders: OrderQuery, start: datetime, end: datetime) -> list[DueFitting]:
    at = OrderFitting.fitting_at
    rows = session.execute(
        open_orders.add_columns(at, OrderFitting.note, OrderFittingDone.id)
        .join(OrderFitting, OrderFitting.order_id == CustomerOrder.id)
        .outerjoin(OrderFittingDone, OrderFittingDone.fitting_id == OrderFitting.id)
        .where(at >= start, at < end).order_by(at, CustomerOrder.order_no)
    ).all()  # fmt: skip
    return [DueFitting(_row(row[:4]), row[4], row[5], row[6] is not None) for row in rows]
