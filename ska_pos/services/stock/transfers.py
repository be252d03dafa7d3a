"""Transfers between outlets of a sentra (the galeri sells what the workshop made): sent, then received once.

Sending takes the goods out of the sending outlet (`transfer_out`, at its moving average, or at the agreed price for
a maker's consigned pieces, which stay the maker's). Receiving brings in what arrived (`transfer_in`, at the cost
sent, which feeds the receiving outlet's average); what did not arrive is a loss in transit with its reason and a
supervisor's approval. A transfer is received at most once: the receipt's unique key refuses a second from any till,
and the transfer's row is locked first so a second receiver waits and is then told it was received already.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    EarningEntry,
    Item,
    Outlet,
    StockTransfer,
    StockTransferLine,
    StockTransferReceipt,
    StockTransferReceivedLine,
    Till,
    new_id,
)
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _
from ska_pos.services import audit, auth, journal
from ska_pos.services.actor import NO_PLACE, Actor, Approval
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date
from ska_pos.services.stock import consigned
from ska_pos.services.stock.ledger import Movement, levels, post
from ska_pos.services.stock.receiving import IncomingLine, check_lines
from ska_pos.services.stock.transit_losses import owed_for_loss

PREFIX = "KRM"  # kirim: the number printed on a transfer note


@dataclass(frozen=True)
class SendLine:
    """How many of an item to send; `maker_id`: send that maker's consigned pieces (they stay theirs)."""

    item_id: uuid.UUID
    quantity: Decimal
    maker_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Arrived:
    """What arrived of one line sent; `reason` says why any of it did not."""

    received: Decimal
    reason: str = ""


@dataclass(frozen=True)
class InTransit:
    transfer_id: uuid.UUID
    number: str
    from_code: str
    to_code: str
    sent_at: datetime
    lines: int
    quantity: Decimal


@requires("stock.transfer")
def send_transfer(
    session: Session, actor: Actor, to_outlet_id: uuid.UUID, lines: Sequence[SendLine], *, note: str = "",
    from_outlet_id: uuid.UUID | None = None, now: datetime | None = None,
) -> StockTransfer:  # fmt: skip
    """Goods leave the actor's outlet (an administrator at no outlet, a command, names it) for another outlet of
    the same sentra, which must sell the same SKUs."""
    at = now or clock.now()
    from_id = acting_outlet(actor, from_outlet_id)
    query = select(Outlet.id, Outlet.code, Outlet.sentra_id).where(Outlet.id.in_([from_id, to_outlet_id]))
    outlets = {row.id: row for row in session.execute(query)}
    here, there = outlets.get(from_id), outlets.get(to_outlet_id)
    if here is None or there is None or here.sentra_id != there.sentra_id:
        raise NotFound(_("Unknown outlet"))
    if to_outlet_id == from_id:
        raise ValidationError(_("Send the goods to another outlet"))
    if len({(line.item_id, line.maker_id) for line in lines}) != len(lines):
        raise ValidationError(_("Each item can be on the note only once"))
    merged = [IncomingLine(line.item_id, line.quantity) for line in _merged(lines)]
    check_lines(session, actor, merged, outlet_id=from_id)
    targets = _same_items_at(session, [line.item_id for line in lines], to_outlet_id, there.code)
    costs = _costs(session, from_id, lines)
    number = _number(session, from_id, here.code)
    transfer = StockTransfer(id=new_id(), from_outlet_id=from_id, to_outlet_id=to_outlet_id, number=number,
                             note=note.strip(), sent_by_id=actor.user_id, sent_at=at,
                             **_numbering(session, actor, StockTransfer))  # fmt: skip
    session.add(transfer)
    session.flush()
    rows = [StockTransferLine(id=new_id(), transfer_id=transfer.id, item_id=line.item_id,
                              to_item_id=targets[line.item_id], worker_id=line.maker_id, quantity=line.quantity,
                              unit_cost=costs[line]) for line in lines]  # fmt: skip
    session.add_all(rows)
    session.flush()
    post(session, actor, [Movement(row.item_id, from_id, "transfer_out", -row.quantity, row.unit_cost,
                                   worker_id=row.worker_id, document_id=transfer.id) for row in rows],
         moment=at)  # fmt: skip
    audit.record(session, "stock.transfer_out", user_id=actor.user_id, entity="stock_transfer", entity_id=transfer.id,
                 till_id=_till(actor), number=transfer.number, to_outlet=there.code)  # fmt: skip
    return transfer


