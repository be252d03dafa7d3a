"""Appointments with the salon's workers: booked, moved, cancelled, and turned into a visit when the customer
arrives (read by the day view: services/salon/appointment_views.py). Every change is a new row replacing the one
before (db/models/salon.py); a worker is never booked twice at once, checked inside the writing transaction with the
worker's row locked (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole file), so two tills booking one worker at
once cannot both win (tests/salon/test_booking_races.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, Outlet, SalonAppointment, Till, Worker, new_id, worker_outlet
from ska_pos.domain.phone import phone_tail
from ska_pos.domain.salon.booking import MAX_MINUTES, Slot, clashes, valid_minutes
from ska_pos.i18n import _
from ska_pos.sealing.envelope import KeyRing, SealError, key_id_of, open_sealed, seal
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import keys_for_sealing, load_keys
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.customers import CustomerPhoneUnreadable, check_phone, customer_of_outlet
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, TakenOrder, take_order
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date
from ska_pos.services.salon.appointment_views import HOLDING, in_force_query
from ska_pos.services.salon.durations import service_minutes
from ska_pos.services.text_lengths import check_length

NOTE_MAX = 500
PHONE_FIELD = "appointment_phone"  # a walk-in's phone is sealed to the visit (shared by its rows)


@dataclass(frozen=True)
class BookedService:
    item_id: uuid.UUID
    worker_id: uuid.UUID
    starts_at: datetime | None = None  # None: when the visit's service before it ends
    minutes: int | None = None  # None: the service's duration


@dataclass(frozen=True)
class AppointmentForm:
    services: Sequence[BookedService]  # the first one needs its start
    customer_id: uuid.UUID | None = None  # from the customer list, or:
    customer_name: str = ""
    phone: str = ""  # a customer not in the list: as typed, checked as the order intake checks it; sealed
    note: str = ""


class DoubleBooked(ValidationError):
    """The worker already has an appointment at that time."""


@requires("salon.book")
def book_appointment(
    session: Session, actor: Actor, form: AppointmentForm, *, now: datetime | None = None
) -> uuid.UUID:
    """Books the form's services (several workers may share one visit) and returns the visit's id."""
    if not form.services:
        raise ValidationError(_("An appointment needs at least one service"))
    moment = now or clock.now()
    outlet = _outlet(session, actor)
    name = _customer_name(session, outlet.id, form)
    number = check_phone(form.phone) if form.customer_id is None else ""
    note = form.note.strip()
    check_length(note, SalonAppointment.note, _("notes"))
    minutes = service_minutes(session, (service.item_id for service in form.services))
    items = _items(session, actor, [service.item_id for service in form.services])
    visit_id, start = new_id(), form.services[0].starts_at
    sealed = seal(_keys(), visit_id, PHONE_FIELD, number) if number else None
    if start is None:
        raise ValidationError(_("Choose when the appointment starts"))
    planned: list[tuple[BookedService, Slot]] = []
    for service in form.services:
        start = service.starts_at or start
        slot = Slot(start, service.minutes or minutes[service.item_id])
        _check_slot(slot, moment)
        planned.append((service, slot))
        start = slot.ends_at
    _lock_till(session, actor)
    for worker_id in sorted({service.worker_id for service, _slot in planned}):  # one order of locks: no deadlock
        _lock_worker(session, actor, worker_id)
    for index, (service, slot) in enumerate(planned):
        earlier = [other for s, other in planned[:index] if s.worker_id == service.worker_id]
        _refuse_clash(session, outlet.timezone, service.worker_id, slot, earlier=earlier)
        appointment_id = new_id()
        session.add(SalonAppointment(
            id=appointment_id, appointment_id=appointment_id, visit_id=visit_id, outlet_id=outlet.id,
            till_id=actor.till_id, seq=_next_seq(session, actor.till_id), status="booked",
            worker_id=service.worker_id, item_id=service.item_id, starts_at=slot.starts_at, minutes=slot.minutes,
            business_date=business_date(outlet, slot.starts_at), customer_id=form.customer_id, customer_name=name,
            phone_sealed=sealed, phone_tail=phone_tail(number) if number else "", note=note, user_id=actor.user_id,
            created_at=moment,
        ))  # fmt: skip
        session.flush()
    audit.record(session, "appointment_booked", user_id=actor.user_id, entity="salon_appointment",
                 entity_id=visit_id, till_id=actor.till_id, services=len(planned),
                 items=[items[service.item_id] for service, _slot in planned])  # fmt: skip
    return visit_id


@requires("salon.book")
def move_appointment(
    session: Session, actor: Actor, appointment_id: uuid.UUID, starts_at: datetime, *,
    worker_id: uuid.UUID | None = None, now: datetime | None = None,
) -> None:  # fmt: skip
    """To another time, and (`worker_id`) another worker: a new row replacing the one in force."""
    moment = now or clock.now()
    outlet = _outlet(session, actor)
    current = _in_force(session, actor, appointment_id)
    if current.status != "booked":
        raise ValidationError(_("Only an appointment still booked can be moved or cancelled"))
    worker = worker_id or current.worker_id
    slot = Slot(starts_at, current.minutes)
    _check_slot(slot, moment)
    _lock_till(session, actor)
    for locked in sorted({worker, current.worker_id}):
        _lock_worker(session, actor, locked)
    current = _in_force(session, actor, appointment_id)  # again, now that the workers are locked
    if current.status != "booked":  # another till cancelled it or marked it arrived meanwhile
        raise ValidationError(_("Only an appointment still booked can be moved or cancelled"))
    _refuse_clash(session, outlet.timezone, worker, slot, ignoring=current.id)
    _replace(session, actor, current, moment, status="booked", worker_id=worker, starts_at=starts_at,
             business_date=business_date(outlet, starts_at))  # fmt: skip
    audit.record(session, "appointment_moved", user_id=actor.user_id, entity="salon_appointment",
                 entity_id=appointment_id, till_id=actor.till_id, worker_id=worker, starts_at=starts_at)  # fmt: skip


@requires("salon.book")
def cancel_appointment(
    session: Session, actor: Actor, appointment_id: uuid.UUID, reason: str, *, now: datetime | None = None
) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason"))
    check_length(reason, SalonAppointment.note, _("reason"))
    current = _in_force(session, actor, appointment_id)
    _lock_till(session, actor)
    _lock_worker(session, actor, current.worker_id)
    current = _in_force(session, actor, appointment_id)
    if current.status != "booked":
        raise ValidationError(_("Only an appointment still booked can be moved or cancelled"))
    _replace(session, actor, current, now or clock.now(), status="cancelled", note=reason)
    audit.record(session, "appointment_cancelled", user_id=actor.user_id, entity="salon_appointment",
                 entity_id=appointment_id, till_id=actor.till_id, reason=reason)  # fmt: skip


@requires("salon.book")
def mark_arrived(session: Session, actor: Actor, visit_id: uuid.UUID, *, now: datetime | None = None) -> TakenOrder:
    """The customer is here: the visit's booked services become one order (a line each, credited to its worker),
    waiting in the queue for those workers; each appointment gets a row `arrived` naming the order."""
    moment = now or clock.now()
    rows = [row for row in _visit_in_force(session, actor, visit_id) if row.status == "booked"]
    if not rows:
        raise ValidationError(_("This visit has nothing booked left"))
    names = dict(session.execute(select(Worker.id, Worker.display_name)
                                 .where(Worker.id.in_({row.worker_id for row in rows}))).all())  # fmt: skip
    lines = [OrderLineForm(row.item_id, Decimal(1), workers=(WorkerCredit(row.worker_id, names[row.worker_id]),))
             for row in rows]  # fmt: skip
    first = rows[0]
    done_by = max(row.starts_at + timedelta(minutes=row.minutes) for row in rows)  # promised: the visit's end
    phone, tail = _phone(first)
    form = OrderForm(lines=lines, customer_id=first.customer_id, customer_name=first.customer_name, note=first.note,
                     phone=phone, phone_tail=tail,
                     promised_at=max(done_by, moment + timedelta(minutes=1)))  # fmt: skip
    taken = take_order(session, actor, form, now=moment)
    for row in rows:
        _replace(session, actor, row, moment, status="arrived", order_id=taken.order_id)
    audit.record(session, "appointment_arrived", user_id=actor.user_id, entity="salon_appointment",
                 entity_id=visit_id, till_id=actor.till_id, order_no=taken.order_no)  # fmt: skip
    return taken


def _in_force(session: Session, actor: Actor, appointment_id: uuid.UUID) -> SalonAppointment:
    row = session.scalars(in_force_query().where(SalonAppointment.appointment_id == appointment_id)).first()
    if row is None:
        raise NotFound(_("No such appointment"))
    if row.outlet_id != actor.outlet_id:
        raise ValidationError(_("This appointment belongs to another outlet"))
    return row


def _visit_in_force(session: Session, actor: Actor, visit_id: uuid.UUID) -> list[SalonAppointment]:
    first = session.scalars(select(SalonAppointment).where(SalonAppointment.visit_id == visit_id)).first()
    if first is None:
        raise NotFound(_("No such appointment"))
    if first.outlet_id != actor.outlet_id:
        raise ValidationError(_("This appointment belongs to another outlet"))
    _lock_till(session, actor)
    for worker_id in sorted(set(session.scalars(select(SalonAppointment.worker_id)
                                                .where(SalonAppointment.visit_id == visit_id)))):  # fmt: skip
        _lock_worker(session, actor, worker_id)
    query = in_force_query().where(SalonAppointment.visit_id == visit_id).order_by(SalonAppointment.starts_at)
    return list(session.scalars(query))


def _replace(session: Session, actor: Actor, current: SalonAppointment, moment: datetime, **changes: object) -> None:
    fields = {column: getattr(current, column) for column in (
        "appointment_id", "visit_id", "outlet_id", "worker_id", "item_id", "starts_at", "minutes", "business_date",
        "customer_id", "customer_name", "phone_sealed", "phone_tail", "note", "order_id")}  # fmt: skip
    fields.update(changes)
    session.add(SalonAppointment(id=new_id(), replaces_id=current.id, till_id=actor.till_id,
                                 seq=_next_seq(session, actor.till_id), user_id=actor.user_id, created_at=moment,
                                 **fields))  # fmt: skip
    session.flush()


def _refuse_clash(
    session: Session, zone: str, worker_id: uuid.UUID, slot: Slot, *, earlier: Sequence[Slot] = (),
    ignoring: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Read inside the writing transaction, after the worker's row is locked."""
    query = in_force_query().where(
        SalonAppointment.worker_id == worker_id, SalonAppointment.status.in_(HOLDING),
        SalonAppointment.starts_at < slot.ends_at,
        SalonAppointment.starts_at > slot.starts_at - timedelta(minutes=MAX_MINUTES),
    )  # fmt: skip
    if ignoring is not None:
        query = query.where(SalonAppointment.id != ignoring)
    taken = [Slot(row.starts_at, row.minutes) for row in session.scalars(query)] + list(earlier)
    clash = clashes(slot, taken)
    if clash:
        name = session.scalar(select(Worker.display_name).where(Worker.id == worker_id)) or "?"
        raise DoubleBooked(_("{worker} is already booked from {start} to {end}", worker=name,
                             start=_hhmm(zone, clash[0].starts_at),
                             end=_hhmm(zone, clash[0].ends_at)))  # fmt: skip


