"""Actions for races.py: two tills writing stock documents, or selling stock, at the same moment."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.stock import opening_stock, receiving, transfers
from ska_pos.services.stock.opening_stock import OpeningFile
from ska_pos.services.stock.receiving import IncomingLine


def receive_goods(session: Session, round_no: int, actor: Actor, supplier_id: uuid.UUID, item_id: uuid.UUID) -> None:
    """One supplier's delivery of one item."""
    receiving.receive_goods(session, actor, supplier_id, [IncomingLine(item_id, Decimal(1), 7_000)])


def arrive_first(
    session: Session, round_no: int, actor: Actor, ids: Sequence[uuid.UUID], supplier_id: uuid.UUID | None
) -> None:
    """This round's goods arriving at the actor's outlet: from a supplier, a delivery of 10 of item `ids[round_no]`
    at Rp7.000 (a new item each round, so its first movement here); with no supplier, transfer `ids[round_no]`
    received whole."""
    if supplier_id is None:
        transfers.receive_transfer(session, actor, ids[round_no])
    else:
        receiving.receive_goods(session, actor, supplier_id, [IncomingLine(ids[round_no], Decimal(10), 7_000)])


def sell_together(session: Session, round_no: int, actor: Actor, item_ids: Sequence[uuid.UUID]) -> None:
    """One cash sale of one of each item (a café item's ingredients go out with it)."""
    cart = Cart(actor.outlet_id)
    for item_id in item_ids:
        cart_ops.add_item(session, cart, item_id, Decimal(1))
    sales.complete_sale(session, actor, cart, [Tender("cash", 100_000)])


def import_opening(session: Session, round_no: int, actor: Actor, files: Sequence[OpeningFile]) -> None:
    """This round's file of opening stock imported (a new item each round, so its first movement here)."""
    opening_stock.import_opening_stock(session, actor, files[round_no])