@requires("stock.transfer_receive")
def receive_transfer(
    session: Session, actor: Actor, transfer_id: uuid.UUID, arrived: Mapping[uuid.UUID, Arrived] | None = None, *,
    approval: Approval | None = None, note: str = "", now: datetime | None = None,
) -> StockTransferReceipt:  # fmt: skip
    """At the receiving outlet: `arrived` per line id (a line not named arrived whole). Less than sent is a loss in
    transit: it needs its reason and a supervisor's approval, and nothing of it comes in."""
    at = now or clock.now()
    transfer = _locked(session, transfer_id)
    if transfer is None or transfer.to_outlet_id != acting_outlet(actor, transfer.to_outlet_id):
        raise NotFound(_("No transfer to this outlet with that number"))
    if session.scalar(select(StockTransferReceipt.id).where(StockTransferReceipt.transfer_id == transfer_id)):
        raise ValidationError(_("Transfer {number} was received already", number=transfer.number))
    sent = list(session.scalars(select(StockTransferLine).where(StockTransferLine.transfer_id == transfer_id)))
    arrived = arrived or {}
    if set(arrived) - {line.id for line in sent}:
        raise ValidationError(_("That line is not on the transfer"))
    outcome = [(line, arrived.get(line.id, Arrived(line.quantity))) for line in sent]
    for line, got in outcome:
        if not got.received.is_finite() or got.received < 0 or got.received > line.quantity:
            raise ValidationError(_("Received must be between 0 and what was sent"))
        if got.received != got.received.quantize(Decimal("0.001")):  # bounded above, so quantizing cannot overflow
            raise ValidationError(_("A quantity has at most three decimal places"))
        if got.received < line.quantity and not got.reason.strip():
            raise ValidationError(_("Say why some of the goods did not arrive"))
    losses = any(got.received < line.quantity for line, got in outcome)
    approver = auth.require_approval(session, approval, "stock.transit_loss") if losses else None
    receipt = StockTransferReceipt(id=new_id(), transfer_id=transfer_id, note=note.strip(),
                                   received_by_id=actor.user_id, received_at=at, approved_by_id=approver,
                                   **_numbering(session, actor, StockTransferReceipt))  # fmt: skip
    session.add(receipt)
    session.flush()
    session.add_all([StockTransferReceivedLine(receipt_id=receipt.id, line_id=line.id, received=got.received,
                                               lost=line.quantity - got.received,
                                               loss_reason=got.reason.strip() if got.received < line.quantity else "")
                     for line, got in outcome])  # fmt: skip
    session.flush()
    post(session, actor, [Movement(line.to_item_id, transfer.to_outlet_id, "transfer_in", got.received, line.unit_cost,
                                   reason=got.reason.strip(), worker_id=line.worker_id, document_id=transfer_id)
                          for line, got in outcome if got.received > 0], moment=at)  # fmt: skip
    _credit_makers(session, actor, transfer, outcome, approver, at)
    audit.record(session, "stock.transfer_in", user_id=actor.user_id, entity="stock_transfer", entity_id=transfer_id,
                 till_id=_till(actor), number=transfer.number, approved_by=str(approver) if approver else None,
                 lost={str(line.id): f"{line.quantity - got.received:f}" for line, got in outcome
                       if got.received < line.quantity})  # fmt: skip
    return receipt


