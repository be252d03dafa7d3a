"""Fittings booked on an order: the date and time the customer comes to try the garment on, and whether it took
place (a row of its own: rows are never changed), with notes. Shown on the order and printed on its ticket."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import OrderFitting, OrderFittingDone, new_id
from ska_pos.domain.orders.money import OrderState
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.access import order_here
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import Place, place_of

NOTE_MAX = 500


@dataclass(frozen=True)
class FittingView:
    id: uuid.UUID
    fitting_at: datetime
    note: str
    done_at: datetime | None
    done_note: str

    @property
    def done(self) -> bool:
        return self.done_at is not None


def _note(text: str) -> str:
    note = text.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("notes"), count=NOTE_MAX))
    return note


def write_fitting(
    session: Session, place: Place, actor: Actor, order_id: uuid.UUID, at: datetime, note: str, moment: datetime
) -> uuid.UUID:
    if at.tzinfo is None:
        raise ValidationError(_("A fitting needs a date and time"))
    if at < moment:
        raise ValidationError(_("A fitting cannot be booked in the past"))
    fitting_id = new_id()
    session.add(OrderFitting(
        id=fitting_id, order_id=order_id, till_id=place.till_id, seq=next_till_seq(session, OrderFitting,
        place.till_id), fitting_at=at, note=_note(note), created_by_id=actor.user_id, created_at=moment,
    ))  # fmt: skip
    session.flush()
    return fitting_id


def _open_order(session: Session, actor: Actor, order_id: uuid.UUID) -> None:
    order = order_here(session, actor, order_id)
    if order.money.state is OrderState.CANCELLED or order.stage == order.workflow.collected_at:
        raise ValidationError(_("This order is closed"))


@requires("order.fitting")
def book_fitting(
    session: Session, actor: Actor, order_id: uuid.UUID, at: datetime, note: str = "", *, now: datetime | None = None
) -> uuid.UUID:
    """A fitting on an open order of the actor's outlet, at `at` (not in the past)."""
    place = place_of(session, actor)
    _open_order(session, actor, order_id)
    fitting_id = write_fitting(session, place, actor, order_id, at, note, now or clock.now())
    audit.record(session, "fitting_booked", user_id=actor.user_id, entity="customer_order", entity_id=order_id,
                 till_id=place.till_id, fitting_at=at.isoformat())  # fmt: skip
    return fitting_id


@requires("order.fitting")
def fitting_done(
    session: Session, actor: Actor, fitting_id: uuid.UUID, note: str = "", *, now: datetime | None = None
) -> None:
    """The fitting took place (once), with what it found ("lengan kurang 1 cm")."""
    place = place_of(session, actor)
    fitting = session.get(OrderFitting, fitting_id)
    if fitting is None:
        raise NotFound(_("No such fitting"))
    _open_order(session, actor, fitting.order_id)
    if session.scalar(select(OrderFittingDone.id).where(OrderFittingDone.fitting_id == fitting_id)) is not None:
        raise ValidationError(_("This fitting is already done"))
    session.add(OrderFittingDone(
        id=new_id(), fitting_id=fitting_id, till_id=place.till_id,
        seq=next_till_seq(session, OrderFittingDone, place.till_id), note=_note(note), user_id=actor.user_id,
        done_at=now or clock.now(),
    ))  # fmt: skip
    session.flush()
    audit.record(session, "fitting_done", user_id=actor.user_id, entity="customer_order",
                 entity_id=fitting.order_id, till_id=place.till_id)  # fmt: skip


def order_fittings(session: Session, order_id: uuid.UUID) -> list[FittingView]:
    """The order's fittings by date, each done or not."""
    rows = session.execute(
        select(OrderFitting, OrderFittingDone.done_at, OrderFittingDone.note)
        .outerjoin(OrderFittingDone, OrderFittingDone.fitting_id == OrderFitting.id)
        .where(OrderFitting.order_id == order_id).order_by(OrderFitting.fitting_at, OrderFitting.seq)
    ).all()  # fmt: skip
    return [FittingView(f.id, f.fitting_at, f.note, done_at, done_note or "") for f, done_at, done_note in rows]
