"""Moving an order forward through its outlet's workflow. The move that crosses the completing stage writes the
order's sale (services/order_sales.py `complete_order_sale`): revenue, PBJT, service charge and the workers' earnings
are recognised then, once; the deposits held pay it first. The move to the last stage hands the order over: it
needs nothing owed, unless the outlet lets customers pay later (then the rest stays as their debt)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, OrderStatusChange, SalonSessionLine, Worker
from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.money import (
    Completion,
    OrderMoney,
    OrderMoneyRefused,
    OrderState,
    Payment,
    apply,
    check_collection,
)
from ska_pos.domain.orders.workflow import StageMoveRefused
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _, current_language
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine, WorkerCredit
from ska_pos.services.errors import ValidationError
from ska_pos.services.order_sales import OrderSale, complete_order_sale
from ska_pos.services.orders.access import order_here
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.orders.rows import check_tender, write_payment
from ska_pos.services.orders.rules import order_rules
from ska_pos.services.orders.serving import serving_credits
from ska_pos.services.orders.state import OrderView, money_of
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, place_of


@dataclass(frozen=True)
class Moved:
    stage: str
    money: OrderMoney
    sale: OrderSale | None  # the completion's sale, when this move completed the order


@requires("order.move")
def move_order(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    to_stage: str,
    *,
    worker_id: uuid.UUID | None = None,
    tenders: Sequence[Tender] = (),
    credits: Mapping[int, tuple[WorkerCredit, ...]] | None = None,
    paid_apart: frozenset[int] = frozenset(),
    now: datetime | None = None,
) -> Moved:
    """`worker_id`: who did the stage (for the stages that name one). `tenders`: paid with this move (into the
    completion's sale when it completes the order, else a deposit or a payment of what is owed). `credits`: by
    line number, the workers to credit instead of those named at intake (only when this move completes); by default
    the worker who served a visit that waited for another (services/orders/serving.py). `paid_apart`: line numbers
    whose sale was written apart (a salon line paid with a package session), left out of the completion's sale."""
    order = order_here(session, actor, order_id)
    if order.cancelled:
        raise ValidationError(_("The order is cancelled: nothing more can be paid or recognised on it"))
    flow = order.workflow
    try:
        flow.check_move(order.stage, to_stage)
    except StageMoveRefused as error:
        raise ValidationError(str(error)) from error
    _check_worker(session, flow.stage(to_stage).names_a_worker, worker_id)
    _check_paid_apart(session, order_id, paid_apart)
    for tender in tenders:
        check_tender(tender)
    rules = order_rules(session, order.outlet_id)
    completes = flow.crosses_completion(order.stage, to_stage)
    collects = to_stage == flow.collected_at
    place = place_of(session, actor)
    moment = now or clock.now()
    sale = None
    if completes:
        cart = _cart(session, order, serving_credits(session, order) if credits is None else credits, paid_apart)
        if cart is None:  # every line paid apart: completed with no sale of its own
            _no_sale_completion(order.money, tenders)
        else:
            if collects:
                total = cart.priced(place.tax).total
                expected = _apply(order.money, Completion(total))
                paid_now = min(sum(tender.amount for tender in tenders), expected.debt)
                _collectable(_apply(expected, Payment(paid_now)) if paid_now else expected, rules.pay_later)
            sale = complete_order_sale(session, actor, cart, tenders, held=order.money.held, now=moment)
    else:
        if credits or paid_apart:
            raise ValidationError(_("Workers are credited when the order is completed"))
        money = order.money
        for tender in tenders:
            money = _apply(money, Payment(tender.amount))
        if collects:
            _collectable(money, rules.pay_later)
        kind = "balance" if money.state is OrderState.COMPLETED else "deposit"
        for tender in tenders:
            write_payment(session, place, actor.user_id, order.id, kind, tender, moment=moment)
    money = money_of(session, order.id, sale.sale.sale_id if sale else order.sale_id,
                     completed=flow.is_completed(to_stage))  # fmt: skip
    if collects:
        _collectable(money, rules.pay_later)
    session.add(OrderStatusChange(
        order_id=order.id, till_id=place.till_id, seq=next_till_seq(session, OrderStatusChange, place.till_id),
        from_stage=order.stage, to_stage=to_stage, position=flow.position(to_stage), worker_id=worker_id,
        sale_id=sale.sale.sale_id if sale else None, user_id=actor.user_id, changed_at=moment,
        business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    audit.record(session, "order_moved", user_id=actor.user_id, entity="customer_order", entity_id=order.id,
                 till_id=place.till_id, from_stage=order.stage, to_stage=to_stage, worker_id=worker_id,
                 sale_id=sale.sale.sale_id if sale else None, debt=money.debt)  # fmt: skip
    return Moved(to_stage, money, sale)


@requires("order.move")
def collect_order(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    tenders: Sequence[Tender] = (),
    *,
    now: datetime | None = None,
) -> Moved:
    """The customer takes the order: its last stage, completing it first when it is not yet (the salon's "done"
    is both). `tenders` pay what is owed now."""
    order = order_here(session, actor, order_id)
    return move_order(session, actor, order_id, order.workflow.collected_at, tenders=tenders, now=now)


def due_at_collection(
    session: Session, actor: Actor, order_id: uuid.UUID, paid_apart: frozenset[int] = frozenset()
) -> int:
    """What the customer must pay to take the order now: its debt once completed; before that, the completion's
    total (tax and service charge included, the lines `paid_apart` left out) less what is held. A read: the
    counter shows it before the payment."""
    order = order_here(session, actor, order_id)
    if order.cancelled or order.collected:
        return 0
    if order.completed:
        return order.money.debt
    cart = _cart(session, order, {}, paid_apart)
    if cart is None:
        _no_sale_completion(order.money, ())
        return 0
    return max(cart.priced(place_of(session, actor).tax).total - order.money.held, 0)


def check_every_line_apart(order: OrderView, paid_apart: frozenset[int], tenders: Sequence[Tender]) -> None:
    """Before the lines are paid apart (a session spent): when they are all the order's lines, what its completion
    with no sale refuses (a down payment held, a payment) is refused first."""
    if {line.line_no for line in order.lines} <= paid_apart:
        _no_sale_completion(order.money, tenders)


def _check_paid_apart(session: Session, order_id: uuid.UUID, paid_apart: frozenset[int]) -> None:
    """A line is left out of the completion's sale only when its own sale was written (a session of a package paid
    it, in the caller's transaction): left out on trust, a line would be neither sold nor paid."""
    if not paid_apart:
        return
    recorded = set(session.scalars(select(SalonSessionLine.line_no).where(SalonSessionLine.order_id == order_id)))
    missing = sorted(paid_apart - recorded)
    if missing:
        raise ValidationError(_("Line {number} of the order was not paid apart", number=missing[0]))


def _check_worker(session: Session, names_a_worker: bool, worker_id: uuid.UUID | None) -> None:
    if worker_id is None:
        return
    if not names_a_worker:
        raise ValidationError(_("This stage does not record a worker"))
    if not session.scalar(select(Worker.active).where(Worker.id == worker_id)):
        raise ValidationError(_("This worker is not active"))


def _cart(
    session: Session, order: OrderView, credits: Mapping[int, tuple[WorkerCredit, ...]],
    paid_apart: frozenset[int] = frozenset(),
) -> Cart | None:  # fmt: skip
    """The order's lines as the completion's cart (but those paid apart): the charged quantity at the frozen
    price. None when every line is paid apart: the completion has no sale."""
    unknown = set(credits) - {line.line_no for line in order.lines}
    if unknown:
        raise ValidationError(_("The order has no line {number}", number=min(unknown)))
    items = {
        row.id: row
        for row in session.execute(
            select(Item.id, Item.kind, Item.category_id).where(Item.id.in_({line.item_id for line in order.lines}))
        )
    }
    lines = [
        CartLine(
            item_id=line.item_id,
            sku=line.sku,
            name=line.name,
            kind=items[line.item_id].kind,
            unit=line.unit,
            category_id=items[line.item_id].category_id,
            list_price=line.unit_price,
            unit_price=line.unit_price,
            quantity=line.charged_quantity,
            workers=credits.get(line.line_no, line.workers),
            note=line.note,
        )
        for line in order.lines
        if line.line_no not in paid_apart
    ]
    if not lines:
        return None
    return Cart(order.outlet_id, lines, customer_id=order.customer_id, note=order.order_no)


def _no_sale_completion(money: OrderMoney, tenders: Sequence[Tender]) -> None:
    """A completion whose every line is paid apart recognises nothing and leaves nothing owed, so nothing may be
    paid with it, and a deposit held would pay nothing: it is refused until the deposit is given back (with the
    supervisor's approval, by the method chosen: the completion cannot do that for the cashier)."""
    if money.held:
        held = format_rupiah(money.held, current_language())
        raise ValidationError(
            _(
                "The order holds a down payment of {held} and every line is paid apart, so nothing would use it: "
                "give it back first (Orders, F6 Give back), or leave a line for it to pay",
                held=held,
            )
        )
    completed = _apply(money, Completion(0))
    for tender in tenders:
        completed = _apply(completed, Payment(tender.amount))


def _apply(money: OrderMoney, event: Completion | Payment) -> OrderMoney:
    try:
        return apply(money, event)
    except OrderMoneyRefused as error:
        raise ValidationError(str(error)) from error


def _collectable(money: OrderMoney, pay_later: bool) -> None:
    try:
        check_collection(money, pay_later)
    except OrderMoneyRefused as error:
        raise ValidationError(str(error)) from error
