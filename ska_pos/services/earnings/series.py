"""Figures for the charts: one worker's earnings day by day, and the outlets side by side."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Outlet, Sale, SaleLine
from ska_pos.services.earnings.period import Period


@dataclass(frozen=True)
class DailyEarnings:
    day: date
    credited_revenue: int
    earnings: int


@dataclass(frozen=True)
class OutletEarnings:
    outlet_id: uuid.UUID
    outlet_code: str
    outlet_name: str
    sales: int
    net_revenue: int
    worker_earnings: int
    workers: int  # workers credited in the period

    @property
    def outlet_share(self) -> int:
        return self.net_revenue - self.worker_earnings


def daily_earnings(session: Session, worker_id: uuid.UUID, period: Period) -> list[DailyEarnings]:
    """Every day of the period, days without entries as zero."""
    entry = EarningEntry
    query = (
        select(entry.business_date, func.sum(entry.credited_amount), func.sum(entry.amount))
        .where(entry.worker_id == worker_id, entry.business_date.between(period.start, period.end))
        .group_by(entry.business_date)
    )
    sums = {day: (int(credited), int(earned)) for day, credited, earned in session.execute(query)}
    return [DailyEarnings(day, *sums.get(day, (0, 0))) for day in period.each_day()]


def outlet_comparison(session: Session, period: Period) -> list[OutletEarnings]:
    """Every active outlet, and inactive ones that sold in the period, by code."""
    in_period = Sale.business_date.between(period.start, period.end)
    sales = (
        select(Sale.outlet_id, func.sum(case((Sale.kind == "sale", 1), else_=0)).label("count"))
        .where(in_period)
        .group_by(Sale.outlet_id)
        .subquery()
    )
    net = (
        select(Sale.outlet_id, func.sum(SaleLine.net_amount).label("net"))
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .where(in_period)
        .group_by(Sale.outlet_id)
        .subquery()
    )
    entry = EarningEntry
    earned = (
        select(entry.outlet_id, func.sum(entry.amount).label("earned"),
               func.count(func.distinct(entry.worker_id)).label("workers"))
        .where(entry.business_date.between(period.start, period.end))
        .group_by(entry.outlet_id)
        .subquery()
    )  # fmt: skip
    query = (
        select(
            Outlet.id, Outlet.code, Outlet.name, func.coalesce(sales.c.count, 0), func.coalesce(net.c.net, 0),
            func.coalesce(earned.c.earned, 0), func.coalesce(earned.c.workers, 0),
        )
        .outerjoin(sales, sales.c.outlet_id == Outlet.id)
        .outerjoin(net, net.c.outlet_id == Outlet.id)
        .outerjoin(earned, earned.c.outlet_id == Outlet.id)
        .where(Outlet.active | sales.c.outlet_id.is_not(None) | earned.c.outlet_id.is_not(None))
        .order_by(Outlet.code)
    )  # fmt: skip
    return [OutletEarnings(*row[:3], *(int(value) for value in row[3:])) for row in session.execute(query)]
