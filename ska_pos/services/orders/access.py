"""Who may act on an order: the order must be of the actor's outlet; an approval names who approved."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder
from ska_pos.i18n import _
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.auth import require_approval
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.state import OrderView, load_order


def approver_of(session: Session, actor: Actor, approval: Approval | None, action: str) -> uuid.UUID:
    """The approver to record: the approval's, checked; a supervisor (or above) acting approves their own action."""
    if approval is None and actor.has_role("supervisor"):
        return actor.user_id
    return require_approval(session, approval, action)


def order_here(session: Session, actor: Actor, order_id: uuid.UUID) -> OrderView:
    """The order, refused unless it is of the actor's outlet; every writer on an order starts here.

    The order's row is locked first, so two tills moving, paying, refunding or cancelling the same order one after
    the other each decide from what the other wrote (on PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole file).
    """
    session.execute(select(CustomerOrder.id).where(CustomerOrder.id == order_id).with_for_update())
    order = load_order(session, order_id)
    if order.outlet_id != actor.outlet_id:
        raise ValidationError(_("This order belongs to another outlet"))
    return order
