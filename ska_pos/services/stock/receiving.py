"""Goods coming in and going out other than by sale: suppliers' deliveries, a maker's consigned pieces and their
return, waste and adjustments. Each is a document (for the paper) and movements through the one writer."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, Outlet, StockDocument, Supplier, Worker
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.stock import consigned
from ska_pos.services.stock.ledger import Movement, post
from ska_pos.services.text_lengths import check_length

# The printed number of a document: terima (received), titip (consigned), kembali (returned).
_PREFIX = {"receive": "TRM", "consign_in": "TTP", "consign_return": "KMB"}
ADJUST_KINDS = ("waste", "adjust")


@dataclass(frozen=True)
class IncomingLine:
    """An item and how many; `unit_cost` is what one cost (from a supplier) or the price agreed with the maker."""

    item_id: uuid.UUID
    quantity: Decimal
    unit_cost: int = 0


@requires("supplier.edit")
def add_supplier(
    session: Session, actor: Actor, code: str, name: str, *, phone: str = "", address: str = ""
) -> Supplier:
    code, name = code.strip().upper(), name.strip()
    if not code or not name:
        raise ValidationError(_("A supplier needs a code and a name"))
    check_length(code, Supplier.code, _("code"))
    check_length(name, Supplier.name, _("name"))
    check_length(phone, Supplier.phone, _("phone"))
    sentra_id = session.execute(select(Outlet.sentra_id).where(Outlet.id == actor.outlet_id)).scalar_one()
    if session.scalar(select(Supplier.id).where(Supplier.sentra_id == sentra_id, Supplier.code == code)):
        raise ValidationError(_("Supplier code {code} is already used", code=code))
    supplier = Supplier(sentra_id=sentra_id, code=code, name=name, phone=phone.strip(), address=address.strip())
    session.add(supplier)
    session.flush()
    audit.record(session, "supplier.add", user_id=actor.user_id, entity="supplier", entity_id=supplier.id, code=code)
    return supplier


def list_suppliers(session: Session, outlet_id: uuid.UUID) -> list[Supplier]:
    sentra_id = select(Outlet.sentra_id).where(Outlet.id == outlet_id).scalar_subquery()
    return list(session.scalars(select(Supplier).where(Supplier.sentra_id == sentra_id, Supplier.active)
                                .order_by(Supplier.name)))  # fmt: skip


@requires("stock.receive")
def receive_goods(
    session: Session, actor: Actor, supplier_id: uuid.UUID, lines: Sequence[IncomingLine], *, reference: str = "",
    note: str = "", now: datetime | None = None,
) -> StockDocument:  # fmt: skip
    """A supplier's delivery at the actor's outlet: the stock comes in and each item's average cost is recomputed."""
    supplier = session.get(Supplier, supplier_id)
    if supplier is None or not supplier.active:
        raise NotFound(_("Unknown supplier"))
    check_length(reference, StockDocument.reference, _("reference"))
    check_lines(session, actor, lines)
    document = _document(session, actor, "receive", reference=reference, note=note, supplier_id=supplier_id, now=now)
    post(session, actor, [Movement(line.item_id, actor.outlet_id, "receive", line.quantity, line.unit_cost,
                                   document_id=document.id) for line in lines], moment=now)  # fmt: skip
    return document


@requires("stock.consign")
def consign_in(
    session: Session,
    actor: Actor,
    worker_id: uuid.UUID,
    lines: Sequence[IncomingLine],
    *,
    note: str = "",
    now: datetime | None = None,
) -> StockDocument:
    """A maker brings pieces to sell for them (titip jual): theirs until sold, at the price agreed per piece."""
    _maker(session, worker_id)
    check_lines(session, actor, lines)
    if any(line.unit_cost <= 0 for line in lines):
        raise ValidationError(_("Agree a price per piece with the maker"))
    document = _document(session, actor, "consign_in", note=note, worker_id=worker_id, now=now)
    post(session, actor, [Movement(line.item_id, actor.outlet_id, "consign_in", line.quantity, line.unit_cost,
                                   worker_id=worker_id, document_id=document.id) for line in lines],
         moment=now)  # fmt: skip
    return document


