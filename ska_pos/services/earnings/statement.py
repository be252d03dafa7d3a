"""A worker's statement for a period, summed by the database into the plain model the PDF lays out."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import EarningEntry, Outlet, Payout, SaleLine, Sentra, Worker
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _
from ska_pos.reports.earnings_model import (
    ShareText,
    StatementAdjustment,
    StatementLine,
    StatementPayment,
    WorkerStatement,
)
from ska_pos.services.earnings.ledger import worker_balance
from ska_pos.services.earnings.local_time import worker_zone
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import NotFound


def worker_statement(
    session: Session, worker_id: uuid.UUID, period: Period, *, language: str = "id", manager_name: str = "",
    now: datetime | None = None,
) -> WorkerStatement:  # fmt: skip
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("No such worker"))
    sentra = session.get(Sentra, worker.sentra_id)
    return WorkerStatement(
        sentra_name=sentra.name if sentra else "",
        worker_code=worker.code,
        worker_name=worker.name,
        period_from=period.start,
        period_to=period.end,
        generated_at=(now or clock.now()).astimezone(worker_zone(session, worker_id)),
        lines=tuple(statement_lines(session, worker_id, period)),
        adjustments=tuple(_adjustments(session, worker_id, period)),
        payments=tuple(_payments(session, worker_id, period)),
        opening_balance=_opening_balance(session, worker_id, period),
        manager_name=manager_name,
        language=language,
    )


def statement_lines(session: Session, worker_id: uuid.UUID, period: Period) -> list[StatementLine]:
    """One line per outlet, item, share rule and direction (sold, or returned by voids and refunds)."""
    entry = EarningEntry
    direction = case((entry.kind == "sale", "sale"), else_="return").label("direction")
    keys = (Outlet.name, SaleLine.name, SaleLine.unit, direction, entry.rule_kind, entry.rule_percent_bp,
            entry.rule_fixed_per_unit)  # fmt: skip
    query = (
        select(*keys, quantity_sum(entry.quantity), func.sum(entry.credited_amount), func.sum(entry.amount))
        .join(SaleLine, SaleLine.id == entry.sale_line_id)
        .join(Outlet, Outlet.id == entry.outlet_id)
        .where(entry.worker_id == worker_id, entry.business_date.between(period.start, period.end))
        .where(entry.kind != "adjustment")
        .group_by(*keys)
        .order_by(Outlet.name, SaleLine.name, direction.desc(), entry.rule_percent_bp, entry.rule_fixed_per_unit)
    )
    return [
        StatementLine(what=name, outlet_name=outlet, unit=unit, kind=kind, quantity=qty,
                      sold_for=int(credited), share=int(earned), rule=ShareText(rule_kind, percent, fixed))
        for outlet, name, unit, kind, rule_kind, percent, fixed, qty, credited, earned in session.execute(query)
    ]  # fmt: skip


def _adjustments(session: Session, worker_id: uuid.UUID, period: Period) -> list[StatementAdjustment]:
    entry = EarningEntry
    # Tips are no share of a sale line: they stand with the adjustments, each named a tip, so that the statement's
    # opening balance plus everything listed is still its closing balance.
    query = (
        select(entry.business_date, entry.amount, entry.reason, entry.kind)
        .where(entry.worker_id == worker_id, entry.kind.in_(("adjustment", "tip")))
        .where(entry.business_date.between(period.start, period.end))
        .order_by(entry.business_date, entry.created_at)
    )
    return [
        StatementAdjustment(day, int(amount), _("Tip") if kind == "tip" else reason)
        for day, amount, reason, kind in session.execute(query)
    ]


def _payments(session: Session, worker_id: uuid.UUID, period: Period) -> list[StatementPayment]:
    query = (
        select(Payout.paid_on, Payout.method, Payout.reference, Payout.amount)
        .where(Payout.worker_id == worker_id, Payout.paid_on.between(period.start, period.end))
        .order_by(Payout.paid_on, Payout.paid_at)
    )
    rows = session.execute(query)
    return [StatementPayment(day, method, ref, int(amount)) for day, method, ref, amount in rows]  # type: ignore[arg-type]


def _opening_balance(session: Session, worker_id: uuid.UUID, period: Period) -> int:
    day_before = period.start.toordinal() - 1
    if day_before < 1:
        return 0
    return worker_balance(session, worker_id, as_of=period.start.fromordinal(day_before))
