"""Stock take: a count session per outlet (or one category of it), counts entered item by item, the variance list,
and the manager's approval that posts the differences.

The till goes on selling during a count. Each line keeps the on-hand at the moment it was counted (`expected`),
and the posting is `counted - expected`: a sale rung up before the item was counted is in the on-hand and off the
shelf; a sale after it changes neither figure, and stays in the ledger after the posting. Items not counted are not
touched.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Category, Item, StockCount, StockCountLine
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.stock.ledger import Movement, levels, post
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class Variance:
    item_id: uuid.UUID
    sku: str
    name: str
    expected: Decimal
    counted: Decimal
    reason: str
    unit: str = "pcs"  # the item's stock unit, shown beside the quantities (kg, l, ...)

    @property
    def difference(self) -> Decimal:
        return self.counted - self.expected


@requires("stock.count")
def start_count(session: Session, actor: Actor, *, category_id: uuid.UUID | None = None, note: str = "") -> StockCount:
    if category_id is not None:
        category = session.get(Category, category_id)
        if category is None or category.outlet_id != actor.outlet_id:
            raise NotFound(_("Unknown category"))
    count = StockCount(outlet_id=actor.outlet_id, category_id=category_id, started_by_id=actor.user_id,
                       note=note.strip())  # fmt: skip
    session.add(count)
    session.flush()
    audit.record(session, "stock.count_start", user_id=actor.user_id, entity="stock_count", entity_id=count.id,
                 till_id=_till(actor))  # fmt: skip
    return count


@requires("stock.count")
def enter_count(session: Session, actor: Actor, count_id: uuid.UUID, item_id: uuid.UUID, counted: Decimal) -> Variance:
    """What is on the shelf now; counting an item again replaces its count (and its moment)."""
    count = _open_count(session, actor, count_id)
    item = session.get(Item, item_id)
    if item is None or item.outlet_id != count.outlet_id or not item.track_stock:
        raise NotFound(_("This item's stock is not tracked at this outlet"))
    if count.category_id is not None and item.category_id != count.category_id:
        raise ValidationError(_("{name} is not in the category being counted", name=item.name))
    if counted < 0:
        raise ValidationError(_("A count cannot be below zero"))
    level = levels(session, [(item_id, count.outlet_id)]).get((item_id, count.outlet_id))
    expected = level.quantity if level is not None else Decimal(0)
    line = session.scalar(select(StockCountLine).where(StockCountLine.count_id == count_id,
                                                       StockCountLine.item_id == item_id))  # fmt: skip
    if line is None:
        line = StockCountLine(count_id=count_id, item_id=item_id, counted=counted, expected=expected,
                              counted_by_id=actor.user_id)  # fmt: skip
        session.add(line)
    else:
        line.counted, line.expected, line.counted_by_id, line.counted_at = counted, expected, actor.user_id, clock.now()
    session.flush()
    return Variance(item.id, item.sku, item.name, expected, counted, "", item.unit)


def variances(session: Session, count_id: uuid.UUID) -> list[Variance]:
    """Every counted item with what was expected at its moment; the differences are the ones not zero."""
    rows = session.execute(
        select(Item.id, Item.sku, Item.name, StockCountLine.expected, StockCountLine.counted, StockCountLine.reason,
               Item.unit)
        .join(Item, Item.id == StockCountLine.item_id)
        .where(StockCountLine.count_id == count_id)
        .order_by(Item.name)
    )  # fmt: skip
    return [Variance(*row) for row in rows]


@requires("stock.count_approve")
def approve_count(
    session: Session, actor: Actor, count_id: uuid.UUID, reasons: Mapping[uuid.UUID, str]
) -> list[Variance]:
    """Post each difference as a count movement with its reason (every difference needs one); returns them."""
    count = _open_count(session, actor, count_id)
    if not session.scalar(select(StockCountLine.id).where(StockCountLine.count_id == count_id).limit(1)):
        raise ValidationError(_("Nothing has been counted yet"))
    found = [v for v in variances(session, count_id) if v.difference != 0]
    for variance in found:
        reason = reasons.get(variance.item_id, "").strip()
        if not reason:
            raise ValidationError(_("Give the reason for the difference of {name}", name=variance.name))
        check_length(reason, StockCountLine.reason, _("reason"))
    for line in session.scalars(select(StockCountLine).where(StockCountLine.count_id == count_id)):
        line.reason = reasons.get(line.item_id, "").strip()
    postings = [Movement(v.item_id, count.outlet_id, "count", v.difference, reason=reasons[v.item_id].strip(),
                         document_id=count.id) for v in found]  # fmt: skip
    post(session, actor, postings)
    count.state, count.approved_by_id, count.approved_at = "approved", actor.user_id, clock.now()
    session.flush()
    audit.record(session, "stock.count_approve", user_id=actor.user_id, entity="stock_count", entity_id=count.id,
                 till_id=_till(actor), differences=len(found))  # fmt: skip
    return [Variance(v.item_id, v.sku, v.name, v.expected, v.counted, reasons[v.item_id].strip(), v.unit)
            for v in found]  # fmt: skip


@requires("stock.count_approve")
def cancel_count(session: Session, actor: Actor, count_id: uuid.UUID) -> None:
    count = _open_count(session, actor, count_id)
    count.state = "cancelled"
    session.flush()
    audit.record(session, "stock.count_cancel", user_id=actor.user_id, entity="stock_count", entity_id=count.id,
                 till_id=_till(actor))  # fmt: skip


def _open_count(session: Session, actor: Actor, count_id: uuid.UUID) -> StockCount:
    # Locked (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the file): a second approval waits for the first and then
    # finds the count closed, instead of posting every difference again.
    count = session.get(StockCount, count_id, with_for_update=True)
    if count is None or count.outlet_id != actor.outlet_id:
        raise NotFound(_("Unknown stock take"))
    if count.state != "open":
        raise ValidationError(_("This stock take is already closed"))
    return count


def _till(actor: Actor) -> uuid.UUID | None:
    return None if actor.till_id == NO_PLACE else actor.till_id
