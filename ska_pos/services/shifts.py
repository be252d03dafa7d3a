"""A till's cash shift: open with a counted float, cash in and out, close with a count."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    AuditEntry,
    CashMovement,
    OrderPayment,
    Outlet,
    Payment,
    Sale,
    Shift,
    ShiftClosing,
    Till,
    User,
    new_id,
)
from ska_pos.domain.limits import check_cash_bound
from ska_pos.i18n import _
from ska_pos.services import audit, journal, settings
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.auth import require_approval
from ska_pos.services.errors import ValidationError
from ska_pos.services.journal_closings import day_waiting, write_closing
from ska_pos.services.packages.cash import package_cash_by_shift
from ska_pos.services.packages.expiry import expire_due
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, open_shift_id

# Rupiah notes and coins in circulation, largest first.
DENOMINATIONS = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)


def _approval(
    session: Session, actor: Actor, approval: Approval | None, action: str, *, needed: bool
) -> uuid.UUID | None:
    """The approver to record: checked whenever one is given; a supervisor acting approves their own action."""
    if approval is not None:
        return require_approval(session, approval, action)
    if needed and actor.has_role("supervisor"):
        return actor.user_id
    return require_approval(session, None, action) if needed else None


@requires("shift.open")
def open_shift(session: Session, actor: Actor, opening_float: int, *, now: datetime | None = None) -> uuid.UUID:
    if opening_float < 0:
        raise ValidationError(_("The opening float cannot be negative"))
    _within_cash_bound(opening_float)
    session.get(Till, actor.till_id, with_for_update=True)  # PostgreSQL: one opening at a time per till
    if open_shift_id(session, actor.till_id) is not None:
        raise ValidationError(_("A shift is already open on this till"))
    shift = Shift(
        till_id=actor.till_id, opened_by_id=actor.user_id, opening_float=opening_float, opened_at=now or clock.now()
    )
    session.add(shift)
    session.flush()
    journal.append(session, actor.till_id, "shift_open", {
        "shift_id": shift.id, "till_id": actor.till_id, "opened_by_id": actor.user_id,
        "opening_float": opening_float, "opened_at": shift.opened_at,
    }, record_id=shift.id)  # fmt: skip
    outlet = session.get(Outlet, actor.outlet_id)
    if outlet is not None:
        # A new day's first write; but while yesterday's sales wait for their day closing (an opening before the
        # manager closed yesterday), breakage dated today would fall in that closing's period: that closing expires
        # them just after itself instead. Held back for yesterday only: a till whose days stop being closed still
        # expires its packages at the next opening.
        waiting = day_waiting(session, actor.till_id)
        if waiting != business_date(outlet, shift.opened_at) - timedelta(days=1):
            expire_due(session, actor.user_id, actor.till_id, outlet, shift.opened_at)
    return shift.id


def current_shift(session: Session, actor: Actor) -> Shift:
    shift_id = open_shift_id(session, actor.till_id)
    if shift_id is None:
        raise ValidationError(_("No shift is open on this till"))
    shift = session.get(Shift, shift_id)
    assert shift is not None
    return shift


TAKE_OVER = "shift_take_over"


@dataclass(frozen=True)
class ShiftHolder:
    """Who is answerable for a till's open shift now: whoever opened it, or whoever last took it over."""

    shift_id: uuid.UUID
    user_id: uuid.UUID
    full_name: str
    opened_at: datetime


def shift_holder(session: Session, till_id: uuid.UUID) -> ShiftHolder | None:
    """The holder of the till's open shift; None when no shift is open."""
    shift_id = open_shift_id(session, till_id)
    if shift_id is None:
        return None
    shift = session.get(Shift, shift_id)
    assert shift is not None
    taken_by = session.scalar(
        select(AuditEntry.user_id)
        .where(AuditEntry.action == TAKE_OVER, AuditEntry.entity == "shift", AuditEntry.entity_id == str(shift_id))
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )
    user_id = taken_by or shift.opened_by_id
    user = session.get(User, user_id)
    return ShiftHolder(shift_id, user_id, user.full_name if user else "", shift.opened_at)


@requires("shift.take_over")
def take_over_shift(session: Session, actor: Actor, shift_id: uuid.UUID) -> None:
    """The actor carries on the till's open shift `shift_id` (the one they were asked about) from its holder, said
    in the audit log; nothing to do if they hold it already. Refused, writing nothing, when that shift was closed
    or another opened meanwhile."""
    session.get(Till, actor.till_id, with_for_update=True)  # PostgreSQL: one take-over at a time per till
    holder = shift_holder(session, actor.till_id)
    if holder is None:
        raise ValidationError(_("No shift is open on this till"))
    if holder.shift_id != shift_id:
        raise ValidationError(_("The shift you were asked about was closed meanwhile and another one is open now. "
                                "Log in again to see who holds it."))  # fmt: skip
    if holder.user_id == actor.user_id:
        return
    audit.record(
        session,
        TAKE_OVER,
        user_id=actor.user_id,
        entity="shift",
        entity_id=holder.shift_id,
        till_id=actor.till_id,
        taken_from=holder.user_id,
    )
    journal.append(session, actor.till_id, "shift_take_over", {
        "shift_id": holder.shift_id, "user_id": actor.user_id, "taken_from_id": holder.user_id, "at": clock.now(),
    }, record_id=holder.shift_id)  # fmt: skip
    session.flush()


