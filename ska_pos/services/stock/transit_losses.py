"""What did not arrive of a transfer (a loss in transit), as the screens and reports show it, and what a maker is
owed for their consigned pieces lost on the way.

The rule applied (docs/inventory.md): a maker's consigned pieces stay the maker's until sold, and the sentra carries
them between its outlets, so pieces lost in transit are owed to the maker at the price agreed for them, as if sold
at it. The credit is an entry in the earnings ledger at the sending outlet (where the maker left them), dated the day
the loss was found on receiving; the settlement's "lost in transit" and its amount owed come from the same lines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    Item,
    Outlet,
    StockTransfer,
    StockTransferLine,
    StockTransferReceipt,
    StockTransferReceivedLine,
)
from ska_pos.db.types import quantity_sum

RECEIVED_SHOWN = 50  # the newest receipts the transfers screen lists


@dataclass(frozen=True)
class ReceivedTransfer:
    transfer_id: uuid.UUID
    number: str
    from_code: str
    to_code: str
    received_at: datetime
    sent: Decimal
    received: Decimal
    lost: Decimal
    reasons: str  # the loss reasons of its lines, joined


def owed_for_loss(lost: Decimal, agreed_price: int) -> int:
    """What the maker is owed for consigned pieces lost in transit: the agreed price per piece, to the rupiah."""
    return int((lost * agreed_price).to_integral_value(ROUND_HALF_UP))


def received_lately(session: Session, outlet_id: uuid.UUID, limit: int = RECEIVED_SHOWN) -> list[ReceivedTransfer]:
    """The newest transfers received, sent from or to the outlet: what was sent, what arrived and what was lost."""
    sender, receiver = Outlet.__table__.alias("sender"), Outlet.__table__.alias("receiver")
    rows = session.execute(
        select(StockTransfer.id, StockTransfer.number, sender.c.code, receiver.c.code, StockTransferReceipt.received_at,
               quantity_sum(StockTransferLine.quantity), quantity_sum(StockTransferReceivedLine.received),
               quantity_sum(StockTransferReceivedLine.lost))
        .join(StockTransferReceipt, StockTransferReceipt.transfer_id == StockTransfer.id)
        .join(StockTransferReceivedLine, StockTransferReceivedLine.receipt_id == StockTransferReceipt.id)
        .join(StockTransferLine, StockTransferLine.id == StockTransferReceivedLine.line_id)
        .join(sender, sender.c.id == StockTransfer.from_outlet_id)
        .join(receiver, receiver.c.id == StockTransfer.to_outlet_id)
        .where((StockTransfer.from_outlet_id == outlet_id) | (StockTransfer.to_outlet_id == outlet_id))
        .group_by(StockTransfer.id, StockTransfer.number, sender.c.code, receiver.c.code,
                  StockTransferReceipt.received_at)
        .order_by(StockTransferReceipt.received_at.desc(), StockTransfer.number.desc())
        .limit(limit)
    ).all()  # fmt: skip
    why = _loss_reasons(session, [row[0] for row in rows])
    zero = Decimal(0)
    return [ReceivedTransfer(id_, number, src, dst, at, sent or zero, got or zero, lost or zero, why.get(id_, ""))
            for id_, number, src, dst, at, sent, got, lost in rows]  # fmt: skip


def _loss_reasons(session: Session, transfer_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not transfer_ids:
        return {}
    rows = session.execute(
        select(StockTransferLine.transfer_id, StockTransferReceivedLine.loss_reason)
        .join(StockTransferReceivedLine, StockTransferReceivedLine.line_id == StockTransferLine.id)
        .where(StockTransferLine.transfer_id.in_(transfer_ids), StockTransferReceivedLine.lost > 0)
        .order_by(StockTransferLine.transfer_id, StockTransferReceivedLine.loss_reason)
    )  # fmt: skip
    found: dict[uuid.UUID, list[str]] = {}
    for transfer_id, reason in rows:
        if reason and reason not in found.setdefault(transfer_id, []):
            found[transfer_id].append(reason)
    return {key: "; ".join(value) for key, value in found.items()}


def lost_on_the_way_to(session: Session, outlet_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """Per item of the outlet, the pieces sent to it that never arrived (for the stock report)."""
    rows = session.execute(
        select(StockTransferLine.to_item_id, quantity_sum(StockTransferReceivedLine.lost))
        .join(StockTransferReceivedLine, StockTransferReceivedLine.line_id == StockTransferLine.id)
        .join(Item, Item.id == StockTransferLine.to_item_id)
        .where(Item.outlet_id == outlet_id, StockTransferReceivedLine.lost > 0)
        .group_by(StockTransferLine.to_item_id)
    )  # fmt: skip
    return {item_id: lost for item_id, lost in rows if lost}


@dataclass(frozen=True)
class MakerLoss:
    item_id: uuid.UUID
    lost: Decimal
    owed: int


def maker_losses(
    session: Session, worker_id: uuid.UUID, outlet_id: uuid.UUID, start: datetime, end: datetime
) -> dict[uuid.UUID, MakerLoss]:
    """Per item, a maker's consigned pieces sent from the outlet and lost in transit, found on receipts in
    [start, end), with what the maker is owed for them."""
    rows = session.execute(
        select(StockTransferLine.item_id, StockTransferReceivedLine.lost, StockTransferLine.unit_cost)
        .join(StockTransferReceivedLine, StockTransferReceivedLine.line_id == StockTransferLine.id)
        .join(StockTransferReceipt, StockTransferReceipt.id == StockTransferReceivedLine.receipt_id)
        .join(StockTransfer, StockTransfer.id == StockTransferLine.transfer_id)
        .where(StockTransferLine.worker_id == worker_id, StockTransfer.from_outlet_id == outlet_id,
               StockTransferReceivedLine.lost > 0, StockTransferReceipt.received_at >= start,
               StockTransferReceipt.received_at < end)
    )  # fmt: skip
    found: dict[uuid.UUID, MakerLoss] = {}
    for item_id, lost, price in rows:
        before = found.get(item_id, MakerLoss(item_id, Decimal(0), 0))
        found[item_id] = MakerLoss(item_id, before.lost + lost, before.owed + owed_for_loss(lost, price))
    return found
