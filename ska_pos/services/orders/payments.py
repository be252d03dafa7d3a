"""Money taken on an order before and after its completion, and money given back out of what is held."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.domain.orders.giving_back import given_back
from ska_pos.domain.orders.money import OrderMoney, OrderMoneyRefused, OrderState, Payment, Refund, apply
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.access import approver_of, order_here
from ska_pos.services.orders.rows import check_tender, write_payment
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import place_of


@requires("order.pay")
def pay_order(
    session: Session, actor: Actor, order_id: uuid.UUID, tender: Tender, *, now: datetime | None = None
) -> OrderMoney:
    """A deposit (or a further part payment) while the order is open; once it is completed, a payment of what is
    owed, never more (the exact amount: change is the cashier's, as at the till)."""
    order = order_here(session, actor, order_id)
    check_tender(tender)
    kind = "balance" if order.money.state is OrderState.COMPLETED else "deposit"
    money = _applied(order.money, Payment(tender.amount))
    write_payment(session, place_of(session, actor), actor.user_id, order.id, kind, tender, moment=now or clock.now())
    return money


@requires("order.refund")
def refund_order(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    tender: Tender,
    reason: str,
    *,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> OrderMoney:
    """Gives back `tender.amount` of what is held for the customer (a deposit larger than the total, or part of a
    deposit on an open order), by the tender's method: with a reason and a supervisor's approval (a supervisor
    acting approves their own). Cash is rounded to the outlet's cash unit as a sale's cash refunds are
    (`domain.orders.giving_back`); what was handed back is the growth of the answer's `refunded`."""
    order = order_here(session, actor, order_id)
    check_tender(tender)
    if not reason.strip():
        raise ValidationError(_("Give a reason for giving the money back"))
    place = place_of(session, actor)
    try:
        amount = given_back(tender.amount, order.money.held, tender.method, place.cash_rounding_unit)
    except OrderMoneyRefused as error:
        raise ValidationError(str(error)) from error
    handed = Tender(tender.method, amount, tender.reference)
    money = _applied(order.money, Refund(amount))
    approver = approver_of(session, actor, approval, "order.refund")
    write_payment(session, place, actor.user_id, order.id, "refund", handed,
                  moment=now or clock.now(), reason=reason.strip(), approved_by_id=approver)  # fmt: skip
    return money


def _applied(money: OrderMoney, event: Payment | Refund) -> OrderMoney:
    try:
        return apply(money, event)
    except OrderMoneyRefused as error:
        raise ValidationError(str(error)) from error
