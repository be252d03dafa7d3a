"""WhatsApp messages to an order's customer at intake, ready, collected, and a debt reminder (docs/orders.md).

`prepare_message` reads: the outlet's template for the event filled with the order's facts, the `wa.me` link, and
whether the message was sent already. The counter opens the link (the cashier presses send in WhatsApp) and then
calls `record_message`, which records the event once: a second open of the same event writes nothing.

The customer's number is opened from its seal only to build the link; the counter shows its last digits, so a
cashier who may not read a customer's whole number (`customers.phone_of`) still never sees it on screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Customer, CustomerOrder, OrderMessage, Outlet, SalonAppointment, User
from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.messages import (
    MAX_TEMPLATE,
    PLACEHOLDERS,
    MessageEvent,
    TemplateRefused,
    check_template,
    default_templates,
    fill,
    wa_link,
)
from ska_pos.i18n import _
from ska_pos.sealing.envelope import SealError, open_sealed
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import load_keys
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.customers import FIELD as CUSTOMER_PHONE
from ska_pos.services.customers import CustomerPhoneUnreadable
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.access import order_here
from ska_pos.services.orders.intake import SEAL_FIELD as ORDER_PHONE
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.salon.appointments import PHONE_FIELD as APPOINTMENT_PHONE
from ska_pos.services.settings import LANGUAGE, get_setting, scope_of, store_value, stored_value

TEMPLATES_KEY = "order_messages"


@dataclass(frozen=True)
class SentBefore:
    user_name: str
    sent_at: datetime


@dataclass(frozen=True)
class PreparedMessage:
    order_id: uuid.UUID
    order_no: str
    event: MessageEvent
    text: str
    link: str
    phone_tail: str
    sent: SentBefore | None  # recorded already: the counter says so and records nothing more


def message_language(session: Session) -> str:
    return get_setting(session, "global", LANGUAGE)


def message_templates(session: Session, outlet_id: uuid.UUID) -> dict[MessageEvent, str]:
    """The outlet's templates: those it saved, the defaults in the outlet's language for the rest."""
    templates = default_templates(message_language(session))
    stored = stored_value(session, scope_of("outlet", outlet_id), TEMPLATES_KEY)
    if isinstance(stored, dict):
        for event in MessageEvent:
            text = stored.get(event.value)
            if isinstance(text, str) and _usable(text):
                templates[event] = text
    return templates


@requires("order.message_templates")
def set_message_templates(
    session: Session, actor: Actor, outlet_id: uuid.UUID, templates: Mapping[MessageEvent, str]
) -> dict[MessageEvent, str]:
    """Managers: the outlet's four templates, all as `templates` holds them (a missing one goes back to the default)."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    for event, text in templates.items():
        _check(event, text)
    value = {event.value: text for event, text in templates.items()}
    store_value(session, actor, scope_of("outlet", outlet_id), TEMPLATES_KEY, value)
    audit.record(session, "order_message_templates", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, events=sorted(value))  # fmt: skip
    return message_templates(session, outlet_id)


def prepare_message(session: Session, actor: Actor, order_id: uuid.UUID, event: MessageEvent) -> PreparedMessage:
    """The message as the customer will read it, and its link; refused when the event does not fit the order now
    (a reminder of a debt there is not) or the order has no phone number."""
    order = load_order(session, order_id)
    if order.outlet_id != actor.outlet_id:
        raise ValidationError(_("This order belongs to another outlet"))
    _check_event(order, event)
    outlet = session.get(Outlet, order.outlet_id)
    assert outlet is not None
    language = message_language(session)
    text = fill(message_templates(session, order.outlet_id)[event], _values(order, outlet, language))
    try:
        link = wa_link(_phone(session, order), text)
    except ValueError as error:  # a number sealed before numbers were checked
        raise ValidationError(_("The order has no phone number to send a message to")) from error
    return PreparedMessage(order.id, order.order_no, event, text, link, order.phone_tail,
                           sent_before(session, order.id, event))  # fmt: skip


