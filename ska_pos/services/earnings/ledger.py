"""Each worker's figures for a period, summed by the database: credited revenue, earnings, payouts and balance.

The balance is everything the worker earned up to the end of the period minus everything paid to them by then,
so a statement for an old period shows the balance as it was at its end.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ska_pos.db.models import EarningEntry, Payout, Worker
from ska_pos.services.earnings.period import Period


@dataclass(frozen=True)
class WorkerEarnings:
    worker_id: uuid.UUID
    worker_code: str
    worker_name: str
    active: bool
    lines: int  # sale lines credited to the worker in the period (voids and refunds not counted)
    credited_revenue: int
    earnings: int  # from sales and adjustments; tips apart
    payouts: int
    balance: int
    tips: int = 0  # customers' tips: no revenue, owed to the worker all the same

    @property
    def opening_balance(self) -> int:
        """Owed before the period began: the balance brought forward, so that opening + earnings + tips - payouts
        = balance."""
        return self.balance - self.earnings - self.tips + self.payouts


@dataclass(frozen=True)
class EarningsTotals:
    workers: int
    lines: int
    credited_revenue: int
    earnings: int
    payouts: int
    balance: int
    tips: int = 0

    @property
    def opening_balance(self) -> int:
        """Owed before the period began: the balance brought forward, so that opening + earnings + tips - payouts
        = balance."""
        return self.balance - self.earnings - self.tips + self.payouts


def worker_earnings(
    session: Session, period: Period, *, worker_ids: Sequence[uuid.UUID] | None = None
) -> list[WorkerEarnings]:
    """One row per worker, by code: every active worker, and inactive ones with anything on their ledger."""
    entries = _entry_sums(period, worker_ids)
    payouts = _payout_sums(period, worker_ids)
    query = (
        select(
            Worker.id, Worker.code, Worker.name, Worker.active,
            func.coalesce(entries.c.lines, 0), func.coalesce(entries.c.credited, 0),
            func.coalesce(entries.c.earned, 0), func.coalesce(payouts.c.paid, 0),
            func.coalesce(entries.c.earned_to_end, 0) - func.coalesce(payouts.c.paid_to_end, 0),
            func.coalesce(entries.c.tips, 0),
        )
        .outerjoin(entries, entries.c.worker_id == Worker.id)
        .outerjoin(payouts, payouts.c.worker_id == Worker.id)
        .order_by(Worker.code)
    )  # fmt: skip
    if worker_ids is not None:
        query = query.where(Worker.id.in_(worker_ids))
    else:
        query = query.where(or_(Worker.active, entries.c.worker_id.is_not(None), payouts.c.worker_id.is_not(None)))
    return [WorkerEarnings(*(row[:4]), *(int(value) for value in row[4:])) for row in session.execute(query)]


def totals_of(rows: Sequence[WorkerEarnings]) -> EarningsTotals:
    """The sum of the (already aggregated) worker rows."""
    return EarningsTotals(
        len(rows),
        sum(r.lines for r in rows),
        sum(r.credited_revenue for r in rows),
        sum(r.earnings for r in rows),
        sum(r.payouts for r in rows),
        sum(r.balance for r in rows),
        sum(r.tips for r in rows),
    )


def worker_balance(session: Session, worker_id: uuid.UUID, as_of: date | None = None) -> int:
    """What the worker is owed: earnings minus payouts, up to and including `as_of` (default: everything)."""
    earned = select(func.coalesce(func.sum(EarningEntry.amount), 0)).where(EarningEntry.worker_id == worker_id)
    paid = select(func.coalesce(func.sum(Payout.amount), 0)).where(Payout.worker_id == worker_id)
    if as_of is not None:
        earned = earned.where(EarningEntry.business_date <= as_of)
        paid = paid.where(Payout.paid_on <= as_of)
    return int(session.scalar(earned) or 0) - int(session.scalar(paid) or 0)


def _entry_sums(period: Period, worker_ids: Sequence[uuid.UUID] | None) -> Subquery:
    entry = EarningEntry
    in_period = entry.business_date >= period.start
    query = select(
        entry.worker_id.label("worker_id"),
        func.sum(case((and_(in_period, entry.kind == "sale"), 1), else_=0)).label("lines"),
        func.sum(case((in_period, entry.credited_amount), else_=0)).label("credited"),
        func.sum(case((and_(in_period, entry.kind != "tip"), entry.amount), else_=0)).label("earned"),
        func.sum(case((and_(in_period, entry.kind == "tip"), entry.amount), else_=0)).label("tips"),
        func.sum(entry.amount).label("earned_to_end"),
    ).where(entry.business_date <= period.end, *_of_workers(entry.worker_id, worker_ids))
    return query.group_by(entry.worker_id).subquery()


def _payout_sums(period: Period, worker_ids: Sequence[uuid.UUID] | None) -> Subquery:
    in_period = Payout.paid_on >= period.start
    query = select(
        Payout.worker_id.label("worker_id"),
        func.sum(case((in_period, Payout.amount), else_=0)).label("paid"),
        func.sum(Payout.amount).label("paid_to_end"),
    ).where(Payout.paid_on <= period.end, *_of_workers(Payout.worker_id, worker_ids))
    return query.group_by(Payout.worker_id).subquery()


def _of_workers(
    column: InstrumentedAttribute[uuid.UUID], worker_ids: Sequence[uuid.UUID] | None
) -> list[ColumnElement[bool]]:
    return [] if worker_ids is None else [column.in_(worker_ids)]
