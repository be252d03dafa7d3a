"""A payout slip: the payout, and the worker's ledger as it stood when the payout was recorded.

Everything is taken as of the payout's own moment (entries created before it, payouts made before it), so a
reprint years later shows the same figures as the first print.
"""

from __future__ import annotations

import uuid

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Payout, Sentra, User, Worker
from ska_pos.i18n import _
from ska_pos.reports.earnings_model import PayoutSlip
from ska_pos.services.errors import NotFound


def payout_slip(session: Session, payout_id: uuid.UUID, *, language: str = "id") -> PayoutSlip:
    payout = session.get(Payout, payout_id)
    if payout is None:
        raise NotFound(_("Unknown payout"))
    worker = session.get(Worker, payout.worker_id)
    assert worker is not None
    sentra = session.get(Sentra, worker.sentra_id)
    manager = session.get(User, payout.paid_by_id)
    lines, credited, earned, earned_total = _entry_sums(session, payout)
    return PayoutSlip(
        slip_no=slip_number(payout), sentra_name=sentra.name if sentra else "", worker_code=worker.code,
        worker_name=worker.name, paid_on=payout.paid_on, period_from=payout.period_from,
        period_to=payout.period_to, lines_credited=lines, credited_revenue=credited, earnings=earned,
        earned_total=earned_total, paid_before=_paid_before(session, payout), amount=payout.amount,
        method=payout.method,  # type: ignore[arg-type]
        reference=payout.reference, bank_name=worker.bank_name if payout.method == "transfer" else "",
        account_tail=worker.bank_account_tail if payout.method == "transfer" else "",
        over_balance_reason=payout.over_balance_reason, note=payout.note,
        manager_name=manager.full_name if manager else "", language=language,
    )  # fmt: skip


def slip_number(payout: Payout) -> str:
    """Short and readable, unique enough for a sentra: the date paid and the start of the payout's key."""
    return f"PO-{payout.paid_on:%y%m%d}-{payout.id.hex[:6].upper()}"


def _entry_sums(session: Session, payout: Payout) -> tuple[int, int, int, int]:
    entry = EarningEntry
    in_period = entry.business_date <= (payout.period_to or payout.paid_on)
    if payout.period_from is not None:
        in_period = in_period & (entry.business_date >= payout.period_from)
    query = select(
        func.coalesce(func.sum(case((in_period & (entry.kind == "sale"), 1), else_=0)), 0),
        func.coalesce(func.sum(case((in_period, entry.credited_amount), else_=0)), 0),
        func.coalesce(func.sum(case((in_period, entry.amount), else_=0)), 0),
        func.coalesce(func.sum(entry.amount), 0),
    ).where(entry.worker_id == payout.worker_id, entry.created_at <= payout.paid_at)
    lines, credited, earned, total = session.execute(query).one()
    return int(lines), int(credited), int(earned), int(total)


def _paid_before(session: Session, payout: Payout) -> int:
    query = select(func.coalesce(func.sum(Payout.amount), 0)).where(
        Payout.worker_id == payout.worker_id, Payout.paid_at < payout.paid_at, Payout.id != payout.id
    )
    return int(session.scalar(query) or 0)