@requires("order.message")
def record_message(
    session: Session, actor: Actor, order_id: uuid.UUID, event: MessageEvent, *, now: datetime | None = None
) -> bool:
    """The cashier opened the message: recorded once per order and event. False when it was recorded already
    (nothing written)."""
    order = order_here(session, actor, order_id)
    _check_event(order, event)
    if sent_before(session, order.id, event) is not None:
        return False
    place = place_of(session, actor)
    moment = now or clock.now()
    session.add(OrderMessage(
        order_id=order.id, event=event.value, till_id=place.till_id,
        seq=next_till_seq(session, OrderMessage, place.till_id), user_id=actor.user_id, sent_at=moment,
        business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    audit.record(session, "order_message", user_id=actor.user_id, entity="customer_order", entity_id=order.id,
                 till_id=place.till_id, event=event.value)  # fmt: skip
    return True


def sent_before(session: Session, order_id: uuid.UUID, event: MessageEvent) -> SentBefore | None:
    row = session.execute(
        select(User.full_name, OrderMessage.sent_at)
        .join(User, User.id == OrderMessage.user_id)
        .where(OrderMessage.order_id == order_id, OrderMessage.event == event.value)
    ).first()
    return None if row is None else SentBefore(row.full_name, row.sent_at)


def sent_events(session: Session, order_id: uuid.UUID) -> frozenset[MessageEvent]:
    events = session.scalars(select(OrderMessage.event).where(OrderMessage.order_id == order_id))
    return frozenset(MessageEvent(event) for event in events)


def _check_event(order: OrderView, event: MessageEvent) -> None:
    if order.cancelled:
        raise ValidationError(_("The order is cancelled: no message is sent for it"))
    if event is MessageEvent.READY and not order.completed:
        raise ValidationError(_("The order is not ready yet"))
    if event is MessageEvent.COLLECTED and not order.collected:
        raise ValidationError(_("The order has not been collected yet"))
    if event is MessageEvent.DEBT and order.money.debt <= 0:
        raise ValidationError(_("Nothing is owed on this order"))


def _values(order: OrderView, outlet: Outlet, language: str) -> dict[str, str]:
    total = order.money.recognised if order.completed else order.lines_amount
    left = order.money.debt if order.completed else max(order.lines_amount - order.money.held, 0)
    promised = ""
    if order.promised_at is not None:
        promised = order.promised_at.astimezone(ZoneInfo(outlet.timezone)).strftime("%d/%m/%Y %H:%M")
    values = {"nomor": order.order_no, "nama": order.customer_name, "total": format_rupiah(total, language),
              "siap": promised, "sisa": format_rupiah(left, language), "gerai": outlet.name}  # fmt: skip
    assert set(values) == set(PLACEHOLDERS)
    return values


def _phone(session: Session, order: OrderView) -> str:
    """The E.164 number: the order's own (typed at the counter), else the listed customer's, else the one its
    booking keeps sealed to the visit (a visit marked arrived at a till without the key carries none over)."""
    row = session.get(CustomerOrder, order.id)
    assert row is not None
    sealed, row_id, field = row.phone_sealed, order.id, ORDER_PHONE
    if sealed is None and order.customer_id is not None:
        sealed = session.scalar(select(Customer.phone_sealed).where(Customer.id == order.customer_id))
        row_id, field = order.customer_id, CUSTOMER_PHONE
    if sealed is None:
        booked = session.execute(
            select(SalonAppointment.phone_sealed, SalonAppointment.visit_id)
            .where(SalonAppointment.order_id == order.id, SalonAppointment.phone_sealed.is_not(None))
            .limit(1)
        ).first()
        if booked is not None:
            sealed, row_id, field = booked.phone_sealed, booked.visit_id, APPOINTMENT_PHONE
    if sealed is None:
        raise ValidationError(_("The order has no phone number to send a message to"))
    try:
        ring = load_keys()
        if ring is None:
            raise KeyStoreError(_("This computer has no key for personal data, so it cannot be shown; import the "
                                  "key with `ska-pos key import FILE`."))  # fmt: skip
        return open_sealed(ring, row_id, field, sealed)
    except (KeyStoreError, SealError) as error:
        raise CustomerPhoneUnreadable(str(error)) from error


def _usable(text: str) -> bool:
    try:
        check_template(text)
    except TemplateRefused:
        return False
    return True


def _check(event: MessageEvent, text: str) -> None:
    try:
        check_template(text)
    except TemplateRefused as error:
        reason, part = error.args
        if reason == "empty":
            raise ValidationError(_("The message is empty")) from error
        if reason == "too long":
            raise ValidationError(_("A message can have at most {count} characters", count=MAX_TEMPLATE)) from error
        if reason == "placeholder":
            raise ValidationError(_("{part} is not a placeholder the message knows; use {names}", part=part,
                                    names=", ".join("{" + name + "}" for name in PLACEHOLDERS))) from error  # fmt: skip
        raise ValidationError(_("The braces of the message do not match")) from error