def _hhmm(zone: str, moment: datetime) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def _check_slot(slot: Slot, moment: datetime) -> None:
    if not valid_minutes(slot.minutes):
        raise ValidationError(_("A service takes from 1 to {most} minutes", most=MAX_MINUTES))
    if slot.starts_at < moment - timedelta(minutes=1):
        raise ValidationError(_("That time has already passed"))


def _outlet(session: Session, actor: Actor) -> Outlet:
    outlet = session.get(Outlet, actor.outlet_id) if actor.outlet_id else None
    if outlet is None or actor.till_id is None:
        raise ValidationError(_("Appointments are booked at a till of the outlet"))
    if not profile_of(session, outlet.id).appointments:
        raise ValidationError(_("This outlet takes no appointments"))
    return outlet


def _keys(*, opening: bool = False) -> KeyRing:
    try:
        ring = load_keys() if opening else keys_for_sealing()
    except KeyStoreError as error:
        raise CustomerPhoneUnreadable(str(error)) from error
    if ring is None:
        raise CustomerPhoneUnreadable(_("This computer has no key for personal data, so it cannot be shown; import "
                                        "the key with `ska-pos key import FILE`."))  # fmt: skip
    return ring


def _phone(row: SalonAppointment) -> tuple[str, str]:
    """The walk-in's whole number, for the order the visit becomes (which seals it again, to itself), and "".
    A till without the key that sealed it (no key for personal data, or another one) opens nothing: "" and the
    number's last digits for the order, the number staying sealed on the visit's rows, which name the order; the
    order's messages open it from there (`orders/messages.py`) at a computer with the key."""
    if row.phone_sealed is None:
        return "", ""
    try:
        ring = load_keys()
    except KeyStoreError as error:
        raise CustomerPhoneUnreadable(str(error)) from error
    try:
        if ring is None or key_id_of(row.phone_sealed) not in ring.keys:
            return "", row.phone_tail
        return open_sealed(ring, row.visit_id, PHONE_FIELD, row.phone_sealed), ""
    except SealError as error:
        raise CustomerPhoneUnreadable(str(error)) from error


