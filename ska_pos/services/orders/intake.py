"""Taking an order at the counter: its lines at today's prices (frozen on them), the customer, the promised time,
the express tier, and an optional deposit, all in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Date, bindparam, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    CustomerOrder,
    Item,
    OrderLine,
    OrderLineWorker,
    OrderStatusChange,
    Outlet,
    new_id,
)
from ska_pos.domain.money import apply_bp, line_amount
from ska_pos.domain.orders.workflow import workflow
from ska_pos.domain.outlet_profile import default_order_workflow
from ska_pos.domain.phone import phone_tail
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _
from ska_pos.reports.bag_tags import MAX_BAGS
from ska_pos.sealing.envelope import seal
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import keys_for_sealing
from ska_pos.sealing.lookup import lookup_of
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.cart_ops import check_price, check_quantity
from ska_pos.services.customers import FIELD as PHONE_LOOKUP_FIELD
from ska_pos.services.customers import CustomerPhoneUnreadable, check_phone, customer_of_outlet
from ska_pos.services.errors import ValidationError
from ska_pos.services.opening_hours import promised_by_default
from ska_pos.services.orders.numbers import next_day_no, next_till_seq, order_number
from ska_pos.services.orders.pause import refuse_if_paused
from ska_pos.services.orders.rows import check_tender, write_payment
from ska_pos.services.orders.rules import order_rules
from ska_pos.services.orders.tailoring_intake import TailoringForm, attach_tailoring, check_tailoring
from ska_pos.services.permissions import requires
from ska_pos.services.prices import day_price
from ska_pos.services.sale_checks import check_worker_credits
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.text_lengths import check_length

SEAL_FIELD = "order_phone"
NOTE_MAX = 1000


@dataclass(frozen=True)
class OrderLineForm:
    item_id: uuid.UUID
    quantity: Decimal  # pieces, or kg as weighed
    note: str = ""
    workers: tuple[WorkerCredit, ...] = ()  # credited at completion (shares add up to 100%)


@dataclass(frozen=True)
class OrderForm:
    lines: Sequence[OrderLineForm]
    customer_id: uuid.UUID | None = None  # from the customer list, or:
    customer_name: str = ""  # a name taken at the counter
    phone: str = ""  # as typed; sealed
    # With no phone: the last digits of a number kept sealed elsewhere (a booking's, opened by a till with the key)
    phone_tail: str = ""
    promised_at: datetime | None = None  # None: the express tier's hours, or not promised
    express_tier: str = ""
    note: str = ""
    deposit: Tender | None = None
    bags: int = 0  # a laundry's bags, a tag each (0: not counted); kept on the order for reprinting the tags
    tailoring: TailoringForm | None = None  # measurements, cloth and fittings (a tailoring order's)


@dataclass(frozen=True)
class TakenOrder:
    order_id: uuid.UUID
    order_no: str
    lines_amount: int  # at the frozen prices, before tax and service charge
    deposit: int


_ITEMS = select(
    Item.id, Item.outlet_id, Item.active, Item.sku, Item.name, Item.unit, Item.min_quantity,
    day_price(bindparam("day", type_=Date())).label("price"),
).where(Item.id.in_(bindparam("ids", expanding=True)))  # fmt: skip


@requires("order.take")
def take_order(session: Session, actor: Actor, form: OrderForm, *, now: datetime | None = None) -> TakenOrder:
    """Every check first, then the order, its lines, its first stage and the deposit. An order is taken at a till
    with an open shift (its deposit goes in that drawer)."""
    place = place_of(session, actor)
    moment = now or clock.now()
    day = business_date(place, moment)
    outlet = session.get(Outlet, place.outlet_id)
    assert outlet is not None
    flow_code = default_order_workflow(outlet.kind)
    if not flow_code:
        raise ValidationError(_("This outlet does not take orders"))
    bags = _bags(form.bags, workflow(flow_code).bag_tags)
    refuse_if_paused(session, outlet.id, day)
    rules = order_rules(session, outlet.id)
    tier = rules.tier(form.express_tier)
    name, number = _customer(session, outlet.id, form)
    note = form.note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("notes"), count=NOTE_MAX))
    order_id = new_id()
    lines = _lines(session, actor, order_id, form.lines, day, tier.surcharge_bp if tier else 0)
    if form.deposit is not None:
        check_tender(form.deposit)
    if form.tailoring is not None:
        check_tailoring(session, workflow(flow_code), form.customer_id, form.tailoring)
    promised = form.promised_at or (promised_by_default(session, outlet.id, moment, tier.hours) if tier else None)
    if promised is not None and promised < moment:
        raise ValidationError(_("The promised time has already passed"))
    day_no = next_day_no(session, outlet.id, day)
    order_no = order_number(outlet.code, day, day_no)
    order = CustomerOrder(
        id=order_id, outlet_id=outlet.id, till_id=place.till_id, seq=next_till_seq(session, CustomerOrder,
        place.till_id), business_date=day, day_no=day_no, order_no=order_no, workflow=flow_code,
        customer_id=form.customer_id, customer_name=name, express_tier=tier.code if tier else "",
        express_bp=tier.surcharge_bp if tier else 0, promised_at=promised, note=note, bags=bags,
        created_by_id=actor.user_id, created_at=moment,
    )  # fmt: skip
    if number:
        order.phone_sealed, order.phone_lookup, order.phone_tail = _sealed_phone(order_id, number)
    elif form.phone_tail:
        if not (form.phone_tail.isdigit() and len(form.phone_tail) <= len("7890")):
            raise ValidationError(_("The last digits of a phone number are at most four digits, not {digits}",
                                    digits=form.phone_tail[:40]))  # fmt: skip
        order.phone_tail = form.phone_tail
    session.add(order)
    session.flush()
    for line, credits in lines:
        session.add(line)
        session.flush()
        session.add_all(OrderLineWorker(order_line_id=line.id, worker_id=c.worker_id, split_bp=c.split_bp)
                        for c in credits)  # fmt: skip
    first = workflow(flow_code).first
    session.add(OrderStatusChange(
        order_id=order_id, till_id=place.till_id, seq=next_till_seq(session, OrderStatusChange, place.till_id),
        from_stage="", to_stage=first.code, position=0, user_id=actor.user_id, changed_at=moment, business_date=day,
    ))  # fmt: skip
    session.flush()
    if form.tailoring is not None:
        attach_tailoring(session, place, actor, order_id, form.customer_id, form.tailoring, moment)
    audit.record(session, "order_taken", user_id=actor.user_id, entity="customer_order", entity_id=order_id,
                 till_id=place.till_id, order_no=order_no, lines=len(lines), express=order.express_tier)  # fmt: skip
    deposit = 0
    if form.deposit is not None:
        write_payment(session, place, actor.user_id, order_id, "deposit", form.deposit, moment=moment)
        deposit = form.deposit.amount
    amount = sum(line_amount(line.charged_quantity, line.unit_price) for line, _credits in lines)
    return TakenOrder(order_id, order_no, amount, deposit)


def _bags(count: int, tagged: bool) -> int:
    if not tagged:
        if count:
            raise ValidationError(_("This outlet's orders are not tagged by bag"))
        return 0
    if not 0 <= count <= MAX_BAGS:
        raise ValidationError(_("An order has 1 to {count} bags", count=MAX_BAGS))
    return count


def _customer(session: Session, outlet_id: uuid.UUID, form: OrderForm) -> tuple[str, str]:
    """The name to keep on the order ("" for a listed customer: the list has it) and the phone in +62 form."""
    if form.customer_id is not None:
        customer_of_outlet(session, outlet_id, form.customer_id)
        return "", ""
    name = " ".join(form.customer_name.split())
    if not name:
        raise ValidationError(_("Choose the customer, or write their name"))
    check_length(name, CustomerOrder.customer_name, _("customer's name"))
    return name, check_phone(form.phone)


def _sealed_phone(order_id: uuid.UUID, number: str) -> tuple[str, str, str]:
    try:
        ring = keys_for_sealing()
    except KeyStoreError as error:
        raise CustomerPhoneUnreadable(str(error)) from error
    # Sealed to this order; found by the same keyed hash as a listed customer's number.
    return seal(ring, order_id, SEAL_FIELD, number), lookup_of(ring, PHONE_LOOKUP_FIELD, number), phone_tail(number)


def _lines(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    forms: Sequence[OrderLineForm],
    day: object,
    surcharge_bp: int,
) -> list[tuple[OrderLine, tuple[WorkerCredit, ...]]]:
    if not forms:
        raise ValidationError(_("An order needs at least one line"))
    rows = session.connection().execute(_ITEMS, {"ids": list({f.item_id for f in forms}), "day": day})
    items = {row.id: row for row in rows}
    check_worker_credits(session, [form.workers for form in forms])
    lines = []
    for number, form in enumerate(forms, start=1):
        item = items.get(form.item_id)
        if item is None or not item.active:
            raise ValidationError(_("This item is not for sale"))
        if item.outlet_id != actor.outlet_id:
            raise ValidationError(_("{name} belongs to another outlet", name=item.name))
        check_quantity(form.quantity)
        note = form.note.strip()
        if len(note) > NOTE_MAX:
            raise ValidationError(_("The {what} can have at most {count} characters", what=_("notes"),
                                    count=NOTE_MAX))  # fmt: skip
        minimum = item.min_quantity
        charged = max(form.quantity, minimum) if minimum is not None else form.quantity
        price = int(item.price) + apply_bp(int(item.price), surcharge_bp)
        check_price(price)
        line = OrderLine(
            id=new_id(), order_id=order_id, line_no=number, item_id=item.id, sku=item.sku, name=item.name,
            unit=item.unit, quantity=form.quantity, charged_quantity=charged, min_quantity=minimum,
            list_price=int(item.price), unit_price=price, note=note,
        )  # fmt: skip
        lines.append((line, form.workers))
    return lines