def _credit_makers(
    session: Session, actor: Actor, transfer: StockTransfer, outcome: Sequence[tuple[StockTransferLine, Arrived]],
    approver: uuid.UUID | None, at: datetime,
) -> None:  # fmt: skip
    """A maker's consigned pieces lost in transit are owed to the maker at the agreed price (transit_losses.py): an
    entry in the earnings ledger at the sending outlet, journaled as an adjustment is (the journal's cross check
    reads every adjustment)."""
    sender = session.get(Outlet, transfer.from_outlet_id)
    assert sender is not None
    journal_till: uuid.UUID | None = None
    for line, got in outcome:
        lost = line.quantity - got.received
        if line.worker_id is None or lost <= 0:
            continue
        entry = EarningEntry(
            worker_id=line.worker_id, outlet_id=sender.id, kind="adjustment", business_date=business_date(sender, at),
            quantity=lost, credited_amount=0, amount=owed_for_loss(lost, line.unit_cost), rule_kind="fixed",
            rule_fixed_per_unit=line.unit_cost, created_by_id=actor.user_id, approved_by_id=approver, created_at=at,
            reason=_("Consigned pieces lost in transit ({number}): {reason}", number=transfer.number,
                     reason=got.reason.strip()),
        )  # fmt: skip
        session.add(entry)
        session.flush()
        journal_till = journal_till or _journal_till(session, actor, transfer)
        journal.append(session, journal_till, "adjustment", {
            "id": entry.id, "worker_id": entry.worker_id, "outlet_id": entry.outlet_id, "amount": entry.amount,
            "business_date": entry.business_date, "reason": entry.reason, "user_id": actor.user_id,
            "at": entry.created_at,
        }, record_id=entry.id)  # fmt: skip


def _journal_till(session: Session, actor: Actor, transfer: StockTransfer) -> uuid.UUID:
    """The till whose journal takes a maker's credit: the receiver's own; received by a command (at no till), the
    receiving outlet's first till by code (active first), where the goods came in, else the sending outlet's."""
    if actor.till_id != NO_PLACE:
        return actor.till_id
    for outlet_id in (transfer.to_outlet_id, transfer.from_outlet_id):
        till_id = session.scalar(select(Till.id).where(Till.outlet_id == outlet_id)
                                 .order_by(Till.active.desc(), Till.code).limit(1))  # fmt: skip
        if till_id is not None:
            return till_id
    raise ValidationError(_("The outlet has no till to journal the maker's credit at"))


def in_transit(session: Session, outlet_id: uuid.UUID) -> list[InTransit]:
    """Transfers sent from or to the outlet and not received yet, oldest first."""
    sender, receiver = Outlet.__table__.alias("sender"), Outlet.__table__.alias("receiver")
    rows = session.execute(
        select(StockTransfer.id, StockTransfer.number, sender.c.code, receiver.c.code, StockTransfer.sent_at,
               func.count(StockTransferLine.id), quantity_sum(StockTransferLine.quantity))
        .join(sender, sender.c.id == StockTransfer.from_outlet_id)
        .join(receiver, receiver.c.id == StockTransfer.to_outlet_id)
        .join(StockTransferLine, StockTransferLine.transfer_id == StockTransfer.id)
        .outerjoin(StockTransferReceipt, StockTransferReceipt.transfer_id == StockTransfer.id)
        .where(StockTransferReceipt.id.is_(None),
               (StockTransfer.from_outlet_id == outlet_id) | (StockTransfer.to_outlet_id == outlet_id))
        .group_by(StockTransfer.id, StockTransfer.number, sender.c.code, receiver.c.code, StockTransfer.sent_at)
        .order_by(StockTransfer.sent_at, StockTransfer.number)
    )  # fmt: skip
    return [InTransit(id_, number, src, dst, sent_at, int(count), total or Decimal(0))
            for id_, number, src, dst, sent_at, count, total in rows]  # fmt: skip


def other_outlets(session: Session, outlet_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str]]:
    """The outlets of the same sentra goods can be sent to from this one: (id, code, name) by code."""
    sentra = select(Outlet.sentra_id).where(Outlet.id == outlet_id).scalar_subquery()
    query = select(Outlet.id, Outlet.code, Outlet.name).where(Outlet.sentra_id == sentra, Outlet.id != outlet_id)
    rows = session.execute(query.order_by(Outlet.code))
    return [(row.id, row.code, row.name) for row in rows]


def item_by_sku(session: Session, outlet_id: uuid.UUID, sku: str) -> uuid.UUID:
    item_id = session.scalar(select(Item.id).where(Item.outlet_id == outlet_id, Item.sku == sku.strip().upper()))
    if item_id is None:
        raise ValidationError(_("No item {sku} at this outlet", sku=sku))
    return item_id


def transfer_by_number(session: Session, number: str) -> StockTransfer:
    """A transfer by its number (KRM-KFE-00001: the sending outlet's code is in it, so it names one transfer)."""
    transfer = session.scalar(select(StockTransfer).where(StockTransfer.number == number.strip().upper()))
    if transfer is None:
        raise NotFound(_("No transfer {number}", number=number))
    return transfer