def _customer_name(session: Session, outlet_id: uuid.UUID, form: AppointmentForm) -> str:
    if form.customer_id is not None:
        customer_of_outlet(session, outlet_id, form.customer_id)
        return ""
    name = " ".join(form.customer_name.split())
    if not name:
        raise ValidationError(_("Choose the customer, or write their name"))
    check_length(name, SalonAppointment.customer_name, _("customer's name"))
    return name


def _items(session: Session, actor: Actor, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    query = select(Item.id, Item.name, Item.outlet_id, Item.active, Item.kind).where(Item.id.in_(set(item_ids)))
    rows = {row.id: row for row in session.execute(query)}
    for item_id in item_ids:
        row = rows.get(item_id)
        if row is None or not row.active or row.outlet_id != actor.outlet_id:
            raise ValidationError(_("This item is not for sale"))
        if row.kind != "service":
            raise ValidationError(_("{name} is not a service", name=row.name))
    return {item_id: row.name for item_id, row in rows.items()}


def _lock_till(session: Session, actor: Actor) -> None:
    """PostgreSQL: the till's rows take their sequence numbers one at a time."""
    session.execute(select(Till.id).where(Till.id == actor.till_id).with_for_update())


def _lock_worker(session: Session, actor: Actor, worker_id: uuid.UUID) -> None:
    """The worker must work at the actor's outlet; their row is locked, so bookings of them come one at a time."""
    found = session.scalar(
        select(Worker.id).join(worker_outlet, worker_outlet.c.worker_id == Worker.id)
        .where(Worker.id == worker_id, Worker.active, worker_outlet.c.outlet_id == actor.outlet_id)
    )  # fmt: skip
    if found is None:
        raise ValidationError(_("This worker does not work at this outlet"))
    session.execute(select(Worker.id).where(Worker.id == worker_id).with_for_update())


def _next_seq(session: Session, till_id: uuid.UUID | None) -> int:
    return (
        int(session.scalar(select(func.max(SalonAppointment.seq)).where(SalonAppointment.till_id == till_id)) or 0) + 1
    )
