"""The report of a cash shift as plain data: opening float, cash movements, sales by kind and method, the count."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import CashMovement, Outlet, Payment, Sale, Shift, ShiftClosing, Till, User
from ska_pos.i18n import _, current_language
from ska_pos.reports.daily_model import PaymentTotal
from ska_pos.reports.shift_report_model import CashMove, DenominationCount, KindTotal, ShiftReport
from ska_pos.services.errors import NotFound
from ska_pos.services.journal_closings import closing_for_record
from ska_pos.services.shifts import DENOMINATIONS, cash_summary

SALE_KINDS = ("sale", "void", "refund")


def build_shift_report(
    session: Session, shift_id: uuid.UUID, *, language: str | None = None, now: datetime | None = None
) -> ShiftReport:
    """The shift as it stands: a closed shift with its count, an open one with what is expected so far."""
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(_("No such shift"))
    till = session.get(Till, shift.till_id)
    assert till is not None
    outlet: Outlet = till.outlet
    zone = ZoneInfo(outlet.timezone)
    names = _user_names(session, shift)
    closing: ShiftClosing | None = shift.closing
    summary = cash_summary(session, shift)
    journaled = closing_for_record(session, closing.id) if closing else None
    return ShiftReport(
        outlet_name=outlet.name,
        outlet_code=outlet.code,
        till_code=till.code,
        opened_at=shift.opened_at.astimezone(zone),
        opened_by=names.get(shift.opened_by_id, ""),
        closed_at=closing.closed_at.astimezone(zone) if closing else None,
        closed_by=names.get(closing.closed_by_id, "") if closing else "",
        approved_by=names.get(closing.approved_by_id, "") if closing and closing.approved_by_id else "",
        opening_float=summary.opening_float,
        cash_sales=summary.cash_sales,
        cash_in=summary.cash_in,
        cash_out=summary.cash_out,
        expected=closing.expected_cash if closing else summary.expected,
        counted=closing.counted_cash if closing else None,
        difference=closing.difference if closing else None,
        denominations=_denominations(closing),
        movements=_movements(session, shift, zone, names),
        kinds=_kind_totals(session, shift),
        payments=_payment_totals(session, shift),
        note=closing.note if closing else "",
        generated_at=(now or clock.now()).astimezone(zone),
        language=language or current_language(),
        closing_no=journaled.closing_no if journaled else 0,
        closing_hash=journaled.last_hash if journaled else "",
        order_cash=summary.order_cash,
    )


def _user_names(session: Session, shift: Shift) -> dict[uuid.UUID, str]:
    ids = {shift.opened_by_id}
    if shift.closing is not None:
        ids |= {shift.closing.closed_by_id, shift.closing.approved_by_id} - {None}  # type: ignore[arg-type]
    moves = session.execute(
        select(CashMovement.user_id, CashMovement.approved_by_id).where(CashMovement.shift_id == shift.id)
    )
    for user_id, approver_id in moves:
        ids |= {user_id} | ({approver_id} if approver_id else set())
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())


def _denominations(closing: ShiftClosing | None) -> tuple[DenominationCount, ...]:
    if closing is None:
        return ()
    counts = {int(value): int(count) for value, count in json.loads(closing.denominations or "{}").items()}
    return tuple(DenominationCount(value, counts[value]) for value in DENOMINATIONS if counts.get(value))


def _movements(session: Session, shift: Shift, zone: ZoneInfo, names: dict[uuid.UUID, str]) -> tuple[CashMove, ...]:
    rows = session.scalars(
        select(CashMovement).where(CashMovement.shift_id == shift.id).order_by(CashMovement.created_at)
    )
    return tuple(
        CashMove(
            row.created_at.astimezone(zone),
            row.direction,
            row.amount,
            row.reason,
            names.get(row.user_id, ""),
            names.get(row.approved_by_id, "") if row.approved_by_id else "",
        )
        for row in rows
    )


def _kind_totals(session: Session, shift: Shift) -> tuple[KindTotal, ...]:
    rows = {
        kind: (int(count), abs(int(total)))
        for kind, count, total in session.execute(
            select(Sale.kind, func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0))
            .where(Sale.shift_id == shift.id)
            .group_by(Sale.kind)
        )
    }
    return tuple(KindTotal(kind, *rows.get(kind, (0, 0))) for kind in SALE_KINDS)


def _payment_totals(session: Session, shift: Shift) -> tuple[PaymentTotal, ...]:
    """Net takings per method: payments of sales minus what voids and refunds paid back."""
    rows = session.execute(
        select(Payment.method, func.count(Payment.id), func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.shift_id == shift.id, Payment.amount != 0)  # an old till's Rp0 row moved no money
        .group_by(Payment.method)
        .order_by(Payment.method)
    )
    return tuple(PaymentTotal(method, int(count), int(amount)) for method, count, amount in rows)
