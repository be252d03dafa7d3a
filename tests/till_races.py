"""Actions for races.py: two tills (or two computers on one till) selling, reversing a sale, claiming a till or
opening the drawer at the same moment."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales, shifts
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import Cart
from ska_pos.services.till_claims import claim_till


def reverse_sales(
    session: Session, round_no: int, actor: Actor, kind: str, made: Sequence[tuple[uuid.UUID, uuid.UUID, Decimal]],
    approvals: Sequence[Approval],
) -> None:  # fmt: skip
    """Voids (kind "void") or fully refunds the first line (kind "refund") of the round's sale, with the round's own
    supervisor's approval (an approval approves one action)."""
    sale_id, line_id, quantity = made[round_no]
    if kind == "void":
        reversals.void_sale(session, actor, sale_id, "Salah input", approval=approvals[round_no])
    else:
        request = reversals.RefundRequest(line_id, quantity)
        reversals.refund_lines(session, actor, sale_id, [request], "Rusak", approval=approvals[round_no])


def sell(session: Session, round_no: int, actor: Actor, item_id: uuid.UUID) -> None:
    """One cash sale of one item."""
    cart = Cart(actor.outlet_id)
    cart_ops.add_item(session, cart, item_id, Decimal(1))
    sales.complete_sale(session, actor, cart, [Tender("cash", 100_000)])


def claim_tills(session: Session, round_no: int, machine: Any, till_ids: Sequence[uuid.UUID]) -> None:
    """This process is one computer; it claims the round's till at the moment the other computer does."""
    claim_till(session, till_ids[round_no], machine)


def open_drawers(session: Session, round_no: int, actor: Actor, reason: str) -> None:
    """One journaled drawer opening of the actor's till: the journal's sequence under a real race."""
    shifts.record_drawer_opening(session, actor.till_id, actor.user_id, reason)
