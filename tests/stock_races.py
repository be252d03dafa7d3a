"""Actions for races.py: two tills writing stock documents at the same moment."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.stock import receiving
from ska_pos.services.stock.receiving import IncomingLine


def receive_goods(session: Session, round_no: int, actor: Actor, supplier_id: uuid.UUID, item_id: uuid.UUID) -> None:
    """One supplier's delivery of one item."""
    receiving.receive_goods(session, actor, supplier_id, [IncomingLine(item_id, Decimal(1), 7_000)])
