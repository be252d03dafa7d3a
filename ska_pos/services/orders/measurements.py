"""A customer's measurements, kept with their history: each taking is a new row (who took it, when, for which
garment, the values in cm); the latest of each garment is shown, the older ones can be read. An order names the
takings it was made to (`order_measurement`): takings are never changed, so that freezes them with the order."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Measurement, MeasurementValue, OrderMeasurement, User, new_id
from ska_pos.domain.orders.measures import MeasurementRefused, Template, check_values, garment_name, measure_name
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.customers import customer_of_outlet
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.measure_templates import measure_template
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import Place, business_date, place_of

NOTE_MAX = 500
PAGE = 20


@dataclass(frozen=True)
class MeasurementForm:
    garment: str  # a garment code of the outlet's templates: kemeja, celana, rok, kebaya, seragam
    values: Mapping[str, Decimal]  # measure code -> cm; a measure left out was not taken
    note: str = ""


@dataclass(frozen=True)
class MeasureValue:
    code: str
    cm: Decimal
    own_name: str = ""  # the outlet's own name of the measure, when it renamed it

    @property
    def name(self) -> str:
        return self.own_name or measure_name(self.code)


@dataclass(frozen=True)
class MeasurementView:
    id: uuid.UUID
    customer_id: uuid.UUID | None
    garment: str
    values: tuple[MeasureValue, ...]  # in the order of the garment's template when taken
    note: str
    taken_by: str
    taken_at: datetime
    own_garment_name: str = ""  # the outlet's own name of the garment type, when it renamed it

    @property
    def garment_name(self) -> str:
        return self.own_garment_name or garment_name(self.garment)


def write_measurement(
    session: Session, place: Place, actor: Actor, customer_id: uuid.UUID | None, form: MeasurementForm,
    moment: datetime,
) -> uuid.UUID:  # fmt: skip
    """The taking's rows, every check first; the caller's transaction (a taking alone, or the intake's)."""
    template = measure_template(session, place.outlet_id, form.garment)
    try:
        values = check_values(template, form.values)
    except MeasurementRefused as refused:
        raise ValidationError(str(refused)) from None
    note = form.note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("notes"), count=NOTE_MAX))
    measurement_id = new_id()
    session.add(Measurement(
        id=measurement_id, outlet_id=place.outlet_id, till_id=place.till_id,
        seq=next_till_seq(session, Measurement, place.till_id), customer_id=customer_id, garment=form.garment,
        note=note, taken_by_id=actor.user_id, taken_at=moment, business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    session.add_all(MeasurementValue(measurement_id=measurement_id, measure=code, cm=cm) for code, cm in values.items())
    session.flush()
    return measurement_id


@requires("order.measure")
def take_measurement(
    session: Session, actor: Actor, customer_id: uuid.UUID, form: MeasurementForm, *, now: datetime | None = None
) -> uuid.UUID:
    """A new taking for a listed customer; the older ones stay as they were."""
    place = place_of(session, actor)
    customer_of_outlet(session, place.outlet_id, customer_id)
    measurement_id = write_measurement(session, place, actor, customer_id, form, now or clock.now())
    audit.record(session, "measurement_taken", user_id=actor.user_id, entity="measurement",
                 entity_id=measurement_id, till_id=place.till_id, garment=form.garment)  # fmt: skip
    return measurement_id


def check_takings(session: Session, customer_id: uuid.UUID | None, measurement_ids: Sequence[uuid.UUID]) -> None:
    """Takings an order may name: the customer's own (a customer not in the list has none yet)."""
    if not measurement_ids:
        return
    owners = dict(session.execute(
        select(Measurement.id, Measurement.customer_id).where(Measurement.id.in_(measurement_ids))
    ).all())  # fmt: skip
    if len(owners) != len(set(measurement_ids)) or any(owner != customer_id for owner in owners.values()):
        raise ValidationError(_("These measurements are not the customer's"))


def link_takings(session: Session, order_id: uuid.UUID, measurement_ids: Sequence[uuid.UUID]) -> None:
    session.add_all(
        OrderMeasurement(order_id=order_id, measurement_id=taking) for taking in dict.fromkeys(measurement_ids)
    )
    session.flush()


def _views(session: Session, rows: Sequence[tuple[Measurement, str]]) -> list[MeasurementView]:
    ids = [row.id for row, _name in rows]
    values: dict[uuid.UUID, list[MeasurementValue]] = {taking: [] for taking in ids}
    for value in session.scalars(select(MeasurementValue).where(MeasurementValue.measurement_id.in_(ids))):
        values[value.measurement_id].append(value)
    orders: dict[tuple[uuid.UUID, str], Template] = {}
    views = []
    for row, taken_by in rows:
        key = (row.outlet_id, row.garment)
        if key not in orders:
            orders[key] = measure_template(session, row.outlet_id, row.garment)
        template = orders[key]
        measures = template.measures
        # In the template's order; a measure since dropped from the template comes last.
        kept = sorted(values[row.id], key=lambda v: measures.index(v.measure) if v.measure in measures else 99)
        views.append(MeasurementView(row.id, row.customer_id, row.garment,
                                     tuple(MeasureValue(v.measure, v.cm, template.names.get(v.measure, ""))
                                           for v in kept), row.note, taken_by,
                                     row.taken_at, template.title))  # fmt: skip
    return views


def customer_measurements(
    session: Session,
    outlet_id: uuid.UUID,
    customer_id: uuid.UUID,
    *,
    garment: str = "",
    offset: int = 0,
    limit: int = PAGE,
) -> tuple[list[MeasurementView], int]:
    """A page of the customer's takings, newest first (of one garment when given), and how many there are; refused
    for a customer of another sentra than the outlet's (their measurements are theirs, not this outlet's)."""
    customer_of_outlet(session, outlet_id, customer_id)
    where = [Measurement.customer_id == customer_id]
    if garment:
        where.append(Measurement.garment == garment)
    count = int(session.scalar(select(func.count()).select_from(Measurement).where(*where)) or 0)
    rows = session.execute(
        select(Measurement, User.full_name).join(User, User.id == Measurement.taken_by_id).where(*where)
        .order_by(Measurement.taken_at.desc(), Measurement.seq.desc()).offset(offset).limit(limit)
    ).all()  # fmt: skip
    return _views(session, rows), count


def latest_measurements(session: Session, outlet_id: uuid.UUID, customer_id: uuid.UUID) -> list[MeasurementView]:
    """The newest taking of each garment the customer was measured for (what the card shows first); refused for a
    customer of another sentra than the outlet's."""
    customer_of_outlet(session, outlet_id, customer_id)
    newest = (
        select(Measurement.garment, func.max(Measurement.taken_at).label("taken_at"))
        .where(Measurement.customer_id == customer_id).group_by(Measurement.garment).subquery()
    )  # fmt: skip
    rows = session.execute(
        select(Measurement, User.full_name).join(User, User.id == Measurement.taken_by_id)
        .join(newest, (newest.c.garment == Measurement.garment) & (newest.c.taken_at == Measurement.taken_at))
        .where(Measurement.customer_id == customer_id).order_by(Measurement.garment)
    ).all()  # fmt: skip
    seen: dict[str, tuple[Measurement, str]] = {}
    for row, name in rows:
        seen.setdefault(row.garment, (row, name))  # two takings in one instant: either is the latest
    return _views(session, list(seen.values()))


def order_measurements(session: Session, order_id: uuid.UUID) -> list[MeasurementView]:
    """The takings the order was made to, as they were taken (a later re-measure is not among them)."""
    rows = session.execute(
        select(Measurement, User.full_name).join(User, User.id == Measurement.taken_by_id)
        .join(OrderMeasurement, OrderMeasurement.measurement_id == Measurement.id)
        .where(OrderMeasurement.order_id == order_id).order_by(Measurement.garment, Measurement.taken_at)
    ).all()  # fmt: skip
    return _views(session, rows)
