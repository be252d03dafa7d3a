"""What a tailoring order takes at intake besides its lines: the measurements it is made to (taken now, or the
customer's earlier takings named), whose cloth it is sewn from, and its first fittings. Written in the intake's
transaction (`intake.take_order`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos.db.models import OrderCloth
from ska_pos.domain.orders.workflow import Workflow
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.fittings import write_fitting
from ska_pos.services.orders.measurements import MeasurementForm, check_takings, link_takings, write_measurement
from ska_pos.services.sale_context import Place

CLOTH_NOTE_MAX = 300


@dataclass(frozen=True)
class FittingForm:
    at: datetime  # aware
    note: str = ""


@dataclass(frozen=True)
class TailoringForm:
    measurements: tuple[MeasurementForm, ...] = ()  # taken at the counter now (kept on the customer when listed)
    measurement_ids: tuple[uuid.UUID, ...] = ()  # the customer's earlier takings the order is made to
    own_cloth: bool = False  # the customer brings the cloth (printed on the ticket); shop cloth is an item line
    cloth_note: str = ""  # what the cloth is: "batik tulis 2 m, biru"
    fittings: tuple[FittingForm, ...] = ()


def check_tailoring(session: Session, flow: Workflow, customer_id: uuid.UUID | None, form: TailoringForm) -> None:
    """Refused before anything is written: measurements where the outlet's work takes none, another customer's
    takings, too long a cloth note."""
    if not flow.measurements:
        raise ValidationError(_("This outlet's orders take no measurements"))
    check_takings(session, customer_id, form.measurement_ids)
    if len(form.cloth_note.strip()) > CLOTH_NOTE_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("cloth"),
                                count=CLOTH_NOTE_MAX))  # fmt: skip


def attach_tailoring(
    session: Session, place: Place, actor: Actor, order_id: uuid.UUID, customer_id: uuid.UUID | None,
    form: TailoringForm, moment: datetime,
) -> None:  # fmt: skip
    taken = [write_measurement(session, place, actor, customer_id, m, moment) for m in form.measurements]
    link_takings(session, order_id, [*form.measurement_ids, *taken])
    if form.own_cloth or form.cloth_note.strip():
        session.add(OrderCloth(order_id=order_id, own_cloth=form.own_cloth, note=form.cloth_note.strip()))
    for fitting in form.fittings:
        write_fitting(session, place, actor, order_id, fitting.at, fitting.note, moment)
    session.flush()
