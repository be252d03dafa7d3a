"""Low stock and reordering: an item's minimum (at or below it the item is low), the items of an outlet that are low
now, and the reorder list, grouped by whom to ask: the supplier who delivered the item last, else its maker."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, StockDocument, StockMinimum, StockMovement, StockOnHand, Supplier, Worker
from ska_pos.db.types import Quantity
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet_of, requires


@dataclass(frozen=True)
class ReorderRow:
    source: str  # the supplier (name and code) or the maker; empty when neither is known
    sku: str
    name: str
    unit: str
    on_hand: Decimal
    minimum: Decimal

    @property
    def short(self) -> Decimal:
        """What brings the stock back to its minimum."""
        return max(self.minimum - self.on_hand, Decimal(0))


@requires("stock.minimum")
def set_minimum(session: Session, actor: Actor, item_id: uuid.UUID, minimum: Decimal | None) -> bool:
    """None takes the minimum away. Returns whether anything changed; a change is audited."""
    require_outlet_of(session, actor, Item, item_id)
    item = session.get(Item, item_id)
    if item is None or not item.track_stock:
        raise NotFound(_("This item's stock is not tracked at this outlet"))
    if minimum is not None and minimum < 0:
        raise ValidationError(_("A minimum cannot be below zero"))
    row = session.get(StockMinimum, item_id)
    before = None if row is None else row.quantity
    if before == minimum:
        return False
    if minimum is None:
        assert row is not None
        session.delete(row)
    elif row is None:
        session.add(StockMinimum(item_id=item_id, quantity=minimum, updated_by_id=actor.user_id))
    else:
        row.quantity, row.updated_by_id, row.updated_at = minimum, actor.user_id, clock.now()
    session.flush()
    audit.record(session, "stock.minimum", user_id=actor.user_id, entity="item", entity_id=item_id,
                 till_id=None if actor.till_id == NO_PLACE else actor.till_id,
                 changed={"minimum": [_text(before), _text(minimum)]})  # fmt: skip
    return True


def low_items(session: Session, outlet_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these items are at or below their minimum at the outlet (the till's quiet mark)."""
    if not item_ids:
        return set()
    on_hand = func.coalesce(StockOnHand.quantity, 0, type_=Quantity())
    rows = session.execute(
        select(StockMinimum.item_id)
        .outerjoin(StockOnHand, (StockOnHand.item_id == StockMinimum.item_id) & (StockOnHand.outlet_id == outlet_id))
        .where(StockMinimum.item_id.in_(list(item_ids)), on_hand <= StockMinimum.quantity)
    )  # fmt: skip
    return {item_id for (item_id,) in rows}


def reorder_list(session: Session, outlet_id: uuid.UUID) -> list[ReorderRow]:
    """Every tracked item of the outlet at or below its minimum, by whom to ask and name."""
    on_hand = func.coalesce(StockOnHand.quantity, 0, type_=Quantity())
    low = session.execute(
        select(Item.id, Item.sku, Item.name, Item.unit, on_hand, StockMinimum.quantity, Item.maker_worker_id)
        .join(StockMinimum, StockMinimum.item_id == Item.id)
        .outerjoin(StockOnHand, (StockOnHand.item_id == Item.id) & (StockOnHand.outlet_id == outlet_id))
        .where(Item.outlet_id == outlet_id, Item.track_stock, Item.active, on_hand <= StockMinimum.quantity)
    ).all()  # fmt: skip
    sources = _last_sources(session, outlet_id, [row[0] for row in low])
    makers = _makers(session, [row[6] for row in low if row[6] is not None])
    rows = [
        ReorderRow(sources.get(item_id) or makers.get(maker_id, "") if maker_id else sources.get(item_id, ""),
                   sku, name, unit, quantity, minimum)
        for item_id, sku, name, unit, quantity, minimum, maker_id in low
    ]  # fmt: skip
    return sorted(rows, key=lambda row: (row.source == "", row.source, row.name, row.sku))


REORDER_CSV_COLUMNS = ("source", "sku", "name", "unit", "on_hand", "minimum", "short")


def reorder_csv_rows(rows: Sequence[ReorderRow]) -> list[tuple[str, ...]]:
    return [(row.source, row.sku, row.name, row.unit, _plain(row.on_hand), _plain(row.minimum), _plain(row.short))
            for row in rows]  # fmt: skip


def _plain(quantity: Decimal) -> str:
    return f"{quantity.normalize():f}"


def _last_sources(session: Session, outlet_id: uuid.UUID, item_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Per item, who brought it last: the supplier of its newest receiving note, or the maker of its newest
    consignment."""
    if not item_ids:
        return {}
    newest = (
        select(StockMovement.item_id, func.max(StockMovement.created_at).label("at"))
        .where(StockMovement.outlet_id == outlet_id, StockMovement.item_id.in_(item_ids),
               StockMovement.kind.in_(("receive", "consign_in")))
        .group_by(StockMovement.item_id)
        .subquery()
    )  # fmt: skip
    rows = session.execute(
        select(StockMovement.item_id, Supplier.name, Supplier.code, Worker.name)
        .join(newest, (newest.c.item_id == StockMovement.item_id) & (newest.c.at == StockMovement.created_at))
        .join(StockDocument, StockDocument.id == StockMovement.document_id)
        .outerjoin(Supplier, Supplier.id == StockDocument.supplier_id)
        .outerjoin(Worker, Worker.id == StockDocument.worker_id)
        .where(StockMovement.outlet_id == outlet_id, StockMovement.kind.in_(("receive", "consign_in")))
    )  # fmt: skip
    found: dict[uuid.UUID, str] = {}
    for item_id, supplier, code, maker in rows:
        found[item_id] = f"{supplier} ({code})" if supplier else maker or ""
    return found


def _makers(session: Session, worker_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not worker_ids:
        return {}
    rows = session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(worker_ids)))
    return {row.id: row.name for row in rows}


def _text(quantity: Decimal | None) -> str | None:
    return None if quantity is None else _plain(quantity)
