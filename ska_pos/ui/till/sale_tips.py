"""The tip left with a payment: who on the bill may get it, whether it is cash, and writing it with the sale."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from ska_pos.services import tips
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.ui.till.sale_view import Paid, TipChoice


def bill_workers(cart: Cart) -> tuple[tuple[uuid.UUID, str], ...]:
    """The workers credited on the cart's lines, each once, in the order they first appear: who may get a tip."""
    seen: dict[uuid.UUID, str] = {}
    for line in cart.lines:
        for credit in line.workers:
            seen.setdefault(credit.worker_id, credit.display_name)
    return tuple(seen.items())


def takes_cash(paid: Paid) -> bool:
    """Cash changes hands, as a tender or as the tip: the receipt opens the drawer."""
    return any(tender.method == "cash" for tender in paid.tenders) or bool(paid.tip and paid.tip.method == "cash")


def record_paid_tip(session: Session, actor: Actor, sale_id: uuid.UUID, tip: TipChoice | None) -> None:
    """The tip left with a payment, in the sale's own transaction: both are written, or neither."""
    if tip is not None:
        tips.record_tip(session, actor, sale_id, tip.amount, tip.method, worker_id=tip.worker_id)