@requires("cash.move")
def move_cash(
    session: Session, actor: Actor, direction: str, amount: int, reason: str, *, approval: Approval | None = None
) -> None:
    """Cash put in or taken out of the drawer; taking cash out needs a supervisor unless one is doing it."""
    shift = current_shift(session, actor)
    if direction not in ("in", "out"):
        raise ValidationError(_("Cash goes either in or out"))
    if amount <= 0:
        raise ValidationError(_("The amount must be more than zero"))
    _within_cash_bound(amount)
    if not reason.strip():
        raise ValidationError(_("Give a reason for the cash movement"))
    approver_id = _approval(session, actor, approval, "cash.out", needed=direction == "out")
    movement_id = new_id()
    session.add(
        CashMovement(
            id=movement_id,
            shift_id=shift.id,
            direction=direction,
            amount=amount,
            reason=reason.strip(),
            user_id=actor.user_id,
            approved_by_id=approver_id,
        )
    )
    journal.append(session, actor.till_id, f"cash_{direction}", {
        "id": movement_id, "shift_id": shift.id, "amount": amount, "reason": reason.strip(),
        "user_id": actor.user_id, "approved_by_id": approver_id, "at": clock.now(),
    }, record_id=movement_id)  # fmt: skip


@dataclass(frozen=True)
class CashSummary:
    opening_float: int
    cash_sales: int
    cash_in: int
    cash_out: int
    order_cash: int = 0  # orders' cash deposits and balances, less what was given back, and packages sold (orders.md)

    @property
    def expected(self) -> int:
        return self.opening_float + self.cash_sales + self.cash_in - self.cash_out + self.order_cash


def cash_summary(session: Session, shift: Shift) -> CashSummary:
    cash_sales = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.shift_id == shift.id, Payment.method == "cash")
    )
    moved = dict(
        session.execute(
            select(CashMovement.direction, func.sum(CashMovement.amount))
            .where(CashMovement.shift_id == shift.id)
            .group_by(CashMovement.direction)
        ).all()
    )
    order_cash = session.scalar(
        select(func.coalesce(func.sum(OrderPayment.amount), 0)).where(
            OrderPayment.shift_id == shift.id, OrderPayment.method == "cash"
        )
    )
    package_cash = package_cash_by_shift(session, [shift.id]).get(shift.id, 0)
    return CashSummary(shift.opening_float, int(cash_sales or 0), int(moved.get("in", 0)), int(moved.get("out", 0)),
                       int(order_cash or 0) + package_cash)  # fmt: skip


def count_total(counts: Mapping[int, int]) -> int:
    for denomination, count in counts.items():
        if denomination not in DENOMINATIONS:
            raise ValidationError(_("Rp{value} is not a rupiah note or coin", value=denomination))
        if count < 0:
            raise ValidationError(_("A count cannot be negative"))
    total = sum(denomination * count for denomination, count in counts.items())
    _within_cash_bound(total)
    return total


def _within_cash_bound(amount: int) -> None:
    """Past the bound is a slip of the finger; it would also overflow the database's INTEGER column."""
    try:
        check_cash_bound(amount)
    except ValueError as error:
        raise ValidationError(str(error)) from None


@requires("shift.close")
def close_shift(
    session: Session,
    actor: Actor,
    counts: Mapping[int, int],
    *,
    approval: Approval | None = None,
    note: str = "",
    now: datetime | None = None,
) -> ShiftClosing:
    """Counted cash against expected; a difference past the outlet's limit needs a supervisor."""
    shift = current_shift(session, actor)
    counted = count_total(counts)
    expected = cash_summary(session, shift).expected
    difference = counted - expected
    limit = settings.get_setting(session, settings.scope_of("outlet", actor.outlet_id), settings.SHIFT_DIFFERENCE_LIMIT)
    approver_id = _approval(session, actor, approval, "shift.close_difference", needed=abs(difference) > limit)
    closing = ShiftClosing(
        shift_id=shift.id,
        closed_by_id=actor.user_id,
        approved_by_id=approver_id,
        expected_cash=expected,
        counted_cash=counted,
        difference=difference,
        denominations=json.dumps({str(k): v for k, v in counts.items() if v}),
        note=note,
        closed_at=now or clock.now(),
    )
    session.add(closing)
    audit.record(
        session,
        "shift_close",
        user_id=actor.user_id,
        entity="shift",
        entity_id=shift.id,
        approved_by_id=approver_id,
        till_id=actor.till_id,
        difference=difference,
    )
    session.flush()
    details = {
        "shift_id": shift.id, "closing_id": closing.id, "opened_at": shift.opened_at,
        "closed_at": closing.closed_at, "closed_by_id": actor.user_id, "approved_by_id": approver_id,
        "opening_float": shift.opening_float, "expected_cash": expected, "counted_cash": counted,
        "difference": difference,
    }  # fmt: skip
    write_closing(session, actor.till_id, "shift_close", details, record_id=closing.id)
    return closing


def record_drawer_opening(session: Session, till_id: uuid.UUID, user_id: uuid.UUID | None, reason: str) -> None:
    """The cash drawer was opened (kicked with a sale's receipt, or on its own): said in the till's journal."""
    journal.append(session, till_id, "drawer_open", {
        "till_id": till_id, "user_id": user_id, "reason": reason, "at": clock.now(),
    }, record_id=None)  # fmt: skip


def record_drawer_opening_for_sale(session: Session, till_id: uuid.UUID, sale_id: uuid.UUID) -> None:
    """The drawer kicked open by a sale's receipt, by the sale's cashier."""
    sale = session.get(Sale, sale_id)
    user_id = sale.cashier_id if sale else None
    record_drawer_opening(session, till_id, user_id, f"sale {sale.receipt_no}" if sale else "sale")
