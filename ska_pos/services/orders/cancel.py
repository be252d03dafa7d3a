"""Cancelling an order before it is completed: a reason and a supervisor's approval; the outlet's fee is kept out
of what is held (recognised, with no worker's share) and the rest is given back (refund rows, in this same
transaction). Cash given back is a multiple of the outlet's cash unit as any give-back (`domain/orders/giving_back.py`):
rounded up in the customer's favour (the fee kept shrinks by as much), never more than is held; when that cap rounds
it down, the few rupiah no coin can pay stay with the fee."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import OrderCancellation
from ska_pos.domain.orders.giving_back import given_back
from ska_pos.domain.orders.money import Cancellation, OrderMoney, OrderMoneyRefused, apply, cancellation_fee
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.access import approver_of, order_here
from ska_pos.services.orders.rows import check_tender, write_payment
from ska_pos.services.orders.rules import order_rules
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, place_of


@requires("order.cancel")
def cancel_order(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    reason: str,
    *,
    approval: Approval | None = None,
    method: str = "cash",
    reference: str = "",
    now: datetime | None = None,
) -> OrderMoney:
    """What is given back goes by `method` (cash from the drawer by default; a transfer needs its reference)."""
    order = order_here(session, actor, order_id)
    if not reason.strip():
        raise ValidationError(_("Give a reason for cancelling the order"))
    held = order.money.held
    place = place_of(session, actor)
    try:
        fee = cancellation_fee(held, order_rules(session, order.outlet_id).cancel_fee_bp)
        back = given_back(held - fee, held, method, place.cash_rounding_unit) if held > fee else 0
        fee = held - back
        money = apply(order.money, Cancellation(fee))
    except OrderMoneyRefused as error:
        raise ValidationError(str(error)) from error
    tender = Tender(method, back, reference)
    if back:
        check_tender(tender)
    approver = approver_of(session, actor, approval, "order.cancel")
    moment = now or clock.now()
    session.add(OrderCancellation(
        order_id=order.id, till_id=place.till_id, reason=reason.strip(), fee=fee, user_id=actor.user_id,
        approved_by_id=approver, cancelled_at=moment, business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    if back:
        write_payment(session, place, actor.user_id, order.id, "cancel_refund", tender, moment=moment,
                      reason=reason.strip(), approved_by_id=approver)  # fmt: skip
    audit.record(session, "order_cancelled", user_id=actor.user_id, entity="customer_order", entity_id=order.id,
                 approved_by_id=approver, till_id=place.till_id, reason=reason.strip(), fee=fee,
                 given_back=back)  # fmt: skip
    return money