def acting_outlet(actor: Actor, outlet_id: uuid.UUID | None) -> uuid.UUID:
    """The outlet an action is at: the actor's own; an administrator at no outlet (a command) names one."""
    if actor.outlet_id == NO_PLACE and actor.has_role("admin") and outlet_id is not None:
        return outlet_id
    return actor.outlet_id


def _merged(lines: Sequence[SendLine]) -> list[SendLine]:
    """One line per item for the checks (a maker's pieces and the outlet's own may both be sent)."""
    total: dict[uuid.UUID, Decimal] = {}
    for line in lines:
        if line.quantity <= 0:
            raise ValidationError(_("The quantity must be more than 0"))
        total[line.item_id] = total.get(line.item_id, Decimal(0)) + line.quantity
    return [SendLine(item_id, quantity) for item_id, quantity in total.items()]


def _same_items_at(
    session: Session, item_ids: Sequence[uuid.UUID], outlet_id: uuid.UUID, outlet_code: str
) -> dict[uuid.UUID, uuid.UUID]:
    """Each item sent, as the receiving outlet has it: the item of the same SKU, whose stock it tracks."""
    sent = {row.id: row.sku for row in session.execute(select(Item.id, Item.sku).where(Item.id.in_(item_ids)))}
    there = {row.sku: row for row in session.execute(
        select(Item.id, Item.sku, Item.name, Item.track_stock, Item.kind)
        .where(Item.outlet_id == outlet_id, Item.sku.in_(list(sent.values()))))}  # fmt: skip
    found: dict[uuid.UUID, uuid.UUID] = {}
    for item_id, sku in sent.items():
        target = there.get(sku)
        if target is None:
            raise ValidationError(_("{outlet} has no item {sku}: add it there first", outlet=outlet_code, sku=sku))
        if not target.track_stock or target.kind != "product":
            raise ValidationError(_("The stock of {name} is not tracked", name=target.name))
        found[item_id] = target.id
    return found


def _costs(session: Session, outlet_id: uuid.UUID, lines: Sequence[SendLine]) -> dict[SendLine, int]:
    """The cost each line leaves at: a maker's pieces at the price agreed with them (so they arrive still worth
    what the maker is owed), the outlet's own at its moving average. A maker must have the pieces here."""
    items = [line.item_id for line in lines]
    held = consigned.balances(session, outlet_id, items) if any(line.maker_id for line in lines) else {}
    average = levels(session, [(item, outlet_id) for item in items])
    costs: dict[SendLine, int] = {}
    for line in lines:
        if line.maker_id is None:
            level = average.get((line.item_id, outlet_id))
            costs[line] = level.avg_cost if level is not None else 0
            continue
        theirs = held.get(line.item_id)
        have = theirs.quantity if theirs is not None and theirs.worker_id == line.maker_id else Decimal(0)
        if theirs is None or line.quantity > have:
            raise ValidationError(_("The maker has only {quantity} of these pieces here", quantity=f"{have:f}"))
        costs[line] = theirs.agreed_price
    return costs


def _locked(session: Session, transfer_id: uuid.UUID) -> StockTransfer | None:
    query = select(StockTransfer).where(StockTransfer.id == transfer_id)
    if session.connection().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.scalar(query)


def _number(session: Session, outlet_id: uuid.UUID, outlet_code: str) -> str:
    count = session.scalar(select(func.count()).select_from(StockTransfer)
                           .where(StockTransfer.from_outlet_id == outlet_id)) or 0  # fmt: skip
    return f"{PREFIX}-{outlet_code}-{count + 1:05d}"


def _till(actor: Actor) -> uuid.UUID | None:
    return None if actor.till_id == NO_PLACE else actor.till_id


def _numbering(session: Session, actor: Actor, model: type[StockTransfer | StockTransferReceipt]) -> dict[str, object]:
    """The till's own next number for this kind of record (None and None from a command line)."""
    till_id = _till(actor)
    if till_id is None:
        return {"till_id": None, "seq": None}
    connection: Connection = session.connection()
    last = connection.execute(select(func.max(model.seq)).where(model.till_id == till_id)).scalar()
    return {"till_id": till_id, "seq": int(last or 0) + 1}
