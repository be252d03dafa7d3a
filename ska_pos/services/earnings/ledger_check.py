"""The ledger rule: for any period, the workers' earnings plus the outlet's share equal net revenue.

Net revenue is the sum of the net amounts of every sale, void and refund line of the period (after discounts,
without tax or service charge). The outlet's share is not taken as "the rest": it is built from its own parts (the
lines credited to nobody, and what the rules leave the outlet of credited lines, less manager adjustments), so
the check fails when a line's credits do not add up to its net amount or an entry is dated apart from its sale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, exists, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Sale, SaleLine
from ska_pos.services.earnings.period import Period


@dataclass(frozen=True)
class LedgerCheck:
    period: Period
    net_revenue: int
    uncredited_revenue: int  # net of lines credited to no worker: all the outlet's
    credited_revenue: int  # the workers' parts of the credited lines' net
    sale_earnings: int  # the workers' shares of those parts
    adjustments: int  # managers' corrections, paid by the outlet
    mismatched_lines: int  # lines whose credits do not add up to their net amount

    @property
    def worker_earnings(self) -> int:
        return self.sale_earnings + self.adjustments

    @property
    def outlet_share(self) -> int:
        return self.uncredited_revenue + (self.credited_revenue - self.sale_earnings) - self.adjustments

    @property
    def balanced(self) -> bool:
        return self.worker_earnings + self.outlet_share == self.net_revenue and self.mismatched_lines == 0


def check_ledger(
    session: Session, period: Period, *, outlet_id: uuid.UUID | None = None, line_detail: bool = True
) -> LedgerCheck:
    """`line_detail` also counts the lines whose credits are off (one more pass over the period's lines)."""
    credited_to_nobody = ~exists().where(EarningEntry.sale_line_id == SaleLine.id)
    net, uncredited = session.execute(
        _lines_of(
            period,
            outlet_id,
            func.coalesce(func.sum(SaleLine.net_amount), 0),
            func.coalesce(func.sum(case((credited_to_nobody, SaleLine.net_amount), else_=0)), 0),
        )
    ).one()
    credited, earned, adjusted = session.execute(_entry_sums(period, outlet_id)).one()
    return LedgerCheck(
        period,
        int(net),
        int(uncredited),
        int(credited),
        int(earned),
        int(adjusted),
        _mismatched(session, period, outlet_id) if line_detail else 0,
    )


def _lines_of(period: Period, outlet_id: uuid.UUID | None, *columns: Any) -> Select[Any]:
    query = (
        select(*columns)
        .select_from(SaleLine)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.business_date.between(period.start, period.end))
    )
    return query if outlet_id is None else query.where(Sale.outlet_id == outlet_id)


def _entry_sums(period: Period, outlet_id: uuid.UUID | None) -> Select[Any]:
    entry = EarningEntry
    from_sales = entry.kind.in_(("sale", "void", "refund"))
    # A tip is no revenue and no part of it: neither the workers' earnings from sales nor the outlet's share.
    query = select(
        func.coalesce(func.sum(case((from_sales, entry.credited_amount), else_=0)), 0),
        func.coalesce(func.sum(case((from_sales, entry.amount), else_=0)), 0),
        func.coalesce(func.sum(case((entry.kind == "adjustment", entry.amount), else_=0)), 0),
    ).where(entry.business_date.between(period.start, period.end))
    return query if outlet_id is None else query.where(entry.outlet_id == outlet_id)


def _mismatched(session: Session, period: Period, outlet_id: uuid.UUID | None) -> int:
    per_line = (
        _lines_of(period, outlet_id, SaleLine.id)
        .join(EarningEntry, EarningEntry.sale_line_id == SaleLine.id)
        .group_by(SaleLine.id, SaleLine.net_amount)
        .having(func.sum(EarningEntry.credited_amount) != SaleLine.net_amount)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(per_line)) or 0)
