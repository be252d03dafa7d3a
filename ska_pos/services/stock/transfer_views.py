"""A transfer as people read it: its lines to receive on the screen (what was sent, whose pieces), and the whole
transfer note (from, to, who sent and who received, what was sent and what arrived) its PDF is printed from."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ska_pos.db.models import (
    Item,
    Outlet,
    StockTransfer,
    StockTransferLine,
    StockTransferReceipt,
    StockTransferReceivedLine,
    User,
    Worker,
)
from ska_pos.i18n import _
from ska_pos.reports.stock_models import TransferNote, TransferNoteLine
from ska_pos.services.errors import NotFound


def transfer_lines(session: Session, transfer_id: uuid.UUID) -> list[TransferNoteLine]:
    """The transfer's lines as the receiving outlet knows the items, by SKU (a maker's pieces beside the outlet's
    own), with what arrived and was lost once it is received."""
    rows = session.execute(
        select(StockTransferLine.id, Item.sku, Item.name, Item.unit, StockTransferLine.quantity, Worker.name,
               StockTransferReceivedLine.received, StockTransferReceivedLine.lost,
               StockTransferReceivedLine.loss_reason)
        .join(Item, Item.id == StockTransferLine.to_item_id)
        .outerjoin(Worker, Worker.id == StockTransferLine.worker_id)
        .outerjoin(StockTransferReceivedLine, StockTransferReceivedLine.line_id == StockTransferLine.id)
        .where(StockTransferLine.transfer_id == transfer_id)
        .order_by(Item.sku, Worker.name)
    )  # fmt: skip
    return [TransferNoteLine(line_id, sku, name, unit, sent, maker or "", received, lost or Decimal(0), reason or "")
            for line_id, sku, name, unit, sent, maker, received, lost, reason in rows]  # fmt: skip


def transfer_note(session: Session, number: str) -> TransferNote:
    """The transfer note of transfer `number` (KRM-KFE-00001), received or still on the way."""
    sender, receiver = aliased(Outlet), aliased(Outlet)
    row = session.execute(
        select(StockTransfer, sender.name, sender.code, sender.timezone, receiver.name, receiver.code, User.full_name)
        .join(sender, sender.id == StockTransfer.from_outlet_id)
        .join(receiver, receiver.id == StockTransfer.to_outlet_id)
        .join(User, User.id == StockTransfer.sent_by_id)
        .where(StockTransfer.number == number.strip().upper())
    ).first()  # fmt: skip
    if row is None:
        raise NotFound(_("No transfer {number}", number=number))
    transfer, from_name, from_code, zone, to_name, to_code, sent_by = row
    receipt = session.scalar(select(StockTransferReceipt).where(StockTransferReceipt.transfer_id == transfer.id))
    return TransferNote(
        number=transfer.number, from_outlet=f"{from_name} ({from_code})", to_outlet=f"{to_name} ({to_code})",
        timezone=zone, note=transfer.note, sent_at=transfer.sent_at, sent_by=sent_by,
        received_at=receipt.received_at if receipt else None,
        received_by=_name(session, receipt.received_by_id) if receipt else "",
        approved_by=_name(session, receipt.approved_by_id) if receipt else "",
        lines=transfer_lines(session, transfer.id),
    )  # fmt: skip


def _name(session: Session, user_id: uuid.UUID | None) -> str:
    return (session.scalar(select(User.full_name).where(User.id == user_id)) or "") if user_id else ""