@requires("stock.consign")
def consign_return(
    session: Session, actor: Actor, worker_id: uuid.UUID, lines: Sequence[IncomingLine], *, note: str = ""
) -> StockDocument:
    """Pieces the maker takes back: no more than the maker has on the shelf."""
    _maker(session, worker_id)
    check_lines(session, actor, lines)
    left = consigned.balances(session, actor.outlet_id, [line.item_id for line in lines])
    for line in lines:
        mine = left.get(line.item_id)
        have = mine.quantity if mine is not None and mine.worker_id == worker_id else Decimal(0)
        if line.quantity > have:
            raise ValidationError(_("The maker has only {quantity} of these pieces here", quantity=f"{have:f}"))
    document = _document(session, actor, "consign_return", note=note, worker_id=worker_id)
    post(session, actor, [Movement(line.item_id, actor.outlet_id, "consign_return", -line.quantity,
                                   left[line.item_id].agreed_price, worker_id=worker_id, document_id=document.id)
                          for line in lines])  # fmt: skip
    return document


@requires("stock.adjust")
def adjust_stock(session: Session, actor: Actor, item_id: uuid.UUID, quantity: Decimal, kind: str, reason: str) -> None:
    """Waste (thrown away, broken) or an adjustment, always with the reason; the cost is the average."""
    if kind not in ADJUST_KINDS:
        raise ValidationError(_("Unknown kind of stock change"))
    if not reason.strip():
        raise ValidationError(_("Say why the stock changes"))
    if quantity == 0 or (kind == "waste" and quantity > 0):
        raise ValidationError(_("Waste takes stock out: enter how much was thrown away"))
    check_lines(session, actor, [IncomingLine(item_id, abs(quantity))])
    post(session, actor, [Movement(item_id, actor.outlet_id, kind, quantity, reason=reason.strip())])


def _maker(session: Session, worker_id: uuid.UUID) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or not worker.active:
        raise NotFound(_("Unknown worker"))
    return worker


def check_lines(
    session: Session, actor: Actor, lines: Sequence[IncomingLine], *, outlet_id: uuid.UUID | None = None
) -> None:
    """The items are the outlet's (the actor's unless named), tracked products, in positive quantities."""
    outlet_id = outlet_id or actor.outlet_id
    if not lines:
        raise ValidationError(_("Add at least one item"))
    if len({line.item_id for line in lines}) != len(lines):
        raise ValidationError(_("Each item can be on the note only once"))
    items = {row.id: row for row in session.execute(
        select(Item.id, Item.outlet_id, Item.track_stock, Item.kind, Item.name)
        .where(Item.id.in_([line.item_id for line in lines])))}  # fmt: skip
    for line in lines:
        item = items.get(line.item_id)
        if item is None or item.outlet_id != outlet_id:
            raise NotFound(_("Unknown item"))
        if not item.track_stock or item.kind != "product":
            raise ValidationError(_("The stock of {name} is not tracked", name=item.name))
        if line.quantity <= 0:
            raise ValidationError(_("The quantity must be more than 0"))
        if line.unit_cost < 0:
            raise ValidationError(_("A cost cannot be below zero"))


def _document(
    session: Session, actor: Actor, kind: str, *, reference: str = "", note: str = "",
    supplier_id: uuid.UUID | None = None, worker_id: uuid.UUID | None = None, now: datetime | None = None,
) -> StockDocument:  # fmt: skip
    # The number counts the outlet's notes: on PostgreSQL the outlet's row is locked first, so two tills take their
    # numbers one at a time (SQLite's BEGIN IMMEDIATE already does), as orders/numbers.py does for orders. FOR NO KEY
    # UPDATE, not FOR UPDATE: every row written that names the outlet takes a key-share lock on it, and a till
    # holding an item's on-hand row while it writes its movement would otherwise deadlock with this note.
    outlet_code = session.execute(
        select(Outlet.code).where(Outlet.id == actor.outlet_id).with_for_update(key_share=True)
    ).scalar_one()
    count = session.scalar(select(func.count()).select_from(StockDocument).where(
        StockDocument.outlet_id == actor.outlet_id, StockDocument.kind == kind)) or 0  # fmt: skip
    number = f"{_PREFIX[kind]}-{outlet_code}-{count + 1:05d}"
    document = StockDocument(outlet_id=actor.outlet_id, kind=kind, number=number,
                             supplier_id=supplier_id, worker_id=worker_id, reference=reference.strip(),
                             note=note.strip(), user_id=actor.user_id, created_at=now or clock.now())  # fmt: skip
    session.add(document)
    session.flush()
    till = None if actor.till_id == NO_PLACE else actor.till_id
    audit.record(session, f"stock.{kind}", user_id=actor.user_id, entity="stock_document", entity_id=document.id,
                 till_id=till, number=document.number)  # fmt: skip
    return document
