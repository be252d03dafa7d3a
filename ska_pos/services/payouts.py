"""Paying workers what they earned, reversing a payout made in error, and a manager's earnings adjustment.

Nothing is edited: a wrong payout is reversed by a new negative one, a wrong earning by an adjustment entry. Each
is recorded with who did it and why, and audited.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import EarningEntry, Outlet, Payout, Worker
from ska_pos.db.models.ledger import PAYOUT_METHODS
from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import _, current_language
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor
from ska_pos.services.earnings.ledger import worker_balance
from ska_pos.services.earnings.period import Period, today_at
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_worker, requires
from ska_pos.services.sale_context import business_date

MAX_AMOUNT = 1_000_000_000  # a typing slip of extra zeros is refused, not paid


@requires("payout.record")
def record_payout(
    session: Session, actor: Actor, worker_id: uuid.UUID, amount: int, method: str, *, reference: str = "",
    period: Period | None = None, paid_on: date | None = None, over_balance_reason: str = "", note: str = "",
) -> Payout:  # fmt: skip
    """Pay a worker. More than their balance needs a stated reason, which is kept with the payout."""
    require_worker(session, actor, worker_id)
    worker = _worker(session, worker_id)
    _check_amount(amount)
    reference = _checked_method(method, reference)
    today = today_at(session, actor)
    paid_on = paid_on or today
    if paid_on > today:
        raise ValidationError(_("A payout cannot be dated in the future"))
    balance = worker_balance(session, worker.id)
    reason = over_balance_reason.strip()
    if amount > balance and not reason:
        raise ValidationError(
            _("{amount} is more than {name}'s balance of {balance}. Give a reason to pay more.",
              amount=_rupiah(amount), name=worker.display_name, balance=_rupiah(balance))
        )  # fmt: skip
    payout = Payout(
        worker_id=worker.id, amount=amount, method=method, reference=reference,
        period_from=period.start if period else None, period_to=period.end if period else None, paid_on=paid_on,
        paid_at=clock.now(), paid_by_id=actor.user_id, over_balance_reason=reason if amount > balance else "",
        note=note.strip(),
    )  # fmt: skip
    session.add(payout)
    session.flush()
    audit.record(session, "payout", user_id=actor.user_id, entity="payout", entity_id=payout.id,
                 till_id=actor.till_id, worker=worker.code, amount=amount, method=method, balance=balance,
                 over_balance_reason=payout.over_balance_reason)  # fmt: skip
    _journal_payout(session, actor, "payout", payout)
    return payout


@requires("payout.reverse")
def reverse_payout(session: Session, actor: Actor, payout_id: uuid.UUID, reason: str) -> Payout:
    """A payout recorded in error is cancelled by a negative one that points at it; the first stays on record."""
    require_worker(session, actor, session.scalar(select(Payout.worker_id).where(Payout.id == payout_id)))
    original = session.get(Payout, payout_id)
    if original is None:
        raise NotFound(_("Unknown payout"))
    if original.reverses_payout_id is not None or original.amount <= 0:
        raise ValidationError(_("A reversal cannot itself be reversed"))
    if session.scalar(select(Payout.id).where(Payout.reverses_payout_id == original.id)):
        raise ValidationError(_("This payout has already been reversed"))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the reversal"))
    reversal = Payout(
        worker_id=original.worker_id, amount=-original.amount, method=original.method, reference=original.reference,
        period_from=original.period_from, period_to=original.period_to, paid_on=today_at(session, actor),
        paid_at=clock.now(), paid_by_id=actor.user_id, reverses_payout_id=original.id, note=reason.strip(),
    )  # fmt: skip
    session.add(reversal)
    session.flush()
    audit.record(session, "payout_reversal", user_id=actor.user_id, entity="payout", entity_id=original.id,
                 till_id=actor.till_id, amount=original.amount, reason=reason.strip())  # fmt: skip
    _journal_payout(session, actor, "payout_reversal", reversal)
    return reversal


@requires("earnings.adjust")
def record_adjustment(
    session: Session, actor: Actor, worker_id: uuid.UUID, amount: int, reason: str, *,
    outlet_id: uuid.UUID | None = None,
) -> EarningEntry:  # fmt: skip
    """Add to (or, negative, take from) a worker's earnings, with the reason; the outlet's share bears it."""
    require_outlet(session, actor, outlet_id or actor.outlet_id)
    require_worker(session, actor, worker_id)
    worker = _worker(session, worker_id)
    if not isinstance(amount, int) or isinstance(amount, bool) or amount == 0 or abs(amount) > MAX_AMOUNT:
        raise ValidationError(_("An adjustment is a whole amount of rupiah other than zero"))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the adjustment"))
    outlet = session.get(Outlet, outlet_id or actor.outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    entry = EarningEntry(
        worker_id=worker.id, outlet_id=outlet.id, kind="adjustment", business_date=business_date(outlet, clock.now()),
        credited_amount=0, amount=amount, reason=reason.strip(), created_by_id=actor.user_id,
        approved_by_id=actor.user_id,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    audit.record(session, "earning_adjustment", user_id=actor.user_id, entity="earning_entry", entity_id=entry.id,
                 till_id=actor.till_id, worker=worker.code, amount=amount, reason=reason.strip())  # fmt: skip
    journal.append(session, actor.till_id, "adjustment", {
        "id": entry.id, "worker_id": entry.worker_id, "outlet_id": entry.outlet_id, "amount": entry.amount,
        "business_date": entry.business_date, "reason": entry.reason, "user_id": actor.user_id,
        "at": entry.created_at,
    }, record_id=entry.id)  # fmt: skip
    return entry


def _journal_payout(session: Session, actor: Actor, type_: str, payout: Payout) -> None:
    journal.append(session, actor.till_id, type_, {
        "id": payout.id, "worker_id": payout.worker_id, "amount": payout.amount, "method": payout.method,
        "reference": payout.reference, "paid_on": payout.paid_on, "paid_at": payout.paid_at,
        "user_id": actor.user_id, "reverses_payout_id": payout.reverses_payout_id,
    }, record_id=payout.id)  # fmt: skip


def _worker(session: Session, worker_id: uuid.UUID) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("No such worker"))
    return worker


def _check_amount(amount: int) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(_("A payout is a whole amount of rupiah more than zero"))
    if amount > MAX_AMOUNT:
        raise ValidationError(_("That amount is too large; check the number of zeros"))


def _checked_method(method: str, reference: str) -> str:
    if method not in PAYOUT_METHODS:
        raise ValidationError(_("A payout is paid in cash or by transfer"))
    reference = reference.strip()
    if method == "transfer" and not reference:
        raise ValidationError(_("A transfer needs its reference number"))
    return reference


def _rupiah(amount: int) -> str:
    return format_rupiah(amount, current_language())
